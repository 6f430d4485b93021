"""What a question asks that the first passages do not say, said so (index/unsaid.py)."""

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
