"""Build distractor corpora offline: real English text that does not answer the seed's questions.

The text is the docstrings of Python's own standard library, read from the source files with
``ast`` (nothing is imported or downloaded), so every machine with Python 3.11 builds the
same documents. Each docstring of 60 characters or more becomes one article in a JSONL file.
"""

from __future__ import annotations

import ast
import json
import shutil
import sysconfig
from collections.abc import Iterator
from pathlib import Path

HANDWRITTEN = Path(__file__).resolve().parent.parent / "tests" / "data" / "distractors"
DEFAULT_DOCUMENTS = 3000
_SKIPPED = {"site-packages", "dist-packages", "idlelib", "lib2to3", "test"}


def stdlib_documents(limit: int = DEFAULT_DOCUMENTS) -> Iterator[dict[str, str]]:
    """Up to ``limit`` docstrings of the standard library as {"id", "title", "text"}."""
    root = Path(sysconfig.get_paths()["stdlib"])
    count = 0
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if parts[0] in _SKIPPED or any(p in ("test", "tests") for p in parts):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        module = path.relative_to(root).with_suffix("").as_posix().replace("/", ".")
        for node in ast.walk(tree):
            if not isinstance(
                node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
            ):
                continue
            doc = ast.get_docstring(node)
            if not doc or len(doc) < 60:
                continue
            name = module if isinstance(node, ast.Module) else f"{module}.{node.name}"
            yield {
                "id": f"stdlib:{name}:{getattr(node, 'lineno', 0)}",
                "title": f"Python documentation: {name}",
                "text": doc,
            }
            count += 1
            if count >= limit:
                return


def build_distractor_corpus(
    target: Path, seed_corpus: Path, documents: int = DEFAULT_DOCUMENTS
) -> Path:
    """Write the seed corpus, the handwritten neighbours and ``documents`` stdlib docstrings
    into ``target``; returns ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for source in (seed_corpus, HANDWRITTEN):
        for path in sorted(source.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                shutil.copy(path, target / path.name)
    if documents:
        lines = [json.dumps(doc) for doc in stdlib_documents(documents)]
        (target / "stdlib-docstrings.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    import sys

    out = build_distractor_corpus(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"wrote {out}")
