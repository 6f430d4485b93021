"""BM25 over passages: the formulas, and postings that score only the question's terms."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np

from .arrays import chain_offsets, concat, find_sorted, gather_rows, merge_sorted
from .strings import SortedStrings

if TYPE_CHECKING:
    from scipy import sparse

# Chosen with benchmarks/quality.py over k1 0.9-1.5 and b 0.3-0.75 once coverage, article
# and neighbour evidence were in place (docs/answer-quality.md); Lucene's IDF beat
# Okapi's at every setting tried.
K1 = 0.9
B = 0.75
# rank-bm25's floor for Okapi's negative IDF: epsilon times the mean IDF.
OKAPI_EPSILON = 0.25


@dataclass(frozen=True)
class BM25Params:
    """Which BM25: ``variant`` is "lucene" (IDF never negative) or "okapi" (rank-bm25's)."""

    variant: str = "lucene"
    k1: float = K1
    b: float = B
    epsilon: float = OKAPI_EPSILON

    def __post_init__(self) -> None:
        if self.variant not in ("lucene", "okapi"):
            raise ValueError(f"unknown BM25 variant {self.variant!r}: use 'lucene' or 'okapi'")


def lucene_idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """Lucene's BM25 IDF, never negative: log(1 + (N - df + 0.5) / (df + 0.5))."""
    return np.log1p((n_docs - df + 0.5) / (df + 0.5))


def okapi_idf(df: np.ndarray, n_docs: int, epsilon: float = OKAPI_EPSILON) -> np.ndarray:
    """Okapi BM25 IDF as rank-bm25 computes it: log((N - df + 0.5) / (df + 0.5)).

    It is negative for terms in more than half of the passages; those get
    ``epsilon`` times the mean IDF instead, as in ``rank_bm25.BM25Okapi``.
    """
    idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5)
    if idf.size:
        idf = np.where(idf < 0, epsilon * idf.mean(), idf)
    return idf


def idf_of(df: np.ndarray, n_docs: int, params: BM25Params) -> np.ndarray:
    """The IDF of terms held by ``df`` of ``n_docs`` documents, by the variant of ``params``."""
    if params.variant == "okapi":
        return okapi_idf(df, n_docs, params.epsilon)
    return lucene_idf(df, n_docs)


def term_frequency_weight(
    tf: np.ndarray, doc_len: np.ndarray, avg_len: float, k1: float, b: float
) -> np.ndarray:
    """BM25's saturating term frequency: tf (k1 + 1) / (tf + k1 (1 - b + b |d| / avgdl))."""
    # The same operations in the same order, in two arrays: at 10M postings each
    # temporary array is another 40 MB to allocate and fill.
    norm = np.multiply(b, doc_len)
    norm /= avg_len
    norm += 1 - b
    norm *= k1
    norm += tf
    weight = np.multiply(tf, k1 + 1)
    weight /= norm
    return weight


@dataclass(frozen=True)
class DocTerms:
    """Each document's terms with their counts, as compressed rows: the analysed corpus,
    kept so that a reload re-analyses only the files that changed."""

    indptr: np.ndarray  # int64, document d's terms are at indptr[d]:indptr[d + 1]
    term: np.ndarray  # int32 term ids
    tf: np.ndarray  # int32 counts

    @property
    def n_docs(self) -> int:
        return len(self.indptr) - 1

    def terms_of(self, doc: int) -> np.ndarray:
        """Document ``doc``'s term ids."""
        return self.term[self.indptr[doc] : self.indptr[doc + 1]]

    def matrix(self, n_terms: int, copy: bool = False) -> sparse.csr_matrix:
        """The counts as a documents x terms sparse matrix (over these arrays, unless
        ``copy``)."""
        from scipy import sparse  # only builds need it: importing costs 0.2 s a start

        return sparse.csr_matrix(
            (self.tf, self.term, self.indptr), shape=(self.n_docs, n_terms), copy=copy
        )

    def sorted_rows(self) -> DocTerms:
        """The same documents, each one's terms in the order of their ids: the form that
        does not depend on the order the terms were met in."""
        matrix = self.matrix(int(self.term.max()) + 1 if self.term.size else 0, copy=True)
        matrix.sort_indices()  # in C, row by row
        return DocTerms(self.indptr, matrix.indices.astype(np.int32), matrix.data.astype(np.int32))

    def by_term(self, n_terms: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The same counts grouped by term, as postings: (term t's first posting, each
        posting's document, its count), each term's documents in order; and each
        document's length."""
        # Turning document rows into term columns is what scipy's CSR to CSC conversion
        # does, in one counting pass in C, each column's documents in order: about ten
        # times faster than sorting the postings by term with numpy at 1M sentences.
        matrix = self.matrix(n_terms)
        lengths = np.asarray(matrix.sum(axis=1), dtype=np.float64).ravel()
        by_term = matrix.tocsc()
        return by_term.indptr, by_term.indices, by_term.data, lengths

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {"indptr": self.indptr, "term": self.term, "tf": self.tf}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> DocTerms:
        return cls(arrays["indptr"], arrays["term"], arrays["tf"])

    def rows(self, rows: np.ndarray) -> DocTerms:
        """The documents at ``rows``, in that order."""
        indptr, (term, tf) = gather_rows(self.indptr, rows, self.term, self.tf)
        return DocTerms(indptr, term, tf)

    @staticmethod
    def stack(parts: Sequence[DocTerms]) -> DocTerms:
        """The documents of several tables, one table after the other."""
        return DocTerms(
            chain_offsets([p.indptr for p in parts]),
            concat([p.term[p.indptr[0] : p.indptr[-1]] for p in parts], np.int32),
            concat([p.tf[p.indptr[0] : p.indptr[-1]] for p in parts], np.int32),
        )

    @classmethod
    def from_ids(cls, docs: Sequence[Sequence[int]]) -> DocTerms:
        """From each document's term ids in order, repeats kept: each document's distinct
        terms in id order, with their counts."""
        lengths = np.fromiter(map(len, docs), np.int64, len(docs))
        ids = np.fromiter(chain.from_iterable(docs), np.int64, int(lengths.sum()))
        # (document, term) pairs as one sortable key; counted in one pass, not a Counter
        # a document (2,500 documents of up to 40 ids: 34 -> 7 ms).
        bound = int(ids.max()) + 1 if ids.size else 1
        keys, counts = np.unique(
            np.repeat(np.arange(len(docs), dtype=np.int64), lengths) * bound + ids,
            return_counts=True,
        )
        indptr = np.zeros(len(docs) + 1, np.int64)
        np.cumsum(np.bincount(keys // bound, minlength=len(docs)), out=indptr[1:])
        return cls(indptr, (keys % bound).astype(np.int32), counts.astype(np.int32))


@dataclass(frozen=True)
class BM25:
    """Per-term postings with each passage's precomputed BM25 weight for that term."""

    params: BM25Params
    terms: SortedStrings
    idf: np.ndarray  # by term id
    postings_start: np.ndarray  # term id -> first posting; postings_start[-1] = total
    postings_doc: np.ndarray  # int32 passage number of each posting, grouped by term
    postings_weight: np.ndarray  # float32 idf * tf weight of each posting
    n_docs: int

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The postings and IDFs; the term table and the parameters are saved by the caller."""
        return {
            "idf": self.idf,
            "start": self.postings_start,
            "doc": self.postings_doc,
            "weight": self.postings_weight,
        }

    @classmethod
    def from_arrays(
        cls,
        arrays: Mapping[str, np.ndarray],
        terms: SortedStrings,
        params: BM25Params,
        n_docs: int,
    ) -> BM25:
        return cls(
            params, terms, arrays["idf"], arrays["start"], arrays["doc"], arrays["weight"], n_docs
        )

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]], params: BM25Params | None = None) -> BM25:
        """Index ``docs``, each a document's terms."""
        terms = SortedStrings.from_strings(t for doc in docs for t in doc)
        ids = {term: number for number, term in enumerate(terms.strings())}
        counts = DocTerms.from_ids([[ids[t] for t in doc] for doc in docs])
        return cls.from_doc_terms(terms, counts, params or BM25Params())

    @classmethod
    def from_doc_terms(cls, terms: SortedStrings, docs: DocTerms, params: BM25Params) -> BM25:
        """Index documents given as term counts over the table ``terms``."""
        return cls.from_postings(terms, *docs.by_term(len(terms)), params)

    @classmethod
    def from_postings(
        cls,
        terms: SortedStrings,
        start: np.ndarray,
        doc: np.ndarray,
        tf: np.ndarray,
        doc_len: np.ndarray,
        params: BM25Params,
    ) -> BM25:
        """Index postings grouped by term (term t's are at start[t]:start[t + 1]), each
        term's in document order."""
        n_docs = doc_len.size
        df = np.diff(start)
        idf = idf_of(df.astype(np.float64), n_docs, params)
        avg_len = float(doc_len.mean()) if n_docs and doc_len.mean() > 0 else 1.0
        # float32 throughout: the weights are stored as float32, and this is the step
        # whose time a reload of a large corpus waits for.
        weight = term_frequency_weight(
            tf.astype(np.float32),
            doc_len.astype(np.float32)[doc],
            np.float32(avg_len),
            np.float32(params.k1),
            np.float32(params.b),
        )
        weight *= np.repeat(idf.astype(np.float32), df)
        return cls(
            params,
            terms,
            idf,
            start.astype(np.int64, copy=False),
            doc.astype(np.int32, copy=False),
            weight.astype(np.float32, copy=False),
            n_docs,
        )

    def unseen_idf(self) -> float:
        """The IDF a term would have if no passage held it: the most a term can weigh."""
        return float(idf_of(np.zeros(1), self.n_docs, self.params)[0])

    def scores(self, terms: Sequence[str] | Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """(passage numbers, scores) of every passage holding a term of ``terms``.

        ``terms`` is a list, in which a repeated term counts as often as it is repeated
        (as in rank-bm25), or a mapping of each term to its weight.
        """
        docs, weights = self._postings(terms if isinstance(terms, Mapping) else Counter(terms))
        if not docs.size:
            return docs, weights
        matched, inverse = np.unique(docs, return_inverse=True)
        return matched, np.bincount(inverse, weights=weights)

    def best_of(self, alternatives: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """(passage numbers in order, scores) for terms that stand for one question word: in
        each passage only the best of them counts, so a passage saying "planes" and
        "aircraft" is not counted twice for "jets"."""
        runs = self._runs(alternatives)
        if not runs:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        docs, (best,) = merge_sorted([d for d, _ in runs], [[w for _, w in runs]], np.maximum)
        return docs, best

    def _postings(self, weighted: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """The postings of the terms, each weight multiplied by the term's weight."""
        runs = self._runs(weighted)
        if not runs:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        return np.concatenate([d for d, _ in runs]), np.concatenate([w for _, w in runs])

    def documents(self, terms: Iterable[str]) -> list[np.ndarray]:
        """The passages holding each known term of ``terms``, each list in order."""
        return [self.postings_doc[span] for _, span in self._spans(terms)]

    def holding(self, terms: Iterable[str], wanted: np.ndarray) -> np.ndarray:
        """For each of the ``wanted`` documents, whether it holds any of ``terms``."""
        held = np.zeros(wanted.shape, dtype=bool)
        for docs in self.documents(terms):
            held |= find_sorted(docs, wanted)[1]
        return held

    def _runs(self, weighted: Mapping[str, float]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each known term's postings: its passages, in order, and their weights times the
        term's weight."""
        return [
            (self.postings_doc[span], self.postings_weight[span] * weighted[term])
            for term, span in self._spans(weighted)
        ]

    def _spans(self, terms: Iterable[str]) -> Iterator[tuple[str, slice]]:
        """Each known term with the slice of the postings that are its."""
        for term in terms:
            term_id = self.terms.id(term)
            if term_id is not None:
                yield term, slice(self.postings_start[term_id], self.postings_start[term_id + 1])

    def top(self, terms: Sequence[str] | Mapping[str, float], k: int) -> list[tuple[int, float]]:
        """The ``k`` best (passage number, score) pairs, best first; ties by passage order."""
        matched, scores = self.scores(terms)
        if k <= 0 or not matched.size:
            return []
        if k < matched.size:
            keep = np.argpartition(-scores, k - 1)[:k]
            matched, scores = matched[keep], scores[keep]
        order = np.lexsort((matched, -scores))
        return [(int(matched[i]), float(scores[i])) for i in order]
