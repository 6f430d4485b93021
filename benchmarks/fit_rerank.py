"""Fit the reranker (index/rerank.py) on the ReQA questions and say, cross-validated by
article, what it changes; write its weights to index/rerank_weights.py.

    python benchmarks/fit_rerank.py [--ablate] [--l2 0.3] [--write]

For each answerable question of the ReQA data (benchmarks/reqa.py), rank() gives its
first DEPTH candidates and index/rerank.py their features. A linear model scores them,
fitted listwise (the softmax over a question's candidates, maximising the probability of
its answering sentences, with an L2 penalty on the standardised weights) by scipy's
L-BFGS. Every figure printed is cross-validated by article: the questions of each of the
8 articles are reranked by a model fitted on the other 7's, so no question is ranked by
weights that saw it. ``--write`` then fits on all 8 and writes the weights.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.distractors import build_distractor_corpus  # noqa: E402
from benchmarks.quality import CASES, SEED  # noqa: E402
from benchmarks.reqa import DATA, Question, questions, write_corpus  # noqa: E402
from index.build import build_index  # noqa: E402
from index.evaluation import read_cases  # noqa: E402
from index.index import Index  # noqa: E402
from index.query import build_query  # noqa: E402
from index.ranking import rank  # noqa: E402
from index.rerank import DEPTH, FEATURES, features  # noqa: E402

WEIGHTS_FILE = ROOT / "index" / "rerank_weights.py"
# The L2 penalty: 0.3 and 1 gave the same figures to within 0.002; 1 fits fewer extremes.
L2 = 1.0
ALL = list(range(len(FEATURES)))
SEED_ARTICLE, DISTRACTED_ARTICLE = "seed", "seed + distractors"
# How much a seed question counts beside a ReQA one: the seed is the kind of corpus and
# question qabot serves, and its 87 questions stand beside 1,455. Of 1, 3 and 10, 3 put
# the most seed questions first among the distractors (benchmarks/quality.py).
SEED_WEIGHT = 3.0
# A case: the question's article, its candidates' numbers, their features, and the
# numbers of the passages that answer it.
Case = tuple[str, list[int], np.ndarray, frozenset[int]]


def cases(index: Index, asked: list[Question]) -> list[Case]:
    """Every answerable question of ``asked`` with rank()'s first candidates and their
    features."""
    return [_case(index, q.article, q.text, q.gold) for q in asked if q.gold]


def seed_cases() -> list[Case]:
    """The seed's answerable development questions (tests/data/dev_questions.jsonl) over
    the seed alone and among its distractors, as benchmarks/quality.py asks them: two
    more "articles", so that the weights also keep what the seed's figures rest on."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus in (
            (SEED_ARTICLE, SEED),
            (DISTRACTED_ARTICLE, build_distractor_corpus(Path(tmp) / "corpus", SEED)),
        ):
            index = build_index(corpus)
            texts = [p.text for p in index.passages]
            for case in read_cases(CASES):
                gold = frozenset(
                    n for n, t in enumerate(texts) if any(e in t for e in case.expected)
                )
                if gold:
                    found.append(_case(index, name, case.question, gold))
    return found


def _case(index: Index, article: str, question: str, gold: frozenset[int]) -> Case:
    query = build_query(question, index.analyzer, index.vocabulary)
    ranked = rank(index, query, DEPTH)
    rows = features(index, query, question, ranked) if ranked else np.zeros((0, len(FEATURES)))
    return article, [r.number for r in ranked], rows, gold


def fit(groups: list[tuple[np.ndarray, np.ndarray, float]], l2: float) -> np.ndarray:
    """Weights of a linear score, the softmax over each group's rows fitted to its labels,
    each group counting at its weight."""
    from scipy.optimize import minimize

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * (w @ w), 2 * l2 * w
        for x, y, weight in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            gold = (p * y).sum()
            total -= weight * np.log(gold)
            grad -= weight * (x.T @ (p * y) / gold - x.T @ p)
        return total, grad

    return minimize(loss, np.zeros(groups[0][0].shape[1]), jac=True, method="L-BFGS-B").x


def fitted(train: list[Case], columns: list[int], l2: float) -> np.ndarray:
    """Weights per unit of each feature in ``columns`` (0 for the others), fitted on the
    questions of ``train`` whose answer is among their candidates."""
    groups = [(a, x[:, columns], _labels(n, g)) for a, n, x, g in train if n]
    groups = [(a, x, y) for a, x, y in groups if y.any()]
    stacked = np.vstack([x for _, x, _ in groups])
    mean, spread = stacked.mean(0), stacked.std(0) + 1e-9
    standard = fit(
        [
            ((x - mean) / spread, y, SEED_WEIGHT if _fold(a) == SEED_ARTICLE else 1.0)
            for a, x, y in groups
        ],
        l2,
    )
    weights = np.zeros(len(FEATURES))
    weights[columns] = standard / spread
    return weights


def cross_validated(
    found: list[Case], columns: list[int], l2: float
) -> dict[bool, tuple[float, float]]:
    """P@1 and MRR@10 of the ReQA cases (True) and of the seed's (False), each article's
    reranked by weights fitted on the others'."""
    hits: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for fold in sorted({_fold(c[0]) for c in found}):
        weights = fitted([c for c in found if _fold(c[0]) != fold], columns, l2)
        for a, numbers, x, gold in found:
            if _fold(a) == fold:
                order = np.argsort(-(x @ weights), kind="stable")
                hits[_fold(a) != SEED_ARTICLE].append(_hit(_labels(numbers, gold)[order]))
    return {kind: _mean(figures) for kind, figures in hits.items()}


def _fold(article: str) -> str:
    """The questions held out together: an article's, or the seed's over both corpora."""
    return SEED_ARTICLE if article == DISTRACTED_ARTICLE else article


def _mean(figures: list[tuple[float, float]]) -> tuple[float, float]:
    count = max(len(figures), 1)
    return sum(p for p, _ in figures) / count, sum(r for _, r in figures) / count


def _report(name: str, figures: dict[bool, tuple[float, float]]) -> None:
    (p1, mrr), (seed_p1, seed_mrr) = figures[True], figures[False]
    print(f"{name}: ReQA P@1 {p1:.3f}, MRR@10 {mrr:.3f}; seed {seed_p1:.3f}, {seed_mrr:.3f}")


def _hit(labels: np.ndarray) -> tuple[float, float]:
    hits = np.flatnonzero(labels)
    if not hits.size:
        return 0.0, 0.0
    return float(hits[0] == 0), 1 / (hits[0] + 1)


def _labels(numbers: list[int], gold: frozenset[int]) -> np.ndarray:
    return np.array([n in gold for n in numbers], dtype=float)


def write(weights: np.ndarray, path: Path = WEIGHTS_FILE) -> None:
    """Write ``weights`` as the module index/rerank.py reads."""
    lines = [
        '"""The reranker\'s weights, written by benchmarks/fit_rerank.py: do not edit by hand."""',
        "",
        "# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions",
        "# of tests/data/squad2-dev-half-questions-8of16.json.",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {w:.6g},' for name, w in zip(FEATURES, weights, strict=True)),
        "}",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ablate", action="store_true", help="also each feature left out")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    args = parser.parse_args(argv)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        starts = write_corpus(data, Path(tmp) / "corpus")
        index = build_index(Path(tmp) / "corpus")
    found = cases(index, questions(data, index, starts)) + seed_cases()
    for kind, name in ((True, "ReQA"), (False, "seed")):
        kept = [(n, g) for a, n, _, g in found if (_fold(a) != SEED_ARTICLE) == kind]
        own = _mean([_hit(_labels(n, g)) for n, g in kept])
        print(f"{name}, rank()'s order: P@1 {own[0]:.3f}, MRR@10 {own[1]:.3f}")
    _report("reranked (cross-validated by article)", cross_validated(found, ALL, args.l2))
    if args.ablate:
        for left_out in FEATURES:
            columns = [i for i, f in enumerate(FEATURES) if f != left_out]
            _report(f"  without {left_out}", cross_validated(found, columns, args.l2))
    if args.write:
        write(fitted(found, ALL, args.l2))
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
