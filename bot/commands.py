"""The slash commands: /ask, /sources, /help and /reload."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from . import embeds, render
from .components import answer_parts, sources_view
from .messages import error_reply
from .replies import NO_MENTIONS
from .service import MAX_ASK_CHARS

if TYPE_CHECKING:
    from .client import QABot

# Past this, /ask defers (Discord shows "thinking") instead of risking its 3 s deadline.
DEFER_AFTER_SECONDS = 1.0


def _bot(interaction: discord.Interaction) -> QABot:
    return interaction.client  # type: ignore[return-value]


@app_commands.command(
    name="ask", description="Ask a question; I quote the sentences that answer it"
)
@app_commands.describe(question="Your question, e.g. who supplies Myanmar's jets?")
async def ask(
    interaction: discord.Interaction, question: app_commands.Range[str, 1, MAX_ASK_CHARS]
) -> None:
    service = _bot(interaction).service
    work = asyncio.ensure_future(
        service.ask(question, interaction.user.id, interaction.guild_id, interaction.channel_id)
    )
    done, _ = await asyncio.wait({work}, timeout=DEFER_AFTER_SECONDS)
    if not done:
        await interaction.response.defer(thinking=True)
    embed, view = answer_parts(await work)
    if interaction.response.is_done():
        await interaction.followup.send(
            embed=embed, view=view or discord.utils.MISSING, allowed_mentions=NO_MENTIONS
        )
    else:
        await interaction.response.send_message(
            embed=embed, view=view or discord.utils.MISSING, allowed_mentions=NO_MENTIONS
        )


@app_commands.command(name="sources", description="List the articles I answer from")
async def sources(interaction: discord.Interaction) -> None:
    lines = render.sources_lines(_bot(interaction).service.served.index)
    await interaction.response.send_message(
        embed=embeds.sources_embed(lines, 0),
        view=sources_view(lines, 0) or discord.utils.MISSING,
        allowed_mentions=NO_MENTIONS,
    )


@app_commands.command(name="help", description="What I know and how to ask me")
async def help_(interaction: discord.Interaction) -> None:
    text = render.help_markdown(_bot(interaction).service.served.index)
    await interaction.response.send_message(
        embed=embeds.help_embed(text), ephemeral=True, allowed_mentions=NO_MENTIONS
    )


@app_commands.command(name="reload", description="Re-read the corpus folder (moderators)")
@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
async def reload(interaction: discord.Interaction) -> None:
    bot = _bot(interaction)
    if not is_moderator(interaction, bot.settings.moderator_role_ids):
        await interaction.response.send_message(
            "Sorry: only moderators (Manage Server, or a moderator role) can reload the corpus.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        changes = await bot.service.reload_corpus()
    except Exception as error:  # the old index is still served: say why, and that
        message = error_reply(error, "reload", reloading=True)
        await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return
    await interaction.followup.send(
        embed=embeds.changes_embed(changes), ephemeral=True, allowed_mentions=NO_MENTIONS
    )


def is_moderator(interaction: discord.Interaction, role_ids: frozenset[int]) -> bool:
    """Manage Server in this channel, as Discord resolved it, or a moderator role."""
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    return any(role.id in role_ids for role in interaction.user.roles)


COMMANDS = (ask, sources, help_, reload)
