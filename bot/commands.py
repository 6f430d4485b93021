"""The members' commands: /ask (with its autocomplete), "Answer this question" on a
message, /sources and /help."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from . import embeds, render
from .components import answer_parts, answer_text_parts, sources_view
from .library import file_stem
from .markup import Typed, mention_names, own_ids, question_of, read_typed
from .moderation import is_moderator
from .replies import NO_MENTIONS, after_a_while, in_time, post, send_private
from .service import CHOICE_CHARS, MAX_ASK_CHARS
from .store import Origin
from .talk import Request, request_in, small_talk

MISSING = discord.utils.MISSING

if TYPE_CHECKING:
    from .client import QABot

# Discord refuses the first reply to an interaction after this many seconds; the defer
# delay must leave room for the defer itself to arrive.
ACK_DEADLINE_SECONDS = 3.0

# The message menu's entry (Apps > ...): at most 32 characters; translated, since it is
# read in the menu, never typed.
ANSWER_MENU = "Answer this question"
OWN_MESSAGE = (
    "That is one of my own messages: reply to an answer of mine to follow it up, or use /ask."
)
# Answer this question on a message that thanks, greets or asks about the bot.
ASKS_NOTHING = "That message asks nothing I can answer from the news."

log = logging.getLogger(__name__)


def _bot(interaction: discord.Interaction) -> QABot:
    return interaction.client  # type: ignore[return-value]


@app_commands.command(
    name="ask", description="Ask a question; I quote the sentences that answer it"
)
@app_commands.describe(
    question="Your question, e.g. who supplies Myanmar's jets?",
    article="Answer from this article only (pick one of the suggestions)",
    private="Only you see the answer (default: everyone in the channel)",
)
async def ask(
    interaction: discord.Interaction,
    question: app_commands.Range[str, 1, MAX_ASK_CHARS],
    article: str = "",
    private: bool = False,
) -> None:
    started = time.monotonic()
    typed = read_typed(question, mention_names(interaction.guild))
    await _answer(interaction, started, typed, private=private, article=article)


@app_commands.context_menu(name=ANSWER_MENU)
async def answer_message(interaction: discord.Interaction, message: discord.Message) -> None:
    """Answer the question of someone's message (right-click it, Apps): for a question
    asked in the channel without mentioning the bot. The answer is public, like /ask's;
    its title links to the message and its footer names who asked."""
    started = time.monotonic()
    me = interaction.client.user
    if me is not None and message.author.id == me.id:
        await send_private(interaction, OWN_MESSAGE)
        return
    skip = own_ids(me, interaction.guild) if me is not None else ()
    typed = question_of(message, interaction.guild, MAX_ASK_CHARS, skip)
    origin = Origin(message.author.display_name, message.jump_url)
    await _answer(interaction, started, typed, origin)


async def _answer(
    interaction: discord.Interaction,
    started: float,
    typed: Typed,
    origin: Origin | None = None,
    private: bool = False,
    article: str = "",
) -> None:
    """Answer ``typed`` (from ``article`` alone, if named) as the interaction's reply,
    public or ``private`` (deferred when slow); a question refused (too long, cooldown,
    no such article) raises, and on_app_command_error replies privately. What asks the
    news nothing (bot/talk.py) is not searched for: "what's new?" gets the newest
    articles, "list the articles" the article list; "help", "thanks" and the like get a
    private word (on someone else's message picked from the menu, that it asks nothing)."""
    service = _bot(interaction).service
    request = request_in(typed.question, following=False)  # as a mention is read
    said = "" if request else small_talk(typed.question)
    if said:
        await send_private(interaction, said if origin is None else ASKS_NOTHING)
        return
    if request is Request.WHATS_NEW:  # counts as a question: OnCooldown replies privately
        latest = await service.latest(render.LATEST_COUNT, interaction.user.id)
        await interaction.response.send_message(
            embed=embeds.latest_embed(render.latest_markdown(latest)),
            ephemeral=private,
            allowed_mentions=NO_MENTIONS,
        )
        return
    if request is Request.ARTICLES:  # "list the articles": /sources' list answers
        service.counts(interaction.user.id)
        await _list_articles(interaction, False, "", private)
        return
    # A member's own question comes after their last answer there (AnswerService.ask).
    channel = interaction.channel_id
    after = service.recent_answer(channel, interaction.user.id) if channel and not origin else None
    work = service.ask(
        typed.question,
        interaction.user.id,
        interaction.guild_id,
        channel,
        title=typed.title,
        origin=origin,
        private=private,
        article=article,
        links=typed.links,
        after=after,
    )
    try:
        # A question refused (too long, cooldown) fails before the defer.
        asked = await after_a_while(work, lambda: _defer(interaction, started, private))
    except Exception:
        if interaction.response.is_done():  # the "thinking" message is public: take it away
            with contextlib.suppress(discord.HTTPException):
                await interaction.delete_original_response()
        raise  # on_app_command_error replies privately
    embed, view = answer_parts(asked)
    message_id = await deliver(
        interaction,
        started,
        embed,
        view,
        as_text=lambda room: answer_text_parts(asked, room)[0],
        private=private,
    )
    if message_id is not None:
        service.posted(asked.answer_id, message_id)


def _left(started: float) -> float:
    """Seconds left before Discord's acknowledgement deadline of an interaction received
    at ``started`` (a little, never none: the request is then refused, not skipped)."""
    return max(started + ACK_DEADLINE_SECONDS - time.monotonic(), 0.05)


async def _defer(interaction: discord.Interaction, started: float, private: bool) -> None:
    """Acknowledge the interaction before Discord's deadline (the "thinking" seen by
    whoever will see the answer); a failure is logged (see deliver)."""
    try:
        thinking = interaction.response.defer(thinking=True, ephemeral=private)
        await asyncio.wait_for(thinking, _left(started))
    except (TimeoutError, discord.HTTPException) as error:
        log.warning("could not acknowledge /ask in time (%r)", error)


async def deliver(
    interaction: discord.Interaction,
    started: float,
    embed: discord.Embed,
    view: discord.ui.View | None,
    as_text: Callable[[int], str] | None = None,
    private: bool = False,
) -> int | None:
    """Send an answer as the interaction's reply (only the member sees it if
    ``private``); the id of the message that shows it.

    discord.py retries a 5xx with backoff. When a public reply still fails, or could not
    be sent before Discord's deadline, the answer is posted in the channel instead,
    naming who asked, so that it reaches the member all the same (``replies.post``: as
    ``as_text(room)``, the answer as text in ``room`` characters, where the bot may not
    embed links there). A private answer is never posted for all to see: its failure is
    logged.
    """
    fields = {"embed": embed, "view": view or MISSING, "allowed_mentions": NO_MENTIONS}
    try:
        if interaction.response.is_done():
            sent = await interaction.followup.send(**fields, ephemeral=private, wait=True)
            return sent.id
        response = await asyncio.wait_for(
            interaction.response.send_message(**fields, ephemeral=private), _left(started)
        )
        return response.message_id
    except (TimeoutError, discord.HTTPException) as error:
        if private:
            log.warning("the private reply to an interaction failed (%r)", error)
            return None
        log.warning("the reply to an interaction failed (%r); posting in the channel", error)
    channel = interaction.channel
    if not isinstance(channel, discord.abc.Messageable):
        return None
    name = render.escape(interaction.user.display_name)
    prefix = f"For {name}:"
    room = embeds.CONTENT_LIMIT - len(prefix) - 1
    message = await post(
        channel,
        content=prefix,
        embed=embed,
        as_text=(lambda: f"{prefix}\n{as_text(room)}") if as_text is not None else None,
        view=view,
        refusals=_bot(interaction).refusals,
    )
    return message.id if message is not None else None


@ask.autocomplete("question")
async def ask_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Earlier answered questions of this channel and article titles holding what is typed."""
    found = await _bot(interaction).service.suggestions(current, interaction.channel_id)
    return [app_commands.Choice(name=text, value=text) for text in found]


@ask.autocomplete("article")
async def article_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Articles whose title holds what is typed; the value is the article's id."""
    found = await _bot(interaction).service.articles(current)
    return [
        app_commands.Choice(name=title[:CHOICE_CHARS], value=article_id[:CHOICE_CHARS])
        for title, article_id in found
    ]


# The longest search /sources takes: its buttons carry it in their custom ids, which
# Discord caps at 100 characters.
MAX_SEARCH_CHARS = 50


@app_commands.command(name="sources", description="List the articles I answer from")
@app_commands.describe(search="Only the articles whose title holds this")
async def sources(
    interaction: discord.Interaction,
    search: app_commands.Range[str, 1, MAX_SEARCH_CHARS] = "",
) -> None:
    bot = _bot(interaction)
    moderator = is_moderator(interaction, bot.settings.moderator_role_ids)
    # A moderator's list names the files too: it is theirs alone to see.
    await _list_articles(interaction, moderator, " ".join(search.split()), moderator)


async def _list_articles(
    interaction: discord.Interaction, files: bool, search: str, private: bool
) -> None:
    """The article list's first page as the interaction's reply (only the member sees it
    if ``private``), with Previous and Next theirs to press; the list is made once an
    index, and a large one takes a while: the reply is deferred then."""
    listing = await in_time(
        interaction,
        _bot(interaction).source_list(files=files, search=search),
        ephemeral=private,
        thinking=True,
    )
    reply = {
        "embed": embeds.sources_embed(listing, 0),
        "view": sources_view(listing, 0, interaction.user.id) or MISSING,
        "ephemeral": private,
        "allowed_mentions": NO_MENTIONS,
    }
    if interaction.response.is_done():
        await interaction.followup.send(**reply)
    else:
        await interaction.response.send_message(**reply)


@app_commands.command(name="article", description="Read an article whole")
@app_commands.describe(article="The article's title (pick one of the suggestions)")
async def read_article(interaction: discord.Interaction, article: str) -> None:
    """An article whole, privately: an embed of as much as fits, and the article as a
    .md file (which a moderator can correct and add back with /add replace: True)."""
    bot = _bot(interaction)
    reading = await bot.service.article(article)  # UnknownArticle: on_app_command_error
    moderator = is_moderator(interaction, bot.settings.moderator_role_ids)
    text = render.article_card(
        reading.article, reading.paragraphs, reading.sentences, files=moderator
    )
    data = render.article_file(reading.article, reading.paragraphs).encode("utf-8")
    name = f"{file_stem(reading.article.title) or 'article'}.md"
    files = [discord.File(io.BytesIO(data), filename=name)]
    if len(data) > interaction.filesize_limit:  # Discord would refuse the whole reply
        files = []
        text = f"{render.TOO_LARGE_TO_ATTACH}\n{text}"
    await interaction.response.send_message(
        embed=embeds.article_embed(text),
        files=files,
        ephemeral=True,
        allowed_mentions=NO_MENTIONS,
    )


read_article.autocomplete("article")(article_autocomplete)


@app_commands.command(name="help", description="What I know and how to ask me")
async def help_(interaction: discord.Interaction) -> None:
    bot = _bot(interaction)
    moderator = is_moderator(interaction, bot.settings.moderator_role_ids)
    text = render.help_markdown(
        bot.service.served.index,
        cooldown=bot.settings.cooldown_seconds,
        max_chars=MAX_ASK_CHARS,
        keep_days=bot.settings.keep_days,
    )
    # The moderators' part in an embed of its own: in one, a long status (many channels
    # withholding permissions) went past an embed's limit and was cut.
    status = bot.status(interaction.guild) if moderator else ""
    more = render.moderators_help_markdown(status) if moderator else ""
    await interaction.response.send_message(
        embeds=embeds.help_embeds(text, more), ephemeral=True, allowed_mentions=NO_MENTIONS
    )


@app_commands.command(
    name="forget", description="Delete your votes and take your name off your questions"
)
async def forget(interaction: discord.Interaction) -> None:
    """What the bot keeps about the member who asks, forgotten; said privately."""
    forgotten = _bot(interaction).service.forget_member(interaction.user.id)
    await interaction.response.send_message(
        render.forgotten_markdown(forgotten), ephemeral=True, allowed_mentions=NO_MENTIONS
    )


COMMANDS = (ask, answer_message, sources, read_article, help_, forget)

# The members' commands work wherever a member is: in the servers that added the bot,
# its DMs, and, for a member who added it to their own account (a user install),
# any server that allows outside apps and their group DMs. There the bot is not a
# member: Discord delivers the command and its buttons all the same, the reply goes
# through the interaction, and the server's rules may make it private. The moderators'
# commands stay in the servers that added the bot (moderation.py).
for _command in COMMANDS:
    app_commands.allowed_installs(guilds=True, users=True)(_command)
    app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)(_command)
