import json

from index.analysis import Analyzer
from index.build import build_index
from index.errors import Stale
from index.refresh import Action, refresh_index
from index.saved import MANIFEST, load_index
from index.synonyms import group_terms
from tests.conftest import quoted, write


def test_refresh_loads_when_fresh_and_rebuilds_only_changed_files(seed_and_circus, tmp_path):
    saved = tmp_path / "ix"
    first = refresh_index(seed_and_circus, saved)
    assert (first.action, first.stale) == (Action.BUILT, Stale.NONE_SAVED)
    again = refresh_index(seed_and_circus, saved)
    assert again.action is Action.LOADED
    write(seed_and_circus, "nuclear.md", "They signed a reactor deal in Dhaka.")
    (seed_and_circus / "circus.md").unlink()
    outcome = refresh_index(seed_and_circus, saved)
    assert (outcome.action, outcome.changed_files) == (Action.REBUILT, 2)
    updated = outcome.index
    assert quoted(updated, "reactor deal") == ["They signed a reactor deal in Dhaka."]
    assert quoted(updated, "elephants circus")[0].startswith("In January, Myanmar gifted")
    assert "broken.txt" in [p.path for p in updated.problems]  # kept from the saved index
    full = build_index(seed_and_circus)
    for question in ("who supplies Myanmar's jets?", "reactor", "sanctions on russia"):
        assert quoted(updated, question) == quoted(full, question)
    assert updated.problems == full.problems


def test_a_new_file_reusing_an_id_is_refused(seed_and_circus, tmp_path):
    saved = tmp_path / "ix"
    refresh_index(seed_and_circus, saved)
    write(seed_and_circus, "zz-copy.md", "---\nid: circus.md\n---\nA copy.\n")
    index = refresh_index(seed_and_circus, saved).index
    assert any("already used by circus.md" in str(p) for p in index.problems)
    assert index.articles["circus.md"].title == "Circus"


def test_a_touched_but_unchanged_file_is_not_analysed_again(seed_and_circus, tmp_path, monkeypatch):
    import os

    from index import build

    saved = tmp_path / "ix"
    before = refresh_index(seed_and_circus, saved).index
    stat = (seed_and_circus / "circus.md").stat()
    os.utime(seed_and_circus / "circus.md", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    analysed = []
    original = build.analyse_all
    monkeypatch.setattr(
        build,
        "analyse_all",
        lambda articles, *a: analysed.extend(articles) or original(articles, *a),
    )
    after = refresh_index(seed_and_circus, saved)
    assert analysed == []
    assert (after.action, after.changed_files) == (Action.REBUILT, 0)
    assert quoted(after.index, "elephants circus") == quoted(before, "elephants circus")
    again = refresh_index(seed_and_circus, saved)
    assert again.action is Action.LOADED  # the new modification time was recorded


def test_an_index_saved_with_other_synonym_groups_records_the_groups_once(
    seed_and_circus, tmp_path
):
    saved = tmp_path / "saved"
    refresh_index(seed_and_circus, saved)
    manifest = saved / MANIFEST
    record = json.loads(manifest.read_text(encoding="utf-8"))
    record["index"]["synonyms"] = {"key": "groups of an older qabot", "terms": [["x"]]}
    manifest.write_text(json.dumps(record), encoding="utf-8")
    assert load_index(saved).analyzer.synonym_terms is None  # worked out at every question
    refreshed = refresh_index(seed_and_circus, saved)
    assert refreshed.action is Action.LOADED  # nothing rebuilt for it
    assert refreshed.index.analyzer.synonym_terms == group_terms(Analyzer().analyze)
    again = load_index(saved)
    assert again.analyzer.synonym_terms == refreshed.index.analyzer.synonym_terms
    assert quoted(again, "who supplies Myanmar's jets?") == quoted(
        refreshed.index, "who supplies Myanmar's jets?"
    )
