import asyncio

import pytest

from bot import reports
from bot.curation import Curator
from bot.library import LibraryError, NewArticle
from bot.store import Store
from index.errors import IndexNotSaved
from tests.conftest import served_over, write


@pytest.fixture
def curator(tmp_path):
    """Makes a Curator of the test's corpus folder, refreshing with ``reload`` if given
    (one that fails, to see a change undone); its stores are closed after the test."""
    stores = []

    def make(reload=None) -> Curator:
        settings, served = served_over(tmp_path / "corpus", tmp_path)

        async def refresh():
            return await asyncio.to_thread(served.refresh)

        stores.append(Store(settings.database_path))
        return Curator(settings, served, stores[-1], reload or refresh)

    yield make
    for store in stores:
        store.close()


def test_the_only_article_is_not_removed(tmp_path, curator):
    write(tmp_path / "corpus", "solo.md", "---\ntitle: Solo\n---\nThe only article here.")
    with pytest.raises(LibraryError, match="“Solo” is the only article"):
        asyncio.run(curator().remove("solo.md", "mod"))
    assert (tmp_path / "corpus" / "solo.md").is_file()


def test_an_article_removed_comes_back_when_the_refresh_fails(tmp_path, curator):
    write(tmp_path / "corpus", "a.md", "---\ntitle: A\n---\nAlpha news.")
    write(tmp_path / "corpus", "b.md", "---\ntitle: B\n---\nBeta news.")

    async def failing():
        raise IndexNotSaved(tmp_path / "index", "the disk is full")

    with pytest.raises(IndexNotSaved):
        asyncio.run(curator(failing).remove("a.md", "mod"))
    # The index still serves it: the corpus holds it again, and nothing is left to restore.
    assert (tmp_path / "corpus" / "a.md").read_text().endswith("Alpha news.")
    assert not (tmp_path / "removed" / "a.md").exists()


def test_an_add_is_undone_when_the_refresh_fails(tmp_path, curator):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: Dam\nsource: https://example.com/dam\n---\nA dam broke.")
    write(corpus, "b.md", "---\ntitle: B\n---\nBeta news.")

    async def failing():
        raise IndexNotSaved(tmp_path / "index", "the disk is full")

    fixed = NewArticle("Dam", ("A dam broke on Sunday.",), "https://example.com/dam")
    new = NewArticle("Flood", ("The river flooded.",))
    with pytest.raises(IndexNotSaved):
        asyncio.run(curator(failing).add([fixed, new], "mod", replace=True))
    # The old index still answers: the corpus is as it read it, the replaced text back.
    assert sorted(p.name for p in corpus.iterdir()) == ["a.md", "b.md"]
    assert (corpus / "a.md").read_text().endswith("A dam broke.")


def test_a_restore_is_undone_when_the_refresh_fails(tmp_path, curator):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: A\n---\nAlpha news.")
    write(corpus, "b.md", "---\ntitle: B\n---\nBeta news.")
    asyncio.run(curator().remove("a.md", "mod"))

    async def failing():
        raise IndexNotSaved(tmp_path / "index", "the disk is full")

    with pytest.raises(IndexNotSaved):
        asyncio.run(curator(failing).restore("A", "mod"))
    assert not (corpus / "a.md").exists()  # as the old index reads the corpus
    assert [a.title for a in curator().removed.articles()] == ["A"]  # to restore


def test_a_file_that_gave_no_article_is_moved_out_and_back_if_the_refresh_fails(tmp_path, curator):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: A\n---\nAlpha news.")
    write(corpus, "list.json", '[{"text": "One."}, {"text": "Two."}]')
    write(corpus, "bulk.jsonl", '{"text": "Good line."}\n{not json\n')

    async def failing():
        raise IndexNotSaved(tmp_path / "index", "the disk is full")

    with pytest.raises(IndexNotSaved):
        asyncio.run(curator(failing).remove("list.json", "mod"))
    assert (corpus / "list.json").is_file() and not (tmp_path / "removed" / "list.json").exists()
    moved = asyncio.run(curator().remove("list.json", "mod"))
    assert moved.unread.startswith("holds a list of 2 articles") and not moved.restore
    assert (tmp_path / "removed" / "list.json").is_file()
    # A file one article was read from is no unread file: its bad line stays named.
    with pytest.raises(LibraryError, match="no article 'bulk.jsonl'"):
        asyncio.run(curator().remove("bulk.jsonl", "mod"))


def test_an_edit_is_refused_where_it_changes_nothing_or_takes_anothers_text_or_link(
    tmp_path, curator
):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: Dam\nsource: https://example.com/dam\n---\nA dam broke.")
    write(corpus, "b.md", "---\ntitle: B\n---\nBeta news.")
    edit = curator().edit
    same = NewArticle("Dam", ("A dam broke.",), "https://example.com/dam")
    with pytest.raises(LibraryError, match="nothing changed in “Dam”"):
        asyncio.run(edit("a.md", same, "mod"))
    with pytest.raises(LibraryError, match="is already in the corpus: “B”"):
        asyncio.run(edit("a.md", NewArticle("Dam", ("Beta news.",)), "mod"))
    linked = NewArticle("B", ("Beta news, corrected.",), "https://example.com/dam/")
    with pytest.raises(LibraryError, match="https://example.com/dam/ is already in the corpus"):
        asyncio.run(edit("b.md", linked, "mod"))
    assert sorted(p.name for p in corpus.iterdir()) == ["a.md", "b.md"]


def test_an_edit_is_undone_when_the_refresh_fails(tmp_path, curator):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: Dam\nsource: https://example.com/dam\n---\nA dam broke.")
    write(corpus, "b.md", "---\ntitle: B\n---\nBeta news.")
    before = (corpus / "a.md").read_text()

    async def failing():
        raise IndexNotSaved(tmp_path / "index", "the disk is full")

    fixed = NewArticle("Dam collapse", ("A dam broke on Sunday.",), "https://example.com/dam")
    with pytest.raises(IndexNotSaved):
        asyncio.run(curator(failing).edit("a.md", fixed, "mod"))
    assert (corpus / "a.md").read_text() == before
    assert sorted(p.name for p in corpus.iterdir()) == ["a.md", "b.md"]


def test_an_edited_txt_keeps_its_id_and_its_earlier_version_is_not_restored_beside_it(
    tmp_path, curator
):
    corpus = tmp_path / "corpus"
    write(corpus, "dam.txt", "---\ntitle: Dam\n---\nA dam broke.")
    write(corpus, "b.md", "---\ntitle: B\n---\nBeta news.")
    make = curator()
    fixed = NewArticle("Dam collapse", ("A dam broke on Sunday.",))
    edited = asyncio.run(make.edit("dam.txt", fixed, "mod")).articles[0]
    assert edited.file == "dam-collapse.md" and edited.edited
    assert make.served.index.articles["dam.txt"].title == "Dam collapse"  # the same id
    with pytest.raises(LibraryError, match="“Dam collapse” \\(dam-collapse.md\\), its edited"):
        asyncio.run(make.restore("dam.txt", "mod"))
    assert sorted(p.name for p in corpus.iterdir()) == ["b.md", "dam-collapse.md"]


def test_a_change_reports_the_files_its_refresh_newly_could_not_read(tmp_path, curator):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: A\n---\nAlpha news.")
    write(corpus, "b.md", "---\ntitle: B\n---\nBeta news.")
    make = curator()
    (corpus / "broken.md").write_bytes(b"caf\xe9")  # put there meanwhile, by hand
    added = asyncio.run(make.add([NewArticle("Dam", ("A dam broke.",))], "mod"))
    said = reports.added_markdown(added)
    assert said.startswith("Added *Dam* (`dam.md`): 1 sentence.")
    assert "Could not read 1 file or line:\n• broken.md: " in said
    removed = reports.removed_markdown(asyncio.run(make.remove("b.md", "mod")))
    assert "Could not read" not in removed  # told once, as a reload tells it
