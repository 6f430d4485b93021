from index.build import open_index
from index.refresh import open_corpus
from tests.conftest import quoted, write


def test_open_corpus_loads_when_fresh_and_rebuilds_only_changed_files(seed_and_circus, tmp_path):
    saved = tmp_path / "ix"
    first, status = open_corpus(seed_and_circus, saved)
    assert status.startswith("built the index (no saved index yet")
    again, status = open_corpus(seed_and_circus, saved)
    assert status.startswith("loaded the saved index")
    write(seed_and_circus, "nuclear.md", "They signed a reactor deal in Dhaka.")
    (seed_and_circus / "circus.md").unlink()
    updated, status = open_corpus(seed_and_circus, saved)
    assert status.startswith("rebuilt the index: 2 file(s) changed")
    assert quoted(updated, "reactor deal") == ["They signed a reactor deal in Dhaka."]
    assert quoted(updated, "elephants circus")[0].startswith("In January, Myanmar gifted")
    assert "broken.txt" in [p.path for p in updated.problems]  # kept from the saved index
    full = open_index(seed_and_circus)
    for question in ("who supplies Myanmar's jets?", "reactor", "sanctions on russia"):
        assert quoted(updated, question) == quoted(full, question)


def test_a_new_file_reusing_an_id_is_refused(seed_and_circus, tmp_path):
    saved = tmp_path / "ix"
    open_corpus(seed_and_circus, saved)
    write(seed_and_circus, "zz-copy.md", "---\nid: circus.md\n---\nA copy.\n")
    index, _ = open_corpus(seed_and_circus, saved)
    assert any("already used by circus.md" in str(p) for p in index.problems)
    assert index.articles["circus.md"].title == "Circus"


def test_a_touched_but_unchanged_file_is_not_analysed_again(seed_and_circus, tmp_path, monkeypatch):
    import os

    from index import refresh

    saved = tmp_path / "ix"
    before, _ = open_corpus(seed_and_circus, saved)
    stat = (seed_and_circus / "circus.md").stat()
    os.utime(seed_and_circus / "circus.md", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    analysed = []
    original = refresh.analyse_all
    monkeypatch.setattr(
        refresh,
        "analyse_all",
        lambda articles, *a: analysed.extend(articles) or original(articles, *a),
    )
    after, status = open_corpus(seed_and_circus, saved)
    assert analysed == []
    assert status.startswith("rebuilt the index: 0 file(s) changed")
    assert quoted(after, "elephants circus") == quoted(before, "elephants circus")
    again, status = open_corpus(seed_and_circus, saved)
    assert status.startswith("loaded")  # the new modification time was recorded
