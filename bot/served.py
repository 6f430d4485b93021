"""The index a process serves, and refreshing it so that a failed refresh loses nothing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from index.changes import Changes, compare
from index.community import FILE_NAME, MAX_BYTES, Community, read
from index.corpus import MAX_FILE_BYTES
from index.errors import Stale
from index.index import Index
from index.refresh import Action, Refreshed, refresh_index
from index.saved import index_folder, load_index, saved_generation

from .titles import Titles, titles_of

if TYPE_CHECKING:
    from index.chunks import Progress


@dataclass(frozen=True)
class _Done:
    """What a refresh in another process did; the index itself is left on disk."""

    action: Action
    stale: Stale | None
    detail: str
    changed_files: int


def _refresh_and_save(corpus_dir: Path, saved: Path, max_bytes: int) -> _Done:
    """Run in a process of its own: bring the saved index up to date with the corpus."""
    outcome = refresh_index(corpus_dir, saved, max_bytes=max_bytes)
    return _Done(outcome.action, outcome.stale, outcome.detail, outcome.changed_files)


class ServedIndex:
    """Holds the index being served; ``refresh`` swaps in a new one only once it is whole.

    The index is saved under ``index_dir`` (one folder per corpus) and loaded from there
    when the corpus has not changed; a refresh re-reads only the files that changed.
    """

    def __init__(
        self,
        corpus_dir: Path | str,
        index_dir: Path | str,
        progress: Progress | None = None,
        max_file_bytes: int = MAX_FILE_BYTES,
    ) -> None:
        self.corpus_dir = Path(corpus_dir)
        self.max_file_bytes = max_file_bytes
        self.saved = index_folder(index_dir, self.corpus_dir)
        self.progress = progress
        self.last: Refreshed | None = None  # what the last refresh did
        # Whether refresh_apart builds in a process of its own (False: in the caller's,
        # as refresh does; the tests that inject faults into this process need that).
        self.isolated = True
        self.generation = ""  # of the saved index this process serves
        # The files changed since the last save that start-up read (Changes.at_start),
        # told with the first reload after it.
        self._read_at_start = 0
        self._index: Index | None = None
        # The community's synonym groups served with it (index/community.py), and the
        # state of their file when read: ``follow`` reads it again once it changes.
        self.community = Community()
        self._community_read: tuple[int, int] | None = None

    @property
    def index(self) -> Index:
        """The served index, loaded or built on first use."""
        if self._index is None:
            self.refresh()
        assert self._index is not None
        return self._index

    def titles(self) -> Titles:
        """The served index's titles for autocomplete, read once an index (about a
        quarter of a second at 48,736 articles: call it off the event loop)."""
        return titles_of(self.index)

    def refresh(self) -> Changes:
        """Bring the index up to date with the corpus folder; on any error the old index
        stays served."""
        outcome = refresh_index(
            self.corpus_dir, self.saved, self.progress, max_bytes=self.max_file_bytes
        )
        self.last = outcome
        if self._index is None and outcome.action is Action.REBUILT:
            self._read_at_start = outcome.changed_files
        return self._serve(outcome.index)

    def refresh_apart(self) -> Changes:
        """As ``refresh``, but the corpus is read, analysed, indexed and saved in a new
        process, and this one only maps the saved index in. The bot's event loop never
        waits on a build holding the interpreter lock, and the build's memory is given
        back to the system when that process ends. Blocks: run it in a thread."""
        before = self._index
        if before is None or not self.isolated:
            return self.refresh()
        from concurrent.futures import ProcessPoolExecutor  # only the bot's reloads need it
        from multiprocessing import get_context

        # spawn, not fork: this process has threads (the event loop's, asyncio's workers).
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            job = pool.submit(_refresh_and_save, self.corpus_dir, self.saved, self.max_file_bytes)
            done = job.result()
        if saved_generation(self.saved) == self.generation:
            # Mapped already: nothing changed, or follow() picked up the new save.
            fresh = self._index
        else:
            fresh = load_index(self.saved, before.analyzer)
        self.last = Refreshed(fresh, done.action, done.stale, done.detail, done.changed_files)
        return self._serve(fresh, before)

    def follow(self) -> Changes | None:
        """Serve the saved index if another process has saved a newer one since (a reload
        there reaches this process too); None when nothing changed. The community's
        synonyms are read again if their file changed (a moderator's, in any process)."""
        if self._index is not None and self._community_state() != self._community_read:
            self.regroup()
        generation = saved_generation(self.saved)
        if not generation or generation == self.generation or self._index is None:
            return None
        return self._serve(load_index(self.saved, self._index.analyzer))

    @property
    def community_file(self) -> Path:
        """Where the community's synonym groups are kept: in the corpus folder, hidden."""
        return self.corpus_dir / FILE_NAME

    def regroup(self) -> Community:
        """Serve the index with the community's synonym groups as their file says now."""
        self._index = self._grouped(self.index)
        return self.community

    def _community_state(self) -> tuple[int, int] | None:
        try:
            stat = self.community_file.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    def _grouped(self, index: Index) -> Index:
        """``index`` answering with the community's synonym groups of their file; a line
        that cannot be a group is left out (``Community.skipped`` says why), and a file
        that cannot be read gives none."""
        self._community_read = self._community_state()
        text: str | None = None
        try:
            with self.community_file.open("rb") as file:
                data = file.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise ValueError(f"over {MAX_BYTES // 1024} KB")
            text = data.decode("utf-8")
        except FileNotFoundError:
            text = ""
        except (OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
            self.community = Community(skipped=(f"{FILE_NAME} cannot be read ({error})",))
        if text is not None:
            self.community = read(text, index.analyzer)
        if index.analyzer.community_terms == self.community.terms:
            return index
        return replace(
            index, analyzer=replace(index.analyzer, community_terms=self.community.terms)
        )

    def _serve(self, fresh: Index, before: Index | None = None) -> Changes:
        """Serve ``fresh``; the changes from ``before`` (default: the index served now)."""
        generation = saved_generation(self.saved)
        changes = compare(self._index if before is None else before, fresh)
        if self._index is not None and self._read_at_start:  # a reload after start-up's
            changes = replace(changes, at_start=self._read_at_start)
            self._read_at_start = 0
        fresh = self._grouped(fresh)
        self._index = fresh  # one assignment: a question sees the old index or the new
        self.generation = generation
        return changes
