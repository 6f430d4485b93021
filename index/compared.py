"""Questions comparing two things ("compare X and Y", "X vs Y"): the two sides asked."""

from __future__ import annotations

import re

_COMPARED = re.compile(
    r"^\W*(?:(?:can you |please )?compare|comparison (?:of|between)|(?:what(?:s|'s|’s| is| are) )?"
    r"(?:the )?differences? between)\s+(?P<a>.+?)\s+(?:and|with|to|vs\.?|versus)\s+(?P<b>.+?)"
    r"[\s?!.]*$"
    r"|^\W*(?P<c>.+?)\s+(?:vs\.?|versus|compared (?:to|with))\s+(?P<d>.+?)[\s?!.]*$"
    # "which was deadlier, the valencia floods or the myanmar quake?"
    r"|^\W*(?:which|who|what)\b[^,:]{1,60}[,:]\s*(?P<e>.+?)\s+or\s+(?P<f>.+?)[\s?!.]*$",
    re.IGNORECASE,
)


def sides(question: str) -> tuple[str, str] | None:
    """The two things ``question`` compares, as written; None where it compares none.

    >>> sides("compare ASML and the Bank of England"), sides("Russia vs China?")
    (('ASML', 'the Bank of England'), ('Russia', 'China'))
    >>> sides("what's the difference between a junta and a government?")
    ('a junta', 'a government')
    >>> sides("which was deadlier, the floods or the quake?")
    ('the floods', 'the quake')
    >>> sides("who supplies jets?") is None, sides("compare them") is None
    (True, True)
    """
    found = _COMPARED.match(question.strip())
    if found is None:
        return None
    a, b = next((found[x], found[y]) for x, y in ("ab", "cd", "ef") if found[x])
    return a.strip(), b.strip()
