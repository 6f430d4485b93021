"""The Discord client: intents, command sync, mention replies and the shared answer path."""

from __future__ import annotations

import asyncio
import logging
import re

import discord
from discord import app_commands

from index.answers import Answer, answer
from index.changes import Changes
from index.errors import QabotError, QuestionError

from . import embeds
from .commands import COMMANDS
from .components import DYNAMIC_ITEMS, answer_view
from .config import Settings
from .cooldown import Cooldown
from .library import Library
from .replies import APOLOGY, NO_MENTIONS, send_private
from .store import Store

log = logging.getLogger(__name__)

MAX_ASK_CHARS = 300
# How often a bot process checks whether another one saved a newer index.
FOLLOW_SECONDS = 2.0


class QABot(discord.Client):
    """qabot in Discord. Resources are built by the caller and injected (see create_bot)."""

    def __init__(self, *, settings: Settings, library: Library, store: Store, **options) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # guild and channel data for commands and permissions
        intents.guild_messages = True  # messages that mention the bot (content included)
        intents.dm_messages = True  # direct messages (content included)
        # The bot never joins voice: no warning about voice libraries it does not need.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS, **options)
        self.settings = settings
        self.library = library
        self.store = store
        self.cooldown = Cooldown(settings.cooldown_seconds)
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self.on_app_command_error
        self._reloading: asyncio.Future[Changes] | None = None
        self._follower: asyncio.Task[None] | None = None
        self.follow_seconds = FOLLOW_SECONDS
        for command in COMMANDS:  # they reach this client through interaction.client
            self.tree.add_command(command)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(*DYNAMIC_ITEMS)  # buttons work on messages sent before a restart
        self._follower = asyncio.create_task(self.follow_other_processes())
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
        self.store.close()

    async def follow_other_processes(self) -> None:
        """Serve the index another bot process (shard group) saved after its reload."""
        while True:
            await asyncio.sleep(self.follow_seconds)
            try:
                changes = await asyncio.to_thread(self.library.follow)
            except Exception:
                log.exception("loading the index another process saved failed")
                continue
            if changes is not None:
                log.info(
                    "now serving the index saved by another process (%d sentences)",
                    changes.sentences_after,
                )

    # The answer path shared by /ask, mentions and the More button.

    async def answer_question(
        self, question: str, user_id: int, guild_id: int | None, channel_id: int | None
    ) -> tuple[discord.Embed, discord.ui.View | None]:
        """Check the cooldown and the question, answer it, and remember it for the buttons."""
        question = question.strip()
        if len(question) > MAX_ASK_CHARS:
            raise QuestionError(
                f"the question is {len(question)} characters long; the limit is {MAX_ASK_CHARS}"
            )
        self.cooldown.check(user_id)
        result = await self.find(question, 0)
        answer_id = self.store.record_question(result.question, user_id, guild_id, channel_id)
        self.store.record_shown(answer_id, 0, result.hits)
        return embeds.answer_embed(result), answer_view(answer_id, result)

    async def find(self, question: str, offset: int) -> Answer:
        """The answer from the index served now, computed off the event loop."""
        index = self.library.index
        return await asyncio.to_thread(answer, index, question, self.settings.answer_count, offset)

    async def reload(self) -> Changes:
        """Rebuild the index off the event loop; the old one answers until the swap.

        A reload asked for while one runs joins it: both get its outcome.
        """
        if self._reloading is None or self._reloading.done():
            self._reloading = asyncio.ensure_future(asyncio.to_thread(self.library.reload))
        return await asyncio.shield(self._reloading)

    # Mentions and direct messages.

    async def on_message(self, message: discord.Message) -> None:
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
            embed, view = await self.answer_question(
                question, message.author.id, message.guild and message.guild.id, message.channel.id
            )
        except QabotError as error:
            await message.reply(
                f"Sorry: {error}.", mention_author=False, allowed_mentions=NO_MENTIONS
            )
            return
        except Exception:
            log.exception("answering a mention failed")
            await message.reply(APOLOGY, mention_author=False, allowed_mentions=NO_MENTIONS)
            return
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
        original = getattr(error, "original", error)
        if isinstance(original, QabotError):
            message = f"Sorry: {original}."
        elif isinstance(error, app_commands.CheckFailure):
            message = f"Sorry: {error}"
        else:
            log.error(
                "command %r failed",
                interaction.command and interaction.command.name,
                exc_info=original,
            )
            message = APOLOGY
        await send_private(interaction, message)
