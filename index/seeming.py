"""Passages that only seem to answer a question: they match its names alone, or come
from an article that does not name the country it asks about."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from .analysis import Analyzer
from .arrays import find_sorted
from .index import Index
from .query import Query, Word
from .ranking import Ranked
from .synonyms import COUNTRIES

# A question word no article holds asks what the corpus does not say (names alone) when
# English uses it less often than this Zipf figure ("school" 5.7, "home" 5.8: "where did
# Min Aung Hlaing go to school?"; "now" 6.2 does not) and it is none of the light words
# (by term) that ask little on their own ("has he seen Putin?", "what has the West done
# to Myanmar?", "is he in Moscow right now?" are answered by the names).
NAMES_ALONE_MAX_ZIPF = 6.0
_LIGHT = frozenset(
    "do see come get make take give put keep let right time thing way now today lot really ever "
    "still already yet".split()
)


def names_alone(
    index: Index,
    query: Query,
    number: int,
    matched: Callable[[str], Sequence[tuple[int, int]]],
) -> bool:
    """Whether the question has a word no article holds and the passage ``number`` (its
    best) matches only its names (or numbers), where ``matched`` finds the question's
    words in a text (answers' highlighting): it asks about them what the corpus does
    not say: "is Putin married?" over "...to meet with Russian President Vladimir Putin",
    where the corpus never writes "married". A word too common or light to ask anything
    on its own ("now", "done": NAMES_ALONE_MAX_ZIPF, _LIGHT) does not count as asked
    so."""
    if not any(
        not w.alternatives
        and index.vocabulary.zipf(w.written.lower()) < NAMES_ALONE_MAX_ZIPF
        and not _LIGHT.intersection(index.analyzer.analyze(w.written))
        for w in query.own_words
    ):
        return False
    text = index.passages.text(number)
    found = matched(text)
    return bool(found) and all(text[start].isupper() or text[start].isdigit() for start, _ in found)


def in_places_asked(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """The passages whose article names every country the question names (as itself or
    its people: "Thailand", "Thai"): "who is the prime minister of Thailand?" is not
    answered by "Indian Prime Minister Narendra Modi...", from an article naming no
    Thailand."""
    asked = [list(w.alternatives) for w in countries_asked(index, query)]
    if not asked or not ranked:
        return ranked
    articles = index.passages.article[np.array([r.number for r in ranked], dtype=np.int64)]
    keep = np.ones(articles.size, bool)
    for terms in asked:
        named = np.zeros(articles.size, bool)
        for docs in index.article_bm25.documents(terms):
            named |= find_sorted(docs, articles)[1]
        keep &= named
    return [r for r, kept in zip(ranked, keep.tolist(), strict=True) if kept]


def countries_asked(index: Index, query: Query) -> list[Word]:
    """The question's words that name a country the corpus names, by its name: "Russian
    jets" asks about jets, not about Russia."""
    names = _country_names(index.analyzer)
    return [
        w
        for w in query.own_words
        if w.alternatives and names.intersection(index.analyzer.analyze(w.written))
    ]


@lru_cache(maxsize=4)
def _country_names(analyzer: Analyzer) -> frozenset[str]:
    """The terms of the countries' names ("thailand", not its people's "thai")."""
    return frozenset(t for group in COUNTRIES for t in analyzer.analyze(group.split()[0]))
