"""What the index knows of words: each term's IDF, and the written words behind the terms
with their stems and how common English makes them."""

from __future__ import annotations

import math
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from .analysis import ENGLISH_WORDS, stem
from .arrays import Within, nest
from .strings import SortedStrings, Strings

# A word English uses more often than this (Zipf scale: 3 is once per million words) is
# taken as meant, never as a typo of a corpus word.
TYPO_MAX_ZIPF = 2.5
# Except a misspelling so common that English text holds it too ("goverment" 2.7,
# "recieve" 2.8, "definately" 2.9), up to this Zipf: one letter from a corpus word that
# English uses at least MISSPELLING_GAP more (a hundred times as often: "government"
# 5.9). "pubic" (3.1) and "fiend" (3.1) are above it.
MISSPELLING_MAX_ZIPF, MISSPELLING_GAP = 3.0, 2.0
# A word made of "re" and a word English uses at least this often is that word done
# again, however rarely English writes it so ("rehired" 2.4: "hired" 4.4), no typo of
# another ("repaired")
REDONE_MIN_ZIPF = 3.5


def zipf_frequency(word: str) -> float:
    """How common ``word`` is in English, on wordfreq's Zipf scale (imported when first
    needed: 0.3 s with its tables, where a saved index's figures usually serve)."""
    if word.isascii() and word.isalpha() and word.islower():
        # One token as wordfreq reads English: its figure is its list's, looked up here
        # at once (1 µs a word against 45 µs through wordfreq's tokenizer, most of a
        # build's work a new word after stemming). The same for all 312,490 such words
        # of wordfreq's list and of the test corpora, and 20,000 made-up ones (0).
        frequency = _frequencies().get(word)
        return round(math.log10(frequency) + 9, 2) if frequency else 0.0
    from wordfreq import zipf_frequency as english

    return english(word, "en")


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


@dataclass(frozen=True)
class Stemmed:
    """Written words with their stems, in word order."""

    words: Sequence[str]  # sorted
    stems: Strings  # packed: a chunk's are held until the chunks are joined

    @classmethod
    def of(cls, words: Iterable[str]) -> Stemmed:
        """``words`` stemmed."""
        listed = sorted(words)
        return cls(listed, Strings.pack(_stem_of(word) for word in listed))


def table_stems(table: Sequence[str], found: Iterable[Stemmed] = ()) -> Strings:
    """Each of the sorted written words ``table``'s stem (``analysis.stem``; "" for
    numbers and initialisms, never stemmed): worked out once when an index is built, as
    its Zipf frequency is (``table_zipf``), so that a question on a saved index needs
    neither simplemma and nltk nor wordfreq for the corpus's words.

    A stem is taken from the first of ``found`` that holds the word (stemmed where it
    was analysed, in parallel, still cached: this process stemming them all again was
    3 s of a 21 s build of 100k sentences), else worked out here. The tables are walked
    side by side as sorted lists: no dict of every word is held."""
    stems: list[str | None] = [None] * len(table)
    for stemmed in found:
        decoded = stemmed.stems.strings()
        for number, other in matches(table, stemmed.words):
            if stems[number] is None:
                stems[number] = decoded[other]
    for number, stem_ in enumerate(stems):
        if stem_ is None:
            stems[number] = _stem_of(table[number])
    return Strings.pack(stems)  # type: ignore[arg-type]


def table_zipf(table: Sequence[str], known: Vocabulary | None = None) -> np.ndarray:
    """Each of the sorted written words ``table``'s Zipf frequency in English, taken from
    the ``known`` vocabulary (of the index a rebuild reuses) where it holds the word: a
    word wordfreq must tokenize costs 45 µs."""
    zipf = np.full(len(table), np.nan)
    if known is not None and known.word_zipf is not None:
        for number, other in matches(table, known.words.strings()):
            zipf[number] = known.word_zipf[other]
    for number in np.flatnonzero(np.isnan(zipf)).tolist():
        zipf[number] = zipf_frequency(table[number])
    return zipf


def matches(table: Sequence[str], words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(position in ``table``, position in ``words``) of each string both sorted
    sequences hold."""
    at, size = 0, len(table)
    for number, word in enumerate(words):
        while at < size and table[at] < word:
            at += 1
        if at == size:
            return
        if table[at] == word:
            yield at, number


def _stem_of(word: str) -> str:
    return "" if word[:1].isdigit() or "." in word else stem(word)


# Common English words (wordfreq's most used) whose stems and frequencies every index keeps
# beside its own words': a question's words that the corpus lacks are mostly among them
# ("supplies" where the article says "supplier"), and then need no language library
# either. The 25,000th is at Zipf 3.1 ("bridesmaids"). Bump saved.FORMAT if this changes.
COMMON_WORDS = ENGLISH_WORDS


@dataclass(frozen=True)
class Lexicon:
    """Written words with their stems and Zipf frequencies, looked up in sorted tables."""

    words: SortedStrings
    stems: Strings  # "" for numbers and initialisms, never stemmed
    zipf: np.ndarray

    def to_arrays(self) -> dict[str, np.ndarray]:
        return (
            nest("words", self.words.to_arrays())
            | nest("stems", self.stems.to_arrays())
            | {"zipf": self.zipf}
        )

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> Lexicon:
        words = SortedStrings.from_arrays(Within(arrays, "words"))
        return cls(words, Strings.from_arrays(Within(arrays, "stems")), arrays["zipf"])


# common_lexicon's, once worked out.
_COMMON: list[Lexicon] = []


def common_lexicon(known: tuple[Sequence[str], Strings] | None = None) -> Lexicon:
    """The COMMON_WORDS most used English words' figures (about 1 s, once a process), the
    stems of those ``known`` (a build's sorted words and their stems, stemmed where they
    were analysed) taken from it."""
    if _COMMON:
        return _COMMON[0]
    from wordfreq import top_n_list

    words = sorted(set(top_n_list("en", COMMON_WORDS)))
    # Each is a word of wordfreq's own list: its Zipf figure is its frequency's, as
    # zipf_frequency rounds it (the same for all 25,000), read from the list at once:
    # 0.08 s against 0.48 s asking word by word.
    frequency = _frequencies()
    zipf = np.array([round(math.log10(frequency[word]) + 9, 2) for word in words])
    stems: list[str | None] = [None] * len(words)
    for other, number in matches(known[0], words) if known is not None else ():
        stems[number] = known[1][other]  # type: ignore[index]
    stems = [_stem_of(word) if s is None else s for word, s in zip(words, stems, strict=True)]
    _COMMON.append(Lexicon(SortedStrings.from_strings(words), Strings.pack(stems), zipf))
    return _COMMON[0]


class Vocabulary:
    """Term IDFs, and written words for mending typos; all arrays, so a saved index maps them."""

    def __init__(
        self,
        terms: SortedStrings,
        idf: np.ndarray,
        words: SortedStrings,
        word_term: np.ndarray,
        unseen_idf: float,
        word_stem: Strings,
        word_zipf: np.ndarray | None,
        common: Lexicon | None = None,
    ) -> None:
        self.terms = terms
        self.idf = idf  # by term id
        self.words = words  # written words, normalised (lowercase, no possessive)
        self.word_term = word_term  # word id -> term id
        self.unseen_idf = unseen_idf
        self.word_stem = word_stem  # word id -> stem ("" for numbers and initialisms)
        # word id -> Zipf frequency; None when wordfreq changed since they were worked out
        self.word_zipf = word_zipf
        self.common = common  # common English words' figures; None as word_zipf is
        self._candidates = lru_cache(maxsize=64)(self._starting_with)
        self._grouped: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def of(
        cls,
        terms: SortedStrings,
        idf: np.ndarray,
        words: SortedStrings,
        word_term: np.ndarray,
        unseen_idf: float,
        stems: Strings,
        known: Vocabulary | None = None,
    ) -> Vocabulary:
        """A new index's vocabulary, given its words' ``stems`` (``table_stems``); the
        common words' figures are taken from the ``known`` vocabulary of the index it
        reuses, if any."""
        table = words.strings()
        if known is not None and known.common:
            common = known.common
        else:
            common = common_lexicon((table, stems))
        zipf = table_zipf(table, known)
        return cls(terms, idf, words, word_term, unseen_idf, stems, zipf, common)

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The written words, their terms, stems and frequencies; the term table and IDFs
        are the BM25's."""
        zipf = self.word_zipf
        if zipf is None:
            zipf = table_zipf(self.words.strings())
        return (
            nest("words", self.words.to_arrays())
            | {"word_term": self.word_term, "zipf": zipf}
            | nest("stems", self.word_stem.to_arrays())
            | nest("common", (self.common or common_lexicon()).to_arrays())
        )

    @classmethod
    def from_arrays(
        cls,
        arrays: Mapping[str, np.ndarray],
        terms: SortedStrings,
        idf: np.ndarray,
        unseen_idf: float,
        zipf_current: bool = True,
    ) -> Vocabulary:
        """The vocabulary ``to_arrays`` gave; its Zipf figures are set aside unless
        ``zipf_current`` (the wordfreq that made them is the one installed)."""
        words = SortedStrings.from_arrays(Within(arrays, "words"))
        stems = Strings.from_arrays(Within(arrays, "stems"))
        zipf = arrays["zipf"] if zipf_current else None
        common = Lexicon.from_arrays(Within(arrays, "common")) if zipf_current else None
        return cls(terms, idf, words, arrays["word_term"], unseen_idf, stems, zipf, common)

    @property
    def stems(self) -> Mapping[str, str]:
        """Written word -> its stem, for the words this vocabulary holds."""
        return _Stems(self)

    @property
    def english(self) -> Container[str] | None:
        """English's COMMON_WORDS most used words, as saved (None where they are not)."""
        return self.common.words if self.common is not None else None

    def zipf(self, word: str) -> float:
        """How common the written ``word`` is in English (wordfreq's Zipf scale)."""
        number = self.words.id(word) if self.word_zipf is not None else None
        if number is not None:
            return float(self.word_zipf[number])  # type: ignore[index]
        common = self.common.words.id(word) if self.common is not None else None
        if common is not None:
            return float(self.common.zipf[common])  # type: ignore[union-attr]
        return zipf_frequency(word)

    def idf_of(self, term: str) -> float | None:
        """The IDF of ``term``, or None if no passage holds it."""
        number = self.terms.id(term)
        return None if number is None else float(self.idf[number])

    def term_of(self, word: str) -> str:
        """The term of the written ``word``, if the corpus writes it ("": it does not)."""
        number = self.words.id(word)
        return "" if number is None else self.terms[int(self.word_term[number])]

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

    def mend(self, word: str) -> tuple[str, str] | None:
        """The term of the corpus word closest to ``word``, and that word (as recorded), if
        ``word`` looks like a typo of it.

        Only words with the same first letter are candidates: typos there are rare, and
        it keeps the search to a small part of a large vocabulary. A word English knows
        is taken as meant, unless it is a common misspelling (MISSPELLING_MAX_ZIPF).
        """
        zipf = self.zipf(word)
        if len(word) < 4 or zipf > MISSPELLING_MAX_ZIPF:
            return None
        if word.startswith("re") and self.zipf(word[2:]) >= REDONE_MIN_ZIPF:
            return None  # "rehired": hired again (REDONE_MIN_ZIPF)
        from rapidfuzz import fuzz, process  # imported when first needed: 0.1 s
        from rapidfuzz.distance import OSA

        known = zipf > TYPO_MAX_ZIPF  # a word of English, or a common misspelling
        limit = 1 if len(word) <= 6 or known else 2
        first, candidates = self._candidates(word[0])
        found = process.extract(
            word, candidates, scorer=OSA.distance, score_cutoff=limit, limit=None
        )
        if not found:
            return None
        # Among the closest words, the one sharing most letters with the typo is the
        # likeliest meant ("elefants": "elephants" before "elements"), then the one
        # ending as it does, in the same form ("greated": "greeted" before "greater"),
        # then the one the corpus uses most.
        closest = min(distance for _, distance, _ in found)
        *_, at, meant = max(
            (
                fuzz.ratio(word, text),
                text[-2:] == word[-2:],
                -float(self.idf[self.word_term[first + i]]),
                -i,  # the earliest of equals, as before
                text,
            )
            for text, distance, i in found
            if distance == closest
        )
        if known and self.zipf(meant) < zipf + MISSPELLING_GAP:
            return None
        return self.terms[int(self.word_term[first - at])], meant

    def _starting_with(self, letter: str) -> tuple[int, list[str]]:
        ids = self.words.starting_with(letter)
        return ids.start, self.words.strings(ids)


class _Stems(Mapping[str, str]):
    """A vocabulary's words' stems, and common English words', looked up in its tables."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary

    def __getitem__(self, word: str) -> str:
        vocabulary = self._vocabulary
        number = vocabulary.words.id(word)
        found = vocabulary.word_stem[number] if number is not None else ""
        if not found and vocabulary.common is not None:
            common = vocabulary.common.words.id(word)
            found = vocabulary.common.stems[common] if common is not None else ""
        if not found:
            raise KeyError(word)
        return found

    def __iter__(self) -> Iterator[str]:
        stems = self._vocabulary.word_stem.strings()
        return (w for w, s in zip(self._vocabulary.words.strings(), stems, strict=True) if s)

    def __len__(self) -> int:
        return sum(1 for _ in self)
