"""The bot's SQLite file: the questions asked, the answers their buttons and replies refer
to, and feedback votes."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from index.answers import Hit

# Columns added after the first release: a file written by an older bot gains them when
# opened (SQLite adds a column in place; older rows get the default).
_ADDED_COLUMNS = (
    ("answers", "title", "TEXT NOT NULL DEFAULT ''"),
    ("answers", "earlier", "TEXT NOT NULL DEFAULT ''"),
    ("answers", "found", "INTEGER NOT NULL DEFAULT 0"),
    ("answers", "message_id", "INTEGER"),
    ("shown", "title", "TEXT NOT NULL DEFAULT ''"),
)

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
_INDEXES = """
CREATE INDEX IF NOT EXISTS answers_by_message ON answers(message_id);
"""


@dataclass(frozen=True)
class Question:
    """A question as it was asked: what the buttons and replies on its answer go back to."""

    question: str  # as analysed: links and Discord markup taken out
    user_id: int | None
    guild_id: int | None = None
    channel_id: int | None = None
    title: str = ""  # as echoed above the answer (mentions shown as names); "": question
    earlier: str = ""  # the question it follows up, "" if none


@dataclass(frozen=True)
class Shown:
    """A passage as it was quoted, to find it again after a restart or reload."""

    rank: int
    article_id: str
    paragraph: int
    sentence: int
    text: str
    title: str = ""  # the article's, to name it once it is removed

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
        for table, column, declaration in _ADDED_COLUMNS:
            columns = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
        self._db.executescript(_INDEXES)

    def close(self) -> None:
        self._db.close()

    def record_question(self, asked: Question, found: bool = False) -> int:
        """Remember a question, and whether it found an answer; returns the answer id its
        buttons carry."""
        cursor = self._db.execute(
            "INSERT INTO answers (question, user_id, guild_id, channel_id, asked_at, title, "
            "earlier, found) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                asked.question,
                asked.user_id,
                asked.guild_id,
                asked.channel_id,
                time.time(),
                asked.title,
                asked.earlier,
                int(found),
            ),
        )
        return int(cursor.lastrowid)

    def question(self, answer_id: int) -> Question | None:
        """The question behind an answer, or None if this file does not hold it."""
        row = self._db.execute(
            "SELECT question, user_id, guild_id, channel_id, title, earlier FROM answers "
            "WHERE id = ?",
            (answer_id,),
        ).fetchone()
        if row is None:
            return None
        question, user_id, guild_id, channel_id, title, earlier = row
        return Question(question, user_id, guild_id, channel_id, title or question, earlier)

    def record_message(self, answer_id: int, message_id: int) -> None:
        """Remember the Discord message that shows an answer, for replies to it."""
        self._db.execute("UPDATE answers SET message_id = ? WHERE id = ?", (message_id, answer_id))

    def answer_of_message(self, message_id: int) -> int | None:
        row = self._db.execute(
            "SELECT id FROM answers WHERE message_id = ?", (message_id,)
        ).fetchone()
        return row[0] if row else None

    def answered_questions(self, guild_id: int | None, typed: str, limit: int) -> list[str]:
        """Questions asked in this server (or in DMs, for None) that got an answer and hold
        ``typed``, the most asked first; a question typed in other cases counts once, as
        first typed."""
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", typed) + "%"
        rows = self._db.execute(
            "SELECT a.question FROM answers a JOIN (SELECT min(id) AS first, count(*) AS n, "
            "max(asked_at) AS latest FROM answers WHERE found = 1 AND guild_id IS ? "
            "AND question LIKE ? ESCAPE '\\' GROUP BY lower(question)) g ON a.id = g.first "
            "ORDER BY g.n DESC, g.latest DESC LIMIT ?",
            (guild_id, pattern, limit),
        )
        return [row[0] for row in rows]

    def record_shown(self, answer_id: int, offset: int, hits: tuple[Hit, ...]) -> None:
        """Remember which passages a page of an answer quoted."""
        self._db.executemany(
            "INSERT OR REPLACE INTO shown (answer_id, rank, article_id, paragraph, sentence, "
            "text, title) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    answer_id,
                    offset + i,
                    h.article.id,
                    h.passage.paragraph,
                    h.passage.sentence,
                    h.passage.text,
                    h.article.title,
                )
                for i, h in enumerate(hits)
            ],
        )

    def shown(self, answer_id: int, offset: int = 0, count: int = -1) -> list[Shown]:
        """The passages an answer quoted from place ``offset`` on (``count``: all)."""
        rows = self._db.execute(
            "SELECT rank, article_id, paragraph, sentence, text, title FROM shown "
            "WHERE answer_id = ? AND rank >= ? AND (? < 0 OR rank < ?) ORDER BY rank",
            (answer_id, offset, count, offset + count),
        )
        return [Shown(*row) for row in rows]

    def record_vote(
        self, answer_id: int, offset: int, count: int, user_id: int, vote: int
    ) -> int | None:
        """A 👍 (1) or 👎 (-1) on one page of an answer; a second vote replaces the first,
        which is returned (None if there was none)."""
        before = self._db.execute(
            "SELECT vote FROM feedback WHERE answer_id = ? AND first_rank = ? AND user_id = ?",
            (answer_id, offset, user_id),
        ).fetchone()
        passages = [s.passage_id for s in self.shown(answer_id, offset, count)]
        self._db.execute(
            "INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                answer_id,
                offset,
                user_id,
                vote,
                asked.question if (asked := self.question(answer_id)) else "",
                json.dumps(passages),
                time.time(),
            ),
        )
        return before[0] if before else None

    def votes(self) -> list[tuple[str, int, list[str]]]:
        """Every vote as (question, vote, passage ids), oldest first."""
        rows = self._db.execute("SELECT question, vote, passages FROM feedback ORDER BY voted_at")
        return [(q, v, json.loads(p)) for q, v, p in rows]
