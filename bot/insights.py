"""What members asked over the last days: how much was answered, what was not, what was
marked 👎, what was asked most, and who changed the corpus."""

from __future__ import annotations

import csv
import io
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index.analysis import Analyzer

if TYPE_CHECKING:
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

    @property
    def answered_share(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


def gather(
    store: Store,
    analyzer: Analyzer,
    days: int = DEFAULT_DAYS,
    guild_id: int | None = None,
    now: float | None = None,
) -> Insights:
    """The insights of the last ``days`` days, in one server (or all, for None)."""
    return summarise(recorded(store, days, guild_id, now), analyzer)


@dataclass(frozen=True)
class Recorded:
    """What the store holds of the last ``days`` days: read at once, summed up apart."""

    days: int
    askings: tuple[Asking, ...]
    downvotes: tuple[Downvote, ...]
    audit: tuple[Audited, ...]


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
    )


def summarise(found: Recorded, analyzer: Analyzer) -> Insights:
    """The insights of what was recorded. Questions are grouped when they are the same
    question typed differently: the same index terms, in any order ("Who supplies
    Myanmar's jets?" and "myanmar jets supplier"); analysing them takes a while for a
    busy server's year (about 10 ms a thousand questions), so the bot runs this in a
    worker thread."""
    askings = found.askings
    return Insights(
        days=found.days,
        asked=len(askings),
        answered=sum(a.found for a in askings),
        unanswered=_grouped([a.question for a in askings if not a.found], analyzer),
        most_asked=_grouped([a.question for a in askings], analyzer),
        downvotes=found.downvotes,
        audit=found.audit,
    )


def gathered(database: Path | str, analyzer: Analyzer, days: int = DEFAULT_DAYS) -> Insights:
    """``gather`` over every server's questions in the database file ``database``: what
    `qabot insights` and the shell's /insights show."""
    from .store import Store  # SQLite: only the commands that show insights need it

    store = Store(database)
    try:
        return gather(store, analyzer, days)
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
    for vote in insights.downvotes:
        passages = " ".join(vote.passages)
        writer.writerow(["downvoted", 1, vote.question, passages, _when(vote.voted_at)])
    for change in insights.audit:
        detail = f"{change.who} {change.action} {change.title} ({change.file})"
        writer.writerow(["corpus", 1, "", detail, _when(change.at)])
    return out.getvalue()


def _when(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(at))
