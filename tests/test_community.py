import pytest

from index.analysis import Analyzer
from index.community import (
    MAX_GROUPS,
    MAX_WORDS,
    Community,
    SynonymsError,
    added,
    group_of,
    read,
    removed,
    text_of,
)
from index.synonyms import synonyms

ANALYZER = Analyzer()


def test_a_group_is_single_words_each_read_as_one_term():
    assert group_of("Probe, lander;  spacecraft probe", ANALYZER) == (
        ("probe", "lander", "spacecraft"),
        ("probe", "lander", "spacecraft"),
    )
    assert group_of("e-mail letter", ANALYZER)[0] == ("e-mail", "letter")  # one word
    assert group_of("probe = lander / spacecraft | rover", ANALYZER)[0] == (
        "probe",
        "lander",
        "spacecraft",
        "rover",
    )


@pytest.mark.parametrize(
    "typed, said",
    [
        ("probe", "two different words at least"),
        ("probe probes", "two different words at least"),  # read alike: one term
        ("the probe", "“the” is too common a word"),
        ("probe @everyone", "“@everyone” is not a word"),
        ("probe " + "x" * 50, "is not a word"),
        (" ".join(f"word{n}" for n in range(MAX_WORDS + 1)), f"{MAX_WORDS} words at most"),
    ],
)
def test_what_cannot_be_a_group_is_refused_saying_why(typed, said):
    with pytest.raises(SynonymsError, match=said):
        group_of(typed, ANALYZER)


def test_the_file_is_read_a_group_a_line_and_bad_lines_are_skipped_saying_where():
    text = "# a comment\n\nprobe lander\nthe probe\narmy military\n"
    community = read(text, ANALYZER)
    assert community.groups == (("probe", "lander"), ("army", "military"))
    assert community.terms == (("probe", "lander"), ("armi", "militari"))
    assert community.skipped == ("line 4: “the” is too common a word to search for: leave it out",)
    assert read(text_of(community.groups), ANALYZER).groups == community.groups
    many = "".join(f"word{n} other{n}\n" for n in range(MAX_GROUPS + 1))
    assert read(many * 2, ANALYZER).skipped == (  # said once, where they begin
        f"line {MAX_GROUPS + 1} on: more than {MAX_GROUPS} groups",
    )


def test_groups_are_added_and_removed_by_their_words():
    community = read("probe lander spacecraft\narmy military\n", ANALYZER)
    assert added(community, "critic sceptic", ANALYZER)[-1] == ("critic", "sceptic")
    with pytest.raises(SynonymsError, match="“probe lander spacecraft” is a group already"):
        added(community, "lander probe", ANALYZER)
    assert removed(community, "Spacecraft", ANALYZER) == (("army", "military"),)
    assert removed(community, "military army", ANALYZER) == (("probe", "lander", "spacecraft"),)
    with pytest.raises(SynonymsError, match="no group holds “rover”"):
        removed(community, "rover", ANALYZER)
    both = read("probe lander\nprobe rover\n", ANALYZER)
    with pytest.raises(SynonymsError, match="several groups hold it"):
        removed(both, "probe", ANALYZER)
    assert removed(both, "probe rover", ANALYZER) == (("probe", "lander"),)


def test_the_communitys_groups_are_synonyms_beside_the_written_ones():
    grouped = Analyzer(community_terms=read("probe lander\n", ANALYZER).terms)
    assert "lander" in synonyms(grouped)["probe"]
    assert "lander" not in synonyms(ANALYZER).get("probe", ())
    assert synonyms(grouped)["jet"] == synonyms(ANALYZER)["jet"]  # the written ones stay
    assert Community().terms == ()
