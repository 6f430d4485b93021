"""The Discord client: intents, command sync, and questions asked by mention or DM."""

from __future__ import annotations

import asyncio
import logging
import re

import discord
from discord import app_commands

from .commands import COMMANDS
from .components import DYNAMIC_ITEMS, answer_parts
from .config import Settings
from .messages import error_reply
from .replies import NO_MENTIONS, send_private
from .service import AnswerService

log = logging.getLogger(__name__)


class QABot(discord.Client):
    """qabot in Discord. Resources are built by the caller and injected (see create_bot);
    commands and buttons reach them through ``interaction.client``."""

    def __init__(self, *, settings: Settings, service: AnswerService, **options) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # guild and channel data for commands and permissions
        intents.guild_messages = True  # messages that mention the bot (content included)
        intents.dm_messages = True  # direct messages (content included)
        # The bot never joins voice: no warning about voice libraries it does not need.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS, **options)
        self.settings = settings
        self.service = service
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self.on_app_command_error
        self._follower: asyncio.Task[None] | None = None
        for command in COMMANDS:
            self.tree.add_command(command)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(*DYNAMIC_ITEMS)  # buttons work on messages sent before a restart
        self._follower = asyncio.create_task(self.service.follow_other_processes())
        if self.settings.dev_guild_id:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()

    async def close(self) -> None:
        if self._follower is not None:
            self._follower.cancel()
        await super().close()
        self.service.close()

    async def on_message(self, message: discord.Message) -> None:
        """A question in a message that mentions the bot, or in a direct message."""
        if message.author.bot or self.user is None:
            return
        is_dm = message.guild is None
        if not is_dm and self.user.id not in message.raw_mentions:
            return
        question = re.sub(rf"<@!?{self.user.id}>", " ", message.content).strip()
        if not question:
            await message.reply(
                "Ask me a question after the mention, e.g. “@qabot who supplies Myanmar's "
                "jets?”, or use /ask.",
                mention_author=False,
                allowed_mentions=NO_MENTIONS,
            )
            return
        try:
            asked = await self.service.ask(
                question, message.author.id, message.guild and message.guild.id, message.channel.id
            )
        except Exception as error:
            reply = error_reply(error, "answering a mention")
            await message.reply(reply, mention_author=False, allowed_mentions=NO_MENTIONS)
            return
        embed, view = answer_parts(asked)
        await message.reply(
            embed=embed,
            view=view or discord.utils.MISSING,
            mention_author=False,
            allowed_mentions=NO_MENTIONS,
        )

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """Kind words for known problems; the log gets the traceback of anything else."""
        if isinstance(error, app_commands.CheckFailure):
            message = f"Sorry: {error}"
        else:
            name = interaction.command and interaction.command.name
            message = error_reply(getattr(error, "original", error), f"command {name!r}")
        await send_private(interaction, message)
