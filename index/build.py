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
from .corpus import Article, ArticleInfo, CorpusLoad, Problem, info_of, read_corpus
from .errors import CorpusError
from .passages import passages_of
from .search import ARTICLE_COVERAGE, Index, Passages, Vocabulary
from .terms import Strings, Terms

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
    passages: dict[str, np.ndarray]  # the columns of Passages, article numbers local
    texts: Strings
    infos: tuple[ArticleInfo, ...]


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
        Strings.pack(texts),
        tuple(info_of(a) for a in articles),
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
        raise nothing_readable(load.directory, load.problems)
    analyzer = analyzer or Analyzer()
    chunks = analyse_all(load.articles, analyzer, progress, workers)
    return assemble(load, chunks, analyzer, params or BM25Params())


def nothing_readable(directory: Path, problems: Sequence[Problem]) -> CorpusError:
    """The error for a corpus without one readable article, naming the first reasons."""
    reasons = "; ".join(str(p) for p in problems[:5]) or "no article files"
    return CorpusError(f"no readable articles in {str(directory)!r}: {reasons}")


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


def assemble(
    load: CorpusLoad, chunks: Sequence[Chunk], analyzer: Analyzer, params: BM25Params
) -> Index:
    """Merge analysed chunks (in article order) into one index; terms no passage or title
    uses any more are dropped."""
    used = [
        np.flatnonzero(
            np.bincount(c.docs.term, minlength=len(c.terms))
            + np.bincount(c.titles.term, minlength=len(c.terms))
        )
        for c in chunks
    ]
    terms = Terms.from_strings(c.terms[i] for c, ids in zip(chunks, used, strict=True) for i in ids)
    global_ids = {term: number for number, term in enumerate(terms.strings())}
    docs_parts, title_parts, words, columns, text_parts = [], [], {}, [], []
    articles_before = 0
    for chunk, ids in zip(chunks, used, strict=True):
        remap = np.full(len(chunk.terms), -1, dtype=np.int32)
        remap[ids] = [global_ids[chunk.terms[i]] for i in ids]
        docs_parts.append(DocTerms(chunk.docs.indptr, remap[chunk.docs.term], chunk.docs.tf))
        title_parts.append(DocTerms(chunk.titles.indptr, remap[chunk.titles.term], chunk.titles.tf))
        for word, local in chunk.words.items():
            if remap[local] >= 0:
                words.setdefault(word, int(remap[local]))
        shifted = dict(chunk.passages)
        shifted["article"] = shifted["article"] + articles_before
        columns.append(shifted)
        text_parts.append(chunk.texts)
        articles_before += len(chunk.infos)
    docs, titles = _stack(docs_parts), _stack(title_parts)
    passages = Passages(
        {k: _join([c[k] for c in columns], np.int32) for k in Passages.COLUMNS},
        _concat_strings(text_parts),
    )
    bm25 = BM25.from_doc_terms(terms, docs, params)
    article_bm25 = _article_bm25(terms, docs, passages.column("article"), titles)
    word_table = Terms.from_strings(words)
    word_term = np.fromiter((words[w] for w in word_table.strings()), np.int32, len(word_table))
    return Index(
        directory=load.directory,
        infos=tuple(info for chunk in chunks for info in chunk.infos),
        passages_table=passages,
        analyzer=analyzer,
        docs=docs,
        titles=titles,
        bm25=bm25,
        article_bm25=article_bm25,
        vocabulary=Vocabulary(terms, bm25.idf, word_table, word_term, bm25.unseen_idf()),
        files=load.files,
        problems=load.problems,
    )


def _stack(parts: Sequence[DocTerms]) -> DocTerms:
    """Rows of several DocTerms, one after the other."""
    indptr = _chain([p.indptr for p in parts])
    return DocTerms(
        indptr,
        _join([p.term[p.indptr[0] : p.indptr[-1]] for p in parts], np.int32),
        _join([p.tf[p.indptr[0] : p.indptr[-1]] for p in parts], np.int32),
    )


def _concat_strings(parts: Sequence[Strings]) -> Strings:
    blobs = [p.blob[p.offsets[0] : p.offsets[-1]] for p in parts]
    return Strings(_join(blobs, np.uint8), _chain([p.offsets for p in parts]))


def _chain(offsets: Sequence[np.ndarray]) -> np.ndarray:
    """Offsets of several tables, one after the other, as the offsets of their join."""
    joined = [np.zeros(1, np.int64)]
    for part in offsets:
        joined.append(part[1:] - part[0] + joined[-1][-1])
    return np.concatenate(joined)


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)


def _article_bm25(
    terms: Terms, docs: DocTerms, passage_article: np.ndarray, titles: DocTerms
) -> BM25:
    """Which question words each article holds anywhere, title included: each (term,
    article) pair once, ordered by term and then article like any postings."""
    from scipy import sparse  # only builds need it: importing costs 0.2 s a start

    n_articles = titles.n_docs
    # An article's passages are numbered together: summing each article's rows of the
    # passages x terms matrix is a product with an articles x passages matrix of runs.
    first = np.searchsorted(passage_article, np.arange(n_articles + 1))
    gather = sparse.csr_matrix(
        (np.ones(docs.n_docs, np.int32), np.arange(docs.n_docs, dtype=np.int32), first),
        shape=(n_articles, docs.n_docs),
    )
    held = (gather @ docs.matrix(len(terms)) + titles.matrix(len(terms))).tocsc()
    # Coverage needs presence only (k1 = 0): every article counts each term once.
    lengths = np.bincount(held.indices, minlength=n_articles).astype(np.float64)
    presence = np.ones(held.indices.size, np.int32)
    return BM25.from_postings(terms, held.indptr, held.indices, presence, lengths, ARTICLE_COVERAGE)


def open_index(directory: Path | str) -> Index:
    """Read the corpus in ``directory`` and index it."""
    return build_index(read_corpus(directory))
