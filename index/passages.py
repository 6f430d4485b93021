"""Passages: the sentences of articles, quoted verbatim, and the table that holds them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .arrays import Within, concat, nest
from .corpus import Article
from .sentences import split_sentences
from .strings import Strings


@dataclass(frozen=True)
class Passage:
    """One sentence of an article: ``text`` is ``article.text[start:end]``."""

    article_id: str
    paragraph: int  # 1-based, in the article
    sentence: int  # 1-based, in the paragraph
    start: int
    end: int
    text: str


def passages_of(article: Article) -> Iterator[Passage]:
    """Every sentence of ``article``, paragraph by paragraph."""
    for paragraph, (p_start, p_end) in enumerate(article.paragraphs, start=1):
        body = article.text[p_start:p_end]
        for sentence, (start, end) in enumerate(split_sentences(body), start=1):
            yield Passage(
                article.id, paragraph, sentence, p_start + start, p_start + end, body[start:end]
            )


class Passages(Sequence[Passage]):
    """The passages of some articles, in reading order: columns of numbers and a table of
    texts, a Passage made when one is asked for (``passages[number]``).

    Articles are known here by their number (their place in ``article_ids``); the
    ranking reads the columns directly.
    """

    # Each passage's article number, place in the article and offsets in its text.
    COLUMNS = ("article", "paragraph", "sentence", "start", "end")

    def __init__(
        self, columns: Mapping[str, np.ndarray], texts: Strings, article_ids: Sequence[str]
    ) -> None:
        self._columns = dict(columns)
        self.texts = texts
        self.article_ids = tuple(article_ids)

    @classmethod
    def from_rows(
        cls, rows: Sequence[tuple[int, ...]], texts: Sequence[str], article_ids: Sequence[str]
    ) -> Passages:
        """Passages given as one row of COLUMNS and one text each."""
        table = np.asarray(rows, dtype=np.int32).reshape(len(rows), len(cls.COLUMNS))
        return cls(
            {name: np.ascontiguousarray(table[:, i]) for i, name in enumerate(cls.COLUMNS)},
            Strings.pack(texts),
            article_ids,
        )

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, number: int) -> Passage:  # type: ignore[override]
        if not 0 <= number < len(self):
            raise IndexError(number)
        c = self._columns
        return Passage(
            self.article_ids[int(c["article"][number])],
            int(c["paragraph"][number]),
            int(c["sentence"][number]),
            int(c["start"][number]),
            int(c["end"][number]),
            self.texts[number],
        )

    def text(self, number: int) -> str:
        """The text of passage ``number``, without making a Passage."""
        return self.texts[number]

    @property
    def article(self) -> np.ndarray:
        """Each passage's article number."""
        return self._columns["article"]

    def column(self, name: str) -> np.ndarray:
        return self._columns[name]

    def of_articles(self, numbers: Sequence[int]) -> tuple[Passages, np.ndarray]:
        """The passages of the articles ``numbers`` (in order), which are numbered from 0
        in the result, and the numbers of the passages taken."""
        wanted = np.zeros(len(self.article_ids), dtype=bool)
        wanted[list(numbers)] = True
        rows = np.flatnonzero(wanted[np.asarray(self.article)])
        renumber = np.cumsum(wanted) - 1
        columns = {name: np.asarray(array)[rows] for name, array in self._columns.items()}
        columns["article"] = renumber[columns["article"]].astype(np.int32)
        ids = [self.article_ids[n] for n in numbers]
        return Passages(columns, self.texts.rows(rows), ids), rows

    @staticmethod
    def concat(parts: Iterable[Passages]) -> Passages:
        """The passages of several tables, one after the other, articles renumbered."""
        parts = list(parts)
        columns = {}
        for name in Passages.COLUMNS:
            arrays = [p.column(name) for p in parts]
            if name == "article":  # each table's articles come after the previous ones'
                firsts = np.cumsum([0] + [len(p.article_ids) for p in parts])[: len(parts)]
                arrays = [a + first for a, first in zip(arrays, firsts, strict=True)]
            columns[name] = concat(arrays, np.int32)
        ids = [i for p in parts for i in p.article_ids]
        return Passages(columns, Strings.concat([p.texts for p in parts]), ids)

    def to_arrays(self) -> dict[str, np.ndarray]:
        return dict(self._columns) | nest("texts", self.texts.to_arrays())

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], article_ids: Sequence[str]) -> Passages:
        columns = {name: arrays[name] for name in cls.COLUMNS}
        return cls(columns, Strings.from_arrays(Within(arrays, "texts")), article_ids)
