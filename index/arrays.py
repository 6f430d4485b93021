"""numpy helpers for the index's two array shapes: tables cut by offsets, and sorted runs.

A table cut by offsets is a flat array and an int64 array of offsets, row r being
``values[offsets[r]:offsets[r + 1]]`` (texts, term counts, postings). A sorted run is an
array of passage or article numbers in increasing order, each once, often with an array
of values beside it (a term's postings and their weights).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np

# Holders of arrays (string tables, postings, the index) save themselves as a flat
# mapping of names to arrays, and a holder made of others puts theirs under a prefix.


def nest(prefix: str, arrays: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``arrays`` named under ``prefix.``: how a holder saves the holders it is made of."""
    return {f"{prefix}.{name}": array for name, array in arrays.items()}


class Within(Mapping[str, np.ndarray]):
    """The arrays of ``arrays`` named under ``prefix.``, without it: how a holder loads the
    holders it is made of. Nothing is read until an array is asked for.

    >>> saved = nest("words", {"blob": np.zeros(2)})
    >>> list(Within(saved, "words")), Within(saved, "words")["blob"].size
    (['blob'], 2)
    """

    def __init__(self, arrays: Mapping[str, np.ndarray], prefix: str) -> None:
        self._arrays = arrays
        self._prefix = f"{prefix}."

    def __getitem__(self, name: str) -> np.ndarray:
        return self._arrays[self._prefix + name]

    def __iter__(self) -> Iterator[str]:
        size = len(self._prefix)
        return (name[size:] for name in self._arrays if name.startswith(self._prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


# Tables cut by offsets.


def chain_offsets(offsets: Sequence[np.ndarray]) -> np.ndarray:
    """Offsets of several tables, one after the other, as the offsets of their join.

    >>> chain_offsets([np.array([0, 2, 3]), np.array([5, 6])]).tolist()
    [0, 2, 3, 4]
    """
    joined = [np.zeros(1, np.int64)]
    for part in offsets:
        joined.append(part[1:] - part[0] + joined[-1][-1])
    return np.concatenate(joined)


def concat(parts: Sequence[np.ndarray], dtype: type) -> np.ndarray:
    """``parts`` joined as ``dtype`` (an empty array of it when there are none)."""
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)


def gather_rows(
    offsets: np.ndarray, rows: np.ndarray, *arrays: np.ndarray
) -> tuple[np.ndarray, list[np.ndarray]]:
    """The ``rows`` of tables cut by ``offsets``: their new offsets and each array's rows.

    >>> offsets, (values,) = gather_rows(np.array([0, 2, 3, 6]), np.array([0, 2]),
    ...                                  np.arange(6))
    >>> offsets.tolist(), values.tolist()
    ([0, 2, 5], [0, 1, 3, 4, 5])
    """
    offsets = np.asarray(offsets)
    starts, ends = offsets[rows], offsets[rows + 1]
    new_offsets = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=new_offsets[1:])
    return new_offsets, [take_ranges(array, starts, ends) for array in arrays]


def take_ranges(array: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """array[start:end] for each pair, joined. Rows kept from a saved index mostly follow
    one another, so adjacent ranges are joined first and copied as whole slices."""
    if not starts.size:
        return np.asarray(array)[:0]
    breaks = np.flatnonzero(starts[1:] != ends[:-1]) + 1
    run_starts = starts[np.concatenate([[0], breaks])]
    run_ends = ends[np.concatenate([breaks - 1, [ends.size - 1]])]
    return np.concatenate(
        [np.asarray(array)[a:b] for a, b in zip(run_starts, run_ends, strict=True)]
    )


# Sorted runs.


def find_sorted(docs: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each wanted document, where it is or would be in ``docs`` (sorted), clipped to
    a valid position, and whether it is there."""
    if not docs.size:
        return np.zeros(wanted.shape, dtype=np.intp), np.zeros(wanted.shape, dtype=bool)
    wanted = wanted.astype(docs.dtype, copy=False)  # else numpy converts all of ``docs``
    at = np.minimum(np.searchsorted(docs, wanted), docs.size - 1)
    return at, docs[at] == wanted


def lookup(docs: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """values[i] where docs[i] == wanted (docs sorted), else 0, for each wanted document
    (any shape).

    >>> lookup(np.array([2, 5, 9]), np.array([1.0, 2.0, 3.0]), np.array([5, 6, 9])).tolist()
    [2.0, 0.0, 3.0]
    """
    at, found = find_sorted(docs, wanted)
    return np.where(found, values[at], 0) if docs.size else np.zeros(wanted.shape)


def lookup_sorted(docs: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``lookup`` for wanted documents in order, none repeated: past a few thousand,
    merging the two lists (a stable sort of two sorted runs) costs less than a binary
    search for each (measured: 7000 in 20000, 78 us against 130 us)."""
    if wanted.size * np.log2(max(docs.size, 2)) <= 2 * (wanted.size + docs.size):
        return lookup(docs, values, wanted)
    both = np.concatenate([docs, wanted])
    order = np.argsort(both, kind="stable")
    ordered = both[order]
    pair = np.flatnonzero(ordered[1:] == ordered[:-1])  # a document, then the same wanted one
    found = np.zeros(wanted.size, dtype=values.dtype)
    found[order[pair + 1] - docs.size] = values[order[pair]]
    return found


def merge_sorted(
    docs: list[np.ndarray], values: list[list[np.ndarray]], reduce: np.ufunc
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Several sorted runs of documents, merged: each document once, and for each list of
    value runs (one run per document run) the values of a document combined with
    ``reduce`` (np.add or np.maximum).

    A stable sort of a few sorted runs is a merge, linear in their length (numpy's
    default sort is many times slower here). Sums are counted with np.bincount, which is
    faster than np.add.reduceat.

    >>> docs, (sums,) = merge_sorted([np.array([1, 4]), np.array([4, 7])],
    ...                              [[np.array([1.0, 2.0]), np.array([3.0, 4.0])]], np.add)
    >>> docs.tolist(), sums.tolist()
    ([1, 4, 7], [1.0, 5.0, 4.0])
    """
    if len(docs) == 1:
        return docs[0], [runs[0] for runs in values]
    all_docs = np.concatenate(docs)
    order = np.argsort(all_docs, kind="stable")
    ordered = all_docs[order]
    first = np.empty(ordered.size, dtype=bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    merged = ordered[first]
    slot = np.empty(ordered.size, dtype=np.intp)  # each entry's place in ``merged``
    slot[order] = np.cumsum(first) - 1
    return merged, [_combine(np.concatenate(runs), slot, merged.size, reduce) for runs in values]


def _combine(values: np.ndarray, slot: np.ndarray, size: int, reduce: np.ufunc) -> np.ndarray:
    """``values`` combined with ``reduce`` into ``size`` places, value i into slot[i]."""
    if reduce is np.add:
        return np.bincount(slot, weights=values, minlength=size)
    combined = np.full(size, -np.inf, dtype=values.dtype)
    reduce.at(combined, slot, values)
    return combined


def top_k(values: np.ndarray, k: int) -> np.ndarray:
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
