"""Build an index from a corpus folder, re-analysing only what an earlier index lacks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25, BM25Params, DocTerms
from .chunks import Chunk, Progress, analyse_all
from .corpus import (
    MAX_FILE_BYTES,
    Article,
    ArticleInfo,
    CorpusLoad,
    FileStat,
    Problem,
    duplicate_id,
    read_corpus,
)
from .errors import NoReadableArticles
from .index import ARTICLE_COVERAGE, Index
from .passages import Passages
from .strings import SortedStrings
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Built:
    """A new index, and how many corpus files differ from those of the index it reused."""

    index: Index
    changed_files: int


def build(
    corpus: Path | str,
    reuse: Index | None = None,
    *,
    analyzer: Analyzer | None = None,
    params: BM25Params | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Built:
    """Index the articles of the folder ``corpus``, taking from ``reuse`` (an earlier index
    of it, built with the same analyzer) the analysed articles of files that did not
    change; files over ``max_bytes`` are refused.

    Large corpora are analysed by ``workers`` processes (default: one per core). Raises
    CorpusError when the folder cannot be used or holds no readable article.
    """
    corpus = Path(corpus)
    analyzer = analyzer or Analyzer()
    old_files = set(reuse.files) if reuse is not None else set()
    load = read_corpus(corpus, keep=old_files, max_bytes=max_bytes)
    # A file touched but not changed (same articles, same checksums) is not analysed again.
    same = _same_content(load, reuse) if reuse is not None else set()
    fresh = analyse_all(
        [a for a in load.articles if a.file not in same], analyzer, progress, workers
    )
    reused = load.kept | same
    chunks, dropped = _in_file_order(load, reuse, fresh, reused)
    kept_problems = [p for p in (reuse.problems if reuse else ()) if _file_of(p) in load.kept]
    problems = _by_file([*kept_problems, *load.problems, *dropped], load.files)
    if not any(chunk.infos for chunk in chunks):
        raise NoReadableArticles(corpus, problems)
    index = assemble(corpus, chunks, analyzer, params or BM25Params(), load.files, problems)
    changed = {f.path for f in old_files.symmetric_difference(load.files)} - same
    return Built(index, len(changed))


def build_index(corpus: Path | str, **options) -> Index:
    """``build(corpus, **options).index``: for callers that want only the index."""
    return build(corpus, **options).index


def _file_of(problem: Problem) -> str:
    """The corpus file a problem is about (a JSONL line's path is "file:line")."""
    head, colon, tail = problem.path.rpartition(":")
    return head if colon and tail.isdigit() else problem.path


def _by_file(problems: Sequence[Problem], files: Sequence[FileStat]) -> tuple[Problem, ...]:
    """The problems in the order of their files (and, within a file, as found), whether
    the file was read now or its problems kept from the reused index."""
    place = {stat.path: number for number, stat in enumerate(files)}
    return tuple(sorted(problems, key=lambda p: place.get(_file_of(p), len(place))))


def _same_content(load: CorpusLoad, old: Index) -> set[str]:
    """The files read again whose articles and problems are what the old index has."""
    new = _contents(load.articles, load.problems)
    before = _contents(old.infos, old.problems)
    return {path for path, found in new.items() if before.get(path) == found}


def _contents(
    articles: Sequence[Article | ArticleInfo], problems: Sequence[Problem]
) -> dict[str, tuple[list[str], list[str]]]:
    """File -> (its articles' checksums, its problems), in reading order."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for article in articles:
        found.setdefault(article.file, ([], []))[0].append(article.checksum)
    for problem in problems:
        found.setdefault(_file_of(problem), ([], []))[1].append(str(problem))
    return found


def _in_file_order(
    load: CorpusLoad, old: Index | None, fresh: list[Chunk], reused: set[str] | frozenset[str]
) -> tuple[list[Chunk], list[Problem]]:
    """The reused and the new articles, in the order of the files they come from, and the
    articles dropped because an earlier file (or line) already uses their id: the one
    place where ids are checked."""
    new_by_file: dict[str, list[tuple[int, int]]] = {}
    for chunk_number, chunk in enumerate(fresh):
        for local, info in enumerate(chunk.infos):
            new_by_file.setdefault(info.file, []).append((chunk_number, local))
    old_by_file: dict[str, list[int]] = {}
    if old is not None:
        for number, info in enumerate(old.infos):
            old_by_file.setdefault(info.file, []).append(number)
    taken: dict[str, str] = {}
    pieces: list[Chunk] = []
    dropped: list[Problem] = []
    kept_run: list[int] = []  # old article numbers of consecutive reused files
    whole = Chunk.of_index(old) if old is not None else None

    def keep(info: ArticleInfo) -> bool:
        if info.id in taken:
            dropped.append(duplicate_id(info.path, info.id, taken[info.id]))
            return False
        taken[info.id] = info.path
        return True

    for stat in load.files:
        if stat.path in reused and old is not None:
            kept_run.extend(n for n in old_by_file.get(stat.path, []) if keep(old.infos[n]))
            continue
        if kept_run and whole is not None:
            pieces.append(whole.select(kept_run))
            kept_run = []
        by_chunk: dict[int, list[int]] = {}
        for chunk_number, local in new_by_file.get(stat.path, []):
            if keep(fresh[chunk_number].infos[local]):
                by_chunk.setdefault(chunk_number, []).append(local)
        pieces.extend(fresh[c].select(numbers) for c, numbers in by_chunk.items())
    if kept_run and whole is not None:
        pieces.append(whole.select(kept_run))
    return pieces, dropped


def assemble(
    corpus: Path,
    chunks: Sequence[Chunk],
    analyzer: Analyzer,
    params: BM25Params,
    files: Sequence[FileStat],
    problems: Sequence[Problem],
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
    terms = SortedStrings.from_strings(
        c.terms[i] for c, ids in zip(chunks, used, strict=True) for i in ids
    )
    global_ids = {term: number for number, term in enumerate(terms.strings())}
    docs_parts, title_parts, words = [], [], {}
    for chunk, ids in zip(chunks, used, strict=True):
        remap = np.full(len(chunk.terms), -1, dtype=np.int32)
        remap[ids] = [global_ids[chunk.terms[i]] for i in ids]
        docs_parts.append(DocTerms(chunk.docs.indptr, remap[chunk.docs.term], chunk.docs.tf))
        title_parts.append(DocTerms(chunk.titles.indptr, remap[chunk.titles.term], chunk.titles.tf))
        for word, local in chunk.words.items():
            if remap[local] >= 0:
                words.setdefault(word, int(remap[local]))
    docs, titles = DocTerms.stack(docs_parts), DocTerms.stack(title_parts)
    passages = Passages.concat(chunk.passages for chunk in chunks)
    bm25 = BM25.from_doc_terms(terms, docs, params)
    article_bm25 = _article_bm25(terms, docs, passages.article, titles)
    word_table = SortedStrings.from_strings(words)
    word_term = np.fromiter((words[w] for w in word_table.strings()), np.int32, len(word_table))
    return Index(
        directory=corpus,
        infos=tuple(info for chunk in chunks for info in chunk.infos),
        passages=passages,
        analyzer=analyzer,
        docs=docs,
        titles=titles,
        bm25=bm25,
        article_bm25=article_bm25,
        vocabulary=Vocabulary(terms, bm25.idf, word_table, word_term, bm25.unseen_idf()),
        files=tuple(files),
        problems=tuple(problems),
    )


def _article_bm25(
    terms: SortedStrings, docs: DocTerms, passage_article: np.ndarray, titles: DocTerms
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
