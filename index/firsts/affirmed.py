"""A passage not denying what who, what or how asks first (affirmed_first)."""

from __future__ import annotations

import re

from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked
from .placing import asking_words, holds_any, put_first


def affirmed_first(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who, what, which, where, when or how (not
    whether: a denial answers "was it a cyberattack?") and its first passage writes each
    word asked that it holds right after a negation (``denies``), the first of the next
    DEFAULT_TOP - 1, TIMED_NEAR as relevant, that does not, put first: "who was hacked?"
    is not told by "...said the problem was not a cyberattack" but by "...hackers had
    stolen some personal data of its customers"."""
    if len(ranked) < 2 or not _ASKS_WH.match(question):
        return ranked
    asked = {t for terms, _ in asking_words(index, query) for t in terms}
    if not asked or not denies(index, index.passages.text(ranked[0].number), asked):
        return ranked
    return put_first(
        index,
        ranked,
        lambda text: not denies(index, text, asked) and holds_any(index, text, asked),
    )


# A question asking who, what, which, where, when or how (not whether).
_ASKS_WH = lazy(r"^\W*(?:who|whom|whose|what|which|where|when|how)\b", re.I)


# A word denied: "not to blame", "no sign of a cyberattack", "never found".
_DENIED_BEFORE = lazy(r"\b(?:not|no|never|nor|n't)\b(?:\s+[\w'’-]+){0,2}\s*$", re.I)


def denies(index: Index, text: str, terms: set[str]) -> bool:
    """Whether ``text`` writes every word of ``terms`` it holds right after a negation."""
    found = [t for t in index.analyzer.tokens(text) if t.term in terms]
    return bool(found) and all(negated_at(text, t.start) for t in found)


def negated_at(text: str, at: int) -> bool:
    """Whether a negation stands right before ``text[at:]`` (_DENIED_BEFORE)."""
    return _DENIED_BEFORE.search(text, max(0, at - 40), at) is not None
