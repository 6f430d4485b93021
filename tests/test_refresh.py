import shutil

import pytest

from index.answers import answer
from index.build import open_index
from index.refresh import open_corpus
from tests.conftest import SEED_FILE, write


@pytest.fixture
def corpus(tmp_path):
    directory = tmp_path / "corpus"
    directory.mkdir()
    shutil.copy(SEED_FILE, directory)
    write(directory, "circus.md", "---\ntitle: Circus\n---\nSix elephants joined the circus.\n")
    write(directory, "broken.txt", b"\xff\xfe\x00")
    return directory


def texts(index, question):
    return [hit.passage.text for hit in answer(index, question).hits]


def test_open_corpus_loads_when_fresh_and_rebuilds_only_changed_files(corpus, tmp_path):
    saved = tmp_path / "ix"
    first, status = open_corpus(corpus, saved)
    assert status.startswith("built the index (no saved index yet")
    again, status = open_corpus(corpus, saved)
    assert status.startswith("loaded the saved index")
    write(corpus, "nuclear.md", "They signed a reactor deal in Dhaka.")
    (corpus / "circus.md").unlink()
    updated, status = open_corpus(corpus, saved)
    assert status.startswith("rebuilt the index: 2 file(s) changed")
    assert texts(updated, "reactor deal") == ["They signed a reactor deal in Dhaka."]
    assert texts(updated, "elephants circus")[0].startswith("In January, Myanmar gifted")
    assert "broken.txt" in [p.path for p in updated.problems]  # kept from the saved index
    full = open_index(corpus)
    for question in ("who supplies Myanmar's jets?", "reactor", "sanctions on russia"):
        assert texts(updated, question) == texts(full, question)


def test_a_new_file_reusing_an_id_is_refused(corpus, tmp_path):
    saved = tmp_path / "ix"
    open_corpus(corpus, saved)
    write(corpus, "zz-copy.md", "---\nid: circus.md\n---\nA copy.\n")
    index, _ = open_corpus(corpus, saved)
    assert any("already used by circus.md" in str(p) for p in index.problems)
    assert index.articles["circus.md"].title == "Circus"
