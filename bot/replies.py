"""Private replies, what the bot may post in a channel, and the guard around buttons."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import discord

from .messages import error_reply
from .refusals import Refusal, Refusals

log = logging.getLogger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()

T = TypeVar("T")


# Past this, an interaction's work defers (Discord shows "thinking") before it is done,
# rather than risk Discord's 3-second deadline for the first reply.
DEFER_AFTER_SECONDS = 1.0


async def after_a_while(work: Awaitable[T], meanwhile: Callable[[], Awaitable[object]]) -> T:
    """``work``'s result; if it takes over DEFER_AFTER_SECONDS, ``meanwhile()`` shows
    the member that it is coming (Discord's "thinking…", "typing…") while it goes on."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER_SECONDS)
    if not done:
        await meanwhile()
    return await task


async def in_time(
    interaction: discord.Interaction, work: Awaitable[T], *, ephemeral: bool, thinking: bool
) -> T:
    """``work``'s result; if it takes over DEFER_AFTER_SECONDS, the interaction is
    deferred meanwhile (``thinking``: a "thinking" message, else a silent wait for the
    message the button is on to change), and the reply must go as a follow-up."""
    return await after_a_while(
        work, lambda: interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
    )


async def send_private(interaction: discord.Interaction, message: str) -> None:
    """An ephemeral reply, whether or not the interaction was answered already."""
    if interaction.response.is_done():
        await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            message, ephemeral=True, allowed_mentions=NO_MENTIONS
        )


# Discord's codes for a message the bot may not post or edit as it is: Missing Access,
# Missing Permissions (no Send Messages, or no Embed Links for an embed), a reply where
# the bot may not read the channel's history, and a message that no longer exists.
MISSING_ACCESS, MISSING_PERMISSIONS, NO_HISTORY_FOR_REPLY = 50001, 50013, 160002
UNKNOWN_MESSAGE = 10008  # deleted meanwhile
# A message with nothing left in it: an embed alone, dropped where the bot may not embed.
EMPTY_MESSAGE = 50006


async def post(
    channel: discord.abc.Messageable,
    *,
    refusals: Refusals,
    reply_to: discord.Message | None = None,
    content: str | None = None,
    embed: discord.Embed | None = None,
    as_text: Callable[[], str] | None = None,
    view: discord.ui.View | None = None,
    delete_after: float | None = None,
) -> discord.Message | None:
    """Post in ``channel`` (as a reply to ``reply_to``), mentioning nobody, as the channel
    lets the bot; None, logged, where it may not post at all.

    What Discord refuses is tried again another way, rather than guessed from cached
    permissions (a Discord-like server may not send them): a reply the bot may not make
    (no Read Message History) goes as a message of its own; an embed refused (no Embed
    Links; or dropped from a message it was all of, which leaves it empty) goes as
    ``as_text()``, and one Discord dropped from the message it posted is replaced by
    that text. Each refusal is noted in ``refusals`` (for a moderator's /help), and
    forgotten once the bot may do it there again.
    """
    as_reply, text = reply_to is not None, False
    while True:
        fields: dict[str, Any] = {"content": content, "embed": embed}
        if text and as_text is not None:
            fields = {"content": as_text()}
        if as_reply:
            fields |= {"reference": reply_to, "mention_author": False}
        try:
            sent = await channel.send(
                allowed_mentions=NO_MENTIONS,
                view=view or discord.utils.MISSING,
                delete_after=delete_after,
                **fields,
            )
        except discord.HTTPException as error:
            if error.code == NO_HISTORY_FOR_REPLY and as_reply:
                refusals.note(channel, Refusal.REPLY)
                as_reply = False
                continue
            refused = error.code in (MISSING_PERMISSIONS, EMPTY_MESSAGE)
            if refused and embed is not None and as_text and not text:
                # No Embed Links: refused, or the embed dropped leaving nothing to post.
                refusals.note(channel, Refusal.EMBED)
                text = True
                continue
            if error.code in (MISSING_ACCESS, MISSING_PERMISSIONS):
                where = getattr(channel, "id", channel)
                log.info("the bot may not post in channel %s (%s)", where, error)
                refusals.note(channel, _posting(channel))
                return None
            raise
        refusals.granted(channel, _posting(channel), *([Refusal.REPLY] if as_reply else []))
        if embed is not None and as_text is not None and not text:
            if _dropped(sent):  # posted without the embed: the text takes its place
                refusals.note(channel, Refusal.EMBED)
                sent = await sent.edit(content=as_text(), embeds=[], allowed_mentions=NO_MENTIONS)
            else:
                refusals.granted(channel, Refusal.EMBED)
        return sent


# Where Discord asks Send Messages in Threads rather than Send Messages.
_THREADS = frozenset(
    {
        discord.ChannelType.public_thread,
        discord.ChannelType.private_thread,
        discord.ChannelType.news_thread,
    }
)


def _posting(channel: Any) -> Refusal:
    """The permission posting in ``channel`` needs, as a refusal of it."""
    thread = getattr(channel, "type", None) in _THREADS
    return Refusal.POST_IN_THREADS if thread else Refusal.POST


async def replace(
    message: discord.PartialMessage,
    *,
    embed: discord.Embed,
    as_text: Callable[[], str],
    view: discord.ui.View | None,
) -> discord.Message | None:
    """Show ``embed`` and ``view`` in the bot's ``message`` instead of what it showed, as
    ``post`` would post them: ``as_text()`` where Discord refuses or drops the embed.
    None, logged, when the message is gone or may no longer be edited."""
    text = False
    while True:
        fields: dict[str, Any] = {"content": None, "embed": embed}
        if text:
            fields = {"content": as_text(), "embeds": []}
        try:
            edited = await message.edit(**fields, view=view, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as error:
            if error.code in (MISSING_PERMISSIONS, EMPTY_MESSAGE) and not text:
                text = True  # no Embed Links: refused, or dropped leaving nothing
                continue
            if error.code in (MISSING_ACCESS, MISSING_PERMISSIONS, UNKNOWN_MESSAGE):
                log.info("the bot may not edit message %s (%s)", message.id, error)
                return None
            raise
        if not text and _dropped(edited):
            edited = await edited.edit(content=as_text(), embeds=[], allowed_mentions=NO_MENTIONS)
        return edited


def _dropped(sent: discord.Message) -> bool:
    """Whether Discord left out the embed of ``sent`` because the bot may not embed links
    there: the message came back without it, and the permissions the gateway sent agree
    (a Discord-like server that does not echo embeds is not taken for one that drops them)."""
    me = sent.guild.me if sent.guild is not None else None
    permissions_for = getattr(sent.channel, "permissions_for", None)
    if sent.embeds or me is None or permissions_for is None:
        return False
    return not permissions_for(me).embed_links


def guarded(
    callback: Callable[[T, discord.Interaction], Awaitable[Any]],
) -> Callable[[T, discord.Interaction], Awaitable[None]]:
    """Any error of a button's callback becomes the two-tier reply (bot/messages.py)."""

    @functools.wraps(callback)
    async def wrapper(self: T, interaction: discord.Interaction) -> None:
        try:
            await callback(self, interaction)
        except Exception as error:
            custom_id = (interaction.data or {}).get("custom_id")
            await send_private(interaction, error_reply(error, f"button {custom_id!r}"))

    return wrapper
