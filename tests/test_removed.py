from pathlib import Path

import pytest

from bot.library import LibraryError
from bot.removed import MOVES, RemovedFolder
from index.build import build_index
from tests.conftest import write


@pytest.fixture
def corpus(tmp_path):
    write(tmp_path / "corpus", "old.md", "---\ntitle: Old\n---\nOld news.")
    return tmp_path / "corpus"


def _out(folder: RemovedFolder, corpus: Path, article_id: str) -> Path:
    return folder.file_of(folder.move_out(build_index(corpus).articles[article_id].path))


def test_remove_moves_the_file_and_a_jsonl_line_alone(corpus):
    write(
        corpus, "many.jsonl", '{"title": "A", "text": "Alpha."}\n{"title": "B", "text": "Beta."}\n'
    )
    folder = RemovedFolder(corpus, corpus.parent / "removed")
    moved = _out(folder, corpus, "old.md")
    assert moved == corpus.parent / "removed" / "old.md" and moved.read_text().endswith("Old news.")
    assert not (corpus / "old.md").exists()
    line = _out(folder, corpus, "many.jsonl:1")
    assert line.read_text() == '{"title": "A", "text": "Alpha."}\n'
    left = build_index(corpus)
    assert [a.title for a in left.infos] == ["B"] and left.infos[0].id == "many.jsonl:2"


def test_restore_brings_a_removed_file_back_under_its_old_name(corpus):
    write(corpus, "world/dam.md", "---\ntitle: Dam collapse\n---\nA dam collapsed.")
    folder = RemovedFolder(corpus, corpus.parent / "removed")
    _out(folder, corpus, "world/dam.md")
    write(corpus, "world/dam.md", "---\ntitle: Another dam\n---\nAnother text.")
    _out(folder, corpus, "world/dam.md")  # removed there as dam-2.md
    _out(folder, corpus, "old.md")
    assert [(a.path, a.title, a.original) for a in folder.articles()] == [
        ("old.md", "Old", "old.md"),
        ("world/dam-2.md", "Another dam", "world/dam.md"),
        ("world/dam.md", "Dam collapse", "world/dam.md"),
    ]
    with pytest.raises(LibraryError, match="2 removed articles match “dam”"):
        folder.find("dam")
    with pytest.raises(LibraryError, match="no article of the removed folder matches “Alpha”"):
        folder.find("Alpha")
    assert folder.restore(folder.find("another dam")) == "world/dam.md"
    # Every kind of file that holds one article is moved out and back whole.
    write(corpus, "scraped.json", '{"title": "Scraped", "text": "A page."}')
    write(corpus, "notes.markdown", "# Notes\n\nSome notes.")
    _out(folder, corpus, "scraped.json"), _out(folder, corpus, "notes.markdown")
    assert {"Scraped", "Notes"} <= {a.title for a in folder.articles()}
    assert folder.restore(folder.find("scraped")) == "scraped.json"
    assert folder.restore(folder.find("notes")) == "notes.markdown"
    assert "Another text." in (corpus / "world" / "dam.md").read_text()
    # Its old name taken again, the first one comes back beside it; nothing is replaced.
    assert folder.restore(folder.find("dam")) == "world/dam-2.md"
    assert "A dam collapsed." in (corpus / "world" / "dam-2.md").read_text()
    assert [a.path for a in folder.articles()] == ["old.md"]


def test_a_jsonl_line_comes_back_to_its_place_so_its_id(corpus):
    lines = [f'{{"title": "T{n}", "text": "Text {n}."}}\n' for n in (1, 2, 3)]
    write(corpus, "bulk/many.jsonl", "".join(lines))
    folder = RemovedFolder(corpus, corpus.parent / "removed")
    _out(folder, corpus, "bulk/many.jsonl:2")
    _out(folder, corpus, "bulk/many.jsonl:3")
    removed = corpus.parent / "removed" / "bulk" / "many.jsonl"
    assert removed.read_text() == lines[1] + lines[2]
    assert [(a.path, a.title, a.original) for a in folder.articles()][:2] == [
        ("bulk/many.jsonl:2", "T3", "bulk/many.jsonl:3"),
        ("bulk/many.jsonl:1", "T2", "bulk/many.jsonl:2"),
    ]
    assert folder.data(folder.find("T2")) == ("bulk/many.jsonl", lines[1].encode())
    assert folder.restore(folder.find("T2")) == "bulk/many.jsonl:2"
    index = build_index(corpus)
    assert index.articles["bulk/many.jsonl:2"].title == "T2"  # its id again
    assert "bulk/many.jsonl:3" not in index.articles
    assert removed.read_text() == "\n" + lines[2]  # the other removed line keeps its place
    assert [a.title for a in folder.articles()] == ["T3"]
    # Its place taken again meanwhile: it comes at the end of its file instead.
    write(corpus, "bulk/many.jsonl", "".join(lines[:2]) + '{"title": "New", "text": "N."}\n')
    assert folder.restore(folder.find("T3")) == "bulk/many.jsonl:4"
    assert build_index(corpus).articles["bulk/many.jsonl:4"].title == "T3"
    assert folder.articles() == ()


def test_a_note_pointing_outside_the_corpus_is_refused(corpus, tmp_path):
    folder = RemovedFolder(corpus, corpus.parent / "removed")
    _out(folder, corpus, "old.md")
    moves = corpus.parent / "removed" / ".moves.jsonl"
    moves.write_text('{"to": "old.md", "from": "../outside.md", "at": 1}\n')
    with pytest.raises(LibraryError, match="outside the corpus"):
        folder.restore(folder.find("old.md"))
    assert not (tmp_path / "outside.md").exists()
    assert (corpus.parent / "removed" / "old.md").is_file()  # still there to restore by hand


def test_notes_keep_only_what_is_left_to_restore(corpus):
    removed = corpus.parent / "removed"
    lines = [f'{{"title": "T{n}", "text": "Text {n}."}}\n' for n in (1, 2)]
    write(corpus, "many.jsonl", "".join(lines))
    folder = RemovedFolder(corpus, removed)
    for _ in range(20):  # removed and restored again and again: the notes do not grow
        _out(folder, corpus, "old.md")
        folder.restore(folder.find("Old"))
    _out(folder, corpus, "many.jsonl:1")
    _out(folder, corpus, "many.jsonl:2")
    _out(folder, corpus, "old.md")
    folder.restore(folder.find("T1"))
    notes = (removed / MOVES).read_text().splitlines()
    assert len(notes) == 2  # old.md's and T2's; T1's and the twenty moves of old.md gone
    assert [(a.path, a.original) for a in folder.articles()] == [
        ("old.md", "old.md"),
        ("many.jsonl:2", "many.jsonl:2"),
    ]
    folder.restore(folder.find("T2"))
    assert not (removed / "many.jsonl").exists()  # every line back: the file goes too
    assert [a.path for a in folder.articles()] == ["old.md"]
