"""Render answers, context, sources, help and reports as Discord markdown; answers as JSON."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from index.answers import Answer, Hit
from index.corpus import (
    ARTICLE_LIST,
    TOO_LARGE,
    WEB_PAGE,
    WORD_DOCUMENT,
    Article,
    ArticleInfo,
    Problem,
    article_markdown,
)
from index.index import Index, date_key
from index.languages import Foreign, foreign_question
from index.passages import Passage

from .titles import titles_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .refusals import Refused
    from .service import Forgotten, Quoted

# What the bot suggests after saying it found no answer.
_TRY_OTHER = "Try other words, or see what I know about with /sources."
NO_ANSWER = f"I found no answer to that in the corpus. {_TRY_OTHER}"
# Characters Discord reads as markdown anywhere in a line: emphasis (* _ ~), code (`),
# spoilers (|), masked links ([ ]), mentions, links and custom emoji (< @), and the escape
# itself. A backslash before punctuation only ever shows it as it is.
_MARKDOWN = re.compile(r"([\\*_~`|\[\]<@])")
# What Discord reads as markdown only where a line starts (after spaces): headings and
# subtext (#, -#), lists (- + and 1.), and quotes (>).
_LINE_START = re.compile(r"^([ \t]*)([#>+\-]|\d+(?=\.))", re.MULTILINE)
_URL = re.compile(r"https?://\S+")
# Joins "Russian" and "made" in "Russian-made" into one highlight.
_JOINABLE_GAP = re.compile(r"[\s\-]*")


def counted(count: int, noun: str, plural: str = "") -> str:
    """``count`` and ``noun``, in the plural unless it is one: "1 article", "3 articles",
    ``plural`` where adding "s" does not make it ("1 reply", "2 replies")."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def escape(text: str) -> str:
    r"""Make ``text`` show literally in Discord: no markdown, links or mentions.

    >>> print(escape("**bold** <@123> _x_"))
    \*\*bold\*\* \<\@123> \_x\_
    >>> print(escape("# Title\n1. first\n- second"))
    \# Title
    1\. first
    \- second
    """
    text = _MARKDOWN.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker[0].isdigit():
        return f"{indent}{marker}\\"  # "1." -> "1\.": the period follows the match
    return f"{indent}\\{marker}"


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
        out.append(_escaped_within(text, position, start))
        out.append(f"**{_escaped_within(text, start, end)}**")
        position = end
    out.append(_escaped_within(text, position, len(text)))
    return "".join(out)


def _escaped_within(text: str, start: int, end: int) -> str:
    r"""``text[start:end]`` escaped as it shows within ``text``: its start is a line's only
    where a line starts there ("al-Jolani" highlighted at "al" is "**al**-Jolani", not
    "**al**\-Jolani").

    >>> print(_escaped_within("al-Qaeda", 2, 8), _escaped_within("- a", 0, 3))
    -Qaeda \- a
    """
    part = text[start:end]
    if start == 0 or text[start - 1] == "\n":
        return escape(part)
    return escape(f"x{part}")[1:]  # a letter before: no line's start to escape


# A long sentence's text fragment names this many words at each end.
SENTENCE_LINK_WORDS = 4


def flat(text: str) -> str:
    """White space collapsed: a sentence wrapped over lines is quoted on one."""
    return " ".join(text.split())


def article_name(article: Article | ArticleInfo) -> str:
    """The title, or the article's id when it has none."""
    return article.title or article.id


def title_markdown(article: ArticleInfo, mark: str = "*") -> str:
    """The article's name, escaped, in italics (or between ``mark``s); a link to the
    article when its source is a URL."""
    name = f"{mark}{escape(article_name(article))}{mark}"
    if _URL.fullmatch(article.source):
        return f"[{name}](<{link_target(article.source)}>)"
    return name


def link_target(url: str) -> str:
    """``url`` made safe inside a masked link: nothing in it can end the link early.

    >>> link_target("https://example.com/a b)(c>")
    'https://example.com/a%20b%29%28c%3E'
    """
    return quote(url, safe=":/?#[]@!$&'*+,;=%~")


def sentence_link(url: str, sentence: str) -> str:
    """``url`` with a text fragment naming ``sentence`` (its first and last words when
    long): browsers that know text fragments (Chrome, Edge, Safari, Firefox 131+) scroll
    to the sentence and highlight it; the others, or a page whose text differs, simply
    open the page.

    >>> sentence_link("https://x.org/a#top", "Six elephants went to the circus.")
    'https://x.org/a#top:~:text=Six%20elephants%20went%20to%20the%20circus.'
    >>> sentence_link("https://x.org/a", "One two three four five six seven eight, nine-ten.")
    'https://x.org/a#:~:text=One%20two%20three%20four,six%20seven%20eight%2C%20nine%2Dten.'
    """
    words = sentence.split()
    if len(words) > SENTENCE_LINK_WORDS * 2:
        start, end = words[:SENTENCE_LINK_WORDS], words[-SENTENCE_LINK_WORDS:]
        directive = f"{_fragment_text(start)},{_fragment_text(end)}"
    else:
        directive = _fragment_text(words)
    page, _, fragment = url.partition("#")
    return f"{page}#{fragment}:~:text={directive}"


def _fragment_text(words: list[str]) -> str:
    """Words as a text fragment writes them: percent-encoded, "-" and "," too (they are
    the fragment's own syntax)."""
    return quote(" ".join(words), safe="").replace("-", "%2D")


def outlet(article: ArticleInfo) -> str:
    """The outlet an article comes from: as its front matter names it, else its source, or
    the site of its source URL.

    >>> outlet(ArticleInfo("a", source="https://www.reuters.com/world/x"))
    'reuters.com'
    """
    if article.outlet:
        return article.outlet
    if _URL.fullmatch(article.source):
        host = urlsplit(article.source).hostname or ""
        return host.removeprefix("www.")
    return article.source


def place(passage: Passage) -> str:
    """Where in its article a passage stands."""
    return f"paragraph {passage.paragraph}, sentence {passage.sentence}"


def source_line(hit: Hit, to_sentence: bool = True) -> str:
    """Where a passage comes from: title (a link when the source is a URL), outlet, date,
    paragraph and sentence; with ``to_sentence``, the paragraph and sentence link to the
    sentence itself in the article's page (``sentence_link``), for checking the quote."""
    where = place(hit.passage)
    if to_sentence and _URL.fullmatch(hit.article.source):
        target = sentence_link(hit.article.source, hit.passage.text)
        where = f"[{where}](<{link_target(target)}>)"
    parts = [*_article_parts(hit.article), where]
    if hit.also_in:
        parts.append(f"also in {counted(len(hit.also_in), 'other article')}")
    return " · ".join(parts)


def _article_parts(article: ArticleInfo, mark: str = "*") -> list[str]:
    parts = [title_markdown(article, mark)]
    if outlet(article):
        parts.append(escape(outlet(article)))
    if article.published:
        parts.append(escape(article.published))
    return parts


def passage_markdown(hit: Hit, to_sentence: bool = True) -> str:
    """One quoted passage and its source (``source_line``)."""
    quote = flat(highlighted(hit.passage.text, hit.highlights))
    return f"> {quote}\n— {source_line(hit, to_sentence)}"


def no_answer(
    foreign: Foreign | None = None,
    within: str = "",
    missing: tuple[str, ...] = (),
    unquoted: tuple[str, ...] = (),
    unsaid: str = "",
    unnamed: tuple[str, ...] = (),
) -> str:
    """What the bot says when nothing answers; for a question in a language the corpus
    is not written in, which languages it can answer in; for one asked within the
    article titled ``within``, that the others were not searched; else the question's
    words that no article holds (``missing``), if any, the phrases it quotes that no
    passage says (``unquoted``), what the passages about it do not say (``unsaid``:
    "how many"), or the countries it names whose articles do not answer it
    (``unnamed``)."""
    if within:
        return (
            f"I found no answer to that in *{escape(flat(within))}*. Ask without "
            "`article:` to search every article."
        )
    why = ""
    if missing:
        why = f"no article mentions {_words(missing)}"
    elif unsaid:
        why = f"the passages about it do not say {unsaid}"
    elif unnamed:
        why = f"no article naming {_words(unnamed, 'and')} answers it"
    if foreign is None and why:
        return f"I found no answer to that in the corpus: {why}. {_TRY_OTHER}"
    if foreign is None and unquoted:
        return (
            f"I found no answer to that in the corpus: no article says {_words(unquoted)} "
            "word for word, nor answers it in other words."
        )
    if foreign is None:
        return NO_ANSWER
    languages = _listed(foreign.corpus)
    return (
        f"I found no answer. I answer from articles in {languages}, and your question "
        f"looks like {foreign.language}: try asking in {foreign.corpus[0]}."
    )


def _words(words: tuple[str, ...], last: str = "or") -> str:
    """Question words as quoted in a sentence: “a”, “b” or “c” (``last``: "and")."""
    quoted = [f"“{escape(w)}”" for w in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {last} {quoted[-1]}"


def _listed(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def foreign(index: Index, answer: Answer) -> Foreign | None:
    """For an answer that found nothing, the question's language if the corpus's differ."""
    return None if answer.found else foreign_question(index, answer.question)


def answer_markdown(answer: Answer, foreign: Foreign | None = None, within: str = "") -> str:
    """An answer as the bot posts it (asked within the article titled ``within``, if
    given)."""
    if not answer.found:
        return why_no_answer(answer, foreign, within)
    return "\n\n".join(passage_markdown(hit) for hit in answer.hits)


def why_no_answer(answer: Answer, foreign: Foreign | None = None, within: str = "") -> str:
    """``no_answer`` for ``answer``, from what it says of why nothing answered."""
    return no_answer(
        foreign, within, answer.missing, answer.unquoted, answer.unsaid, answer.unnamed
    )


def page_label(answer: Answer) -> str:
    """Which of an answer's passages a page shows: "Passages 4–6 of 9"."""
    first, last = answer.offset + 1, answer.offset + len(answer.hits)
    shown = f"Passage {first}" if first == last else f"Passages {first}–{last}"
    return f"{shown} of {answer.total}"


def footed(text: str, notes: list[str]) -> str:
    """``text`` with an answer's notes under it in small print, where no embed has a
    footer to show them (the shell, ``qabot ask``)."""
    return text + (f"\n-# {escape(' · '.join(notes))}" if notes else "")


# Said under an answer to a question asking for the latest on something.
NEWEST_FIRST = "Newest first: the articles published last come first"
# Said under an article's opening, quoted for "tl;dr?".
GIST_NOTE = "The article's first sentences (news opens with its gist): /article shows it whole"
# Said under the passages that came closest to a question that got no answer.
CLOSEST_NOTE = "Closest passages: none was taken for an answer, so read them with care"


def answer_notes(
    earlier: str = "",
    removed: tuple[str, ...] = (),
    asked_by: str = "",
    within: str = "",
    answer: Answer | None = None,
) -> list[str]:
    """What an answer's footer says besides its page: who asked, when the question was
    taken from their message; the one article it was asked within; how the passages
    shown read the question (``answer`` found: its typos as the words they were read
    as, its words no article holds, the phrases it quotes that no passage says word for
    word; an answer that found nothing says so in its text); the question it was read
    as following up; the articles it quoted before that are no longer in the corpus."""
    notes = []
    if answer is not None and answer.closest:
        notes.append(CLOSEST_NOTE)
    if answer is not None and answer.found and answer.gist:
        notes.append(GIST_NOTE)
    if answer is not None and answer.found and answer.newest_first:
        notes.append(NEWEST_FIRST)
    if answer is not None and answer.found and answer.sides:
        each = " and on ".join(f"“{flat(side)}”" for side in answer.sides)
        notes.append(f"No article answers both: passages on {each}, in turn")
    if answer is not None and answer.found and answer.excluded:
        notes.append("Without: " + ", ".join(flat(w) for w in answer.excluded))
    if asked_by:
        notes.append(f"Asked by {flat(asked_by)}")
    if within:
        notes.append(f"Only in: {flat(within)}")
    if answer is not None and answer.found and answer.mended:
        read = ", ".join(f"“{written}” as “{word}”" for written, word in answer.mended)
        notes.append(f"Read {read}")
    if answer is not None and answer.found and answer.missing:
        notes.append(f"No article mentions: {', '.join(answer.missing)}")
    if answer is not None and answer.found and answer.unquoted:
        said = ", ".join(f"“{p}”" for p in answer.unquoted)
        notes.append(f"No passage says {said} word for word: the nearest are shown")
    if earlier:
        notes.append(f"Read as a follow-up to: {flat(earlier)}")
    if removed:
        notes.append("No longer in the corpus: " + ", ".join(removed))
    return notes


CONTEXT_GONE = "Those passages are no longer in the corpus."


def context_blocks(quoted: list[Quoted], gone: tuple[str, ...] = ()) -> list[str]:
    """Context on a page of an answer: each quoted passage (bold) among the sentences
    around it, with its source; then the articles of the passages no longer in the
    corpus (``gone``), by title."""
    blocks = []
    for q in quoted:
        parts = [
            f"**{escape(flat(p.text))}**" if p == q.passage else escape(flat(p.text))
            for p in q.around
        ]
        blocks.append(f"{' '.join(parts)}\n— {title_markdown(q.article)} · {place(q.passage)}")
    if gone:
        names = ", ".join(f"*{escape(name)}*" for name in gone)
        blocks.append(f"No longer in the corpus (removed or changed since): {names}")
    return blocks


def context_markdown(question: str, quoted: list[Quoted], gone: tuple[str, ...] = ()) -> str:
    """``context_blocks`` under the question, as the shell prints them."""
    blocks = context_blocks(quoted, gone) or [CONTEXT_GONE]
    return "\n\n".join([f"**Context: {escape(flat(question))}**", *blocks])


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
                # the sentence in the article's page (a text fragment), when it has one
                "link": (
                    sentence_link(hit.article.source, hit.passage.text)
                    if _URL.fullmatch(hit.article.source)
                    else None
                ),
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
        "missing": list(answer.missing),
        "unquoted": list(answer.unquoted),
        "mended": [{"written": w, "read_as": r} for w, r in answer.mended],
        "newest_first": answer.newest_first,
        "excluded": list(answer.excluded),
        "gist": answer.gist,
        "unsaid": answer.unsaid,
        "unnamed": list(answer.unnamed),
        "sides": list(answer.sides),
    }


# Said by /sources search: when no title holds what was searched for.
NO_TITLE_HOLDS = "No article's title holds “{}”."


def sources_lines(index: Index, files: bool = False, search: str = "") -> list[str]:
    """One line per article, newest first (by its ISO ``published`` date; undated ones
    after, and those of one date, by title), only those whose title holds ``search``, if
    given (``titles.py``): title (linked), outlet, date and how many sentences it has;
    with ``files`` (for moderators) the file it is read from too, after a line for each
    file of the corpus that cannot be read, with the reason (a reload tells each once:
    this is where a moderator who missed it, or came after a restart, finds it; not in a
    search)."""
    lines = []
    if files and not search:
        lines += [f"{UNREADABLE} {escape(problem_text(p))}" for p in index.problems]
    if search:
        only = [index.articles[i] for i in titles_of(index).holding(search)]  # by title
    else:
        only = sorted(index.articles.values(), key=lambda a: article_name(a).casefold())
    # A news community reads what is new first; sorted twice, titles stay in order within.
    only.sort(key=lambda a: date_key(a.published), reverse=True)
    for article in only:
        count = len(index.spans[article.id])
        parts = [*_article_parts(article, "**"), counted(count, "sentence")]
        if files:
            parts.append(f"`{article.id.replace('`', '')}`")
        lines.append(" · ".join(parts))
    return lines


def article_card(
    article: ArticleInfo, paragraphs: tuple[str, ...], sentences: int, files: bool = False
) -> str:
    """An article as /article shows it: its title (linked), outlet, date, author and
    size (with ``files``, for moderators, its file and how to correct it), then its
    paragraphs, each escaped; the embed clips what does not fit, the attached file has
    it all."""
    parts = [*_article_parts(article, "**")]
    if article.author:
        parts.append(f"by {escape(article.author)}")
    parts.append(f"{counted(len(paragraphs), 'paragraph')}, {counted(sentences, 'sentence')}")
    lines = [" · ".join(parts)]
    if files:
        lines.append(
            f"File `{article.id.replace('`', '')}`. To correct it, edit the attached file and "
            "add it with `/add file: replace: True`."
        )
    lines.append("")
    lines.extend(f"{escape(flat(p))}\n" for p in paragraphs)
    return "\n".join(lines).rstrip()


# Said instead of attaching an article larger than Discord takes.
TOO_LARGE_TO_ATTACH = (
    "*This article is larger than Discord lets me attach: here is its beginning; its file "
    "is in the corpus folder (`qabot article` prints it).*"
)


def article_file(article: ArticleInfo, paragraphs: tuple[str, ...]) -> str:
    """An article as a .md file the corpus reads back the same: front matter (title,
    source, date, outlet, author), then its paragraphs."""
    fields = {
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "outlet": article.outlet,
        "author": article.author,
    }
    return article_markdown(fields, paragraphs)


# How many articles "what's new?" lists.
LATEST_COUNT = 5


def latest_markdown(articles: list[ArticleInfo]) -> str:
    """The newest articles, for "what's new?": each title (linked), outlet and date."""
    if not articles:
        return (
            "None of my articles has a publication date I can read, so I cannot tell which "
            "are new: /sources lists them all."
        )
    lines = ["The newest articles I have:"]
    lines += [f"• {' · '.join(_article_parts(article))}" for article in articles]
    lines.append("Ask me about any of them.")
    return "\n".join(lines)


def status_markdown(
    *,
    version: str,
    saved_at: float | None,
    started_at: float,
    unreadable: int,
    shard: int | None = None,
    shards: int | None = None,
    latency_ms: float | None = None,
    refused: Sequence[Refused] = (),
    synonyms: int = 0,
    synonyms_skipped: int = 0,
) -> str:
    """How the bot is doing, for a moderator's /help: its version, when the index it
    serves was saved and the process started (as Discord timestamps, which each reader
    sees in their own time zone), the files it cannot read, the community's synonym
    groups (and the lines of their file not taken), its shard and latency, and the
    permissions channels of the server withhold (as Discord refused them)."""
    saved = f"<t:{int(saved_at)}:f> (<t:{int(saved_at)}:R>)" if saved_at else "not saved"
    lines = [
        f"• qabot {version}; serving the index saved {saved}",
        f"• Up since <t:{int(started_at)}:f> (<t:{int(started_at)}:R>)",
    ]
    if unreadable:
        lines.append(
            f"• {counted(unreadable, 'file')} of the corpus cannot be read: see `/sources`"
        )
    if synonyms or synonyms_skipped:
        said = f"• {counted(synonyms, 'group')} of the community's synonyms"
        if synonyms_skipped:
            said += f", {counted(synonyms_skipped, 'line')} of their file not taken"
        lines.append(f"{said}: see `/synonyms`")
    if shard is not None:
        where = f"Shard {shard} of {shards}" if shards else f"Shard {shard}"
        if latency_ms is not None and latency_ms == latency_ms:  # not NaN (no heartbeat yet)
            where += f", gateway latency {latency_ms:.0f} ms"
        lines.append(f"• {where}")
    for refusal in refused:
        lines.append(
            f"• <#{refusal.channel_id}> withholds {refusal.refusal.value} (<t:{int(refusal.at)}:R>)"
        )
    return "\n".join(lines)


def help_markdown(
    index: Index,
    *,
    moderator: bool = False,
    cooldown: float = 0,
    max_chars: int = 300,
    status: str = "",
    keep_days: int = 0,
) -> str:
    """Everything a member can do and the limits; the moderators' commands to moderators,
    and ``status`` (status_markdown), if given."""
    lines = [
        f"I answer questions from {counted(len(index.articles), 'news article')} "
        f"({counted(len(index.passages), 'sentence')}) by quoting the sentences that answer "
        "them, each with its source. Matched words are in **bold**; when no sentence "
        "answers, I say so.",
        "",
        "**Asking**",
        "• `/ask question:` your question, e.g. `/ask question: who supplies Myanmar's "
        "jets?` (as you type, I suggest questions asked here before and article titles); "
        "add `article:` to answer from one article only, or `private: True` so that only "
        "you see the answer.",
        "• Mention me with the question: `@qabot who supplies Myanmar's jets?`",
        "• Reply to one of my answers (with the mention on) to follow it up: “and China?” "
        "is read with the earlier question's subject; “tell me more” gives its next "
        "passages, “why?” the sentences around them, “tl;dr” the opening of the article "
        "it quotes first.",
        "• Ask “what's new?” for my newest articles (“list the articles” for all of them), "
        "“tell me about” and an article's title for its opening, or “the latest on …” "
        "for the newest passages on something; `-word` leaves out passages holding a word.",
        "• Send me a direct message: every message there is a question, and “and China?” "
        "or “tell me more” there follows up my last answer.",
        "• Edit a question you asked me within 15 minutes and I answer it again in the "
        "same reply; delete it and my answer goes too. Forgot to mention me? Edit your "
        "message to add the mention.",
        "• Someone asked in the channel without me? On their message, **Apps › Answer "
        "this question** answers it for everyone, naming who asked.",
        '• Put words in double quotes to have them said as written: `who said "a new '
        'era"?` quotes only sentences saying “a new era”.',
        "• Add the link of one of my articles' pages to ask about it alone; “tl;dr” with "
        "it quotes its opening.",
        "",
        "**Under an answer**",
        "• **More** and **Previous** turn the pages of passages. Yours turn the answer "
        "everyone sees; pressing them on someone else's answer gives you your own copy.",
        "• **Context** shows you, privately, the sentences around each passage.",
        "• Under “no answer”, **Closest passages** shows you, privately, the passages "
        "that came closest, when some did.",
        "• 👍/👎 tell the moderators whether the answer helped (press again to change).",
        "• `/sources` lists the articles I know, with links where they have one (`search:` "
        "for those whose title holds a word); `/article` shows you one whole, with its file.",
        "",
        "**Limits**",
        f"• A question is at most {max_chars} characters; mentions, emoji and links in it "
        "are left out of the search (a link to one of my articles' pages keeps the "
        "question to that article).",
    ]
    if cooldown > 0:
        lines.append(f"• One question every {cooldown:g} s per member.")
    lines.append(
        "• Questions are matched by their words (a typo, a common other word, an acronym "
        "for the name it stands for: “suplies”, “warplanes”, “IISS”), not translated: ask "
        "in the language the articles are written in."
    )
    kept = f" for {keep_days} days" if keep_days else ""
    lines.append(
        f"• I keep your questions and votes{kept}, for the buttons, replies and the "
        "moderators' counts (which name no one); `/forget` takes your id off them and "
        "deletes your votes."
    )
    if moderator:
        lines += ["", MODERATORS_HEADING, moderators_help_markdown(status)]
    return "\n".join(lines)


# Who the moderators are, as /help's heading and embed title name them.
MODERATORS, WHO_MODERATES = "For moderators", "(Manage Server, or a moderator role)"
MODERATORS_HEADING = f"**{MODERATORS}** {WHO_MODERATES}"


def moderators_help_markdown(status: str = "") -> str:
    """The moderators' commands, and ``status`` (status_markdown), if given: /help's part
    for moderators (below MODERATORS_HEADING)."""
    lines = [
        "• `/add url:` or `/add file:` adds an article from a web page or a file "
        "(.md, .txt, .docx, .json, .jsonl, .html), several pages at once (links "
        "separated by spaces) or a news feed's latest (its RSS or Atom link); `/add` "
        "alone opens a form to paste one in; `replace: True` puts it in the place of "
        "the article with the same link or title (a page updated, a text corrected).",
        "• `/edit article:` opens a form with an article's title, link or outlet, date, "
        "author and text, to correct them in its place.",
        "• `/remove article:` moves an article out of the corpus (nothing is deleted); "
        "`/restore article:` brings back one removed (or replaced) before.",
        "• `/insights` shows what members asked, what went unanswered, the answers "
        "marked 👎 and who changed the corpus (`csv: True` for a file).",
        "• `/synonyms add: probe lander spacecraft` teaches me words members use for what "
        "the articles write otherwise (a question with one finds the others); `/synonyms` "
        "lists them, `remove:` takes a group out.",
        "• `/reload` re-reads the corpus folder after files were changed on the machine; "
        "the articles loaded before answer until the new ones are ready.",
        "• Your `/sources` is private, names each article's file, and begins with any "
        "file that cannot be read, and why.",
    ]
    if status:
        lines += ["", "**Status**", status]
    return "\n".join(lines)


# Starts a moderator's /sources line for a file that cannot be read (an article's line
# starts with its title, in bold or linked).
UNREADABLE = "⚠️ Cannot be read:"


def problem_text(problem: Problem) -> str:
    """A file that could not be read and why, in plain text (escape it for Discord)."""
    if problem.kind == TOO_LARGE:
        return f"{problem} (or raise CORPUS_MAX_FILE_MB)"
    if problem.kind == ARTICLE_LIST:  # /add writes each as its own file
        return (
            f"{problem}; skipped (`qabot add` or /add file: writes each as its own article "
            "file; then /remove it. Or save them as .jsonl, one a line)"
        )
    if problem.kind == WORD_DOCUMENT:  # /add reads its text
        return (
            f"{problem.path}: a Word document, not an article file; skipped (`qabot add` or "
            "/add file: reads its article into one; then /remove the document)"
        )
    if problem.kind == WEB_PAGE:  # /add reads a page's article out of its menus and ads
        return (
            f"{problem.path}: a web page, not an article file; skipped (`qabot add` or "
            "/add file: reads its article into one; then /remove the page)"
        )
    return str(problem)


def forgotten_markdown(forgotten: Forgotten) -> str:
    """What /forget did, and what it leaves."""
    votes = f"{counted(forgotten.votes, 'vote')} {'is' if forgotten.votes == 1 else 'are'}"
    lines = [
        f"Done: your Discord id is off the {counted(forgotten.questions, 'question')} you "
        "asked me (their words stay, unnamed, in the moderators' counts), and your "
        f"{votes} deleted. Answers already posted stay in their channels."
    ]
    if forgotten.keep_days:
        lines.append(f"Everything I keep is deleted after {forgotten.keep_days} days.")
    return " ".join(lines)
