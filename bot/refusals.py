"""What Discord refused the bot in which channel, for a moderator's /help: the bot reads
no permissions, so it learns that a channel withholds one when Discord refuses it there."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum
from typing import Any

# Channels remembered a server: the ones refused last.
MAX_CHANNELS = 10


class Refusal(Enum):
    """A permission a channel withholds, and what members see of it."""

    POST = "Send Messages: questions asked there go unanswered"
    POST_IN_THREADS = "Send Messages in Threads: questions asked there go unanswered"
    EMBED = "Embed Links: answers there go as plain text"
    REPLY = "Read Message History: answers there are not replies"


@dataclass(frozen=True)
class Refused:
    channel_id: int
    refusal: Refusal
    at: float  # time.time() of the latest refusal


class Refusals:
    """The latest refusal of each kind in each channel, by server; forgotten once the bot
    does there what was refused (the permission granted since)."""

    def __init__(self) -> None:
        self._seen: dict[int, dict[tuple[int, Refusal], float]] = {}

    def note(self, channel: Any, refusal: Refusal) -> None:
        """Discord refused ``refusal`` in ``channel`` (a discord.py channel)."""
        guild_id = _guild_id(channel)
        if guild_id is None:  # a DM: no moderator to tell
            return
        seen = self._seen.setdefault(guild_id, {})
        seen.pop((channel.id, refusal), None)  # re-inserted last: the newest
        seen[(channel.id, refusal)] = time.time()
        while len({channel_id for channel_id, _ in seen}) > MAX_CHANNELS:
            del seen[next(iter(seen))]

    def granted(self, channel: Any, *refusals: Refusal) -> None:
        """The bot did in ``channel`` what ``refusals`` say it could not."""
        seen = self._seen.get(_guild_id(channel) or 0, {})
        for refusal in refusals:
            seen.pop((channel.id, refusal), None)

    def of(self, guild_id: int | None) -> list[Refused]:
        """The refusals in a server's channels, the newest first."""
        seen = self._seen.get(guild_id or 0, {})
        return [Refused(c, r, at) for (c, r), at in reversed(seen.items())]


def _guild_id(channel: Any) -> int | None:
    """The server of a channel, whichever kind discord.py gives (a partial one knows
    only the id)."""
    guild = getattr(channel, "guild", None)
    return guild.id if guild is not None else getattr(channel, "guild_id", None)
