"""The Discord client: intents, command sync, and questions asked by mention or DM."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass
from importlib import metadata
from typing import Any

import discord
from discord import app_commands

from index.answers import is_empty
from index.errors import QabotError
from index.index import Index

from . import render
from .commands import COMMANDS
from .components import DYNAMIC_ITEMS, answer_parts, answer_text_parts, sources_view
from .config import ConfigError, Settings
from .curation import Curator
from .embeds import (
    CONTENT_LIMIT,
    SourceList,
    clip,
    context_embed,
    latest_embed,
    source_list,
    sources_embed,
    sources_pages,
)
from .markup import (
    NoQuestion,
    Typed,
    asked_in,
    is_forward,
    mention_names,
    own_ids,
    question_of,
    read_typed,
    text_of,
)
from .messages import error_reply
from .moderation import MODERATOR_COMMANDS, MODERATOR_ITEMS
from .refusals import Refusals
from .replies import NO_MENTIONS, after_a_while, post, replace, send_private
from .service import FOLLOW_EDITS_SECONDS, MAX_ASK_CHARS, AnswerService, Asked
from .store import Answered, Origin
from .talk import (
    Request,
    asks_about_theirs,
    request_in,
    small_talk,
)
from .translations import Translations

log = logging.getLogger(__name__)

# How long an error reply to a mention or a reply stays in a channel before it deletes
# itself: long enough to read, short enough that the channel is not left with it.
QUIET_SECONDS = 20.0
EMPTY_MENTION = (
    "Ask me a question after the mention, e.g. “@qabot who supplies Myanmar's jets?”, or use /ask."
)
EMPTY_DM = "Ask me a question in words, e.g. “who supplies Myanmar's jets?”"
# A bare mention in reply to someone's message: without the Message Content intent the
# bot cannot count on reading the message replied to; the message menu shows it.
ANSWER_THEIRS = (
    "To have me answer someone's message, open its menu (right-click or long-press) and "
    "pick Apps › Answer this question; or ask me after the mention."
)
# Without the privileged message-content intent, Discord shows a bot the text of a reply
# only when the reply mentions it (the "@ ON" of Discord's reply bar, on by default).
HIDDEN_REPLY = (
    "I cannot read replies that do not mention me: turn the mention on (“@ ON”) when "
    "you reply, or use /ask."
)
# Discord makes a role named as the bot, and offers it beside the bot when a member types
# "@qabot". A message mentioning that role is for the bot too; whether Discord shows the
# bot its text without the intent, as it does for a mention of the bot, it does not say:
# when it does not, the text arrives empty, and the member is told what to pick instead.
HIDDEN_ROLE_MENTION = (
    "I cannot read messages that mention my role rather than me: when you type @ and my "
    "name, pick me (marked APP), not the role, or use /ask."
)
# The bot's status under its name in the member list.
STATUS = "Ask me: /ask, or mention me with a question"
_ANSWER_ID = re.compile(r"qabot:(?:page|more|ctx|vote):(\d+):")


class QABot(discord.AutoShardedClient):
    """qabot in Discord. Resources are built by the caller and injected (see create_bot);
    commands and buttons reach them through ``interaction.client``.

    Sharded with discord.py's own machinery: the shards of SHARD_IDS out of SHARD_COUNT
    (by default all of as many as Discord recommends), each on its own connection.
    """

    def __init__(
        self, *, settings: Settings, service: AnswerService, curator: Curator, **options
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # guild and channel data for commands and permissions
        intents.guild_messages = True  # messages that mention the bot (content included)
        intents.dm_messages = True  # direct messages (content included)
        # The bot never joins voice: no warning about voice libraries it does not need.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        shard_ids = list(settings.shard_ids) if settings.shard_ids is not None else None
        super().__init__(
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            # Members see how to ask under the bot's name. Sent with each IDENTIFY, so it
            # survives reconnects and needs no presence update (op 3), which a
            # Discord-like server may not take.
            activity=discord.CustomActivity(name=STATUS),
            status=discord.Status.online,  # a whole presence: no null status in IDENTIFY
            shard_count=settings.shard_count,
            shard_ids=shard_ids,
            **options,
        )
        self.settings = settings
        self.service = service
        self.curator = curator
        self.started_at = time.time()
        self.refusals = Refusals()  # what Discord refused the bot where, for /help
        self._answering: set[int] = set()  # messages whose answer is on its way
        self._edits: dict[int, int] = {}  # a message answered again -> its latest edit
        self._later: dict[int, discord.Message] = {}  # edited while its answer was coming
        self._edit_count = 0  # edits answered again so far: each one's number
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self.on_app_command_error
        self._follower: asyncio.Task[None] | None = None
        self._forgetter: asyncio.Task[None] | None = None
        for command in COMMANDS + MODERATOR_COMMANDS:
            self.tree.add_command(command)

    def status(self, guild: discord.Guild | None) -> str:
        """How the bot is doing, for a moderator's /help (render.status_markdown), seen
        from the shard serving ``guild``."""
        served = self.service.served
        generation = served.generation.partition("-")[0]
        shard = guild.shard_id if guild is not None else 0
        info = self.get_shard(shard)
        return render.status_markdown(
            version=_version(),
            saved_at=int(generation) / 1e9 if generation.isdigit() else None,
            started_at=self.started_at,
            unreadable=len(served.index.problems),
            shard=shard,
            shards=self.shard_count,
            latency_ms=info.latency * 1000 if info is not None else None,
            refused=self.refusals.of(guild.id if guild is not None else None),
            synonyms=len(served.community.groups),
            synonyms_skipped=len(served.community.skipped),
        )

    async def source_list(self, files: bool = False, search: str = "") -> SourceList:
        """/sources' pages of the served index (with ``files``, the moderators' list),
        made once an index in a worker thread: at 48,736 articles, making them took
        0.8-1.1 s, which every /sources and page turn kept the bot waiting for. With
        ``search``, the articles whose title holds it, found in the titles read once an
        index (titles.py), made each time (in a worker thread too)."""
        index = self.service.served.index
        if search:

            def found(index: Index) -> SourceList:
                return source_list(render.sources_lines(index, files, search), search)

            return await asyncio.to_thread(found, index)

        def made(index: Index) -> SourceList:
            return source_list(render.sources_lines(index, files=files))

        name = "moderators' source list" if files else "source list"
        return await asyncio.to_thread(index.derived, name, made)

    async def setup_hook(self) -> None:
        # Buttons work on messages sent before a restart.
        self.add_dynamic_items(*DYNAMIC_ITEMS, *MODERATOR_ITEMS)
        self._follower = asyncio.create_task(self.service.follow_other_processes())
        self._forgetter = asyncio.create_task(self.service.forget_old())
        await self.tree.set_translator(Translations())
        if not self.settings.syncs_commands:
            log.info("commands are synced by the process serving shard 0, not this one")
            return
        await self._sync_commands()

    async def _sync_commands(self) -> None:
        """Send Discord the slash commands: to DEV_GUILD_ID's server, or globally.

        A server that refuses them is a setting to correct, and the bot stops saying so;
        any other refusal is logged and the bot serves on, since mentions need no
        commands and Discord keeps those of the last sync.
        """
        guild_id = self.settings.dev_guild_id
        try:
            if guild_id:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)
            else:
                await self.tree.sync()
        except discord.HTTPException as error:
            if guild_id and isinstance(error, discord.Forbidden):
                raise ConfigError(
                    f"Discord refused the commands for DEV_GUILD_ID {guild_id} "
                    f"({error.status} {error.text}): invite the bot to that server with the "
                    "applications.commands scope, or correct or remove DEV_GUILD_ID"
                ) from None
            log.error(
                "Discord refused the slash commands (%s %s); answering mentions, and the "
                "commands of the last sync",
                error.status,
                error.text,
            )

    async def close(self) -> None:
        for task in (self._follower, self._forgetter):
            if task is not None:
                task.cancel()
        await super().close()
        self.service.close()

    async def on_shard_ready(self, shard_id: int) -> None:
        guilds = sum(1 for g in self.guilds if g.shard_id == shard_id)
        log.info("shard %d of %s ready: %d server(s)", shard_id, self.shard_count, guilds)

    async def on_shard_resumed(self, shard_id: int) -> None:
        log.info("shard %d resumed", shard_id)

    async def on_shard_disconnect(self, shard_id: int) -> None:
        log.info("shard %d disconnected", shard_id)

    async def on_message(self, message: discord.Message) -> None:
        """A question in a message that mentions the bot, replies to it, or is a DM.

        A reply to one of the bot's answers is read as a follow-up of that question. Messages
        from bots, this one included, are never answered.
        """
        heard = self._hear(message)
        if heard is None:
            return
        if heard.hint:
            await self._quietly(message, heard.hint)
            return
        await self._answer(message, heard)

    async def _answer(self, message: discord.Message, heard: Heard) -> None:
        """Answer what ``message`` asks with a reply to it (one at a time a message)."""
        if message.id in self._answering:
            return
        self._answering.add(message.id)
        try:
            await self._reply(message, heard)
        # "what's new?", "tell me more" or "why?" too soon; "why?" to a forgotten answer
        except QabotError as error:
            await self._quietly(message, error_reply(error, "answering a mention"))
        finally:
            self._answering.discard(message.id)
        # Edited while its answer was on its way: the reply follows the latest edit.
        later = self._later.pop(message.id, None)
        if later is not None and (answered := self.service.answered(message.id)) is not None:
            await self._answer_again(later, answered)

    async def _reply(self, message: discord.Message, heard: Heard) -> None:
        """The reply to what ``message`` says: the newest articles, an answer's next
        page, or the answer to its question."""
        if heard.request is Request.WHATS_NEW:
            latest = await self.service.latest(render.LATEST_COUNT, message.author.id)
            text = render.latest_markdown(latest)
            embed = latest_embed(text)
            as_text = f"**{embed.title}**\n{text}"  # where the bot may not embed links
            await self._post(message, embed=embed, as_text=lambda: as_text)
            return
        if heard.request is Request.ARTICLES:  # "list the articles": /sources' list
            self.service.counts(message.author.id)
            listing = await self.source_list()
            # Where embeds are refused: the lines of the first page a message holds.
            head = "**Articles I know**"
            lines = listing.pages[0].splitlines()
            as_text = f"{head}\n{sources_pages(lines, CONTENT_LIMIT - len(head) - 1)[0]}"
            view = sources_view(listing, 0, message.author.id)
            await self._post(
                message, embed=sources_embed(listing, 0), as_text=lambda: as_text, view=view
            )
            return
        if heard.request is Request.WHY and heard.follows is not None:  # the sentences around
            await self._post_context(message, heard.follows, message.author.id)
            return
        if heard.request is Request.MORE and heard.follows is not None:  # its next page
            asked = await self.service.more(heard.follows, message.author.id)
            if asked is None:  # ...none: more of the article, around the last page shown
                await self._post_context(message, heard.follows)
                return
        else:
            asked = await self._ask(message, heard)
        if asked is None:
            return
        embed, view = answer_parts(asked)
        reply = await self._post(
            message, embed=embed, as_text=lambda: answer_text_parts(asked)[0], view=view
        )
        if reply is not None:
            self.service.posted(asked.answer_id, reply.id)

    async def _post_context(
        self, message: discord.Message, answer_id: int, user_id: int | None = None
    ) -> None:
        """The sentences around the page of answer ``answer_id`` shown last, in reply to
        ``message`` (counting against ``user_id``'s cooldown, if given)."""
        question, quoted, gone = self.service.around(answer_id, user_id)
        embed = context_embed(question, quoted, gone)
        text = render.context_markdown(question, quoted, gone)
        as_text = clip(text, CONTENT_LIMIT)  # where the bot may not embed
        await self._post(message, embed=embed, as_text=lambda: as_text)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """A question edited soon after it was answered (a typo mended, a word added) is
        answered again in the same reply (service.FOLLOW_EDITS_SECONDS). An edit that
        leaves the question as it was (Discord also sends one when a link preview is
        added) changes nothing, nor does one that leaves nothing to ask. A message that
        got no answer and, edited soon after it was written, now asks the bot (the
        mention added, words put after it) is answered as a new one. An edit made while
        the message's first answer is on its way is answered again once it is posted."""
        message = payload.message
        if message.id in self._answering:
            self._later[message.id] = message  # the latest edit: see _answer
            return
        answered = self.service.answered(message.id)
        if answered is None:
            # When it was written: the payload says (a Discord-like server's ids need not
            # hold the time, as Discord's do).
            written = discord.utils.parse_time(payload.data.get("timestamp"))
            written = written or message.created_at
            edited = message.edited_at
            if edited is None or (edited - written).total_seconds() > FOLLOW_EDITS_SECONDS:
                return
            heard = self._hear(message)
            if heard is not None and not heard.hint:
                await self._answer(message, heard)
            return
        await self._answer_again(message, answered)

    async def _answer_again(self, message: discord.Message, answered: Answered) -> None:
        """Answer an edited ``message`` again in the reply that shows its answer."""
        if not self.service.follows(answered) or answered.reply_id is None:
            return  # the answer stands on its own by now
        heard = self._hear(message)
        if heard is None or heard.hint or heard.request is not None:
            return
        if heard.typed.question == answered.question:
            return
        # Edits come in order, their answers need not: only the latest edit's is shown.
        self._edit_count += 1
        edit = self._edits[message.id] = self._edit_count
        try:
            asked = await self._ask(message, heard, again=True)
        finally:
            latest = self._edits.get(message.id) == edit
            if latest:
                del self._edits[message.id]
        if asked is None or not latest:
            return
        embed, view = answer_parts(asked)
        shown = await replace(
            message.channel.get_partial_message(answered.reply_id),  # type: ignore[union-attr]
            embed=embed,
            as_text=lambda: answer_text_parts(asked)[0],
            view=view,
        )
        if shown is not None:
            self.service.posted(asked.answer_id, shown.id)

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        """A question deleted soon after it was answered takes its answer with it, so
        the channel is not left with a reply to nothing."""
        await self._deleted({payload.message_id}, payload.channel_id, payload.guild_id)

    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        """The same for questions a moderator deletes in bulk (a spammer's messages
        purged): the bot's answers to them go too."""
        await self._deleted(payload.message_ids, payload.channel_id, payload.guild_id)

    async def _deleted(self, ids: set[int], channel_id: int, guild_id: int | None) -> None:
        self.service.withdraw(ids)  # deleted, a question is no longer offered as one to ask
        answers = [self.service.answered(message_id) for message_id in ids]
        replies = [
            a.reply_id
            for a in answers
            if a is not None and a.reply_id is not None and self.service.follows(a)
        ]
        if not replies:
            return
        channel = self.get_partial_messageable(channel_id, guild_id=guild_id)
        for reply_id in replies:
            try:
                await channel.get_partial_message(reply_id).delete()
            except discord.HTTPException as error:  # gone already, or no longer allowed
                log.info("could not delete the answer to a deleted question (%s)", error)

    def _hear(self, message: discord.Message) -> Heard | None:
        """What a message says to the bot; None when it is not for the bot (no mention,
        no reply to it, not a DM) or comes from a bot."""
        if message.author.bot or self.user is None:
            return None
        replied = _replied_to(message, self.user.id)
        # The answer replied to: by the message id the store recorded (a server that does
        # not send the replied-to message still sends its id), else by its buttons. A
        # forward's reference is the message it forwards, not one it replies to.
        reference = None if is_forward(message) else message.reference
        follows = None
        if reference is not None and reference.message_id is not None:
            follows = self.service.answer_of_message(reference.message_id)
        if follows is None:
            follows = _answer_on(replied)
        to_bot = replied is not None or follows is not None
        me = own_ids(self.user, message.guild)
        # discord.py sets these only from fields a Discord-like server may leave out.
        mentioned = any(u.id == self.user.id for u in getattr(message, "mentions", ()))
        role_mentioned = any(r.id in me for r in getattr(message, "role_mentions", ()))
        if not (message.guild is None or mentioned or role_mentioned or to_bot):
            return None
        # A long message is asked by its sentences ending in "?", as the menu asks one.
        said = asked_in(text_of(message), MAX_ASK_CHARS)
        typed = read_typed(said, mention_names(message.guild, message), me)
        after = None
        if follows is None and reference is None:
            # "tell me more", "and China?", "who greeted him?", "who won?" with no reply:
            # the member's own last answer there is meant (in a channel, not another
            # member's); any other question comes after it (AnswerService.ask's ``after``).
            recent = self.service.recent_answer(message.channel.id, message.author.id)
            if recent is not None and self.service.leans_on(typed.question, recent):
                follows = recent
            else:
                after = recent
        # What asks the news nothing is not searched for (bot/talk.py): "tell me more"
        # and "thanks!" would be follow-ups of stop words, asking the last question again.
        if request := request_in(typed.question, following=follows is not None):
            return Heard(typed, follows, request=request)
        theirs = mentioned and reference is not None and not to_bot  # another's message
        if theirs and (is_empty(typed.question) or asks_about_theirs(typed.question)):
            # "@qabot", "is this true?": about that message, answered where it can be read.
            return _their_question(reference, message.guild, me) or Heard(
                typed, follows, ANSWER_THEIRS
            )
        hint = small_talk(typed.question, after_answer=follows is not None)
        if not hint and is_empty(typed.question):
            if message.guild is None:
                hint = EMPTY_DM
            elif mentioned:
                hint = EMPTY_MENTION
            elif role_mentioned and not message.content:
                hint = HIDDEN_ROLE_MENTION
            else:
                hint = HIDDEN_REPLY if to_bot else EMPTY_MENTION
        return Heard(typed, follows, hint, after=after)

    async def _ask(
        self, message: discord.Message, heard: Heard, again: bool = False
    ) -> Asked | None:
        """The answer to what ``message`` asks; None when it was refused (too long, the
        cooldown: said quietly). Asked ``again`` after an edit, it skips the cooldown:
        it replaces an answer rather than adding one. An answer that takes a while
        shows "qabot is typing…" meanwhile, as /ask shows "thinking…"."""
        asking = self.service.ask(
            heard.typed.question,
            message.author.id,
            message.guild and message.guild.id,
            message.channel.id,
            title=heard.typed.title,
            follows=heard.follows,
            origin=heard.origin,
            asked_in=message.id,
            cooldown=not again,
            links=heard.typed.links,
            after=heard.after,
        )
        try:
            return await after_a_while(asking, lambda: _typing(message.channel))
        except Exception as error:
            await self._quietly(message, error_reply(error, "answering a mention"))
            return None

    async def _quietly(self, message: discord.Message, text: str) -> None:
        """A reply that does not stay in a channel: it deletes itself after QUIET_SECONDS
        (in a DM, which no one else reads, it stays)."""
        delete_after = None if message.guild is None else QUIET_SECONDS
        await self._post(message, content=text, delete_after=delete_after)

    async def _post(self, message: discord.Message, **fields: Any) -> discord.Message | None:
        """replies.post in reply to a member's ``message``, its refusals noted."""
        return await post(message.channel, reply_to=message, refusals=self.refusals, **fields)

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


@dataclass(frozen=True)
class Heard:
    """A message for the bot, read."""

    typed: Typed  # what it asks
    follows: int | None  # the answer it replies to, if any: it follows that one up
    hint: str = ""  # when it asks nothing, what to tell the member
    request: Request | None = None  # what it asks of the bot itself, if anything
    origin: Origin | None = None  # another's message it asks, when the question is theirs
    after: int | None = None  # the member's answer before there, which it does not follow up


def _their_question(
    reference: discord.MessageReference, guild: discord.Guild | None, me: frozenset[int]
) -> Heard | None:
    """The question of the message a mention replies to, as Answer this question asks
    it, where Discord shows its text (the Message Content intent; a Discord-like server
    may show it anyway); None where it does not, or it asks nothing."""
    other = reference.resolved
    if not isinstance(other, discord.Message):
        return None
    try:
        typed = question_of(other, guild, MAX_ASK_CHARS, me)
    except NoQuestion:  # its text hidden (empty), or no question in it
        return None
    return Heard(typed, None, origin=Origin(other.author.display_name, other.jump_url))


def _version() -> str:
    """qabot's installed version (pyproject's), or "unknown" when it is not installed."""
    try:
        return metadata.version("qabot")
    except metadata.PackageNotFoundError:
        return "unknown"


async def _typing(channel: discord.abc.Messageable) -> None:
    """ "qabot is typing…" in ``channel``; where the bot may not, nothing."""
    try:
        await channel.typing()
    except discord.HTTPException as error:
        log.info("could not show typing (%s)", error)


def _replied_to(message: discord.Message, bot_id: int) -> discord.Message | None:
    """The bot's message that ``message`` replies to, if it replies to one."""
    reference = None if is_forward(message) else message.reference
    replied = reference.resolved if reference is not None else None
    if isinstance(replied, discord.Message) and replied.author.id == bot_id:
        return replied
    return None


def _answer_on(message: discord.Message | None) -> int | None:
    """The answer id a message's buttons carry (for answers posted before message ids
    were remembered)."""
    if message is None:
        return None
    for row in getattr(message, "components", ()):  # unset when the server left it out
        for item in getattr(row, "children", ()):
            match = _ANSWER_ID.match(getattr(item, "custom_id", None) or "")
            if match:
                return int(match[1])
    return None
