"""Discord embeds for answers, context, sources, help and reloads, inside Discord's limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord

from index.answers import Answer
from index.changes import Changes

from . import render, reports

if TYPE_CHECKING:
    from .service import Quoted
    from .store import Origin

# Discord's limits on one embed (https://discord.com/developers/docs/resources/message).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000  # a message's own text
SOURCES_PER_PAGE = 15
SOURCE_LINE_LIMIT = 500  # an article with a very long title or source takes one line
COLOUR = discord.Colour.blurple()
NO_ANSWER_COLOUR = discord.Colour.light_grey()
ELLIPSIS = "…"
# A masked link as render writes them: [text](<url>).
_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(<[^>]*>\)")


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space, ending in an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    # A cut must not leave a dangling escape or an unclosed bold marker.
    cut = cut.rstrip("\\")
    if cut.count("**") % 2:
        cut = cut[: cut.rindex("**")]
    return cut.rstrip() + ELLIPSIS


def answer_embed(
    answer: Answer,
    title: str | None = None,
    *,
    earlier: str = "",
    removed: tuple[str, ...] = (),
    origin: Origin | None = None,
    within: str = "",
    no_answer: str = render.NO_ANSWER,
    limit: int = DESCRIPTION_LIMIT,
) -> discord.Embed:
    """The answer to a question: its passages quoted, each with its source.

    ``title`` is the question as echoed (default: as analysed); ``earlier`` the question
    it was read as following up; ``removed`` the titles of articles it quoted before that
    are no longer in the corpus; ``origin`` the message the question was taken from (the
    title links to it, the footer names its author); ``within`` the title of the one
    article it was asked within; ``no_answer`` what to say when nothing answers; the
    passages are clipped evenly to fit ``limit`` characters.
    """
    title = clip(render.escape(render.flat(title or answer.question)), TITLE_LIMIT)
    url = origin.url if origin else None
    asked_by = origin.author if origin else ""
    notes = render.answer_notes(earlier, removed, asked_by, within, answer)
    note = clip(" · ".join(notes), FOOTER_LIMIT // 2)
    if not answer.found:
        embed = discord.Embed(title=title, url=url, description=no_answer, colour=NO_ANSWER_COLOUR)
        if note:
            embed.set_footer(text=note)
        return embed
    blocks = [render.passage_markdown(hit) for hit in answer.hits]
    if len("\n\n".join(blocks)) > limit:  # the links to sentences are the first to go
        blocks = [render.passage_markdown(hit, to_sentence=False) for hit in answer.hits]
    description = _fit(blocks, limit)
    embed = discord.Embed(title=title, url=url, description=description, colour=COLOUR)
    footer = [render.page_label(answer), *([note] if note else [])]
    embed.set_footer(text=" · ".join([*footer, "👍/👎 tell us if this helped"]))
    return embed


def answer_text(
    answer: Answer, title: str | None = None, *, limit: int = CONTENT_LIMIT, **options
) -> str:
    """``answer_embed`` as a message's text, for a channel where the bot may not embed
    links (Discord would drop the embed): the question in bold, the passages, and the
    footer in small print, within ``limit`` characters (a message holds CONTENT_LIMIT).
    A footer shows text as it is; a message reads markdown, so the footer's names and
    questions are escaped here."""
    embed = answer_embed(answer, title, **options)
    head = f"**{embed.title}**"
    foot = f"-# {render.escape(embed.footer.text)}" if embed.footer.text else ""
    room = limit - len(head) - len(foot) - 2
    if len(embed.description or "") > room:
        embed = answer_embed(answer, title, **options, limit=room)
    return "\n".join(part for part in (head, embed.description, foot) if part)


def _fit(blocks: list[str], limit: int = DESCRIPTION_LIMIT) -> str:
    """Join passage blocks, clipping each quote evenly so the whole fits in ``limit``."""
    separator = "\n\n"
    joined = separator.join(blocks)
    if len(joined) <= limit:
        return joined
    share = (limit - len(separator) * (len(blocks) - 1)) // len(blocks)
    clipped = []
    for block in blocks:
        quote, _, source = block.partition("\n")
        if len(source) > share // 2:  # a link cut in two would show its markup
            source = _LINK.sub(r"\1", source)
        source = clip(source, min(len(source), share // 2))
        clipped.append(clip(quote, share - len(source) - 1) + "\n" + source)
    return separator.join(clipped)


def context_embed(question: str, quoted: list[Quoted], gone: tuple[str, ...] = ()) -> discord.Embed:
    """Each quoted passage (bold) with the sentences around it, and its source; then
    the articles of passages no longer in the corpus (``gone``), by title."""
    blocks = render.context_blocks(quoted, gone)
    title = clip(f"Context: {render.escape(render.flat(question))}", TITLE_LIMIT)
    description = _fit(blocks) if blocks else render.CONTEXT_GONE
    return discord.Embed(title=title, description=description, colour=COLOUR)


def sources_pages(lines: list[str], limit: int = DESCRIPTION_LIMIT) -> list[str]:
    """The article list cut into pages that each fit an embed description (or
    ``limit`` characters), whole lines each."""
    pages: list[str] = []
    current: list[str] = []
    for line in lines:
        line = clip(line, SOURCE_LINE_LIMIT)
        if current and (
            len(current) >= SOURCES_PER_PAGE or sum(len(x) + 1 for x in current) + len(line) > limit
        ):
            pages.append("\n".join(current))
            current = []
        current.append(line)
    pages.append("\n".join(current))
    return pages


@dataclass(frozen=True)
class SourceList:
    """The article list (render.sources_lines) cut into pages, with what it counts."""

    pages: tuple[str, ...]
    articles: int
    unreadable: int  # files that cannot be read, listed first (moderators' list only)
    search: str = ""  # what the titles listed hold, when searched ("": all of them)


def source_list(lines: list[str], search: str = "") -> SourceList:
    """``lines`` in pages that each fit an embed description (the titles holding
    ``search``, if it is given)."""
    unreadable = sum(line.startswith(render.UNREADABLE) for line in lines)
    pages = tuple(sources_pages(lines))
    if search and not lines:
        pages = (render.NO_TITLE_HOLDS.format(render.escape(search)),)
    return SourceList(pages, len(lines) - unreadable, unreadable, search)


def sources_embed(listing: SourceList, page: int) -> discord.Embed:
    """One page of the article list; ``page`` counts from 0 and is kept in range."""
    pages = listing.pages
    page = min(max(page, 0), len(pages) - 1)
    title = "Articles I know"
    if listing.search:
        title = clip(f"{title} · titles holding “{render.escape(listing.search)}”", TITLE_LIMIT)
    embed = discord.Embed(title=title, description=pages[page], colour=COLOUR)
    count = render.counted(listing.articles, "article")
    if listing.unreadable:
        count += f", {render.counted(listing.unreadable, 'file')} that cannot be read"
    embed.set_footer(text=f"Page {page + 1} of {len(pages)} · {count}")
    return embed


def latest_embed(text: str) -> discord.Embed:
    """The newest articles (render.latest_markdown), for "what's new?"."""
    return discord.Embed(
        title="What's new", description=clip(text, DESCRIPTION_LIMIT), colour=COLOUR
    )


def article_embed(text: str) -> discord.Embed:
    """An article to read (render.article_card), clipped to an embed: its file has it all."""
    return discord.Embed(description=clip(text, DESCRIPTION_LIMIT), colour=COLOUR)


def help_embeds(text: str, moderators: str = "") -> list[discord.Embed]:
    """/help: what a member can do, and then, if given, the moderators' part in a second
    embed, each within an embed's limit and both within a message's."""
    shown = [discord.Embed(title="How to ask me", description=clip(text, DESCRIPTION_LIMIT))]
    if moderators:
        title = f"{render.MODERATORS} {render.WHO_MODERATES}"
        room = TOTAL_LIMIT - len(shown[0].title or "") - len(shown[0].description or "")
        limit = min(DESCRIPTION_LIMIT, room - len(title))
        shown.append(discord.Embed(title=title, description=clip(moderators, limit)))
    for embed in shown:
        embed.colour = COLOUR
    return shown


def changes_embed(changes: Changes) -> discord.Embed:
    text = reports.changes_markdown(changes)
    colour = discord.Colour.orange() if changes.problems else discord.Colour.green()
    return discord.Embed(title="Reload", description=clip(text, DESCRIPTION_LIMIT), colour=colour)
