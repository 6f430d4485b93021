"""What the bot does for members and moderators, apart from Discord: ask, page, context,
votes and reloads over the served index, with the cooldown and the records buttons need."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from index.answers import Answer, answer
from index.changes import Changes
from index.corpus import ArticleInfo
from index.errors import QuestionTooLong
from index.passages import Passage

from .config import Settings
from .cooldown import Cooldown
from .served import ServedIndex
from .store import Shown, Store

log = logging.getLogger(__name__)

# A question asked in Discord: the /ask option's length limit, and the mention's. Shorter
# than the engine's limit so that the echoed question fits an embed title with room.
MAX_ASK_CHARS = 300
# How often a bot process checks whether another one saved a newer index.
FOLLOW_SECONDS = 2.0


@dataclass(frozen=True)
class Asked:
    """A question answered and remembered: its buttons carry ``answer_id``."""

    answer_id: int
    answer: Answer


@dataclass(frozen=True)
class Quoted:
    """A quoted passage as the index holds it now, with the sentences around it."""

    around: tuple[Passage, ...]  # the passage itself among them, in reading order
    passage: Passage
    article: ArticleInfo


class AnswerService:
    """The bot's work on the served index. Answers are computed off the event loop; a
    reload runs in a worker thread while the old index keeps answering."""

    def __init__(
        self, settings: Settings, served: ServedIndex, store: Store, cooldown: Cooldown
    ) -> None:
        self.settings = settings
        self.served = served
        self.store = store
        self.cooldown = cooldown
        self.follow_seconds = FOLLOW_SECONDS
        self._reloading: asyncio.Future[Changes] | None = None

    async def ask(
        self, question: str, user_id: int, guild_id: int | None, channel_id: int | None
    ) -> Asked:
        """Check the question and the member's cooldown, answer, and remember it."""
        question = question.strip()
        if len(question) > MAX_ASK_CHARS:
            raise QuestionTooLong(len(question), MAX_ASK_CHARS)
        self.cooldown.check(user_id)
        result = await self.find(question, 0)
        answer_id = self.store.record_question(result.question, user_id, guild_id, channel_id)
        self.store.record_shown(answer_id, 0, result.hits)
        return Asked(answer_id, result)

    async def find(self, question: str, offset: int) -> Answer:
        """The answer from the index served now, computed off the event loop."""
        index = self.served.index
        return await asyncio.to_thread(answer, index, question, self.settings.answer_count, offset)

    async def more(self, answer_id: int, offset: int) -> Answer | None:
        """The passages of a remembered answer from ``offset`` on; None if the question
        is not remembered."""
        question = self.store.question(answer_id)
        if question is None:
            return None
        result = await self.find(question, offset)
        if result.found:
            self.store.record_shown(answer_id, offset, result.hits)
        return result

    def context(self, answer_id: int, offset: int) -> tuple[str, list[Quoted]]:
        """The question of a remembered answer, and the page of passages it showed from
        ``offset``, each with its neighbours; passages no longer in the index are left out."""
        question = self.store.question(answer_id) or ""
        shown = self.store.shown(answer_id, offset, self.settings.answer_count)
        return question, [q for q in map(self._quoted, shown) if q is not None]

    def _quoted(self, shown: Shown) -> Quoted | None:
        index = self.served.index
        number = index.locate(shown.article_id, shown.paragraph, shown.sentence)
        if number is None or index.passages.text(number) != shown.text:
            return None
        return Quoted(
            tuple(index.neighbours(number, around=1)),
            index.passages[number],
            index.articles[shown.article_id],
        )

    def vote(self, answer_id: int, offset: int, user_id: int, up: bool) -> None:
        """Record 👍 or 👎 on a page of an answer; a second vote replaces the first."""
        self.store.record_vote(
            answer_id, offset, self.settings.answer_count, user_id, 1 if up else -1
        )

    async def reload_corpus(self) -> Changes:
        """Refresh the index off the event loop; the old one answers until the swap.

        A reload asked for while one runs joins it: both get its outcome.
        """
        if self._reloading is None or self._reloading.done():
            self._reloading = asyncio.ensure_future(asyncio.to_thread(self.served.refresh))
        return await asyncio.shield(self._reloading)

    async def follow_other_processes(self) -> None:
        """Serve the index another bot process (shard group) saved after its reload."""
        while True:
            await asyncio.sleep(self.follow_seconds)
            try:
                changes = await asyncio.to_thread(self.served.follow)
            except Exception:
                log.exception("loading the index another process saved failed")
                continue
            if changes is not None:
                log.info(
                    "now serving the index saved by another process (%d sentences)",
                    changes.sentences_after,
                )

    def close(self) -> None:
        self.store.close()
