"""What the index knows of words: each term's IDF, and the written words behind the terms."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from .arrays import Within, nest
from .strings import SortedStrings

# A word English uses more often than this (Zipf scale: 3 is once per million words) is
# taken as meant, never as a typo of a corpus word.
TYPO_MAX_ZIPF = 2.5


class Vocabulary:
    """Term IDFs, and written words for mending typos; all arrays, so a saved index maps them."""

    def __init__(
        self,
        terms: SortedStrings,
        idf: np.ndarray,
        words: SortedStrings,
        word_term: np.ndarray,
        unseen_idf: float,
    ) -> None:
        self.terms = terms
        self.idf = idf  # by term id
        self.words = words  # written words, normalised (lowercase, no possessive)
        self.word_term = word_term  # word id -> term id
        self.unseen_idf = unseen_idf
        self._candidates = lru_cache(maxsize=64)(self._starting_with)
        self._grouped: tuple[np.ndarray, np.ndarray] | None = None

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The written words and their terms; the term table and IDFs are the BM25's."""
        return nest("words", self.words.to_arrays()) | {"word_term": self.word_term}

    @classmethod
    def from_arrays(
        cls,
        arrays: Mapping[str, np.ndarray],
        terms: SortedStrings,
        idf: np.ndarray,
        unseen_idf: float,
    ) -> Vocabulary:
        words = SortedStrings.from_arrays(Within(arrays, "words"))
        return cls(terms, idf, words, arrays["word_term"], unseen_idf)

    def idf_of(self, term: str) -> float | None:
        """The IDF of ``term``, or None if no passage holds it."""
        number = self.terms.id(term)
        return None if number is None else float(self.idf[number])

    def words_of(self, term: str) -> list[str]:
        """The written words whose term is ``term`` ("jets", "jet" for "jet")."""
        number = self.terms.id(term)
        if number is None:
            return []
        order, start = self._by_term()
        return [self.words[int(w)] for w in order[start[number] : start[number + 1]]]

    def _by_term(self) -> tuple[np.ndarray, np.ndarray]:
        """Word ids grouped by term, computed once on first use."""
        if self._grouped is None:
            order = np.argsort(self.word_term, kind="stable")
            start = np.zeros(len(self.terms) + 1, dtype=np.int64)
            np.cumsum(np.bincount(self.word_term, minlength=len(self.terms)), out=start[1:])
            self._grouped = (order, start)
        return self._grouped

    def mend(self, word: str) -> str | None:
        """The term of the corpus word closest to ``word``, if ``word`` looks like a typo of it.

        Only words with the same first letter are candidates: typos there are rare, and
        it keeps the search to a small part of a large vocabulary.
        """
        if len(word) < 4 or zipf_frequency(word, "en") > TYPO_MAX_ZIPF:
            return None
        limit = 1 if len(word) <= 6 else 2
        first, candidates = self._candidates(word[0])
        found = process.extract(
            word, candidates, scorer=OSA.distance, score_cutoff=limit, limit=None
        )
        if not found:
            return None
        # Among the closest words, the one sharing most letters with the typo is the
        # likeliest meant ("elefants": "elephants" before "elements"), then the one the
        # corpus uses most.
        closest = min(distance for _, distance, _ in found)
        best = max(
            (fuzz.ratio(word, text), -float(self.idf[self.word_term[first + i]]), -i)
            for text, distance, i in found
            if distance == closest
        )
        return self.terms[int(self.word_term[first - best[2]])]

    def _starting_with(self, letter: str) -> tuple[int, list[str]]:
        ids = self.words.starting_with(letter)
        return ids.start, self.words.strings(ids)
