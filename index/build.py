"""Build an index from articles: split, analyse (in worker processes for large corpora), merge."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25, BM25Params, DocTerms
from .corpus import Article, CorpusLoad, info_of, read_corpus
from .errors import CorpusError
from .passages import passages_of
from .search import ARTICLE_COVERAGE, Index, Passages, Vocabulary
from .terms import Strings, Terms

# Below this many characters of text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 2_000_000
CHUNK_ARTICLES = 200

Progress = Callable[[int], None]  # called with the number of articles just analysed


@dataclass(frozen=True)
class Chunk:
    """Some articles split and analysed, with term ids local to the chunk."""

    terms: list[str]  # local term id -> term
    docs: DocTerms  # each passage's terms, over local term ids
    titles: DocTerms  # each article's title terms, over local term ids
    words: dict[str, int]  # written word -> local term id
    passages: dict[str, np.ndarray]  # the columns of Passages, article numbers local
    texts: list[str]
    articles: int


def analyse(articles: Sequence[Article], analyzer: Analyzer) -> Chunk:
    """Split ``articles`` into passages and analyse each passage."""
    local: dict[str, int] = {}
    words: dict[str, int] = {}
    docs: list[list[int]] = []
    columns: dict[str, list[int]] = {k: [] for k in Passages.COLUMNS}
    texts: list[str] = []
    titles: list[list[int]] = []

    def ids(text: str) -> list[int]:
        found = []
        for term in analyzer.terms(text):
            term_id = local.setdefault(term.term, len(local))
            words.setdefault(term.word, term_id)
            found.append(term_id)
        return found

    for number, article in enumerate(articles):
        titles.append(ids(article.title))
        for passage in passages_of(article):
            docs.append(ids(passage.text))
            texts.append(passage.text)
            for name, value in zip(
                Passages.COLUMNS,
                (number, passage.paragraph, passage.sentence, passage.start, passage.end),
                strict=True,
            ):
                columns[name].append(value)
    arrays = {k: np.asarray(v, dtype=np.int32) for k, v in columns.items()}
    return Chunk(
        list(local),
        DocTerms.from_ids(docs),
        DocTerms.from_ids(titles),
        words,
        arrays,
        texts,
        len(articles),
    )


def build_index(
    load: CorpusLoad,
    analyzer: Analyzer | None = None,
    params: BM25Params | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Index:
    """Index the articles of ``load``; raises CorpusError if there are none.

    Large corpora are analysed by ``workers`` processes (default: one per core).
    """
    if not load.articles:
        reasons = "; ".join(str(p) for p in load.problems[:5]) or "no article files"
        raise CorpusError(f"no readable articles in {str(load.directory)!r}: {reasons}")
    analyzer = analyzer or Analyzer()
    chunks = _analyse_all(load.articles, analyzer, progress, workers)
    return assemble(load, chunks, analyzer, params or BM25Params())


def _analyse_all(
    articles: Sequence[Article],
    analyzer: Analyzer,
    progress: Progress | None,
    workers: int | None,
) -> list[Chunk]:
    groups = [articles[i : i + CHUNK_ARTICLES] for i in range(0, len(articles), CHUNK_ARTICLES)]
    size = sum(len(a.text) for a in articles)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    chunks = []
    if workers > 1 and size >= PARALLEL_MIN_CHARS and len(groups) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for chunk in pool.map(analyse, groups, [analyzer] * len(groups)):
                chunks.append(chunk)
                if progress:
                    progress(chunk.articles)
    else:
        for group in groups:
            chunks.append(analyse(group, analyzer))
            if progress:
                progress(len(group))
    return chunks


def assemble(
    load: CorpusLoad, chunks: Sequence[Chunk], analyzer: Analyzer, params: BM25Params
) -> Index:
    """Merge analysed chunks (in article order) into one index."""
    terms = Terms.from_strings(t for chunk in chunks for t in chunk.terms)
    global_ids = {term: number for number, term in enumerate(terms.strings())}
    indptr, term_ids, tfs, words, columns, texts = [np.zeros(1, np.int64)], [], [], {}, [], []
    title_indptr, title_ids, title_tfs = [np.zeros(1, np.int64)], [], []
    articles_before = passages_before = 0
    for chunk in chunks:
        remap = np.fromiter((global_ids[t] for t in chunk.terms), np.int32, len(chunk.terms))
        indptr.append(chunk.docs.indptr[1:] + indptr[-1][-1])
        term_ids.append(remap[chunk.docs.term])
        tfs.append(chunk.docs.tf)
        title_indptr.append(chunk.titles.indptr[1:] + title_indptr[-1][-1])
        title_ids.append(remap[chunk.titles.term])
        title_tfs.append(chunk.titles.tf)
        for word, local in chunk.words.items():
            words.setdefault(word, int(remap[local]))
        shifted = dict(chunk.passages)
        shifted["article"] = shifted["article"] + articles_before
        columns.append(shifted)
        texts.extend(chunk.texts)
        articles_before += chunk.articles
        passages_before += len(chunk.texts)
    docs = DocTerms(np.concatenate(indptr), _join(term_ids, np.int32), _join(tfs, np.int32))
    passages = Passages(
        {k: _join([c[k] for c in columns], np.int32) for k in Passages.COLUMNS},
        Strings.pack(texts),
    )
    bm25 = BM25.from_doc_terms(terms, docs, params)
    titles = DocTerms(
        np.concatenate(title_indptr), _join(title_ids, np.int32), _join(title_tfs, np.int32)
    )
    article_docs = _per_article(docs, passages.column("article"), titles)
    word_table = Terms.from_strings(words)
    word_term = np.fromiter((words[w] for w in word_table.strings()), np.int32, len(word_table))
    return Index(
        directory=load.directory,
        infos=tuple(info_of(a) for a in load.articles),
        passages_table=passages,
        analyzer=analyzer,
        docs=docs,
        bm25=bm25,
        article_bm25=BM25.from_doc_terms(terms, article_docs, ARTICLE_COVERAGE),
        vocabulary=Vocabulary(terms, bm25.idf, word_table, word_term, bm25.unseen_idf()),
        problems=load.problems,
    )


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)


def _per_article(docs: DocTerms, passage_article: np.ndarray, titles: DocTerms) -> DocTerms:
    """Each article's term counts: its title's and its passages' together."""
    n_articles = titles.n_docs
    owner = np.concatenate([passage_article[docs.owners()], titles.owners()]).astype(np.int64)
    term = np.concatenate([docs.term, titles.term]).astype(np.int64)
    n_terms = int(term.max()) + 1 if term.size else 1
    unique, inverse = np.unique(owner * n_terms + term, return_inverse=True)
    tf = np.bincount(inverse, weights=np.concatenate([docs.tf, titles.tf])).astype(np.int32)
    article, term = np.divmod(unique, n_terms)
    indptr = np.zeros(n_articles + 1, dtype=np.int64)
    np.cumsum(np.bincount(article, minlength=n_articles), out=indptr[1:])
    return DocTerms(indptr, term.astype(np.int32), tf)


def open_index(directory: Path | str) -> Index:
    """Read the corpus in ``directory`` and index it."""
    return build_index(read_corpus(directory))
