"""Question latency on an index just built (what the bot serves after a start that found the
corpus changed) beside the same index loaded from its saved folder, in the same run.

    python benchmarks/built_loaded.py [--rounds 5]

The corpus is every article of tests/data (79); the questions are every question of its
question sets. Each round asks every question once of each index, in turn; it prints each
index's median time per question (the median over rounds of each round's mean, with their
range) and p95 (median over rounds), and the ratios built / loaded, which should be about
1: anything the saved index records for questions (its synonym groups' terms) must not
cost a question more on an index just built.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.answers import answer  # noqa: E402
from index.errors import QabotError  # noqa: E402
from index.evaluation import read_cases  # noqa: E402
from index.index import Index  # noqa: E402
from index.refresh import refresh_index  # noqa: E402

DATA = ROOT / "tests" / "data"
FOLDERS = ("seed", "distractors", *(f"news{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    questions = [
        case.question
        for path in sorted(DATA.glob("news*_questions.jsonl"))
        for case in read_cases(path)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for folder in FOLDERS:
            for path in (DATA / folder).iterdir():
                if path.is_file() and path.name != "README.md":
                    shutil.copy(path, corpus / f"{folder}_{path.name}")
        articles = len(list(corpus.iterdir()))
        indexes = {
            "built": refresh_index(corpus, Path(tmp) / "index").index,
            "loaded": refresh_index(corpus, Path(tmp) / "index").index,
        }
        times: dict[str, list[list[float]]] = {name: [] for name in indexes}
        for index in indexes.values():  # warm: the analyzer's memo, numpy's first calls
            _ask_all(index, questions)
        for _ in range(args.rounds):
            for name, index in indexes.items():
                times[name].append(_ask_all(index, questions))
    print(f"{len(questions)} questions over {articles} articles, {args.rounds} rounds")
    means, p95s = {}, {}
    for name, rounds in times.items():
        per_round = [statistics.fmean(r) * 1000 for r in rounds]
        means[name] = statistics.median(per_round)
        p95 = p95s[name] = statistics.median(
            float(np.percentile(r, 95, method="higher")) * 1000 for r in rounds
        )
        print(
            f"{name:7s} mean {means[name]:.3f} ms [{min(per_round):.3f}-{max(per_round):.3f}]"
            f"  p95 {p95:.3f} ms"
        )
    print(
        f"built / loaded: {means['built'] / means['loaded']:.2f}x mean,"
        f" {p95s['built'] / p95s['loaded']:.2f}x p95"
    )
    return 0


def _ask_all(index: Index, questions: list[str]) -> list[float]:
    """Each question's time to its answer (or to its refusal)."""
    spent = []
    for question in questions:
        start = time.perf_counter()
        with contextlib.suppress(QabotError):
            answer(index, question)
        spent.append(time.perf_counter() - start)
    return spent


if __name__ == "__main__":
    sys.exit(main())
