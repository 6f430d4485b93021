"""The searchable index: the articles, their passages, the analyzer and BM25 built together."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .analysis import Analyzer
from .bm25 import BM25, BM25Params
from .corpus import Article, CorpusLoad, Problem, read_corpus
from .errors import CorpusError
from .passages import Passage, passages_of


@dataclass(frozen=True)
class Index:
    """Everything a question is answered from. The analyzer is part of it: questions are
    always analysed exactly as the passages were."""

    directory: Path
    articles: Mapping[str, Article]
    passages: tuple[Passage, ...]
    analyzer: Analyzer
    bm25: BM25
    spans: Mapping[str, range]  # article id -> its passages' numbers, in reading order
    problems: tuple[Problem, ...] = ()

    def neighbours(self, number: int, around: int = 1) -> list[Passage]:
        """Passage ``number`` with up to ``around`` passages of its article on each side."""
        span = self.spans[self.passages[number].article_id]
        first, last = max(span.start, number - around), min(span.stop, number + around + 1)
        return list(self.passages[first:last])


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
    for article in load.articles:
        first = len(passages)
        passages.extend(passages_of(article))
        spans[article.id] = range(first, len(passages))
    bm25 = BM25.build([analyzer.analyze(p.text) for p in passages], params)
    articles = {a.id: a for a in load.articles}
    return Index(load.directory, articles, tuple(passages), analyzer, bm25, spans, load.problems)


def open_index(directory: Path | str) -> Index:
    """Read the corpus in ``directory`` and index it."""
    return build_index(read_corpus(directory))
