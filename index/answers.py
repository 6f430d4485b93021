"""Answer a question: the best passages above the no-answer threshold, highlighted, deduplicated."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Article
from .errors import QuestionError
from .passages import Passage
from .search import Index

MAX_QUESTION_CHARS = 500
DEFAULT_TOP = 3
# A passage is quoted only if its score reaches this share of the best score the
# question could reach (every question term once, in a passage of average length).
# Raw BM25 scores have no fixed scale; this share does. Calibrated on
# tests/data/dev_questions.jsonl (README, "Answer quality").
MIN_RELEVANCE = 0.3
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
    terms = index.analyzer.analyze(question)
    ideal = _ideal_score(index, terms)
    if not terms or ideal <= 0:
        return Answer(question, tuple(terms), ())
    hits: list[Hit] = []
    by_text: dict[str, int] = {}
    wanted = set(terms)
    for number, score in index.bm25.top(terms, offset + top + _SPARE):
        relevance = score / ideal
        if relevance < MIN_RELEVANCE:
            break
        passage = index.passages[number]
        key = _normalise(passage.text)
        if key in by_text:
            first = hits[by_text[key]]
            hits[by_text[key]] = _also(first, passage.article_id)
            continue
        by_text[key] = len(hits)
        article = index.articles[passage.article_id]
        highlights = _highlights(index, passage.text, wanted)
        hits.append(Hit(number, passage, article, score, relevance, highlights))
    page = tuple(hits[offset : offset + top])
    return Answer(question, tuple(terms), page, offset, len(hits) > offset + top)


def _ideal_score(index: Index, terms: list[str]) -> float:
    """A term's weight at tf 1 in a passage of average length is its IDF."""
    unseen = index.bm25.unseen_idf()
    total = 0.0
    for term in terms:
        term_id = index.bm25.vocabulary.get(term)
        total += unseen if term_id is None else float(index.bm25.idf[term_id])
    return total


def _highlights(index: Index, text: str, wanted: set[str]) -> tuple[Span, ...]:
    return tuple((t.start, t.end) for t in index.analyzer.terms(text) if t.term in wanted)


def _also(hit: Hit, article_id: str) -> Hit:
    if article_id == hit.article.id or article_id in hit.also_in:
        return hit
    return Hit(**{**hit.__dict__, "also_in": (*hit.also_in, article_id)})


def _normalise(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
