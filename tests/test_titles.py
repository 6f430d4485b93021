import random

import pytest

from bot.titles import Titles, article_named, gist_article
from index.build import build_index
from index.errors import SeveralArticles, UnknownArticle
from tests.conftest import write


def reference(rows: list[tuple[str, str]], typed: str, limit: int, files: bool):
    """What autocomplete offered before Titles: every match, those starting with what is
    typed first, each group in title order."""
    folded = typed.casefold().strip()
    found = [
        (title, i)
        for title, i in rows
        if folded in title.casefold() or (files and folded in i.casefold())
    ]
    found.sort(key=lambda c: (not c[0].casefold().startswith(folded), c[0].casefold()))
    return found[:limit]


def test_titles_match_as_a_full_scan_would(tmp_path):
    rng = random.Random(3)
    words = ["Myanmar", "junta", "elephants", "circus", "Moscow", "jets", "zoo", "Visit"]
    rows = []
    for number in range(120):
        title = " ".join(rng.sample(words, rng.randint(1, 3))) + f" {number}"
        name = f"{rng.choice(words).lower()}-{number}.md"
        write(tmp_path, name, f"---\ntitle: {title}\n---\nSome text {number}.\n")
        rows.append((title, name))
    write(tmp_path, "untitled.md", "No title here.\n")  # shown by its id
    rows.append(("untitled.md", "untitled.md"))
    titles = Titles(build_index(tmp_path))
    for typed in ["", "m", "MYANMAR", " jets ", "cir", "s 1", "zoo-", "nothing", "untit"]:
        for limit in (1, 5, 25):
            for files in (False, True):
                assert titles.matching(typed, limit, files) == reference(
                    rows, typed, limit, files
                ), (typed, limit, files)
        # Every title holding what is typed, in title order (/sources search:).
        expected = sorted(
            (t.casefold(), i) for t, i in rows if typed.strip().casefold() in t.casefold()
        )
        assert titles.holding(typed) == [i for _, i in expected], typed


def test_a_gist_question_names_its_article_by_a_part_of_its_title(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Thailand picks Gripen jets\n---\nJets came.")
    write(tmp_path, "b.md", "---\ntitle: Rohingya refugees face aid cuts\n---\nAid fell.")
    index = build_index(tmp_path)
    assert gist_article(index, "tl;dr thailand") == "a.md"
    assert gist_article(index, "summarize the refugees aid article") == "b.md"  # each word
    assert gist_article(index, "what is the rohingya article about?") == "b.md"
    assert gist_article(index, "what's the rohingya story about") == "b.md"
    assert gist_article(index, "what does the thailand article say?") == "a.md"
    # ...and its main points (was searched, and no answer came); its main point is its aim
    assert gist_article(index, "what are the main points of the thailand story?") == "a.md"
    assert gist_article(index, "what is the main point of the thailand deal?") == ""
    assert gist_article(index, "what did the article about thailand say") == "a.md"
    # What an article says about something asks about that something: searched.
    assert gist_article(index, "what does the article say about thailand?") == ""
    assert gist_article(index, "tl;dr the sanctions") == ""  # no title: searched as asked
    assert gist_article(index, "thailand") == ""  # no gist asked
    # Asked to be told about something, only the whole title names an article.
    assert gist_article(index, "tell me about the Thailand picks Gripen jet?") == "a.md"
    assert gist_article(index, "what do you know about rohingya refugees face aid cuts") == "b.md"
    assert gist_article(index, "tell me about thailand") == ""  # searched as asked
    # A whole title alone asks the same ("Warsaw?" quoted a sentence from the middle).
    assert gist_article(index, "Rohingya refugees face aid cuts?") == "b.md"
    assert gist_article(index, "who picks Gripen jets?") == ""  # asked of it: searched
    # Other ways of asking so, and a title's words in another form ("Policies", "policy").
    write(tmp_path, "c.md", "---\ntitle: Huguenot policies\n---\nThey fled.")
    index = build_index(tmp_path)
    for typed in (
        "what should I know about the huguenots policy?",
        "i want to learn about huguenot policies",
        "fun facts about Huguenots' policy",
        "what's the deal with huguenot policy",
        "explain huguenot policies",
        "eli5 huguenots policy",
    ):
        assert gist_article(index, typed) == "c.md", typed
    assert gist_article(index, "what should I know about huguenot jets") == ""


def test_a_gist_of_the_latest_article_is_of_the_newest_dated_one(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Old\npublished: 2024-01-01\n---\nJets flew.")
    write(tmp_path, "b.md", "---\ntitle: New\npublished: 2025-06-01\n---\nShips sailed.")
    index = build_index(tmp_path)
    assert gist_article(index, "tl;dr of the latest article") == "b.md"
    assert gist_article(index, "summary of the most recent story") == "b.md"


def test_articles_of_one_title_are_told_apart_and_never_taken_one_for_the_other(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Update\npublished: 2024-01-02\n---\nThe dam opened.")
    write(tmp_path, "b.md", "---\ntitle: Update\npublished: 2024-02-03\n---\nThe bridge shut.")
    write(tmp_path, "c.md", "---\ntitle: Update\n---\nThe road opened.")
    write(tmp_path, "d.md", "---\ntitle: Jets land\n---\nJets came.")
    index = build_index(tmp_path)
    # Suggested, each says which it is: its date, else its id.
    assert Titles(index).matching("upd", 5) == [
        ("Update · c.md", "c.md"),
        ("Update · 2024-01-02", "a.md"),
        ("Update · 2024-02-03", "b.md"),
    ]
    assert Titles(index).matching("jets", 5) == [("Jets land", "d.md")]
    write(tmp_path, "e.md", "---\ntitle: Update\npublished: 2024-02-03\n---\nThe dam shut.")
    again = Titles(build_index(tmp_path)).matching("update", 5, width=16)
    assert again == [  # dated alike: the id; cut to the width, what tells apart is kept
        ("Update · c.md", "c.md"),
        ("Upd · 2024-01-02", "a.md"),
        ("Update · b.md", "b.md"),
        ("Update · e.md", "e.md"),
    ]
    # Named, the title is no article's alone: which ones is said, none is guessed.
    with pytest.raises(SeveralArticles) as several:
        article_named(index, "update")
    assert several.value.ids == ("c.md", "a.md", "b.md")
    assert str(several.value) == "3 articles answer to 'update'"
    assert article_named(index, "b.md").title == "Update"
    with pytest.raises(SeveralArticles):
        gist_article(index, "tl;dr update")  # a gist is of one article
    with pytest.raises(UnknownArticle):
        article_named(index, "bridge")
