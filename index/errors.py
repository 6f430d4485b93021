"""The errors the engine raises; the edges in bot/ turn them into messages."""


class QabotError(Exception):
    """Base class: its message is written for the person who caused it."""


class CorpusError(QabotError):
    """The corpus as a whole cannot be used (missing directory, nothing readable)."""


class QuestionError(QabotError):
    """The question cannot be asked as it stands (empty, too long)."""
