"""Terms that mean what a question's word does, matched at its full weight: the
abbreviation its words spell out, the noun of who does what it says, its number or
"percent" written otherwise, the compound it makes with the word beside it, a decade's
years."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .analysis import Token
from .chat import word_before
from .patterns import lazy
from .reading import short_form
from .synonyms import SHORT_NAMES
from .vocabulary import Vocabulary

_DECADE = lazy(r"\d{3}0'?s")  # as the analyzer records it: 1990s, 1990's


def same_as(
    question: str, read: Sequence[Token], at: int, vocabulary: Vocabulary
) -> tuple[str, ...]:
    """The terms the corpus writes that mean what ``read[at]``, a word of ``question``
    as read, says: the abbreviation it spells out with the words around it
    (``reading.short_form``: "us" for "United States", read from "US" or written so),
    the same number in Roman numerals or digits (``numeral_of``), "percent" spelled
    "per cent" (``percent_of``), the compound it makes with the word beside it
    (``joined_of``), or a decade's years (``years_of``); () for none. The noun for who
    does what it says (``agent_of``) is read apart: its synonyms count too."""
    token = read[at]
    found = (
        short_form(read, at, vocabulary)
        or numeral_of(question, token, vocabulary)
        or percent_of(question, token, vocabulary)
        or joined_of(question, read, at, vocabulary)
    )
    return (found,) if found else years_of(token, vocabulary)


# A question counting those who do what its next word says: "how many people worked...",
# "how many voted...".
_COUNTING = lazy(r"\s*how\s+many\s+(?:people\s+|of\s+them\s+)?", re.IGNORECASE)


def agent_of(question: str, token: Token, vocabulary: Vocabulary) -> str:
    """The term of the noun for who does what ``token`` says, where it follows "who" and
    the corpus writes that noun: "who leads the junta?" asks for its leader ("led to
    thousands of deaths" shares only the verb), "who owns", "who commands", "who
    founded", "who supplies" for its owner, commander, founder, supplier, and "how many
    people worked on it?" for its workers, who are counted (_COUNTING); "" for none."""
    if word_before(question, token) != "who" and not _COUNTING.fullmatch(question, 0, token.start):
        return ""
    word = token.word
    for cut in range(min(3, len(word) - 2)):
        stem = word[: len(word) - cut]
        for noun in (stem + "er", stem + "r", stem + "or", stem + "ers", stem + "rs", stem + "ors"):
            if (term := vocabulary.term_of(noun)) and term != token.term:
                return term
    return ""


def _roman(n: int) -> str:
    """``n`` (1 to 39) in lowercase Roman numerals."""
    tens, units = divmod(n, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


# Numbers a name, a war or a class is numbered with in Roman numerals ("World War II",
# "Charles III", "Type IV"), 2 to 30, and back: "world war 2" (read as the number "two")
# asks for World War II. Not 11: "Xi" is a name in the news far more than a numeral; nor
# 5 and 10: "V" and "X" are letters (and a social network).
_NUMERALS = {_roman(n): str(n) for n in range(2, 31) if n != 11 and len(_roman(n)) > 1}
_NUMERALS |= {digits: roman for roman, digits in _NUMERALS.items()}


def numeral_of(question: str, token: Token, vocabulary: Vocabulary) -> str:
    """The term of the same number written the other way, in Roman numerals or digits,
    where the corpus writes it ("ii" for "2"; "3" for "III"); "" for none, and for a
    number written in words or as an ordinal: "Seven Years' War" and "3rd son" are no
    "VII" or "III"."""
    if token.word != token.term or question[token.end : token.end + 1].isalpha():
        return ""  # "seven" is read as 7; "3D" is no III
    other = _NUMERALS.get(token.term, "")
    return other if other and vocabulary.idf_of(other) is not None else ""


def percent_of(question: str, token: Token, vocabulary: Vocabulary) -> str:
    """The other spelling of "percent" (and "%"), "per cent", where the corpus writes it:
    "cent" for "percent", "percent" for the "cent" of "per cent"; "" for none."""
    if token.term == "percent":
        other = "cent"
    elif token.term == "cent" and word_before(question, token) == "per":
        other = "percent"
    else:
        return ""
    return other if vocabulary.idf_of(other) is not None else ""


def joined_of(question: str, read: Sequence[Token], at: int, vocabulary: Vocabulary) -> str:
    """The term of the compound that ``read[at]`` and the word beside it make, where the
    corpus writes it as one word: "cease fire" (or "air strike") is also "ceasefire"
    ("airstrikes"), and each part of "airstrikes", read apart where a passage says "air
    strikes" (``reading.read_question``), is also "airstrikes" itself; "" for none."""
    for first, second in ((at - 1, at), (at, at + 1)):
        if first < 0 or second >= len(read):
            continue
        a, b = read[first], read[second]
        if (a.start, a.end) == (b.start, b.end):  # the parts of one written word
            written = question[a.start : a.end].lower()
            # ...but a tournament's short name ("euros") names no currency
            candidates: tuple[str, ...] = () if written in SHORT_NAMES else (written,)
        elif a.end < b.start and not question[a.end : b.start].strip(" -"):  # side by side
            joined = a.word + b.word
            # Written as the corpus may: in the plural or not, with a hyphen.
            candidates = (joined, joined + "s", joined[:-1], f"{a.word}-{b.word}")
        else:
            continue
        for written in candidates:
            if (term := vocabulary.term_of(written)) and term not in (a.term, b.term):
                return term
    # ...or with a particle the question reads no word of ("kick off": "kick-off")
    token = read[at]
    if (after := _PARTICLE_AFTER.match(question, token.end)) is not None:
        joined = token.word + after[1].lower()
        for written in (joined, joined + "s", f"{token.word}-{after[1].lower()}"):
            if (term := vocabulary.term_of(written)) and term != token.term:
                return term
    return ""


# A particle after a word, which may make one word with it ("kick off", "sell off")
# (not "in" nor "on", after which a verb's object goes more often than a compound is
# meant: "how much did openai's investor put in?" is asked of no "Putin")
_PARTICLE_AFTER = lazy(r"[ -](off|up|out|down|over|back)\b", re.IGNORECASE)


def years_of(token: Token, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The years after the first of the decade ``token`` is ("1990s", read as 1990:
    1991 to 1999) that the corpus writes: "what did Russia do in the 2020s?" is
    answered by "in 2021" and "in 2023"."""
    if not _DECADE.fullmatch(token.word):
        return ()
    first = int(token.term)
    years = (str(year) for year in range(first + 1, first + 10))
    return tuple(year for year in years if vocabulary.idf_of(year) is not None)
