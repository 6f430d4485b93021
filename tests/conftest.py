"""Shared fixtures: small corpora whose right answers can be read off, and isolation."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from hypothesis.configuration import set_hypothesis_home_dir

from bot.config import NAMES, Settings, load_settings
from bot.served import ServedIndex
from index.answers import answer
from index.build import build_index
from index.index import Index
from tests.e2e import bot, corpus, server, settings, site  # noqa: F401 - e2e fixtures

DATA = Path(__file__).parent / "data"
SEED_DIR = DATA / "seed"
SEED_FILE = SEED_DIR / "000_ca0daf8963f53742.txt"

# Hypothesis keeps no example database, and what else it stores (it caches while tests
# are collected) goes to a folder removed at exit, never to .hypothesis/ where the tests
# were started.
hypothesis_settings.register_profile("qabot", database=None)
hypothesis_settings.load_profile("qabot")
_HYPOTHESIS_HOME = tempfile.TemporaryDirectory(prefix="qabot-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME.name)


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """No test sees the settings of the real environment or a ./.env, or writes where
    the tests were started: each runs in its own empty folder."""
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def seed_index() -> Index:
    return build_index(SEED_DIR)


@pytest.fixture
def seed_and_circus(tmp_path) -> Path:
    """The seed article, a one-line article about a circus, and an unreadable file."""
    directory = tmp_path / "corpus"
    directory.mkdir()
    shutil.copy(SEED_FILE, directory)
    write(directory, "circus.md", "---\ntitle: Circus\n---\nSix elephants joined the circus.\n")
    write(directory, "broken.txt", b"\xff\xfe\x00")
    return directory


@pytest.fixture
def linked_pages(tmp_path) -> Path:
    """Two articles from pages of news.example.com: "Jets" (/jets) and "Ships" (/ships),
    two sentences each."""
    directory = tmp_path / "linked"
    source = "---\ntitle: {}\nsource: https://news.example.com/{}\n---\n{}"
    write(directory, "a.md", source.format("Jets", "jets", "Jets came. They flew."))
    write(directory, "b.md", source.format("Ships", "ships", "Ships sailed. They sank."))
    return directory


def quoted(index: Index, question: str) -> list[str]:
    """The passages an answer quotes."""
    return [hit.passage.text for hit in answer(index, question).hits]


def first_quoted(index: Index, question: str) -> str:
    """The passage an answer quotes first ("" for none)."""
    return next(iter(quoted(index, question)), "")


def first_following(index: Index, question: str, earlier: str, article: str) -> str:
    """The passage quoted first answering ``question`` as a follow-up of ``earlier``,
    whose answer quoted ``article`` ("" for none)."""
    found = answer(index, question, earlier=earlier, recent=(article,))
    return found.hits[0].passage.text if found.hits else ""


def write_dated(directory: Path, name: str, published: str, text: str) -> Path:
    """Write one article titled ``name``, published on ``published``."""
    return write(directory, name, f"---\ntitle: {name}\npublished: {published}\n---\n{text}\n")


# The folders of tests/data holding news articles.
ALL_NEWS = ("news", *(f"news{n}" for n in range(2, 10)))


def over_news(directory: Path, *folders: str) -> Index:
    """The index of the articles of ``folders`` of tests/data, copied into ``directory``."""
    for folder in folders:
        shutil.copytree(DATA / folder, directory, dirs_exist_ok=True)
    return build_index(directory)


@pytest.fixture(scope="session")
def all_news(tmp_path_factory) -> Index:
    """The index of every news folder's articles, built once for the session's tests."""
    return over_news(tmp_path_factory.mktemp("news"), *ALL_NEWS)


def over_articles(directory: Path, *names: str) -> Index:
    """The index of the articles of tests/data named ``names`` ("news8/chess.md"), copied
    into ``directory``."""
    for name in names:
        shutil.copy(DATA / name, directory)
    return build_index(directory)


def one_article(directory: Path, text: str) -> Index:
    """The index of a corpus of one article, titled "A", of ``text``."""
    write(directory, "a.md", f"---\ntitle: A\n---\n{text}")
    return build_index(directory)


def write(directory: Path, name: str, content: str | bytes) -> Path:
    """Write one corpus file, creating folders as needed."""
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def served_over(folder: Path, tmp_path: Path) -> tuple[Settings, ServedIndex]:
    """Settings of the test's own (index and database in ``tmp_path``) and the index
    they serve over the corpus ``folder``, built."""
    environ = {
        "CORPUS_DIR": str(folder),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATABASE_PATH": str(tmp_path / "qabot.sqlite3"),
    }
    own = load_settings(environ, env_file=None)
    served = ServedIndex(own.corpus_dir, own.index_dir)
    served.refresh()
    return own, served
