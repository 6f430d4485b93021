"""The errors the engine raises: each carries what went wrong; the edges in bot/ word it.

``str(error)`` is a plain sentence for logs and tests. It never names a setting or an
option: only the edge knows those (bot/messages.py adds them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .corpus import Problem


class QabotError(Exception):
    """Base class: a problem the person who caused it can fix."""

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross from a rebuilding process to the bot's: rebuilt as the same type
        # with the same message and attributes, whatever the subclass's __init__ takes.
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(kind: type[QabotError], args: tuple[object, ...], state: dict) -> QabotError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class CorpusError(QabotError):
    """The corpus folder as a whole cannot be used."""

    def __init__(self, directory: Path | str, sentence: str) -> None:
        super().__init__(sentence)
        self.directory = Path(directory)


class CorpusMissing(CorpusError):
    """The corpus folder does not exist, or is a file."""

    def __init__(self, directory: Path | str) -> None:
        super().__init__(
            directory, f"corpus directory {str(directory)!r} does not exist or is not a directory"
        )


class CorpusEmpty(CorpusError):
    """The corpus folder holds no file at all."""

    def __init__(self, directory: Path | str, suffixes: Sequence[str]) -> None:
        super().__init__(
            directory,
            f"corpus directory {str(directory)!r} is empty: "
            f"add article files ({', '.join(suffixes)}) to it",
        )


class NoReadableArticles(CorpusError):
    """Every file of the corpus folder was refused; ``problems`` says why."""

    def __init__(self, directory: Path | str, problems: Sequence[Problem]) -> None:
        self.directory, self.problems = Path(directory), tuple(problems)
        super().__init__(directory, self.sentence())

    def sentence(self, describe: Callable[[Problem], str] = str) -> str:
        """The error in words, the first five problems each put by ``describe`` (the edge
        passes its own, which names its settings)."""
        reasons = "; ".join(describe(p) for p in self.problems[:5]) or "no article files"
        return f"no readable articles in {str(self.directory)!r}: {reasons}"


class QuestionError(QabotError):
    """The question cannot be asked as it stands."""


class EmptyQuestion(QuestionError):
    def __init__(self) -> None:
        super().__init__(
            "the question is empty: it has no word to search for (links, mentions and "
            "emoji are left out); ask it in words"
        )


class QuestionTooLong(QuestionError):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"the question is {length} characters long; the limit is {limit}: "
            "ask about one thing at a time"
        )
        self.length, self.limit = length, limit


class BadPassageCount(QuestionError):
    def __init__(self, count: int) -> None:
        super().__init__(f"the number of passages must be at least 1, not {count}")
        self.count = count


class UnknownArticle(QuestionError):
    """A question asked within an article the corpus does not hold."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no article {name!r} in the corpus")
        self.name = name


class SeveralArticles(QuestionError):
    """A name several articles' titles answer to, where one article is meant."""

    def __init__(self, name: str, ids: Sequence[str]) -> None:
        super().__init__(f"{len(ids)} articles answer to {name!r}")
        self.name = name
        self.ids = tuple(ids)


class WhichArticle(QuestionError):
    """A question asking for an article's gist ("tl;dr?") where several could be meant."""

    def __init__(self, articles: int) -> None:
        super().__init__(f"which article? The corpus holds {articles}, and a gist is of one")
        self.articles = articles


class NoArticleLinked(QuestionError):
    """A question asking the gist of a page no article of the corpus comes from."""

    def __init__(self, link: str) -> None:
        super().__init__(f"no article of the corpus comes from {link}")
        self.link = link


class ArticleGone(QuestionError):
    """An answer asked within an article that was removed or changed since."""

    def __init__(self, title: str) -> None:
        super().__init__(
            f"the article this answer was asked within, {title!r}, is no longer in the "
            "corpus; ask again"
        )
        self.title = title


class Stale(Enum):
    """Why a saved index cannot be served as it is, and is rebuilt."""

    NONE_SAVED = "no saved index yet"
    UNREADABLE = "the saved index cannot be read"
    OTHER_FORMAT = "the saved index has another format"
    OTHER_ANALYZER = "the analyzer changed since the index was saved"
    OTHER_PARAMS = "the BM25 parameters changed"
    OTHER_CORPUS = "the saved index is of another corpus folder"
    DAMAGED = "the saved index is damaged"


class SavedIndexError(QabotError):
    """A saved index cannot be used as it is: ``reason`` says why, ``detail`` what was
    found (a format number, an error)."""

    def __init__(self, reason: Stale, detail: str = "") -> None:
        super().__init__(f"{reason.value} ({detail})" if detail else reason.value)
        self.reason, self.detail = reason, detail


class IndexNotSaved(QabotError):
    """A new index could not be written where saved indexes live."""

    def __init__(self, directory: Path | str, cause: str) -> None:
        super().__init__(f"the new index could not be saved in {str(directory)!r} ({cause})")
        self.directory, self.cause = Path(directory), cause


class EvaluationFileError(QabotError):
    """A question set for evaluation cannot be read."""
