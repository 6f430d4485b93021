import pytest

from bot.library import (
    TITLE_CHARS,
    AlreadyInCorpus,
    Library,
    LibraryError,
    NewArticle,
    articles_of_file,
    file_stem,
    typed_article,
)
from index.build import build_index
from index.corpus import read_corpus
from tests.conftest import write

ARTICLE = NewArticle(
    "Dam collapse: six villages flooded",
    ("A dam collapsed in Attapeu on Sunday.", "Rescue teams arrived on Monday."),
    source="https://mekong.example/dam",
    published="2025-07-14",
    outlet="Mekong Daily",
)


@pytest.fixture
def corpus(tmp_path):
    write(
        tmp_path / "corpus",
        "old.md",
        "---\ntitle: Old\nsource: https://x.example/old\n---\nOld news.",
    )
    return tmp_path / "corpus"


def test_an_article_is_written_as_the_corpus_reads_it(corpus):
    library = Library(corpus)
    name = library.write(ARTICLE, "mod (1)")
    assert str(name) == "dam-collapse-six-villages-flooded.md"
    [article] = [a for a in read_corpus(corpus).articles if a.path == str(name)]
    assert (article.title, article.source, article.published, article.outlet) == (
        ARTICLE.title,
        ARTICLE.source,
        ARTICLE.published,
        ARTICLE.outlet,
    )
    assert [article.text[a:b] for a, b in article.paragraphs] == list(ARTICLE.paragraphs)
    assert "added_by: mod (1)" in (corpus / name).read_text()
    assert not list(corpus.glob(".*"))  # the staged copy is gone


def test_nothing_existing_is_overwritten(corpus):
    library = Library(corpus)
    write(corpus, "dam-collapse-six-villages-flooded.md", "---\ntitle: Mine\n---\nKeep me.")
    name = library.write(ARTICLE, "mod")
    assert str(name) == "dam-collapse-six-villages-flooded-2.md"
    assert "Keep me." in (corpus / "dam-collapse-six-villages-flooded.md").read_text()


def test_the_same_link_or_text_twice_names_the_article_that_holds_it(corpus):
    library = Library(corpus)
    index = build_index(corpus)
    same_link = NewArticle("Other", ("Other text.",), source="https://x.example/old/")
    with pytest.raises(AlreadyInCorpus, match="“Old” \\(old.md\\)"):
        library.check_new([same_link], index)
    same_text = NewArticle("Copy", ("OLD   news!",))
    with pytest.raises(AlreadyInCorpus, match="“Old” \\(old.md\\)"):
        library.check_new([same_text], index)
    with pytest.raises(LibraryError, match="twice"):
        library.check_new([ARTICLE, ARTICLE], index)
    library.check_new([ARTICLE], index)  # a new one passes


def test_replacing_finds_the_article_with_the_same_link_else_title(corpus):
    library = Library(corpus)
    write(corpus, "dam.md", "---\ntitle: Dam collapse\n---\nA dam collapsed.")
    index = build_index(corpus)
    updated = NewArticle("Old, updated", ("Newer news.",), source="https://x.example/old")
    corrected = NewArticle("DAM COLLAPSE", ("A dam collapsed on Sunday.",))
    assert library.check_new([updated, corrected, ARTICLE], index, replacing=True) == (
        "old.md",
        "dam.md",
        "",
    )
    # Without replacing, a link already held is refused (saying how to replace it) and
    # a title already held is let be.
    with pytest.raises(AlreadyInCorpus, match="add it with replace: True"):
        library.check_new([updated], index)
    assert library.check_new([corrected], index) == ("",)
    # The same text would change nothing; two replacing one, or a title held twice, is
    # refused.
    with pytest.raises(AlreadyInCorpus, match="“Old” \\(old.md\\)"):
        library.check_new([NewArticle("Old", ("Old news.",))], index, replacing=True)
    twice = NewArticle("Dam collapse", ("Another text.",))
    with pytest.raises(LibraryError, match="would both replace “Dam collapse”"):
        library.check_new([corrected, twice], index, replacing=True)
    write(corpus, "dam-2.md", "---\ntitle: Dam collapse\n---\nA second dam.")
    with pytest.raises(LibraryError, match="2 articles are titled “DAM COLLAPSE”"):
        library.check_new([corrected], build_index(corpus), replacing=True)


@pytest.mark.parametrize(
    "name, data, said",
    [
        ("a.pdf", b"%PDF", "files of type .pdf cannot be added"),
        ("a.md", b"caf\xe9 au lait", "not UTF-8"),
        ("a.txt", b"abc\x00def", "binary"),
        ("a.md", b"---\ntitle: T\n", "never closed"),
        ("a.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_bad_files_are_refused_saying_why(name, data, said):
    with pytest.raises(Exception, match=said):
        articles_of_file(name, data)


def test_files_of_each_kind_give_their_articles():
    [md] = articles_of_file("x.md", b"---\ntitle: T\nid: keep-me\n---\nOne.\n\nTwo.")
    assert (md.title, md.paragraphs, md.id) == ("T", ("One.", "Two."), "keep-me")
    assert len(articles_of_file("x.jsonl", b'{"text": "A."}\n{"text": "B."}\n')) == 2
    # A .json upload: one article, a scraper's list of them, or one a line.
    [one] = articles_of_file("x.json", b'{"headline": "H", "body": "One.\\nTwo."}')
    assert (one.title, one.paragraphs) == ("H", ("One.", "Two."))
    listed = articles_of_file("x.json", b'[{"title": "A", "text": "A."}, {"text": "B."}]')
    assert [(a.title, a.paragraphs) for a in listed] == [("A", ("A.",)), ("B.", ("B.",))]
    assert len(articles_of_file("x.json", b'{"text": "A."}\n{"text": "B."}\n')) == 2
    with pytest.raises(LibraryError, match='x.json: article 2: has no "text"'):
        articles_of_file("x.json", b'[{"text": ""}, {"title": "B"}]')


def test_an_untitled_article_is_titled_by_its_file_or_first_sentence():
    text = b"Whales sing at night. They swim far."
    [named] = articles_of_file("whale_songs-2025.txt", text)
    assert named.title == "Whale songs 2025"  # not "article-1c405e89.md" under each quote
    # Discord sends a long pasted message as "message.txt": no one chose that name.
    for unchosen in ("message.txt", "message (2).txt", "Untitled.md", "New Text Document.txt"):
        assert articles_of_file(unchosen, text)[0].title == "Whales sing at night.", unchosen
    long = articles_of_file("message.txt", b"word " * 40 + b"end.")[0].title
    assert long.endswith("word…") and len(long) <= TITLE_CHARS + 1
    # One file of several articles: each its own first sentence.
    feed = b'{"text": "Jets flew."}\n{"text": "Ships sailed. They sank."}\n'
    assert [a.title for a in articles_of_file("feed.jsonl", feed)] == [
        "Jets flew.",
        "Ships sailed.",
    ]


def test_file_stems():
    assert file_stem("Кто поставляет") == ""  # then the article's fingerprint names it
    assert len(file_stem("word " * 40)) <= 60


def test_an_article_typed_into_the_form_is_read_field_by_field():
    typed = typed_article(
        "  Dam  collapse ",
        "A dam broke.\r\nIt was old.\r\n\r\n  \r\nAll fled.",
        "www.example.com/dam",
        "2024-03-04",
        "Ann Lee",
    )
    assert typed.title == "Dam collapse"
    assert typed.paragraphs == ("A dam broke. It was old.", "All fled.")  # blank lines part
    assert typed.source == "https://www.example.com/dam" and typed.outlet == ""
    assert typed_article("T", "One.\nTwo.").paragraphs == ("One.", "Two.")  # else lines do
    named = typed_article("T", "One.", "Vientiane Times", "2024-03-04T09:30:00+07:00")
    assert (named.source, named.outlet) == ("", "Vientiane Times")
    # A date with its month in words is read as people write it; one in figures alone
    # ("04/03/2024": March or April?) is not guessed.
    for typed in ("4 March 2024", "March 4, 2024", "Monday, 4th March 2024", "Mar 4 2024"):
        assert typed_article("T", "One.", "", typed).published == "2024-03-04", typed
    for fields, said in (
        (("", "One."), "Title: the article needs one"),
        (("T", " \n "), "Text: the article has none"),
        (("T", "One.", "https://no such page"), "Link or outlet: “https://no such page”"),
        (("T", "One.", "http://localhost"), "is no link"),
        (("T", "One.", "", "04/03/2024"), "Published: “04/03/2024” is no date I can read"),
    ):
        with pytest.raises(LibraryError, match=said):
            typed_article(*fields)
