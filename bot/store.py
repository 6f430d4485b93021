"""The bot's SQLite file: the questions asked, the answers their buttons and replies refer
to, and feedback votes."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterable
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
    ("answers", "origin_author", "TEXT NOT NULL DEFAULT ''"),
    ("answers", "origin_url", "TEXT NOT NULL DEFAULT ''"),
    ("answers", "private", "INTEGER NOT NULL DEFAULT 0"),
    ("answers", "asked_in", "INTEGER"),
    ("answers", "within", "TEXT NOT NULL DEFAULT ''"),
    ("feedback", "comment", "TEXT NOT NULL DEFAULT ''"),
    ("answers", "withdrawn", "INTEGER NOT NULL DEFAULT 0"),
    ("answers", "origin_id", "INTEGER"),
    ("answers", "recent", "TEXT NOT NULL DEFAULT ''"),
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
CREATE TABLE IF NOT EXISTS audit (
    at REAL NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    article_id TEXT NOT NULL,
    title TEXT NOT NULL,
    file TEXT NOT NULL
);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS answers_by_message ON answers(message_id);
CREATE INDEX IF NOT EXISTS answers_by_question_message ON answers(asked_in);
CREATE INDEX IF NOT EXISTS answers_by_time ON answers(asked_at);
CREATE INDEX IF NOT EXISTS answers_by_user ON answers(user_id);
CREATE INDEX IF NOT EXISTS answers_by_channel ON answers(channel_id);
CREATE INDEX IF NOT EXISTS answers_by_origin ON answers(origin_id);
CREATE INDEX IF NOT EXISTS feedback_by_user ON feedback(user_id);
"""


@dataclass(frozen=True)
class Asking:
    """A question asked in a span of time, as /insights reads it."""

    question: str
    found: bool
    asked_at: float


@dataclass(frozen=True)
class Downvote:
    """An answer marked 👎: its question and the passages the page showed."""

    question: str
    passages: tuple[str, ...]
    voted_at: float
    comment: str = ""  # what the voter said was wrong, if they did


@dataclass(frozen=True)
class Audited:
    """Who added, replaced, removed or restored which article, and when."""

    at: float
    who: str
    action: str  # "added", "replaced", "removed" or "restored"
    article_id: str
    title: str
    file: str


@dataclass(frozen=True)
class Origin:
    """The message a question was taken from ("Answer this question" in Discord's menu)."""

    author: str  # its author's name, as shown
    url: str  # its link

    @property
    def message_id(self) -> int | None:
        """Its message's id, the last part of its link (Discord's jump links end so)."""
        last = self.url.rstrip("/").rpartition("/")[2]
        return int(last) if last.isdigit() else None


@dataclass(frozen=True)
class Question:
    """A question as it was asked: what the buttons and replies on its answer go back to."""

    question: str  # as analysed: links and Discord markup taken out
    user_id: int | None
    guild_id: int | None = None
    channel_id: int | None = None
    title: str = ""  # as echoed above the answer (mentions shown as names); "": question
    earlier: str = ""  # the question it follows up, "" if none
    origin: Origin | None = None  # the message it was taken from, if another's
    private: bool = False  # answered to the asker alone: never suggested to others
    asked_in: int | None = None  # the member's message that asked it (mention, reply, DM)
    within: str = ""  # the id of the one article it was asked within; "": all
    # the ids of the articles the member's answer before quoted, where it followed nothing
    # up: of passages scoring nearly as well, theirs come first (firsts/recent.py)
    recent: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answered:
    """The latest answer to a member's message, for following its edits and deletion."""

    answer_id: int
    question: str  # as analysed
    asked_at: float  # time.time() when the message was first answered
    reply_id: int | None  # the bot's message that shows the answer, if it was posted


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
        self._db = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None, timeout=10
        )
        if str(path) != ":memory:":
            # Bot processes on one machine may share the file: readers do not block the
            # writer, and a writer waits (timeout) for another's short transaction.
            self._db.execute("PRAGMA journal_mode=WAL")
            # Writes happen on the bot's event loop, three a question: in WAL mode NORMAL
            # syncs at checkpoints, not at every commit (0.04 ms a write here against
            # 0.29 ms, more on slow disks); a power cut may lose the last questions or
            # votes, never the file.
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        for table, column, declaration in _ADDED_COLUMNS:
            columns = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                try:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
                except sqlite3.OperationalError as error:
                    # Another bot process opening the same file added it first.
                    if "duplicate column" not in str(error):
                        raise
        self._db.executescript(_INDEXES)
        self._path = str(path)
        self._reader: sqlite3.Connection | None = None
        self._reading = threading.Lock()

    def close(self) -> None:
        self._db.close()
        if self._reader is not None:
            self._reader.close()

    def _read(self, sql: str, parameters: tuple) -> list[tuple]:
        """Rows of a read that may take a while (a scan of every question asked), on a
        connection of its own, so that a worker thread can run it while the bot's
        thread writes on the other (a file in WAL mode has readers beside a writer).
        One read at a time; an in-memory store (the shell's) has one connection."""
        with self._reading:
            if self._reader is None:
                if self._path == ":memory:":
                    self._reader = self._db
                else:
                    self._reader = sqlite3.connect(
                        self._path, check_same_thread=False, isolation_level=None, timeout=10
                    )
            return self._reader.execute(sql, parameters).fetchall()

    def record_question(self, asked: Question, found: bool = False) -> int:
        """Remember a question, and whether it found an answer; returns the answer id its
        buttons carry."""
        cursor = self._db.execute(
            "INSERT INTO answers (question, user_id, guild_id, channel_id, asked_at, title, "
            "earlier, found, origin_author, origin_url, private, asked_in, within, origin_id, "
            "recent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                asked.question,
                asked.user_id,
                asked.guild_id,
                asked.channel_id,
                time.time(),
                asked.title,
                asked.earlier,
                int(found),
                asked.origin.author if asked.origin else "",
                asked.origin.url if asked.origin else "",
                int(asked.private),
                asked.asked_in,
                asked.within,
                asked.origin.message_id if asked.origin else None,
                "\n".join(asked.recent),
            ),
        )
        return int(cursor.lastrowid)

    def question(self, answer_id: int) -> Question | None:
        """The question behind an answer, or None if this file does not hold it."""
        row = self._db.execute(
            "SELECT question, user_id, guild_id, channel_id, title, earlier, origin_author, "
            "origin_url, private, asked_in, within, recent FROM answers WHERE id = ?",
            (answer_id,),
        ).fetchone()
        if row is None:
            return None
        question, user_id, guild_id, channel_id, title, earlier, author, url, *rest = row
        private, asked_in, within, recent = rest
        return Question(
            question,
            user_id,
            guild_id,
            channel_id,
            title or question,
            earlier,
            Origin(author, url) if url else None,
            bool(private),
            asked_in,
            within,
            tuple(recent.split("\n")) if recent else (),
        )

    def record_message(self, answer_id: int, message_id: int) -> None:
        """Remember the Discord message that shows an answer, for replies to it."""
        self._db.execute("UPDATE answers SET message_id = ? WHERE id = ?", (message_id, answer_id))

    def answer_of_message(self, message_id: int) -> int | None:
        """The answer a bot's message shows now (the latest, when an edited question was
        answered again in the same message)."""
        row = self._db.execute(
            "SELECT id FROM answers WHERE message_id = ? ORDER BY id DESC LIMIT 1", (message_id,)
        ).fetchone()
        return row[0] if row else None

    def answered(self, asked_in: int) -> Answered | None:
        """The latest answer to the member's message ``asked_in`` that a message shows (else
        the latest: one being posted): its question, when the message was first answered,
        and the bot's message that shows it. An answer to an edit that a later edit's
        overtook is shown nowhere, so it is not taken for the one shown."""
        row = self._db.execute(
            "SELECT id, question, (SELECT min(asked_at) FROM answers WHERE asked_in = ?1), "
            "(SELECT message_id FROM answers WHERE asked_in = ?1 AND message_id IS NOT NULL "
            "ORDER BY id DESC LIMIT 1) FROM answers WHERE asked_in = ?1 "
            "ORDER BY message_id IS NOT NULL DESC, id DESC LIMIT 1",
            (asked_in,),
        ).fetchone()
        return Answered(*row) if row else None

    def last_answer(self, channel_id: int, user_id: int, since: float) -> int | None:
        """The id of the latest answer posted in ``channel_id`` to a question of
        ``user_id`` asked after ``since`` that found passages, or that found none but
        asked of its own, following nothing up (and was not deleted since, nor shown to
        them alone: a follow-up in a channel would show its question), if any."""
        row = self._db.execute(
            "SELECT id FROM answers WHERE channel_id = ? AND user_id = ? AND asked_at > ? "
            "AND message_id IS NOT NULL AND withdrawn = 0 AND (found = 1 OR earlier = '') "
            "AND private = 0 "
            "ORDER BY id DESC LIMIT 1",
            (channel_id, user_id, since),
        ).fetchone()
        return row[0] if row else None

    def answered_questions(self, channel_id: int | None, typed: str, limit: int) -> list[str]:
        """Questions asked in this channel (a DM: the member's own) that got an answer and
        hold ``typed``, the most asked first; a question typed in other cases counts once,
        as first typed. Only what the channel has seen is offered: not questions asked
        privately, nor those deleted since or of a member forgotten, nor another channel's
        (a moderators' channel, another member's DM)."""
        if channel_id is None:
            return []
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", typed) + "%"
        rows = self._read(
            "SELECT a.question FROM answers a JOIN (SELECT min(id) AS first, count(*) AS n, "
            "max(asked_at) AS latest FROM answers WHERE found = 1 AND private = 0 "
            "AND withdrawn = 0 AND channel_id = ? AND question LIKE ? ESCAPE '\\' "
            "GROUP BY lower(question)) g ON a.id = g.first "
            "ORDER BY g.n DESC, g.latest DESC LIMIT ?",
            (channel_id, pattern, limit),
        )
        return [row[0] for row in rows]

    def withdraw(self, message_ids: Iterable[int]) -> int:
        """No longer offer as suggestions the questions of these deleted messages (the
        member's, the bot's answer to it, or the message Answer this question answered).
        Returns how many questions."""
        ids = list(message_ids)
        if not ids:
            return 0
        marks = ", ".join("?" * len(ids))
        withdrawn = self._db.execute(
            f"UPDATE answers SET withdrawn = 1 WHERE asked_in IN ({marks}) "
            f"OR message_id IN ({marks}) OR origin_id IN ({marks})",
            ids * 3,
        )
        return withdrawn.rowcount

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
            "INSERT OR REPLACE INTO feedback (answer_id, first_rank, user_id, vote, question, "
            "passages, voted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
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

    def askings(self, since: float, guild_id: int | None = None) -> list[Asking]:
        """The questions asked since ``since`` (a time.time()), in one server or all
        (None), oldest first."""
        rows = self._db.execute(
            "SELECT question, found, asked_at FROM answers WHERE asked_at >= ? "
            "AND (? IS NULL OR guild_id = ?) ORDER BY asked_at",
            (since, guild_id, guild_id),
        )
        return [Asking(q, bool(f), t) for q, f, t in rows]

    def downvotes(self, since: float, guild_id: int | None = None) -> list[Downvote]:
        """The 👎 given since ``since``, in one server or all, newest first."""
        rows = self._db.execute(
            "SELECT f.question, f.passages, f.voted_at, f.comment FROM feedback f "
            "JOIN answers a ON a.id = f.answer_id WHERE f.vote < 0 AND f.voted_at >= ? "
            "AND (? IS NULL OR a.guild_id = ?) ORDER BY f.voted_at DESC",
            (since, guild_id, guild_id),
        )
        return [Downvote(q, tuple(json.loads(p)), t, c) for q, p, t, c in rows]

    def explain_vote(self, answer_id: int, offset: int, user_id: int, comment: str) -> bool:
        """Keep what a member said was wrong with a page they marked 👎; False when they
        have no 👎 on it (none, or changed to 👍 since)."""
        done = self._db.execute(
            "UPDATE feedback SET comment = ? WHERE answer_id = ? AND first_rank = ? "
            "AND user_id = ? AND vote < 0",
            (comment, answer_id, offset, user_id),
        )
        return done.rowcount > 0

    def quoted(self, since: float, guild_id: int | None = None) -> list[tuple[str, str, int]]:
        """The articles quoted by answers to questions asked since ``since``, in one
        server or all: (id, title, how many answers quoted it), most quoted first."""
        rows = self._db.execute(
            "SELECT s.article_id, max(s.title), count(DISTINCT s.answer_id) FROM shown s "
            "JOIN answers a ON a.id = s.answer_id WHERE a.asked_at >= ? "
            "AND (? IS NULL OR a.guild_id = ?) GROUP BY s.article_id "
            "ORDER BY count(DISTINCT s.answer_id) DESC, s.article_id",
            (since, guild_id, guild_id),
        )
        return [(article_id, title, count) for article_id, title, count in rows]

    def record_audit(self, who: str, action: str, article_id: str, title: str, file: str) -> None:
        """Remember that ``who`` added, replaced, removed or restored an article."""
        self._db.execute(
            "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?)",
            (time.time(), who, action, article_id, title, file),
        )

    def audit(self, since: float) -> list[Audited]:
        """Additions and removals since ``since``, newest first."""
        rows = self._db.execute(
            "SELECT at, who, action, article_id, title, file FROM audit WHERE at >= ? "
            "ORDER BY at DESC",
            (since,),
        )
        return [Audited(*row) for row in rows]

    def forget_member(self, user_id: int) -> tuple[int, int]:
        """Take a member's id off the questions they asked (their words stay, unnamed,
        in /insights' counts, and the buttons of their answers keep working) and delete
        their votes. Returns (questions, votes)."""
        votes = self._db.execute("DELETE FROM feedback WHERE user_id = ?", (user_id,))
        asked = self._db.execute(
            "UPDATE answers SET user_id = NULL, asked_in = NULL, withdrawn = 1 WHERE user_id = ?",
            (user_id,),
        )
        return asked.rowcount, votes.rowcount

    def forget_before(self, cutoff: float) -> int:
        """Delete the questions asked before ``cutoff`` (a time.time()), with the passages
        their pages showed and their votes, and the audit's older changes, in one
        transaction on a connection of its own (a worker thread's, beside the bot's
        writes). Returns how many questions went."""
        own = self._path != ":memory:"
        db = sqlite3.connect(self._path, timeout=10, isolation_level=None) if own else self._db
        old = "SELECT id FROM answers WHERE asked_at < ?"
        try:
            db.execute("BEGIN IMMEDIATE")
            db.execute(f"DELETE FROM feedback WHERE answer_id IN ({old})", (cutoff,))
            db.execute(f"DELETE FROM shown WHERE answer_id IN ({old})", (cutoff,))
            gone = db.execute("DELETE FROM answers WHERE asked_at < ?", (cutoff,)).rowcount
            db.execute("DELETE FROM audit WHERE at < ?", (cutoff,))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            if own:
                db.close()
        return gone

    def votes(self) -> list[tuple[str, int, list[str]]]:
        """Every vote as (question, vote, passage ids), oldest first."""
        rows = self._db.execute("SELECT question, vote, passages FROM feedback ORDER BY voted_at")
        return [(q, v, json.loads(p)) for q, v, p in rows]
