"""Study for issue 11: which features of rank()'s first candidates, weighted by a learned
linear model, put the answering sentence first on ReQA, cross-validated by article.

    python benchmarks/rerank_study.py [--sets all,no-exact,...] [--ablate] [--l2 0.3]

For each answerable question of the ReQA data (benchmarks/reqa.py), qabot's rank() gives
its first DEPTH candidates; each gets the features below. A linear model scores them,
fitted listwise (the softmax over a question's candidates, maximising the probability
of its answering sentences, with an L2 penalty) by scipy's L-BFGS. Every figure is
cross-validated by article: the questions of each of the 8 articles are reranked by a
model fitted on the other 7's. A question whose answer is not among the candidates is a
miss. Nothing here is used by qabot yet: this measures whether a reranker is worth it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reqa import DATA, Question, questions, write_corpus  # noqa: E402
from index.build import build_index  # noqa: E402
from index.index import Index  # noqa: E402
from index.query import build_query  # noqa: E402
from index.ranking import rank  # noqa: E402

# Candidates reranked per question: 10, 20 and 30 gave the same figures to within 0.005.
DEPTH = 10
WORD = re.compile(r"\w+")
CAPITALISED = re.compile(r"\b[A-Z]\w+")
# Function words, for the exact-word match (the analyzer's stop words also drop words
# such as "many" that matter to a surface match).
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for by with from and or is are was were be been being do "
    "does did what which who whom whose when where why how that this these those it its as "
    "into than then there their they he she his her".split()
)
FEATURES = (
    "log_score",  # rank()'s score over the best candidate's, logged
    "relevance",  # BM25 over the best the question could reach, neighbours included
    "own",  # BM25 of the sentence's own words over the same
    "own_cov",  # share of the question (by importance) the sentence holds
    "art_cov",  # share its article holds
    "para_cov",  # share its paragraph holds
    "bigram",  # question term pairs found side by side in the sentence
    "wbigram",  # the same for written words, function words kept
    "run",  # the longest run of question words found in order (up to 6)
    "proximity",  # matched terms over the span they cover
    "length",  # log of the sentence's terms
    "inv_rank",  # 1 / rank()'s place
    "first",  # the paragraph's first sentence
    "who",  # a "who" question, and a capitalised word the question lacks
    "exact",  # IDF share of the question's words found written the same way
)
SETS = {
    "all": FEATURES,
    "no-exact": tuple(f for f in FEATURES if f != "exact"),
    "score": ("log_score",),
}


def features(index: Index, question: str, idf: dict[str, float]) -> tuple[list[int], np.ndarray]:
    """rank()'s first candidates for ``question`` and their features (rows)."""
    query = build_query(question, index.analyzer, index.vocabulary)
    ranked = rank(index, query, DEPTH)
    if not ranked:
        return [], np.zeros((0, len(FEATURES)))
    words = [w for w in query.words if w.alternatives]
    found = [index.bm25.best_of(w.alternatives) for w in words]
    numbers = np.array([r.number for r in ranked])
    held = np.zeros(len(ranked))
    in_paragraph = np.zeros(len(ranked))
    first, last = _paragraphs(index, numbers)
    for word, (docs, _) in zip(words, found, strict=True):
        at = np.minimum(np.searchsorted(docs, numbers), max(docs.size - 1, 0))
        held += word.importance * (docs[at] == numbers)
        in_paragraph += word.importance * (
            np.searchsorted(docs, last) > np.searchsorted(docs, first)
        )
    terms = list(query.question_terms)
    asked_terms = set(terms)
    pairs = set(zip(terms, terms[1:], strict=False))
    asked = [w.lower() for w in WORD.findall(question)]
    written_pairs = set(zip(asked, asked[1:], strict=False))
    content = [w for w in dict.fromkeys(asked) if w not in FUNCTION_WORDS]
    unseen = max(idf.values(), default=1.0)
    content_weight = sum(idf.get(w, unseen) for w in content) or 1.0
    who = bool(re.search(r"\b(who|whom|whose)\b", question.lower()))
    named = {w.lower() for w in CAPITALISED.findall(question)}
    rows = []
    for place, r in enumerate(ranked):
        text = index.passages.text(r.number)
        sentence = [t.term for t in index.analyzer.tokens(text)]
        matched = [i for i, t in enumerate(sentence) if t in asked_terms]
        span = matched[-1] - matched[0] + 1 if matched else 0
        written = [w.lower() for w in WORD.findall(text)]
        found_written = set(written)
        new_names = {w.lower() for w in CAPITALISED.findall(text)} - named - FUNCTION_WORDS
        rows.append(
            [
                np.log(r.score / ranked[0].score),
                r.relevance,
                r.own / query.ideal,
                held[place] / query.ideal,
                r.coverage,
                in_paragraph[place] / query.ideal,
                _pairs_in(sentence, pairs) / max(len(pairs), 1),
                _pairs_in(written, written_pairs) / max(len(written_pairs), 1),
                min(_longest_run(asked, written), 6) / 6,
                len({sentence[i] for i in matched}) / span if span else 0.0,
                np.log1p(len(sentence)),
                1 / (place + 1),
                float(index.passages.column("sentence")[r.number] == 1),
                float(who and bool(new_names)),
                sum(idf.get(w, unseen) for w in content if w in found_written) / content_weight,
            ]
        )
    return [r.number for r in ranked], np.array(rows)


def _pairs_in(sequence: list[str], pairs: set[tuple[str, str]]) -> int:
    return sum(1 for pair in zip(sequence, sequence[1:], strict=False) if pair in pairs)


def _longest_run(asked: list[str], written: list[str]) -> int:
    places: dict[str, list[int]] = {}
    for j, word in enumerate(written):
        places.setdefault(word, []).append(j)
    best = 0
    for i, word in enumerate(asked):
        for j in places.get(word, []):
            k = 0
            while i + k < len(asked) and j + k < len(written) and asked[i + k] == written[j + k]:
                k += 1
            best = max(best, k)
    return best


def _paragraphs(index: Index, numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first passage of each candidate's paragraph, and the one after its last."""
    article, paragraph = index.passages.article, index.passages.column("paragraph")
    key = article.astype(np.int64) * 1_000_000 + paragraph
    return np.searchsorted(key, key[numbers], "left"), np.searchsorted(key, key[numbers], "right")


def written_idf(index: Index) -> dict[str, float]:
    """Lucene's IDF of each written word (lowercase) over the sentences."""
    counts = Counter(w for p in index.passages for w in {x.lower() for x in WORD.findall(p.text)})
    total = len(index.passages)
    return {w: float(np.log1p((total - d + 0.5) / (d + 0.5))) for w, d in counts.items()}


def fit(groups: list[tuple[np.ndarray, np.ndarray]], l2: float) -> np.ndarray:
    """Weights of a linear score, the softmax over each group's rows fitted to its labels."""
    from scipy.optimize import minimize

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * (w @ w), 2 * l2 * w
        for x, y in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            gold = (p * y).sum()
            total -= np.log(gold)
            grad -= x.T @ (p * y) / gold - x.T @ p
        return total, grad

    return minimize(loss, np.zeros(groups[0][0].shape[1]), jac=True, method="L-BFGS-B").x


def cross_validated(cases: list, columns: list[int], l2: float) -> tuple[float, float]:
    """P@1 and MRR@10 over all cases, each article's reranked by a model fitted on the
    others'. A case is (article, candidate numbers, features, answering numbers)."""
    first = reciprocal = 0.0
    for article in sorted({c[0] for c in cases}):
        train = [(x[:, columns], _labels(n, g)) for a, n, x, g in cases if a != article and n]
        train = [(x, y) for x, y in train if y.any()]
        mean = np.vstack([x for x, _ in train]).mean(0)
        spread = np.vstack([x for x, _ in train]).std(0) + 1e-9
        weights = fit([((x - mean) / spread, y) for x, y in train], l2)
        for a, numbers, x, gold in cases:
            if a != article or not numbers:
                continue
            order = np.argsort(-(((x[:, columns] - mean) / spread) @ weights), kind="stable")
            hits = np.flatnonzero(_labels(numbers, gold)[order])
            if hits.size and hits[0] < 10:
                first += hits[0] == 0
                reciprocal += 1 / (hits[0] + 1)
    return first / len(cases), reciprocal / len(cases)


def _labels(numbers: list[int], gold: frozenset[int]) -> np.ndarray:
    return np.array([n in gold for n in numbers], dtype=float)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--ablate", action="store_true", help="also each feature left out")
    parser.add_argument("--l2", type=float, default=0.3)
    args = parser.parse_args(argv)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        starts = write_corpus(data, Path(tmp) / "corpus")
        index = build_index(Path(tmp) / "corpus")
    asked: list[Question] = [q for q in questions(data, index, starts) if q.gold]
    idf = written_idf(index)
    cases = [(q.article, *features(index, q.text, idf), q.gold) for q in asked]
    in_order = [_labels(n, g) for _, n, _, g in cases]
    hits = [np.flatnonzero(y) for y in in_order]
    print(
        f"{len(cases)} answerable questions; rank()'s own order: "
        f"P@1 {sum(h.size > 0 and h[0] == 0 for h in hits) / len(cases):.3f}, "
        f"MRR@10 {sum(1 / (h[0] + 1) for h in hits if h.size and h[0] < 10) / len(cases):.3f}"
    )
    for name in args.sets.split(","):
        columns = [FEATURES.index(f) for f in SETS[name]]
        p1, mrr = cross_validated(cases, columns, args.l2)
        print(f"{name}: P@1 {p1:.3f}, MRR@10 {mrr:.3f} (cross-validated by article)")
    if args.ablate:
        for left_out in FEATURES:
            columns = [i for i, f in enumerate(FEATURES) if f != left_out]
            p1, mrr = cross_validated(cases, columns, args.l2)
            print(f"without {left_out}: P@1 {p1:.3f}, MRR@10 {mrr:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
