"""Names the passages' text writes: the one an acronym a member types spells out, the
one a title such as "General" comes before, and the words a name's part is written beside."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar
from weakref import WeakKeyDictionary

from .patterns import lazy
from .strings import Strings

# The small words a name's initials pass over: the International Institute *for*
# Strategic Studies is the IISS, the Food *and* Agriculture Organization the FAO.
SMALL_WORDS = ("of", "for", "the", "and", "on", "in", "at", "to", "de", "du", "des", "la", "le")
_PASSED = rb"(?:%s|&)" % "|".join(SMALL_WORDS).encode()
_WORD_BYTE = lazy(rb"[\w\x80-\xff]")
# An acronym: letters, and at most one "&" between two ("M&S", "AT&T"), which the name
# writes where it stands (_AMPERSAND).
_ACRONYM = lazy(r"[A-Za-z]+(?:&[A-Za-z]+)?")
_AMPERSAND = rb"[ \t]+&[ \t]+"
# Found names by the texts they were looked for in and what was asked: a table is read
# once for each acronym or title asked (0.09 s and 0.15 s at a million sentences), not
# once a question; a new index is a new table, read afresh.
_KEPT = 1000
Owner = TypeVar("Owner")
Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")
_FOUND: WeakKeyDictionary[Strings, dict[str, str]] = WeakKeyDictionary()
# A person's name after a title: two to four capitalised words ("Min Aung Hlaing",
# "Vladimir Putin"); one alone is as often a body ("General Assembly", "General Motors").
_NAME = rb"((?:[A-Z][a-z\x80-\xff]+[ \t]+){1,3}[A-Z][a-z\x80-\xff]+)"
# Of the capitalised words a title comes before, the name most written must be at least
# this share: "General Min Aung Hlaing" in a server's articles on Myanmar, not whichever
# of a large corpus's presidents is named most, nor "King Trần Hưng", 2 of the Yuan
# article's 11 "King ...".
MOST_NAMED = 0.5
# The names most written after a title whose last word is looked up (``is_surname``) at
# most: a word, not a surname ("General Decimal Arithmetic Specification" among the
# standard library's docstrings), takes its name out of the count.
SURNAMES_CHECKED = 3


def spelled_by(texts: Strings, acronym: str) -> str:
    """The capitalised words, one after the other, whose initials spell ``acronym``
    (small words between them passed over: _PASSED), as ``texts`` most often write
    them, or else with a letter inside read as a small word ("BoJ": Bank of Japan); ""
    where none do. Letters only, case aside in the acronym; each word of the
    name starts with a capital and goes on in small letters (or letters beyond ASCII).

    >>> texts = Strings.pack(["A researcher at the International Institute for Strategic"
    ...                       " Studies told AFP.", "The Institute said so."])
    >>> spelled_by(texts, "IISS"), spelled_by(texts, "NATO")
    ('International Institute for Strategic Studies', '')
    >>> spelled_by(Strings.pack(["The Bank of Japan raised rates."]), "boj")
    'Bank of Japan'
    >>> spelled_by(Strings.pack(["Sam Bankman-Fried was sentenced."]), "SBF")
    'Sam Bankman-Fried'
    >>> spelled_by(Strings.pack(["It was led by Hayat Tahrir al-Sham."]), "HTS")
    'Hayat Tahrir al-Sham'

    One "&" in it stands where the name writes one ("M&S": Marks & Spencer, not Morgan
    Stanley).
    """
    if not acronym.isascii() or not _ACRONYM.fullmatch(acronym):
        return ""
    return _kept(texts, acronym.upper(), lambda: _most_said(texts, acronym.upper()))


def titled_name(
    texts: Strings, title: str, is_surname: Callable[[str], bool] = lambda word: True
) -> str:
    """The name of two words or more that ``texts`` most often write right after the
    word ``title`` ("General Min Aung Hlaing", "Russian President Vladimir Putin",
    "Kremlin spokesman Dmitry Peskov"), where it is at least MOST_NAMED of the
    capitalised words written so ("General Assembly" counts against it), those whose
    last word ``is_surname`` says is none left out; "" otherwise.

    >>> texts = Strings.pack(["General Min Aung Hlaing arrived.", "The general left.",
    ...                       "He met General Min Aung Hlaing and President Vladimir Putin."])
    >>> titled_name(texts, "general"), titled_name(texts, "president"), titled_name(texts, "king")
    ('Min Aung Hlaing', 'Vladimir Putin', '')
    """
    if not title.isascii() or not title.isalpha():
        return ""
    key = f"title {title.lower()}"
    return _kept(texts, key, lambda: _most_titled(texts, title.lower(), is_surname))


def _kept(texts: Strings, key: str, find: Callable[[], str]) -> str:
    return kept(_FOUND, texts, key, find, _KEPT)  # members may type any number of capitals


def kept(
    found: WeakKeyDictionary[Owner, dict[Key, Value]],
    owner: Owner,
    key: Key,
    find: Callable[[], Value],
    most: int,
) -> Value:
    """What ``find`` found for ``key`` of ``owner`` (an index's table), found once and kept
    in ``found`` while ``owner`` lives; the first ``most`` keys, then afresh."""
    known = found.setdefault(owner, {})
    if key not in known:
        if len(known) >= most:
            known.clear()
        known[key] = find()
    return known[key]


def _at_word_starts(pattern: re.Pattern[bytes], texts: Strings) -> Iterator[re.Match[bytes]]:
    """The matches of ``pattern`` in the text table that begin a word. A pattern starting
    with a literal lets the engine skip to each place it is written (a look-behind first
    reads every byte: 1.5 s at a million sentences against 0.09 s), so a match's start is
    checked here instead."""
    blob = memoryview(texts.blob[texts.offsets[0] : texts.offsets[-1]])
    for m in pattern.finditer(blob):
        if not m.start() or not _WORD_BYTE.match(blob[m.start() - 1 : m.start()]):
            yield m


def _most_titled(texts: Strings, title: str, is_surname: Callable[[str], bool]) -> str:
    found = []
    # The title capitalised and in small letters ("General", "spokesman"), each a
    # literal the engine skips to (one pattern for both read every byte: 0.38 s at a
    # million sentences against 2 × 0.07), then a capitalised word: a name, or a body
    # ("General Assembly").
    for written in (title.capitalize(), title.lower()):
        pattern = re.compile(rb"%s[ \t]+(?=[A-Z])%s?" % (re.escape(written.encode()), _NAME))
        found += [m.group(1) for m in _at_word_starts(pattern, texts)]
    named = Counter(b" ".join(name.split()) for name in found if name)
    counted = len(found)
    for name, count in named.most_common(SURNAMES_CHECKED):
        if is_surname(name.rsplit(None, 1)[-1].decode()):
            return name.decode() if count >= MOST_NAMED * counted else ""
        counted -= count
    return ""


def _most_said(texts: Strings, letters: str) -> str:
    return _said_most(texts, letters, small=False) or _said_most(texts, letters, small=True)


def _said_most(texts: Strings, letters: str, small: bool) -> str:
    """The name ``letters`` spell, as most written; ``small``, with a letter inside read
    as a small word too, where the acronym spells it ("BoJ": Bank of Japan)."""
    amp, letters = letters.find("&"), letters.replace("&", "")
    words = [rb"%c[a-z\x80-\xff]+" % ord(letter) for letter in letters]
    if small:
        for at in range(1, len(letters) - 1):
            spelled = [w.encode() for w in SMALL_WORDS if w[0] == letters[at].lower()]
            if spelled:
                words[at] = rb"(?:%s|%s)" % (words[at], b"|".join(spelled))
        if not any(b"|" in word for word in words):
            return ""
    # "Bankman-Fried": B, F; "Hayat Tahrir al-Sham": H, T, S (Arabic's article passed)
    gap = rb"(?:(?:[ \t]+" + _PASSED + rb")*[ \t]+|-|[ \t]+(?:al|el)-)"
    # read so, a name going on spells another: the Battle of Jumonville Glen is no BoJ
    end = rb"(?![\w\x80-\xff]|[ \t]+[A-Z])" if small else rb"(?![\w\x80-\xff])"
    gaps = [_AMPERSAND if at == amp else gap for at in range(1, len(words))]
    pattern = re.compile(
        b"".join(w + g for w, g in zip(words[:-1], gaps, strict=True)) + words[-1] + end
    )
    said = Counter(b" ".join(m.group().split()) for m in _at_word_starts(pattern, texts))
    if not said:
        return ""
    return said.most_common(1)[0][0].decode()


def beside(texts: Iterable[str], word: str, after: bool) -> Counter[str]:
    """How often ``texts`` write each capitalised word right after (``after``) or right
    before ``word`` capitalised: the parts of the names it is a part of.

    >>> beside(["General Min Aung Hlaing met Aung San Suu Kyi."], "aung", after=True)
    Counter({'Hlaing': 1, 'San': 1})
    >>> beside(["Min Aung Hlaing and his aung."], "aung", after=False)
    Counter({'Min': 1})
    """
    if not word.isalpha():
        return Counter()
    written = re.escape(word[0].upper()) + f"(?i:{re.escape(word[1:])})"
    pattern = rf"\b{written}[ \t]+([A-Z]\w*)" if after else rf"\b([A-Z]\w*)[ \t]+{written}(?!\w)"
    found = re.compile(pattern)
    return Counter(m.group(1) for text in texts for m in found.finditer(text))
