"""Where: a passage naming the place asked first."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..asked import DESTINATION, FLED_TO, asks_destination, is_past
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked, numbers_of
from ..seeming import (
    article_writes,
    named_asked,
    term_ids,
    title_ids,
    typed_names,
    writes_together,
)
from .placing import (
    DEFAULT_TOP,
    TIMED_NEAR,
    WORDS,
    first_telling_first,
    holds_any,
    moved_first,
    own_word,
    put_first,
    put_first_in_its_article,
    told_first,
    told_in_first_article,
)

# "Where?" asks a place: a name after a word of place ("taking off from Ahmedabad", "in
# the Sagaing region") or of a region ("struck central Chile") that the question does not
# name ("according to MRTV" names none), nor a time or a field ("in March", "the Nobel
# Prize in Literature": "where did alice munro die?" quoted that before "She died ... at
# a care home in Port Hope, Ontario").
ASKS_WHERE = lazy(r"^\W*(?:\w+\s+)?where\b", re.I)
_NO_PLACE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Literature"
    r"|Medicine|Physics|Chemistry|Economics|Physiology|English)\b"
)
_PLACE = lazy(
    r"\b(?<![Aa]ccording )(?:(?:in|at|from|near|to|into|outside|across|off|throughout|within"
    r"|towards?|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern"
    r"|eastern|western)\s+)?|(?:central|northern|southern|eastern|western)\s+"
    # ...or a bearing from one ("centred 40 kilometres south-west of the city of Talca")
    r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
    r"(?:the\s+(?:city|town|village|capital|island|coast)\s+of\s+)?"
    # ...or "on" a country's ("on Iceland's Reykjanes peninsula")
    r"|on\s+(?=[A-Z][\w-]*['’]s\s))"
    # ...past a possessive ("in Iceland's south")
    r"(?:[A-Z][\w-]*['’]s\s+)?"
    # (a name of letters: "retirement from T20 international cricket" names none; nor
    # does an adjective of a place whose name follows: "in the Spanish region of Valencia")
    rf"(?!{_NO_PLACE})([A-Z][^\W\d_][\w-]*)"
    r"(?![\w-])(?!\s+(?:region|province|state|city|town|capital|island|coast|county|district)\s+of\b)"
    # ...nor does a body's name ("Scientists at the Icelandic Meteorological Office said...")
    r"(?!(?:\s+[A-Z][\w-]*)*\s+(?:Office|Agency|Service|Institute|Bureau|Ministry|Department"
    r"|Board|Administration)\b)"
)


def bound(text: str) -> bool:
    """Whether ``text`` tells where a journey was to end (DESTINATION) or where people
    fled or were sent (FLED_TO), as a follow-up asking where they went reads it."""
    return bool(DESTINATION.search(text) or FLED_TO.search(text))


def placed_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks where and its first passage names no
    place it does not (_PLACE), the first of the next DEFAULT_TOP - 1 that does, nearly
    as relevant, put first: "where did the air india plane take off from?" quoted "...why
    the plane lost power" before "...seconds after taking off from Ahmedabad". Asked
    where one did what a closing verb says, where none of the first says it, the first
    sentence of the first's article saying it done in a place, as sure as the first
    (_placed_done_first); asked otherwise, where none of those names a place, the first
    of the first's article that does, holding what the first holds (_placed_in_article)."""
    if not ASKS_WHERE.match(question):
        return ranked
    places = place_telling(question)
    if asks_destination(question):  # "...leaving the port for Sri Lanka" tells it too
        # (and "Evacuees drove west toward British Columbia")
        return put_first(index, ranked, lambda text: bound(text) or places(text))
    if (done := _placed_done_first(index, question, query, ranked, places)) is not None:
        return done
    told = first_telling_first(index, ranked, places)
    return told if told is not None else _placed_in_article(index, query, ranked, places)


# "Where?", "where was that?", "where did it happen?"
WHERE_ALONE = lazy(
    r"^\W*(?:and\s+|so\s+)?where(?:\s+(?:was|is|did)\s+(?:that|it|this)(?:\s+happen)?)?\W*$",
    re.I,
)


# The place a question closes on, typed after "in" or "at" ("...collapse in bangkok?")
_IN_PLACE = lazy(r"\b(?:in|at)\s+([\w'’-]+)\W*$", re.I)


def in_place_first(index: Index, query: Query, ranked: list[Ranked], question: str) -> list[Ranked]:
    """``ranked`` with, where ``question`` closes on a place after "in" or "at" that the
    corpus writes as a name or a country (``named_asked``) and the first passage does not
    name, the first of the next DEFAULT_TOP - 1 of the first's article naming it, nearly
    as relevant (TIMED_NEAR), put first: what is asked of a place is told where it is
    named ("did buildings collapse in bangkok?": "It was felt as far away as Bangkok, ...
    where a 30-storey tower under construction fell down", not Mandalay's "...damaged
    buildings could collapse in aftershocks")."""
    found = _IN_PLACE.search(question)
    if found is None or len(ranked) < 2:
        return ranked
    place = found.group(1).lower()
    named = [w for w in named_asked(index, query, question) if w.written.lower() == place]
    if not named:
        return ranked
    # ...not the subject the article is titled with ("will rates rise further in japan?"
    # of "Bank of Japan ends negative interest rates": "Economists said further rate
    # increases were likely...")
    title = title_ids(index, ranked[0].number)
    if term_ids(index, named[0].alternatives) & title:
        return ranked
    terms = set(named[0].alternatives)
    return put_first_in_its_article(
        index, ranked, lambda text: holds_any(index, text, terms), DEFAULT_TOP, TIMED_NEAR
    )


def whole_name_first(
    index: Index, query: Query, ranked: list[Ranked], question: str
) -> list[Ranked]:
    """``ranked`` with, where ``question`` types a name of two words the corpus writes
    capitalised (``typed_names``: "new delhi") and its first passage holds one of them alone
    in an article never writing the name, the first of the next DEFAULT_TOP - 1 writing the
    name whole, nearly as relevant (TIMED_NEAR), put first: a part of a name out of it
    names something else ("what is new delhi trying to do?" is told by "Analysts say New
    Delhi wants to balance its ties...", not by the election's "...Modi told supporters in
    Delhi"), where in an article writing the name it is the name said again ("who is jonas
    vingegaard?": "Vingegaard, the Danish rider...")."""
    if len(ranked) < 2:
        return ranked
    top = ranked[0].number
    text = index.passages.text(top)
    for first, second in typed_names(index, query, question):
        held = [holds_any(index, text, set(w.alternatives)) for w in (first, second)]
        if all(held) or not any(held):  # (both apart: "the Great Moscow State Circus")
            continue
        if article_writes(index, top, first, second):
            continue
        return put_first(
            index, ranked, lambda t, a=first, b=second: writes_together(index, (t,), a, b)
        )
    return ranked


def _placed_in_article(
    index: Index, query: Query | None, ranked: list[Ranked], places: Callable[[str], bool]
) -> list[Ranked]:
    """``ranked`` with, where none nearly as relevant as its first passage names a place,
    the first sentence of the first's article naming one and holding each of ``query``'s
    own words the first holds (not those it asks by: "played") put first: "where was the
    final played?" quoted "South Africa were playing in their first men's World Cup
    final" before its opening's "...in a tense final at Kensington Oval in Barbados"."""
    if not ranked or query is None:
        return ranked
    terms_of = index.docs.terms_of
    top = ranked[0]
    first = set(terms_of(top.number).tolist())
    words = [
        ids & first
        for w in query.own_words
        if not w.asks and (ids := term_ids(index, w.alternatives))
    ]
    held = [ids for ids in words if ids]
    if not held:  # "where were they from?" after the Titan: no word says of what
        return ranked

    def telling(number: int) -> bool:
        terms = set(terms_of(number).tolist())
        return all(ids & terms for ids in held) and places(index.passages.text(number))

    told = told_first(ranked, top, index.span_of(top.number), telling)
    return ranked if told is None else told


# "Where did the alaska airlines plane land?": where one did what the closing verb says,
# which the sentence naming the place says in the past ("The pilots turned back and
# landed safely in Portland", tenth), not the airline, nor the place one did another
# thing ("...minutes after the plane took off from Portland, Oregon", the opening), nor
# the noun the verb is too ("Where did Iroquois Confederation control?": not "The change
# of control in Florida...")
_ASKS_WHERE_DONE = lazy(r"^\W*where\s+did\s+.+?\s+([a-z]+)\W*$", re.I)


def _placed_done_first(
    index: Index,
    question: str,
    query: Query | None,
    ranked: list[Ranked],
    places: Callable[[str], bool],
) -> list[Ranked] | None:
    """``ranked`` with, where ``question`` asks where one did what its closing verb says
    (_ASKS_WHERE_DONE) and its first passage does not tell it, a passage of the first's
    article naming a place (``places``) and writing the verb in the past first: where the
    first names no place and none of its first DEFAULT_TOP holds the verb, the first of
    the article's; where one of them does, the first of those so, however less
    relevant; where the first names a place but holds no verb, the first of those so,
    TIMED_NEAR as relevant. None where it asks no such thing or none does."""
    asked = _ASKS_WHERE_DONE.match(question)
    verb = own_word(query, asked.group(1).lower()) if query and asked and ranked else None
    if verb is None:
        return None

    def telling(text: str) -> bool:
        return places(text) and any(
            t.term in verb.alternatives and is_past(t.word) for t in index.analyzer.tokens(text)
        )

    holding = index.bm25.holding(verb.alternatives, numbers_of(ranked, DEFAULT_TOP))
    placed = places(index.passages.text(ranked[0].number))
    if placed and holding[0]:
        return None
    if placed or holding.any():
        # ...or of the first, one of the first's article so, however less relevant ("where
        # did it end?" after the Tour de France: "The Tour finished outside Paris...", not
        # the opening's "...finishing the race 6 minutes and 17 seconds ahead of..."); where
        # the first names a place, nearly as relevant ("where did the mpox outbreak
        # start?": "The outbreak began in the Democratic Republic of Congo...", not the
        # opening's "...a rapidly spreading outbreak of mpox in Africa")
        article = index.passages.article
        least = TIMED_NEAR * ranked[0].relevance if placed else 0.0
        for r in ranked[1:DEFAULT_TOP]:
            same = article[r.number] == article[ranked[0].number] and r.relevance >= least
            if same and telling(index.passages.text(r.number)):
                return moved_first(ranked, r)
        return None
    return told_in_first_article(index, ranked, telling)


def place_telling(question: str) -> Callable[[str], bool]:
    """Whether a sentence names a place (_PLACE) that ``question`` does not."""
    asked = {w.casefold() for w in WORDS.findall(question)}

    def places(text: str) -> bool:
        return any(m.group(1).casefold() not in asked for m in _PLACE.finditer(text))

    return places
