"""What each extra bot process costs in memory when several serve one saved index: the
proportional set size (PSS) of each, split into the shared mapped index and the rest;
processes started one by one (as by a process manager), beside processes forked from one
that loaded everything first (`qabot run --processes N`).

    python benchmarks/processes_memory.py [--sentences 1000000] [--processes 4] [--work DIR]

Each process is what a bot process holds for answering (no Discord connection): the
index loaded from INDEX_DIR (memory-mapped), the analyzer and its word lists, and 200
questions answered so that the pages they touch are in. PSS counts a page shared by N
processes as 1/N in each; "rest" is a process's PSS outside the saved index's files (its
interpreter, libraries, Python objects): what one more process adds. Linux only
(/proc/PID/smaps).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpora import work_corpus  # noqa: E402

SERVE = """
import json, sys, time
sys.path.insert(0, {root!r})
from bot.served import ServedIndex
from index.answers import answer
served = ServedIndex({corpus!r}, {index_dir!r})
index = served.index
for question in json.loads(open({questions!r}).read()):
    answer(index, question)
print("ready", flush=True)
time.sleep(3600)
"""


# The parent of `qabot run --processes N`, as bot/processes.py does it: load and warm once,
# freeze, fork; the children answer and wait. It prints each child's pid once it is ready.
FORKED = """
import gc, json, os, sys, time
sys.path.insert(0, {root!r})
from bot.served import ServedIndex
from index.answers import answer
served = ServedIndex({corpus!r}, {index_dir!r})
index = served.index
answer(index, "who supplies the jets")
gc.collect()
gc.freeze()
for _ in range({processes}):
    pid = os.fork()
    if pid == 0:
        for question in json.loads(open({questions!r}).read()):
            answer(served.index, question)
        print(os.getpid(), flush=True)
        time.sleep(3600)
        os._exit(0)
    time.sleep(1.0)
time.sleep(3600)
"""


def pss(pid: int, inside: Path) -> tuple[float, float]:
    """(PSS of the mappings of files under ``inside``, PSS of everything else), in MB."""
    shared = rest = 0
    current_inside = False
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if parts and "-" in parts[0] and len(parts) >= 5 and ":" not in parts[0]:
            path = parts[5] if len(parts) > 5 else ""
            current_inside = path.startswith(str(inside))
        elif parts and parts[0] == "Pss:":
            kb = int(parts[1])
            if current_inside:
                shared += kb
            else:
                rest += kb
    return shared / 1024, rest / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--work", type=Path, default=Path(".qabot-bench") / "stall")
    args = parser.parse_args(argv)
    corpus, index_dir = work_corpus(args.work.resolve(), args.sentences)
    work = corpus.parent
    questions = work / "memory-questions.json"
    questions.write_text(
        json.dumps(["who supplies the jets", "when was the agreement signed"] * 100)
    )
    script = SERVE.format(
        root=str(ROOT), corpus=str(corpus), index_dir=str(index_dir), questions=str(questions)
    )  # the same paths as FORKED's below
    subprocess.run([sys.executable, "-c", script.replace("time.sleep(3600)", "")], check=True)
    rows = []
    started = []
    try:
        for count in range(1, args.processes + 1):
            process = subprocess.Popen(
                [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
            )
            started.append(process)
            assert process.stdout is not None and process.stdout.readline().strip() == "ready"
            time.sleep(0.5)
            measured = [pss(p.pid, index_dir) for p in started]
            total = sum(a + b for a, b in measured)
            rows.append((count, total, measured))
    finally:
        for process in started:
            process.kill()
    paths = {
        "root": str(ROOT),
        "corpus": str(corpus),
        "index_dir": str(index_dir),
        "questions": str(questions),
    }
    forked = _forked(paths, args.processes, index_dir)
    print(f"\n{args.sentences:,} sentences; index folder {index_dir}\n")
    for title, table in (("started one by one", rows), ("forked from one parent", forked)):
        print(f"\n{title}:\n")
        print("| processes | total PSS MB | each: index PSS MB | each: rest PSS MB | added MB |")
        print("|---|---|---|---|---|")
        previous = 0.0
        for count, total, measured in table:
            index_part = " / ".join(f"{a:.0f}" for a, _ in measured)
            rest_part = " / ".join(f"{b:.0f}" for _, b in measured)
            added = total - previous
            print(f"| {count} | {total:.0f} | {index_part} | {rest_part} | {added:.0f} |")
            previous = total
    return 0


def _forked(paths: dict[str, str], processes: int, index_dir: Path) -> list:
    """Rows as in main, for children forked from one parent; the parent's own PSS is
    counted in the total (it stays, as the supervisor of `qabot run --processes`)."""
    script = FORKED.format(processes=processes, **paths)
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    rows = []
    try:
        assert parent.stdout is not None
        children: list[int] = []
        for count in range(1, processes + 1):
            children.append(int(parent.stdout.readline()))
            time.sleep(0.5)
            measured = [pss(pid, index_dir) for pid in children]
            own = pss(parent.pid, index_dir)
            total = sum(a + b for a, b in measured) + own[0] + own[1]
            rows.append((count, total, measured))
    finally:
        parent.kill()
        for pid in children:
            subprocess.run(["kill", "-9", str(pid)], check=False)
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
