"""What members asked over the last days: how much was answered, what was not, what was
marked 👎, what was asked most, which articles answered most, and who changed the
corpus."""

from __future__ import annotations

import csv
import io
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index.analysis import Analyzer
from index.answers import clean_question
from index.errors import QabotError
from index.lookups import lookups
from index.query import build_query
from index.reading import Lookups

if TYPE_CHECKING:
    from index.index import Index
    from index.vocabulary import Vocabulary

    from .store import Asking, Audited, Downvote, Store


DEFAULT_DAYS = 7
MAX_DAYS = 365


@dataclass(frozen=True)
class Insights:
    days: int
    asked: int
    answered: int
    unanswered: tuple[tuple[str, int], ...]  # question (as first typed), times, most first
    most_asked: tuple[tuple[str, int], ...]
    downvotes: tuple[Downvote, ...]
    audit: tuple[Audited, ...]
    # Words of the questions that no article holds (nor a word they could be a typo of),
    # as first written, times asked, most first: what the corpus may be missing.
    lacking: tuple[tuple[str, int], ...] = ()
    # The articles the answers quoted: (id, title, answers), most quoted first.
    quoted: tuple[tuple[str, str, int], ...] = ()

    @property
    def answered_share(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


def gather(
    store: Store,
    analyzer: Analyzer,
    days: int = DEFAULT_DAYS,
    guild_id: int | None = None,
    now: float | None = None,
    vocabulary: Vocabulary | None = None,
    corpus: Lookups | None = None,
) -> Insights:
    """The insights of the last ``days`` days, in one server (or all, for None); with
    the index's ``vocabulary``, the words it lacks too (``corpus``: the phrases and names
    its text holds, for abbreviations and acronyms, as answering reads them)."""
    return summarise(recorded(store, days, guild_id, now), analyzer, vocabulary, corpus)


@dataclass(frozen=True)
class Recorded:
    """What the store holds of the last ``days`` days: read at once, summed up apart."""

    days: int
    askings: tuple[Asking, ...]
    downvotes: tuple[Downvote, ...]
    audit: tuple[Audited, ...]
    quoted: tuple[tuple[str, str, int], ...] = ()


def recorded(
    store: Store, days: int = DEFAULT_DAYS, guild_id: int | None = None, now: float | None = None
) -> Recorded:
    """The questions, 👎 and corpus changes of the last ``days`` days (a few queries)."""
    since = (time.time() if now is None else now) - days * 86400
    return Recorded(
        days,
        tuple(store.askings(since, guild_id)),
        tuple(store.downvotes(since, guild_id)),
        tuple(store.audit(since)),
        tuple(store.quoted(since, guild_id)),
    )


def summarise(
    found: Recorded,
    analyzer: Analyzer,
    vocabulary: Vocabulary | None = None,
    corpus: Lookups | None = None,
) -> Insights:
    """The insights of what was recorded. Questions are grouped when they are the same
    question typed differently: the same index terms, in any order ("Who supplies
    Myanmar's jets?" and "myanmar jets supplier"); analysing them takes a while for a
    busy server's year (about 10 ms a thousand questions), so the bot runs this in a
    worker thread. With the index's ``vocabulary``, the words no article holds are
    counted too, as answering reads them (typos mended, synonyms known)."""
    askings = found.askings
    questions = [a.question for a in askings]
    return Insights(
        days=found.days,
        asked=len(askings),
        answered=sum(a.found for a in askings),
        unanswered=_grouped([a.question for a in askings if not a.found], analyzer),
        most_asked=_grouped(questions, analyzer),
        downvotes=found.downvotes,
        audit=found.audit,
        lacking=_lacking(questions, analyzer, vocabulary, corpus) if vocabulary is not None else (),
        quoted=found.quoted,
    )


def _lacking(
    questions: list[str],
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    corpus: Lookups | None = None,
) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for question in questions:
        try:
            query = build_query(clean_question(question), analyzer, vocabulary, corpus=corpus)
            words = query.own_words
        except QabotError:
            continue
        for word in {w.written.casefold(): w for w in words if not w.alternatives}.values():
            key = word.written.casefold()
            counts[key] += 1
            first.setdefault(key, word.written)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple((first[key], count) for key, count in ranked)


def gathered(database: Path | str, index: Index, days: int = DEFAULT_DAYS) -> Insights:
    """``gather`` over every server's questions in the database file ``database``, with
    the words ``index`` lacks: what `qabot insights` and the shell's /insights show."""
    from .store import Store  # SQLite: only the commands that show insights need it

    store = Store(database)
    try:
        corpus = lookups(index)
        return gather(store, index.analyzer, days, vocabulary=index.vocabulary, corpus=corpus)
    finally:
        store.close()


def _grouped(questions: list[str], analyzer: Analyzer) -> tuple[tuple[str, int], ...]:
    counts: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], str] = {}
    for question in questions:
        folded = question.casefold()  # "LAOS" is an acronym to the analyzer, "Laos" not
        key = tuple(sorted(set(analyzer.analyze(folded)))) or (folded,)
        counts[key] += 1
        first.setdefault(key, question)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], first[item[0]].casefold()))
    return tuple((first[key], count) for key, count in ranked)


def insights_csv(insights: Insights) -> str:
    """The same as a CSV: one row per question, vote and change, with its kind."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["kind", "count", "question", "detail", "when"])
    for question, count in insights.unanswered:
        writer.writerow(["unanswered", count, question, "", ""])
    for question, count in insights.most_asked:
        writer.writerow(["asked", count, question, "", ""])
    for word, count in insights.lacking:
        writer.writerow(["lacking", count, "", word, ""])
    for article_id, title, count in insights.quoted:
        named = f"{title} ({article_id})" if title else article_id
        writer.writerow(["quoted", count, "", named, ""])
    for vote in insights.downvotes:
        detail = " ".join(vote.passages) + (f" | why: {vote.comment}" if vote.comment else "")
        writer.writerow(["downvoted", 1, vote.question, detail, _when(vote.voted_at)])
    for change in insights.audit:
        detail = f"{change.who} {change.action} {change.title} ({change.file})"
        writer.writerow(["corpus", 1, "", detail, _when(change.at)])
    return out.getvalue()


def _when(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(at))
