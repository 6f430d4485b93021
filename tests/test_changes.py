from index.build import build_index
from index.changes import compare
from tests.conftest import write


def test_added_changed_removed_and_sentence_counts(tmp_path):
    write(tmp_path, "keep.md", "Kept. Two sentences.")
    write(tmp_path, "edit.md", "Before.")
    gone = write(tmp_path, "gone.md", "Removed.")
    before = build_index(tmp_path)
    write(tmp_path, "edit.md", "After the edit.")
    gone.unlink()
    write(tmp_path, "new.md", "Brand new.")
    write(tmp_path, "broken.jsonl", "{nope")
    changes = compare(before, build_index(tmp_path))
    assert (changes.added, changes.changed, changes.removed) == (
        ("new.md",),
        ("edit.md",),
        ("gone.md",),
    )
    assert (changes.sentences_before, changes.sentences_after) == (4, 4)
    assert [p.path for p in changes.problems] == ["broken.jsonl"]


def test_first_load_counts_everything_as_added(tmp_path):
    write(tmp_path, "a.md", "One.")
    changes = compare(None, build_index(tmp_path))
    assert changes.added == ("a.md",) and changes.sentences_before == 0


def test_titles_and_problems_told_once(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Alpha\n---\nOne.")
    gone = write(tmp_path, "b.md", "---\ntitle: Beta\n---\nTwo.")
    write(tmp_path, "broken.jsonl", "{nope")
    first = build_index(tmp_path)
    assert [p.path for p in compare(None, first).new_problems] == ["broken.jsonl"]
    gone.unlink()
    write(tmp_path, "c.md", "---\ntitle: Gamma\n---\nThree.")
    changes = compare(first, build_index(tmp_path))
    assert changes.titles["b.md"] == "Beta" and changes.titles["c.md"] == "Gamma"
    assert changes.new_problems == () and len(changes.problems) == 1
    write(tmp_path, "broken.jsonl", "{still nope")
    second = build_index(tmp_path)
    assert len(compare(first, second).new_problems) == 1  # changed: told again
