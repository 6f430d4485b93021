"""Rank an index's passages for a question: BM25 with the question's coverage, the article's
and the neighbouring sentences' evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .arrays import find_sorted, lookup, lookup_sorted, merge_sorted, top_k
from .index import Index
from .query import Query, Word, year_asked

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
# A year asked counts for a passage whose article was published in it, and does not write
# it, at this share of its importance: news says "on Sunday", not "in 2024".
DATED_WEIGHT = 0.35
DATED_SHARE = 0.5


@dataclass(frozen=True)
class Ranked:
    """A passage found for a question."""

    number: int
    score: float  # for ranking: BM25 weighted by the question's coverage in passage and article
    relevance: float  # BM25 score over the best score the question could reach
    coverage: float  # share of the question (by importance) its article holds
    own: float  # BM25 score of its own words alone: the same for sentences that read alike


def numbers_of(ranked: Sequence[Ranked], reach: int | None = None) -> np.ndarray:
    """The passage numbers of ``ranked`` (of its first ``reach``, if given), in order."""
    return np.array([r.number for r in ranked[:reach]], dtype=np.int64)


class Postings(NamedTuple):
    """The passages holding one question word (any of its alternatives), in order, with
    the word's BM25 score in each and the word's importance."""

    docs: np.ndarray
    scores: np.ndarray
    importance: float


def rank(
    index: Index, query: Query, k: int, within: range | np.ndarray | None = None
) -> list[Ranked]:
    """The ``k`` best passages of ``index`` for ``query``, best first; only passages
    numbered ``within``, if given (one article's range, or passages in order: those
    saying a quoted phrase). Their neighbours lend them words all the same.

    A first pass ranks every passage holding a question word by its own words; the best
    CANDIDATES of those are ranked again with their article's share of the question
    and the words their neighbouring sentences lend, which costs lookups per candidate,
    not per posting.
    """
    ideal = query.ideal
    if ideal <= 0:
        return []
    # A year the passages do not write is asked all the same where articles were
    # published in it: "who won euro 2024?" of an article dated 2024-07-14.
    asked = [(w, dated_year(index, w)) for w in query.words]
    asked = [(w, year) for w, year in asked if w.alternatives or year]
    words, years = [w for w, _ in asked], [year for _, year in asked]
    postings = [Postings(*index.bm25.best_of(w.alternatives), w.importance) for w in words]
    first = postings if within is None else [_inside(p, within) for p in postings]
    matched, own = _first_pass(first, max(k, CANDIDATES))
    if not matched.size:
        return []
    article_coverage = held_by_articles(index, matched, words) / ideal
    boost = 1 + ARTICLE_WEIGHT * article_coverage
    scores, covered = _with_neighbours(index, matched, postings, years)
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


def _inside(postings: Postings, within: range | np.ndarray) -> Postings:
    """The postings of passages numbered ``within`` (a range, or passages in order)."""
    if isinstance(within, range):
        start, stop = np.searchsorted(postings.docs, [within.start, within.stop])
        keep: slice | np.ndarray = slice(start, stop)
    else:
        keep = find_sorted(within, postings.docs)[1]
    return Postings(postings.docs[keep], postings.scores[keep], postings.importance)


def held_by_articles(index: Index, passages: np.ndarray, words: Sequence[Word]) -> np.ndarray:
    """For each passage, the importance of the question words its article holds; words
    read from one written word, only where it holds them all ("nations" alone is no UN);
    a year, also where the article was published in it."""
    articles = index.passages.article[passages]
    held = [index.article_bm25.holding(word.alternatives, articles) for word in words]
    years = [dated_year(index, word) for word in words]
    if any(years):  # "who won euro 2024?"
        published = index.years()[articles]
        held = [h | (published == y) if y else h for h, y in zip(held, years, strict=True)]
    covered = np.zeros(passages.size)
    for word, found in zip(words, held_together(words, held), strict=True):
        covered += word.importance * found
    return covered


def dated_year(index: Index, word: Word) -> int:
    """The year ``word`` asks (``year_asked``) where some articles of ``index`` were
    published in it, and at most DATED_SHARE of them: a year most of the corpus is dated
    in tells no article from another ("who won the 2026 world cup?" of a corpus of 2026
    names no world cup); 0 otherwise."""
    year = year_asked(word)
    if not year:
        return 0
    published = index.years()
    dated = np.count_nonzero(published == year)
    return year if 0 < dated <= DATED_SHARE * published.size else 0


def held_together(words: Sequence[Word], held: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Each word's ``held`` (how much each passage or article holds it), words read from
    one written word ("UN": united, nations) held only as much as all of them are."""
    least: dict[int, np.ndarray] = {}
    for word, found in zip(words, held, strict=True):
        if word.together >= 0:
            least[word.together] = np.minimum(least.get(word.together, found), found)
    return [
        least[word.together] if word.together >= 0 else found
        for word, found in zip(words, held, strict=True)
    ]


def _with_neighbours(
    index: Index, candidates: np.ndarray, postings: list[Postings], years: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """Score and covered importance of each candidate, a question word found in the
    sentence before or after (same article) counting at NEIGHBOUR_WEIGHT: "The
    delegation aims..." follows the sentence that names MRTV; a year asked (``years``, 0
    for a word that is none), at DATED_WEIGHT of its importance in an article published
    in it."""
    owners = index.passages.article
    # Rows: the sentence before, the candidate, the sentence after; a neighbour outside
    # the article (or the corpus) lends nothing.
    near = candidates + np.array([[-1], [0], [1]], dtype=candidates.dtype)
    inside = np.minimum(np.maximum(near, 0), owners.size - 1)  # np.clip costs more
    same = (inside == near) & (owners[inside] == owners[candidates])
    scores = np.zeros(candidates.size)
    covered = np.zeros(candidates.size)
    published = index.years()[owners[candidates]] if any(years) else None
    for word, year in zip(postings, years, strict=True):
        before, own, after = lookup(word.docs, word.scores, inside) * same
        lent = NEIGHBOUR_WEIGHT * np.maximum(before, after)
        share = NEIGHBOUR_WEIGHT * (lent > 0)
        if year and published is not None:
            dated = published == year
            lent = np.maximum(lent, DATED_WEIGHT * word.importance * dated)
            share = np.maximum(share, DATED_WEIGHT * dated)
        scores += np.maximum(own, lent)
        covered += word.importance * np.where(own > 0, 1.0, share)
    return scores, covered


def _first_pass(postings: list[Postings], k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` passages that rank best by their own words, BM25 times the question's
    covered share to COVERAGE_POWER, and their BM25 scores."""
    postings = [p for p in postings if p.docs.size]
    if len(postings) > 1:
        common = max(range(len(postings)), key=lambda i: postings[i].docs.size)
        if 2 * postings[common].docs.size >= sum(p.docs.size for p in postings):
            found = _first_pass_without(postings, common, k)
            if found is not None:
                return found
    docs, scores, covered = _sum_words(postings)
    keep = top_k(scores * covered**COVERAGE_POWER, k)
    return docs[keep], scores[keep]


def _first_pass_without(
    postings: list[Postings], common: int, k: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """The first pass over the passages holding a word other than the ``common`` one,
    which is only looked up for them; None unless their k-th best beats the most that a
    passage holding the common word alone can reach (then none of those is among the k).

    When one word holds most of the question's postings, this skips merging them, the
    costliest step of a question: at 1M sentences 112 of the 200 benchmark questions are
    ranked so, 38 try and fall back (benchmarks/scale.py).
    """
    most = postings[common]
    rest = postings[:common] + postings[common + 1 :]
    if sum(p.docs.size for p in rest) < k:  # fewer than k passages: known before merging
        return None
    docs, scores, covered = _sum_words(rest)
    if docs.size < k:
        return None
    held = lookup_sorted(most.docs, most.scores, docs)
    scores = scores + held
    first = scores * (covered + most.importance * (held > 0)) ** COVERAGE_POWER
    keep = top_k(first, k)
    if first[keep].min() < most.scores.max() * most.importance**COVERAGE_POWER:
        return None
    return docs[keep], scores[keep]


def _sum_words(postings: list[Postings]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(passages, summed score, summed importance of the words they hold)."""
    if not postings:
        empty = np.zeros(0)
        return np.zeros(0, dtype=np.int32), empty, empty
    docs, (scores, covered) = merge_sorted(
        [p.docs for p in postings],
        [[p.scores for p in postings], [np.full(p.docs.size, p.importance) for p in postings]],
        np.add,
    )
    return docs, scores, covered
