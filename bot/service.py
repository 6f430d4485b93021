"""What the bot does for members and moderators, apart from Discord: ask, page, context,
votes and reloads over the served index, with the cooldown and the records buttons need."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import partial

from index.answers import CHAIN, Answer, answer, article_linked, check_question
from index.changes import Changes
from index.corpus import ArticleInfo
from index.errors import ArticleGone, QabotError
from index.languages import Foreign, foreign_question
from index.opening import asks_gist, gist_subject, title_asked
from index.passages import Passage
from index.seeming import asks_beyond, asks_of_another, asks_of_articles

from .config import Settings
from .cooldown import Cooldown
from .served import ServedIndex
from .store import Answered, Origin, Question, Shown, Store
from .talk import leans_on_earlier
from .titles import article_named, gist_article

log = logging.getLogger(__name__)

# A question asked in Discord: the /ask option's length limit, and the mention's. Shorter
# than the engine's limit so that the echoed question fits an embed title with room.
MAX_ASK_CHARS = 300
# How often a bot process checks whether another one saved a newer index.
FOLLOW_SECONDS = 2.0
# For this long after a member's message was answered, the answer follows it: edited,
# it is answered again in the same reply; deleted, the reply goes too. Later the answer
# stands on its own (others may have read it, voted, or replied to it).
FOLLOW_EDITS_SECONDS = 15 * 60
# The longest a member's word on what was wrong with an answer they marked 👎 may be.
MAX_WHY_CHARS = 300
# How often the questions older than KEEP_DAYS are looked for and deleted.
FORGET_SECONDS = 6 * 3600
# Autocomplete: Discord shows at most 25 choices of at most 100 characters.
MAX_CHOICES = 25
CHOICE_CHARS = 100


class AnswerForgotten(QabotError):
    """A button of an answer the store no longer holds (older than KEEP_DAYS)."""

    def __init__(self) -> None:
        super().__init__("I no longer have that answer; ask its question again")


@dataclass(frozen=True)
class Asked:
    """A question answered and remembered: its buttons carry ``answer_id``."""

    answer_id: int
    answer: Answer
    title: str = ""  # the question as echoed (mentions as names); "": the question
    earlier: str = ""  # the question it follows up, "" if none
    asker: int | None = None  # who asked: only they page the public answer
    removed: tuple[str, ...] = ()  # articles it quoted before that are gone now
    page_size: int = 3  # passages a page shows (ANSWER_COUNT)
    foreign: Foreign | None = None  # no answer, and the question is in another language
    origin: Origin | None = None  # the message it was taken from, if another's
    within: str = ""  # the title (or id) of the one article it was asked within; "": all

    @property
    def shown_title(self) -> str:
        return self.title or self.answer.question


class Vote(Enum):
    """What a press of 👍 or 👎 did."""

    NEW = "new"
    SAME = "same"
    CHANGED = "changed"


@dataclass(frozen=True)
class Quoted:
    """A quoted passage as the index holds it now, with the sentences around it."""

    around: tuple[Passage, ...]  # the passage itself among them, in reading order
    passage: Passage
    article: ArticleInfo


@dataclass(frozen=True)
class Forgotten:
    """What /forget did for a member: their id taken off ``questions``, ``votes`` deleted
    (and how long the rest is kept: ``keep_days``, 0 for ever)."""

    questions: int
    votes: int
    keep_days: int


@dataclass(frozen=True)
class Reading:
    """An article to read whole: what is shown of it, its paragraphs, its size."""

    article: ArticleInfo
    paragraphs: tuple[str, ...]
    sentences: int


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
        self,
        question: str,
        user_id: int,
        guild_id: int | None,
        channel_id: int | None,
        *,
        title: str = "",
        follows: int | None = None,
        origin: Origin | None = None,
        private: bool = False,
        asked_in: int | None = None,
        cooldown: bool = True,
        article: str = "",
        links: Sequence[str] = (),
        after: int | None = None,
    ) -> Asked:
        """Check the question and the member's cooldown, answer, and remember it.

        ``title`` is the question as it is echoed, when that differs (Discord mentions
        shown as names); ``follows`` the answer id of the question this one follows up;
        ``origin`` the message it was taken from, when a member asked for another's
        message to be answered; a ``private`` question (answered to the member alone) is
        never suggested to others; ``asked_in`` the member's own message that asks it (its
        edits are followed); ``cooldown`` False for such an edit, which replaces an answer
        rather than adding one; ``article`` the title or id of the one article to answer
        from (UnknownArticle if none is so named); a follow-up stays within the article
        of the question it follows. ``links`` are those the question held before its
        markup was read (else its own): a question linking to a page an article comes
        from is asked within it ("tl;dr <link>": its gist). ``after`` is the member's
        answer just before there, which a question following nothing up comes after: of
        its passages scoring nearly as well, those of the articles that answer quoted come
        first ("what did trump say?" after questions on DeepSeek: his words on it), as
        those the answer a follow-up follows quoted do ("when did they escape?").
        """
        linked = article_linked(self.served.index, question, links)
        question = check_question(question, MAX_ASK_CHARS)
        followed = self.store.question(follows) if follows is not None else None
        earlier = _carried(followed)
        within = followed.within if followed is not None else ""
        if within and within not in self.served.index.articles:  # gone since: all of them
            within = ""
        # "tl;dr Warsaw", "tell me about Warsaw": the article its title names, when no
        # other is.
        named = ""
        if not (article or linked) and (gist_subject(question) or title_asked(question)):
            named = await self._gist_article(question)
        if article:
            within = await self._article_id(article)
        elif linked or named:
            within = linked or named
        elif asks_gist(question) and follows is not None:
            # "tl;dr?" in reply to an answer: the gist of the article it quoted first.
            within = self._first_quoted(follows) or within
        if asks_gist(question) or named:
            earlier = ""  # a gist is of an article, not of the question followed
        if cooldown:
            self.cooldown.check(user_id)
        # The articles the answer before quoted: the one followed up, else the member's last.
        before = follows if follows is not None else after
        recent = self._articles_read(before) if before is not None else ()
        result = await self.find(question, 0, earlier, within, recent=recent)
        asked = Question(
            result.question,
            user_id,
            guild_id,
            channel_id,
            title,
            earlier,
            origin,
            private,
            asked_in,
            within,
            recent,
        )
        answer_id = self.store.record_question(asked, found=result.found)
        self.store.record_shown(answer_id, 0, result.hits)
        foreign = None
        if not result.found:
            index = self.served.index
            foreign = await asyncio.to_thread(foreign_question, index, result.question)
        return Asked(
            answer_id,
            result,
            title,
            earlier,
            user_id,
            (),
            self.settings.answer_count,
            foreign,
            origin,
            self._title_of(within),
        )

    async def _gist_article(self, question: str) -> str:
        """The id of the article a gist question names (titles.gist_article), found off
        the event loop; "" for none."""
        return await asyncio.to_thread(gist_article, self.served.index, question)

    async def _article_id(self, name: str) -> str:
        """The id of the article ``name`` means (titles.article_named), found off the
        event loop: the titles are read once an index."""
        info = await asyncio.to_thread(article_named, self.served.index, name)
        return info.id

    async def article(self, name: str) -> Reading:
        """The article ``name`` means (as /ask's ``article``), to read it whole;
        UnknownArticle if none or several do."""
        index = self.served.index
        info = index.articles[await self._article_id(name)]
        return Reading(info, index.paragraphs(info.id), len(index.spans[info.id]))

    def _articles_quoted(self, answer_id: int) -> tuple[str, ...]:
        """The ids of the articles an answer quoted, in the order first quoted."""
        return tuple(dict.fromkeys(shown.article_id for shown in self.store.shown(answer_id)))

    def _articles_read(self, answer_id: int) -> tuple[str, ...]:
        """The articles an answer quoted or, quoting none, those the one before it did: a
        conversation is still about them ("how much will it cost" after no answer to "what
        went wrong with the water", itself after the Los Angeles fires, had quoted the cost
        of Notre-Dame's restoration)."""
        quoted = self._articles_quoted(answer_id)
        if quoted:
            return quoted
        asked = self.store.question(answer_id)
        return asked.recent if asked is not None else ()

    def _first_quoted(self, answer_id: int) -> str:
        """The id of the article an answer quoted first, if the index still holds it."""
        shown = self.store.shown(answer_id)
        first = shown[0].article_id if shown else ""
        return first if first in self.served.index.articles else ""

    def _title_of(self, article_id: str) -> str:
        """How an answer names the article it was asked within ("" for none)."""
        info = self.served.index.articles.get(article_id) if article_id else None
        return (info.title or info.id) if info is not None else article_id

    def answer_of_message(self, message_id: int) -> int | None:
        """The answer a Discord message shows, if the bot posted it."""
        return self.store.answer_of_message(message_id)

    def answered(self, asked_in: int) -> Answered | None:
        """The latest answer to the member's message ``asked_in``, if it got one."""
        return self.store.answered(asked_in)

    @staticmethod
    def follows(answered: Answered) -> bool:
        """Whether an answer still follows the message it answers (its edits and
        deletion): posted, less than FOLLOW_EDITS_SECONDS ago."""
        recent = time.time() - answered.asked_at <= FOLLOW_EDITS_SECONDS
        return answered.reply_id is not None and recent

    def recent_answer(self, channel_id: int, user_id: int) -> int | None:
        """The answer a member's message with no reply leans on ("tell me more", "and
        China?", "who greeted him?"): the last one in that channel or DM that quoted
        passages for their own question, or that quoted none for one following nothing
        up ("what caused the jasper fire to spread?", then "how big did it get?" asks of
        the fire, not of the answer before), FOLLOW_EDITS_SECONDS ago at most (members
        rarely reply to a message; in a channel others' questions come between)."""
        return self.store.last_answer(channel_id, user_id, time.time() - FOLLOW_EDITS_SECONDS)

    def leans_on(self, question: str, answer_id: int) -> bool:
        """Whether ``question`` follows up the answer ``answer_id``: it leans on an
        answer (``talk.leans_on_earlier``: "tell me more", "and China?", "who greeted
        him?") without naming a subject the articles it quoted lack ("what about the
        climate summit?": ``seeming.asks_of_another``), or asks common words of those
        articles ("who won?": ``seeming.asks_of_articles``). After an answer that
        quoted nothing, the subject is the one its question named (``seeming.asks_beyond``)."""
        quoted = set(self._articles_quoted(answer_id))
        index = self.served.index
        if leans_on_earlier(question):
            if not quoted:
                followed = self.store.question(answer_id)
                return followed is None or not asks_beyond(index, question, _carried(followed))
            return not asks_of_another(index, question, quoted)
        return asks_of_articles(index, question, quoted)

    def posted(self, answer_id: int, message_id: int) -> None:
        """Remember that ``message_id`` shows answer ``answer_id`` (replies lean on it)."""
        self.store.record_message(answer_id, message_id)

    async def find(
        self,
        question: str,
        offset: int,
        earlier: str = "",
        within: str = "",
        strict: bool = True,
        recent: tuple[str, ...] = (),
        count: int = 0,
    ) -> Answer:
        """The answer from the index served now (from article ``within`` alone, if
        given; not ``strict``: the closest passages, under the bar too; ``recent``: the
        articles the answer before quoted, ``answers.answer``; ``count`` passages, or a
        page's), computed off the event loop."""
        index = self.served.index
        count = count or self.settings.answer_count
        return await asyncio.to_thread(
            partial(answer, within=within, strict=strict, recent=recent),
            index,
            question,
            count,
            offset,
            earlier,
        )

    async def page(self, answer_id: int, offset: int, strict: bool = True) -> Asked | None:
        """The passages of a remembered answer from ``offset`` on, from the index served
        now, and the articles it quoted before that are gone; None if the question is
        not remembered. Not ``strict``: the closest passages of a question that got no
        answer (Answer.near), shown as asked for."""
        asked = self.store.question(answer_id)
        if asked is None:
            return None
        if asked.within and asked.within not in self.served.index.articles:
            titles = {s.article_id: s.title for s in self.store.shown(answer_id)}
            raise ArticleGone(titles.get(asked.within) or asked.within)
        result = await self.find(
            asked.question, max(offset, 0), asked.earlier, asked.within, strict, asked.recent
        )
        if result.found and strict:
            self.store.record_shown(answer_id, result.offset, result.hits)
        removed = self._removed(answer_id)
        return Asked(
            answer_id,
            result,
            asked.title,
            asked.earlier,
            asked.user_id,
            removed,
            self.settings.answer_count,
            origin=asked.origin,
            within=self._title_of(asked.within),
        )

    async def latest(self, count: int, user_id: int | None = None) -> list[ArticleInfo]:
        """The newest articles of the served index (sorted off the event loop once an
        index: Index.latest), for "what's new?" from ``user_id``, which counts against
        their cooldown as a question does (OnCooldown)."""
        if user_id is not None:
            self.counts(user_id)
        return await asyncio.to_thread(self.served.index.latest, count)

    def counts(self, user_id: int) -> None:
        """Count a reply that posts as an answer does ("list the articles") against the
        cooldown of ``user_id``, as a question; OnCooldown if they asked too soon."""
        self.cooldown.check(user_id)

    async def more(self, answer_id: int, user_id: int | None = None) -> Asked | None:
        """The page of a remembered answer after the last one shown of it ("tell me
        more", in reply to it, from ``user_id``: it posts as a question does, so it
        counts against their cooldown); None when it has no more passages."""
        if user_id is not None:
            self.cooldown.check(user_id)
        last = self._last_page(answer_id)
        offset = 0 if last is None else last + self.settings.answer_count
        paged = await self.page(answer_id, offset)
        return paged if paged is not None and paged.answer.found else None

    def around(
        self, answer_id: int, user_id: int | None = None
    ) -> tuple[str, list[Quoted], tuple[str, ...]]:
        """``context`` of the page of a remembered answer shown last ("why?", in reply to
        it, from ``user_id``: it posts as a question does, so it counts against their
        cooldown)."""
        if user_id is not None:
            self.cooldown.check(user_id)
        return self.context(answer_id, self._last_page(answer_id) or 0)

    def _last_page(self, answer_id: int) -> int | None:
        """Where the page of an answer shown last starts (None: none was recorded)."""
        shown = self.store.shown(answer_id)
        size = self.settings.answer_count
        return (shown[-1].rank // size) * size if shown else None

    def _removed(self, answer_id: int) -> tuple[str, ...]:
        articles = self.served.index.articles
        gone = {s.article_id: s.title for s in self.store.shown(answer_id)}
        return tuple(title or "an article" for a, title in gone.items() if a not in articles)

    def context(self, answer_id: int, offset: int) -> tuple[str, list[Quoted], tuple[str, ...]]:
        """The question of a remembered answer, the page of passages it showed from
        ``offset``, each with its neighbours, and the titles of the page's passages the
        index no longer holds (their article was removed or changed)."""
        question = self._held(answer_id).title
        shown = self.store.shown(answer_id, offset, self.settings.answer_count)
        quoted, gone = [], []
        for passage in shown:
            found = self._quoted(passage)
            if found is None:
                gone.append(passage.title or passage.article_id)
            else:
                quoted.append(found)
        return question, quoted, tuple(dict.fromkeys(gone))

    def withdraw(self, message_ids: Iterable[int]) -> None:
        """The questions of these deleted messages (the member's, or the bot's answer) are
        no longer suggested: a question a member took back, or a moderator purged, is not
        offered to others as one to ask."""
        self.store.withdraw(message_ids)

    async def suggestions(self, typed: str, channel_id: int | None) -> list[str]:
        """Autocomplete for /ask: earlier answered questions of this channel (what its
        members have seen), then article titles, that hold what was typed; at most
        MAX_CHOICES, each short enough."""
        typed = " ".join(typed.split())
        titles = await asyncio.to_thread(self.served.titles)
        # A scan of the questions this channel asked: off the event loop.
        found = await asyncio.to_thread(
            self.store.answered_questions, channel_id, typed, MAX_CHOICES
        )
        found += [title for title, _ in titles.matching(typed, MAX_CHOICES)]
        unique = dict.fromkeys(q[:CHOICE_CHARS] for q in found if q.strip())
        return list(unique)[:MAX_CHOICES]

    async def articles(
        self, typed: str, files: bool = False, unread: bool = True
    ) -> list[tuple[str, str]]:
        """Autocomplete over the articles: (title, value) of those whose title holds
        ``typed`` (or, with ``files``, for moderators, whose file does, after the files
        that gave no article, if ``unread``), titles starting with it first; at most
        MAX_CHOICES. The value is the article's id (a file's path), or its title when the
        id is longer than a choice's value may be (a JSONL line's, deep in folders): cut,
        an id would name no article."""
        titles = await asyncio.to_thread(self.served.titles)
        found = titles.matching(typed, MAX_CHOICES, files, width=CHOICE_CHARS)
        chosen = [(t, i if len(i) <= CHOICE_CHARS else t) for t, i in found]
        if files and unread:  # first the files that gave no article, which /remove moves out
            unreadable = await asyncio.to_thread(self.served.index.unread)
            folded = typed.casefold().strip()
            chosen[:0] = [
                (f"⚠ {path} (not read)"[:CHOICE_CHARS], path)
                for path in unreadable
                if folded in path.casefold() and len(path) <= CHOICE_CHARS
            ]
        return chosen[:MAX_CHOICES]

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

    def vote(self, answer_id: int, offset: int, user_id: int, up: bool) -> Vote:
        """Record 👍 or 👎 on a page of an answer; a second vote replaces the first."""
        self._held(answer_id)
        vote = 1 if up else -1
        before = self.store.record_vote(
            answer_id, offset, self.settings.answer_count, user_id, vote
        )
        if before is None:
            return Vote.NEW
        return Vote.SAME if before == vote else Vote.CHANGED

    def _held(self, answer_id: int) -> Question:
        """The question of an answer a button names; AnswerForgotten if the store no
        longer holds it (older than KEEP_DAYS)."""
        asked = self.store.question(answer_id)
        if asked is None:
            raise AnswerForgotten()
        return asked

    def explain_vote(self, answer_id: int, offset: int, user_id: int, why: str) -> bool:
        """Keep what a member says was wrong with a page they marked 👎 (at most
        MAX_WHY_CHARS, white space collapsed); False when they have no 👎 on it now."""
        self._held(answer_id)
        said = " ".join(why.split())[:MAX_WHY_CHARS]
        return bool(said) and self.store.explain_vote(answer_id, offset, user_id, said)

    async def reload_corpus(self) -> Changes:
        """Refresh the index in another process (ServedIndex.refresh_apart); the old one
        answers until the swap.

        A reload asked for while one runs joins it: both get its outcome.
        """
        if self._reloading is None or self._reloading.done():
            work = asyncio.to_thread(self.served.refresh_apart)
            self._reloading = asyncio.ensure_future(work)
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

    async def forget_old(self) -> None:
        """Delete what the store keeps past KEEP_DAYS, now and every FORGET_SECONDS."""
        if self.settings.keep_days <= 0:
            return
        while True:
            cutoff = time.time() - self.settings.keep_days * 86_400
            try:
                gone = await asyncio.to_thread(self.store.forget_before, cutoff)
            except Exception:
                log.exception("deleting questions older than KEEP_DAYS failed")
            else:
                if gone:
                    log.info(
                        "deleted %d question(s) older than %d days", gone, self.settings.keep_days
                    )
            await asyncio.sleep(FORGET_SECONDS)

    def forget_member(self, user_id: int) -> Forgotten:
        """What /forget does: the member's id off their questions, their votes deleted."""
        questions, votes = self.store.forget_member(user_id)
        return Forgotten(questions, votes, self.settings.keep_days)

    def close(self) -> None:
        self.store.close()


def _carried(followed: Question | None) -> str:
    """What a follow-up of ``followed`` carries over: that question, and the first of
    the chain it followed in turn, which named the subject ("and India?" after "jets? →
    and China?" keeps the jets); in the order asked, an arrow between (the footer shows
    it: "jets? → and China?"). Those between are left: each carried word counts against
    a passage lacking it, and "how old is he?" after "who won the australian open? → who
    did he beat in the semis? → how long was the final?" found no age."""
    if followed is None:
        return ""
    first = followed.earlier.split(CHAIN)[0]
    chain = f"{first}{CHAIN}{followed.question}" if first else followed.question
    return chain[-MAX_ASK_CHARS:]
