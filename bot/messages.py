"""What qabot tells people about the engine's outcomes and errors, naming this edge's
settings and options; and the one two-tier reply to an error, for every surface."""

from __future__ import annotations

import logging
from enum import Enum

from index.errors import (
    CorpusMissing,
    IndexNotSaved,
    NoArticleLinked,
    NoReadableArticles,
    QabotError,
    SeveralArticles,
    UnknownArticle,
    WhichArticle,
)
from index.refresh import Action, Refreshed

from .render import counted, escape, problem_text

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. The moderators can find it in the bot's log."
STILL_ANSWERING = "The articles loaded before are still answering."
# The ids a CLI message names of the articles a name answers to; the rest, "…".
SHOWN_IDS = 5


class Surface(Enum):
    """Where a message is read: the settings and options it may name differ."""

    CLI = "cli"  # the qabot command: --corpus, and the settings of .env
    BOT = "bot"  # Discord and the shell that shows what the bot would post: settings only


def describe(error: QabotError, surface: Surface = Surface.BOT) -> str:
    """What went wrong, in plain text, with what to do about it."""
    if isinstance(error, CorpusMissing):
        where = "--corpus (or CORPUS_DIR)" if surface is Surface.CLI else "CORPUS_DIR"
        return f"{error}: create it or point {where} at the folder of article files"
    if isinstance(error, NoReadableArticles):
        return error.sentence(problem_text)
    if isinstance(error, IndexNotSaved):
        return f"{error}; free some space or set INDEX_DIR"
    if isinstance(error, UnknownArticle):
        if surface is Surface.CLI:
            return f"{error}: give its id or exact title, as `qabot sources` lists them"
        return f"{error}: pick one of the suggestions, or see /sources"
    if isinstance(error, SeveralArticles):
        if surface is Surface.CLI:
            named = ", ".join(error.ids[:SHOWN_IDS]) + (", …" if len(error.ids) > SHOWN_IDS else "")
            return f"{error} ({named}): give one's id, as `qabot sources` lists them"
        return (
            f"{error}: pick one as you type its name in /ask's article: option or /article, "
            "whose suggestions tell them apart"
        )
    if isinstance(error, NoArticleLinked):
        if surface is Surface.CLI:
            return f"{error}: `qabot sources` lists those it has; `qabot add LINK` adds it"
        return f"{error}: /sources lists those I have, and a moderator can /add it"
    if isinstance(error, WhichArticle):
        if surface is Surface.CLI:
            return f"{error}: name one with --article, as `qabot sources` lists them"
        return (
            f"{error}: reply “tl;dr” to one of my answers for the opening of the article it "
            "quotes first, or name one with /ask's article: option (/article shows one whole)"
        )
    return str(error)


def refreshed(outcome: Refreshed) -> str:
    """What bringing the index up to date did, in one sentence."""
    sentences = counted(len(outcome.index.passages), "sentence")
    if outcome.action is Action.LOADED:
        return f"loaded the saved index ({sentences})"
    if outcome.action is Action.REBUILT:
        changed = counted(outcome.changed_files, "file")
        return f"rebuilt the index: {changed} changed ({sentences})"
    why = outcome.stale.value if outcome.stale else "no saved index"
    if outcome.detail:
        why = f"{why} ({outcome.detail})"
    return f"built the index ({why}; {sentences})"


def error_reply(error: BaseException, doing: str, *, reloading: bool = False) -> str:
    """The reply to an error, the same on every surface (slash command, mention, button,
    shell), as Discord markdown. A QabotError is the person's to fix: it is said kindly.
    Anything else is the bot's fault: the traceback goes to the log, the person gets an
    apology that gives nothing of it away. ``doing`` names the work in the log.

    After a failed reload the reply says that the old articles still answer.
    """
    if isinstance(error, QabotError):
        reason = escape(describe(error))
    else:
        log.error("%s failed", doing, exc_info=error)
        if not reloading:
            return APOLOGY
        reason = f"an unexpected error ({type(error).__name__}); the bot's log has the details"
    if reloading:
        return f"Reload failed: {reason}. {STILL_ANSWERING}"
    return f"Sorry: {reason}."
