"""Answer a question: the best passages above the no-answer threshold, highlighted, deduplicated."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .corpus import Article
from .errors import BadPassageCount, EmptyQuestion, QuestionTooLong
from .index import Index
from .passages import Passage
from .query import build_query
from .ranking import Ranked, rank

MAX_QUESTION_CHARS = 500
DEFAULT_TOP = 3
# A passage is quoted only if its BM25 score reaches MIN_RELEVANCE of the best score the
# question could reach (every question word once, in a passage of average length), and
# its article holds at least MIN_COVERAGE of the question's words, weighted by
# importance. Raw BM25 scores have no fixed scale; these shares do. Calibrated with
# benchmarks/quality.py on tests/data/dev_questions.jsonl (README, "Answer quality").
MIN_RELEVANCE = 0.2
MIN_COVERAGE = 0.6
# Candidates fetched beyond those shown, so that collapsing duplicates and paging with
# More still fill the page.
_SPARE = 20

Span = tuple[int, int]


@dataclass(frozen=True)
class Hit:
    """A quoted passage, where it comes from, and why it was chosen."""

    number: int  # the passage's position in the index
    passage: Passage
    article: Article
    score: float
    relevance: float  # score / the best score the question could reach
    highlights: tuple[Span, ...]  # spans of passage.text whose words match the question
    also_in: tuple[str, ...] = ()  # other articles quoting the same sentence


@dataclass(frozen=True)
class Answer:
    """The passages that answer ``question``, or none: then the corpus holds no answer."""

    question: str
    question_terms: tuple[str, ...]  # the question as analysed, in order
    hits: tuple[Hit, ...]
    offset: int = 0  # how many better passages were shown before these (More)
    more: bool = False  # whether passages beyond these clear the threshold too

    @property
    def found(self) -> bool:
        return bool(self.hits)


def check_question(question: str) -> str:
    """The question stripped; EmptyQuestion or QuestionTooLong if it cannot be asked."""
    question = question.strip()
    if not question:
        raise EmptyQuestion()
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(len(question), MAX_QUESTION_CHARS)
    return question


def answer(index: Index, question: str, top: int = DEFAULT_TOP, offset: int = 0) -> Answer:
    """The ``top`` best passages for ``question`` after the first ``offset``."""
    question = check_question(question)
    if top < 1:
        raise BadPassageCount(top)
    query = build_query(question, index.analyzer, index.vocabulary)
    wanted = set(query.weights)  # a property computed from the words: read it once
    if not wanted or query.ideal <= 0:
        return Answer(question, query.question_terms, ())
    ranked = [
        r
        for r in rank(index, query, offset + top + _SPARE)
        if r.relevance >= MIN_RELEVANCE and r.coverage >= MIN_COVERAGE
    ]
    # Sentences that read alike score alike by their own words: only candidates that
    # share that score with another are read and compared, which spares reading most.
    # Once the page is full and one more was found, only a candidate that may repeat a
    # shown one (for its "also in") is looked at.
    alike = Counter(r.own for r in ranked)
    found: list[tuple[Ranked, list[int]]] = []  # a candidate, its duplicates' articles
    by_text: dict[str, int] = {}
    shown: set[float] = set()
    for r in ranked:
        if len(found) > offset + top:
            shown = shown or {f.own for f, _ in found[offset : offset + top]}
            if r.own not in shown:
                continue
        if alike[r.own] > 1:
            key = _normalise(index.passages.text(r.number))
            if key in by_text:
                found[by_text[key]][1].append(int(index.passages.article[r.number]))
                continue
            by_text[key] = len(found)
        found.append((r, []))
    marks = _Marks(index, wanted)
    page = tuple(_hit(index, r, marks, also) for r, also in found[offset : offset + top])
    return Answer(question, query.question_terms, page, offset, len(found) > offset + top)


def _hit(index: Index, ranked: Ranked, marks: _Marks, also: list[int]) -> Hit:
    passage = index.passages[ranked.number]
    others = dict.fromkeys(index.infos[a].id for a in also)
    others.pop(passage.article_id, None)
    return Hit(
        ranked.number,
        passage,
        index.articles[passage.article_id],
        ranked.score,
        ranked.relevance,
        marks.spans(passage.text),
        tuple(others),
    )


class _Marks:
    """Finds the words of a text that match the question's terms."""

    def __init__(self, index: Index, terms: set[str]) -> None:
        self._analyzer = index.analyzer
        self._terms = terms
        self._words = {w for term in terms for w in index.vocabulary.words_of(term)}

    def spans(self, text: str) -> tuple[Span, ...]:
        return tuple((t.start, t.end) for t in self._analyzer.marks(text, self._words, self._terms))


def _normalise(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
