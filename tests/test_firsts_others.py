"""What firsts/others.py tells: a first passage shown to be of something else."""

from index.firsts.others import opens_elsewhere
from tests.conftest import first_following, first_quoted, one_article


def test_a_sentence_opening_in_a_place_not_asked_is_set_elsewhere(tmp_path):
    index = one_article(tmp_path, "Rain fell.")
    asked = index.analyzer.analyze("did anyone die in the dubai floods?")
    title = "Record rain floods Dubai"
    oman = "In neighbouring Oman, at least 18 people were killed in flash floods."
    assert opens_elsewhere(index, oman, asked, title)
    # ...not a place asked or titled, nor a time
    assert not opens_elsewhere(index, "In Dubai, roads flooded.", asked, title)
    assert not opens_elsewhere(index, oman, [*asked, "oman"], title)
    assert not opens_elsewhere(index, "In January, Myanmar gifted six elephants.", asked, title)
    assert not opens_elsewhere(index, "Roads flooded in Oman.", asked, title)


def test_a_passive_questions_agent_is_what_it_asks_of(all_news):
    # "by the breach" asks of the retailer's hack, not the CrowdStrike outage's "Microsoft
    # said fewer than 1 percent of Windows machines were affected"
    for question in (
        "how many customers were affected by the breach?",
        "how many customers were affected by the hack?",
    ):
        assert first_quoted(all_news, question).startswith("British retailer Marks & Spencer")
    # ...and in the first's own article, the sentence before one naming the agent stays
    assert first_quoted(all_news, "who was replaced by emmett shear?").startswith("Mira Murati")


def test_a_kind_asked_alone_is_the_one_its_articles_title_names(all_news):
    # after "tell me about the hurricane", Milton's (its title: "Hurricane Milton makes
    # landfall..."), not "...after Hurricane Helene killed more than 200 people"
    found = first_following(
        all_news, "how many died?", "tell me about the hurricane", "hurricane.md"
    )
    assert found.startswith("At least 19 tornadoes touched down")
