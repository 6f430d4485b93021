"""The index a process serves, and refreshing it so that a failed refresh loses nothing."""

from __future__ import annotations

from pathlib import Path

from index.changes import Changes, compare
from index.chunks import Progress
from index.corpus import MAX_FILE_BYTES
from index.index import Index
from index.refresh import Refreshed, refresh_index
from index.saved import index_folder, load_index, saved_generation


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
        self.generation = ""  # of the saved index this process serves
        self._index: Index | None = None

    @property
    def index(self) -> Index:
        """The served index, loaded or built on first use."""
        if self._index is None:
            self.refresh()
        assert self._index is not None
        return self._index

    def refresh(self) -> Changes:
        """Bring the index up to date with the corpus folder; on any error the old index
        stays served."""
        outcome = refresh_index(
            self.corpus_dir, self.saved, self.progress, max_bytes=self.max_file_bytes
        )
        self.last = outcome
        return self._serve(outcome.index)

    def follow(self) -> Changes | None:
        """Serve the saved index if another process has saved a newer one since (a reload
        there reaches this process too); None when nothing changed."""
        generation = saved_generation(self.saved)
        if not generation or generation == self.generation or self._index is None:
            return None
        return self._serve(load_index(self.saved, self._index.analyzer))

    def _serve(self, fresh: Index) -> Changes:
        generation = saved_generation(self.saved)
        changes = compare(self._index, fresh)
        self._index = fresh  # one assignment: a question sees the old index or the new
        self.generation = generation
        return changes
