"""Private replies in Discord, and the guard that gives a failing button the kind reply."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import discord

from .messages import error_reply

NO_MENTIONS = discord.AllowedMentions.none()

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
    """Any error of a button's callback becomes the two-tier reply (bot/messages.py)."""

    @functools.wraps(callback)
    async def wrapper(self: T, interaction: discord.Interaction) -> None:
        try:
            await callback(self, interaction)
        except Exception as error:
            custom_id = (interaction.data or {}).get("custom_id")
            await send_private(interaction, error_reply(error, f"button {custom_id!r}"))

    return wrapper
