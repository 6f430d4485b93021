"""Bring a saved index up to date with its corpus, re-reading only the files that changed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25Params, DocTerms
from .build import Chunk, Progress, analyse_all, assemble
from .corpus import MAX_FILE_BYTES, ArticleInfo, CorpusLoad, FileStat, Problem, read_corpus, scan
from .errors import CorpusError
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
        reasons = "; ".join(str(p) for p in problems[:5]) or "no article files"
        raise CorpusError(f"no readable articles in {str(corpus)!r}: {reasons}")
    load = CorpusLoad(load.directory, load.articles, problems, load.files, load.kept)
    changed = {f.path for f in old_files.symmetric_difference(files)} - same
    return assemble(load, chunks, analyzer, params), len(changed)


def _file_of(problem: Problem) -> str:
    return problem.path.split(":")[0]


def _same_content(load: CorpusLoad, old: Index) -> set[str]:
    """The files read again whose articles and problems are what the saved index has."""

    def signature(checksums: list[str], problems: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(checksums), tuple(problems)

    new: dict[str, tuple[list[str], list[str]]] = {}
    for article in load.articles:
        new.setdefault(article.file, ([], []))[0].append(article.checksum)
    for problem in load.problems:
        new.setdefault(_file_of(problem), ([], []))[1].append(str(problem))
    before: dict[str, tuple[list[str], list[str]]] = {}
    for info in old.infos:
        before.setdefault(info.file, ([], []))[0].append(info.checksum)
    for problem in old.problems:
        before.setdefault(_file_of(problem), ([], []))[1].append(str(problem))
    return {
        path
        for path, found in new.items()
        if path in before and signature(*found) == signature(*before[path])
    }


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
    reused = _Reused(old) if old is not None else None

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
            pieces.append(reused.chunk(kept_run))
            kept_run = []
        by_chunk: dict[int, list[int]] = {}
        for chunk_number, local in new_by_file.get(stat.path, []):
            if keep(fresh[chunk_number].infos[local]):
                by_chunk.setdefault(chunk_number, []).append(local)
        pieces.extend(_select(fresh[c], numbers) for c, numbers in by_chunk.items())
    if kept_run and reused is not None:
        pieces.append(reused.chunk(kept_run))
    return pieces, dropped


def _select(chunk: Chunk, numbers: list[int]) -> Chunk:
    """The articles ``numbers`` of ``chunk``."""
    owner = chunk.passages["article"]
    return _slice(
        chunk.terms,
        chunk.docs,
        chunk.titles,
        chunk.words,
        chunk.passages,
        chunk.texts,
        chunk.infos,
        owner,
        numbers,
    )


class _Reused:
    """The articles of a saved index, as chunks over its term ids; its vocabulary is
    decoded once however many runs of unchanged files are taken from it."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.terms = index.vocabulary.terms.strings()
        words = index.vocabulary.words.strings()
        self.words = dict(zip(words, index.vocabulary.word_term.tolist(), strict=True))
        self.columns = {k: index.passages_table.column(k) for k in Passages.COLUMNS}

    def chunk(self, numbers: list[int]) -> Chunk:
        index = self.index
        return _slice(
            self.terms,
            index.docs,
            index.titles,
            self.words,
            self.columns,
            index.passages_table.texts,
            index.infos,
            self.columns["article"],
            numbers,
        )


def _slice(
    terms: list[str],
    docs: DocTerms,
    titles: DocTerms,
    words: dict[str, int],
    columns: dict[str, np.ndarray],
    texts: Strings,
    infos: Sequence[ArticleInfo],
    owner: np.ndarray,
    numbers: list[int],
) -> Chunk:
    wanted = np.zeros(len(infos), dtype=bool)
    wanted[numbers] = True
    rows = np.flatnonzero(wanted[np.asarray(owner)])
    renumber = np.cumsum(wanted) - 1
    picked = {k: np.asarray(v)[rows] for k, v in columns.items()}
    picked["article"] = renumber[picked["article"]].astype(np.int32)
    return Chunk(
        terms,
        _rows(docs, rows),
        _rows(titles, np.asarray(numbers)),
        words,
        picked,
        _rows_strings(texts, rows),
        tuple(infos[n] for n in numbers),
    )


def _rows(docs: DocTerms, rows: np.ndarray) -> DocTerms:
    indptr = np.asarray(docs.indptr)
    starts, ends = indptr[rows], indptr[rows + 1]
    new_indptr = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=new_indptr[1:])
    return DocTerms(new_indptr, _take(docs.term, starts, ends), _take(docs.tf, starts, ends))


def _rows_strings(strings: Strings, rows: np.ndarray) -> Strings:
    offsets = np.asarray(strings.offsets)
    starts, ends = offsets[rows], offsets[rows + 1]
    new_offsets = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=new_offsets[1:])
    return Strings(_take(strings.blob, starts, ends), new_offsets)


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
