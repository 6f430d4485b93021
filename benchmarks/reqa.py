"""ReQA over SQuAD 2.0: is the first quote the sentence that answers questions written by
other people, over a corpus this project did not choose?

    python benchmarks/reqa.py [--data FILE] [--systems qabot,tantivy,...] [--out FILE]

Protocol (Ahmad et al. 2019, "ReQA: An Evaluation for End-to-End Answer Retrieval
Models", arXiv 1907.04780): each SQuAD article is one corpus file, its paragraphs
separated by a blank line; every question is asked over all the articles; a hit is a
sentence of the question's paragraph that holds the start of one of its answers. Every
system ranks the same sentences, qabot's own. Reported over the answerable questions:
P@1, S@3 (success at 3), MRR@10 and the share abstained on; for information only, the
share of SQuAD's unanswerable questions (written to look answerable) abstained on. Then
where qabot's first-place misses went: another article, another paragraph of the right
article, another sentence of the right paragraph, or no answer at all; and, for the
answerable questions qabot abstains on, what its Closest passages button would show.

The data (tests/data/squad2-dev-half-questions-8of16.json) holds the questions of 8 of
its 16 articles; the others' are held back to check the work.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.baselines import BASELINES  # noqa: E402
from index.answers import answer  # noqa: E402
from index.build import build_index  # noqa: E402
from index.index import Index  # noqa: E402
from index.rerank import FEATURES  # noqa: E402

DATA = ROOT / "tests" / "data" / "squad2-dev-half-questions-8of16.json"
DEPTH = 10
# The baselines by their short names ("tantivy", "bm25s", "rank-bm25").
SYSTEMS = {name.split()[0]: name for name in BASELINES}

# A system ranks the index's passages for a question: their numbers, best first.
Ranker = Callable[[str], Sequence[int]]


@dataclass(frozen=True)
class Question:
    """A SQuAD question, with the passages that answer it (none: unanswerable)."""

    id: str
    text: str
    article: str  # the corpus file's article id
    paragraph: int  # SQuAD's, from 0
    gold: frozenset[int]  # passage numbers


@dataclass
class Outcome:
    """How a system did on the answerable questions (and abstained on the others)."""

    ranks: list[int | None] = field(default_factory=list)  # None: not in the top 10
    abstained: int = 0
    unanswerable: int = 0
    unanswerable_abstained: int = 0
    misses: dict[str, int] = field(default_factory=dict)  # where first places went
    seconds: float = 0.0

    @property
    def p_at_1(self) -> float:
        return sum(r == 1 for r in self.ranks) / len(self.ranks)

    def success_at(self, k: int) -> float:
        return sum(r is not None and r <= k for r in self.ranks) / len(self.ranks)

    def add(self, other: Outcome) -> None:
        """Count ``other``'s questions too."""
        self.ranks += other.ranks
        self.abstained += other.abstained
        self.unanswerable += other.unanswerable
        self.unanswerable_abstained += other.unanswerable_abstained
        for where, count in other.misses.items():
            self.misses[where] = self.misses.get(where, 0) + count
        self.seconds += other.seconds

    @property
    def mrr(self) -> float:
        return sum(1 / r for r in self.ranks if r) / len(self.ranks)


def write_corpus(data: dict, directory: Path) -> dict[tuple[str, int], int]:
    """One file per article, its paragraphs as SQuAD gives them separated by a blank
    line; returns where each (article id, paragraph) starts in its article's text."""
    directory.mkdir(parents=True, exist_ok=True)
    starts = {}
    for number, article in enumerate(data["data"]):
        name = _file_name(number, article)
        contexts = [p["context"] for p in article["paragraphs"]]
        offset = 0
        for paragraph, context in enumerate(contexts):
            starts[name, paragraph] = offset
            offset += len(context) + 2
        title = article["title"].replace("_", " ")
        body = "\n\n".join(contexts)
        (directory / name).write_text(f"---\ntitle: {title}\n---\n{body}\n", encoding="utf-8")
    return starts


def _file_name(number: int, article: dict) -> str:
    return f"{number:02}_{article['title']}.md"


def questions(data: dict, index: Index, starts: dict[tuple[str, int], int]) -> list[Question]:
    """Every question with its answering passages: those of its paragraph that hold the
    start of an answer (or, if a start falls between two sentences, the next one)."""
    found = []
    for number, article in enumerate(data["data"]):
        name = _file_name(number, article)
        span = index.spans[name]
        end = index.passages.column("end")[span.start : span.stop]
        for paragraph, block in enumerate(article["paragraphs"]):
            for qa in block["qas"]:
                gold = set()
                for given in qa["answers"] if not qa.get("is_impossible") else []:
                    at = starts[name, paragraph] + given["answer_start"]
                    # The first sentence ending after the start: it holds the start, or
                    # the start falls in the gap before it.
                    first = int(np.searchsorted(end, at, side="right"))
                    if first < end.size:
                        gold.add(span.start + first)
                found.append(Question(qa["id"], qa["question"], name, paragraph, frozenset(gold)))
    return found


def qabot_ranker(index: Index) -> Ranker:
    """qabot's answer, its passages best first (empty: it says the corpus has no answer)."""
    return lambda question: [hit.number for hit in answer(index, question, top=DEPTH).hits]


def qabot_cross_validated(index: Index, asked: Sequence[Question], log=None) -> Outcome:
    """qabot with the reranker's weights fitted without the questions' article
    (benchmarks/fit_rerank.py): the figure to give, since the weights qabot ships were
    fitted on these very questions."""
    from benchmarks.fit_rerank import ALL, L2, cases, fitted, seed_cases

    found = cases(index, list(asked)) + seed_cases()
    total = Outcome()
    for article in sorted({q.article for q in asked}):
        fitted_here = fitted([c for c in found if c[0] != article], ALL, L2)
        weights = dict(zip(FEATURES, fitted_here.tolist(), strict=True))

        def ranker(question: str, weights: dict[str, float] = weights) -> list[int]:
            hits = answer(index, question, top=DEPTH, weights=weights).hits
            return [hit.number for hit in hits]

        total.add(measure(ranker, index, [q for q in asked if q.article == article], log))
    return total


def measure(ranker: Ranker, index: Index, asked: Sequence[Question], log=None) -> Outcome:
    """Ask every question; ``log`` (a file) gets one JSON object per question."""
    outcome = Outcome()
    start = time.perf_counter()
    for question in asked:
        ranked = list(ranker(question.text))[:DEPTH]
        if not question.gold:
            outcome.unanswerable += 1
            outcome.unanswerable_abstained += not ranked
            continue
        rank = next((n for n, p in enumerate(ranked, start=1) if p in question.gold), None)
        outcome.ranks.append(rank)
        outcome.abstained += not ranked
        if rank != 1:
            where = _miss(index, question, ranked)
            outcome.misses[where] = outcome.misses.get(where, 0) + 1
        if log is not None:
            log.write(json.dumps(_record(index, question, ranked, rank), ensure_ascii=False))
            log.write("\n")
    outcome.seconds = time.perf_counter() - start
    return outcome


def _miss(index: Index, question: Question, ranked: list[int]) -> str:
    if not ranked:
        return "abstained"
    first = index.passages[ranked[0]]
    if first.article_id != question.article:
        return "other article"
    if first.paragraph != question.paragraph + 1:
        return "other paragraph"
    return "other sentence"


def _record(index: Index, question: Question, ranked: list[int], rank: int | None) -> dict:
    def described(number: int) -> dict:
        p = index.passages[number]
        return {"number": number, "article": p.article_id, "paragraph": p.paragraph,
                "sentence": p.sentence, "text": p.text}  # fmt: skip

    return {
        "id": question.id,
        "question": question.text,
        "rank": rank,
        "gold": [described(n) for n in sorted(question.gold)],
        "top3": [described(n) for n in ranked[:3]],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--systems", default=",".join(["qabot-cv", "qabot", *SYSTEMS]))
    parser.add_argument("--out", type=Path, help="qabot's answer to each question, as JSONL")
    args = parser.parse_args(argv)
    data = json.loads(args.data.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        starts = write_corpus(data, Path(tmp) / "corpus")
        index = build_index(Path(tmp) / "corpus")
    asked = questions(data, index, starts)
    texts = [p.text for p in index.passages]
    results = {}
    for system in args.systems.split(","):
        if system in ("qabot", "qabot-cv"):
            log = args.out.open("w", encoding="utf-8") if args.out and system == "qabot" else None
            if system == "qabot":
                results[system] = measure(qabot_ranker(index), index, asked, log)
            else:
                results["qabot, cross-validated"] = qabot_cross_validated(index, asked)
            if log is not None:
                log.close()
        else:
            ranker = BASELINES[SYSTEMS[system]](texts, DEPTH)
            results[SYSTEMS[system]] = measure(ranker, index, asked)
    answerable = sum(1 for q in asked if q.gold)
    print(
        f"{len(data['data'])} articles, {len(texts)} sentences; {len(asked)} questions, "
        f"{answerable} answerable\n"
    )
    _print_table(results)
    if "qabot" in results:
        print(f"\n{closest_on_abstentions(index, asked)}")
    return 0


def closest_on_abstentions(index: Index, asked: Sequence[Question]) -> str:
    """What qabot's Closest passages button (under "no answer") shows for the answerable
    questions it abstains on: how often it is offered, and how often the right sentence
    is the first, or among the three, it shows."""
    abstained = offered = first = shown = 0
    for question in asked:
        if not question.gold or answer(index, question.text, top=3).found:
            continue
        abstained += 1
        closest = answer(index, question.text, top=3, strict=False)
        numbers = [hit.number for hit in closest.hits]
        offered += closest.closest
        first += bool(numbers) and numbers[0] in question.gold
        shown += bool(question.gold & set(numbers))
    return (
        f"qabot's Closest passages on the {abstained} answerable questions it abstains on: "
        f"offered for {offered}, the right sentence first for {first}, among the 3 shown "
        f"for {shown}"
    )


def _print_table(results: dict[str, Outcome]) -> None:
    print(
        "| system | P@1 | S@3 | MRR@10 | abstained, answerable | abstained, unanswerable "
        "| ms/question |"
    )
    print("|---|---|---|---|---|---|---|")
    for system, o in results.items():
        asked = len(o.ranks) + o.unanswerable
        print(
            f"| {system} | {o.p_at_1:.3f} | {o.success_at(3):.3f} | {o.mrr:.3f} "
            f"| {o.abstained / len(o.ranks):.1%} "
            f"| {o.unanswerable_abstained / max(o.unanswerable, 1):.1%} "
            f"| {1000 * o.seconds / asked:.2f} |"
        )
    for system, o in results.items():
        missed = sum(o.misses.values())
        split = ", ".join(f"{where} {count / missed:.0%}" for where, count in o.misses.items())
        print(f"\n{system}: {missed} first places missed: {split}")


if __name__ == "__main__":
    sys.exit(main())
