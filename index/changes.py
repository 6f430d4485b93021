"""What a reload changed: articles added, changed and removed, and sentence counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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
    problems: tuple[Problem, ...]  # every file that could not be read
    # Titles of the articles above (the removed ones' as they were); "" for none.
    titles: Mapping[str, str] = field(default_factory=dict)
    # The problems not reported before: files unreadable since the last reload are not
    # told again until they change.
    new_problems: tuple[Problem, ...] = ()
    # Files added, changed or removed while nothing served the corpus, which the index
    # served since start-up read then (told with the first reload after it: "nothing
    # changed" would hide that the start served them already).
    at_start: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def compare(before: Index | None, after: Index) -> Changes:
    """The changes from ``before`` (None: nothing was served yet) to ``after``."""
    old = {} if before is None else {a.id: a.checksum for a in before.articles.values()}
    new = {a.id: a.checksum for a in after.articles.values()}
    titles = {a.id: a.title for a in after.articles.values()}
    if before is not None:
        titles.update((a.id, a.title) for a in before.articles.values() if a.id not in new)
    # A problem was reported before if the last reload gave it for the same file as it
    # is now (a file changed since is told again, even with the same problem).
    reported: set[Problem] = set()
    if before is not None:
        same = {f.path for f in set(before.files) & set(after.files)}
        reported = {p for p in before.problems if p.path in same}
    return Changes(
        added=tuple(sorted(new.keys() - old.keys())),
        changed=tuple(sorted(k for k in new.keys() & old.keys() if new[k] != old[k])),
        removed=tuple(sorted(old.keys() - new.keys())),
        articles=len(new),
        sentences_before=0 if before is None else len(before.passages),
        sentences_after=len(after.passages),
        problems=after.problems,
        titles=titles,
        new_problems=tuple(p for p in after.problems if p not in reported),
    )
