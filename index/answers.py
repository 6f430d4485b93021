"""Answer a question: the best passages above the no-answer threshold, highlighted, deduplicated."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .corpus import Article
from .errors import QuestionError
from .passages import Passage
from .query import build_query
from .search import Index

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
    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    offset: int = 0  # how many better passages were shown before these (More)
    more: bool = False  # whether passages beyond these clear the threshold too

    @property
    def found(self) -> bool:
        return bool(self.hits)


def check_question(question: str) -> str:
    """The question stripped, or QuestionError if it is empty or too long."""
    question = question.strip()
    if not question:
        raise QuestionError("the question is empty: type a question after the command")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is {len(question)} characters long; the limit is "
            f"{MAX_QUESTION_CHARS}: ask about one thing at a time"
        )
    return question


def answer(index: Index, question: str, top: int = DEFAULT_TOP, offset: int = 0) -> Answer:
    """The ``top`` best passages for ``question`` after the first ``offset``."""
    question = check_question(question)
    if top < 1:
        raise QuestionError(f"the number of passages must be at least 1, not {top}")
    query = build_query(question, index.analyzer, index.vocabulary)
    wanted = set(query.weights)  # a property computed from the words: read it once
    if not wanted or query.ideal <= 0:
        return Answer(question, query.terms, ())
    hits: list[Hit] = []
    by_text: dict[str, int] = {}
    for ranked in index.rank(query, offset + top + _SPARE):
        number, score, relevance = ranked.number, ranked.score, ranked.relevance
        if relevance < MIN_RELEVANCE or ranked.coverage < MIN_COVERAGE:
            continue
        passage = index.passages[number]
        key = _normalise(passage.text)
        if key in by_text:
            first = hits[by_text[key]]
            hits[by_text[key]] = _also(first, passage.article_id)
            continue
        by_text[key] = len(hits)
        article = index.articles[passage.article_id]
        hits.append(Hit(number, passage, article, score, relevance, ()))
    # Only the passages shown are analysed again for their highlights.
    page = tuple(
        replace(hit, highlights=_highlights(index, hit.passage.text, wanted))
        for hit in hits[offset : offset + top]
    )
    return Answer(question, query.terms, page, offset, len(hits) > offset + top)


def _highlights(index: Index, text: str, wanted: set[str]) -> tuple[Span, ...]:
    words = {w for term in wanted for w in index.vocabulary.words_of(term)}
    return tuple((t.start, t.end) for t in index.analyzer.marks(text, words, wanted))


def _also(hit: Hit, article_id: str) -> Hit:
    if article_id == hit.article.id or article_id in hit.also_in:
        return hit
    return replace(hit, also_in=(*hit.also_in, article_id))


def _normalise(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
