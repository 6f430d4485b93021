"""What firsts/named.py puts beside the first passage: whom it describes, quotes or names."""

from index.answers import answer
from tests.conftest import first_quoted


def test_who_a_pronoun_stands_for_is_named_by_the_sentence_before(all_news):
    # "She was replaced after two days by Emmett Shear...": she is Mira Murati
    assert first_quoted(all_news, "who was replaced by emmett shear?").startswith("Mira Murati")
    found = answer(
        all_news, "who did he replace?", earlier="who is emmett shear?", recent=("altman.md",)
    )
    texts = [hit.passage.text for hit in found.hits[:2]]
    assert texts[0].startswith("She was replaced after two days by Emmett Shear")
    assert texts[1].startswith("Mira Murati, the chief technology officer")


def test_who_someone_is_keeps_the_sentence_naming_them(all_news):
    # not the sentence before it, naming whom its "She" stands for
    found = first_quoted(all_news, "who is emmett shear?")
    assert found.startswith("She was replaced after two days by Emmett Shear")


def test_a_name_asked_keeps_the_sentence_giving_it_by_a_pronoun(all_news):
    # "what name" asks no one: "He took the name Leo XIV..." tells it
    found = first_quoted(all_news, "what name did the new pope choose?")
    assert found.startswith("He took the name Leo XIV")
