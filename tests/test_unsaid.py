"""What a question asks that the first passages do not say, said so (index/unsaid.py)."""

import pytest

from index.answers import answer
from tests.conftest import first_quoted


def test_a_colour_no_passage_writes_is_said_to_be_unsaid(all_news):
    found = answer(all_news, "what colour is the vision pro?")
    assert not found.hits and found.unsaid == "the colour"


def test_what_a_thing_is_made_of_is_told_by_its_material_or_said_to_be_unsaid(all_news):
    # not the opening naming the Titan, nor "...is topped by a golden rooster holding relics"
    found = first_quoted(all_news, "what was the titan made of?")
    assert found.startswith("Experts had warned OceanGate for years")
    found = answer(all_news, "what is the new spire made of?")
    assert not found.hits and found.unsaid == "what it is made of"


def test_whose_a_thing_is_where_no_passage_says_is_said_to_be_unsaid(all_news):
    # not "About 65,000 fans were expected at each of the shows at the Ernst Happel Stadium"
    found = answer(all_news, "who owns the stadium?")
    assert not found.hits and found.unsaid == "whose it is"


def test_a_birth_no_passage_tells_is_said_to_be_unsaid(all_news):
    # "when was gukesh born?" quoted "Gukesh broke the record set by Garry Kasparov, who
    # was 22 when he won the title in 1985": a time, of another, and no birth
    found = answer(all_news, "when was gukesh born?")
    assert not found.hits and found.unsaid == "when", found.hits
    # ...told where a passage tells it ("Born in Chicago in 1955, Prevost...")
    assert first_quoted(all_news, "when was the pope born?").startswith("Born in Chicago")


@pytest.mark.parametrize(
    "question", ["how many apps does the vision pro have?", "how many kids did alice munro have?"]
)
def test_a_count_of_what_the_articles_quoted_never_write_is_said_to_be_unsaid(all_news, question):
    # not the headset's "...costs 3,499 dollars", nor Munro's obituary's "...at the age
    # of 92": no number of them counts apps or children
    found = answer(all_news, question)
    assert not found.hits and found.unsaid == "how many", found.hits[0].passage.text


def test_a_count_of_people_is_told_by_any_word_for_them(all_news):
    # "All 379 passengers and crew escaped...": no "people" written, and a count of them
    found = first_quoted(all_news, "how many people were on the japan airlines plane?")
    assert found.startswith("All 379 passengers and crew escaped"), found
