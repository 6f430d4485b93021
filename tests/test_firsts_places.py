"""Tests of index/firsts/places.py: where, told by the place a thing was done."""

import shutil

from index.firsts.places import place_telling
from tests.conftest import SEED_FILE, first_following, first_quoted, over_news


def test_where_one_did_something_is_told_by_the_place_it_was_done(tmp_path):
    # "The pilots turned back and landed safely in Portland" is a tenth as relevant as
    # the three naming the airline, and the opening's Portland is where it took off
    found = first_quoted(over_news(tmp_path, "news9"), "where did the alaska airlines plane land?")
    assert found.startswith("The pilots turned back and landed safely in Portland")


def test_where_is_told_by_a_region_named_without_a_preposition(tmp_path):
    # "...struck central Chile early on Thursday" names where, before "A magnitude 8.8
    # earthquake in 2010 killed more than 500 people", which the carried "killed" found
    index = over_news(tmp_path, "news")
    earlier = "tell me about the chile earthquake → how many died?"
    found = first_following(index, "where?", earlier, "quake.md")
    assert found.startswith("A magnitude 7.1 earthquake struck central Chile")


def test_where_one_did_what_is_asked_is_told_further_down_its_article(tmp_path):
    # The opening's "...finishing the race 6 minutes and 17 seconds ahead of Jonas
    # Vingegaard" names no place; its article's "The Tour finished outside Paris..." does,
    # half as relevant
    index = over_news(tmp_path, "news4")
    found = first_quoted(index, "where did the tour de france end?")
    assert found.startswith("The Tour finished outside Paris")
    found = first_following(index, "where did it end?", "tour de france → who won?", "cycling.md")
    assert found.startswith("The Tour finished outside Paris")
    # ...writing the verb done, not a noun of it ("Scientists at the Icelandic Meteorological
    # Office said ... more eruptions could follow")
    found = first_quoted(index, "where did the volcano erupt?")
    assert found.startswith("A volcano on Iceland's Reykjanes peninsula erupted")


def test_where_one_did_what_is_asked_is_told_by_it_done_in_a_place_nearly_as_relevant(
    all_news,
):
    # not the opening's "...a rapidly spreading outbreak of mpox in Africa", which names a
    # place but says nothing began there ("began", a past without "-ed")
    found = first_quoted(all_news, "where did the mpox outbreak start?")
    assert found.startswith("The outbreak began in the Democratic Republic of Congo")


def test_where_typed_by_chat_asks_a_place(all_news):
    # "wher" was left out as a typo of a stop word: no place was asked ("It is the first
    # fatal crash of a 787 since the aircraft entered service in 2011")
    found = first_quoted(all_news, "wher did the air india plane crash")
    assert found.startswith("An Air India flight to London crashed into a medical college")


def test_where_asked_of_a_final_is_told_by_the_sentence_placing_it(all_news):
    # No sentence nearly as relevant as "South Africa were playing in their first men's
    # World Cup final" names a place; its article's opening does ("...a tense final at
    # Kensington Oval in Barbados"), and "After the final, Kohli ... announced their
    # retirement from T20 international cricket" names none ("T20" is no place)
    found = first_quoted(all_news, "where was the final played?")
    assert found.startswith("India won the T20 World Cup on Saturday")
    # ...where the first holds a word of the question; "where were they from?" after the
    # Titan holds none, so nothing says the wreck's North Atlantic answers it
    earlier = "titan"
    found = first_following(all_news, "where were they from?", earlier, "titan.md")
    assert not found.startswith("A remotely operated vehicle found debris")


def test_a_place_is_named_in_letters():
    places = place_telling("where was the final played?")
    assert places("...a tense final at Kensington Oval in Barbados.")
    assert places("Flights to the US were cancelled.")
    assert not places("Kohli announced his retirement from T20 international cricket.")


def test_a_place_is_named_past_a_possessive_of_the_one_asked(all_news):
    places = place_telling("where did the iceland volcano erupt?")
    assert places("A volcano on Iceland's Reykjanes peninsula erupted early on Thursday")
    assert not places("A volcano in Iceland erupted early on Thursday")
    assert not places("The vote on Tuesday's motion failed")  # no place, no possessive's
    # ...nor is a body named so ("at the Icelandic Meteorological Office")
    assert not places("Scientists at the Icelandic Meteorological Office said magma...")
    assert places("Scientists at Keflavik said magma...")
    # so the opening stands, not "Scientists at the Icelandic Meteorological Office said..."
    found = first_quoted(all_news, "where did the iceland volcano erupt?")
    assert found.startswith("A volcano on Iceland's Reykjanes peninsula")
    found = first_quoted(all_news, "where was the eruption?")
    assert found.startswith("A volcano on Iceland's Reykjanes peninsula")


def test_an_adjective_of_a_place_named_after_it_names_no_place(all_news):
    places = place_telling("where did most people die in valencia?")
    assert not places("Flash floods in the Spanish region of Valencia have killed 211 people.")
    assert places("Flash floods in the Spanish city have killed 211 people.")
    # so the sentence saying where most died stands, not the opening's "the Spanish region"
    found = first_quoted(all_news, "where did most people die in valencia?")
    assert found.startswith("Most of the dead were in towns south of the city of Valencia")


def test_what_is_asked_of_a_place_is_told_where_it_is_named(all_news):
    # Not Mandalay's "...damaged buildings could collapse in aftershocks", which holds
    # every other word; nor, where the place is the article's subject, another sentence
    # ("will rates rise further in japan?" of the Bank of Japan's rise)
    found = first_quoted(all_news, "did buildings collapse in bangkok?")
    assert found.startswith("It was felt as far away as Bangkok")
    found = first_quoted(all_news, "will rates rise further in japan?")
    assert found.startswith("Economists said further rate increases")


def test_where_asked_after_a_question_is_told_by_its_article_placing_what_it_asked(all_news):
    # where they died: not "Milton weakened ... toward the Atlantic Ocean", the first,
    # naming a place but no death
    earlier = "milton → how many died?"
    found = first_following(all_news, "where?", earlier, "hurricane.md")
    assert found.startswith("At least 19 tornadoes touched down")


def test_a_part_of_a_name_out_of_it_gives_way_to_the_name_whole(tmp_path):
    shutil.copy(SEED_FILE, tmp_path)
    index = over_news(tmp_path, "news5")  # the headset's article beside the seed
    # "what is the vision pro strategy?" quoted the seed's "This alignment reflects a
    # shared strategic vision", whose article never writes "Vision Pro": its "vision"
    # names something else
    found = first_quoted(index, "what is the vision pro strategy?")
    assert "Vision Pro" in found, found
