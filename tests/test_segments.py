import shutil

import numpy as np
import pytest

from index import build, segments
from index.build import build_index
from index.errors import IndexNotSaved
from index.refresh import Action, refresh_index
from index.saved import load_index
from tests.conftest import DATA, SEED_FILE, quoted, write

# Small enough that every file or two is a segment of its own.
SMALL = 1_500


@pytest.fixture
def corpus(tmp_path):
    """The seed, the distractors, a JSONL file whose second line reuses an earlier
    file's id, and an unreadable file: articles, duplicates and problems across segments."""
    directory = tmp_path / "corpus"
    shutil.copytree(DATA / "distractors", directory)
    shutil.copy(SEED_FILE, directory)
    write(
        directory,
        "zz-wire.jsonl",
        '{"id": "wire-1", "title": "Jets", "text": "Thailand bought Gripen jets from Sweden."}\n'
        '{"id": "india-russia-arms.md", "title": "Copy", "text": "A copy of an article."}\n'
        '{"id": "wire-2", "title": "Dhaka", "text": "A reactor deal was signed in Dhaka."}\n',
    )
    write(directory, "broken.txt", b"\xff\xfe\x00")
    return directory


def assert_same_index(built, expected, but=()):
    got, wanted = built.to_arrays(), expected.to_arrays()
    assert got.keys() == wanted.keys()
    for name, array in wanted.items():
        if name.startswith(but):
            continue
        assert got[name].dtype == array.dtype, name
        np.testing.assert_array_equal(got[name], array, err_msg=name)
    assert built.to_record() == expected.to_record()


def test_an_index_built_in_segments_is_the_index_built_in_one_piece(corpus, monkeypatch):
    monkeypatch.setattr(segments, "RANGE_POSTINGS", 40)  # and postings merged in many ranges
    assert len(build._segments(build.scan(corpus), SMALL)) >= 4
    whole = build_index(corpus)
    assert_same_index(build_index(corpus, segment_bytes=SMALL), whole)
    assert "already used by india-russia-arms.md" in " ".join(str(p) for p in whole.problems)


def test_a_rebuild_in_segments_saves_what_a_build_from_nothing_gives(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "SEGMENT_BYTES", SMALL)
    saved = tmp_path / "ix"
    first = refresh_index(corpus, saved)
    assert first.action is Action.BUILT
    assert isinstance(first.index.bm25.postings_doc.base, np.memmap)  # merged on disk
    write(corpus, "aa-new.md", "---\ntitle: New\n---\nSix elephants left the circus in May.\n")
    (corpus / "rohingya-bangladesh.md").unlink()
    write(corpus, "zz-wire.jsonl", '{"id": "wire-3", "title": "Jets", "text": "Jets flew."}\n')
    again = refresh_index(corpus, saved)
    assert (again.action, again.changed_files) == (Action.REBUILT, 3)
    rebuilt, fresh = load_index(saved), build_index(corpus)
    # A rebuild keeps the written words of the articles it reuses, and of removed ones
    # whose terms other articles still use ("elephant" for "elephants"): a typo is then
    # mended to a word no passage writes, but the term it stands for is still there.
    assert_same_index(rebuilt, fresh, but=("vocabulary.",))
    assert set(fresh.vocabulary.words.strings()) <= set(rebuilt.vocabulary.words.strings())
    assert quoted(again.index, "elephants left the circus")[0] == (
        "Six elephants left the circus in May."
    )
    assert not list(tmp_path.glob(".qabot-segments-*"))  # segments removed


def test_a_merge_that_cannot_write_keeps_the_saved_index(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "SEGMENT_BYTES", SMALL)
    saved = tmp_path / "ix"
    refresh_index(corpus, saved)
    write(corpus, "aa-new.md", "A reactor deal was signed in Rangoon.\n")

    def disk_full(self, array):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(segments._Appended, "write", disk_full)
    with pytest.raises(IndexNotSaved, match="No space left on device"):
        refresh_index(corpus, saved)
    monkeypatch.undo()
    kept = load_index(saved)
    assert "aa-new.md" not in [info.file for info in kept.infos]
    assert quoted(kept, "Gripen jets")
    assert not list(tmp_path.glob(".qabot-segments-*")) and not list(tmp_path.glob("ix.saving-*"))


def test_term_ranges_cover_every_term_once_and_never_split_one():
    start = np.array([0, 5, 6, 30, 31, 32])  # term 2 alone holds 24 postings
    ranges = list(segments._ranges(start, 10))
    assert ranges == [(0, 2), (2, 3), (3, 5)]


def test_files_reused_from_an_earlier_index_weigh_a_third_in_a_segment():
    from index.corpus import FileStat

    files = [FileStat(f"{n}.md", 300, 0) for n in range(6)]
    assert len(build._segments(files, 600)) == 3
    assert len(build._segments(files, 600, reused=set(files[:3]))) == 2  # 300 + 900
