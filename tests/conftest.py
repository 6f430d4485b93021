"""Shared fixtures: small corpora whose right answers can be read off."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import open_index
from index.search import Index

DATA = Path(__file__).parent / "data"
SEED_DIR = DATA / "seed"
SEED_FILE = SEED_DIR / "000_ca0daf8963f53742.txt"


@pytest.fixture(scope="session")
def seed_index() -> Index:
    return open_index(SEED_DIR)


def write(directory: Path, name: str, content: str | bytes) -> Path:
    """Write one corpus file, creating folders as needed."""
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
