"""Articles split and analysed in chunks, in worker processes when the corpus is large."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np

from .analysis import Analyzer
from .bm25 import DocTerms
from .corpus import Article, ArticleInfo, info_of
from .index import Index
from .passages import Passages, passages_of

# Below this many characters of text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 2_000_000
CHUNK_ARTICLES = 200

Progress = Callable[[int, int], None]  # called with (articles analysed so far, articles)


@dataclass(frozen=True)
class Chunk:
    """Some articles split and analysed, with term ids local to the chunk."""

    terms: list[str]  # local term id -> term
    docs: DocTerms  # each passage's terms, over local term ids
    titles: DocTerms  # each article's title terms, over local term ids
    words: dict[str, int]  # written word -> local term id
    passages: Passages  # article numbers local to the chunk
    infos: tuple[ArticleInfo, ...]

    @classmethod
    def of_index(cls, index: Index) -> Chunk:
        """An index as one chunk over its term ids, to select unchanged files' articles
        from; its vocabulary is decoded once however many runs are selected."""
        vocabulary = index.vocabulary
        words = dict(zip(vocabulary.words.strings(), vocabulary.word_term.tolist(), strict=True))
        return cls(
            vocabulary.terms.strings(), index.docs, index.titles, words, index.passages, index.infos
        )

    def select(self, numbers: Sequence[int]) -> Chunk:
        """The articles ``numbers`` of this chunk, renumbered from 0, over the same terms."""
        passages, rows = self.passages.of_articles(numbers)
        return Chunk(
            self.terms,
            self.docs.rows(rows),
            self.titles.rows(np.asarray(numbers)),
            self.words,
            passages,
            tuple(self.infos[n] for n in numbers),
        )


def analyse(articles: Sequence[Article], analyzer: Analyzer) -> Chunk:
    """Split ``articles`` into passages and analyse each passage and title."""
    local: dict[str, int] = {}
    words: dict[str, int] = {}

    def ids(text: str) -> list[int]:
        found = []
        for token in analyzer.tokens(text):
            term_id = local.setdefault(token.term, len(local))
            words.setdefault(token.word, term_id)
            found.append(term_id)
        return found

    titles, docs, rows, texts = [], [], [], []
    # Article by article, title first: a written word keeps the first term it is met with
    # ("AIDS" the acronym, "aids" the verb), so this order is part of the index.
    for number, article in enumerate(articles):
        titles.append(ids(article.title))
        for p in passages_of(article):
            docs.append(ids(p.text))
            rows.append((number, p.paragraph, p.sentence, p.start, p.end))
            texts.append(p.text)
    return Chunk(
        list(local),
        DocTerms.from_ids(docs),
        DocTerms.from_ids(titles),
        words,
        Passages.from_rows(rows, texts, [article.id for article in articles]),
        tuple(info_of(a) for a in articles),
    )


def analyse_all(
    articles: Sequence[Article],
    analyzer: Analyzer,
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[Chunk]:
    """Split and analyse ``articles`` in chunks, in worker processes when it pays."""
    groups = [articles[i : i + CHUNK_ARTICLES] for i in range(0, len(articles), CHUNK_ARTICLES)]
    size = sum(len(a.text) for a in articles)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    chunks: list[Chunk] = []
    done = 0

    def finished(chunk: Chunk) -> None:
        nonlocal done
        chunks.append(chunk)
        done += len(chunk.infos)
        if progress:
            progress(done, len(articles))

    if workers > 1 and size >= PARALLEL_MIN_CHARS and len(groups) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for chunk in pool.map(analyse, groups, [analyzer] * len(groups)):
                finished(chunk)
    else:
        for group in groups:
            finished(analyse(group, analyzer))
    return chunks
