"""The bot's SQLite file: the answers its buttons refer to, and feedback votes."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from index.answers import Hit

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    user_id INTEGER,
    guild_id INTEGER,
    channel_id INTEGER,
    asked_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS shown (
    answer_id INTEGER NOT NULL REFERENCES answers(id),
    rank INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (answer_id, rank)
);
CREATE TABLE IF NOT EXISTS feedback (
    answer_id INTEGER NOT NULL REFERENCES answers(id),
    first_rank INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    vote INTEGER NOT NULL,
    question TEXT NOT NULL,
    passages TEXT NOT NULL,
    voted_at REAL NOT NULL,
    PRIMARY KEY (answer_id, first_rank, user_id)
);
"""


@dataclass(frozen=True)
class Shown:
    """A passage as it was quoted, to find it again after a restart or reload."""

    rank: int
    article_id: str
    paragraph: int
    sentence: int
    text: str

    @property
    def passage_id(self) -> str:
        return f"{self.article_id}#p{self.paragraph}s{self.sentence}"


class Store:
    """One SQLite connection; every call is a short transaction."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def record_question(
        self, question: str, user_id: int, guild_id: int | None, channel_id: int | None
    ) -> int:
        """Remember a question; returns the answer id its buttons carry."""
        cursor = self._db.execute(
            "INSERT INTO answers (question, user_id, guild_id, channel_id, asked_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (question, user_id, guild_id, channel_id, time.time()),
        )
        return int(cursor.lastrowid)

    def question(self, answer_id: int) -> str | None:
        row = self._db.execute("SELECT question FROM answers WHERE id = ?", (answer_id,)).fetchone()
        return row[0] if row else None

    def record_shown(self, answer_id: int, offset: int, hits: tuple[Hit, ...]) -> None:
        """Remember which passages a page of an answer quoted."""
        self._db.executemany(
            "INSERT OR REPLACE INTO shown VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    answer_id,
                    offset + i,
                    h.article.id,
                    h.passage.paragraph,
                    h.passage.sentence,
                    h.passage.text,
                )
                for i, h in enumerate(hits)
            ],
        )

    def shown(self, answer_id: int, offset: int, count: int) -> list[Shown]:
        rows = self._db.execute(
            "SELECT rank, article_id, paragraph, sentence, text FROM shown "
            "WHERE answer_id = ? AND rank >= ? AND rank < ? ORDER BY rank",
            (answer_id, offset, offset + count),
        )
        return [Shown(*row) for row in rows]

    def record_vote(self, answer_id: int, offset: int, count: int, user_id: int, vote: int) -> None:
        """A 👍 (1) or 👎 (-1) on one page of an answer; a second vote replaces the first."""
        passages = [s.passage_id for s in self.shown(answer_id, offset, count)]
        self._db.execute(
            "INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                answer_id,
                offset,
                user_id,
                vote,
                self.question(answer_id) or "",
                json.dumps(passages),
                time.time(),
            ),
        )

    def votes(self) -> list[tuple[str, int, list[str]]]:
        """Every vote as (question, vote, passage ids), oldest first."""
        rows = self._db.execute("SELECT question, vote, passages FROM feedback ORDER BY voted_at")
        return [(q, v, json.loads(p)) for q, v, p in rows]
