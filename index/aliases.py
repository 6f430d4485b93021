"""Other names an article gives a thing the question names: "the panel, known as a door plug"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from .analysis import Analyzer
from .index import Index
from .patterns import lazy
from .query import Query, Word
from .ranking import Ranked, numbers_of

# "The survivors, known in Japanese as hibakusha, ...", "the panel, known as a door plug,
# tore away": the word named, then the other name (two words at most, to the next comma).
_KNOWN_AS = lazy(
    r"\b(?P<named>[\w'’-]+)(?:\s*\([^)]*\))?,?\s+(?:(?:also|commonly|widely|locally|now)\s+)?"
    r"(?:known|called|dubbed|nicknamed)\s+(?:in\s+\w+\s+)?as\s+(?:an?\s+|the\s+)?[\"“']?"
    r"(?P<alias>[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.IGNORECASE,
)
# The words that give a thing another name, and those of a question asking for one
# ("what is it called?", "what was it named?").
_NAMING = "known called dubbed nicknamed"
_ASKS_NAME = lazy(r"\b(?:known|called|dubbed|nicknamed|named)\b", re.IGNORECASE)
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
    firsts = numbers_of(ranked, ALIAS_REACH)
    articles = list(dict.fromkeys(index.passages.article[firsts].tolist()))[:ALIAS_ARTICLES]
    spans = [index.spans[index.infos[a].id] for a in articles]
    # ...read in their sentences holding a naming word and a word of the question's (the
    # one named), looked up in the postings: few sentences of an article are read
    bounds = np.array([end for span in spans for end in (span.start, span.stop)])
    naming = _held_within(index, _naming_terms(index.analyzer), bounds)
    if not naming.size:
        return None
    terms = sorted({t for _, w in own for t in w.alternatives})
    held = np.intersect1d(naming, _held_within(index, terms, bounds))
    if not held.size:
        return None
    found: dict[int, set[str]] = {}
    analyzer = index.analyzer
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
    for at, aliases in found.items():
        word = words[at]
        weight = ALIAS_WEIGHT * max(word.alternatives.values())
        more = {t: weight for t in sorted(aliases) if vocabulary.idf_of(t) is not None}
        words[at] = _widened(word, more)
    return replace(query, words=tuple(words))


def _held_within(index: Index, terms: Sequence[str], bounds: np.ndarray) -> np.ndarray:
    """The passages within ``bounds`` (start, stop, start, stop...: articles' passage
    numbers) holding any of ``terms``, cut from each term's sorted postings by bisection
    (an article may be long)."""
    found = []
    for docs in index.bm25.documents(terms):
        at = np.searchsorted(docs, bounds).tolist()
        found += [docs[start:stop] for start, stop in zip(at[::2], at[1::2], strict=True)]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


@lru_cache(maxsize=4)
def _naming_terms(analyzer: Analyzer) -> tuple[str, ...]:
    """The terms of the words that give a thing another name (_NAMING)."""
    return tuple(analyzer.analyze(_NAMING))


def _widened(word: Word, more: dict[str, float]) -> Word:
    return replace(word, alternatives={**more, **word.alternatives})
