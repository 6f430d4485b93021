"""The text a reader sees of a Markdown article body: its markup read, by markdown-it-py."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .patterns import lazy

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Inline markup that shows no text of its own: emphasis, a link's ends (its text shows,
# its address does not), raw HTML tags. An image shows no text in a quote either.
_UNSEEN = frozenset(
    "strong_open strong_close em_open em_close link_open link_close s_open s_close "
    "html_inline image".split()
)


# An HTML comment, which its page never shows ("<!-- more -->").
_COMMENT = lazy(r"<!--.*?-->", re.DOTALL)


def plain(body: str, titled: bool = False) -> tuple[str, str]:
    """The text of the Markdown ``body`` as it reads rendered, its blocks (paragraphs,
    headings, quotes, code, each tight list whole, each item of a loose one, whose items
    a blank line parts) separated by a blank line and its lines as
    written; and, unless the article is ``titled`` already, the text of a first-level
    heading that opens it ("" for none), which then names the article and is left out
    of the text. Text without markup comes back as it was (paragraphs, line breaks, list
    markers: "2021. The year began" stays). A table (GitHub's) reads a paragraph a row,
    each cell after its column's heading (``table_row``).

    >>> plain("# Junta in Moscow\\n\\nThe **leader** arrived in [Moscow](https://x.org).")
    ('The leader arrived in Moscow.', 'Junta in Moscow')
    >>> plain("# Junta in Moscow\\n\\nThe leader arrived.", titled=True)
    ('Junta in Moscow\\n\\nThe leader arrived.', '')
    >>> plain("- Russia sells jets.\\n- China sells drones.\\n\\n> \\"Friends,\\" he said.")
    ('- Russia sells jets.\\n- China sells drones.\\n\\n"Friends," he said.', '')
    >>> plain("| Party | Seats |\\n|---|---|\\n| NLD | 396 |\\n| USDP | 33 |")
    ('Party: NLD; Seats: 396\\n\\nParty: USDP; Seats: 33', '')
    """
    tokens = _parser().parse(body)
    blocks: list[str] = []
    items: list[str] = []  # the lines of the list being read
    lists = 0  # how deep in lists
    marker = ""  # the list marker of the item whose text comes next
    heading = ""
    headings: list[str] = []  # the table's columns'
    cells: list[str] | None = None  # the table row's being read
    for at, token in enumerate(tokens):
        kind = token.type
        if kind == "tr_open":
            cells = []
        elif kind == "tr_close" and cells is not None:
            if tokens[at - 1].type == "th_close":  # the heading row
                headings = cells
            elif row := table_row(headings, cells):
                blocks.append(row)
            cells = None
        elif kind == "inline" and cells is not None:
            cells.append(" ".join(_inline(token.children or []).split()))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
            if not lists and items:
                blocks.append("\n".join(items))
                items = []
        elif kind == "list_item_open":
            marker = f"{token.info}{token.markup} "  # "-", or "2021" and "."
        elif kind == "inline":
            text = _inline(token.children or [])
            if not text.strip():
                continue
            if at == 1 and tokens[0].tag == "h1" and not titled:
                heading = " ".join(text.split())  # the opening heading: the title
            elif lists and tokens[at - 1].hidden:  # a tight list's item: a line of it
                items.append(marker + text)
                marker = ""
            elif lists:  # a loose list's (blank lines between items): a paragraph each
                if items:
                    blocks.append("\n".join(items))
                    items = []
                blocks.append(marker + text)
                marker = ""
            else:
                blocks.append(text)
        elif kind in ("fence", "code_block", "html_block") and token.content.strip():
            text = token.content.strip("\n")
            if kind == "html_block" and _COMMENT.fullmatch(text.strip()):
                continue  # "<!-- more -->", as blogs mark where a summary ends
            if lists:
                items.append(text)
            else:
                blocks.append(text)
    return "\n\n".join(blocks), heading


@cache
def _parser() -> MarkdownIt:
    """The CommonMark parser, made once: making one (60 µs) costs four times parsing a
    paragraph, and /add's writer reads each paragraph it writes."""
    from markdown_it import MarkdownIt  # only where articles are read: 0.05 s

    # and GitHub's tables and strikethrough, as blogs and page-to-Markdown tools write
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def table_row(headings: list[str], cells: list[str]) -> str:
    """A table's row as a paragraph: each cell after its column's heading ("Party: NLD;
    Seats: 396"), so that a question asking by the heading ("how many seats...") finds
    it; an empty cell left out, one under no heading alone."""
    return "; ".join(
        f"{head}: {cell}" if head else cell
        for head, cell in zip(headings + [""] * len(cells), cells, strict=False)
        if cell
    )


def _inline(children: list[Token]) -> str:
    """The text of one paragraph's or heading's inline tokens."""
    parts = []
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type not in _UNSEEN:
            parts.append(child.content)
    return "".join(parts)
