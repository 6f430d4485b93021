"""Speed and memory of qabot beside rank-bm25, bm25s and tantivy, on the same sentences.

    python benchmarks/scale.py [--sizes 10000,100000,1000000] [--questions 200] [--work DIR]
                               [--systems qabot,tantivy,bm25s,rank-bm25] [--rounds 5]

For each size it writes a corpus (benchmarks/corpora.py), builds qabot's saved index from
the raw articles (splitting and analysis included), and gives qabot's sentences to each
baseline. Every build, and every load-and-ask, runs in a process of its own, so that
memory is measured alone: build time and peak memory, size on disk, load time, memory
resident after load, and question latency p50/p95; load-and-ask runs in several
interleaved rounds (medians reported, with their range over the rounds in brackets), and
qabot's reload after adding one article as often. It prints a table with each system's
p50 as a ratio to qabot's, then qabot's ratios to each baseline at p50 and p95, with
their range round by round.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# "tantivy": with qabot's stop words and the English stemmer (the fair race, issue 15);
# "tantivy-en_stem": its en_stem tokenizer, which keeps stop words (the README's race
# before). Both fetch the stored numbers of their top 10, as qabot reads its results.
SYSTEMS = ("qabot", "tantivy", "tantivy-en_stem", "bm25s", "rank-bm25")
FAST_MS = 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--work", type=Path, default=Path("/tmp/qabot-scale"))
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="load-and-ask rounds of each fast system (and qabot's reloads), interleaved",
    )
    parser.add_argument(
        "--reloads", type=int, help="qabot's reloads after adding one article (default: rounds)"
    )
    parser.add_argument(
        "--keep-builds",
        action="store_true",
        help="take each system's index and build figures from an earlier run in --work "
        "when there are some (a 10M-sentence build takes half an hour)",
    )
    args = parser.parse_args(argv)
    systems = args.systems.split(",")
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        work = args.work / str(size)
        _prepare(work, size, args.questions)
        built = {
            system: (args.keep_builds and _kept_build(work, system))
            or _child("build", system, work)
            for system in systems
        }
        asked = _ask_in_rounds(systems, work, args.rounds)
        for system in systems:
            row = {"size": size, "system": system, **built[system], **asked[system]}
            row["disk_mb"] = _disk_mb(work / system)
            if system == "qabot":
                reloads = [
                    _child("reload", system, work)
                    for _ in range(args.reloads if args.reloads is not None else args.rounds)
                ]
                if reloads:  # --reloads 0: none measured
                    row |= _median_of(reloads)
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    _print_table(rows)
    _print_cold_start(args.work)
    return 0


def _kept_build(work: Path, system: str) -> dict:
    """The figures of the build whose index is in ``work``; {} when there is none."""
    figures = work / f"{system}.build.json"
    if not (work / system).exists() or not figures.exists():
        return {}
    if system == "qabot":
        _record_synonyms(work / system)
    return json.loads(figures.read_text())


def _record_synonyms(saved: Path) -> None:
    """Write the synonym groups' terms into a kept qabot index saved with other groups, as
    the bot's first load after such an upgrade does once (``refresh_index``): loaded as it
    is, every question naming a country would work them out again (5 ms each)."""
    from index.saved import load_index, record_synonyms

    index = load_index(saved)
    if index.analyzer.synonym_terms is None:
        record_synonyms(index, saved)


def _ask_in_rounds(systems: list[str], work: Path, rounds: int) -> dict[str, dict]:
    """Each system's load-and-ask figures, each the median over ``rounds`` rounds run one
    system after another, so that a slow spell of the machine falls on all of them. A
    system slower than FAST_MS at p50 in the first round is asked once (rank-bm25 takes
    minutes a round at 1M sentences)."""
    found: dict[str, list[dict]] = {system: [] for system in systems}
    for number in range(rounds):
        for system in systems:
            if number == 0 or found[system][0]["p50_ms"] < FAST_MS:
                found[system].append(_child("ask", system, work))
    return {
        system: _median_of(runs) | _runs_of(runs) | {"rounds": len(runs)}
        for system, runs in found.items()
    }


def _runs_of(runs: list[dict]) -> dict:
    """Each latency figure of every round, in round order, for the spread and the ratios
    round by round (the systems of one round ran one after another)."""
    return {f"{key}_runs": [run[key] for run in runs] for key in runs[0] if key.startswith("p")}


def _spread(row: dict, key: str) -> str:
    """``key``'s median with its range over the rounds: "2.64 [2.39-2.87]"."""
    runs = row.get(f"{key}_runs", [])
    if len(runs) < 2:
        return f"{row.get(key, 0.0):.2f}"
    return f"{row[key]:.2f} [{min(runs):.2f}-{max(runs):.2f}]"


def _round_ratios(qabot: dict, other: dict, key: str) -> str:
    """qabot's ``key`` over the other system's, round by round: " (6.5-7.3× by round)"."""
    pairs = list(zip(qabot.get(f"{key}_runs", []), other.get(f"{key}_runs", []), strict=False))
    if len(pairs) < 2:
        return ""
    ratios = [mine / theirs for mine, theirs in pairs if theirs > 0]
    return f" ({min(ratios):.2f}-{max(ratios):.2f}× by round)" if ratios else ""


def _median_of(runs: list[dict]) -> dict:
    """Each figure's median over the runs."""
    return {
        key: float(np.median([run[key] for run in runs]))
        for key in runs[0]
        if not key.endswith("_runs")
    }


def _print_cold_start(work: Path, runs: int = 5) -> None:
    """`qabot ask` on the bundled corpus as a whole process, after its index is saved."""
    qabot = Path(sys.executable).parent / "qabot"
    command = [str(qabot), "ask", "who supplies Myanmar's jets?"]
    env = {**os.environ, "INDEX_DIR": str(work / "bundled-index")}
    env.pop("CORPUS_DIR", None)
    # As installed: the setup (Makefile) compiles the modules; recompile any changed since.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "bot", "index"], cwd=ROOT, check=True)
    subprocess.run(command, env=env, capture_output=True, check=True)  # saves the index
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    print(
        f"\nqabot ask on the bundled corpus, whole process: median {np.median(times):.2f} s "
        f"[{min(times):.2f}-{max(times):.2f}] over {runs} runs"
    )


def _prepare(work: Path, size: int, questions: int) -> None:
    from benchmarks.corpora import write_corpus

    if not (work / "corpus").is_dir():
        write_corpus(work / "corpus", size)
    if not (work / "questions.json").exists():
        if not (work / "sentences.txt").exists():
            # qabot's build also writes the sentences every system indexes.
            _child("build", "qabot", work)
        from benchmarks.corpora import real_questions

        texts = (work / "sentences.txt").read_text(encoding="utf-8").splitlines()
        rng = np.random.default_rng(11)
        asked = []
        for number in rng.integers(0, len(texts), questions):
            words = [w for w in re.findall(r"[A-Za-z]{4,}", texts[int(number)])]
            count = min(len(words), int(rng.integers(2, 5)))
            asked.append(" ".join(rng.choice(words, count, replace=False)) if words else "news")
        both = {"words": asked, "questions": real_questions(questions)}
        (work / "questions.json").write_text(json.dumps(both))


def _child(step: str, system: str, work: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, f"_{step}", system, str(work)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _disk_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


class _TreePss:
    """The most proportional memory (PSS) this process and its children (build workers)
    held together, sampled every 0.2 s: the memory a build takes from the machine, which
    each process's own peak RSS overstates for forked workers (pages shared with the
    parent count in both) and understates for several processes at once."""

    def __init__(self) -> None:
        import threading

        self.peak_mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak_mb

    def _watch(self) -> None:
        while not self._done.wait(0.2):
            total = sum(_pss_kb(pid) for pid in _tree(os.getpid())) / 1024
            self.peak_mb = max(self.peak_mb, total)


def _tree(pid: int) -> list[int]:
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            found.extend(_tree(int(child)))
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass  # ended meanwhile
    return 0


# Building: each system's own index, saved to work/SYSTEM.


def _build(system: str, work: Path) -> dict:
    watch = _TreePss()
    built = _build_alone(system, work) | {"build_pss_mb": watch.stop()}
    (work / f"{system}.build.json").write_text(json.dumps(built))
    return built


def _build_alone(system: str, work: Path) -> dict:
    start = time.perf_counter()
    target = work / system
    shutil.rmtree(target, ignore_errors=True)
    if system == "qabot":
        from index.refresh import refresh_index

        index = refresh_index(work / "corpus", target).index
        seconds = time.perf_counter() - start
        with open(work / "sentences.txt", "w", encoding="utf-8") as out:
            for number in range(len(index.passages)):
                out.write(" ".join(index.passages.text(number).split()) + "\n")
        return {"build_s": seconds, "build_peak_mb": _peak_mb()}
    texts = (work / "sentences.txt").read_text(encoding="utf-8").splitlines()
    start = time.perf_counter()
    if system == "rank-bm25":
        from rank_bm25 import BM25Okapi

        model = BM25Okapi([re.findall(r"\w+", t.lower()) for t in texts])
        with open(target, "wb") as out:
            pickle.dump(model, out, protocol=pickle.HIGHEST_PROTOCOL)
    elif system == "bm25s":
        import bm25s
        import Stemmer

        model = bm25s.BM25(backend="numpy")
        tokens = bm25s.tokenize(
            texts, stopwords="en", stemmer=Stemmer.Stemmer("english"), show_progress=False
        )
        model.index(tokens, show_progress=False)
        model.save(str(target))
    elif system.startswith("tantivy"):
        import tantivy

        from benchmarks.baselines import QABOT_EN, tantivy_qabot_analyzer

        target.mkdir()
        builder = tantivy.SchemaBuilder()
        tokenizer = "en_stem" if system == "tantivy-en_stem" else QABOT_EN
        builder.add_text_field("text", stored=False, tokenizer_name=tokenizer)
        builder.add_integer_field("number", stored=True, indexed=False)
        index = tantivy.Index(builder.build(), path=str(target))
        if tokenizer == QABOT_EN:
            index.register_tokenizer(QABOT_EN, tantivy_qabot_analyzer())
        writer = index.writer(heap_size=500_000_000, num_threads=os.cpu_count() or 1)
        for number, text in enumerate(texts):
            writer.add_document(tantivy.Document(text=text, number=number))
        writer.commit()
        writer.wait_merging_threads()
    return {"build_s": time.perf_counter() - start, "build_peak_mb": _peak_mb()}


def _reload(system: str, work: Path) -> dict:
    """qabot's reload after one article is added, in a process that serves the index already
    (as the bot reloads): the saved index is loaded and the analyzer warm before the clock
    starts."""
    from index.analysis import Analyzer
    from index.refresh import refresh_index

    refresh_index(work / "corpus", work / system)
    Analyzer().analyze("Warming up the lemmatizer and the stemmer with a sentence.")
    added = work / "corpus" / "zz-one-more-article.md"
    added.write_text("---\ntitle: One more\n---\nA reactor deal was signed in Dhaka.\n")
    try:
        watch = _TreePss()
        start = time.perf_counter()
        refresh_index(work / "corpus", work / system)
        seconds = time.perf_counter() - start
        peak = watch.stop()
    finally:
        added.unlink()
    refresh_index(work / "corpus", work / system)  # back to the corpus the others index
    return {"reload_one_s": seconds, "reload_pss_mb": peak}


# Loading and asking, in a fresh process.


def _ask(system: str, work: Path) -> dict:
    kinds = json.loads((work / "questions.json").read_text())
    if isinstance(kinds, list):  # a work folder of before real questions were asked too
        kinds = {"words": kinds}
    _import(system)  # libraries are imported before the clock starts: load is the index
    before = _rss_mb()
    start = time.perf_counter()
    ask = _loader(system, work)
    load_s = time.perf_counter() - start
    rss = _rss_mb()
    ask("warm up the caches")
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    # The kinds interleaved, so that a slow spell falls on both.
    for pair in zip(*kinds.values(), strict=False):
        for kind, question in zip(kinds, pair, strict=True):
            started = time.perf_counter()
            ask(question)
            times[kind].append(time.perf_counter() - started)
    every = [t for kind in times.values() for t in kind]
    figures = {
        "load_s": load_s,
        "rss_after_load_mb": rss,
        "python_mb": before,
        "p50_ms": float(np.percentile(every, 50) * 1000),
        "p95_ms": float(np.percentile(every, 95) * 1000),
        "questions": len(every),
    }
    for kind, taken in times.items():
        figures[f"p50_ms_{kind}"] = float(np.percentile(taken, 50) * 1000)
        figures[f"p95_ms_{kind}"] = float(np.percentile(taken, 95) * 1000)
    return figures


def _import(system: str) -> None:
    modules = {
        "qabot": ["index.answers", "index.saved", "index.refresh"],
        "rank-bm25": ["rank_bm25"],
        "bm25s": ["bm25s", "Stemmer"],
        "tantivy": ["tantivy", "benchmarks.baselines", "index.analysis"],
        "tantivy-en_stem": ["tantivy"],
    }[system]
    for module in modules:
        __import__(module)


def _loader(system: str, work: Path):
    target = work / system
    if system == "qabot":
        from index.answers import answer
        from index.errors import QabotError
        from index.saved import load_index

        index = load_index(target)

        def ask(question: str):
            try:
                return answer(index, question)
            except QabotError:  # "???": the bot says what is wrong instead
                return None

        return ask
    if system == "rank-bm25":
        with open(target, "rb") as data:
            model = pickle.load(data)
        return lambda q: np.argsort(-model.get_scores(re.findall(r"\w+", q.lower())))[:10]
    if system == "bm25s":
        import bm25s
        import Stemmer

        model = bm25s.BM25.load(str(target), mmap=True)
        stemmer = Stemmer.Stemmer("english")

        def ask(q: str):
            tokens = bm25s.tokenize([q], stopwords="en", stemmer=stemmer, show_progress=False)
            if tokens.vocab and any(tokens.ids[0]):
                return model.retrieve(tokens, k=10, show_progress=False, n_threads=1)
            return None

        return ask
    import tantivy

    from benchmarks.baselines import QABOT_EN, tantivy_qabot_analyzer

    index = tantivy.Index.open(str(target))
    if system == "tantivy":
        index.register_tokenizer(QABOT_EN, tantivy_qabot_analyzer())
    searcher = index.searcher()

    def search(q: str):
        words = re.findall(r"\w+", q)
        if not words:
            return None
        try:
            query = index.parse_query(" ".join(words), ["text"])
        except ValueError:  # every word a stop word: nothing to search
            return []
        hits = searcher.search(query, 10).hits
        return [searcher.doc(address)["number"][0] for _, address in hits]

    return search


def _print_table(rows: list[dict]) -> None:
    print(
        "| sentences | system | build s | build peak MB: RSS (PSS, all its processes) "
        "| disk MB | load s | RSS after load MB "
        "| p50 ms | p95 ms | p50 / qabot's | rounds | reload +1 article s (peak PSS MB) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        qabot = next(r for r in rows if r["size"] == row["size"] and r["system"] == "qabot")
        reload = f"{row['reload_one_s']:.1f}" if "reload_one_s" in row else ""
        if "reload_pss_mb" in row:
            reload += f" ({row['reload_pss_mb']:.0f})"
        print(
            f"| {row['size']:,} | {row['system']} | {row['build_s']:.1f} | "
            f"{row['build_peak_mb']:.0f} ({row.get('build_pss_mb', 0):.0f}) | "
            f"{row['disk_mb']:.0f} | {row['load_s']:.2f} | "
            f"{row['rss_after_load_mb']:.0f} | {_spread(row, 'p50_ms')} | "
            f"{_spread(row, 'p95_ms')} | "
            f"{row['p50_ms'] / qabot['p50_ms']:.2f}× | {row['rounds']} | {reload} |"
        )
    kinds = sorted(
        {
            key[len("p50_ms_") :]
            for row in rows
            for key in row
            if key.startswith("p50_ms_") and not key.endswith("_runs")
        }
    )
    if kinds:
        heads = " | ".join(f"{kind}: p50 ms | p95 ms" for kind in kinds)
        print(f"\n| sentences | system | {heads} |")
        print("|---|---|" + "---|---|" * len(kinds))
        for row in rows:
            cells = " | ".join(
                f"{_spread(row, f'p50_ms_{k}')} | {_spread(row, f'p95_ms_{k}')}" for k in kinds
            )
            print(f"| {row['size']:,} | {row['system']} | {cells} |")
    print()
    for size in sorted({row["size"] for row in rows}):
        by_system = {row["system"]: row for row in rows if row["size"] == size}
        if "qabot" not in by_system:
            continue
        qabot = by_system["qabot"]
        ratios = [
            f"{qabot[q] / other[q]:.2f}× {name}'s {q[:3]}{_round_ratios(qabot, other, q)}"
            if qabot[q] * 2 >= other[q]
            else f"{other[q] / qabot[q]:.0f}× faster than {name} at {q[:3]}"
            for name, other in by_system.items()
            if name != "qabot"
            for q in ("p50_ms", "p95_ms")
        ]
        print(f"{size:,} sentences, qabot: " + "; ".join(ratios))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("_build", "_ask", "_reload"):
        step = {"_build": _build, "_ask": _ask, "_reload": _reload}[sys.argv[1]]
        print(json.dumps(step(sys.argv[2], Path(sys.argv[3]))))
        sys.exit(0)
    sys.exit(main())
