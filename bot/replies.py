"""Private replies, what the bot may post in a channel, and the guard around buttons."""

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


def allowed_in(channel: object, guild: discord.Guild | None) -> discord.Permissions | None:
    """The bot's permissions in ``channel``, from the server's roles and the channel's
    overwrites as the gateway sent them; None in a DM, or where they cannot be told (then
    what is sent is tried as it is)."""
    me = guild.me if guild is not None else None
    permissions_for = getattr(channel, "permissions_for", None)
    if me is None or permissions_for is None:
        return None
    return permissions_for(me)


def may_send(allowed: discord.Permissions | None, channel: object) -> bool:
    """Whether the bot may post in ``channel`` (a thread asks its own permission)."""
    if allowed is None:
        return True
    if isinstance(channel, discord.Thread):
        return allowed.send_messages_in_threads
    return allowed.send_messages


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
