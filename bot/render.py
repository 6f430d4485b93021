"""Render answers, sources, help and reload reports as Discord markdown, and answers as JSON."""

from __future__ import annotations

import re
from typing import Any

from index.answers import Answer, Hit
from index.changes import Changes
from index.corpus import TOO_LARGE, Article, ArticleInfo, Problem
from index.index import Index
from index.passages import Passage

NO_ANSWER = (
    "I found no answer to that in the corpus. Try other words, or see what I know about "
    "with /sources."
)
# Characters Discord reads as markdown, masked links or mentions anywhere in a line.
# Line-start syntax (headings, lists, quotes) cannot occur: quotes are flattened onto
# one line behind "> ".
_MARKDOWN = re.compile(r"([\\*_~`|\[\]<])")
# Joins "Russian" and "made" in "Russian-made" into one highlight.
_JOINABLE_GAP = re.compile(r"[\s\-]*")


def escape(text: str) -> str:
    r"""Make ``text`` show literally in Discord: no markdown, links or mentions.

    >>> print(escape("**bold** <@123> _x_"))
    \*\*bold\*\* \<@123> \_x\_
    """
    return _MARKDOWN.sub(r"\\\1", text)


def highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` escaped, with the words at ``spans`` in bold.

    >>> highlighted("Russian-made fighter jets", ((0, 7), (8, 12), (21, 25)))
    '**Russian-made** fighter **jets**'
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and _JOINABLE_GAP.fullmatch(text[merged[-1][1] : start]):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, position = [], 0
    for start, end in merged:
        out.append(escape(text[position:start]))
        out.append(f"**{escape(text[start:end])}**")
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


def flat(text: str) -> str:
    """White space collapsed: a sentence wrapped over lines is quoted on one."""
    return " ".join(text.split())


def article_name(article: Article | ArticleInfo) -> str:
    """The title, or the article's id when it has none."""
    return article.title or article.id


def title_markdown(article: ArticleInfo) -> str:
    """The article's name, escaped, in italics."""
    return f"*{escape(article_name(article))}*"


def place(passage: Passage) -> str:
    """Where in its article a passage stands."""
    return f"paragraph {passage.paragraph}, sentence {passage.sentence}"


def source_line(hit: Hit) -> str:
    """Where a passage comes from: title, outlet or URL, date, paragraph and sentence."""
    article = hit.article
    parts = [title_markdown(article)]
    if article.source:
        parts.append(_source(article.source))
    if article.published:
        parts.append(escape(article.published))
    parts.append(place(hit.passage))
    if hit.also_in:
        parts.append(f"also in {len(hit.also_in)} other article(s)")
    return " · ".join(parts)


def _source(source: str) -> str:
    if re.fullmatch(r"https?://\S+", source):
        return f"<{source}>"  # a bare link, without Discord's preview
    return escape(source)


def passage_markdown(hit: Hit) -> str:
    """One quoted passage and its source."""
    quote = flat(highlighted(hit.passage.text, hit.highlights))
    return f"> {quote}\n— {source_line(hit)}"


def answer_markdown(answer: Answer) -> str:
    """An answer as the bot posts it."""
    if not answer.found:
        return NO_ANSWER
    return "\n\n".join(passage_markdown(hit) for hit in answer.hits)


def answer_json(answer: Answer) -> dict[str, Any]:
    """An answer as the JSON object of ``qabot ask --json``."""
    return {
        "question": answer.question,
        "results": [
            {
                "text": hit.passage.text,
                "highlighted": highlighted(hit.passage.text, hit.highlights),
                "title": hit.article.title,
                "source": hit.article.source,
                "published": hit.article.published,
                "doc_id": hit.article.id,
                "path": hit.article.path,
                "paragraph": hit.passage.paragraph,
                "sentence": hit.passage.sentence,
                "start": hit.passage.start,
                "end": hit.passage.end,
                "score": round(hit.score, 6),
                "relevance": round(hit.relevance, 6),
                "also_in": list(hit.also_in),
            }
            for hit in answer.hits
        ],
    }


def sources_lines(index: Index) -> list[str]:
    """One line per article: name, source and how many sentences it has."""
    lines = []
    for article in sorted(index.articles.values(), key=lambda a: article_name(a).casefold()):
        count = len(index.spans[article.id])
        parts = [f"**{escape(article_name(article))}**"]
        if article.source:
            parts.append(_source(article.source))
        if article.published:
            parts.append(escape(article.published))
        parts.append(f"{count} sentences")
        if article.title:
            parts.append(f"`{article.id.replace('`', '')}`")
        lines.append(" · ".join(parts))
    return lines


def help_markdown(index: Index) -> str:
    """What the bot knows and how to ask it."""
    return (
        f"I answer questions from {len(index.articles)} news article(s) "
        f"({len(index.passages)} sentences) by quoting the sentences that answer them, "
        "each with its source.\n"
        "• `/ask question:` followed by your question, e.g. "
        "`/ask question: who supplies Myanmar's jets?`\n"
        "• `/sources` lists the articles I know.\n"
        "• `/reload` (moderators) re-reads the corpus after articles are added or changed.\n"
        "Matched words are in **bold**. When no sentence answers the question, I say so."
    )


def problem_text(problem: Problem) -> str:
    """A file that could not be read and why, in plain text (escape it for Discord)."""
    if problem.kind == TOO_LARGE:
        return f"{problem} (or raise CORPUS_MAX_FILE_MB)"
    return str(problem)


def changes_markdown(changes: Changes) -> str:
    """What a reload changed, and each file that could not be read with the reason."""
    lines = [
        f"Reloaded: {changes.articles} article(s), {changes.sentences_after} sentences "
        f"(was {changes.sentences_before})."
    ]
    for label, ids in (
        ("Added", changes.added),
        ("Changed", changes.changed),
        ("Removed", changes.removed),
    ):
        if ids:
            lines.append(f"{label}: " + ", ".join(f"`{i.replace('`', '')}`" for i in ids))
    if not changes.any:
        lines.append("No article was added, changed or removed.")
    if changes.problems:
        lines.append(f"Could not read {len(changes.problems)} file(s) or line(s):")
        lines.extend(f"• {escape(problem_text(p))}" for p in changes.problems)
    return "\n".join(lines)
