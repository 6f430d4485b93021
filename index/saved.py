"""Save an index to a folder and load it back memory-mapped, refusing what it cannot trust."""

from __future__ import annotations

import json
import mmap
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from .analysis import Analyzer
from .errors import SavedIndexError, Stale
from .index import Index
from .synonyms import GROUPS_KEY, group_terms

# Bump when the files written here change meaning: an index saved by another version is
# rebuilt, never misread. 2: arrays named by the holders that save them.
# 3: articles have an outlet; 4: long lists in lines; 5-6: articles as arrays; 7: words'
# stems and frequencies, synonym groups' terms
FORMAT = 7
MANIFEST = "manifest.json"
# Lists of the index's record (files, articles, problems) are written beside the manifest,
# this many items a line: reading 50k articles as one JSON document holds the interpreter
# lock for over 100 ms in one call, which a bot loading an index in a thread cannot afford;
# a line of 500 is parsed in about a millisecond.
ITEMS_PER_LINE = 500


def save_index(index: Index, directory: Path | str) -> None:
    """Write ``index`` to ``directory``, replacing what was there only once all is written."""
    with saving(directory) as staging:
        for name, array in index.to_arrays().items():
            np.save(staging / f"{name}.npy", np.ascontiguousarray(array))
        write_record(staging, index.to_record(), index.analyzer)


@contextmanager
def saving(directory: Path | str) -> Iterator[Path]:
    """A staging folder to write an index into: swapped in for ``directory`` (and the
    generation marker moved on) when the block ends, removed if it fails."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = directory.with_name(f"{directory.name}.saving-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        yield staging
        _replace(staging, directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _write_atomically(generation_file(directory), f"{time.time_ns()}-{os.getpid()}")


def write_record(staging: Path, record: Mapping[str, Any], analyzer: Analyzer) -> None:
    """The manifest (format, analyzer, the record's values) and the record's lists."""
    lists = {key: value for key, value in record.items() if isinstance(value, list)}
    for key, items in lists.items():
        _write_lines(staging / f"{key}.jsonl", items)
    manifest = {
        "format": FORMAT,
        "analyzer": analyzer.fingerprint,
        "analyzer_version": analyzer.version,
        "saved_at": time.time(),
        "index": {key: value for key, value in record.items() if key not in lists},
        "lists": sorted(lists),
    }
    (staging / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def record_synonyms(index: Index, directory: Path | str) -> Index:
    """``index``, loaded from ``directory`` where it was saved with other synonym groups,
    with the groups' terms worked out, and written into its manifest (replaced whole, at
    once) so that the next process loading it need not work them out again: 0.6 s of
    every `qabot ask` after an upgrade changed the groups, until the corpus changed. The
    index as worked out all the same where the manifest cannot be written."""
    terms = group_terms(index.analyzer.analyze)
    path = Path(directory) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["index"]["synonyms"] = {"key": GROUPS_KEY, "terms": terms}
        _write_atomically(path, json.dumps(manifest))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # read-only, or changed meanwhile: worked out again next time
    return replace(index, analyzer=replace(index.analyzer, synonym_terms=terms))


def _write_lines(path: Path, items: list) -> None:
    with path.open("w", encoding="utf-8") as out:
        for start in range(0, len(items), ITEMS_PER_LINE):
            out.write(json.dumps(items[start : start + ITEMS_PER_LINE]) + "\n")


def _read_lines(path: Path) -> list:
    items: list = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            items.extend(json.loads(line))
    return items


def generation_file(directory: Path | str) -> Path:
    """The marker beside a saved index that changes each time the index is saved: other
    processes serving the same corpus watch it to pick up a reload."""
    directory = Path(directory)
    return directory.with_name(f"{directory.name}.generation")


def saved_generation(directory: Path | str) -> str:
    """The generation of the index saved in ``directory``; "" if none was saved."""
    try:
        return generation_file(directory).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _replace(staging: Path, directory: Path) -> None:
    """Swap the new folder in: a reader sees the old index or the new, never half of one."""
    old = directory.with_name(f"{directory.name}.old-{os.getpid()}")
    if directory.exists():
        directory.rename(old)
    staging.rename(directory)
    shutil.rmtree(old, ignore_errors=True)


def load_index(
    directory: Path | str, analyzer: Analyzer | None = None, *, in_memory: bool = False
) -> Index:
    """The index saved in ``directory``, its large arrays memory-mapped (or, with
    ``in_memory``, read: the folder may then be removed).

    Raises SavedIndexError when there is none, or it was saved by another version or
    with another analyzer, or cannot be read.
    """
    directory = Path(directory)
    analyzer = analyzer or Analyzer()
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SavedIndexError(Stale.NONE_SAVED) from None
    except (OSError, ValueError) as error:
        raise SavedIndexError(Stale.UNREADABLE, str(error)) from None
    if manifest.get("format") != FORMAT:
        found = manifest.get("format")
        raise SavedIndexError(Stale.OTHER_FORMAT, f"format {found}, not {FORMAT}")
    if manifest.get("analyzer") != analyzer.fingerprint:
        raise SavedIndexError(Stale.OTHER_ANALYZER)
    try:
        record = dict(manifest["index"])
        for key in manifest["lists"]:
            record[key] = _read_lines(directory / f"{key}.jsonl")
        return Index.from_arrays(_SavedArrays(directory, in_memory), record, analyzer)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SavedIndexError(Stale.DAMAGED, str(error)) from None


def drop_pages(index: Index) -> None:
    """Let go of the pages of ``index``'s mapped files that this process has read: they
    stay in the page cache (and are read again from there when next touched) but no longer
    count in the process's memory. A build reusing a large index calls it after each
    segment, having copied what it needed."""
    for array in index.to_arrays().values():
        mapped = _mapping_of(array)
        if mapped is not None and hasattr(mapped, "madvise"):
            mapped.madvise(mmap.MADV_DONTNEED)


def _mapping_of(array: np.ndarray) -> mmap.mmap | None:
    """The mapped file under ``array``, if it is a view of one."""
    seen: object = array
    while seen is not None and not isinstance(seen, mmap.mmap):
        seen = getattr(seen, "_mmap", None) or getattr(seen, "base", None)
    return seen


class _SavedArrays(Mapping[str, np.ndarray]):
    """The arrays saved in a folder, each memory-mapped when first asked for."""

    def __init__(self, directory: Path, read: bool = False) -> None:
        self._directory = directory
        self._read = read

    def __getitem__(self, name: str) -> np.ndarray:
        if self._read:
            return np.load(self._directory / f"{name}.npy")
        # A plain ndarray over the mapped file: slicing a np.memmap is many times slower.
        return np.load(self._directory / f"{name}.npy", mmap_mode="r").view(np.ndarray)

    def __iter__(self) -> Iterator[str]:
        return (path.stem for path in sorted(self._directory.glob("*.npy")))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def index_folder(base: Path | str, corpus: Path | str) -> Path:
    """Where the saved index of ``corpus`` lives under ``base``: one folder per corpus."""
    import hashlib

    key = hashlib.sha256(str(Path(corpus).resolve()).encode()).hexdigest()[:12]
    return Path(base) / f"{Path(corpus).resolve().name or 'corpus'}-{key}"
