"""Measure answer quality on a set of questions with known right passages."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .answers import Answer, answer
from .errors import EmptyQuestion, EvaluationFileError
from .index import Index

DEPTH = 10  # MRR@10


@dataclass(frozen=True)
class Case:
    """A question and substrings of its right passages; none: the corpus has no answer."""

    question: str
    expected: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """How one case went: the rank of the first right passage (None: not in the top 10)."""

    case: Case
    rank: int | None
    answered: bool
    first: str  # the first passage quoted, "" when none

    @property
    def passed(self) -> bool:
        return self.rank == 1 if self.case.expected else not self.answered


@dataclass(frozen=True)
class Evaluation:
    """The figures over a set of cases."""

    outcomes: tuple[Outcome, ...]

    @property
    def answerable(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.expected]

    @property
    def unanswerable(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.case.expected]

    def found_at(self, k: int) -> int:
        """How many answerable cases have a right passage among the first ``k``."""
        return sum(o.rank is not None and o.rank <= k for o in self.answerable)

    def success_at(self, k: int) -> float:
        return self.found_at(k) / max(len(self.answerable), 1)

    @property
    def mrr(self) -> float:
        cases = self.answerable
        return sum(1 / o.rank for o in cases if o.rank) / max(len(cases), 1)

    @property
    def no_answer_correct(self) -> int:
        return sum(not o.answered for o in self.unanswerable)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]


_CASE = '{"question": "...", "expected": ["..."]}'


def read_cases(path: Path | str) -> list[Case]:
    """Cases from a JSONL file: {"question": ..., "expected": [...]} a line."""
    cases = []
    for number, record in _records(path):
        try:
            cases.append(_case(record))
        except (KeyError, TypeError):
            raise EvaluationFileError(f"{path}:{number}: expected {_CASE}") from None
    return cases


def read_conversations(path: Path | str) -> list[tuple[Case, ...]]:
    """Conversations from a JSONL file: {"turns": [{"question": ..., "expected": [...]},
    ...]} a line, each turn asked after those before it, as a member asks in a DM."""
    conversations = []
    for number, record in _records(path):
        try:
            turns = record["turns"]
            if not isinstance(turns, list) or not turns:
                raise TypeError
            conversations.append(tuple(_case(turn) for turn in turns))
        except (KeyError, TypeError):
            raise EvaluationFileError(
                f'{path}:{number}: expected {{"turns": [{_CASE}, ...]}}'
            ) from None
    return conversations


def is_conversations(path: Path | str) -> bool:
    """Whether the JSONL file ``path`` holds conversations ({"turns": ...}) rather than
    questions (its first record says)."""
    first = next(iter(_records(path)), None)
    return first is not None and isinstance(first[1], dict) and "turns" in first[1]


def _records(path: Path | str) -> list[tuple[int, object]]:
    """The JSON value of each line of ``path`` that is not blank, with its line number."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationFileError(f"cannot read evaluation file {str(path)!r}: {error}") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                records.append((number, json.loads(line)))
            except ValueError:
                raise EvaluationFileError(f"{path}:{number}: not JSON") from None
    return records


def _case(record: object) -> Case:
    """The case of one record; KeyError or TypeError where it is none."""
    if not isinstance(record, dict):
        raise TypeError
    question, expected = record["question"], record["expected"]
    if not isinstance(question, str) or not isinstance(expected, list):
        raise TypeError
    return Case(question, tuple(expected))


# A ranker returns the passages a system would quote for a question, best first (the
# first DEPTH count); an empty list means it gives no answer.
Ranker = Callable[[str], Sequence[str]]


def evaluate(index: Index, cases: Sequence[Case]) -> Evaluation:
    """Ask qabot every case; answerable cases are ranked over the top 10 passages."""
    return evaluate_ranker(lambda q: _texts(_answer(index, q)), cases)


def _answer(index: Index, question: str) -> Answer:
    try:
        return answer(index, question, top=DEPTH)
    except EmptyQuestion:  # "???": nothing to look up is no answer, as in Discord
        return Answer(question, (), ())


def evaluate_ranker(ranker: Ranker, cases: Sequence[Case]) -> Evaluation:
    """Ask any system every case (the benchmarks pass other BM25 systems here)."""
    outcomes = []
    for case in cases:
        ranked = list(ranker(case.question))[:DEPTH]
        first = ranked[0] if ranked else ""
        outcomes.append(Outcome(case, _rank(ranked, case.expected), bool(ranked), first))
    return Evaluation(tuple(outcomes))


def _texts(ranked: Answer) -> list[str]:
    return [hit.passage.text for hit in ranked.hits]


def _rank(ranked: Sequence[str], expected: tuple[str, ...]) -> int | None:
    wanted = [_flat(e) for e in expected]
    for rank, text in enumerate(ranked, start=1):
        if any(w in _flat(text) for w in wanted):
            return rank
    return None


def _flat(text: str) -> str:
    return " ".join(text.casefold().split())
