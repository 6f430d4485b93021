"""Every question and conversation set of tests/data, asked over all its articles at once.

    python benchmarks/sets.py [--out FILE] [--compare FILE] [EXTRA.jsonl ...]

A server holds more news than one set's eight articles: here every set is asked over the
seed, the distractors and every news folder together (79 articles), as a member of a
server holding them all would ask, through the same shell as `qabot eval`. One line a
set (answerable questions or turns first at one, in three, MRR@10; unanswerable ones
given no answer), then the totals of the sets written before being asked (held out or
blind: their file names say "holdout" or "blind") and of those mended by (tuned): the
figures the closing notes compare from session to session. ``--out`` keeps every
question's rank; ``--compare`` prints the questions whose rank moved since such a file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings, load_settings  # noqa: E402
from bot.conversations import evaluate_conversations  # noqa: E402
from bot.served import ServedIndex  # noqa: E402
from index.evaluation import (  # noqa: E402
    Evaluation,
    evaluate,
    is_conversations,
    read_cases,
    read_conversations,
)

DATA = ROOT / "tests" / "data"
# The article folders of tests/data: the seed, its distractors and the news batches.
ARTICLE_FOLDERS = ("seed", "distractors", "news*")
# A set not mended by: written before it was asked, its misses printed (held out) or
# only its figures read (blind).
UNTUNED = ("holdout", "blind")


@dataclass(frozen=True)
class Ranks:
    """One set asked: its file's name and how each question or turn went."""

    name: str
    evaluation: Evaluation

    @property
    def tuned(self) -> bool:
        return not any(word in self.name for word in UNTUNED)

    @property
    def rows(self) -> list[tuple[str, int | None, bool, bool]]:
        """Each question's text, the rank of its first right passage (None: none in the
        first 10), whether it has an answer, and whether anything was quoted."""
        return [
            (o.case.question, o.rank, bool(o.case.expected), o.answered)
            for o in self.evaluation.outcomes
        ]


def gather(folders: Iterable[Path], corpus: Path) -> int:
    """Copy every article file of ``folders`` into ``corpus`` under its folder's name
    (two batches may hold files of the same name); how many."""
    corpus.mkdir(parents=True, exist_ok=True)
    count = 0
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.name != "README.md":
                shutil.copy(path, corpus / f"{folder.name}_{path.name}")
                count += 1
    return count


def served_over(corpus: Path, work: Path) -> tuple[Settings, ServedIndex]:
    """Settings reading ``corpus``, with an index and database of their own under
    ``work`` (none of the environment's), and that index, built."""
    settings = load_settings(
        {
            "CORPUS_DIR": str(corpus),
            "INDEX_DIR": str(work / "index"),
            "DATABASE_PATH": str(work / "qabot.sqlite3"),
        },
        env_file=None,
    )
    served = ServedIndex(settings.corpus_dir, settings.index_dir)
    served.refresh()
    return settings, served


def measure(corpus: Path, sets: Sequence[Path], work: Path) -> list[Ranks]:
    """Each file of ``sets`` asked over ``corpus`` (questions, or conversations turn by
    turn), with an index and database of its own under ``work``."""
    settings, served = served_over(corpus, work)
    measured = []
    for path in sets:
        if is_conversations(path):
            evaluation = evaluate_conversations(settings, served, read_conversations(path))
        else:
            evaluation = evaluate(served.index, read_cases(path))
        measured.append(Ranks(path.name, evaluation))
    return measured


def report(measured: Sequence[Ranks]) -> list[str]:
    """A line a set, then the totals of the untuned and the tuned sets."""
    lines = []
    for ranks in measured:
        e = ranks.evaluation
        lines.append(
            f"{'tuned' if ranks.tuned else 'untuned':7s} {ranks.name:36s} "
            f"{e.found_at(1):4d} / {e.found_at(3):4d} of {len(e.answerable):4d}, "
            f"MRR@10 {e.mrr:.3f}; no answer given {e.no_answer_correct}/{len(e.unanswerable)}"
        )
    for tuned, name in ((False, "untuned (held out or blind)"), (True, "tuned")):
        kept = [r.evaluation for r in measured if r.tuned == tuned]
        total = sum(len(e.answerable) for e in kept)
        at_one, in_three = sum(e.found_at(1) for e in kept), sum(e.found_at(3) for e in kept)
        lines.append(f"{name}: {at_one} at one, {in_three} in three, of {total} answerable")
    return lines


def moved(before: Mapping[str, list], measured: Sequence[Ranks]) -> list[str]:
    """The questions whose rank is not what ``before`` (an ``--out`` file) recorded, and
    those with no answer in the corpus now answered or no longer."""
    lines = []
    for ranks in measured:
        for old, row in zip(before.get(ranks.name, []), ranks.rows, strict=False):
            if old[0] != row[0]:
                continue
            if old[1] != row[1]:
                lines.append(f"{ranks.name}: {old[1]} -> {row[1]}  {row[0]}")
            elif not row[2] and old[3] != row[3]:
                said = {True: "quoted", False: "no answer"}
                lines.append(f"{ranks.name}: {said[old[3]]} -> {said[row[3]]}  {row[0]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extra", nargs="*", type=Path, help="more question files to ask")
    parser.add_argument("--out", type=Path, help="write every question's rank here (JSON)")
    parser.add_argument("--compare", type=Path, help="print what moved since an --out file")
    args = parser.parse_args(argv)
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    folders = sorted({p for g in ARTICLE_FOLDERS for p in DATA.glob(g) if p.is_dir()})
    sets = sorted(DATA.glob("*.jsonl")) + list(args.extra)
    with tempfile.TemporaryDirectory() as tmp:
        articles = gather(folders, Path(tmp) / "corpus")
        print(f"{len(sets)} sets over {articles} articles", file=sys.stderr)
        measured = measure(Path(tmp) / "corpus", sets, Path(tmp))
    print("\n".join(report(measured)))
    if before is not None:
        print("\n".join(moved(before, measured)) or "no rank moved")
    if args.out:
        rows = {r.name: [list(row) for row in r.rows] for r in measured}
        args.out.write_text(json.dumps(rows, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
