from index.aliases import ALIAS_WEIGHT, with_aliases
from index.lookups import lookups
from index.query import build_query
from index.ranking import rank
from tests.conftest import ALL_NEWS, first_following, one_article, over_news

_PANEL = (
    "A panel blew out of the jet on Friday.\n\n"
    "The panel, known as a door plug, tore away at 16,000 feet.\n\n"
    "The door plug was found in a back garden two days later.\n"
)


def _aliased(index, question: str):
    query = build_query(question, index.analyzer, index.vocabulary, "", lookups(index))
    return query, with_aliases(index, question, query, rank(index, query, 10))


def test_a_word_an_article_names_otherwise_matches_the_other_name_too(tmp_path):
    index = one_article(tmp_path, _PANEL)
    query, aliased = _aliased(index, "where was the panel?")
    assert "plug" not in query.weights
    assert aliased.weights["plug"] == ALIAS_WEIGHT * query.weights["panel"]
    assert aliased.ideal == query.ideal  # the same words asked, one matched more ways


def test_no_other_name_where_none_is_given_or_the_question_asks_it(tmp_path):
    index = one_article(tmp_path, _PANEL)
    # the other name is what "what is the panel known as?" asks
    assert _aliased(index, "what is the panel known as?")[1] is None
    assert _aliased(index, "when did it blow out?")[1] is None  # none of its words named so


def test_a_follow_up_finds_the_sentence_saying_the_other_name(tmp_path):
    index = over_news(tmp_path, *ALL_NEWS)
    found = first_following(
        index,
        "where did they find the panel?",
        "what happened on the alaska airlines flight?",
        "doorplug.md",
    )
    assert found.startswith("The door plug was found two days later")
