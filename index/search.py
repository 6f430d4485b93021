"""The searchable index (articles, passages, analyzer and BM25, all arrays) and ranking."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25, BM25Params, DocTerms, merge_sorted
from .corpus import ArticleInfo, FileStat, Problem
from .passages import Passage
from .query import Query, Word
from .terms import Strings
from .vocabulary import Vocabulary

# A passage's score is multiplied by 1 + ARTICLE_WEIGHT times the share of the question
# (by importance) its whole article, title included, holds: a sentence from an article
# about the question's subject beats a lone sentence that shares a word with it.
# Measured with benchmarks/quality.py (README, "Answer quality").
ARTICLE_WEIGHT = 2.0
# A passage's score is also multiplied by the share of the question it covers (each
# question word weighted by its importance) to this power, as Lucene's classic "coord"
# did: a passage matching most of the question beats one matching a single rare word.
COVERAGE_POWER = 1.5
# A question word found in the sentence before or after a passage counts for the passage
# at this share: sentences lean on their neighbours ("The delegation aims...").
NEIGHBOUR_WEIGHT = 0.35
# How many passages the first pass keeps for the second, which adds the article's share of
# the question and the neighbours' words. 300, 1000 and 3000 give the same answers on both
# question sets.
CANDIDATES = 300
# Articles are only asked which question words they hold, whatever their length: k1 = 0
# makes every posting weigh its term's IDF, however often the term occurs.
ARTICLE_COVERAGE = BM25Params(variant="lucene", k1=0.0, b=0.0)


@dataclass(frozen=True)
class Ranked:
    """A passage found for a question."""

    number: int
    score: float  # for ranking: BM25 weighted by the question's coverage in passage and article
    relevance: float  # BM25 score over the best score the question could reach
    coverage: float  # share of the question (by importance) its article holds
    own: float  # BM25 score of its own words alone: the same for sentences that read alike


class Passages:
    """The passages as columns of numbers and a table of texts; a Passage is made on access."""

    COLUMNS = ("article", "paragraph", "sentence", "start", "end")

    def __init__(self, columns: Mapping[str, np.ndarray], texts: Strings) -> None:
        self._columns = dict(columns)
        self.texts = texts

    def column(self, name: str) -> np.ndarray:
        return self._columns[name]

    def __len__(self) -> int:
        return len(self.texts)

    def get(self, number: int, article_id: str) -> Passage:
        c = self._columns
        return Passage(
            article_id,
            int(c["paragraph"][number]),
            int(c["sentence"][number]),
            int(c["start"][number]),
            int(c["end"][number]),
            self.texts[number],
        )


class ArticleSpans(Mapping[str, range]):
    """Article id -> the numbers of its passages, in reading order."""

    def __init__(self, numbers: Mapping[str, int], first: np.ndarray) -> None:
        self._numbers = numbers
        self._first = first

    def __getitem__(self, article_id: str) -> range:
        number = self._numbers[article_id]
        return range(int(self._first[number]), int(self._first[number + 1]))

    def __iter__(self) -> Iterator[str]:
        return iter(self._numbers)

    def __len__(self) -> int:
        return len(self._numbers)


class PassageList:
    """``index.passages``: the passages as a read-only sequence."""

    def __init__(self, index: Index) -> None:
        self._index = index

    def __len__(self) -> int:
        return len(self._index.passages_table)

    def __getitem__(self, number: int) -> Passage:
        if not 0 <= number < len(self):
            raise IndexError(number)
        return self._index.passage(number)

    def __iter__(self) -> Iterator[Passage]:
        return (self._index.passage(n) for n in range(len(self)))


@dataclass(frozen=True)
class Index:
    """Everything a question is answered from. The analyzer is part of it: questions are
    always analysed exactly as the passages were."""

    directory: Path
    infos: tuple[ArticleInfo, ...]  # by article number
    passages_table: Passages
    analyzer: Analyzer
    docs: DocTerms  # each passage's analysed terms, kept for incremental rebuilds
    titles: DocTerms  # each article's title terms, likewise
    bm25: BM25  # over passages
    article_bm25: BM25  # coverage of whole articles, by article number
    vocabulary: Vocabulary
    files: tuple[FileStat, ...] = ()  # the corpus files as they were when indexed
    problems: tuple[Problem, ...] = ()
    articles: Mapping[str, ArticleInfo] = field(init=False)
    spans: ArticleSpans = field(init=False)

    def __post_init__(self) -> None:
        articles = {info.id: info for info in self.infos}
        numbers = {info.id: n for n, info in enumerate(self.infos)}
        owner = self.passages_table.column("article")
        first = np.searchsorted(owner, np.arange(len(self.infos) + 1), side="left")
        object.__setattr__(self, "articles", articles)
        object.__setattr__(self, "spans", ArticleSpans(numbers, first))

    @property
    def passages(self) -> PassageList:
        return PassageList(self)

    @property
    def passage_article(self) -> np.ndarray:
        return self.passages_table.column("article")

    def passage(self, number: int) -> Passage:
        info = self.infos[int(self.passage_article[number])]
        return self.passages_table.get(number, info.id)

    def neighbours(self, number: int, around: int = 1) -> list[Passage]:
        """Passage ``number`` with up to ``around`` passages of its article on each side."""
        span = self.spans[self.passage(number).article_id]
        first, last = max(span.start, number - around), min(span.stop, number + around + 1)
        return [self.passage(n) for n in range(first, last)]

    def rank(self, query: Query, k: int) -> list[Ranked]:
        """The ``k`` best passages for ``query``, best first.

        A first pass ranks every passage holding a question word by its own words; the best
        CANDIDATES of those are ranked again with their article's share of the question
        and the words their neighbouring sentences lend, which costs lookups per
        candidate, not per posting.
        """
        ideal = query.ideal
        if ideal <= 0:
            return []
        words = [(w, *self.bm25.best_of(w.terms)) for w in query.words if w.terms]
        matched, own = _first_pass(
            [(docs, best, w.importance) for w, docs, best in words], max(k, CANDIDATES)
        )
        if not matched.size:
            return []
        article_coverage = self._article_coverage(matched, [w for w, _, _ in words]) / ideal
        boost = 1 + ARTICLE_WEIGHT * article_coverage
        scores, covered = self._with_neighbours(matched, words)
        ranking = scores * (covered / ideal) ** COVERAGE_POWER * boost
        order = np.lexsort((matched, -ranking))[:k]
        return [
            Ranked(*row)
            for row in zip(
                matched[order].tolist(),
                ranking[order].tolist(),
                (scores[order] / ideal).tolist(),
                article_coverage[order].tolist(),
                own[order].tolist(),
                strict=True,
            )
        ]

    def _article_coverage(self, passages: np.ndarray, words: list[Word]) -> np.ndarray:
        """For each passage, the importance of the question words its article holds."""
        articles = self.passage_article[passages]
        covered = np.zeros(passages.size)
        for word in words:
            held = np.zeros(passages.size, dtype=bool)
            for docs in self.article_bm25.documents(word.terms):
                held |= _find(docs, articles)[1]
            covered += word.importance * held
        return covered

    def _with_neighbours(
        self, candidates: np.ndarray, words: list[tuple[Word, np.ndarray, np.ndarray]]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Score and covered importance of each candidate, a question word found in the
        sentence before or after (same article) counting at NEIGHBOUR_WEIGHT: "The
        delegation aims..." follows the sentence that names MRTV."""
        owners = self.passage_article
        # Rows: the sentence before, the candidate, the sentence after; a neighbour outside
        # the article (or the corpus) lends nothing.
        near = candidates + np.array([[-1], [0], [1]], dtype=candidates.dtype)
        inside = np.minimum(np.maximum(near, 0), owners.size - 1)  # np.clip costs more
        same = (inside == near) & (owners[inside] == owners[candidates])
        scores = np.zeros(candidates.size)
        covered = np.zeros(candidates.size)
        for word, docs, best in words:
            before, own, after = _lookup(docs, best, inside) * same
            lent = np.maximum(before, after)
            scores += np.maximum(own, NEIGHBOUR_WEIGHT * lent)
            covered += word.importance * np.where(own > 0, 1.0, NEIGHBOUR_WEIGHT * (lent > 0))
        return scores, covered


def _lookup(docs: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """values[i] where docs[i] == wanted (docs sorted), else 0, for each wanted document
    (any shape)."""
    at, found = _find(docs, wanted)
    return np.where(found, values[at], 0) if docs.size else np.zeros(wanted.shape)


def _lookup_sorted(docs: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """_lookup for wanted documents in order, none repeated: past a few thousand, merging
    the two lists (a stable sort of two sorted runs) costs less than a binary search for
    each (measured: 7000 in 20000, 78 us against 130 us)."""
    if wanted.size * np.log2(max(docs.size, 2)) <= 2 * (wanted.size + docs.size):
        return _lookup(docs, values, wanted)
    both = np.concatenate([docs, wanted])
    order = np.argsort(both, kind="stable")
    ordered = both[order]
    pair = np.flatnonzero(ordered[1:] == ordered[:-1])  # a document, then the same wanted one
    found = np.zeros(wanted.size, dtype=values.dtype)
    found[order[pair + 1] - docs.size] = values[order[pair]]
    return found


def _find(docs: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each wanted document, where it is or would be in ``docs`` (sorted), clipped to
    a valid position, and whether it is there."""
    if not docs.size:
        return np.zeros(wanted.shape, dtype=np.intp), np.zeros(wanted.shape, dtype=bool)
    wanted = wanted.astype(docs.dtype, copy=False)  # else numpy converts all of ``docs``
    at = np.minimum(np.searchsorted(docs, wanted), docs.size - 1)
    return at, docs[at] == wanted


def _best(values: np.ndarray, k: int) -> np.ndarray:
    """The positions of the ``k`` largest values, in no order.

    numpy partitions at about 10 ns a value, which at tens of thousands of matched
    passages is much of a question's time. A sample of about eight times k values gives
    a threshold that a few more than k values reach (the expected count plus three standard
    deviations); only those are partitioned. If fewer than k reach it, every value is.
    """
    if values.size <= k:
        return np.arange(values.size)
    step = values.size // (8 * k)
    if step >= 2:
        sample = values[::step]
        expected = k // step
        place = max(sample.size - (expected + int(3 * expected**0.5) + 4), 0)
        threshold = np.partition(sample, place)[place]
        above = np.flatnonzero(values >= threshold)
        if above.size >= k:
            return above[np.argpartition(-values[above], k - 1)[:k]]
    return np.argpartition(-values, k - 1)[:k]


def _first_pass(
    words: list[tuple[np.ndarray, np.ndarray, float]], k: int
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` passages that rank best by their own words, BM25 times the question's
    covered share to COVERAGE_POWER, and their BM25 scores, over question words given as
    (sorted passages, score, importance)."""
    words = [w for w in words if w[0].size]
    if len(words) > 1:
        common = max(range(len(words)), key=lambda i: words[i][0].size)
        if 2 * words[common][0].size >= sum(docs.size for docs, _, _ in words):
            found = _first_pass_without(words, common, k)
            if found is not None:
                return found
    docs, scores, covered = _sum_words(words)
    keep = _best(scores * covered**COVERAGE_POWER, k)
    return docs[keep], scores[keep]


def _first_pass_without(
    words: list[tuple[np.ndarray, np.ndarray, float]], common: int, k: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """The first pass over the passages holding a word other than the ``common`` one,
    which is only looked up for them; None unless their k-th best beats the most that a
    passage holding the common word alone can reach (then none of those is among the k).

    When one word holds most of the question's postings, this skips merging them, the
    costliest step of a question: at 1M sentences 112 of the 200 benchmark questions are
    ranked so, 38 try and fall back (benchmarks/scale.py).
    """
    common_docs, common_scores, importance = words[common]
    docs, scores, covered = _sum_words(words[:common] + words[common + 1 :])
    if docs.size < k:
        return None
    held = _lookup_sorted(common_docs, common_scores, docs)
    scores = scores + held
    first = scores * (covered + importance * (held > 0)) ** COVERAGE_POWER
    keep = _best(first, k)
    if first[keep].min() < common_scores.max() * importance**COVERAGE_POWER:
        return None
    return docs[keep], scores[keep]


def _sum_words(
    words: list[tuple[np.ndarray, np.ndarray, float]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(documents, summed score, summed importance of the words they hold) over question
    words given as (sorted documents, score, importance)."""
    if not words:
        empty = np.zeros(0)
        return np.zeros(0, dtype=np.int32), empty, empty
    docs, (scores, covered) = merge_sorted(
        [d for d, _, _ in words],
        [[s for _, s, _ in words], [np.full(d.size, imp) for d, _, imp in words]],
        np.add,
    )
    return docs, scores, covered
