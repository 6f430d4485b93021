"""benchmarks/sets.py: sets asked over all the articles at once, told apart and compared."""

import json

from benchmarks.sets import gather, measure, moved, report
from tests.conftest import DATA, SEED_DIR


def _lines(path, records):
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_sets_are_asked_over_every_folder_and_totalled_apart(tmp_path):
    corpus = tmp_path / "corpus"
    assert gather([SEED_DIR, DATA / "distractors"], corpus) == len(list(corpus.iterdir()))
    # Files of both folders, named by their folder so that none overwrites another.
    assert {p.name.split("_")[0] for p in corpus.iterdir()} == {"seed", "distractors"}
    jets = {"question": "who supplies Myanmar's jets?", "expected": ["arms supplier"]}
    tuned = _lines(
        tmp_path / "mine_questions.jsonl",
        [jets, {"question": "what colour is the moon made of cheese?", "expected": []}],
    )
    blind = _lines(
        tmp_path / "mine_blind.jsonl",
        [{"turns": [jets, {"question": "and china?", "expected": ["along with China"]}]}],
    )
    measured = measure(corpus, [tuned, blind], tmp_path / "work")
    figures = [
        (r.name, r.tuned, len(r.evaluation.answerable), r.evaluation.found_at(1)) for r in measured
    ]
    assert figures == [
        ("mine_questions.jsonl", True, 1, 1),
        ("mine_blind.jsonl", False, 2, 2),
    ]
    lines = report(measured)
    assert "no answer given 1/1" in lines[0]
    assert lines[-2:] == [
        "untuned (held out or blind): 2 at one, 2 in three, of 2 answerable",
        "tuned: 1 at one, 1 in three, of 1 answerable",
    ]
    # Compared with a file recording another rank, only that question is listed.
    # A question without an answer is listed where it was quoted before and is not now.
    cheese = "what colour is the moon made of cheese?"
    before = {
        "mine_questions.jsonl": [[jets["question"], 4, True, True], [cheese, None, False, True]]
    }
    assert moved(before, measured) == [
        "mine_questions.jsonl: 4 -> 1  who supplies Myanmar's jets?",
        f"mine_questions.jsonl: quoted -> no answer  {cheese}",
    ]
