"""Other names an article gives a thing the question names: "the panel, known as a door plug"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from .index import Index
from .query import Query, Word
from .ranking import Ranked

# "The survivors, known in Japanese as hibakusha, ...", "the panel, known as a door plug,
# tore away": the word named, then the other name (two words at most, to the next comma).
_KNOWN_AS = re.compile(
    r"\b(?P<named>[\w'’-]+)(?:\s*\([^)]*\))?,?\s+(?:(?:also|commonly|widely|locally|now)\s+)?"
    r"(?:known|called|dubbed|nicknamed)\s+(?:in\s+\w+\s+)?as\s+(?:an?\s+|the\s+)?[\"“']?"
    r"(?P<alias>[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.IGNORECASE,
)
_NAMING = "known called dubbed nicknamed"
_ASKS_NAME = re.compile(r"\b(?:known|called|dubbed|nicknamed|named)\b", re.IGNORECASE)
# The articles of the first candidates whose text is read for other names.
ALIAS_ARTICLES, ALIAS_REACH = 2, 5
# An other name matches the word it names at this share of the word's weight: the article
# says they are one, but only of itself.
ALIAS_WEIGHT = 0.8


def with_aliases(
    index: Index, question: str, query: Query, ranked: Sequence[Ranked]
) -> Query | None:
    """``query`` with, for each of its own words that an article of the first of
    ``ranked`` names otherwise ("how old are the survivors?": "The survivors, known in
    Japanese as hibakusha, ..."; "About 106,000 hibakusha are still alive, with an average
    age of 85" says no "survivors"), the last word of that other name matching it too,
    at ALIAS_WEIGHT; None where none is named so, or where ``question`` asks what a thing
    is called (the other name is the answer: "...targeted by a condition known as what?"
    is not asked of every sentence saying "self", of "known as “missing self”")."""
    if _ASKS_NAME.search(question):
        return None
    own = [(at, w) for at, w in enumerate(query.own_words) if w.alternatives]
    if not own or not ranked:
        return None
    articles = list(dict.fromkeys(index.info_of(r.number).id for r in ranked[:ALIAS_REACH]))[
        :ALIAS_ARTICLES
    ]
    found: dict[int, set[str]] = {}
    analyzer = index.analyzer
    terms = sorted({t for _, w in own for t in w.alternatives})
    naming = index.analyzer.analyze(_NAMING)
    for article in articles:
        # ...read in its sentences holding a word of the question's (the one named) and a
        # word naming, looked up in the postings: few sentences of an article are read
        span = index.spans[article]
        numbers = np.arange(span.start, span.stop)
        numbers = numbers[index.bm25.holding(naming, numbers)]
        held = numbers[index.bm25.holding(terms, numbers)] if numbers.size else numbers
        text = "\n".join(index.passages.text(int(n)) for n in held)
        for match in _KNOWN_AS.finditer(text):
            named = analyzer.analyze(match["named"])
            alias = analyzer.analyze(match["alias"])
            if not named or not alias or alias[-1] in named:
                continue
            for at, word in own:
                if named[0] in word.alternatives and alias[-1] not in word.alternatives:
                    found.setdefault(at, set()).add(alias[-1])
    if not found:
        return None
    vocabulary = index.vocabulary
    words = list(query.words)
    for at, terms in found.items():
        word = words[at]
        weight = ALIAS_WEIGHT * max(word.alternatives.values())
        more = {t: weight for t in sorted(terms) if vocabulary.idf_of(t) is not None}
        words[at] = _widened(word, more)
    return replace(query, words=tuple(words))


def _widened(word: Word, more: dict[str, float]) -> Word:
    return replace(word, alternatives={**more, **word.alternatives})
