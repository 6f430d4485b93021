"""Build an index from a corpus folder, re-analysing only what an earlier index lacks."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25, BM25Params
from .chunks import Chunk, Joined, Progress, analyse_all, article_terms, join
from .corpus import (
    MAX_FILE_BYTES,
    CorpusLoad,
    FileStat,
    Problem,
    duplicate_id,
    read_corpus,
    scan,
)
from .errors import IndexNotSaved, NoReadableArticles
from .index import ARTICLE_COVERAGE, Index
from .saved import drop_pages, load_index, save_index
from .segments import give_back_memory, merge_segments, write_segment
from .vocabulary import Vocabulary

# A build reads and analyses at most about this many bytes of corpus files at a time (a
# segment, of whole files): a corpus larger than that is built segment by segment, each
# saved apart, then merged on disk, so that peak memory depends on this size and not on
# the corpus's (README, "Performance": the figures and the command that measures them). At
# 128 MB a segment of the 10M-sentence corpus peaked at 2.3 GB.
SEGMENT_BYTES = 64 * 1024 * 1024
# A file whose articles are reused from the earlier index counts for this share of its
# size: its articles come analysed, as arrays. Reloading 1M sentences (119 MB of files) in
# one piece peaked at 0.98 GB with the old index's 0.4 GB of mapped pages, building them
# from the files at 1.67 GB: about a third.
REUSED_SHARE = 1 / 3


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
    into: Path | str | None = None,
    segment_bytes: int | None = None,
) -> Built:
    """Index the articles of the folder ``corpus``, taking from ``reuse`` (an earlier index
    of it, built with the same analyzer) the analysed articles of files that did not
    change; files over ``max_bytes`` are refused. With ``into``, the index is saved there
    (see ``saved.load_index``); one built in segments is then only mapped from there.

    Large corpora are analysed by ``workers`` processes (default: one per core), and
    built ``segment_bytes`` of files at a time (default SEGMENT_BYTES). ``progress`` is
    called with the bytes of files analysed so far and the bytes to analyse. Raises
    CorpusError when the folder cannot be used or holds no readable article, and
    IndexNotSaved when ``into`` cannot be written.
    """
    corpus = Path(corpus)
    analyzer = analyzer or Analyzer()
    if reuse is not None and reuse.analyzer.synonym_terms is not None:
        # The groups' terms the reused index recorded (for these groups): not analysed again.
        analyzer = replace(analyzer, synonym_terms=reuse.analyzer.synonym_terms)
    params = params or BM25Params()
    files = scan(corpus)
    reading = _Reading(corpus, reuse, analyzer, files, progress, workers, max_bytes)
    groups = _segments(files, segment_bytes or SEGMENT_BYTES, reading.old_files)
    if len(groups) == 1:
        # Chunks are joined as soon as analysed, and only the join is kept: the chunks'
        # memory is free again before the postings are built.
        joined = join(reading.segment(groups[0]))
        # The chunks' memory, before the postings are built (100k sentences: peak RSS
        # 267 -> 217 MB; 80 ms after a build of tests/data's 79 articles).
        give_back_memory()
        problems = reading.problems()
        if not joined.infos:
            raise NoReadableArticles(corpus, problems)
        index = assemble(corpus, joined, analyzer, params, files, problems, reuse)
        if into is not None:
            with _writing(into):
                save_index(index, into)
        return Built(index, reading.changed())
    # Segments are written beside the index they make (or in the system's temporary folder).
    beside = Path(into).parent if into is not None else Path(tempfile.gettempdir())
    with _writing(beside):
        beside.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=".qabot-segments-", dir=beside))
    try:
        return _in_segments(
            corpus, groups, reading, Path(into) if into else None, temporary, analyzer, params
        )
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _in_segments(
    corpus: Path,
    groups: Sequence[Sequence[FileStat]],
    reading: _Reading,
    into: Path | None,
    temporary: Path,
    analyzer: Analyzer,
    params: BM25Params,
) -> Built:
    """``build`` of a corpus of several segments: each saved apart, then merged into
    ``into`` (or into ``temporary`` and read into memory)."""
    folders = []
    for group in groups:
        joined = join(reading.segment(group))
        # The chunks' memory, before the segment's postings are sorted: glibc keeps the
        # heap's holes (1M sentences: peak RSS 896-904 MB untrimmed, 826 MB trimmed).
        give_back_memory()
        if joined.infos:
            folders.append(temporary / str(len(folders)))
            with _writing(folders[-1]):
                write_segment(joined, folders[-1])
        del joined
        if reading.reuse is not None:
            drop_pages(reading.reuse)
        give_back_memory()
    problems = reading.problems()
    if not folders:
        raise NoReadableArticles(corpus, problems)
    target = into if into is not None else temporary / "merged"
    with _writing(target):
        merge_segments(
            folders,
            target,
            corpus=corpus,
            analyzer=analyzer,
            params=params,
            files=reading.files,
            problems=problems,
            known=reading.reuse.vocabulary if reading.reuse is not None else None,
        )
    # Without a folder to keep it in, the merged index is read into memory.
    return Built(load_index(target, analyzer, in_memory=into is None), reading.changed())


def build_index(corpus: Path | str, **options) -> Index:
    """``build(corpus, **options).index``: for callers that want only the index."""
    return build(corpus, **options).index


@contextmanager
def _writing(where: Path | str) -> Iterator[None]:
    """Around writing an index or a segment to ``where``: failing to is IndexNotSaved."""
    try:
        yield
    except OSError as error:
        raise IndexNotSaved(where, error.strerror or str(error)) from None


def _segments(
    files: Sequence[FileStat], size: int, reused: Set[FileStat] = frozenset()
) -> list[list[FileStat]]:
    """The corpus files in runs of about ``size`` bytes (a file is never split), files
    ``reused`` from an earlier index counting for REUSED_SHARE of theirs."""
    groups: list[list[FileStat]] = [[]]
    held = 0.0
    for stat in files:
        cost = stat.size * (REUSED_SHARE if stat in reused else 1)
        if groups[-1] and held + cost > size:
            groups.append([])
            held = 0.0
        groups[-1].append(stat)
        held += cost
    return groups


class _Reading:
    """The corpus read and analysed a run of files at a time, articles of unchanged files
    taken from the earlier index; what the runs share (ids taken, problems, files found
    unchanged) is kept here."""

    def __init__(
        self,
        corpus: Path,
        reuse: Index | None,
        analyzer: Analyzer,
        files: Sequence[FileStat],
        progress: Progress | None,
        workers: int | None,
        max_bytes: int,
    ) -> None:
        self.corpus, self.reuse, self.analyzer = corpus, reuse, analyzer
        self.files, self.progress, self.workers, self.max_bytes = (
            files,
            progress,
            workers,
            max_bytes,
        )
        self.old_files = set(reuse.files) if reuse is not None else set()
        self.to_read = sum(stat.size for stat in files if stat not in self.old_files)
        self.read_bytes = 0
        self.taken: dict[str, str] = {}  # article id -> the path of the article using it
        self.same: set[str] = set()
        self.found: list[Problem] = []
        self.kept_problems: list[Problem] = []
        self.whole = Chunk.of_index(reuse) if reuse is not None else None
        self.old_by_file: dict[str, list[int]] = {}
        self.before: dict[str, tuple[list[str], list[str]]] = {}
        # The earlier index's article ids and paths, by number, for the id check.
        self.old_ids: list[str] = []
        self.old_paths: list[str] = []
        if reuse is not None:
            # Every article's row decoded once for the four fields.
            old_files, checksums, self.old_ids, self.old_paths = reuse.columns(
                "file", "checksum", "id", "path"
            )
            for number, path in enumerate(old_files):
                self.old_by_file.setdefault(path, []).append(number)
            self.before = _contents(zip(old_files, checksums, strict=True), reuse.problems)

    def segment(self, files: Sequence[FileStat]) -> list[Chunk]:
        """The articles of ``files``, analysed or reused, in file order."""
        load = read_corpus(self.corpus, keep=self.old_files, max_bytes=self.max_bytes, files=files)
        # A file touched but not changed (same articles, same checksums) is not analysed again.
        new = _contents(((a.file, a.checksum) for a in load.articles), load.problems)
        same = {path for path, found in new.items() if self.before.get(path) == found}
        self.same |= same
        fresh_articles = [a for a in load.articles if a.file not in same]
        fresh_bytes = sum(s.size for s in files if s not in self.old_files)
        base = self.read_bytes

        def analysed(done: int, total: int) -> None:
            if self.progress:
                self.progress(base + fresh_bytes * done // max(total, 1), self.to_read)

        fresh = analyse_all(fresh_articles, self.analyzer, analysed, self.workers)
        self.read_bytes += fresh_bytes
        chunks, dropped = self._in_file_order(load, fresh, load.kept | same)
        if self.reuse is not None:
            self.kept_problems.extend(p for p in self.reuse.problems if _file_of(p) in load.kept)
        self.found.extend([*load.problems, *dropped])
        return chunks

    def problems(self) -> tuple[Problem, ...]:
        """Every problem met, kept or found, in the order of the files."""
        return _by_file([*self.kept_problems, *self.found], self.files)

    def changed(self) -> int:
        """How many files were added, changed or removed since the index reused."""
        changed = {f.path for f in self.old_files.symmetric_difference(self.files)}
        return len(changed - self.same)

    def _in_file_order(
        self, load: CorpusLoad, fresh: list[Chunk], reused: frozenset[str] | set[str]
    ) -> tuple[list[Chunk], list[Problem]]:
        """The reused and the new articles, in the order of the files they come from, and
        the articles dropped because an earlier file (or line) already uses their id: the
        one place where ids are checked."""
        new_by_file: dict[str, list[tuple[int, int]]] = {}
        for chunk_number, chunk in enumerate(fresh):
            for local, info in enumerate(chunk.infos):
                new_by_file.setdefault(info.file, []).append((chunk_number, local))
        pieces: list[Chunk] = []
        dropped: list[Problem] = []
        kept_run: list[int] = []  # old article numbers of consecutive reused files

        def keep(article_id: str, path: str) -> bool:
            if article_id in self.taken:
                dropped.append(duplicate_id(path, article_id, self.taken[article_id]))
                return False
            self.taken[article_id] = path
            return True

        for stat in load.files:
            if stat.path in reused and self.whole is not None:
                for n in self.old_by_file.get(stat.path, []):
                    if keep(self.old_ids[n], self.old_paths[n]):
                        kept_run.append(n)
                continue
            if kept_run and self.whole is not None:
                pieces.append(self.whole.select(kept_run))
                kept_run = []
            by_chunk: dict[int, list[int]] = {}
            for chunk_number, local in new_by_file.get(stat.path, []):
                info = fresh[chunk_number].infos[local]
                if keep(info.id, info.path):
                    by_chunk.setdefault(chunk_number, []).append(local)
            pieces.extend(fresh[c].select(numbers) for c, numbers in by_chunk.items())
        if kept_run and self.whole is not None:
            pieces.append(self.whole.select(kept_run))
        return pieces, dropped


def _file_of(problem: Problem) -> str:
    """The corpus file a problem is about (a JSONL line's path is "file:line")."""
    head, colon, tail = problem.path.rpartition(":")
    return head if colon and tail.isdigit() else problem.path


def _by_file(problems: Sequence[Problem], files: Sequence[FileStat]) -> tuple[Problem, ...]:
    """The problems in the order of their files (and, within a file, as found), whether
    the file was read now or its problems kept from the reused index."""
    place = {stat.path: number for number, stat in enumerate(files)}
    return tuple(sorted(problems, key=lambda p: place.get(_file_of(p), len(place))))


def _contents(
    articles: Iterable[tuple[str, str]], problems: Sequence[Problem]
) -> dict[str, tuple[list[str], list[str]]]:
    """File -> (its articles' checksums, its problems), in reading order, from each
    article's (file, checksum)."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for file, checksum in articles:
        found.setdefault(file, ([], []))[0].append(checksum)
    for problem in problems:
        found.setdefault(_file_of(problem), ([], []))[1].append(str(problem))
    return found


def assemble(
    corpus: Path,
    joined: Joined,
    analyzer: Analyzer,
    params: BM25Params,
    files: Sequence[FileStat],
    problems: Sequence[Problem],
    reuse: Index | None = None,
) -> Index:
    """The index of analysed chunks joined (in article order): BM25 postings, article
    coverage and vocabulary (its words' figures taken from ``reuse`` where it has them)."""
    terms, docs, titles = joined.terms, joined.docs, joined.titles
    bm25 = BM25.from_doc_terms(terms, docs, params)
    start, article, lengths = article_terms(docs, joined.passages.article, titles, len(terms))
    # Coverage needs presence only (k1 = 0): every article counts each term once.
    presence = np.ones(article.size, np.int32)
    article_bm25 = BM25.from_postings(terms, start, article, presence, lengths, ARTICLE_COVERAGE)
    return Index(
        directory=corpus,
        infos=joined.infos,
        passages=joined.passages,
        analyzer=analyzer,
        docs=docs,
        titles=titles,
        bm25=bm25,
        article_bm25=article_bm25,
        vocabulary=Vocabulary.of(
            terms,
            bm25.idf,
            joined.words,
            joined.word_term,
            bm25.unseen_idf(),
            joined.word_stems,
            reuse.vocabulary if reuse is not None else None,
        ),
        files=tuple(files),
        problems=tuple(problems),
    )
