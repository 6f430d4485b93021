"""The moderators' slash commands: /add, /edit, /remove, /restore, /insights, /reload
and /synonyms, each refused privately to anyone else."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands

from index.lookups import lookups

from . import embeds, reports
from .curation import Added, Removed, sources_in
from .insights import DEFAULT_DAYS, MAX_DAYS, insights_csv, recorded, summarise
from .library import NAMED_SUFFIXES, typed_article
from .messages import error_reply
from .render import escape, flat
from .replies import NO_MENTIONS, send_private
from .service import CHOICE_CHARS, MAX_CHOICES

if TYPE_CHECKING:
    from index.corpus import ArticleInfo

    from .client import QABot

T = TypeVar("T")

REFUSED = "only moderators (Manage Server, or a moderator role) can {doing}."
# The most a /synonyms group may be typed in (a group's MAX_WORDS words, with room).
MAX_TYPED = 400
# The most a form's text field takes (Discord's limit); a longer article is attached.
FORM_TEXT_CHARS = 4000
CSV_TOO_LARGE = (
    "The CSV is larger than Discord lets me attach: on the bot's machine, `qabot insights "
    "--csv` prints it."
)


def _bot(interaction: discord.Interaction) -> QABot:
    return interaction.client  # type: ignore[return-value]


def is_moderator(interaction: discord.Interaction, role_ids: frozenset[int]) -> bool:
    """Manage Server in this channel, as Discord resolved it, or a moderator role, in a
    server the bot is in (one where a member who added the bot to their account uses it
    has no say over its corpus)."""
    if interaction.guild_id is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.client.get_guild(interaction.guild_id) is None:
        return False
    if interaction.permissions.manage_guild:
        return True
    return any(role.id in role_ids for role in interaction.user.roles)


def moderators_only(doing: str):  # noqa: ANN201 - a discord.py check decorator
    """Refuse the command, privately, to anyone but a moderator (on_app_command_error
    words the refusal). Discord hides the command from members by default too."""

    def predicate(interaction: discord.Interaction) -> bool:
        if not is_moderator(interaction, _bot(interaction).settings.moderator_role_ids):
            raise app_commands.CheckFailure(REFUSED.format(doing=doing))
        return True

    return app_commands.check(predicate)


def moderators_command(name: str, description: str, doing: str):  # noqa: ANN201 - as above
    """A slash command for moderators (refusing anyone else, ``doing`` what): hidden from
    members by default (Manage Server), in the servers that added the bot only."""

    def command(callback: Callable[..., Awaitable[None]]) -> app_commands.Command:
        for decorate in (
            moderators_only(doing),
            app_commands.guild_install(),
            app_commands.guild_only(),
            app_commands.default_permissions(manage_guild=True),
        ):
            callback = decorate(callback)
        return app_commands.command(name=name, description=description)(callback)

    return command


def _who(interaction: discord.Interaction) -> str:
    return f"{interaction.user.name} ({interaction.user.id})"


async def _private(
    interaction: discord.Interaction, text: str, view: discord.ui.View | None = None
) -> None:
    await interaction.followup.send(
        embed=discord.Embed(description=embeds.clip(text, embeds.DESCRIPTION_LIMIT)),
        ephemeral=True,
        allowed_mentions=NO_MENTIONS,
        view=view or discord.utils.MISSING,
    )


async def _refuse(interaction: discord.Interaction, text: str) -> None:
    """Say privately, before anything is done, why the options given cannot be taken."""
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def _changing(
    interaction: discord.Interaction,
    command: str,
    change: Callable[[], Awaitable[T]],
    report: Callable[[T], str],
    undo: Callable[[T], discord.ui.View | None] = lambda _: None,
) -> None:
    """Defer privately (a change refreshes the index: seconds), make ``change``, and reply
    privately with its ``report`` (and the button that ``undo``es it, if any), or with
    what went wrong."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        done = await change()
    except Exception as error:
        await _private(interaction, error_reply(error, command))
        return
    await _private(interaction, report(done), undo(done))


@moderators_command(
    "add", "Add an article from a file, a link or pasted text (moderators)", "add articles"
)
@app_commands.describe(
    file=f"An article file ({', '.join(NAMED_SUFFIXES)})",
    url="A link to the article's web page (or several, separated by spaces)",
    replace="Put it in the place of the article with the same link or title (an update)",
)
async def add(
    interaction: discord.Interaction,
    file: discord.Attachment | None = None,
    url: str | None = None,
    replace: bool = False,
) -> None:
    curator = _bot(interaction).curator
    if file is None and url is None:  # the article typed or pasted into a form
        await interaction.response.send_modal(ArticleForm(replace))
        return
    if file is not None and url is not None:
        await _refuse(
            interaction,
            "Give either a file or a url, not both (or neither, to paste the article into a form).",
        )
        return

    async def adding() -> Added:
        if file is not None:
            curator.check_size(file.filename, file.size)  # before downloading it
            data = await file.read()
            return await curator.add_file(file.filename, data, _who(interaction), replace)
        assert url is not None
        return await curator.add_sources(sources_in(url), _who(interaction), replace)

    await _changing(interaction, "/add", adding, reports.added_markdown)


class ArticleForm(discord.ui.Modal):
    """/add with neither a file nor a link: the article typed or pasted in, for a text
    that is on no page a moderator can link and in no file at hand (a press release);
    /edit's, filled in with an article's fields (``editing``) and text, to correct them."""

    headline: discord.ui.TextInput = discord.ui.TextInput(label="Title", max_length=300)
    text: discord.ui.TextInput = discord.ui.TextInput(
        label="Text",
        style=discord.TextStyle.paragraph,
        placeholder="A blank line between paragraphs. Longer? Attach it: /add file:",
        max_length=FORM_TEXT_CHARS,
    )
    link: discord.ui.TextInput = discord.ui.TextInput(
        label="Link or outlet",
        placeholder="https://... or the outlet's name",
        required=False,
        max_length=500,
    )
    published: discord.ui.TextInput = discord.ui.TextInput(
        label="Published", placeholder="2024-03-04", required=False, max_length=32
    )
    author: discord.ui.TextInput = discord.ui.TextInput(
        label="Author", required=False, max_length=200
    )

    def __init__(self, replace: bool, editing: ArticleInfo | None = None, text: str = "") -> None:
        title = "Update an article" if replace else "Add an article"
        custom_id = f"qabot:addform:{int(replace)}"
        if editing is not None:
            title, custom_id = "Edit an article", "qabot:editform"
        # The fields are the class's until this copies them: filled in only after.
        super().__init__(title=title, custom_id=custom_id, timeout=30 * 60)
        self.replace, self.editing, self.kept_text = replace, editing, text
        if editing is not None:  # /edit: the article's fields as they are
            self.headline.default = editing.title
            self.link.default = editing.source or editing.outlet
            self.published.default, self.author.default = editing.published, editing.author
            self.text.default = text
        if len(text) > FORM_TEXT_CHARS:  # too long to edit here: its text stays as it is
            self.remove_item(self.text)

    @property
    def command(self) -> str:
        return "/add" if self.editing is None else "/edit"

    async def on_submit(self, interaction: discord.Interaction) -> None:
        async def adding() -> Added:
            text = self.text.value if self.text in self.children else self.kept_text
            link, published = self.link.value, self.published.value
            was = self.editing
            # An edit keeps a link or date left as it was, though it reads as none ("last
            # Tuesday", a source that is no link).
            link_kept = was is not None and link.strip() == (was.source or was.outlet)
            date_kept = was is not None and published.strip() == was.published
            fields = ("" if link_kept else link, "" if date_kept else published, self.author.value)
            article = typed_article(self.headline.value, text, *fields)
            curator, who = _bot(interaction).curator, _who(interaction)
            if was is None:
                return await curator.add([article], who, self.replace)
            if link_kept:
                article = replace(article, source=was.source, outlet=was.outlet)
            if date_kept:
                article = replace(article, published=was.published)
            return await curator.edit(was.id, article, who)

        await _changing(interaction, self.command, adding, reports.added_markdown)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await send_private(interaction, error_reply(error, self.command))


@moderators_command(
    "edit", "Correct an article's title, link, date, author or text (moderators)", "edit articles"
)
@app_commands.describe(article="The article's title (pick one of the suggestions)")
async def edit(interaction: discord.Interaction, article: str) -> None:
    """A form with the article's fields as they are, to correct and save in its place."""
    index = _bot(interaction).service.served.index
    info = index.find_article(article)
    if info is None:
        named = escape(flat(article))
        await send_private(interaction, f"No article “{named}” in the corpus: pick a suggestion.")
        return
    text = "\n\n".join(index.paragraphs(info.id))
    await interaction.response.send_modal(ArticleForm(True, info, text))


@edit.autocomplete("article")
async def edit_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Articles whose title or file holds what is typed (not the files that gave none)."""
    return await _article_choices(interaction, current, unread=False)


@moderators_command("remove", "Remove an article (moderators)", "remove articles")
@app_commands.describe(article="The article's title (pick one of the suggestions)")
async def remove(interaction: discord.Interaction, article: str) -> None:
    curator = _bot(interaction).curator
    removing = partial(curator.remove, article, _who(interaction))
    await _changing(interaction, "/remove", removing, reports.removed_markdown, _restore_button)


def _restore_button(removed: Removed) -> discord.ui.View | None:
    """The button under /remove's report that undoes it, where its id holds the path."""
    if not removed.restore or len(RestoreButton.custom_id_of(removed.restore)) > CHOICE_CHARS:
        return None
    view = discord.ui.View()
    view.add_item(RestoreButton(removed.restore))
    return view


class RestoreButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:restore:(?P<path>.+)",
):
    """Under /remove's private report: brings the article back, as /restore does."""

    def __init__(self, path: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Restore it",
                style=discord.ButtonStyle.secondary,
                custom_id=self.custom_id_of(path),
            )
        )
        self.path = path

    @staticmethod
    def custom_id_of(path: str) -> str:
        return f"qabot:restore:{path}"

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> RestoreButton:
        return cls(match["path"])

    async def callback(self, interaction: discord.Interaction) -> None:
        if not is_moderator(interaction, _bot(interaction).settings.moderator_role_ids):
            await interaction.response.send_message(
                REFUSED.format(doing="restore articles"),
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        restoring = partial(_bot(interaction).curator.restore, self.path, _who(interaction))
        await _changing(interaction, "restoring", restoring, reports.added_markdown)


MODERATOR_ITEMS = (RestoreButton,)


@remove.autocomplete("article")
async def remove_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Articles whose title or file holds what is typed; the value is the article's id."""
    return await _article_choices(interaction, current)


async def _article_choices(
    interaction: discord.Interaction, current: str, unread: bool = True
) -> list[app_commands.Choice[str]]:
    """The articles a moderator's typing suggests (and, if ``unread``, the files that
    gave none, first); none to a member."""
    if not is_moderator(interaction, _bot(interaction).settings.moderator_role_ids):
        return []
    found = await _bot(interaction).service.articles(current, files=True, unread=unread)
    return [
        app_commands.Choice(name=title[:CHOICE_CHARS], value=article_id[:CHOICE_CHARS])
        for title, article_id in found
    ]


@moderators_command(
    "restore", "Bring back an article removed before (moderators)", "restore articles"
)
@app_commands.describe(article="The removed article's title (pick one of the suggestions)")
async def restore(interaction: discord.Interaction, article: str) -> None:
    curator = _bot(interaction).curator
    restoring = partial(curator.restore, article, _who(interaction))
    await _changing(interaction, "/restore", restoring, reports.added_markdown)


@restore.autocomplete("article")
async def restore_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """The removed files whose title or path holds what is typed, the last removed first;
    the value is the path (its end where it is too long for a choice: a part of only
    one path names it too)."""
    if not is_moderator(interaction, _bot(interaction).settings.moderator_role_ids):
        return []
    files = await asyncio.to_thread(_bot(interaction).curator.removed.articles)
    found = [f for f in files if f.holds(current.strip())]
    choices = []
    for f in found[:MAX_CHOICES]:  # when tells two versions of one title apart
        when = time.strftime(" (removed %Y-%m-%d %H:%M UTC)", time.gmtime(f.removed_at))
        name = (f.title or f.path)[: CHOICE_CHARS - len(when)] + when
        choices.append(app_commands.Choice(name=name, value=f.path[-CHOICE_CHARS:]))
    return choices


@moderators_command(
    "insights", "What members asked, and what went unanswered (moderators)", "see insights"
)
@app_commands.describe(days="Over how many days (default 7)", csv="Attach the lists as a CSV")
async def insights(
    interaction: discord.Interaction,
    days: app_commands.Range[int, 1, MAX_DAYS] = DEFAULT_DAYS,
    csv: bool = False,
) -> None:
    bot = _bot(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    found = recorded(bot.service.store, days, interaction.guild_id)
    index = bot.service.served.index
    corpus = lookups(index)  # abbreviations and acronyms read as answering reads them
    summed = await asyncio.to_thread(summarise, found, index.analyzer, index.vocabulary, corpus)
    text = embeds.clip(reports.insights_markdown(summed), embeds.DESCRIPTION_LIMIT)
    embed = discord.Embed(title="Insights", description=text, colour=embeds.COLOUR)
    files = []
    if csv:
        data = insights_csv(summed).encode("utf-8")
        if len(data) <= interaction.filesize_limit:
            files.append(discord.File(io.BytesIO(data), filename=f"insights-{days}d.csv"))
        else:  # Discord would refuse the whole reply
            embed.set_footer(text=CSV_TOO_LARGE)
    await interaction.followup.send(
        embed=embed, files=files, ephemeral=True, allowed_mentions=NO_MENTIONS
    )


@moderators_command("reload", "Re-read the corpus folder (moderators)", "reload the corpus")
async def reload(interaction: discord.Interaction) -> None:
    bot = _bot(interaction)
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


@moderators_command(
    "synonyms",
    "Words members use for what the articles write otherwise (moderators)",
    "change the synonyms",
)
@app_commands.describe(
    add="Words for one thing, separated by spaces: probe lander spacecraft",
    remove="A group to take out (pick one of the suggestions, or type one of its words)",
)
async def synonyms(
    interaction: discord.Interaction,
    add: app_commands.Range[str, 1, MAX_TYPED] | None = None,
    remove: app_commands.Range[str, 1, MAX_TYPED] | None = None,
) -> None:
    bot = _bot(interaction)
    if add is not None and remove is not None:
        await _refuse(
            interaction,
            "Give either `add:` or `remove:`, not both (or neither, to list the synonyms).",
        )
        return
    if add is None and remove is None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        community = await asyncio.to_thread(bot.service.served.regroup)
        await _private(interaction, reports.synonyms_markdown(community))
        return
    curator, who = bot.curator, _who(interaction)
    if add is not None:
        change = partial(curator.add_synonyms, add, who)
    else:
        assert remove is not None
        change = partial(curator.remove_synonyms, remove, who)
    await _changing(interaction, "/synonyms", change, reports.regrouped_markdown)


@synonyms.autocomplete("remove")
async def synonyms_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    typed = current.strip().lower()
    groups = [" ".join(words) for words in _bot(interaction).service.served.community.groups]
    return [
        app_commands.Choice(name=_words_within(group), value=_words_within(group))
        for group in groups
        if typed in group
    ][:MAX_CHOICES]


def _words_within(group: str) -> str:
    """``group``'s words that fit in a choice (CHOICE_CHARS): enough of them to name it."""
    return group if len(group) <= CHOICE_CHARS else group[: CHOICE_CHARS + 1].rsplit(" ", 1)[0]


MODERATOR_COMMANDS = (add, edit, remove, restore, insights, reload, synonyms)
