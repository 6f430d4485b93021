from index.build import build_index
from index.saved import load_index, save_index
from tests.conftest import write


def test_locate_finds_every_passage_by_its_place_and_nothing_else(seed_index):
    for number, passage in enumerate(seed_index.passages):
        found = seed_index.locate(passage.article_id, passage.paragraph, passage.sentence)
        assert found == number
    article = seed_index.passages[0].article_id
    assert seed_index.locate(article, 99, 1) is None
    assert seed_index.locate(article, 1, 99) is None
    assert seed_index.locate("no-such-article.md", 1, 1) is None


def test_neighbours_stay_inside_the_article(tmp_path):
    write(tmp_path, "a.md", "One. Two. Three.")
    write(tmp_path, "b.md", "Four. Five.")
    index = build_index(tmp_path)
    two = index.locate("a.md", 1, 2)
    assert [p.text for p in index.neighbours(two)] == ["One.", "Two.", "Three."]
    three = index.locate("a.md", 1, 3)
    assert [p.text for p in index.neighbours(three)] == ["Two.", "Three."]
    four = index.locate("b.md", 1, 1)
    assert [p.text for p in index.neighbours(four, around=2)] == ["Four.", "Five."]


def test_passages_are_a_sequence_that_ends(seed_index):
    passages = seed_index.passages
    assert passages[len(passages) - 1].text == list(passages)[-1].text
    try:
        passages[len(passages)]
    except IndexError:
        pass
    else:
        raise AssertionError("read past the last passage")


def test_an_article_is_found_by_id_or_by_a_title_no_other_has(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Zoo news\n---\nSix elephants.\n")
    write(tmp_path, "b.md", "---\ntitle: Daily\n---\nOne lion.\n")
    write(tmp_path, "c.md", "---\ntitle: daily\n---\nTwo lions.\n")
    index = build_index(tmp_path)
    assert index.find_article("b.md").title == "Daily"
    assert index.find_article(" zoo NEWS ").id == "a.md"
    assert index.find_article("Daily") is None  # two articles are so titled
    assert index.find_article("Zoo") is None


def test_an_articles_paragraphs_come_back_from_its_sentences(tmp_path):
    write(tmp_path, "a.md", "One here.  Two there.\n\nThe world.Today it rains.\nStill.\n")
    index = build_index(tmp_path)
    assert index.locate("a.md", 2, 3) is not None  # "The world." "Today it rains." "Still."
    assert index.paragraphs("a.md") == (
        "One here. Two there.",  # white space between sentences as one space
        "The world.Today it rains. Still.",  # sentences that touched still touch
    )


def test_the_latest_articles_are_those_published_last_with_an_iso_date(tmp_path):
    for name, published in [
        ("a.md", "2025-07-14"),
        ("b.md", "2025-08-26T10:00:00+07:00"),
        ("c.md", "yesterday"),  # no date to sort by: left out
        ("d.md", ""),
        ("e.md", "2024-12-31"),
    ]:
        write(tmp_path, name, f"---\ntitle: {name}\npublished: {published}\n---\nText.\n")
    index = build_index(tmp_path)
    assert [a.id for a in index.latest(5)] == ["b.md", "a.md", "e.md"]
    assert [a.id for a in index.latest(1)] == ["b.md"]


def test_each_article_s_year_is_read_from_its_date_however_written(tmp_path):
    corpus = tmp_path / "corpus"
    for name, published in [
        ("a.md", "2025-07-14"),
        ("b.md", "14 July 1998"),
        ("c.md", "yesterday"),  # no year: 0
        ("d.md", ""),
        ("e.md", "12025-01-01"),  # no year of ours inside a longer number
    ]:
        write(corpus, name, f"---\ntitle: {name}\npublished: {published}\n---\nText.\n")
    built = build_index(corpus)
    save_index(built, tmp_path / "ix")
    for index in (built, load_index(tmp_path / "ix")):
        assert index.years().tolist() == [2025, 1998, 0, 0, 0]
