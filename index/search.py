"""The searchable index (articles, passages, analyzer and BM25, all arrays) and ranking."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25, BM25Params, DocTerms
from .corpus import ArticleInfo, FileStat, Problem
from .passages import Passage
from .query import Query
from .terms import Strings
from .vocabulary import Vocabulary

# A passage's score is multiplied by up to 1 + ARTICLE_WEIGHT by how well its whole
# article (title included) matches the question, relative to the best-matching article:
# a sentence from an article about the question's subject beats a lone sentence that
# shares a word with it. Measured with benchmarks/quality.py (README, "Answer quality").
ARTICLE_WEIGHT = 2.0
# A passage's score is also multiplied by the share of the question it covers (each
# question word weighted by its importance) to this power, as Lucene's classic "coord"
# did: a passage matching most of the question beats one matching a single rare word.
COVERAGE_POWER = 1.5
# A question word found in the sentence before or after a passage counts for the passage
# at this share: sentences lean on their neighbours ("The delegation aims...").
NEIGHBOUR_WEIGHT = 0.35
# With k1 = 0, BM25 is the sum of the IDFs of the question's terms the article holds at
# all: how much of the question the article covers, whatever its length.
ARTICLE_COVERAGE = BM25Params(variant="lucene", k1=0.0, b=0.0)


@dataclass(frozen=True)
class Ranked:
    """A passage found for a question."""

    number: int
    score: float  # for ranking: BM25 weighted by the question's coverage in passage and article
    relevance: float  # BM25 score over the best score the question could reach
    coverage: float  # share of the question (by importance) its article holds


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
        """The ``k`` best passages for ``query``, best first."""
        ideal = query.ideal
        if ideal <= 0:
            return []
        matched, scores, covered = _combine(self.bm25, query, self.passage_article)
        if not matched.size:
            return []
        articles, _, article_covered = _combine(self.article_bm25, query)
        by_article = np.zeros(len(self.infos))
        by_article[articles] = article_covered / ideal
        article_coverage = by_article[self.passage_article[matched]]
        ranking = (
            scores * (covered / ideal) ** COVERAGE_POWER * (1 + ARTICLE_WEIGHT * article_coverage)
        )
        order = np.lexsort((matched, -ranking))[:k]
        return [
            Ranked(
                int(matched[i]),
                float(ranking[i]),
                float(scores[i]) / ideal,
                float(article_coverage[i]),
            )
            for i in order
        ]


def _combine(
    bm25: BM25, query: Query, owners: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(documents, score, importance of the question words they match) over all words.

    With ``owners`` (passage -> article), a word matched in the sentence before or after
    counts too, at NEIGHBOUR_WEIGHT: "The delegation aims..." follows the sentence that
    names MRTV.
    """
    docs, scores, shares, covered = [], [], [], []
    for word in query.words:
        if not word.terms:
            continue
        found, best = bm25.best_of(word.terms)
        share = np.ones(found.size)
        if owners is not None and NEIGHBOUR_WEIGHT > 0:
            found, best, share = _with_neighbours(found, best, owners)
        docs.append(found)
        scores.append(best)
        shares.append(share)
        covered.append(share * word.importance)
    if not docs:
        empty = np.zeros(0)
        return np.zeros(0, dtype=np.int32), empty, empty
    matched, inverse = np.unique(np.concatenate(docs), return_inverse=True)
    # Only a passage that itself holds a question word is quoted; neighbours only lend.
    own = np.bincount(inverse, weights=np.concatenate(shares) == 1.0) > 0
    total = np.bincount(inverse, weights=np.concatenate(scores))
    covered_total = np.bincount(inverse, weights=np.concatenate(covered))
    return matched[own], total[own], covered_total[own]


def _with_neighbours(
    found: np.ndarray, best: np.ndarray, owners: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One word's passages and scores, lent at NEIGHBOUR_WEIGHT to the passages either side
    in the same article; each passage keeps the best it gets, with the share it counts."""
    docs = [found]
    values = [best]
    shares = [np.ones(found.size)]
    for step in (-1, 1):
        near = found + step
        inside = (near >= 0) & (near < owners.size)
        near, origin = near[inside], found[inside]
        same = owners[near] == owners[origin]
        docs.append(near[same])
        values.append(best[inside][same] * NEIGHBOUR_WEIGHT)
        shares.append(np.full(int(same.sum()), NEIGHBOUR_WEIGHT))
    docs_all, values_all = np.concatenate(docs), np.concatenate(values)
    shares_all = np.concatenate(shares)
    order = np.lexsort((-values_all, docs_all))
    docs_all, values_all, shares_all = docs_all[order], values_all[order], shares_all[order]
    first = np.ones(docs_all.size, dtype=bool)
    first[1:] = docs_all[1:] != docs_all[:-1]
    return docs_all[first], values_all[first], shares_all[first]
