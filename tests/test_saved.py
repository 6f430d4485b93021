import json
from pathlib import Path

import numpy as np
import pytest

from index import analysis
from index.analysis import Analyzer
from index.build import build_index
from index.errors import SavedIndexError, Stale
from index.refresh import Action, refresh_index
from index.saved import load_index, save_index
from tests.conftest import quoted


def test_saved_index_loads_memory_mapped_and_answers_the_same(seed_and_circus, tmp_path):
    built = build_index(seed_and_circus)
    save_index(built, tmp_path / "ix")
    loaded = load_index(tmp_path / "ix")
    assert isinstance(loaded.bm25.postings_doc.base, np.memmap)  # mapped, not read
    assert len(loaded.passages) == len(built.passages) == 25
    for question in ("who supplies Myanmar's jets?", "elephants", "capital of France"):
        assert quoted(loaded, question) == quoted(built, question)
    assert [str(p) for p in loaded.problems] == [str(p) for p in built.problems]
    assert list(loaded.passages) == list(built.passages)


def test_every_array_of_the_index_is_saved_and_loaded_back(seed_and_circus, tmp_path):
    built = build_index(seed_and_circus)
    save_index(built, tmp_path / "ix")
    loaded = load_index(tmp_path / "ix").to_arrays()
    written = built.to_arrays()
    assert loaded.keys() == written.keys()
    for name, array in written.items():
        np.testing.assert_array_equal(loaded[name], array, err_msg=name)


def test_another_analyzer_or_format_is_rebuilt_never_misread(
    seed_and_circus, tmp_path, monkeypatch
):
    saved = tmp_path / "ix"
    refresh_index(seed_and_circus, saved)
    with pytest.raises(SavedIndexError, match="analyzer changed"):
        load_index(saved, Analyzer(version=99))
    manifest = json.loads((saved / "manifest.json").read_text())
    manifest["format"] = 0
    (saved / "manifest.json").write_text(json.dumps(manifest))
    outcome = refresh_index(seed_and_circus, saved)
    assert (outcome.action, outcome.stale) == (Action.BUILT, Stale.OTHER_FORMAT)
    assert "format 0" in outcome.detail
    monkeypatch.setattr(analysis, "nltk_version", lambda: "99.0")  # may move boundaries
    outcome = refresh_index(seed_and_circus, saved)
    assert (outcome.action, outcome.stale) == (Action.BUILT, Stale.OTHER_ANALYZER)
    (saved / "bm25.doc.npy").write_bytes(b"garbage")
    outcome = refresh_index(seed_and_circus, saved)
    assert (outcome.action, outcome.stale) == (Action.BUILT, Stale.DAMAGED)


def mapped_kb(folder) -> int:
    """Resident kB of this process's mappings of the files in ``folder``."""
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5:  # a mapping's header line
            inside = len(fields) >= 6 and fields[5].startswith(str(folder))
        elif inside and fields[0] == "Rss:":
            total += int(fields[1])
    return total


def test_dropping_pages_leaves_memory_but_not_the_answers(tmp_path):
    from index.saved import drop_pages
    from tests.conftest import SEED_DIR

    saved = tmp_path / "ix"
    built = build_index(SEED_DIR)
    save_index(built, saved)
    loaded = load_index(saved)
    before = quoted(loaded, "who supplies Myanmar's jets?")
    for array in loaded.to_arrays().values():
        array.sum()  # every page read
    assert mapped_kb(saved) > 0
    drop_pages(loaded)
    assert mapped_kb(saved) == 0
    assert quoted(loaded, "who supplies Myanmar's jets?") == before  # read again as needed
