"""Probe conversations asked through the bot's shell over every article of tests/data.

    python benchmarks/probes.py [--out FILE] [--compare FILE] [PROBES]

A probe is a line of PROBES (benchmarks/probes.txt unless given): a question, or the
turns of one member's conversation separated by " | " ("cannes | who directed it? | what
did it win?"), each turn following the answer before as a line typed in `qabot shell`
does. Each is asked over the same 79 articles as `make sets` (benchmarks/sets.py), and
each turn's first quote printed, or the first line of the reply where it quotes none.
``--out`` keeps them (JSON); ``--compare`` prints the turns whose first quote is not what
such a file recorded: the check, before a change to how answers are made lands, that it
moved only what it meant to. The lines are questions earlier sessions asked while
mending answers (their docs and closing notes quote them): no set's figures, a record of
what answers were, to be read by a person.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.sets import ARTICLE_FOLDERS, DATA, gather, served_over  # noqa: E402
from bot.shell import Shell  # noqa: E402

PROBES = ROOT / "benchmarks" / "probes.txt"
TURNS = " | "  # between the turns of one conversation
_BOLD = re.compile(r"\*\*|__")  # the highlighting of matched words, left out


def read_probes(path: Path) -> list[list[str]]:
    """Each probe of ``path``: its turns (blank lines and "#" comments skipped)."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line.split(TURNS) for line in lines if line and not line.startswith("#")]


def first_quote(reply: str) -> str:
    """The first passage ``reply`` quotes (a line opening with ">"), without highlighting;
    its first line where it quotes none ("I found no answer...")."""
    lines = reply.splitlines()
    quoted = next((line for line in lines if line.startswith(">")), None)
    return _BOLD.sub("", quoted if quoted is not None else (lines[0] if lines else ""))


def ask(corpus: Path, probes: Iterable[Sequence[str]], work: Path) -> list[tuple[str, str]]:
    """Each turn of each of ``probes`` asked over ``corpus`` (a conversation of its own a
    probe, an index and database of its own under ``work``): (the turn, its first quote)."""
    settings, served = served_over(corpus, work)
    answered = []
    for turns in probes:
        shell = Shell(settings, served)
        try:
            answered.extend((turn, first_quote(shell.reply(turn))) for turn in turns)
        finally:
            shell.close()
    return answered


def changed(before: Sequence[Sequence[str]], after: Sequence[tuple[str, str]]) -> list[str]:
    """The turns of ``after`` whose first quote is not the one ``before`` (an ``--out``
    file's) recorded for the same turn in the same place, each as was and as is."""
    lines = []
    for (turn, was), (asked, now) in zip(before, after, strict=False):
        if turn == asked and was != now:
            lines.append(f"{turn}\n  was: {was}\n  now: {now}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes", nargs="?", type=Path, default=PROBES)
    parser.add_argument("--out", type=Path, help="write each turn's first quote here (JSON)")
    parser.add_argument("--compare", type=Path, help="print what changed since an --out file")
    args = parser.parse_args(argv)
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    folders = sorted({p for g in ARTICLE_FOLDERS for p in DATA.glob(g) if p.is_dir()})
    probes = read_probes(args.probes)
    with tempfile.TemporaryDirectory() as tmp:
        articles = gather(folders, Path(tmp) / "corpus")
        print(f"{len(probes)} probes over {articles} articles", file=sys.stderr)
        answered = ask(Path(tmp) / "corpus", probes, Path(tmp))
    if before is not None:
        lines = changed(before, answered)
        print("\n".join(lines) if lines else "no first quote changed")
        print(f"{len(lines)} of {len(answered)} turns changed", file=sys.stderr)
    else:
        print("\n".join(f"{turn} => {quote}" for turn, quote in answered))
    if args.out:
        args.out.write_text(json.dumps(answered, indent=0, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
