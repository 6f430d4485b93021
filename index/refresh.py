"""Serve a corpus from its saved index: load it when up to date, else rebuild it and save."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis import Analyzer
from .bm25 import BM25Params
from .corpus import MAX_FILE_BYTES, scan
from .errors import SavedIndexError, Stale
from .index import Index
from .saved import load_index, record_synonyms

if TYPE_CHECKING:
    from .chunks import Progress


class Action(Enum):
    """What refreshing did to get an up-to-date index."""

    LOADED = "loaded"  # the saved index was up to date
    BUILT = "built"  # from nothing: the saved index could not be used (``stale`` says why)
    REBUILT = "rebuilt"  # from the saved index, re-reading only the files that changed


@dataclass(frozen=True)
class Refreshed:
    """An up-to-date index of a corpus, and how it was had."""

    index: Index
    action: Action
    stale: Stale | None = None  # why the saved index was not used, when BUILT
    detail: str = ""  # what was found about it (a format, an error), if anything
    changed_files: int = 0  # files added, changed or removed, when REBUILT


def refresh_index(
    corpus: Path | str,
    saved: Path | str,
    progress: Progress | None = None,
    analyzer: Analyzer | None = None,
    params: BM25Params | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Refreshed:
    """The index of the folder ``corpus``: loaded from the folder ``saved`` when it is up to
    date, else rebuilt (re-reading only the files that changed when the saved one can be
    reused) and saved there.

    Raises CorpusError when the corpus cannot be used, and IndexNotSaved when the new
    index cannot be written; nothing is changed then.
    """
    corpus, saved = Path(corpus), Path(saved)
    analyzer = analyzer or Analyzer()
    params = params or BM25Params()
    files = scan(corpus)
    old: Index | None = None
    stale, detail = None, ""
    try:
        old = load_index(saved, analyzer)
    except SavedIndexError as error:
        stale, detail = error.reason, error.detail
    if old is not None and old.bm25.params != params:
        old, stale = None, Stale.OTHER_PARAMS
    if old is not None and Path(old.directory).resolve() != corpus.resolve():
        old, stale = None, Stale.OTHER_CORPUS
    if old is not None and tuple(files) == old.files:
        if old.analyzer.synonym_terms is None:  # saved with other synonym groups
            old = record_synonyms(old, saved)
        return Refreshed(old, Action.LOADED)
    # Imported here: a question on an index that is up to date never builds, and the
    # builder's modules (its worker pools among them) are 15 ms of a cold start.
    from .build import build

    built = build(
        corpus,
        old,
        analyzer=analyzer,
        params=params,
        progress=progress,
        max_bytes=max_bytes,
        into=saved,
    )
    if old is None:
        return Refreshed(built.index, Action.BUILT, stale, detail)
    return Refreshed(built.index, Action.REBUILT, changed_files=built.changed_files)
