"""Whom the first passage describes, quotes or speaks of, named second (named_second)."""

from __future__ import annotations

import re

from ..defining import subject_asked
from ..index import Index
from ..patterns import lazy
from ..ranking import Ranked
from ..rerank import FUNCTION_WORDS, names_someone_new
from ..seeming import written_as_name
from .placing import DEFAULT_TOP, as_sure_as, sentence_before
from .quotes import SAID_BY_PRONOUN

# A sentence that begins with a name: two capitalised words, the first no function word
# ("General Min Aung Hlaing, who...", "Morgan Michaels, a researcher"; not "The Kremlin").
_BEGINS_NAMED = lazy(r"[\"“‘']?([A-Z][\w’'-]*)\s+[A-Z][\w’'-]+")
# ...or that lists whom, then names them ("Those killed were Stockton Rush, chief
# executive of OceanGate...", "The victims included Anna Lee").
LISTS_NAMED = lazy(
    r"(?:Those|The|Among)\b[^.,;:]{0,40}?\b(?:were|was|are|is|included|include|includes)\s+"
    r"([A-Z][\w’'-]*)\s+[A-Z][\w’'-]+"
)
# Capitalised words that begin a sentence and no name: the function words a name's words
# never are (rerank.py's), and these.
_NOT_NAMES = FUNCTION_WORDS | frozenset(
    "after before our we but when while if since no not some many most several all both "
    "each other every".split()
)
_WHO = lazy(r"\bwho(m|se)?\b|\bname\b", re.IGNORECASE)  # "who", "the name of"
# How far after the first passage the sentence naming its person may come: news gives a
# lede of up to three sentences, then names ("The leader of Myanmar's military junta
# has arrived..." is followed two sentences on by "General Min Aung Hlaing, who...").
NAMED_WITHIN = 3


def named_second(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who (_WHO), the sentence naming whom its
    first passage describes by role (_named_after), quotes by a pronoun
    (_speaker_before) or speaks of by a noun alone (_named_before) second; where it
    speaks of one by a pronoun, the sentence naming them first (_pronoun_named_first)."""
    if not _WHO.search(question):
        return ranked
    if (named := _pronoun_named_first(index, question, ranked)) is not ranked:
        return named
    if (named := _named_next_first(index, question, ranked)) is not ranked:
        return named
    ranked = _speaker_before(index, question, _named_after(index, question, ranked))
    return _named_before(index, question, ranked)


# A sentence whose subject is a pronoun standing for whom the one before named, and
# "who?" asked of them
# ("This was the first time...": "this" standing alone for what the one before told)
_BY_PRONOUN = lazy(r"\W*(she|he|they|this(?=\s+(?:was|is|has|had)\b))\b", re.I)
_WHO_ASKED = lazy(r"\bwho(?:m|se)?\b", re.I)


def _pronoun_named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where its first passage opens with a pronoun (_BY_PRONOUN) the
    question does not write and the sentence before, in its article, names someone the
    question does not, that sentence first and the first second: the pronoun is whom
    "who?" asks ("who did he replace?" after "who is emmett shear?": "Mira Murati, the
    chief technology officer, had briefly served as interim chief executive.", then
    "She was replaced after two days by Emmett Shear...")."""
    if not _WHO_ASKED.search(question) or subject_asked(question):
        # not "what name did the new pope choose?" ("He took the name Leo XIV..."), nor
        # "who is emmett shear?" ("She was replaced ... by Emmett Shear, a co-founder...")
        return ranked
    top = ranked[0].number
    pronoun = _BY_PRONOUN.match(index.passages.text(top))
    if pronoun is None or re.search(rf"\b{pronoun[1]}\b", question, re.I):
        return ranked
    before = sentence_before(index, top)
    if before < 0:
        return ranked
    if not names_someone_new(" " + index.passages.text(before), question):
        return ranked
    found = next((r for r in ranked if r.number == before), None)
    rest = [r for r in ranked[1:] if r.number != before]
    return [found or as_sure_as(ranked[0], before), ranked[0], *rest]


# How relevant the sentence after a first naming no one must be to go before it
NEXT_NEAR = 0.5


def _named_next_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where "who?" is asked (not who someone is) and its first passage
    names no one the question does not, the sentence right after it in its paragraph,
    naming someone, among the first DEFAULT_TOP and NEXT_NEAR as relevant, first: news
    and reference alike say what was done, then by whom ("Who was the first known
    European to visit China and return?": "The first recorded travels by Europeans to
    China and back date from this time.", then "The most famous traveler of the period
    was the Venetian Marco Polo...")."""
    if not ranked or not _WHO_ASKED.search(question) or subject_asked(question):
        return ranked
    top = ranked[0]
    if names_someone_new(" " + index.passages.text(top.number), question):
        return ranked
    after, passages = top.number + 1, index.passages
    if after >= len(passages) or passages.article[after] != passages.article[top.number]:
        return ranked
    if passages.column("paragraph")[after] != passages.column("paragraph")[top.number]:
        return ranked
    found = next((r for r in ranked[:DEFAULT_TOP] if r.number == after), None)
    if found is None or found.relevance < NEXT_NEAR * top.relevance:
        return ranked
    following = passages.text(after)
    if not names_someone_new(" " + following, question) and not _opens_named(
        index, following, question
    ):
        return ranked
    return [found, *[r for r in ranked if r.number != after]]


def _opens_named(index: Index, text: str, question: str) -> bool:
    """Whether ``text`` opens with one word the corpus writes as a name (capitalised past
    a sentence's start at least as often as not) that ``question`` does not name:
    "Aristotle misinterpreted this motion..."."""
    first = _FIRST_WORD.match(text)
    if first is None or first[1].lower() in _NOT_NAMES or not first[1][1:].islower():
        return False  # (an acronym names a body, not someone: "MSPs do not tend to...")
    if re.search(rf"\b{re.escape(first[1])}\b", question, re.I):
        return False
    # (a word the corpus writes, looked up: no stemmer loaded for it at a cold start)
    if not index.vocabulary.term_of(index.analyzer.normalised(first[1])):
        return False
    return written_as_name(index, first[1])


_FIRST_WORD = lazy(r"\W*([A-Z][\w'’]+)\b(?!-)")  # (not "Russian-made")


# A sentence speaking of what the one before named by a noun alone: "The delegation..."
BY_NOUN = r"the\s+[a-z]+\b(?!\s+of\b)"
_THE_NOUN = lazy(rf"\W*{BY_NOUN}", re.I)


def _named_before(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, second, the sentence before the first passage where that passage,
    past its article's first paragraph, speaks of a thing named before by a noun alone
    (_THE_NOUN) and names no one, and the sentence before, in its paragraph, names
    someone the question does not: "who is in the delegation?" is told by "...Min Aung
    Hlaing is accompanied by other members of the ruling military council and cabinet"
    before "The delegation aims to strengthen cooperation across various sectors."."""
    top, columns = ranked[0].number, index.passages.column
    text = index.passages.text(top)
    if columns("paragraph")[top] == 1 or columns("sentence")[top] == 1:
        return ranked
    if not _THE_NOUN.match(text) or names_someone_new(text, question):
        return ranked
    before = top - 1
    named = names_someone_new(" " + index.passages.text(before), question)
    return _second(ranked, before) if named else ranked


def _named_after(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, second, the first of the NAMED_WITHIN sentences after the first
    passage that begins with a name the question lacks, where that passage is in its
    article's first paragraph and names no one new (a list of names, whoever it names):
    a news article's lede describes a
    person by role and the sentences after name them ("The leader of Myanmar's military
    junta has arrived..." then "General Min Aung Hlaing, who launched the coup..."), or
    that lists whom it names ("The five people aboard the Titan submersible were
    killed..." then "Those killed were Stockton Rush, ...")."""
    top = ranked[0]
    text = index.passages.text
    if index.passages.column("paragraph")[top.number] != 1:  # the lede: the first paragraph
        return ranked
    # a lede naming another ("..., the US Coast Guard said") is still followed by a list
    names_another = names_someone_new(text(top.number), question)
    article = index.passages.article
    for after in range(top.number + 1, min(top.number + 1 + NAMED_WITHIN, len(index.passages))):
        if article[after] != article[top.number]:
            return ranked
        following = text(after)
        begins = LISTS_NAMED.match(following) or (
            None if names_another else _BEGINS_NAMED.match(following)
        )
        if (
            begins
            and begins.group(1).lower() not in _NOT_NAMES
            and names_someone_new(" " + following, question)
        ):
            break
    else:
        return ranked
    return _second(ranked, after)


def _speaker_before(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, second, the sentence before the first passage where that passage
    names whoever speaks by a pronoun alone ('"We will not leave anyone behind," he told
    reporters') and the sentence before, in its article, names someone the question
    does not ("President Gabriel Boric declared..."): who said it, which the quote
    alone did not say."""
    top = ranked[0].number
    quote, before = index.passages.text(top), sentence_before(index, top)
    if not SAID_BY_PRONOUN.search(quote) or names_someone_new(quote, question):
        return ranked
    if before < 0:
        return ranked
    named = names_someone_new(" " + index.passages.text(before), question)
    return _second(ranked, before) if named else ranked


def _second(ranked: list[Ranked], number: int) -> list[Ranked]:
    """``ranked`` with the passage ``number`` second, after the first; where rank() did
    not find it (it holds no question word), as sure as the first passage it goes with."""
    top = ranked[0]
    rest = [r for r in ranked[1:] if r.number != number]
    found = next((r for r in ranked if r.number == number), None)
    return [top, found or as_sure_as(top, number), *rest]
