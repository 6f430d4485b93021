import pytest

from index.answers import answer
from index.build import build_index
from index.errors import NoArticleLinked, WhichArticle
from index.opening import OPENING_SENTENCES, asks_gist
from tests.conftest import write


def test_what_asks_for_a_gist():
    for asked in (
        "tl;dr?",
        "TLDR",
        "summarize the article please",
        "what is this about?",
        "give me the gist",
        "what's the main point",
        "key takeaways?",
    ):
        assert asks_gist(asked), asked
    for question in ("explain the sanctions", "what about China?", "summary of the talks", "key"):
        assert not asks_gist(question), question
    # "the us" is the US, as China is China: "give us a summary" still asks a gist
    assert not asks_gist("what about the us?") and not asks_gist("what about the US?")
    assert asks_gist("give us a summary")


def test_a_gist_quotes_the_only_articles_opening_in_order(seed_index):
    found = answer(seed_index, "tl;dr?")
    assert found.gist and found.total == OPENING_SENTENCES
    assert [(h.passage.paragraph, h.passage.sentence) for h in found.hits] == [
        (1, 1),
        (1, 2),
        (1, 3),
    ]
    assert all(h.highlights == () for h in found.hits)
    turned = answer(seed_index, "tl;dr?", offset=3)
    assert [(h.passage.paragraph, h.passage.sentence) for h in turned.hits] == [
        (2, 1),
        (2, 2),
        (2, 3),
    ]
    assert not turned.more


def test_of_several_articles_a_gist_is_of_the_one_named(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: A\n---\nJets came.\n\nThey flew.")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nShips sailed. They sank.")
    index = build_index(tmp_path)
    with pytest.raises(WhichArticle, match="holds 2"):
        answer(index, "tl;dr")
    found = answer(index, "what is this article about?", within="b.md")
    assert [h.passage.text for h in found.hits] == ["Ships sailed.", "They sank."]
    assert found.total == 2


def test_tell_me_about_the_article_within_quotes_its_opening_and_else_searches_it(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Ships\n---\nShips sailed. Jets flew over the ships.")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nJets came.")
    index = build_index(tmp_path)
    told = answer(index, "tell me about the ship", within="a.md")  # "Ships" as terms
    assert told.gist and [h.passage.text for h in told.hits][0] == "Ships sailed."
    searched = answer(index, "tell me about jets", within="a.md")  # not its title
    assert not searched.gist and searched.hits[0].passage.text == "Jets flew over the ships."
    alone = answer(index, "the ships?", within="a.md")  # its title alone
    assert alone.gist and alone.hits[0].passage.text == "Ships sailed."


def test_a_question_with_a_link_is_asked_of_the_article_from_that_page(linked_pages):
    index = build_index(linked_pages)
    # As members paste it: another case, a trailing slash, Discord's <> against previews.
    found = answer(index, "tl;dr <https://NEWS.example.com/ships/>")
    assert [h.passage.text for h in found.hits] == ["Ships sailed.", "They sank."]
    # A link alone asks the same.
    assert answer(index, "https://news.example.com/ships").hits == found.hits
    # article: (and every surface naming an article) takes its link too.
    assert index.find_article("https://NEWS.example.com/ships/").id == "b.md"
    with pytest.raises(NoArticleLinked, match="https://news.example.com/planes"):
        answer(index, "tl;dr https://news.example.com/planes")
    # Any question linking to an article's page is asked within it; another page's link
    # is left out of the question, as before.
    assert answer(index, "ships?").found
    assert not answer(index, "ships? https://news.example.com/jets").found  # not in a.md
    assert answer(index, "ships https://news.example.com/planes").hits[0].article.id == "b.md"
