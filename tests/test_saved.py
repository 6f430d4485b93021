import json

import numpy as np
import pytest

from index.analysis import Analyzer
from index.build import open_index
from index.refresh import open_corpus
from index.saved import SavedIndexError, load_index, save_index
from tests.conftest import quoted


def test_saved_index_loads_memory_mapped_and_answers_the_same(seed_and_circus, tmp_path):
    built = open_index(seed_and_circus)
    save_index(built, tmp_path / "ix")
    loaded = load_index(tmp_path / "ix")
    assert isinstance(loaded.bm25.postings_doc.base, np.memmap)  # mapped, not read
    assert len(loaded.passages) == len(built.passages) == 25
    for question in ("who supplies Myanmar's jets?", "elephants", "capital of France"):
        assert quoted(loaded, question) == quoted(built, question)
    assert [str(p) for p in loaded.problems] == [str(p) for p in built.problems]


def test_another_analyzer_or_format_is_rebuilt_never_misread(seed_and_circus, tmp_path):
    saved = tmp_path / "ix"
    open_corpus(seed_and_circus, saved)
    with pytest.raises(SavedIndexError, match="analyzer changed"):
        load_index(saved, Analyzer(version=99))
    manifest = json.loads((saved / "manifest.json").read_text())
    manifest["format"] = 0
    (saved / "manifest.json").write_text(json.dumps(manifest))
    _, status = open_corpus(seed_and_circus, saved)
    assert "has format 0" in status and status.startswith("built the index")
    (saved / "bm25_doc.npy").write_bytes(b"garbage")
    _, status = open_corpus(seed_and_circus, saved)
    assert "damaged" in status
