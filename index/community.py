"""The community's own synonym groups: words its members ask with for what articles say otherwise.

Moderators write them (``/synonyms add: probe lander spacecraft``) where the articles'
words are not the members' ("probe" for "lander", "army" for "military"): a question
word finds passages using another word of its group, at a synonym's weight, as the
groups of synonyms.py do. They are kept one group a line in FILE_NAME in the corpus
folder (hidden, so never read as an article; a moderator with a shell may edit it),
and read by the edge (bot/served.py), which serves them with the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .analysis import Analyzer
from .errors import QabotError
from .patterns import lazy

FILE_NAME = ".synonyms.txt"
# A group holds two words at least and MAX_WORDS at most; there are MAX_GROUPS at most:
# enough for a community's words, and the list stays readable in one Discord message.
MAX_WORDS = 10
MAX_GROUPS = 100
MAX_WORD_CHARS = 40
# The most of a file read: its groups fill a few kilobytes.
MAX_BYTES = 64 * 1024
# A word: letters and digits, with hyphens or apostrophes inside ("e-mail", "o'clock").
_WORD = lazy(r"\w+(?:['’-]\w+)*")
_SEPARATORS = lazy(r"[\s,;=/|]+")
_HEADER = (
    "# Words members use for the same thing, one group a line (qabot's /synonyms).\n"
    "# Each word finds passages using another of its line, weighted below the word itself.\n"
)


class SynonymsError(QabotError):
    """A group of synonyms that cannot be taken: the sentence says why and what to do."""


@dataclass(frozen=True)
class Community:
    """The groups, each its words as written (lowercase) and their terms, in order; the
    lines of the file that were not taken, each with why (a hand-edited file)."""

    groups: tuple[tuple[str, ...], ...] = ()
    terms: tuple[tuple[str, ...], ...] = ()
    skipped: tuple[str, ...] = ()


def group_of(typed: str, analyzer: Analyzer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a group as typed ("probe, lander spacecraft"), lowercase and each
    once, with their terms; raises SynonymsError naming the word that cannot be one."""
    words = [w.lower() for w in _SEPARATORS.split(typed.strip()) if w]
    words = list(dict.fromkeys(words))
    if len(words) > MAX_WORDS:
        raise SynonymsError(f"a group holds {MAX_WORDS} words at most")
    terms: list[str] = []
    for word in words:
        if len(word) > MAX_WORD_CHARS or not _WORD.fullmatch(word):
            raise SynonymsError(
                f"“{word[:MAX_WORD_CHARS]}” is not a word: give single words (letters and "
                "digits), separated by spaces"
            )
        found = analyzer.analyze(word)
        if not found:
            raise SynonymsError(f"“{word}” is too common a word to search for: leave it out")
        if len(found) > 1:
            raise SynonymsError(
                f"“{word}” is read as {len(found)} words; give single words, separated by spaces"
            )
        if found[0] not in terms:
            terms.append(found[0])
    if len(terms) < 2:
        raise SynonymsError(
            "a group needs two different words at least, separated by spaces "
            "(“probe lander”), where the words of one are read alike"
        )
    return tuple(words), tuple(terms)


def read(text: str, analyzer: Analyzer) -> Community:
    """The groups of a file's ``text``: a line each, ``#`` lines and blank ones aside;
    a line that cannot be a group is skipped, saying why and on which line."""
    groups, terms, skipped = [], [], []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if len(groups) >= MAX_GROUPS:
            skipped.append(f"line {number} on: more than {MAX_GROUPS} groups")
            break
        try:
            words, found = group_of(line, analyzer)
        except SynonymsError as error:
            skipped.append(f"line {number}: {error}")
            continue
        groups.append(words)
        terms.append(found)
    return Community(tuple(groups), tuple(terms), tuple(skipped))


def text_of(groups: Sequence[Sequence[str]]) -> str:
    """The file's text for ``groups``."""
    return _HEADER + "".join(" ".join(words) + "\n" for words in groups)


def added(community: Community, typed: str, analyzer: Analyzer) -> tuple[tuple[str, ...], ...]:
    """The groups once the group ``typed`` is added; raises SynonymsError where it
    cannot be (a word that is none, one group already holding all its words, too many)."""
    words, terms = group_of(typed, analyzer)
    for held, held_terms in zip(community.groups, community.terms, strict=True):
        if set(terms) <= set(held_terms):
            raise SynonymsError(f"“{' '.join(held)}” is a group already: nothing to add")
    if len(community.groups) >= MAX_GROUPS:
        raise SynonymsError(f"there are {MAX_GROUPS} groups already: remove one first")
    return (*community.groups, words)


def removed(community: Community, typed: str, analyzer: Analyzer) -> tuple[tuple[str, ...], ...]:
    """The groups once the group ``typed`` names is taken out (its words as listed, in any
    order, or any one of them where one group alone holds it); raises SynonymsError where
    none or several do."""
    asked = [w.lower() for w in _SEPARATORS.split(typed.strip()) if w]
    asked_terms = {t for word in asked for t in analyzer.analyze(word)}
    naming = [
        at
        for at, held_terms in enumerate(community.terms)
        if asked_terms and asked_terms <= set(held_terms)
    ]
    if not naming:
        raise SynonymsError(
            f"no group holds “{' '.join(asked)[:80]}”: /synonyms lists them"
            if asked
            else "give the words of the group to remove"
        )
    if len(naming) > 1:
        listed = "; ".join(" ".join(community.groups[at]) for at in naming)
        raise SynonymsError(f"several groups hold it ({listed}): give more of its words")
    return tuple(words for at, words in enumerate(community.groups) if at != naming[0])
