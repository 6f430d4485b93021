"""Private replies and the guard that turns a failing button into a kind one."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import discord

from index.errors import QabotError

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
APOLOGY = "Sorry, something went wrong on my side. The moderators can find it in the bot's log."

T = TypeVar("T")


async def send_private(interaction: discord.Interaction, message: str) -> None:
    """An ephemeral reply, whether or not the interaction was answered already."""
    if interaction.response.is_done():
        await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            message, ephemeral=True, allowed_mentions=NO_MENTIONS
        )


def guarded(
    callback: Callable[[T, discord.Interaction], Awaitable[Any]],
) -> Callable[[T, discord.Interaction], Awaitable[None]]:
    """Known problems become a kind private reply; anything else is logged, and apologised for."""

    @functools.wraps(callback)
    async def wrapper(self: T, interaction: discord.Interaction) -> None:
        try:
            await callback(self, interaction)
        except QabotError as error:
            await send_private(interaction, f"Sorry: {error}.")
        except Exception:
            log.exception("button %r failed", (interaction.data or {}).get("custom_id"))
            await send_private(interaction, APOLOGY)

    return wrapper
