"""The rules ARCHITECTURE.md marks as checked, and its code map kept true."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import NAMES

ROOT = Path(__file__).resolve().parent.parent
ENGINE = sorted((ROOT / "index").rglob("*.py"))
EDGE = sorted((ROOT / "bot").glob("*.py"))
# Edge modules with no Discord in them: the service, and all the CLI needs to start.
DISCORD_FREE = (
    "service",
    "served",
    "messages",
    "render",
    "cli",
    "shell",
    "config",
    "store",
    "curation",
    "library",
    "fetch",
    "extract",
    "insights",
)


def imports(path: Path) -> set[str]:
    """The top-level packages a module imports (relative imports count as their own)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            found.add("." if node.level else (node.module or "").split(".")[0])
    return found


def mapped(path: Path) -> str:
    """How the code map names a module: by file name, a subpackage's with its folder
    (``firsts/telling.py``)."""
    return path.name if path.parent.parent == ROOT else f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", ENGINE, ids=mapped)
def test_the_engine_knows_nothing_of_the_edge(path):
    source = path.read_text(encoding="utf-8")
    assert not imports(path) & {"bot", "discord", "dotenv"}, path.name
    tree = ast.parse(source)
    calls = {
        node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
    }
    assert not calls & {"print", "getenv", "input"}, path.name
    assert "environ" not in source, path.name
    strings = " ".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )
    named = [name for name in (*NAMES, "--corpus") if name in strings]
    assert not named, f"{path.name} names the edge's {named}"


@pytest.mark.parametrize("name", DISCORD_FREE)
def test_the_service_and_the_cli_import_no_discord(name):
    assert "discord" not in imports(ROOT / "bot" / f"{name}.py")


def test_the_cli_starts_without_importing_discord(tmp_path):
    script = "import sys, bot.cli; assert 'discord' not in sys.modules"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_the_code_map_names_every_module_and_no_other():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    # a module by its file name (`answers.py`, `index/answers.py`), a subpackage's with its
    # folder (`firsts/telling.py`)
    named = set(
        re.findall(r"`(?:(?:index|bot|tests|benchmarks)/)?((?:[a-z_]+/)?[a-z_0-9]+\.py)`", text)
    )
    for path in ENGINE + EDGE:
        assert mapped(path) in named, f"ARCHITECTURE.md does not name {mapped(path)}"
    existing = {
        mapped(p)
        for folder in ("index", "bot", "tests", "benchmarks")
        for p in (ROOT / folder).rglob("*.py")
    }
    assert named <= existing, f"ARCHITECTURE.md names missing modules: {named - existing}"
