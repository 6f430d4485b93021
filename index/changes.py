"""What a reload changed: articles added, changed and removed, and sentence counts."""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Problem
from .index import Index


@dataclass(frozen=True)
class Changes:
    """The difference between the index served before a reload and the one after."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    articles: int
    sentences_before: int
    sentences_after: int
    problems: tuple[Problem, ...]

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def compare(before: Index | None, after: Index) -> Changes:
    """The changes from ``before`` (None: nothing was served yet) to ``after``."""
    old = {} if before is None else {a.id: a.checksum for a in before.articles.values()}
    new = {a.id: a.checksum for a in after.articles.values()}
    return Changes(
        added=tuple(sorted(new.keys() - old.keys())),
        changed=tuple(sorted(k for k in new.keys() & old.keys() if new[k] != old[k])),
        removed=tuple(sorted(old.keys() - new.keys())),
        articles=len(new),
        sentences_before=0 if before is None else len(before.passages),
        sentences_after=len(after.passages),
        problems=after.problems,
    )
