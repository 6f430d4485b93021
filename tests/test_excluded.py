import pytest

from bot import embeds, render
from index.answers import answer
from index.excluded import excluded, holding


@pytest.mark.parametrize(
    "asked, searched, without",
    [
        ("jets -Russia", "jets", ("Russia",)),
        ("-china who supplies jets -Russia's", "who supplies jets", ("china", "Russia's")),
        ("Russian-made jets", "Russian-made jets", ()),  # a hyphen inside a word
        ("a loss of -5 jets", "a loss of -5 jets", ()),  # a negative number
        ("-Russia", "-Russia", ()),  # nothing left to search for: read as written
    ],
)
def test_words_with_a_minus_are_left_out_of_the_search(asked, searched, without):
    assert excluded(asked) == (searched, without)


def test_no_passage_holding_an_excluded_word_is_quoted(seed_index):
    plain = answer(seed_index, "who supplies Myanmar's jets?")
    without = answer(seed_index, "who supplies Myanmar's jets? -Russia")
    assert without.found and without.excluded == ("Russia",)
    held = set(holding(seed_index, ("russia",)).tolist())
    assert any(h.number in held for h in plain.hits)
    assert all(h.number not in held for h in without.hits)
    assert all("Russia " not in h.passage.text for h in without.hits)
    assert "Without: Russia" in embeds.answer_embed(without).footer.text
    assert render.answer_json(without)["excluded"] == ["Russia"]
