"""The articles' metadata as a table of strings, which a saved index maps instead of
holding 50k Python objects in every process that serves it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import fields
from operator import attrgetter
from typing import TypeVar, overload

import numpy as np

from .arrays import Within, nest
from .corpus import ArticleInfo
from .strings import SortedStrings, Strings

FIELDS = tuple(f.name for f in fields(ArticleInfo))
T = TypeVar("T")
# An article's fields are stored together, separated by this character (the ASCII unit
# separator, which no title or path holds; it is replaced by a space if one does), so
# that one article is one slice of the table to decode, not one per field.
_SEPARATOR = "\x1f"
# Articles decoded lately are kept: the same articles answer question after question.
_CACHED = 4096


class ArticleTable(Sequence[ArticleInfo]):
    """ArticleInfo by article number, each decoded from its row when asked for (and kept a
    while); ids are also kept sorted, to find an article's number without a dict."""

    def __init__(self, rows: Strings, ids: SortedStrings, order: np.ndarray):
        self._rows = rows  # each article's fields, joined by _SEPARATOR
        self._ids = ids  # the articles' ids, sorted
        self._order = order  # article number of each sorted id
        self._decoded: dict[int, ArticleInfo] = {}

    @classmethod
    def of(cls, infos: Sequence[ArticleInfo]) -> ArticleTable:
        rows = Strings.pack(_row(_fields(info)) for info in infos)
        ids = [info.id for info in infos]
        order = np.argsort(np.array(ids, dtype=object), kind="stable").astype(np.int64)
        return cls(rows, SortedStrings.from_strings(ids), order)

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, number: int) -> ArticleInfo: ...

    @overload
    def __getitem__(self, number: slice) -> list[ArticleInfo]: ...

    def __getitem__(self, number: int | slice) -> ArticleInfo | list[ArticleInfo]:
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(len(self)))]
        if not -len(self) <= number < len(self):
            raise IndexError(number)
        number %= len(self)
        found = self._decoded.get(number)
        if found is None:
            if len(self._decoded) >= _CACHED:
                self._decoded.clear()
            found = self._decoded[number] = ArticleInfo(*self._rows[number].split(_SEPARATOR))
        return found

    def __iter__(self) -> Iterator[ArticleInfo]:
        for row in self._rows.strings():
            yield ArticleInfo(*row.split(_SEPARATOR))

    def column(self, name: str) -> list[str]:
        """One field of every article, in article order."""
        return self.columns(name)[0]

    def columns(self, *names: str) -> tuple[list[str], ...]:
        """Fields of every article, in article order: each row is decoded once for all."""
        at = [FIELDS.index(name) for name in names]
        found: tuple[list[str], ...] = tuple([] for _ in names)
        for row in self._rows.strings():
            values = row.split(_SEPARATOR)
            for column, field_at in zip(found, at, strict=True):
                column.append(values[field_at])
        return found

    def take(self, numbers: Sequence[int]) -> list[ArticleInfo]:
        """The articles ``numbers``, decoded together: a rebuild takes tens of thousands
        of unchanged articles from the earlier index, which one by one took seconds."""
        rows = self._rows.rows(np.asarray(numbers, dtype=np.int64))
        return [ArticleInfo(*row.split(_SEPARATOR)) for row in rows.strings()]

    def number(self, article_id: str) -> int | None:
        """The number of the article ``article_id``; None if there is none."""
        position = self._ids.id(article_id)
        return None if position is None else int(self._order[position])

    def to_arrays(self) -> dict[str, np.ndarray]:
        return (
            nest("ids", self._ids.to_arrays())
            | nest("rows", self._rows.to_arrays())
            | {"order": self._order}
        )

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> ArticleTable:
        rows = Strings.from_arrays(Within(arrays, "rows"))
        return cls(rows, SortedStrings.from_arrays(Within(arrays, "ids")), arrays["order"])


_fields = attrgetter(*FIELDS)


def _row(values: tuple[str, ...]) -> str:
    """An article's fields as one row; a separator inside a field becomes a space."""
    row = _SEPARATOR.join(values)
    if row.count(_SEPARATOR) != len(values) - 1:
        row = _SEPARATOR.join(value.replace(_SEPARATOR, " ") for value in values)
    return row


class _ById(Mapping[str, T]):
    """A mapping from article id over a table; ``_value`` gives what a number maps to."""

    def __init__(self, table: ArticleTable) -> None:
        self._table = table

    def _value(self, number: int) -> T:
        raise NotImplementedError

    def __getitem__(self, article_id: str) -> T:
        number = self._table.number(article_id)
        if number is None:
            raise KeyError(article_id)
        return self._value(number)

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self._table.number(article_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.column("id"))

    def __len__(self) -> int:
        return len(self._table)


class ArticlesById(_ById[ArticleInfo]):
    """Article id -> ArticleInfo, in article order."""

    def _value(self, number: int) -> ArticleInfo:
        return self._table[number]

    def values(self):  # noqa: ANN201 - every article, decoded column by column
        return list(self._table)


class ArticleNumbers(_ById[int]):
    """Article id -> article number."""

    def _value(self, number: int) -> int:
        return number
