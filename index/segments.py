"""Large builds in bounded memory: segments saved apart, then merged into one saved index.

A segment is some consecutive corpus files joined over their own term table
(``chunks.Joined``), saved with its postings by term as counts, not weights: weights need
the IDFs and the average passage length of the whole corpus. The merge writes the saved
index of ``Index.to_arrays`` array by array, front to back, from slices of the segments:
what it holds at once is the term and word tables and one range of terms' postings, never
the corpus. Arrays are read through maps dropped after each slice and written with plain
writes, so that neither counts in the process's resident memory for long.

Numbers in a merged index are those of a build in one piece: segments cover whole
articles in order, local term ids keep the global order of the strings, and the weights
are computed by the same functions from the same global figures (a test compares every
array).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .analysis import Analyzer
from .arrays import nest
from .articles import ArticleTable
from .bm25 import BM25Params, idf_of, term_frequency_weight
from .chunks import Joined, article_terms
from .corpus import FileStat, Problem
from .index import ARTICLE_COVERAGE, Index
from .passages import Passages
from .saved import saving, write_record
from .strings import SortedStrings, Strings
from .vocabulary import Stemmed, Vocabulary, common_lexicon, table_stems, table_zipf

# The postings of terms merged at once (one range of terms, each term whole): with the
# documents, counts, terms, order and weights of each, about 75 bytes a posting at the
# merge's peak. At 16M a range, the merge of 10M sentences peaked at 1.9 GB.
RANGE_POSTINGS = 4_000_000


def give_back_memory() -> None:
    """Return the memory a segment freed to the system: Python's collector, then glibc's
    ``malloc_trim``, which hands back free pages inside the heap too (the heap otherwise
    keeps them, and each segment left a higher floor: 280-350 MB after 24 MB segments of
    the 1M-sentence corpus, 140-175 MB with this). Nothing where glibc is not."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # no glibc, or no malloc_trim in it
        ctypes.CDLL(None).malloc_trim(0)


def write_segment(joined: Joined, folder: Path) -> None:
    """Save ``joined`` (some consecutive articles) to ``folder`` as a segment."""
    start, doc, tf, lengths = joined.docs.by_term(len(joined.terms))
    held_start, held_article, held_lengths = article_terms(
        joined.docs, joined.passages.article, joined.titles, len(joined.terms)
    )
    arrays = (
        nest("terms", joined.terms.to_arrays())
        | nest("words", joined.words.to_arrays())
        | {"word_term": joined.word_term}
        | nest("word_stems", joined.word_stems.to_arrays())
        | nest("docs", joined.docs.to_arrays())
        | nest("titles", joined.titles.to_arrays())
        | nest("passages", joined.passages.to_arrays())
        | nest("articles", ArticleTable.of(joined.infos).to_arrays())
        | nest("postings", {"start": start, "doc": doc, "tf": tf, "lengths": lengths})
        | nest("held", {"start": held_start, "doc": held_article, "lengths": held_lengths})
    )
    folder.mkdir(parents=True)
    for name, array in arrays.items():
        np.save(folder / f"{name}.npy", np.ascontiguousarray(array))


class _Segment:
    """A saved segment's arrays, read a slice at a time through maps not kept."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def size(self, name: str) -> int:
        return len(self._mapped(name))

    def read(self, name: str, start: int | None = None, stop: int | None = None) -> np.ndarray:
        return np.array(self._mapped(name)[start:stop])

    def strings(self, name: str) -> list[str]:
        return Strings(self.read(f"{name}.blob"), self.read(f"{name}.offsets")).strings()

    def _mapped(self, name: str) -> np.ndarray:
        return np.load(self.folder / f"{name}.npy", mmap_mode="r")


class _Appended:
    """A .npy file of a length known beforehand, written front to back."""

    def __init__(self, path: Path, dtype: type, length: int) -> None:
        self._dtype = np.dtype(dtype)
        self._left = length
        self._file = path.open("wb")
        header = {
            "descr": np.lib.format.dtype_to_descr(self._dtype),
            "fortran_order": False,
            "shape": (length,),
        }
        np.lib.format.write_array_header_1_0(self._file, header)

    def write(self, array: np.ndarray) -> None:
        array = np.ascontiguousarray(array, dtype=self._dtype)
        self._file.write(array.data)
        self._left -= array.size

    def close(self) -> None:
        self._file.close()
        if self._left:
            raise ValueError(f"{self._file.name}: {self._left} values short of its length")


class _Offsets(_Appended):
    """The offsets of ``rows`` rows of tables written one after the other (as
    ``arrays.chain_offsets`` joins them), a table's offsets at a time."""

    def __init__(self, path: Path, rows: int) -> None:
        super().__init__(path, np.int64, rows + 1)
        self.write(np.zeros(1, np.int64))
        self._end = 0

    def chain(self, local: np.ndarray) -> None:
        """Append a table's offsets, moved to start where the last table ended."""
        self.write(local[1:] - local[0] + self._end)
        self._end += int(local[-1] - local[0])


def merge_segments(
    folders: Sequence[Path],
    into: Path,
    *,
    corpus: Path,
    analyzer: Analyzer,
    params: BM25Params,
    files: Sequence[FileStat],
    problems: Sequence[Problem],
    known: Vocabulary | None = None,
) -> None:
    """Merge the segments saved in ``folders`` (in article order) into the saved index
    ``into``, as ``saved.save_index`` would write the index built in one piece (the
    common words' figures taken from ``known``, the reused index's vocabulary)."""
    segments = [_Segment(folder) for folder in folders]
    term_lists = [segment.strings("terms") for segment in segments]
    terms = sorted(set().union(*term_lists))
    ids = {term: number for number, term in enumerate(terms)}
    # Each segment's terms are sorted too: their global ids rise with their local ones.
    remaps = [np.fromiter((ids[t] for t in local), np.int32, len(local)) for local in term_lists]
    del ids, term_lists
    n_docs = [segment.size("passages.article") for segment in segments]
    n_articles = [segment.size("articles.order") for segment in segments]
    with saving(into) as staging:
        _write(staging, nest("terms", SortedStrings.from_strings(terms).to_arrays()))
        n_terms = len(terms)
        del terms
        _write(staging, nest("vocabulary", _vocabulary(segments, remaps, known)))
        lengths = np.concatenate([s.read("postings.lengths") for s in segments])
        postings = _Postings(segments, remaps, n_terms, staging)
        postings.merge("postings", "bm25", np.cumsum([0, *n_docs]), lengths, params)
        del lengths
        held_lengths = np.concatenate([s.read("held.lengths") for s in segments])
        postings.merge(
            "held", "article_bm25", np.cumsum([0, *n_articles]), held_lengths, ARTICLE_COVERAGE
        )
        for name in ("docs", "titles"):
            _doc_terms(staging, name, segments, remaps)
        _passages(staging, segments, np.cumsum([0, *n_articles]))
        _articles(staging, segments, np.cumsum([0, *n_articles]))
        unseen = float(idf_of(np.zeros(1), sum(n_docs), params)[0])
        record = Index.record(params, unseen, corpus, files, problems, analyzer)
        write_record(staging, record, analyzer)


def _write(folder: Path, arrays: dict[str, np.ndarray]) -> None:
    for name, array in arrays.items():
        np.save(folder / f"{name}.npy", np.ascontiguousarray(array))


def _vocabulary(
    segments: list[_Segment], remaps: list[np.ndarray], known: Vocabulary | None
) -> dict[str, Any]:
    """The written words, each with the first term met for it (the earliest segment's),
    its stem as a segment saved it, and its Zipf frequency."""
    words: dict[str, int] = {}
    for segment, remap in zip(segments, remaps, strict=True):
        terms = remap[segment.read("word_term")].tolist()
        for word, term in zip(segment.strings("words"), terms, strict=True):
            words.setdefault(word, term)
    table = SortedStrings.from_strings(words)
    written = table.strings()
    word_term = np.fromiter((words[w] for w in written), np.int32, len(table))
    del words
    # A segment's stems at a time, read as its words were.
    found = (
        Stemmed(
            s.strings("words"), Strings(s.read("word_stems.blob"), s.read("word_stems.offsets"))
        )
        for s in segments
    )
    stems = table_stems(written, found)
    if known is not None and known.common:
        common = known.common
    else:
        common = common_lexicon((written, stems))
    zipf = table_zipf(written, known)
    return (
        nest("words", table.to_arrays())
        | {"word_term": word_term, "zipf": zipf}
        | nest("stems", stems.to_arrays())
        | nest("common", common.to_arrays())
    )


class _Postings:
    """Postings merged a range of terms at a time, weighted with the corpus's figures."""

    def __init__(
        self, segments: list[_Segment], remaps: list[np.ndarray], n_terms: int, staging: Path
    ) -> None:
        self.segments, self.remaps, self.n_terms, self.staging = segments, remaps, n_terms, staging

    def merge(
        self,
        source: str,
        name: str,
        offsets: np.ndarray,
        lengths: np.ndarray,
        params: BM25Params,
    ) -> None:
        """Write the BM25 ``name`` (idf, start, doc, weight) from the segments' ``source``
        postings, whose documents are numbered from each segment's ``offsets``."""
        df = np.zeros(self.n_terms, np.int64)
        for segment, remap in zip(self.segments, self.remaps, strict=True):
            df[remap] += np.diff(segment.read(f"{source}.start"))
        start = np.zeros(self.n_terms + 1, np.int64)
        np.cumsum(df, out=start[1:])
        n_docs = int(lengths.size)
        idf = idf_of(df.astype(np.float64), n_docs, params)
        avg_len = float(lengths.mean()) if n_docs and lengths.mean() > 0 else 1.0
        _write(self.staging, {f"{name}.idf": idf, f"{name}.start": start})
        total = int(start[-1])
        docs = _Appended(self.staging / f"{name}.doc.npy", np.int32, total)
        weights = _Appended(self.staging / f"{name}.weight.npy", np.float32, total)
        idf32, lengths32 = idf.astype(np.float32), lengths.astype(np.float32)
        for first, last in _ranges(start, RANGE_POSTINGS):
            term, doc, tf = self._gather(source, first, last, offsets)
            # The same operations as BM25.from_postings, on the same values.
            weight = term_frequency_weight(
                tf.astype(np.float32),
                lengths32[doc],
                np.float32(avg_len),
                np.float32(params.k1),
                np.float32(params.b),
            )
            weight *= idf32[term]
            docs.write(doc)
            weights.write(weight)
        docs.close()
        weights.close()

    def _gather(
        self, source: str, first: int, last: int, offsets: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The postings of the terms first..last-1 from every segment, by term and then
        document (segments are in document order, so a stable sort by term keeps it)."""
        terms, docs, tfs = [], [], []
        for segment, remap, offset in zip(self.segments, self.remaps, offsets, strict=False):
            low, high = np.searchsorted(remap, [first, last])
            start = segment.read(f"{source}.start", low, high + 1)
            span = (int(start[0]), int(start[-1]))
            terms.append(np.repeat(remap[low:high], np.diff(start)))
            docs.append(segment.read(f"{source}.doc", *span) + np.int32(offset))
            if source == "held":  # an article holds a term or not: counts are all 1
                tfs.append(np.ones(span[1] - span[0], np.int32))
            else:
                tfs.append(segment.read(f"{source}.tf", *span))
        term = np.concatenate(terms)
        order = np.argsort(term, kind="stable")
        return term[order], np.concatenate(docs)[order], np.concatenate(tfs)[order]


def _ranges(start: np.ndarray, size: int) -> Iterator[tuple[int, int]]:
    """Ranges of term ids holding about ``size`` postings each (a term is never split)."""
    first = 0
    n_terms = len(start) - 1
    while first < n_terms:
        last = int(np.searchsorted(start, start[first] + size, side="right")) - 1
        last = min(max(last, first + 1), n_terms)
        yield first, last
        first = last


def _doc_terms(staging: Path, name: str, segments: list[_Segment], remaps: list[np.ndarray]):
    """The DocTerms ``name`` of every segment, one after the other, over global term ids."""
    rows = sum(s.size(f"{name}.indptr") - 1 for s in segments)
    values = sum(s.size(f"{name}.term") for s in segments)
    indptr = _Offsets(staging / f"{name}.indptr.npy", rows)
    term = _Appended(staging / f"{name}.term.npy", np.int32, values)
    tf = _Appended(staging / f"{name}.tf.npy", np.int32, values)
    for segment, remap in zip(segments, remaps, strict=True):
        indptr.chain(segment.read(f"{name}.indptr"))
        term.write(remap[segment.read(f"{name}.term")])
        tf.write(segment.read(f"{name}.tf"))
    for done in (indptr, term, tf):
        done.close()


def _strings(staging: Path, name: str, segments: list[_Segment], source: str) -> None:
    """The string tables ``source`` of every segment, one after the other, as ``name``."""
    count = sum(s.size(f"{source}.offsets") - 1 for s in segments)
    size = sum(s.size(f"{source}.blob") for s in segments)
    offsets = _Offsets(staging / f"{name}.offsets.npy", count)
    blob = _Appended(staging / f"{name}.blob.npy", np.uint8, size)
    for segment in segments:
        offsets.chain(segment.read(f"{source}.offsets"))
        blob.write(segment.read(f"{source}.blob"))
    offsets.close()
    blob.close()


def _passages(staging: Path, segments: list[_Segment], article_offsets: np.ndarray) -> None:
    count = sum(s.size("passages.article") for s in segments)
    for column in Passages.COLUMNS:
        out = _Appended(staging / f"passages.{column}.npy", np.int32, count)
        for segment, offset in zip(segments, article_offsets, strict=False):
            values = segment.read(f"passages.{column}")
            out.write(values + offset if column == "article" else values)
        out.close()
    _strings(staging, "passages.texts", segments, "passages.texts")


def _articles(staging: Path, segments: list[_Segment], article_offsets: np.ndarray) -> None:
    """The articles' rows one after the other; their ids sorted over all segments."""
    _strings(staging, "articles.rows", segments, "articles.rows")
    ids: list[str] = []
    numbers: list[np.ndarray] = []
    for segment, offset in zip(segments, article_offsets, strict=False):
        ids.extend(segment.strings("articles.ids"))
        numbers.append(segment.read("articles.order") + offset)
    number = np.concatenate(numbers)
    # Ids are unique (the build checks): sorting them alone gives ArticleTable.of's order.
    order = np.argsort(np.array(ids, dtype=object), kind="stable")
    _write(
        staging,
        nest("articles", nest("ids", SortedStrings.from_strings(ids).to_arrays()))
        | {"articles.order": number[order].astype(np.int64)},
    )
