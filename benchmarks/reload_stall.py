"""How long the bot's event loop stalls during a /reload while questions keep arriving:
the rebuild in a process of its own (what the bot does) beside the rebuild in a thread of
the bot's process (what it did before), in the same run.

    python benchmarks/reload_stall.py [--sentences 1000000] [--rounds 3] [--work DIR]

The corpus is benchmarks/corpora.py's (written once into --work, with its saved index).
Each round, in each mode: a ticker on the event loop wakes every 5 ms and records how late
it woke; a question is answered (AnswerService.find) every 50 ms; after 0.5 s one article
is added to the corpus and AnswerService.reload_corpus runs; the round ends 0.5 s after
the reload. Reported per mode: the longest stall (the latest wake-up), the 99th
percentile, how long the reload took and how many questions were answered meanwhile.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpora import work_corpus  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.cooldown import Cooldown  # noqa: E402
from bot.served import ServedIndex  # noqa: E402
from bot.service import AnswerService  # noqa: E402
from bot.store import Store  # noqa: E402

TICK = 0.005
QUESTION_EVERY = 0.05
QUESTIONS = ("who supplies the jets", "when was the agreement signed", "where is the capital")


async def one_round(service: AnswerService, corpus: Path, number: int) -> dict[str, float]:
    loop = asyncio.get_running_loop()
    stalls: list[float] = []
    answered = 0
    running = True

    async def ticker() -> None:
        while running:
            expected = loop.time() + TICK
            await asyncio.sleep(TICK)
            stalls.append(max(loop.time() - expected, 0.0))

    async def asker() -> None:
        nonlocal answered
        while running:
            await service.find(QUESTIONS[answered % len(QUESTIONS)], 0)
            answered += 1
            await asyncio.sleep(QUESTION_EVERY)

    tasks = [asyncio.create_task(ticker()), asyncio.create_task(asker())]
    await asyncio.sleep(0.5)
    article = corpus / f"added-{number}-{time.time_ns()}.md"
    article.write_text(f"---\ntitle: Added {number}\n---\nA new article, number {number}.\n")
    started = loop.time()
    await service.reload_corpus()
    reload_s = loop.time() - started
    await asyncio.sleep(0.5)
    running = False
    await asyncio.gather(*tasks)
    stalls.sort()
    return {
        "max_ms": stalls[-1] * 1000,
        "p99_ms": stalls[int(len(stalls) * 0.99)] * 1000,
        "reload_s": reload_s,
        "answered": answered,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path(".qabot-bench") / "stall")
    args = parser.parse_args(argv)
    corpus, index_dir = work_corpus(args.work, args.sentences)
    served = ServedIndex(corpus, index_dir)
    started = time.perf_counter()
    served.refresh()
    print(f"index ready in {time.perf_counter() - started:.1f} s", flush=True)
    settings = Settings(corpus_dir=corpus, index_dir=index_dir, cooldown_seconds=0)
    service = AnswerService(settings, served, Store(":memory:"), Cooldown(0))
    results: dict[str, list[dict[str, float]]] = {"process (now)": [], "thread (before)": []}
    for number in range(args.rounds):
        for mode in results:  # interleaved, so that both see the same machine
            served.isolated = mode.startswith("process")
            results[mode].append(asyncio.run(one_round(service, corpus, number)))
            print(f"round {number + 1} {mode}: {results[mode][-1]}", flush=True)
    print(f"\n{len(served.index.passages):,} sentences, {args.rounds} rounds (medians [min-max])\n")
    print("| reload | longest stall ms | p99 stall ms | reload s | questions answered |")
    print("|---|---|---|---|---|")
    for mode, rounds in results.items():
        cells = [_spread([r[key] for r in rounds]) for key in ("max_ms", "p99_ms", "reload_s")]
        answered = statistics.median(r["answered"] for r in rounds)
        print(f"| {mode} | {' | '.join(cells)} | {answered:g} |")
    worst = {mode: statistics.median(r["max_ms"] for r in rs) for mode, rs in results.items()}
    ratio = worst["thread (before)"] / max(worst["process (now)"], 1e-9)
    print(f"\nlongest stall: the thread's is {ratio:.1f}x the process's")
    return 0


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} [{min(values):.1f}-{max(values):.1f}]"


if __name__ == "__main__":
    raise SystemExit(main())
