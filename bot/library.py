"""The index being served, and reloading it so that a failed reload loses nothing."""

from __future__ import annotations

from pathlib import Path

from index.build import open_index
from index.changes import Changes, compare
from index.search import Index


class Library:
    """Holds the served index; ``reload`` swaps in a new one only once it is complete."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self._index: Index | None = None

    @property
    def index(self) -> Index:
        """The served index, built on first use."""
        if self._index is None:
            self.reload()
        assert self._index is not None
        return self._index

    def reload(self) -> Changes:
        """Rebuild from the corpus directory; on any error the old index stays served."""
        fresh = open_index(self.directory)
        changes = compare(self._index, fresh)
        self._index = fresh
        return changes
