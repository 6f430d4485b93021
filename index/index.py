"""The index: everything a question is answered from, as arrays that save and map back."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .analysis import Analyzer
from .arrays import Within, nest
from .articles import ArticleNumbers, ArticlesById, ArticleTable
from .bm25 import BM25, BM25Params, DocTerms
from .corpus import ArticleInfo, FileStat, Problem, link_key
from .passages import Passage, Passages
from .patterns import lazy
from .strings import SortedStrings
from .synonyms import GROUPS_KEY, group_terms
from .versions import installed_version
from .vocabulary import Vocabulary

T = TypeVar("T")

# Articles are only asked which question words they hold, whatever their length: k1 = 0
# makes every posting weigh its term's IDF, however often the term occurs.
ARTICLE_COVERAGE = BM25Params(variant="lucene", k1=0.0, b=0.0)


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


@dataclass(frozen=True)
class Index:
    """Everything a question is answered from. The analyzer is part of it: questions are
    always analysed exactly as the passages were.

    ``passages[number]`` is the one way to a passage; ``locate`` finds a passage's number
    from where it stands in its article.
    """

    directory: Path
    # By article number: a tuple when just built, an ArticleTable (decoded as asked for)
    # when loaded from a saved index.
    infos: Sequence[ArticleInfo]
    passages: Passages
    analyzer: Analyzer
    docs: DocTerms  # each passage's analysed terms, kept for incremental rebuilds
    titles: DocTerms  # each article's title terms, likewise
    bm25: BM25  # over passages
    article_bm25: BM25  # coverage of whole articles, by article number
    vocabulary: Vocabulary
    files: tuple[FileStat, ...] = ()  # the corpus files as they were when indexed
    problems: tuple[Problem, ...] = ()
    articles: Mapping[str, ArticleInfo] = field(init=False)  # by id
    spans: ArticleSpans = field(init=False)
    # What the edges work out from the index once (its languages, its titles for
    # autocomplete...), kept with it: gone when it is, whoever replaced it.
    _derived: dict[str, Any] = field(init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        articles: Mapping[str, ArticleInfo]
        numbers: Mapping[str, int]
        if isinstance(self.infos, ArticleTable):
            articles, numbers = ArticlesById(self.infos), ArticleNumbers(self.infos)
        else:
            articles = {info.id: info for info in self.infos}
            numbers = {info.id: n for n, info in enumerate(self.infos)}
        first = np.searchsorted(self.passages.article, np.arange(len(self.infos) + 1))
        object.__setattr__(self, "articles", articles)
        object.__setattr__(self, "spans", ArticleSpans(numbers, first))

    def derived(self, name: str, work: Callable[[Index], T]) -> T:
        """``work(self)``, worked out the first time ``name`` is asked for and kept with
        this index (two threads asking at once may both work it out: the same value)."""
        if name not in self._derived:
            self._derived[name] = work(self)
        return self._derived[name]

    def find_article(self, name: str) -> ArticleInfo | None:
        """The article whose id is ``name``, else the one whose source link it is, else
        the one article whose title it is, case and surrounding spaces aside; None if
        none is, or several are."""
        if name in self.articles:
            return self.articles[name]
        # Only a link looks its article up by link: a title does not make the table.
        if _LINKED.match(name) and (linked := self.linked(name)) is not None:
            return linked
        folded = name.casefold().strip()
        matches = [i for i in self.infos if i.title.casefold() == folded]
        return matches[0] if len(matches) == 1 else None

    def linked(self, link: str) -> ArticleInfo | None:
        """The article whose source is ``link`` (``link_key``: case, a trailing slash and
        the fragment aside; of two, the first), found through a table made once."""
        found = self.derived("articles by link", _articles_by_link).get(link_key(link))
        return None if found is None else self.articles[found]

    def locate(self, article_id: str, paragraph: int, sentence: int) -> int | None:
        """The number of the passage at ``paragraph`` and ``sentence`` (from 1) of the
        article ``article_id``; None if the index holds no such passage."""
        span = self.spans.get(article_id)
        if span is None:
            return None
        rows = slice(span.start, span.stop)
        at = np.flatnonzero(
            (self.passages.column("paragraph")[rows] == paragraph)
            & (self.passages.column("sentence")[rows] == sentence)
        )
        return span.start + int(at[0]) if at.size else None

    def paragraphs(self, article_id: str) -> tuple[str, ...]:
        """The article's paragraphs as its sentences give them again: each paragraph's
        sentences joined by a space, or by nothing where they touched ("world.Today")."""
        paragraphs: list[list[str]] = []
        last_paragraph, last_end = 0, -1
        for number in self.spans[article_id]:
            passage = self.passages[number]
            if passage.paragraph != last_paragraph:
                paragraphs.append([])
            elif passage.start > last_end:
                paragraphs[-1].append(" ")
            paragraphs[-1].append(passage.text)
            last_paragraph, last_end = passage.paragraph, passage.end
        return tuple("".join(parts) for parts in paragraphs)

    def latest(self, count: int) -> list[ArticleInfo]:
        """The ``count`` articles published last, newest first, by their ``published``
        date where it is written as ISO dates are (2025-07-14, as /add writes it and
        trafilatura finds it); others are left out. Sorted once an index (``derived``)."""
        newest = self.derived("latest", _newest_first)
        return [self.articles[article_id] for article_id in newest[:count]]

    def years(self) -> np.ndarray:
        """The year each article was published in, by article number (0: undated), read
        from its ``published`` date once an index (``derived``)."""
        return self.derived("years", _years_published)

    def info_of(self, number: int) -> ArticleInfo:
        """The article passage ``number`` is of."""
        return self.infos[int(self.passages.article[number])]

    def span_of(self, number: int) -> range:
        """The passage numbers of the article passage ``number`` is of."""
        return self.spans[self.info_of(number).id]

    def neighbours(self, number: int, around: int = 1) -> list[Passage]:
        """Passage ``number`` with up to ``around`` passages of its article on each side."""
        span = self.span_of(number)
        first, last = max(span.start, number - around), min(span.stop, number + around + 1)
        return [self.passages[n] for n in range(first, last)]

    def to_arrays(self) -> dict[str, np.ndarray]:
        """Every array of the index, by name; ``to_record`` gives the rest."""
        return (
            nest("passages", self.passages.to_arrays())
            | nest("docs", self.docs.to_arrays())
            | nest("titles", self.titles.to_arrays())
            | nest("terms", self.vocabulary.terms.to_arrays())
            | nest("bm25", self.bm25.to_arrays())
            | nest("article_bm25", self.article_bm25.to_arrays())
            | nest("vocabulary", self.vocabulary.to_arrays())
            | nest("articles", self._table().to_arrays())
        )

    def column(self, name: str) -> list[str]:
        """One field of every article (``"title"``, ``"id"``, ...), in article order."""
        return self.columns(name)[0]

    def unread(self) -> Mapping[str, Problem]:
        """The files of the corpus folder that gave no article, each with its first
        problem, by path: what a moderator may move out of the folder."""
        return self.derived("unread", _unread)

    def columns(self, *names: str) -> tuple[list[str], ...]:
        """Fields of every article, in article order (each article decoded once)."""
        if isinstance(self.infos, ArticleTable):
            return self.infos.columns(*names)
        return tuple([getattr(info, name) for info in self.infos] for name in names)

    def _table(self) -> ArticleTable:
        infos = self.infos
        return infos if isinstance(infos, ArticleTable) else ArticleTable.of(infos)

    def to_record(self) -> dict[str, Any]:
        """What the index holds beside its arrays, as JSON values."""
        return self.record(
            self.bm25.params,
            self.vocabulary.unseen_idf,
            self.directory,
            self.files,
            self.problems,
            self.analyzer,
        )

    @staticmethod
    def record(
        params: BM25Params,
        unseen_idf: float,
        directory: Path,
        files: Sequence[FileStat],
        problems: Sequence[Problem],
        analyzer: Analyzer,
    ) -> dict[str, Any]:
        """``to_record`` from its parts, for an index written without being held whole."""
        return {
            "params": vars(params),
            "unseen_idf": unseen_idf,
            "corpus": str(directory),
            # The wordfreq whose figures the vocabulary keeps, and the synonym groups'
            # terms: a question on the saved index then needs neither library.
            "wordfreq": installed_version("wordfreq"),
            "synonyms": {
                "key": GROUPS_KEY,
                "terms": analyzer.synonym_terms or group_terms(analyzer.analyze),
            },
            # vars(), not dataclasses.asdict: asdict deep-copies, seconds for 50k articles
            "files": [vars(f) for f in files],
            "problems": [vars(p) for p in problems],
        }

    @classmethod
    def from_arrays(
        cls, arrays: Mapping[str, np.ndarray], record: Mapping[str, Any], analyzer: Analyzer
    ) -> Index:
        """The index that ``to_arrays`` and ``to_record`` described."""
        infos = ArticleTable.from_arrays(Within(arrays, "articles"))
        passages = Passages.from_arrays(Within(arrays, "passages"), infos.column("id"))
        terms = SortedStrings.from_arrays(Within(arrays, "terms"))
        bm25 = BM25.from_arrays(
            Within(arrays, "bm25"), terms, BM25Params(**record["params"]), len(passages)
        )
        vocabulary = Vocabulary.from_arrays(
            Within(arrays, "vocabulary"),
            terms,
            bm25.idf,
            float(record["unseen_idf"]),
            zipf_current=record.get("wordfreq") == installed_version("wordfreq"),
        )
        synonyms = record.get("synonyms") or {}
        analyzer = replace(
            analyzer,
            stems=vocabulary.stems,
            english=vocabulary.english,
            synonym_terms=tuple(map(tuple, synonyms["terms"]))
            if synonyms.get("key") == GROUPS_KEY
            else None,
        )
        return cls(
            directory=Path(record["corpus"]),
            infos=infos,
            passages=passages,
            analyzer=analyzer,
            docs=DocTerms.from_arrays(Within(arrays, "docs")),
            titles=DocTerms.from_arrays(Within(arrays, "titles")),
            bm25=bm25,
            article_bm25=BM25.from_arrays(
                Within(arrays, "article_bm25"), terms, ARTICLE_COVERAGE, len(infos)
            ),
            vocabulary=vocabulary,
            files=tuple(FileStat(**f) for f in record["files"]),
            problems=tuple(Problem(**p) for p in record["problems"]),
        )


# How many of the newest articles an index keeps in order (``Index.latest``).
_NEWEST_KEPT = 100
_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}")


def _newest_first(index: Index) -> list[str]:
    """The ids of the _NEWEST_KEPT articles with the latest ISO ``published`` dates."""
    infos = index.infos
    if isinstance(infos, ArticleTable):  # a loaded index: two columns, not every field
        ids, published = infos.columns("id", "published")
    else:
        ids, published = [i.id for i in infos], [i.published for i in infos]
    dated = [(key, i) for i, p in zip(ids, published, strict=True) if (key := date_key(p))]
    return [article_id for _, article_id in heapq.nlargest(_NEWEST_KEPT, dated)]


def _years_published(index: Index) -> np.ndarray:
    """Each article's year of publication (0: none written)."""
    infos = index.infos
    if isinstance(infos, ArticleTable):
        (published,) = infos.columns("published")
    else:
        published = [i.published for i in infos]
    years = [int(m.group()) if (m := _YEAR.search(p)) else 0 for p in published]
    return np.array(years, dtype=np.int16)


# A year in a ``published`` date, however written ("2025-07-14", "14 July 2025").
_YEAR = lazy(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def date_key(published: str) -> str:
    """A ``published`` date as a key that sorts in time, where it is written as ISO dates
    are (2025-07-14, 2025-07-14T09:30:00+00:00); "" where it is not (and for none).

    >>> date_key("2025-07-14T09:30:00Z"), date_key("14 July 2025")
    ('2025-07-14T09:30:00Z', '')
    """
    return published[:25] if _ISO_DATE.match(published) else ""


# What a name written as a link begins with (as index.answers finds links in questions).
_LINKED = lazy(r"\s*(?:https?://|www\.)", re.IGNORECASE)


def _unread(index: Index) -> dict[str, Problem]:
    read = set(index.columns("file")[0]) if index.problems else set()
    unread: dict[str, Problem] = {}
    for problem in index.problems:
        if problem.skipped and problem.path not in read:
            unread.setdefault(problem.path, problem)
    return unread


def _articles_by_link(index: Index) -> dict[str, str]:
    """Each article's id by its source link (link_key); of two with one link, the first."""
    by_link: dict[str, str] = {}
    for info in index.infos:
        if info.source:
            by_link.setdefault(link_key(info.source), info.id)
    return by_link
