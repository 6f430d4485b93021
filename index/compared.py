"""Questions comparing two things ("compare X and Y", "X vs Y"): the two sides asked."""

from __future__ import annotations

import re

_COMPARED = re.compile(
    r"^\W*(?:(?:can you |please )?compare|comparison (?:of|between)|(?:what(?:s|'s|’s| is| are) )?"
    r"(?:the )?differences? between)\s+(?P<a>.+?)\s+(?:and|with|to|vs\.?|versus)\s+(?P<b>.+?)"
    r"[\s?!.]*$"
    r"|^\W*(?P<c>.+?)\s+(?:vs\.?|versus|compared (?:to|with))\s+(?P<d>.+?)[\s?!.]*$",
    re.IGNORECASE,
)


def sides(question: str) -> tuple[str, str] | None:
    """The two things ``question`` compares, as written; None where it compares none.

    >>> sides("compare ASML and the Bank of England"), sides("Russia vs China?")
    (('ASML', 'the Bank of England'), ('Russia', 'China'))
    >>> sides("what's the difference between a junta and a government?")
    ('a junta', 'a government')
    >>> sides("who supplies jets?") is None, sides("compare them") is None
    (True, True)
    """
    found = _COMPARED.match(question.strip())
    if found is None:
        return None
    a, b = (found["a"], found["b"]) if found["a"] else (found["c"], found["d"])
    return a.strip(), b.strip()
