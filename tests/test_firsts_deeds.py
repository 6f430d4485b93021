"""Tests of index/firsts/deeds.py: what X did, to whom, when, how and what else."""

import pytest

from tests.conftest import first_following, first_quoted, over_news


def test_what_else_is_told_by_what_its_article_says_was_also_done(tmp_path):
    # "Pogacar also won the Giro d'Italia in May...", not the Tour asked of before
    index = over_news(tmp_path, "news4")
    assert first_quoted(index, "what else has pogacar won?").startswith("Pogacar also won")
    found = first_following(
        index, "what else did he win?", "who won the tour de france?", "cycling.md"
    )
    assert found.startswith("Pogacar also won the Giro")


@pytest.mark.parametrize(
    "question, earlier, article, first",
    [
        # "get away" is escaping: "They escaped on two scooters...", not the lede the words
        # carried find ("Thieves stole eight pieces of jewellery...")
        (
            "how did they get away?",
            "what happened at the louvre? → what was taken?",
            "heist.md",
            "They escaped on two scooters",
        ),
        # "get out" is escaping: Haneda's "All 379 passengers and crew escaped..." names no
        # "people", the only other word of the follow-up's own (it said no answer)
        (
            "how did people get out?",
            "tell me about the runway crash in tokyo → what kind of plane",
            "runway.md",
            "All 379 passengers and crew escaped",
        ),
        # "they" following up who did it, and light words alone: any means written tells
        # it, not the lede ("Thieves stole eight pieces of jewellery...")
        ("how did they get in?", "louvre heist", "heist.md", "The four thieves used a truck"),
        ("how did they do it?", "louvre heist", "heist.md", "The four thieves used a truck"),
        ("how did they do it?", "starship", "starship.md", "SpaceX caught the first stage"),
    ],
)
def test_a_follow_up_of_a_light_verb_is_answered_by_what_its_phrase_means(
    all_news, question, earlier, article, first
):
    found = first_following(all_news, question, earlier, article)
    assert found.startswith(first), found


def test_how_they_did_asks_how_they_fared_not_by_what_means(all_news):
    # their news, not "Chief executive Christophe Fouquet said demand ... would stay
    # strong", which a means ("...systems would stay strong through next year") told
    found = first_following(all_news, "how did they do?", "asml", "chips.md")
    assert found.startswith("ASML, the Dutch maker of machines")


def test_what_one_did_is_not_told_by_a_sentence_doing_it_to_them(all_news):
    # not "Margaret Atwood, a friend and fellow author, wrote that Munro 'was one of the
    # world's great writers'": Munro is written after the verb, whom Atwood wrote of
    found = first_quoted(all_news, "what did munro write?")
    assert found.startswith("She published 14 collections in all, and never wrote a novel")


def test_what_something_owned_did_is_told_of_its_owner(all_news):
    # "nvidia's revenue": not Intel's "...the company's revenue had not grown as expected",
    # written "revenue ... grown" but of another company
    found = first_quoted(all_news, "how much did nvidia's revenue grow?")
    assert found.startswith("Nvidia's data centre revenue reached 22.6 billion")
    # ...or in an article titled with it: ASML's "Sales rose 18 percent...", not "Shares
    # in ASML rose 6 percent", done by the owner
    found = first_quoted(all_news, "how much did asml's sales rise?")
    assert found.startswith("Sales rose 18 percent from a year earlier")


@pytest.mark.parametrize(
    "question, first_done",
    [
        # not the opening's "...has been found in dairy cattle in nine US states"
        ("where was bird flu first found in cattle?", "The H5N1 virus has infected 36 herds"),
        ("who first fined google?", "The fine was first imposed by the European Commission"),
    ],
)
def test_where_or_when_first_done_is_told_by_first_and_the_verb(all_news, question, first_done):
    assert first_quoted(all_news, question).startswith(first_done)


def test_whether_a_thing_was_done_to_is_told_by_a_sentence_of_it_though_in_other_words(all_news):
    # "...no payment card details or passwords were taken", not the opening's "...hackers
    # had stolen some personal data", holding none of them
    for question in ("were card details stolen in the m&s hack?", "has any card data been stolen?"):
        found = first_quoted(all_news, question)
        assert found.startswith("The company said no payment card details"), question


def test_what_is_so_of_a_thing_is_told_by_the_word_saying_so(all_news):
    # "...four bolts meant to hold the panel in place appeared to have been missing", not
    # "The door plug was found two days later...", which says nothing missing
    found = first_quoted(all_news, "what was missing from the door plug?")
    assert found.startswith("Investigators from the National Transportation Safety Board")


def test_whom_someone_named_did_something_to_is_told_by_the_verb(all_news):
    # "He succeeds Pope Francis...", not the opening naming whom the cardinals elected
    # ("replace" finds "succeed")
    found = first_quoted(all_news, "who did leo xiv replace?")
    assert found.startswith("He succeeds Pope Francis"), found
    # ...not a verb before more words ("who did sinner beat in the final?" is told by the
    # opening's "...to beat Daniil Medvedev")
    found = first_quoted(all_news, "who did the eagles beat?")
    assert found.startswith("The Philadelphia Eagles beat the Kansas City Chiefs"), found


def test_how_much_one_won_is_told_by_money_not_a_win_of_another(all_news):
    # "He wins about 1.35 million dollars of the 2.5 million dollar prize fund", not
    # "Gukesh broke the record set by Garry Kasparov, who was 22 when he won the title..."
    found = first_quoted(all_news, "how much did gukesh win?")
    assert found.startswith("He wins about 1.35 million dollars"), found


def test_what_a_doer_of_several_words_did_is_told_of_them_all(all_news):
    # "Prices in the services sector ... still rose by 5.7 percent", not the tariffs'
    # "Economists warned that prices would rise for American shoppers" (prices alone), nor
    # the price of cocoa (how far a price rose asks no money)
    found = first_quoted(all_news, "how much did services prices rise?")
    assert found.startswith("Prices in the services sector"), found


def test_what_one_did_is_told_by_them_before_a_verb_in_the_past(all_news):
    # "China said it would fight back...", not "Goods from China will face an extra 34
    # percent", done to it
    found = first_following(all_news, "what did china do?", "tariffs", "tariffs.md")
    assert found.startswith("China said it would fight back"), found
    # ...by the last word of whom it asks, a name after a title aside (not "The United
    # States, South Korea's main ally, said...")
    found = first_quoted(all_news, "what did south korea's president do?")
    assert found.startswith("South Korean President Yoon Suk Yeol lifted martial law"), found


def test_what_one_did_is_not_told_by_a_deed_done_to_them(all_news):
    # "Simion at first refused to concede...", not "He defeated George Simion, leader of
    # the nationalist Alliance..., who had led after the first round"
    found = first_quoted(all_news, "what did simion do?")
    assert found.startswith("Simion at first refused to concede"), found


def test_whether_an_articles_subject_had_it_done_is_told_by_the_deed(all_news):
    # "...some buildings had been destroyed", not "The fire, which started in Jasper
    # National Park on Monday, grew...": Jasper, the subject of the article (its title),
    # is what each of its sentences tells of
    found = first_quoted(all_news, "was jasper destroyed?")
    assert "some buildings had been destroyed" in found, found
    # ...not so what its title does not name ("...no payment card details or passwords
    # were taken", not the opening's "...hackers had stolen some personal data")
    found = first_quoted(all_news, "were card details stolen in the m&s hack?")
    assert found.startswith("The company said no payment card details"), found
    # ...and what its opening names is its subject too ("Doctors said the findings could
    # persuade insurers to cover the drug...": the opening names Wegovy, as its title does
    # not; not "The trial was paid for by Novo Nordisk, the Danish company that makes
    # Wegovy")
    found = first_quoted(all_news, "is wegovy covered by insurance?")
    assert found.startswith("Doctors said the findings could persuade insurers"), found
