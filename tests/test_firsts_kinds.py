"""Tests of index/firsts/kinds.py: which one of a kind, its model, its name, the most."""

import pytest

from index.answers import answer
from tests.conftest import first_following, first_quoted, one_article, over_news


def test_a_name_asked_is_told_by_the_sentence_of_the_first_article_naming_the_thing(tmp_path):
    index = over_news(tmp_path, "news3")
    # "The ship, the Dali, was leaving the port...", 0.41 as relevant as the opening,
    # which names no ship
    for question in (
        "what was the name of the ship that hit the baltimore bridge?",
        "what was the ship that hit the baltimore bridge called?",  # (what it did between)
    ):
        first = first_quoted(index, question)
        assert first.startswith("The ship, the Dali"), question
    # ...and where the first names one, it stays ("The vaccine, called Ixchiq")
    first = first_quoted(index, "what is the name of the chikungunya vaccine?")
    assert first.startswith("The vaccine, called Ixchiq")


def test_which_of_a_kind_is_told_by_one_named_with_the_kinds_word(tmp_path):
    index = over_news(tmp_path, "news9")
    # the two sentences saying "door plug" name no airline
    found = first_quoted(index, "which airline had the door plug incident?")
    assert found.startswith("A panel covering an unused emergency exit blew out of an Alaska")
    # ...or one named beside it: two saying "the museum" came first, naming none
    index = over_news(tmp_path / "heist", "news4")
    found = first_quoted(index, "which museum was robbed?")
    assert found.startswith("The Louvre, the world's most visited museum")


def test_which_of_a_kind_won_is_told_by_the_news_of_the_win(all_news):
    # not "Spain won all seven of their matches at the tournament in Germany, the first
    # team to do so...", which names Spain beside the kind's word
    found = first_quoted(all_news, "which team won the euros?")
    assert found.startswith("Spain won the European Championship for a record fourth time")


def test_which_of_a_kind_asked_of_many_is_told_by_a_list_of_them(all_news):
    # the train strike's "...disrupting travel" came first ("outage" is read as
    # "disrupt", and "hit" as a strike)
    found = first_quoted(all_news, "which airlines were hit by the outage?")
    assert found.startswith("More than 5,000 flights were cancelled worldwide, and airlines")


def test_which_of_a_kind_is_told_by_a_sentence_naming_one_where_the_first_names_none(tmp_path):
    index = over_news(tmp_path, "news3")
    # "The job cuts will be mostly completed by the end of the year, the company said."
    found = first_quoted(index, "which company is cutting jobs?")
    assert found.startswith("Intel said on Thursday it would cut")
    # ...and asked of many, where no sentence lists them, as of one (in the plural of "y")
    found = first_quoted(index, "which companies cut jobs?")
    assert found.startswith("Intel said on Thursday it would cut"), found


def test_which_of_a_kind_in_the_plural_is_told_by_a_sentence_listing_them(tmp_path):
    index = one_article(
        tmp_path,
        "Mars will buy Kellanova.\n\n"
        '"Kellanova\'s brands are a perfect fit for our portfolio," Mars said.\n\n'
        "The deal brings together brands such as M&M's and Twix with Kellanova's Pringles.",
    )
    # the quote names the brands and Kellanova; only the list says which they are
    found = answer(index, "what brands does kellanova make?").hits[0].passage.text
    assert found.startswith("The deal brings together brands such as"), found


def test_which_of_a_kind_in_the_plural_is_told_by_a_list_a_few_words_after_the_kind(all_news):
    # "Most of the dead were in towns south of the city of Valencia, such as Paiporta...",
    # not the lede's "Flash floods in the Spanish region of Valencia..."
    found = first_quoted(all_news, "which towns flooded in valencia?")
    assert found.startswith("Most of the dead were in towns"), found


def test_which_of_a_kind_in_the_plural_is_told_by_three_names_listed(all_news):
    # "...taking Aleppo, Hama and Homs", naming no city, not the lede's one ("...took
    # control of the capital, Damascus")
    found = first_quoted(all_news, "which cities did the rebels take?")
    assert found.startswith("The rebels swept south"), found


def test_a_model_written_alone_tells_which_planes(all_news):
    # "...ordered 171 Max 9 planes around the world to stay on the ground" was put behind
    # the opening's "...an Alaska Airlines Boeing 737 Max 9": it names the model too
    found = first_quoted(all_news, "which planes were grounded?")
    assert found.startswith("On Saturday the Federal Aviation Administration ordered 171")
    # ...not a number alone ("It is the first fatal crash of a 787...")
    found = first_quoted(all_news, "what plane was it in the air india crash?")
    assert found.startswith("The Boeing 787 Dreamliner, flight AI171")


def test_which_planes_is_told_by_models_named_alone_too(all_news):
    # "The strike stops work on the 737 MAX, the 777 and the 767...", under the opening's
    # "...halting production of the company's best-selling jets"
    found = first_quoted(all_news, "which planes are affected by the boeing strike?")
    assert found.startswith("The strike stops work on the 737 MAX")


def test_a_real_name_is_told_by_the_name_born_with_in_the_first_article(all_news, seed_index):
    # not the obituary's opening, "Alice Munro, the Canadian writer who won..."
    born = "Born Alice Laidlaw in Wingham"
    assert first_quoted(all_news, "what was alice munro's real name?").startswith(born)
    # ...following up, "real" and "name" ask it (it found no answer: no sentence of the
    # obituary writes either)
    found = first_following(all_news, "what was her real name?", "munro", "obituary.md")
    assert found.startswith(born)
    # ...and asked by a word no article writes, it asks all the same ("no article mentions
    # 'maiden'")
    assert first_quoted(all_news, "what was munro's maiden name?").startswith(born)
    # ...where none is told, none: not "...Russian President Vladimir Putin"
    found = answer(seed_index, "what was putin's real name?")
    assert not found.hits and found.unsaid == "the name they were born with"


@pytest.mark.parametrize(
    "question", ["what name did prevost choose?", "what name did the pope take?"]
)
def test_a_name_taken_is_told_by_the_name_written_after_the_name(all_news, question):
    # "He took the name Leo XIV...", not "He later led the Vatican office that chooses
    # bishops", which says "choose"
    assert first_quoted(all_news, question).startswith("He took the name Leo XIV"), question


@pytest.mark.parametrize(
    "earlier, article, first",
    [
        # the sentence before "The union had asked for 40 percent...", naming it (was no
        # answer: the German rail strike's "...the fourth strike by the union", then
        # dropped as of another article)
        ("boeing strike", "strike.md", "Members of the International Association of"),
        # ...and one naming it by an acronym before the kind's word, in the article
        # followed (not "Deutsche Bahn called the strike...", before "It is the fourth
        # strike by the union...")
        ("rail strike", "rail.md", "The GDL union called the walkout"),
    ],
)
def test_which_of_a_kind_alone_is_told_by_the_one_its_article_names(
    all_news, earlier, article, first
):
    found = first_following(all_news, "which union?", earlier, article)
    assert found.startswith(first), found


def test_which_countries_is_told_by_a_sentence_naming_more_than_one(all_news):
    # not "The next total solar eclipse visible from the contiguous United States...",
    # naming one
    found = first_quoted(all_news, "which countries saw the eclipse?")
    assert found.startswith("Millions of people across Mexico, the United States and Canada")


@pytest.mark.parametrize(
    "question, first",
    [
        # not "Other scientists noted that the study was observational...": no sentence
        # writes "worst"
        ("which foods were the worst in the study?", "The study, published in the BMJ, found"),
        # not the opening's toll ("at least 24 people" is no superlative)
        ("what was the biggest la fire?", "The largest fire, in the coastal neighbourhood"),
        # not "Chile ... is one of the most seismically active countries in the world",
        # which names no earthquake
        ("what was the worst earthquake in chile?", "A magnitude 8.8 earthquake in 2010"),
    ],
)
def test_a_superlative_asked_is_told_by_one_written(all_news, question, first):
    assert first_quoted(all_news, question).startswith(first)


def test_where_most_of_them_were_is_told_by_most_of_them_placed(all_news):
    # not the opening's "...killed at least 211 people" in the region
    found = first_quoted(all_news, "where did most people die in the valencia floods?")
    assert found.startswith("Most of the dead were in towns south of the city of Valencia")
    # ...placed: "Most of the cases are in children who were not vaccinated" is no where
    found = first_quoted(all_news, "where are most measles cases?")
    assert not found.startswith("Most of the cases are in children"), found


def test_whether_other_countries_did_it_is_told_by_the_countries_named(all_news):
    # "Rescue teams from China, India and Russia have arrived, but aid groups say..." (aid:
    # help), not "The quake hit ... near the city of Mandalay, the country's second largest"
    found = first_following(
        all_news, "did other countries help?", "myanmar earthquake", "earthquake.md"
    )
    assert found.startswith("Rescue teams from China, India and Russia have arrived"), found


def test_which_countries_did_it_is_told_by_the_countries_named_in_the_article(all_news):
    # "Egypt said 672 of its citizens had died, and Jordan, Indonesia and Tunisia also
    # reported deaths", not the opening's "More than 1,300 people died during this year's
    # hajj pilgrimage in Saudi Arabia", naming one (the Egypt sentence ranked under the
    # share of the first's relevance countries_first looks within)
    found = first_following(all_news, "which countries were the dead from?", "hajj heat", "heat.md")
    assert found.startswith("Egypt said 672 of its citizens had died"), found


def test_which_countries_following_up_is_told_by_the_countries_named(all_news):
    # "Egypt said 672 of its citizens had died, and Jordan, Indonesia and Tunisia also
    # reported deaths" (the article writes no "countries": read as "who?", it quoted the
    # opening)
    found = first_following(all_news, "which countries?", "hajj deaths", "heat.md")
    assert found.startswith("Egypt said 672 of its citizens had died"), found


def test_what_happens_asks_no_kind(all_news):
    # "Parents and children will not be punished for breaking the rules", not the list of
    # the platforms the ban covers ("happens" is no plural of a kind)
    found = first_quoted(all_news, "what happens if kids break the ban?")
    assert found.startswith("Parents and children will not be punished"), found
