"""benchmarks/probes.py: conversations asked through the shell, first quotes compared."""

import json

from benchmarks.probes import PROBES, ask, changed, first_quote, read_probes
from benchmarks.sets import gather
from tests.conftest import SEED_DIR


def test_probes_are_conversations_whose_turns_follow_each_other(tmp_path):
    probes = tmp_path / "probes.txt"
    probes.write_text(
        "# a comment\nwho supplies Myanmar's jets? | and china?\n\nwho is min aung hlaing?\n",
        encoding="utf-8",
    )
    read = read_probes(probes)
    assert read == [["who supplies Myanmar's jets?", "and china?"], ["who is min aung hlaing?"]]
    corpus = tmp_path / "corpus"
    gather([SEED_DIR], corpus)
    answered = ask(corpus, read, tmp_path / "work")
    assert [turn for turn, _ in answered] == [*read[0], *read[1]]
    # the follow-up carries the jets: China's part in them, highlighting left out
    assert answered[0][1].startswith("> Russia, along with China, is a major supporter")
    assert "China" in answered[1][1] and "**" not in answered[1][1]
    # compared with a record, only the turn whose first quote differs is listed
    before = json.loads(json.dumps([*answered[:2], (answered[2][0], "> something else")]))
    assert changed(before, answered) == [
        f"{answered[2][0]}\n  was: > something else\n  now: {answered[2][1]}"
    ]


def test_a_reply_quoting_nothing_is_recorded_by_its_first_line():
    assert first_quote("I found no answer to that.\nTry /sources.") == "I found no answer to that."
    assert first_quote("**Answer**\n> It **won**.\n> Another.") == "> It won."


def test_the_shipped_probes_are_read_as_conversations():
    probes = read_probes(PROBES)
    assert len(probes) > 1000 and any(len(turns) > 1 for turns in probes)
    assert all(turn.strip() == turn and turn for turns in probes for turn in turns)
