"""Record every answer's top 10 on the project's question sets, to show that a change of
structure leaves answers alone.

    python benchmarks/same_answers.py OUT.json [--scale WORK ...]
    python benchmarks/same_answers.py --compare BEFORE.json AFTER.json

The question sets: the development and held-out questions on the seed corpus and on the
seed among distractors (as benchmarks/quality.py builds them), and, for each --scale WORK
folder that benchmarks/scale.py prepared, its questions over its corpus. For each question
it records the top 10 passages (article, paragraph, sentence, the other articles quoting
the same sentence, score and relevance exactly) and whether more passages follow.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.distractors import build_distractor_corpus  # noqa: E402
from index.answers import answer  # noqa: E402
from index.build import build_index  # noqa: E402
from index.errors import QabotError  # noqa: E402
from index.evaluation import read_cases  # noqa: E402
from index.refresh import refresh_index  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = ("dev_questions.jsonl", "holdout_questions.jsonl")
DEPTH = 10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="where to write the answers (JSON)")
    parser.add_argument("--scale", type=Path, action="append", default=[], metavar="WORK")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("give OUT.json, or --compare BEFORE.json AFTER.json")
    recorded: dict[str, dict[str, list]] = {}
    questions = [case.question for name in SETS for case in read_cases(DATA / name)]
    with tempfile.TemporaryDirectory() as tmp:
        distractors = build_distractor_corpus(Path(tmp) / "distractors", DATA / "seed")
        for name, corpus in (("seed", DATA / "seed"), ("seed+distractors", distractors)):
            recorded[name] = _answers(build_index(corpus), questions)
            print(f"{name}: {len(questions)} questions", file=sys.stderr)
        for work in args.scale:
            index = refresh_index(work / "corpus", Path(tmp) / "scale-index").index
            asked = json.loads((work / "questions.json").read_text(encoding="utf-8"))
            if isinstance(asked, dict):  # word sets and real questions
                asked = [question for kind in asked.values() for question in kind]
            recorded[f"scale:{work.name}"] = _answers(index, asked)
            print(f"scale {work}: {len(asked)} questions", file=sys.stderr)
    args.out.write_text(json.dumps(recorded, indent=1), encoding="utf-8")
    return 0


def _answers(index, questions: list[str]) -> dict[str, list]:
    found = {}
    for question in questions:
        try:
            result = answer(index, question, top=DEPTH)
        except QabotError as error:  # "???": recorded as the error it is
            found[question] = type(error).__name__
            continue
        found[question] = [
            [
                [
                    hit.article.id,
                    hit.passage.paragraph,
                    hit.passage.sentence,
                    list(hit.also_in),
                    repr(hit.score),
                    repr(hit.relevance),
                ]
                for hit in result.hits
            ],
            result.more,
        ]
    return found


def compare(before_path: Path, after_path: Path) -> int:
    """Print each question whose answer differs; exit status 1 if any does."""
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    differ = 0
    for corpus in sorted(before.keys() | after.keys()):
        old, new = before.get(corpus, {}), after.get(corpus, {})
        if old.keys() != new.keys():
            print(f"{corpus}: the question sets differ")
            differ += 1
            continue
        changed = [q for q in old if old[q] != new[q]]
        differ += len(changed)
        for question in changed:
            print(f"{corpus}: {question!r}\n  before {old[question]}\n  after  {new[question]}")
        print(f"{corpus}: {len(old) - len(changed)} of {len(old)} questions answered the same")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
