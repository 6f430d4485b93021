"""Words a question excludes with a minus, as search engines take them ("jets -Russia"):
left out of the search, and the passages that hold them left out of the answer."""

from __future__ import annotations

import numpy as np

from .index import Index
from .patterns import lazy

# "-word" after a space or at the start: "Russian-made" and "-5" exclude nothing.
_MINUS_WORD = lazy(r"(?:^|(?<=\s))-([^\W\d_][\w'’]*)")


def excluded(question: str) -> tuple[str, tuple[str, ...]]:
    """The question without the words it excludes, and those words as written; the
    question as it was where nothing else would be left to search for.

    >>> excluded("who supplies jets -Russia -china?")
    ('who supplies jets ?', ('Russia', 'china'))
    >>> excluded("Russian-made jets"), excluded("-Russia")
    (('Russian-made jets', ()), ('-Russia', ()))
    """
    words = tuple(_MINUS_WORD.findall(question))
    searched = " ".join(_MINUS_WORD.sub(" ", question).split())
    if not words or not any(c.isalnum() for c in searched):
        return question, ()
    return searched, words


def holding(index: Index, words: tuple[str, ...]) -> np.ndarray:
    """The passages that hold any of ``words`` (as the index reads them: "Russia's" and
    "russia" alike), in order."""
    terms = {t for word in words for t in index.analyzer.analyze(word)}
    found = index.bm25.documents(terms)
    return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
