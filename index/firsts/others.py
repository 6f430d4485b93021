"""A first passage shown to be of something else gives way (of_another_first)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..asked import MONTHS, WEEKDAYS
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked
from ..seeming import capitalised
from .placing import LEDE_REACH, TIMED_NEAR, article_first, moved_first, nearly_first

# A first passage naming another of a kind asked gives way to one of its article naming
# none, this near (of_another_first): the first is shown to be of something else ("milton
# deaths?": "...several people were killed at a retirement community", 0.48 as relevant
# as "...after Hurricane Helene killed more than 200 people").
OTHER_NEAR = 0.4


def of_another_first(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where its first passage names another of a kind its article names
    asked (``_others_out``: "Hurricane Helene", the article naming "Hurricane Milton",
    asked of Milton), the first of the next LEDE_REACH - 1 of its article, TIMED_NEAR as
    relevant, that names no other so and holds each word asked that the first holds
    outside such names (by any of its terms), put first ("did anyone die?" after "what
    happened with hurricane milton?": "...several people were killed at a retirement
    community", not "The storm came two weeks after Hurricane Helene killed more than 200
    people")."""
    if len(ranked) < 2:
        return ranked
    asked = {t for w in query.words for t in w.alternatives}
    top = ranked[0].number
    title = index.info_of(top).title
    if opens_elsewhere(index, index.passages.text(top), query.question_terms, title):
        return _set_here_first(index, query, ranked, title)
    # a kind named in the title with what is asked is asked too: "milton deaths?" asks of
    # "Hurricane Milton makes landfall...", and so of a hurricane
    asked |= {
        name[0]
        for m in _RUNS.finditer(title)
        if (name := _name(index, m))[0] and asked.issuperset(name[1:])
    }
    # ...and a kind asked that the title names one of asks of that one: "how many died?"
    # after "tell me about the hurricane" asks of "Hurricane Milton makes landfall..."
    asked |= {
        term
        for m in _RUNS.finditer(title)
        if (name := _name(index, m))[0] in asked
        for term in name[1:]
        if term
    }
    first = index.passages.text(top)
    if not any(  # cheaply first: no name of a kind asked with a word not asked
        (name := _name(index, m))[0] in asked and not asked.issuperset(name)
        for m in _RUNS.finditer(first)
    ):
        return ranked
    span = index.span_of(top)
    texts = (index.info_of(top).title, *map(index.passages.text, span[:ARTICLE_NAMES]))
    names = {
        name for text in texts for m in _RUNS.finditer(text) if asked & set(name := _name(index, m))
    }
    outside = _others_out(index, first, names, asked)
    if outside == first:
        return ranked
    held = set(index.analyzer.analyze(outside))
    wanted = [w.alternatives.keys() for w in query.words if held.intersection(w.alternatives)]
    if not wanted:
        return ranked

    def of_none_other(number: int) -> bool:
        text = index.passages.text(number)
        terms = set(index.analyzer.analyze(text))
        return _others_out(index, text, names, asked) == text and all(terms & w for w in wanted)

    return article_first(index, ranked, of_none_other, OTHER_NEAR)


# Runs of two capitalised words or more: "Hurricane Helene"; "Bank of Japan" is none.
_RUNS = lazy(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")
# How many passages of an article are read for the names it writes (its opening's).
ARTICLE_NAMES = 12
# A name's first word is a kind ("Hurricane") where the corpus writes it with a capital
# less often than this (other than first in a sentence: seeming.capitalised).
KIND_CAPITALISED = 0.8


def _name(index: Index, run: re.Match[str]) -> tuple[str, ...]:
    """The term of each word of the name ``run`` matched ("" for a word of none)."""
    return tuple(next(iter(index.analyzer.analyze(word)), "") for word in run.group().split())


def _others_out(index: Index, text: str, names: set[tuple[str, ...]], asked: set[str]) -> str:
    """``text`` without the names it writes of another of a kind that ``names`` (terms)
    name one of asked: of as many words, the first the same, asked, and a word of a kind,
    which the corpus also writes in small letters ("Hurricane", "the hurricane reached the
    coast", not "Harvard": "Harvard Yard" is no other Harvard Library), and in another
    place one not asked where the name asked has a word asked ("Helene", not "Milton").
    "National Hurricane Center" is of no hurricane's kind; "Yale University" is not told
    apart from "Harvard University" (ReQA's "What is Harvard's most intense rival?" asks
    another university)."""
    kept = text
    for m in _RUNS.finditer(text):
        run = _name(index, m)
        for name in names:
            if len(name) != len(run) or name == run:
                continue
            pairs = list(zip(run, name, strict=True))
            if (
                run[0] == name[0]
                and run[0] in asked
                and any(a != b and b in asked and a not in asked for a, b in pairs)
                and capitalised(index, run[0]) < KIND_CAPITALISED
            ):
                kept = kept.replace(m.group(), " ")
                break
    return kept


# A sentence set in another place: "In neighbouring Oman, at least 18 people were killed..."
# (not in a time: "In January, Myanmar gifted six elephants...")
_SET_IN = lazy(
    r"\W*In\s+(?:neighbouring\s+|neighboring\s+|nearby\s+)?"
    rf"(?!(?i:{MONTHS}|{WEEKDAYS})\b)((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*),",
)


def opens_elsewhere(index: Index, text: str, asked: Iterable[str], title: str) -> bool:
    """Whether ``text`` opens in a place (_SET_IN) that neither the question (its terms,
    ``asked``) nor its article's ``title`` names: what it tells is of another ("did anyone
    die in the dubai floods?" is not told by "In neighbouring Oman, at least 18 people
    were killed in flash floods", the Dubai article's)."""
    found = _SET_IN.match(text)
    if found is None:
        return False
    analyze = index.analyzer.analyze
    return set(analyze(found[1])).isdisjoint({*asked, *analyze(title)})


def _set_here_first(index: Index, query: Query, ranked: list[Ranked], title: str) -> list[Ranked]:
    """``ranked`` with the first of the next LEDE_REACH - 1 of its first passage's article,
    OTHER_NEAR as relevant, that opens in no other place and holds each word asked that
    the first holds and the ``title`` does not, put first: the first is set elsewhere
    ("how many people died in the dubai floods?": "At least one person died in the emirate
    of Ras Al Khaimah...", not "In neighbouring Oman, at least 18 people were killed...")."""
    analyze = index.analyzer.analyze
    titled = set(analyze(title))
    first = set(analyze(index.passages.text(ranked[0].number)))
    wanted = [
        terms for w in query.words if (terms := set(w.alternatives)) & first and not terms & titled
    ]

    def here(number: int) -> bool:
        text = index.passages.text(number)
        held = set(analyze(text))
        elsewhere = opens_elsewhere(index, text, query.question_terms, title)
        return not elsewhere and all(held & terms for terms in wanted)

    return article_first(index, ranked, here, OTHER_NEAR)


# A passive question closing on its agent ("how many customers were affected by the
# breach?", "how many homes were destroyed by the fire?") asks of what that names.
_BY_AGENT = lazy(r"\bby\s+(?:the\s+|a\s+|an\s+)?((?:[\w'’-]+\s*){1,3})\W*$", re.I)


def agent_here_first(
    index: Index, question: str, query: Query, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` closes on the agent of what it asks (_BY_AGENT)
    and neither its first passage nor that one's title holds each of the agent's words
    (by any of its terms), the first of the next LEDE_REACH - 1 of another article,
    TIMED_NEAR as relevant, whose text or title does, put first: the first is of
    something else ("how many customers were affected by the breach?": "British retailer
    Marks & Spencer said ... that hackers had stolen some personal data of its
    customers", more relevant than "Microsoft said fewer than 1 percent of Windows
    machines were affected", of the CrowdStrike outage, which a count put first)."""
    by = _BY_AGENT.search(question)
    if not by or len(ranked) < 2:
        return ranked
    written = set(re.findall(r"[\w'’-]+", by[1].lower()))
    agent = [
        set(w.alternatives)
        for w in query.own_words
        if w.alternatives and w.written.lower() in written
    ]
    if not agent:
        return ranked
    analyze = index.analyzer.analyze

    def holds(number: int) -> bool:
        held = set(analyze(index.passages.text(number))) | set(analyze(index.info_of(number).title))
        return all(held & terms for terms in agent)

    top = ranked[0].number
    if holds(top):
        return ranked
    span = index.span_of(top)  # ...of another article: in its own, the sentence before one
    # naming the agent may be whom it tells of ("who was replaced by emmett shear?": "Mira
    # Murati ... had briefly served as interim chief executive. She was replaced...")
    nearly = nearly_first(ranked, LEDE_REACH, TIMED_NEAR)
    for r, close in zip(ranked[1:LEDE_REACH], nearly[1:], strict=False):
        if close and r.number not in span and holds(r.number):
            return moved_first(ranked, r)
    return ranked
