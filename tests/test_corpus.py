import codecs
import json
import unicodedata
from pathlib import Path

import pytest

from bot import render
from bot.config import BUNDLED_CORPUS
from index.answers import answer
from index.build import build_index
from index.corpus import TOO_LARGE, read_corpus
from index.errors import CorpusError
from tests.conftest import write

GOOD = "---\ntitle: Good\nsource: https://example.org/good\n---\nGood article text.\n"


def problems(directory: Path) -> dict[str, str]:
    return {p.path: str(p) for p in read_corpus(directory).problems}


def test_every_bundled_corpus_file_reads_without_problems():
    load = read_corpus(BUNDLED_CORPUS)
    assert [str(p) for p in load.problems] == []
    assert load.articles
    for article in load.articles:
        assert article.title, f"{article.path} has no title"
        assert article.paragraphs


def test_seed_article_metadata_leaves_unknown_fields_empty():
    article = read_corpus(BUNDLED_CORPUS).articles[0]
    assert article.title == "Myanmar junta leader arrives in Russia for official visit"
    assert (article.source, article.published, article.author) == ("", "", "")
    assert article.id == "000_ca0daf8963f53742.txt"
    assert len(article.paragraphs) == 7


def test_missing_directory(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        read_corpus(tmp_path / "nowhere")


def test_empty_directory(tmp_path):
    with pytest.raises(CorpusError, match="is empty"):
        read_corpus(tmp_path)


def test_bad_files_are_named_with_the_reason_and_good_ones_still_read(tmp_path):
    write(tmp_path, "good.md", GOOD)
    write(tmp_path, "latin1.txt", "caf\xe9 au lait".encode("latin-1"))
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(tmp_path, "empty.md", "  \n\n")
    write(tmp_path, "unclosed.md", "---\ntitle: Never closed\nsource: AFP\n")
    write(tmp_path, "badline.md", "---\ntitle: Fine\nthis line has no colon\n---\nText.\n")
    write(tmp_path, "unknown.md", "---\ntitel: Typo\n---\nText.\n")
    write(tmp_path, "only-front.md", "---\ntitle: Nothing after\n---\n\n")
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    found = problems(tmp_path)
    assert [a.id for a in read_corpus(tmp_path).articles] == ["good.md"]
    assert "not UTF-8" in found["latin1.txt"] and "offset 3" in found["latin1.txt"]
    assert "binary" in found["image.txt"]
    assert "empty" in found["empty.md"]
    assert "never closed" in found["unclosed.md"]
    assert found["badline.md"].startswith("badline.md:3:")
    assert "'titel'" in found["unknown.md"] and "title" in found["unknown.md"]
    assert "no article text" in found["only-front.md"]
    assert "not an article file" in found["notes.pdf"]


def test_text_that_says_its_encoding_by_a_byte_order_mark_is_read(tmp_path):
    text = "---\ntitle: Café\n---\nThe café opened. “It sells crêpes,” she said.\n"
    for encoding in ("utf-16", "utf-16-be", "utf-32"):  # utf-16 and utf-32 write the mark
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = codecs.BOM_UTF16_BE + data
        write(tmp_path, f"{encoding}.md", data)
    write(tmp_path, "broken.md", codecs.BOM_UTF16_LE + b"\x00\xd8")  # half a surrogate pair
    corpus = read_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["utf-16-be.md", "utf-16.md", "utf-32.md"]
    assert {(a.title, a.text) for a in corpus.articles} == {
        ("Café", "The café opened. “It sells crêpes,” she said.")  # as Markdown reads it
    }
    assert "UTF-16's byte-order mark" in problems(tmp_path)["broken.md"]
    # Latin-1 text that begins "ÿþ" is no UTF-16: read so, it was a line of ideographs.
    latin = "ÿþ" + "---\ntitle: Cafe\n---\nThe cafe opened on Monday in the old town.\n" * 3
    write(tmp_path, "latin.md", latin.encode("latin-1") + b"\n")  # even: it decodes
    assert "UTF-16's byte-order mark" in problems(tmp_path)["latin.md"]


def test_accents_written_as_combining_marks_are_read_composed_and_invisibles_go(tmp_path):
    # macOS and some pages save "ö" as "o" and a combining mark; the word pattern split
    # such a word in two ("Mo", "ngke"), and "mongke" found nothing.
    decomposed = unicodedata.normalize("NFD", "Möngke met café owners in Zürich.")
    write(tmp_path, "a.md", f"---\ntitle: {decomposed}\n---\n{decomposed}\n")
    write(tmp_path, "b.jsonl", json.dumps({"text": decomposed}) + "\n")  # "\\u0308" escapes
    articles = read_corpus(tmp_path).articles
    composed = "Möngke met café owners in Zürich."
    assert [(a.title, a.text.strip()) for a in articles] == [(composed, composed), ("", composed)]
    # Soft hyphens and zero-width spaces inside words, as web pages write them, go.
    write(tmp_path, "c.md", "Western sanc\u00adtions hit Myan\u200bmar's junta.\n")
    index = build_index(tmp_path)
    assert answer(index, "mongke zurich").hits[0].passage.text == composed
    sanctions = answer(index, "myanmar sanctions").hits[0].passage.text
    assert sanctions == "Western sanctions hit Myanmar's junta."


def test_jsonl_lines_are_articles_and_bad_lines_are_named(tmp_path):
    lines = [
        json.dumps({"id": "a1", "title": "First", "source": "AFP", "text": "One. Two."}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": "Only text."}),
    ]
    write(tmp_path, "bulk.jsonl", "\n".join(lines))
    load = read_corpus(tmp_path)
    assert [(a.id, a.title, a.source) for a in load.articles] == [
        ("a1", "First", "AFP"),
        ("bulk.jsonl:6", "", ""),
    ]
    messages = [str(p) for p in load.problems]
    assert messages[0].startswith("bulk.jsonl:2: not valid JSON")
    assert messages[1].startswith("bulk.jsonl:3:") and '"text"' in messages[1]
    assert messages[2].startswith("bulk.jsonl:4: not a JSON object")


def test_a_json_file_is_one_article_as_scrapers_save_a_page(tmp_path):
    # As trafilatura's --json and news-please save a page: their names of the fields,
    # the text one paragraph a line, a list of authors; their other keys are not read.
    trafilatura = {
        "title": "Junta leader in Moscow",
        "author": "Ann Lee",
        "hostname": "www.example.org",
        "date": "2024-03-04",
        "source": "https://www.example.org/a",
        "source-hostname": "Example News",
        "text": "The leader arrived.\nHe met the president.",
        "comments": "First!",
        "tags": None,
    }
    news_please = {
        "authors": ["Ann Lee", "Bo Chan"],
        "date_publish": "2024-03-05 10:00:00",
        "maintext": "The visit ended.",
        "source_domain": "www.example.com",
        "title": "Visit ends",
        "url": "https://www.example.com/b",
    }
    write(tmp_path, "trafilatura.json", json.dumps(trafilatura))
    write(tmp_path, "news-please.json", json.dumps(news_please, indent=2))
    write(tmp_path, "list.json", json.dumps([{"text": "A."}, {"text": "B."}]))
    write(tmp_path, "broken.json", '{\n  "text": "A."\n  "title": "B"\n}')
    write(tmp_path, "notes.json", json.dumps({"name": "not an article"}))
    corpus = read_corpus(tmp_path)
    read = {
        a.id: (a.title, a.author, a.source, a.outlet, a.published, a.text[slice(*a.paragraphs[-1])])
        for a in corpus.articles
    }
    assert read == {
        "news-please.json": (
            "Visit ends",
            "Ann Lee, Bo Chan",
            "https://www.example.com/b",
            "www.example.com",
            "2024-03-05 10:00:00",
            "The visit ended.",
        ),
        "trafilatura.json": (
            "Junta leader in Moscow",
            "Ann Lee",
            "https://www.example.org/a",
            "Example News",
            "2024-03-04",
            "He met the president.",
        ),
    }
    said = {p.path: p for p in corpus.problems}
    assert said["broken.json"].line == 3 and "not valid JSON" in said["broken.json"].message
    assert '"text"' in said["notes.json"].message
    # A list of articles in the folder: one of them could not be removed alone.
    assert "holds a list of 2 articles" in str(said["list.json"])
    assert "/add file: writes each as its own article file" in render.problem_text(
        said["list.json"]
    )


def test_lines_ended_as_windows_ends_them_make_the_same_paragraphs(tmp_path):
    text = "---\ntitle: A\n---\nFirst line\nwrapped. Second.\n\nNext paragraph.\n"
    write(tmp_path, "unix.md", text)
    write(tmp_path, "windows.md", text.replace("\n", "\r\n").encode())
    write(tmp_path, "old_mac.md", text.replace("\n", "\r").encode())
    articles = read_corpus(tmp_path).articles
    assert [a.id for a in articles] == ["old_mac.md", "unix.md", "windows.md"]
    for article in articles:
        paragraphs = [article.text[a:b] for a, b in article.paragraphs]
        assert paragraphs == ["First line\nwrapped. Second.", "Next paragraph."], article.id
        assert article.title == "A"


def test_a_markdown_body_is_read_as_its_page_and_a_text_body_as_written(tmp_path):
    body = "# Junta in Moscow\n\nThe **leader** arrived in [Moscow](https://x.org/m).\n"
    write(tmp_path, "a.md", body)
    write(tmp_path, "b.txt", body)
    write(tmp_path, "c.md", f"---\ntitle: Visit\n---\n{body}")
    write(tmp_path, "d.markdown", body)  # Markdown's other name
    a, b, c, d = read_corpus(tmp_path).articles
    assert (a.title, a.text) == ("Junta in Moscow", "The leader arrived in Moscow.")
    assert (d.title, d.text) == (a.title, a.text)
    assert (b.title, b.text) == ("Junta in Moscow", body)  # its headline (_headline)
    assert (c.title, c.text) == ("Visit", "Junta in Moscow\n\nThe leader arrived in Moscow.")
    # Markup with no text under it is named so, not as front matter it lacks.
    write(tmp_path, "e.md", "# Only a heading\n\n![photo](p.jpg)\n")
    assert "has no article text (only a heading" in problems(tmp_path)["e.md"]


def test_an_untitled_articles_headline_line_titles_it(tmp_path):
    write(tmp_path, "a.txt", "Junta leader visits Moscow\n\nThe leader arrived on Monday.\n")
    write(tmp_path, "b.txt", "By Ann Lee\n\nThe leader arrived on Monday.\n")  # a byline
    write(tmp_path, "c.txt", "The leader arrived.\n\nHe met Putin.\n")  # a sentence
    write(tmp_path, "d.txt", "Junta leader visits Moscow\n")  # no text after it
    write(tmp_path, "e.txt", "---\ntitle: Own\n---\nJunta leader visits\n\nText.\n")
    # What a page copied whole puts first: a time stamp, a photo's credit, a date
    write(tmp_path, "f.txt", "Updated March 4, 2024\n\nThe leader arrived on Monday.\n")
    write(tmp_path, "g.txt", "Photo: AFP / Getty\n\nThe leader arrived on Monday.\n")
    write(tmp_path, "h.txt", "Monday, 4 March 2024\n\nThe leader arrived on Monday.\n")
    write(tmp_path, "i.txt", "By-election results announced\n\nThe count ended.\n")
    titles = {a.id: a.title for a in read_corpus(tmp_path).articles}
    assert titles == {
        "a.txt": "Junta leader visits Moscow",
        "b.txt": "",
        "c.txt": "",
        "d.txt": "",
        "e.txt": "Own",
        "f.txt": "",
        "g.txt": "",
        "h.txt": "",
        "i.txt": "By-election results announced",  # no byline
    }
    # The line stays the article's first paragraph: quotes keep their places.
    (a,) = [x for x in read_corpus(tmp_path).articles if x.id == "a.txt"]
    assert a.text[slice(*a.paragraphs[0])] == "Junta leader visits Moscow"


def test_paragraphs_by_blank_lines_or_one_per_line(tmp_path):
    write(tmp_path, "lines.txt", "First paragraph.\nSecond paragraph.\n")
    write(tmp_path, "blocks.md", "A wrapped\nparagraph.\n\nAnother one.\n")
    articles = {a.id: a for a in read_corpus(tmp_path).articles}
    texts = lambda a: [a.text[s:e] for s, e in a.paragraphs]  # noqa: E731
    assert texts(articles["lines.txt"]) == ["First paragraph.", "Second paragraph."]
    assert texts(articles["blocks.md"]) == ["A wrapped\nparagraph.", "Another one."]


def test_hidden_files_and_folders_are_ignored_and_subfolders_read(tmp_path):
    write(tmp_path, ".draft.md", "Hidden.")
    write(tmp_path, ".git/config.txt", "Hidden.")
    write(tmp_path, "2024/june.md", "Visible.")
    assert [a.id for a in read_corpus(tmp_path).articles] == ["2024/june.md"]


def test_checksum_changes_with_content(tmp_path):
    path = write(tmp_path, "a.md", "One.")
    before = read_corpus(tmp_path).articles[0].checksum
    path.write_text("Two.", encoding="utf-8")
    assert read_corpus(tmp_path).articles[0].checksum != before


def test_links_outside_the_corpus_are_refused_inside_allowed(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "real.md", "Inside the corpus.")
    write(tmp_path, "secret.md", "Outside the corpus.")
    (corpus / "outside.md").symlink_to(tmp_path / "secret.md")
    (corpus / "inside.md").symlink_to(corpus / "real.md")
    found = problems(corpus)
    assert "outside the corpus folder" in found["outside.md"]
    assert sorted(a.id for a in read_corpus(corpus).articles) == ["inside.md", "real.md"]


def test_the_size_cap_is_configurable_and_named(tmp_path):
    write(tmp_path, "big.md", "A sentence. " * 1000)
    load = read_corpus(tmp_path, max_bytes=1000)
    assert not load.articles
    assert load.problems[0].kind == TOO_LARGE
    assert "CORPUS_MAX_FILE_MB" in render.problem_text(load.problems[0])


def test_a_file_that_vanishes_mid_read_is_named(tmp_path, monkeypatch):
    write(tmp_path, "a.md", "Here now.")
    write(tmp_path, "b.md", "Also here.")
    original = Path.read_bytes

    def vanish(path):
        if path.name == "a.md":
            raise FileNotFoundError(path)
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    load = read_corpus(tmp_path)
    assert [a.id for a in load.articles] == ["b.md"]
    assert "vanished" in str(load.problems[0])
