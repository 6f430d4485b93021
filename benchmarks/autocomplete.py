"""How long an autocomplete over the articles' titles takes, as the bot answers it now
(bot/titles.py: read once an index, then bisection and an early-stopping scan) beside a
full scan of the index's titles on every keystroke (what it did before), in the same run.

    python benchmarks/autocomplete.py [--sentences 1000000] [--work DIR] [--repeat 20]

The corpus is benchmarks/corpora.py's (written once into --work, with its saved index).
For each text typed, with and without the moderators' matching of files, it prints the
median time of each way, their ratio, and what reading the titles once costs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpora import work_corpus  # noqa: E402
from bot.served import ServedIndex  # noqa: E402
from bot.titles import Titles  # noqa: E402
from index.index import Index  # noqa: E402

TYPED = ("", "m", "the", "myanmar", "zzzz")
LIMIT = 25  # Discord shows 25 choices


def full_scan(index: Index, typed: str, files: bool) -> list[tuple[str, str]]:
    """The matching as it was: every title read, folded and tested, then sorted."""
    folded = typed.casefold().strip()
    found = [
        (title or article_id, article_id)
        for title, article_id in zip(index.column("title"), index.column("id"), strict=True)
        if folded in title.casefold() or (files and folded in article_id.casefold())
    ]
    found.sort(key=lambda c: (not c[0].casefold().startswith(folded), c[0].casefold()))
    return found[:LIMIT]


def _median_ms(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path(".qabot-bench") / "autocomplete")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    corpus, index_dir = work_corpus(args.work, args.sentences)
    served = ServedIndex(corpus, index_dir)
    served.refresh()
    index = served.index
    started = time.perf_counter()
    titles = Titles(index)
    once = (time.perf_counter() - started) * 1000
    print(f"\n{len(index.articles):,} articles; reading the titles once: {once:.0f} ms\n")
    print("| typed | files | full scan ms | titles ms | ratio |")
    print("|---|---|---|---|---|")
    for typed in TYPED:
        for files in (False, True):
            assert titles.matching(typed, LIMIT, files) == full_scan(index, typed, files)
            before = _median_ms(partial(full_scan, index, typed, files), args.repeat)
            now = _median_ms(partial(titles.matching, typed, LIMIT, files), args.repeat)
            ratio = before / max(now, 1e-6)
            print(f"| {typed!r} | {files} | {before:.1f} | {now:.2f} | {ratio:,.0f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
