"""Acronyms a member types that the corpus never writes, found as the names it spells out."""

from __future__ import annotations

import re
from collections import Counter
from weakref import WeakKeyDictionary

from .strings import Strings

# The small words a name's initials pass over: the International Institute *for*
# Strategic Studies is the IISS, the Food *and* Agriculture Organization the FAO.
_PASSED = rb"(?:of|for|the|and|on|in|at|to|de|du|des|la|le|&)"
_WORD_BYTE = re.compile(rb"[\w\x80-\xff]")
# Found names by the texts they were looked for in and the acronym: a table is read
# once for each acronym asked (a tenth of a second at a million sentences), not once a
# question; a new index is a new table, read afresh.
_KEPT = 1000
_FOUND: WeakKeyDictionary[Strings, dict[str, str]] = WeakKeyDictionary()


def spelled_by(texts: Strings, acronym: str) -> str:
    """The capitalised words, one after the other, whose initials spell ``acronym``
    (small words between them passed over: _PASSED), as ``texts`` most often write
    them; "" where none do. Letters only, case aside in the acronym; each word of the
    name starts with a capital and goes on in small letters (or letters beyond ASCII).

    >>> texts = Strings.pack(["A researcher at the International Institute for Strategic"
    ...                       " Studies told AFP.", "The Institute said so."])
    >>> spelled_by(texts, "IISS"), spelled_by(texts, "NATO")
    ('International Institute for Strategic Studies', '')
    """
    if not acronym.isascii() or not acronym.isalpha():
        return ""
    known = _FOUND.setdefault(texts, {})
    key = acronym.upper()
    if key not in known:
        if len(known) >= _KEPT:  # members may type any number of capitals
            known.clear()
        known[key] = _most_said(texts, key)
    return known[key]


def _most_said(texts: Strings, letters: str) -> str:
    words = [rb"%c[a-z\x80-\xff]+" % ord(letter) for letter in letters]
    gap = rb"(?:[ \t]+" + _PASSED + rb")*[ \t]+"
    # Starting with the letter itself lets the regular expression engine skip to each
    # place it is written: a look-behind first reads every byte (0.09 s at a million
    # sentences against 1.5 s); a word's start is checked on what it found instead.
    pattern = re.compile(gap.join(words) + rb"(?![\w\x80-\xff])")
    blob = memoryview(texts.blob[texts.offsets[0] : texts.offsets[-1]])
    said = Counter(
        b" ".join(m.group().split())
        for m in pattern.finditer(blob)
        if not m.start() or not _WORD_BYTE.match(blob[m.start() - 1 : m.start()])
    )
    if not said:
        return ""
    return said.most_common(1)[0][0].decode()
