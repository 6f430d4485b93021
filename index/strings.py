"""String tables kept as one UTF-8 blob and offsets, so that a saved index maps them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Self

import numpy as np

from .arrays import chain_offsets, concat, gather_rows

_CACHED_IDS = 100_000
_UNKNOWN = object()
# Every STRIDE-th string is kept decoded, so that a lookup bisects those in Python and
# then decodes only a few strings of the table: about 6 decodings a lookup, not 19.
STRIDE = 64


class Strings:
    """Strings stored as one UTF-8 blob and the offsets between them."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        self.blob = blob  # uint8
        self.offsets = offsets  # int64, len(self) + 1

    @classmethod
    def pack(cls, strings: Iterable[str]) -> Strings:
        return cls(*_pack(strings))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, number: int) -> str:
        start, end = self.offsets[number], self.offsets[number + 1]
        return self.blob[start:end].tobytes().decode()

    def strings(self, ids: range | None = None) -> list[str]:
        """The strings with ``ids`` (default: all), decoded."""
        ids = ids if ids is not None else range(len(self))
        if not len(ids):
            return []
        start, end = int(self.offsets[ids.start]), int(self.offsets[ids.stop])
        data = self.blob[start:end].tobytes()
        cuts = (self.offsets[ids.start : ids.stop + 1] - start).tolist()
        return [data[a:b].decode() for a, b in zip(cuts, cuts[1:], strict=False)]

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {"blob": self.blob, "offsets": self.offsets}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> Self:
        return cls(arrays["blob"], arrays["offsets"])

    def rows(self, rows: np.ndarray) -> Strings:
        """The strings at ``rows``, in that order, as a new table."""
        offsets, (blob,) = gather_rows(self.offsets, rows, self.blob)
        return Strings(blob, offsets)

    @staticmethod
    def concat(parts: Sequence[Strings]) -> Strings:
        """The strings of several tables, one table after the other."""
        blobs = [p.blob[p.offsets[0] : p.offsets[-1]] for p in parts]
        return Strings(concat(blobs, np.uint8), chain_offsets([p.offsets for p in parts]))


def _pack(strings: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [s.encode() for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


class SortedStrings(Strings):
    """Unique strings in sorted order; a string's id is its position.

    >>> table = SortedStrings.from_strings(["jet", "army", "junta"])
    >>> table.id("junta"), table.id("navy"), table[0], len(table), "jet" in table
    (2, None, 'army', 3, True)
    """

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        super().__init__(blob, offsets)
        # A question's terms are looked up several times (passages, articles, IDF,
        # highlights): each bisection is done once.
        self._ids: dict[str, int | None] = {}
        self._every: list[str] | None = None  # every STRIDE-th string, on first lookup

    @classmethod
    def from_strings(cls, strings: Iterable[str]) -> SortedStrings:
        return cls(*_pack(sorted(set(strings))))

    def id(self, string: str) -> int | None:
        """The id of ``string``, or None if the table does not hold it."""
        cached = self._ids.get(string, _UNKNOWN)  # one lookup: other threads may clear
        if cached is not _UNKNOWN:
            return cached  # type: ignore[return-value]
        position = self._position(string)
        found = position if position < len(self) and self[position] == string else None
        if len(self._ids) >= _CACHED_IDS:
            self._ids.clear()
        self._ids[string] = found
        return found

    def __contains__(self, string: object) -> bool:
        return isinstance(string, str) and self.id(string) is not None

    def starting_with(self, prefix: str) -> range:
        """The ids of the strings that start with ``prefix``."""
        return range(self._position(prefix), self._position(prefix + "\U0010ffff"))

    def _position(self, string: str) -> int:
        """Where ``string`` is or would be in the table (bisect_left)."""
        if self._every is None:
            self._every = [self[i] for i in range(0, len(self), STRIDE)]
        block = bisect_left(self._every, string)  # every[block - 1] < string <= every[block]
        low = (block - 1) * STRIDE + 1 if block else 0
        high = min(block * STRIDE, len(self))
        return bisect_left(self, string, low, high)  # type: ignore[arg-type]
