"""An interactive prompt that takes the bot's commands and prints what the bot would post."""

from __future__ import annotations

import asyncio
import getpass
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TextIO, TypeVar

from . import render, reports
from .config import Settings
from .cooldown import Cooldown
from .insights import DEFAULT_DAYS, MAX_DAYS, gathered
from .markup import asked_in, message_question, no_names, read_typed
from .messages import error_reply
from .removed import RemovedFolder
from .served import ServedIndex
from .service import MAX_ASK_CHARS, AnswerService, Asked
from .store import Store
from .talk import Request, request_in, small_talk

if TYPE_CHECKING:
    from .curation import Curator

PROMPT = "qabot> "
COMMANDS = (
    "/ask QUESTION [article: ARTICLE], /more, /previous, /context, /closest, "
    "/reply FOLLOW-UP, "
    "/answer-this MESSAGE, /sources [SEARCH], /article ARTICLE, /help, /forget; "
    "moderators': /add LINK-OR-FILE (or LINK LINK...) [replace: True], /edit ARTICLE, "
    "/remove ARTICLE, "
    "/restore [ARTICLE], "
    "/synonyms [add: WORDS | remove: WORDS], "
    "/insights [DAYS], "
    "/reload; /quit"
)
SHELL_HELP = (
    "\n\n**In this shell** a line is a question, as in a DM (“tell me more” or “and "
    "China?” follows up the answer shown); /more, /previous, /context and /closest "
    "stand for the buttons under the answer shown, /reply FOLLOW-UP for a reply to it, "
    "/answer-this MESSAGE for Answer this question on a message that says MESSAGE; /add "
    "takes a link or a file's path, /remove an article's file as /sources names it, "
    "/restore one of those it lists; /quit ends."
)


# The shell's member: one person asking in one channel (user ids are Discord's snowflakes).
_USER = 0
T = TypeVar("T")


class Shell:
    """The bot's commands at a prompt, for one member who may also moderate.

    Questions, pages and context go through the bot's own AnswerService, remembered in
    memory only: the shell's questions never reach the bot's /insights. /add, /remove and
    /insights work on the bot's corpus and its database, as ``qabot add`` and the others
    do, and are recorded there under the shell's user.
    """

    def __init__(self, settings: Settings, served: ServedIndex) -> None:
        self.settings = settings
        self.served = served
        self.service = AnswerService(settings, served, Store(":memory:"), Cooldown(0))
        self.shown: Asked | None = None  # the answer on screen: /more, /context, /reply
        # The last answer that quoted passages, or that quoted none for a question of its
        # own: what a line leaning on an answer follows, as the bot's last answer to the
        # member (after "no answer" to a follow-up, "who makes them?" still follows the
        # answer before).
        self.followed: Asked | None = None

    def close(self) -> None:
        self.service.close()

    def reply(self, line: str) -> str:
        """What the bot posts for one command line; errors get the bot's replies to them."""
        command, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        if not command.startswith("/"):  # like a DM: "tell me more" follows the answer up
            asked = asked_in(line, MAX_ASK_CHARS)
            if self.followed and self.service.leans_on(line, self.followed.answer_id):
                return self._ask(asked, follows=self.followed.answer_id)
            command, rest = "/ask", asked
        if command == "/reload":
            try:
                return reports.changes_markdown(self.served.refresh())
            except Exception as error:
                return error_reply(error, "reload", reloading=True)
        handler = self._commands().get(command)
        if handler is None:
            return f"Unknown command {command!r}. Commands: {COMMANDS}."
        try:
            return handler(rest)
        except Exception as error:
            return error_reply(error, f"shell command {command!r}")

    def _commands(self) -> dict[str, Callable[[str], str]]:
        return {
            "/ask": self._ask_with_options,
            "/reply": self._follow_up,
            "/answer-this": self._answer_this,
            "/more": lambda _: self._turn(+1),
            "/previous": lambda _: self._turn(-1),
            "/context": self._context,
            "/closest": self._closest,
            "/sources": self._sources,
            "/article": self._article,
            "/help": lambda _: (
                render.help_markdown(
                    self.served.index, moderator=True, keep_days=self.settings.keep_days
                )
                + SHELL_HELP
            ),
            "/forget": lambda _: render.forgotten_markdown(self.service.forget_member(_USER)),
            "/add": self._add,
            "/edit": self._edit,
            "/remove": self._remove,
            "/restore": self._restore,
            "/synonyms": self._synonyms,
            "/insights": self._insights,
        }

    def _ask_with_options(self, line: str) -> str:
        """/ask QUESTION [article: ARTICLE], as Discord's /ask takes them."""
        question, _, article = f" {line}".partition(" article:")
        after = self.followed.answer_id if self.followed else None  # as the bot's last answer
        return self._ask(question.strip(), article=article.strip(), after=after)

    def _ask(
        self,
        question: str,
        follows: int | None = None,
        article: str = "",
        after: int | None = None,
    ) -> str:
        """Ask ``question`` as Discord takes it, following up the answer ``follows`` if
        given, else coming after the answer ``after`` (AnswerService.ask): its markup out
        (mentions, emoji), what asks the news nothing answered without a search
        (talk.request_in, then small talk, as the bot reads a message)."""
        typed = read_typed(question, no_names)  # it knows no member by name: "@someone"
        question = typed.question
        request = request_in(question, following=follows is not None)
        if request is Request.WHY:  # "why?": the sentences around the answer it follows
            if self.shown is not None and follows == self.shown.answer_id:
                return self._context("")  # the page on screen
            return render.context_markdown(*self.service.around(follows))
        if request is Request.MORE and follows is not None:  # "tell me more": next page
            more = asyncio.run(self.service.more(follows))
            if more is None:  # ...none: more of the article, around the last page shown
                return render.context_markdown(*self.service.around(follows))
            self._show(more)
            return self._page()
        if request is Request.WHATS_NEW:
            latest = self.served.index.latest(render.LATEST_COUNT)
            return f"**What's new**\n{render.latest_markdown(latest)}"
        if request is Request.ARTICLES:  # as the bot lists them for "list the articles"
            index = self.served.index
            count = render.counted(len(index.articles), "article")  # the embed's footer
            return (
                "**Articles I know**\n" + "\n".join(render.sources_lines(index)) + f"\n-# {count}"
            )
        said = small_talk(question, after_answer=follows is not None)
        if said:  # as the bot takes "thanks!", "hi" or "help" in Discord
            return said
        asking = self.service.ask(
            question,
            _USER,
            None,
            None,
            title=typed.title,
            follows=follows,
            article=article,
            links=typed.links,
            after=after,
        )
        self._show(asyncio.run(asking))
        return self._page()

    def _show(self, asked: Asked) -> None:
        """Put ``asked`` on screen; followed up next, where it quoted passages or asked
        of its own (as ``AnswerService.recent_answer`` picks the answer leaned on)."""
        self.shown = asked
        if asked.answer.found or not asked.earlier:
            self.followed = asked

    def _answer_this(self, text: str) -> str:
        """ "Answer this question" on a message whose text is ``text``."""
        typed = message_question(text, no_names, MAX_ASK_CHARS)
        return self._ask(typed.question)

    def _follow_up(self, question: str) -> str:
        """/reply: a reply to the answer shown, as to its message in Discord."""
        if self.shown is None:
            return "Nothing to follow up yet: /ask a question first."
        return self._ask(question, follows=self.shown.answer_id)

    def _turn(self, step: int) -> str:
        shown = self.shown
        if shown is None or not shown.answer.found:
            return "No passages to turn: /ask a question first."
        size = shown.page_size
        offset = shown.answer.offset + step * size
        if offset < 0 or (step > 0 and not shown.answer.more):
            return "No page there: this is the " + ("first." if step < 0 else "last.")
        turned = asyncio.run(self.service.page(shown.answer_id, offset))
        if turned is None:  # the shell remembers every answer it gave: never, in practice
            return "That answer is no longer remembered."
        self._show(turned)
        return self._page()

    def _closest(self, _: str) -> str:
        """The Closest passages button under "no answer"."""
        shown = self.shown
        if shown is None or not shown.answer.near:
            return "No closest passages to show: they are offered under “no answer”."
        closest = asyncio.run(self.service.page(shown.answer_id, 0, strict=False))
        if closest is None or not closest.answer.found:
            return "No passage comes close to that question now."
        return self._page(closest)

    def _page(self, shown: Asked | None = None) -> str:
        """The answer on screen as the bot quotes it, then what an embed's footer says
        (``shown``, else the last answer)."""
        shown = shown or self.shown
        assert shown is not None
        result = shown.answer
        text = render.answer_markdown(result, shown.foreign, shown.within)
        notes = [render.page_label(result)] if result.found else []
        notes += render.answer_notes(
            shown.earlier,
            shown.removed,
            within=shown.within,
            answer=result,
        )
        if result.near and not result.closest:
            notes.append("/closest shows the passages that came closest")  # the button
        return render.footed(text, notes)

    def _context(self, _: str) -> str:
        shown = self.shown
        if shown is None or not shown.answer.found:
            return "No passages to show the context of: /ask a question first."
        question, quoted, gone = self.service.context(shown.answer_id, shown.answer.offset)
        return render.context_markdown(question, quoted, gone)

    def _add(self, source: str) -> str:
        source, _, replace = source.partition(" replace:")  # as Discord's /add takes it
        if not source:
            return (
                "Add what? /add LINK, or /add PATH of a .md, .txt, .docx, .json, .jsonl or .html "
                "file (Discord's /add alone opens a form to paste an article in; here, save it "
                "as a .txt and /add its path)."
            )
        from .curation import sources_in  # as _curating: only adding needs it

        who = f"{getpass.getuser()} (shell)"
        update = replace.strip().lower() == "true"
        added = self._curating(lambda c: c.add_sources(sources_in(source), who, update))
        return reports.added_markdown(added)

    def _sources(self, search: str) -> str:
        """/sources [SEARCH]: the articles (whose title holds SEARCH), files named."""
        lines = render.sources_lines(self.served.index, files=True, search=search)
        return "\n".join(lines) or render.NO_TITLE_HOLDS.format(render.escape(search))

    def _article(self, name: str) -> str:
        if not name:
            return "Read which article? /article ARTICLE, its title or a part of it."
        reading = asyncio.run(self.service.article(name))
        return render.article_card(
            reading.article, reading.paragraphs, reading.sentences, files=True
        )

    def _edit(self, article: str) -> str:
        """Where the article's file is: a shell edits it (Discord's /edit opens a form)."""
        info = self.served.index.find_article(article) if article else None
        if info is None:
            return "Edit which article? /edit ARTICLE, its file as /sources names it."
        path = self.settings.corpus_dir / (info.file or info.path)
        return f"{info.title or info.id} is in `{path}`: edit that file, then /reload."

    def _remove(self, article: str) -> str:
        if not article:
            return "Remove which article? /remove ARTICLE, its file as /sources names it."
        who = f"{getpass.getuser()} (shell)"
        return reports.removed_markdown(self._curating(lambda c: c.remove(article, who)))

    def _restore(self, article: str) -> str:
        """/restore ARTICLE; alone, what it can bring back (Discord suggests them)."""
        if not article:
            removed = RemovedFolder(self.settings.corpus_dir, self.settings.removed_folder)
            return reports.removed_markdown_list(removed.articles())
        who = f"{getpass.getuser()} (shell)"
        return reports.added_markdown(self._curating(lambda c: c.restore(article, who)))

    def _synonyms(self, line: str) -> str:
        """/synonyms lists the community's groups; "add: WORDS" and "remove: WORDS" change
        them, as Discord's options do."""
        option, _, words = line.strip().partition(":")
        if not line.strip():
            return reports.synonyms_markdown(self.served.regroup())
        if option.strip() not in ("add", "remove") or not words.strip():
            return "/synonyms alone lists them; /synonyms add: WORDS or remove: WORDS changes them."
        who = f"{getpass.getuser()} (shell)"
        if option.strip() == "add":
            done = self._curating(lambda c: c.add_synonyms(words, who))
        else:
            done = self._curating(lambda c: c.remove_synonyms(words, who))
        return reports.regrouped_markdown(done)

    def _curating(self, change: Callable[[Curator], Awaitable[T]]) -> T:
        from .curation import curating  # aiohttp: only adding and removing need it

        return curating(self.settings, self.served, change)

    def _insights(self, days: str) -> str:
        if days and not (days.isdigit() and 1 <= int(days) <= MAX_DAYS):
            return f"/insights takes a number of days from 1 to {MAX_DAYS}, not {days!r}."
        index = self.served.index
        found = gathered(self.settings.database_path, index, int(days or DEFAULT_DAYS))
        return reports.insights_markdown(found)


def run_shell(settings: Settings, served: ServedIndex, stdin: TextIO, stdout: TextIO) -> int:
    """Read commands from ``stdin`` until /quit or end of input; at a terminal, with line
    editing and the session's history (the arrow keys), as a prompt is expected to."""
    interactive = stdin.isatty() and stdin is sys.stdin and stdout is sys.stdout
    if interactive:
        import readline  # noqa: F401 - input() then edits lines and keeps their history

        print(f"qabot shell over {served.corpus_dir}. Commands: {COMMANDS}.", file=stdout)
    shell = Shell(settings, served)
    try:
        while True:
            line = _read(stdin, interactive)
            if line is None or line.strip() in ("/quit", "/exit"):
                return 0
            if line.strip():
                print(shell.reply(line), end="\n\n", file=stdout, flush=True)
    finally:
        shell.close()


def _read(stdin: TextIO, interactive: bool) -> str | None:
    """The next line typed, or None at the end of input."""
    if not interactive:
        return stdin.readline() or None
    try:
        return input(PROMPT)
    except EOFError:  # Ctrl-D
        print()
        return None
