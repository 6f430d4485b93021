"""Questions comparing two things ("compare X and Y", "X vs Y"): the two sides asked."""

from __future__ import annotations

import re

from .patterns import lazy

_COMPARED = lazy(
    r"^\W*(?:(?:can you |please )?compare|comparison (?:of|between)|(?:what(?:s|'s|’s| is| are) )?"
    r"(?:the )?differences? between)\s+(?P<a>.+?)\s+(?:and|with|to|vs\.?|versus)\s+(?P<b>.+?)"
    r"[\s?!.]*$"
    r"|^\W*(?P<c>.+?)\s+(?:vs\.?|versus|compared (?:to|with))\s+(?P<d>.+?)[\s?!.]*$"
    # "which was deadlier, the valencia floods or the myanmar quake?"
    r"|^\W*(?:which|who|what)\b[^,:]{1,60}[,:]\s*(?P<e>.+?)\s+or\s+(?P<f>.+?)[\s?!.]*$",
    re.IGNORECASE,
)


# "which quake was deadlier, chile or myanmar?": the kind both sides are of, which a side
# named alone leaves out (Myanmar's side quoted the junta's visit to Russia, not its quake)
_KIND = lazy(
    r"^\W*which\s+(?!one\b|ones\b)(?P<kind>[a-z][\w-]*)\s+(?:was|is|were|are|has|had|did|does|do)\b",
    re.IGNORECASE,
)


def sides_of_kind(question: str) -> tuple[str, str] | None:
    """The two things ``question`` compares, each with the kind "which X ...?" asks where
    it does not write it; None where it names no kind or compares nothing.

    >>> sides_of_kind("which quake was deadlier, chile or myanmar?")
    ('chile quake', 'myanmar quake')
    >>> sides_of_kind("which was deadlier, the floods or the quake?") is None
    True
    """
    compared, kind = sides(question), _KIND.match(question.strip())
    if compared is None or kind is None:
        return None
    word = kind["kind"]
    a, b = (side if word.lower() in side.lower() else f"{side} {word}" for side in compared)
    return a, b


# What "which ..., A or B?" compares them by, asked of each ("which cost more, notre dame
# or the titan?": each one's price, not its news; "which was deadlier...": its dead)
_MEASURED_BY = (
    (
        lazy(r"\bcost(?:s|ed)?\s+more\b|\bcheaper\b|\bmore\s+expensive\b|\bpricier\b", re.I),
        "how much did {} cost?",
    ),
    (lazy(r"\bdeadlier\b|\bmore\s+deadly\b|\bkilled\s+more\b", re.I), "how many died in {}?"),
    (lazy(r"\bolder\b|\byounger\b", re.I), "how old is {}?"),
    # "who got more prize money, sinner or gukesh?": "Sinner received prize money of...",
    # "He wins about 1.35 million dollars of the 2.5 million dollar prize fund"
    (
        lazy(r"\b(?:won|win|got|get|earned|earn|received)\s+more\s+(?:prize\s+)?money\b", re.I),
        "how much prize money did {} get?",
    ),
)


def sides_measured(question: str) -> tuple[str, str] | None:
    """The two things ``question`` compares, each asked what it compares them by where
    _MEASURED_BY reads it ("which cost more, notre dame or the titan?": "how much did
    notre dame cost?", "how much did the titan cost?"); None otherwise.

    >>> sides_measured("who is older, gukesh or ding?")
    ('how old is gukesh?', 'how old is ding?')
    >>> sides_measured("which was bigger, chile or myanmar?") is None
    True
    """
    compared = sides(question)
    asked = next((form for by, form in _MEASURED_BY if by.search(question)), None)
    if compared is None or asked is None:
        return None
    a, b = (asked.format(side) for side in compared)
    return a, b


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

    A word both share, written once after the second, is the first's too:

    >>> sides("which was deadlier, the myanmar or chile earthquake?")
    ('the myanmar earthquake', 'chile earthquake')
    >>> sides("which was deadlier, the floods or the myanmar quake?")
    ('the floods', 'the myanmar quake')
    """
    found = _COMPARED.match(question.strip())
    if found is None:
        return None
    a, b = next((found[x], found[y]) for x, y in ("ab", "cd", "ef") if found[x])
    a, b = a.strip(), b.strip()
    named, shared = _DETERMINED.sub("", a).split(), b.split()
    if len(named) == 1 and len(shared) == 2 and not _DETERMINED.match(b):
        a = f"{a} {shared[-1]}"
    return a, b


# A determiner opening a side ("the floods"): one before the second side's words too
# makes them its own ("the floods or the myanmar quake"), none shares the first's
# ("the myanmar or chile earthquake")
_DETERMINED = lazy(r"^(?:the|a|an)\s+", re.IGNORECASE)
