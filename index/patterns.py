"""Regular expressions compiled at their first use, not when their module is imported."""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

# What a compiled pattern offers, kept on the lazy one once compiled: later uses find
# them as directly as on the compiled pattern.
_KEPT = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    """A pattern's text and flags, compiled when first used (``lazy``)."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern  # read without compiling: patterns are built of others'
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only asked for what is not kept yet: the first use compiles.
        compiled = re.compile(self.pattern, self._flags)
        for kept in _KEPT:
            setattr(self, kept, getattr(compiled, kept))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled at its first search, match or other use.

    The project's modules hold over 400 patterns, and a one-question `qabot ask` uses a
    third of them: compiling them all when the modules were imported took 165 ms of its
    0.45 s, 113 ms of that for patterns its question never used. Not for a pattern that
    is given to ``re``'s functions (``re.sub(pattern, ...)``): they want it compiled.

    >>> word = lazy(r"\\bjets?\\b", re.I)
    >>> word.pattern, word.search("Russian JETS").group()
    ('\\\\bjets?\\\\b', 'JETS')
    """
    return cast(re.Pattern[AnyStr], _Lazy(pattern, flags))
