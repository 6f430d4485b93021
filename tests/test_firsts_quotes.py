"""Tests of index/firsts/quotes.py: what someone said, told by their words quoted."""

import pytest

from index.answers import answer
from tests.conftest import ALL_NEWS, first_following, first_quoted, over_articles, over_news


def test_what_did_he_say_is_told_by_a_quote_the_sentences_found_missed(tmp_path):
    index = over_articles(tmp_path, "news2/transfer.md", "news2/rail.md")
    # '"A dream come true," Mbappe wrote...' says no "said", which "...said he would be
    # presented" does: the article's first quotation naming whom it follows up
    found = answer(index, "what did he say?", earlier="mbappe", recent=("transfer.md",))
    assert found.hits[0].passage.text.startswith('"A dream come true," Mbappe wrote')
    # ...not another's, where the article quotes him nowhere
    found = answer(index, "what did he say?", earlier="psg president", recent=("transfer.md",))
    assert not found.hits[0].passage.text.startswith('"A dream come true,"')
    # ...and where no sentence of the article says "say", one quoting him is kept: it
    # tells what is asked ('Baker dedicated the award "to all sex workers..."' after "who
    # is sean baker?" was dropped, and no answer came)
    (tmp_path / "festival").mkdir()
    index = over_articles(tmp_path / "festival", "news3/festival.md", "news2/transfer.md")
    found = answer(index, "what did he say?", earlier="who is sean baker?", recent=("festival.md",))
    assert found.hits[0].passage.text.startswith("Baker dedicated the award")


def test_what_did_he_say_where_no_one_is_quoted_is_told_by_someone_named_saying_it(all_news):
    # the Intel article quotes no one: "Chief executive Pat Gelsinger said...", not the
    # opening's "Intel said on Thursday it would cut..."
    earlier = "intel layoffs → who is the ceo?"
    found = first_following(all_news, "what did he say?", earlier, "layoffs.md")
    assert found.startswith("Chief executive Pat Gelsinger said"), found


def test_how_did_they_react_is_told_by_what_they_said_further_down(tmp_path):
    # "China" alone: "Its director said the company would travel to China..." and six
    # more sentences naming China rank before "China said it would fight back"
    index = over_news(tmp_path, *ALL_NEWS, "distractors")
    assert first_quoted(index, "how did china respond?").startswith("China said it would fight")


@pytest.mark.parametrize(
    "question, judged",
    [
        # no one named: a judgement, not "Apple plans to sell the Vision Pro in other
        # countries later in the year", however less relevant
        ("how did people react to the vision pro?", "Some early reviewers praised"),
        # ...not "It was the first time martial law had been declared in South Korea..."
        ("how did people react to the martial law?", "Thousands of protesters gathered"),
    ],
)
def test_how_people_reacted_is_told_by_a_judgement_in_the_article(all_news, question, judged):
    assert first_quoted(all_news, question).startswith(judged)


def test_how_people_reacted_following_up_is_told_in_the_article_followed(all_news):
    # "people" is how it asks, no word of its own: not "More than 150,000 people were
    # ordered to leave their homes" (Los Angeles' fires)
    found = first_following(all_news, "how did people react?", "vision pro", "headset.md")
    assert found.startswith("Some early reviewers praised")


def test_did_they_respond_after_the_news_is_told_by_fighting_back(all_news):
    # "no article naming “china” answers it": none writes "respond"
    found = first_following(all_news, "did china respond?", "trump tariffs", "tariffs.md")
    assert found.startswith("China said it would fight back")


def test_what_did_they_say_is_told_by_a_quote_right_after_a_sentence_naming_them(all_news):
    # asked anew after Chile's quake: the quote holds none of the question's words
    # ("President Gabriel Boric declared..." third of the first, his quote eighth)
    found = answer(all_news, "what did the president say?", recent=("quake.md",))
    assert found.hits[0].passage.text.startswith('"We will not leave anyone behind," he told')


def test_what_one_said_is_not_told_by_quotation_marks_around_a_name(all_news):
    # "...caused machines to show the "blue screen of death"" names a thing, said by no
    # one: the chief executive's words go first
    found = first_quoted(all_news, "what did crowdstrike say")
    assert found.startswith("CrowdStrike's chief executive, George Kurtz, said"), found


def test_what_whom_an_article_is_titled_with_said_is_its_quotation_by_a_pronoun(all_news):
    # Not "Observers said his choice of name recalled Leo XIII, a pope of the late 19th
    # century...", which names a pope and quotes no one
    found = first_quoted(all_news, "what did the pope say?")
    assert found.startswith("Speaking from the balcony of St Peter's Basilica")


def test_what_they_said_is_told_by_the_first_saying_they_said_it_unquoted(all_news):
    # not the blackout's "Critics blamed the high share of solar power on the grid, which
    # they said made it less stable", said by a pronoun after a sentence naming officials
    found = first_quoted(all_news, "what did officials say about the fire?")
    assert found.startswith("About 25,000 residents and visitors were ordered to leave")


def test_what_they_said_about_the_news_is_told_in_its_article_however_less_relevant(all_news):
    # "the us" is the US, no pronoun, and says as the name it spells: not "It was the
    # first time martial law had been declared...", "declared" a word of saying
    found = first_quoted(all_news, "what did the us say about martial law?")
    assert found.startswith("The United States, South Korea's main ally, said")


def test_what_a_role_of_something_said_is_told_by_its_holder_named_between(all_news):
    # "The committee's chairman, Jorgen Watne Frydnes, warned that...", not "The Norwegian
    # Nobel Committee said...", the committee's words
    found = first_quoted(all_news, "what did the nobel committee chairman say?")
    assert found.startswith("The committee's chairman, Jorgen Watne Frydnes, warned"), found
    # ...and what one said about something, unquoted ("Microsoft said fewer than 1 percent
    # of Windows machines were affected"), not the crash's news, naming Microsoft Windows
    found = first_quoted(all_news, "what did microsoft say about the outage?")
    assert found.startswith("Microsoft said fewer than 1 percent"), found


def test_what_he_said_is_not_a_name_in_quotation_marks(all_news):
    # not the update that "caused machines to show the "blue screen of death"", quoting no
    # one, before the chief executive's words
    found = first_following(
        all_news, "what did he say?", "crowdstrike → who is the ceo?", "outage.md"
    )
    assert found.startswith("CrowdStrike's chief executive, George Kurtz, said"), found


def test_what_one_said_about_a_thing_is_not_told_by_their_words_on_another(all_news):
    # "Raw milk ... carries a risk, and the Food and Drug Administration advised people not
    # to drink it", not the FDA's quote on chikungunya ("Infection with chikungunya virus
    # can lead to severe disease...", said Peter Marks, a senior FDA official)
    found = first_quoted(all_news, "what did the fda say about milk?")
    assert found.startswith("Raw milk, which is not pasteurised"), found
    # ...where a quote of theirs in the first's article tells it, that quote
    found = first_quoted(all_news, "what did google say about the ruling?")
    assert found.startswith('"We are disappointed with the decision'), found
    found = first_quoted(all_news, "what did microsoft say about the crowdstrike outage?")
    assert found.startswith("Microsoft said fewer than 1 percent"), found
