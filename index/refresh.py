"""Bring a saved index up to date with its corpus, re-reading only the files that changed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25Params, DocTerms
from .build import Chunk, Progress, analyse_all, assemble, nothing_readable
from .corpus import (
    MAX_FILE_BYTES,
    Article,
    ArticleInfo,
    CorpusLoad,
    FileStat,
    Problem,
    read_corpus,
    scan,
)
from .saved import SavedIndexError, load_index, save_index
from .search import Index, Passages
from .terms import Strings


def open_corpus(
    corpus: Path | str,
    saved: Path | str,
    progress: Progress | None = None,
    analyzer: Analyzer | None = None,
    params: BM25Params | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> tuple[Index, str]:
    """The index of ``corpus``: loaded from ``saved`` when it is up to date, else rebuilt
    (re-reading only the files that changed when the saved one can be reused) and saved.

    Returns the index and a sentence saying which it was.
    """
    corpus, saved = Path(corpus), Path(saved)
    analyzer = analyzer or Analyzer()
    params = params or BM25Params()
    files = scan(corpus)
    try:
        old: Index | None = load_index(saved, analyzer)
        reason = ""
    except SavedIndexError as error:
        old, reason = None, str(error)
    if old is not None and old.bm25.params != params:
        old, reason = None, "the BM25 parameters changed"
    if old is not None and Path(old.directory).resolve() != corpus.resolve():
        old, reason = None, "the saved index is of another corpus folder"
    if old is not None and tuple(files) == old.files:
        return old, f"loaded the saved index ({len(old.passages)} sentences)"
    index, changed = rebuild(corpus, old, files, analyzer, params, progress, max_bytes)
    try:
        save_index(index, saved)
    except OSError as error:
        raise SavedIndexError(
            f"the new index could not be saved in {str(saved)!r} "
            f"({error.strerror or error}); free some space or set INDEX_DIR"
        ) from None
    if old is None:
        return index, f"built the index ({reason}; {len(index.passages)} sentences)"
    return index, f"rebuilt the index: {changed} file(s) changed ({len(index.passages)} sentences)"


def rebuild(
    corpus: Path,
    old: Index | None,
    files: Sequence[FileStat],
    analyzer: Analyzer,
    params: BM25Params,
    progress: Progress | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> tuple[Index, int]:
    """Index ``corpus``, reusing from ``old`` the analysed passages of unchanged files.

    Returns the index and how many files were added, changed or removed.
    """
    old_files = set(old.files) if old is not None else set()
    unchanged = old_files & set(files)
    load = read_corpus(corpus, keep={f.path for f in unchanged}, max_bytes=max_bytes)
    # A file touched but not changed (same articles, same checksums) is not analysed again.
    same = _same_content(load, old) if old is not None else set()
    fresh = analyse_all([a for a in load.articles if a.file not in same], analyzer, progress)
    chunks, dropped = _in_file_order(load, old, fresh, load.kept | same)
    kept_problems = tuple(
        p for p in (old.problems if old is not None else ()) if _file_of(p) in load.kept
    )
    problems = kept_problems + load.problems + tuple(dropped)
    if not any(chunk.infos for chunk in chunks):
        raise nothing_readable(corpus, problems)
    load = CorpusLoad(load.directory, load.articles, problems, load.files, load.kept)
    changed = {f.path for f in old_files.symmetric_difference(files)} - same
    return assemble(load, chunks, analyzer, params), len(changed)


def _file_of(problem: Problem) -> str:
    return problem.path.split(":")[0]


def _same_content(load: CorpusLoad, old: Index) -> set[str]:
    """The files read again whose articles and problems are what the saved index has."""
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
    load: CorpusLoad, old: Index | None, fresh: list[Chunk], kept: set[str] | frozenset[str]
) -> tuple[list[Chunk], list[Problem]]:
    """The reused and the new articles, in the order of the files they come from, and the
    articles dropped because another file already uses their id."""
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
    kept_run: list[int] = []  # old article numbers of consecutive kept files
    reused = _reusable(old) if old is not None else None

    def keep(info: ArticleInfo) -> bool:
        if info.id in taken:
            message = (
                f"article id {info.id!r} is already used by {taken[info.id]}: "
                "give this article another id"
            )
            dropped.append(Problem(info.path, message))
            return False
        taken[info.id] = info.path
        return True

    for stat in load.files:
        if stat.path in kept and old is not None:
            kept_run.extend(n for n in old_by_file.get(stat.path, []) if keep(old.infos[n]))
            continue
        if kept_run and reused is not None:
            pieces.append(_select(reused, kept_run))
            kept_run = []
        by_chunk: dict[int, list[int]] = {}
        for chunk_number, local in new_by_file.get(stat.path, []):
            if keep(fresh[chunk_number].infos[local]):
                by_chunk.setdefault(chunk_number, []).append(local)
        pieces.extend(_select(fresh[c], numbers) for c, numbers in by_chunk.items())
    if kept_run and reused is not None:
        pieces.append(_select(reused, kept_run))
    return pieces, dropped


def _select(chunk: Chunk, numbers: list[int]) -> Chunk:
    """The articles ``numbers`` of ``chunk``, renumbered from 0, over the same terms."""
    wanted = np.zeros(len(chunk.infos), dtype=bool)
    wanted[numbers] = True
    rows = np.flatnonzero(wanted[np.asarray(chunk.passages["article"])])
    renumber = np.cumsum(wanted) - 1
    picked = {k: np.asarray(v)[rows] for k, v in chunk.passages.items()}
    picked["article"] = renumber[picked["article"]].astype(np.int32)
    return Chunk(
        chunk.terms,
        _rows(chunk.docs, rows),
        _rows(chunk.titles, np.asarray(numbers)),
        chunk.words,
        picked,
        _rows_strings(chunk.texts, rows),
        tuple(chunk.infos[n] for n in numbers),
    )


def _reusable(index: Index) -> Chunk:
    """A saved index as one chunk over its term ids, to select unchanged files' articles
    from; its vocabulary is decoded once however many runs are selected."""
    vocabulary = index.vocabulary
    words = dict(zip(vocabulary.words.strings(), vocabulary.word_term.tolist(), strict=True))
    return Chunk(
        vocabulary.terms.strings(),
        index.docs,
        index.titles,
        words,
        {k: index.passages_table.column(k) for k in Passages.COLUMNS},
        index.passages_table.texts,
        index.infos,
    )


def _rows(docs: DocTerms, rows: np.ndarray) -> DocTerms:
    indptr, (term, tf) = _gather(docs.indptr, rows, docs.term, docs.tf)
    return DocTerms(indptr, term, tf)


def _rows_strings(strings: Strings, rows: np.ndarray) -> Strings:
    offsets, (blob,) = _gather(strings.offsets, rows, strings.blob)
    return Strings(blob, offsets)


def _gather(
    offsets: np.ndarray, rows: np.ndarray, *arrays: np.ndarray
) -> tuple[np.ndarray, list[np.ndarray]]:
    """The ``rows`` of tables cut by ``offsets``: their new offsets and each array's rows."""
    offsets = np.asarray(offsets)
    starts, ends = offsets[rows], offsets[rows + 1]
    new_offsets = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=new_offsets[1:])
    return new_offsets, [_take(array, starts, ends) for array in arrays]


def _take(array: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
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
