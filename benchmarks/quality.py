"""Answer quality of qabot beside the BM25 systems a user could pick instead.

    python benchmarks/quality.py [--cases FILE] [--documents N]

Every system ranks the same sentences (qabot's passages) for the same questions, on two
corpora: the seed corpus alone, and the seed corpus with distractors (handwritten
neighbouring articles and N real unrelated documents, the standard library's docstrings).
It prints success@1, success@3, MRR@10 and how many no-answer questions got no answer.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.baselines import BASELINES  # noqa: E402
from benchmarks.distractors import DEFAULT_DOCUMENTS, build_distractor_corpus  # noqa: E402
from index.build import build_index  # noqa: E402
from index.evaluation import Evaluation, evaluate, evaluate_ranker, read_cases  # noqa: E402

SEED = ROOT / "tests" / "data" / "seed"
CASES = ROOT / "tests" / "data" / "dev_questions.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument(
        "--documents",
        type=int,
        default=DEFAULT_DOCUMENTS,
        help="unrelated documents among the distractors",
    )
    args = parser.parse_args(argv)
    cases = read_cases(args.cases)
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {
            "seed": SEED,
            f"seed + distractors ({args.documents} docs)": build_distractor_corpus(
                Path(tmp) / "distractors", SEED, args.documents
            ),
        }
        rows = []
        for corpus_name, directory in corpora.items():
            index = build_index(directory)
            texts = [p.text for p in index.passages]
            rows.append((corpus_name, "qabot", _timed(lambda i=index: evaluate(i, cases))))
            for name, build in BASELINES.items():
                ranker = _quoting(build(texts), texts)
                rows.append((corpus_name, name, _timed(lambda r=ranker: evaluate_ranker(r, cases))))
            print(
                f"{corpus_name}: {len(index.articles)} articles, {len(texts)} sentences",
                file=sys.stderr,
            )
    _print_table(rows, cases)
    return 0


def _quoting(ranker, texts):
    """The texts a baseline would quote, from the positions it ranks."""
    return lambda question: [texts[i] for i in ranker(question)]


def _timed(run):
    start = time.perf_counter()
    result = run()
    return result, time.perf_counter() - start


def _print_table(rows: list[tuple[str, str, tuple[Evaluation, float]]], cases) -> None:
    answerable = sum(1 for c in cases if c.expected)
    unanswerable = len(cases) - answerable
    print(f"{len(cases)} questions: {answerable} answerable, {unanswerable} with no answer\n")
    header = "| corpus | system | success@1 | success@3 | MRR@10 | no answer given | s/question |"
    print(header)
    print("|---|---|---|---|---|---|---|")
    for corpus, system, (result, seconds) in rows:
        print(
            f"| {corpus} | {system} | {result.success_at(1):.3f} | {result.success_at(3):.3f} "
            f"| {result.mrr:.3f} | {result.no_answer_correct}/{unanswerable} "
            f"| {seconds / len(cases):.4f} |"
        )


if __name__ == "__main__":
    sys.exit(main())
