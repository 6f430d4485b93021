"""The searchable index: articles, passages, analyzer and BM25 built together, and ranking."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25, BM25Params
from .corpus import Article, CorpusLoad, Problem, read_corpus
from .errors import CorpusError
from .passages import Passage, passages_of
from .query import Query, Vocabulary

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


@dataclass(frozen=True)
class Index:
    """Everything a question is answered from. The analyzer is part of it: questions are
    always analysed exactly as the passages were."""

    directory: Path
    articles: Mapping[str, Article]
    passages: tuple[Passage, ...]
    analyzer: Analyzer
    bm25: BM25  # over passages
    article_bm25: BM25  # coverage of whole articles, in the order of ``articles``
    passage_article: np.ndarray  # passage number -> article number
    spans: Mapping[str, range]  # article id -> its passages' numbers, in reading order
    vocabulary: Vocabulary
    problems: tuple[Problem, ...] = ()

    def neighbours(self, number: int, around: int = 1) -> list[Passage]:
        """Passage ``number`` with up to ``around`` passages of its article on each side."""
        span = self.spans[self.passages[number].article_id]
        first, last = max(span.start, number - around), min(span.stop, number + around + 1)
        return list(self.passages[first:last])

    def rank(self, query: Query, k: int) -> list[Ranked]:
        """The ``k`` best passages for ``query``, best first."""
        ideal = query.ideal
        if ideal <= 0:
            return []
        matched, scores, covered = _combine(self.bm25, query, self.passage_article)
        if not matched.size:
            return []
        articles, _, article_covered = _combine(self.article_bm25, query)
        by_article = np.zeros(len(self.articles))
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


DEFAULT_ANALYZER = Analyzer()
DEFAULT_BM25 = BM25Params()


def build_index(
    load: CorpusLoad, analyzer: Analyzer = DEFAULT_ANALYZER, params: BM25Params = DEFAULT_BM25
) -> Index:
    """Index the articles of ``load``; raises CorpusError if there are none."""
    if not load.articles:
        reasons = "; ".join(str(p) for p in load.problems[:5]) or "no article files"
        raise CorpusError(f"no readable articles in {str(load.directory)!r}: {reasons}")
    passages: list[Passage] = []
    spans = {}
    docs: list[list[str]] = []
    article_docs: list[list[str]] = []
    owner: list[int] = []
    words: dict[str, str] = {}
    for number, article in enumerate(load.articles):
        first = len(passages)
        passages.extend(passages_of(article))
        spans[article.id] = range(first, len(passages))
        article_terms = analyzer.analyze(article.title)
        for passage in passages[first:]:
            terms = analyzer.terms(passage.text)
            docs.append([t.term for t in terms])
            article_terms.extend(docs[-1])
            for t in terms:
                words.setdefault(t.word, t.term)
        article_docs.append(article_terms)
        owner.extend([number] * (len(passages) - first))
    bm25 = BM25.build(docs, params)
    vocabulary = Vocabulary(bm25.idf_of(), words, bm25.unseen_idf())
    return Index(
        directory=load.directory,
        articles={a.id: a for a in load.articles},
        passages=tuple(passages),
        analyzer=analyzer,
        bm25=bm25,
        article_bm25=BM25.build(article_docs, ARTICLE_COVERAGE),
        passage_article=np.asarray(owner, dtype=np.int32),
        spans=spans,
        vocabulary=vocabulary,
        problems=load.problems,
    )


def open_index(directory: Path | str) -> Index:
    """Read the corpus in ``directory`` and index it."""
    return build_index(read_corpus(directory))
