"""The passage naming the kind of thing asked: which one, its model, its name, the most."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ..asked_amounts import is_plural_noun
from ..asked_by import BIRTH_NAME
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked
from ..rerank import new_name
from ..seeming import countries_named
from .ages import NAME
from .ledes import winner_kind
from .places import ASKS_WHERE, place_telling
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    LEDE_REACH,
    WORDS,
    first_as_sure_as,
    first_telling_first,
    holds_any,
    holds_each,
    put_first,
    put_first_in_its_article,
    sentence_before,
    told_in_first_article,
)

# "What is X called?" is answered first by a sentence giving a name so among the first
# NAMED_REACH nearly as relevant (named_first): "The Smart Lander for Investigating Moon,
# or SLIM, ..." was fourth for "whats the lander called", after three naming no lander.
NAMED_REACH = 10


# "Which foods were the worst?", "what was the biggest fire?", "what are the most powerful
# drugs?": a superlative asked (its word, or the one after "most")...
_ASKS_MOST = lazy(
    r"^\W*(?:which|what)\s+(?P<kind>[\w-]+)\b.*\bthe\s+(?:(?:most|least)\s+(?P<so>[\w-]+)"
    r"|(?P<est>worst|best|riskiest|deadliest|strongest|weakest|highest|lowest|biggest|largest"
    r"|greatest))\b(?P<of>(?:\s+(?!(?:in|of|at|on|for|by|to|from|ever|so\s+far)\b)[\w-]+)*)",
    re.I,
)
# ...or where or which most of something was ("where did most people die?"), which a
# sentence tells by "most of" them
_ASKS_MOST_OF = lazy(r"^\W*(?:where|which|what|who)\b.*(?<!\bthe)\s+most\s+(?!of\b)\w", re.I)
_MOST_OF = lazy(r"\b[Mm]ost\s+of\s+(?:the|them|those|these)\b")
_NAME_WITHIN = lazy(r"(?<=\w[\s,])[A-Z][\w'’-]+")  # a capital past a sentence's first word
# ...which a sentence tells by one of its own, whatever its word
# (not "at least 24 people")
_MOST = lazy(
    r"\b(?:worst|best|(?<!at\s)(?:most|least)|(?:strong|high|low|larg|bigg|great|deadli|weak|riski|fast"
    r"|steep|sharp|heavi|hott|small|long)est)\b",
    re.I,
)


# "Which countries saw it?": countries, more than one
_ASKS_COUNTRIES = lazy(r"\b(?:which|what)\s+(?:other\s+)?(?:countries|nations)\b", re.I)


def most_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks a superlative (_ASKS_MOST) whose word its
    first passage does not write, the first of the next two, nearly as relevant, that
    writes one (_MOST) put first: "which foods were the worst in the study?" is told by
    "...found the strongest links for processed meat...", not "Other scientists noted that
    the study was observational..."; "what was the biggest la fire?" by "The largest fire,
    in the coastal neighbourhood of Pacific Palisades...", not the opening's toll. "The
    most influence" written tells it as it is."""
    if not ranked:
        return ranked
    if _ASKS_MOST_OF.match(question):  # "where did most people die in the valencia
        # floods?": "Most of the dead were in towns south of the city of Valencia...", not
        # the opening's "...killed at least 211 people" (asked where, naming a place, or a
        # name the question does not: not "Most of the cases are in children who were not
        # vaccinated")
        asked = {w.casefold() for w in WORDS.findall(question)}
        where = place_telling(question) if ASKS_WHERE.match(question) else None

        def told(text: str) -> bool:
            if not _MOST_OF.search(text):
                return False
            if where is None:
                return True
            named = (m[0].casefold() not in asked for m in _NAME_WITHIN.finditer(text))
            return where(text) or any(named)

        return put_first(index, ranked, told)
    asked = _ASKS_MOST.match(question)
    if not asked:
        return ranked
    analyze = index.analyzer.analyze
    word = set(analyze(asked["so"] or asked["est"]))
    if holds_any(index, index.passages.text(ranked[0].number), word):
        return ranked
    # ...of what it is asked of, a word after it ("the worst earthquake", "the biggest la
    # fire") or after "which" ("which foods were the worst?"): not "Chile ... is one of the
    # most seismically active countries in the world" for "what was the worst earthquake in
    # chile?"
    of = set(analyze(asked["of"])) or set(analyze(asked["kind"]))

    def tells(text: str) -> bool:
        return bool(_MOST.search(text)) and holds_any(index, text, of)

    return put_first(index, ranked, tells)


# ...or whether other countries did something ("did other countries help?")
_ASKS_COUNTRIES_DID = lazy(
    r"^\W*(?:did|have|has|do|does|will|are|were)\s+(?:any\s+)?(?:other\s+)?"
    r"(?P<countries>countries|nations)\b",
    re.I,
)


def countries_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, for "which countries?" (_ASKS_COUNTRIES), the first of the next
    DEFAULT_TOP - 1, AMOUNT_NEAR as relevant, naming two countries or more put first:
    "which countries saw the eclipse?" is told by "Millions of people across Mexico, the
    United States and Canada watched...", not "The next total solar eclipse visible from
    the contiguous United States..."; where none does, as _countries_did_first says."""
    if _ASKS_COUNTRIES.search(question):
        ranked = put_first(index, ranked, _names_countries(index), DEFAULT_TOP, AMOUNT_NEAR)
    return _countries_did_first(index, question, query, ranked)


def _countries_did_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whether other countries did something
    (_ASKS_COUNTRIES_DID), or which did (_ASKS_COUNTRIES), and its first passage names
    fewer than two, the first sentence of its article naming two or more and holding each
    other word asked, however less relevant, put first: "myanmar earthquake | did other
    countries help?" is told by "Rescue teams from China, India and Russia have arrived,
    but aid groups say..." (aid: help), not "The quake hit at midday near the city of
    Mandalay, the country's second largest", holding "country"; "hajj heat | which
    countries were the dead from?" by "Egypt said 672 of its citizens had died, and
    Jordan, Indonesia and Tunisia also reported deaths", not the opening's "More than
    1,300 people died during this year's hajj pilgrimage in Saudi Arabia"."""
    if query is None or not ranked:
        return ranked
    if not (_ASKS_COUNTRIES_DID.match(question) or _ASKS_COUNTRIES.search(question)):
        return ranked
    words = [
        set(w.alternatives)
        for w in query.own_words
        if w.alternatives and w.written.lower() not in ("countries", "nations")
    ]
    named = _names_countries(index)
    return (
        told_in_first_article(index, ranked, lambda t: named(t) and holds_each(index, t, words))
        or ranked
    )


def _names_countries(index: Index) -> Callable[[str], bool]:
    """Whether a text names two countries at least (``seeming.countries_named``)."""
    return lambda text: countries_named(index.analyzer, text) > 1


# "What kind of plane was it?", "what plane crashed?", "which jets did they buy?": asks
# the model, which news names by its maker and number or by its name ("The Boeing 787
# Dreamliner, flight AI171, ...", "Passengers on the Airbus A350 slid down...", "Swedish-
# made Gripen fighter jets over American F-16s"). The makers are written here: no offline
# library lists them.
_ASKS_MODEL = lazy(
    r"^\W*(?:what|which)(?:'s|’s|\s+(?:is|was|were|are))?\s+(?:(?:kind|type|model|make|"
    r"sort)s?\s+of\s+)?(?:planes?|aircraft|jets?|airliners?|airplanes?|helicopters?)\b",
    re.I,
)
_MODEL = lazy(
    r"\b(?:Boeing|Airbus|Embraer|Bombardier|ATR|Cessna|Gulfstream|Antonov|Tupolev|Ilyushin"
    r"|Sukhoi|Comac|Lockheed|Dassault)\s+(?:[A-Z]+-?)?\d|\b(?:Su|MiG|F|Tu|An|Il|Yak|Mi)-\d"
    r"|\b(?:Gripen|Rafale|Eurofighter|Dreamliner|Concorde)\b"
)
# ...or by the model alone, as news writes it again ("...ordered 171 Max 9 planes"; "The
# strike stops work on the 737 MAX..."): a first naming one so names one (not a number
# alone: "It is the first fatal crash of a 787..." says less than "The Boeing 787
# Dreamliner, flight AI171, ...")
_MODEL_ALONE = lazy(r"\b(?i:max)\s+\d+\b|\b\d{3}\s+(?i:max)\b")


def model_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what kind of plane (_ASKS_MODEL) and its
    first passage names no model (_MODEL), the first sentence of the first's article that
    does put first, as sure as the first: it need say none of the question's words ("The
    Boeing 787 Dreamliner, flight AI171, reached a height of..." for "what kind of plane
    crashed in ahmedabad?"; "Passengers on the Airbus A350 slid down...", 0.47 as
    relevant as the opening on the Haneda crash)."""
    if not ranked or not _ASKS_MODEL.match(question):
        return ranked
    if _MODEL_ALONE.search(index.passages.text(ranked[0].number)):
        return ranked  # "which planes were grounded?": "...ordered 171 Max 9 planes..."

    def models(text: str) -> bool:  # ...or alone ("which planes are affected by the boeing
        # strike?": "The strike stops work on the 737 MAX, the 777 and the 767...")
        return bool(_MODEL.search(text) or _MODEL_ALONE.search(text))

    return told_in_first_article(index, ranked, models) or ranked


# "Which airline had the door plug incident?", "what bank raised rates?": asks one named
# with the kind's word in its name ("...out of an Alaska Airlines Boeing 737 Max 9") or
# beside it ("The Louvre, the world's most visited museum"), or,
# as "which airlines were hit?", those its news lists.
_ASKS_KIND_NAMED = lazy(
    r"^\W*(?:which|what)\s+(airline|company|bank|club|team|party|agency|university|court"
    r"|carrier|union|network|newspaper|council|committee|group|institute|museum)(s|es)?\b"
    # ...or in the plural of "y" ("which companies cut jobs?")
    r"|^\W*(?:which|what)\s+(compan|part|agenc|universit)(ies)\b",
    re.I,
)


def _listing(kind: str, unsaid: bool = True) -> re.Pattern[str]:
    """Where a sentence lists names of ``kind`` (singular): "...airlines including Delta,
    United and American", "brands such as M&M's, Snickers and Twix", "towns south of the
    city of Valencia, such as Paiporta" (a few words between), or (``unsaid``) three
    names or more, the kind unsaid ("...taking Aleppo, Hama and Homs")."""
    said = rf"\b(?i:{kind})(?:s|es)?\b[^.;:]{{0,40}}?,?\s+(?:including|such\s+as|like)\s+[A-Z]"
    return re.compile(rf"{said}|\b{NAME}(?:,\s+{NAME})+,?\s+and\s+{NAME}" if unsaid else said)


# "What brands does kellanova make?", "which drugs...": a plural kind asked of any word
_ASKS_KINDS = lazy(r"^\W*(?:which|what)\s+([a-z]+)\b", re.I)
# ...not a verb ("what happens if kids break the ban?": "Parents and children will not be
# punished for breaking the rules", not the list of platforms it covers)
_NO_KINDS = frozenset(
    "happens makes causes means matters remains needs comes goes seems looks keeps "
    "stops helps works counts sets puts gets takes gives lets".split()
)


# A kind asked and nothing else ("which union?")
_KIND_ALONE = lazy(r"^\W*(?:so\s+|and\s+)?(?:which|what)\s+\w+\W*$", re.I)


def _the_kind(kind: str) -> re.Pattern[str]:
    """The kind's word after "the", naming none ("The union had asked...")."""
    return re.compile(rf"\bthe\s+{kind}\b", re.I)


def kind_named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks which one of a kind (_ASKS_KIND_NAMED) and
    its first passage names none with the kind's word in its name ("Alaska Airlines",
    "Bank of Japan"), the first of the next DEFAULT_TOP - 1 nearly as relevant that does;
    asked which of any kind in the plural, one listing them (_listing), or where none
    does and the first names none at all, one naming any. Not where it asks
    which one won (``ledes.winner_kind``), which the news of the win tells."""
    asked = _ASKS_KIND_NAMED.match(question)
    if not ranked or winner_kind(question):  # "which team won the euros?": the news of
        # the win ("Spain won the European Championship..."), not "Spain won all seven of
        # their matches at the tournament in Germany, the first team to do so..."
        return ranked
    if not asked:
        kinds = _ASKS_KINDS.match(question)
        plural = kinds.group(1).lower() if kinds else ""
        if is_plural_noun(plural) and plural not in _NO_KINDS:
            # a list saying their kind names them as no other sentence does: AMOUNT_NEAR
            # as relevant ("what brands does mars own?": "...brings together brands such
            # as M&M's, Snickers and Twix", 0.56 as relevant as '"Kellanova's brands are a
            # perfect fit..."'); names alone, nearly as relevant
            kind = plural[:-1]
            said = put_first(index, ranked, _listing(kind, False).search, near=AMOUNT_NEAR)
            return said if said is not ranked else put_first(index, ranked, _listing(kind).search)
        return ranked
    kind = (asked.group(1) or f"{asked.group(3)}y").capitalize()
    # many asked ("which airlines were hit?"), a list of them: "...airlines including
    # Delta, United and American" (not "The Court of Justice..." for "which courts have a
    # duty...?": "...national courts have a duty...")
    if asked.group(2) or asked.group(4):
        listing = _listing(kind).search
        listed = put_first(index, ranked, listing)
        if listed is not ranked or listing(index.passages.text(ranked[0].number)):
            return listed
        # ...where none lists them, one naming any where the first names none, below
    else:  # ...or set beside one's name: "The Louvre, the world's most visited museum, ..."
        # (or an acronym's before the kind's word: "the GDL union")
        named = re.compile(
            rf"\b[A-Z][\w’'-]*\s+{kind}s?\b|\b[A-Z]{{2,}}\s+(?i:{kind})s?\b"
            rf"|\b{kind}s?\s+of\s+[A-Z]"
            rf"|\b[A-Z][\w’'-]*,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?(?i:{kind})\b"
        )
        told = put_first_in_its_article(index, ranked, named.search, LEDE_REACH, near=0.0)
        if told is not ranked:  # ...of the first's article first
            return told
        top = ranked[0].number
        if (
            _KIND_ALONE.match(question)
            and _the_kind(kind).search(index.passages.text(top))
            and not named.search(index.passages.text(top))
        ):
            # ...or, the kind asked alone of what was answered ("which union?" after the
            # Boeing strike) and the first calling one by the kind's word alone ("The union
            # had asked for 40 percent..."), the sentence before it naming one ("Members of
            # the International Association of Machinists in Seattle and Portland
            # voted...", not the German rail strike's "the GDL union"); not "The party, or
            # parties, that hold the majority..." for "what party forms the parliament?"
            before = sentence_before(index, top)
            if before >= 0:
                said = set(WORDS.findall(question.lower()))
                if new_name(index.passages.text(before), said):
                    return first_as_sure_as(ranked, ranked[0], before)
        told = first_telling_first(index, ranked, named.search)
        if told is not None:
            return told
    # ...else, where the first names none at all, one naming any, its first word too ("The
    # job cuts will be mostly completed..., the company said" before "Intel said on...";
    # "which companies cut jobs?" the same)
    said = set(WORDS.findall(question.lower()))
    return put_first(index, ranked, partial(new_name, named=said, start=0))


# "What is the vaccine called?", "what's the name of the ship?": asks a name, which a
# sentence gives by a word of naming ("The vaccine, called Ixchiq"), set beside what it
# names ("The ship, the Dali,", "...Investigating Moon, or SLIM,") or opening with it in
# quotes ('"Anora," a comedy-drama...').
_ASKS_NAME = lazy(
    r"\b(?:what|whats|how)\b.*\b(?:called|named)\W*$|\bthe name of\b|['’]s name\b", re.I
)
_GIVES_NAME = lazy(
    r"\b(?:called|named|known as|dubbed|nicknamed)\s+(?:the\s+)?[\"“]?[A-Z]"
    r"|,\s+(?:the\s+|or\s+)?[A-Z][\w-]*,|^[\"“][A-Z]"
)


# "What name did prevost choose?": the name one took, which a sentence gives after "the
# name" ("He took the name Leo XIV and is the first pope from the United States")
_ASKS_NAME_TAKEN = lazy(r"^\W*what\s+name\s+(?:did|does|do|will|has|have|would)\b", re.I)
_NAME_TAKEN = lazy(r"\bthe\s+name\s+(?:of\s+)?[\"“]?(?-i:[A-Z])", re.I)


# The thing whose name is asked: "what was the ship called?", "the name of the ship"
_NAME_OF = lazy(
    r"\bthe name of (?:the |a |an |its |their )?(?:[a-z]+['’]s )?(?:[a-z]+ ){0,2}?"
    r"(?P<thing>[a-z]+)(?= (?:that|which|who|of|in|at|on|for|from|is|was)\b|\W*$)"
    r"|\b(?:what|whats|how)\s+(?:is|was|are|were|s)?\s*(?:the |a |an |its |their )"
    r"(?P<thing2>[a-z]+)(?: (?:that|which|who)\b.*)? (?:called|named)\b",  # ("what was
    # the ship that hit the baltimore bridge called?": the ship's name)
    re.I,
)


def named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what something is called and its first
    passage gives no name so (_GIVES_NAME), the first of the next DEFAULT_TOP - 1 that
    does, nearly as relevant (TIMED_NEAR), put first: "what is the chikungunya vaccine
    called?" quoted "...approved the first vaccine for chikungunya..." before "The
    vaccine, called Ixchiq and made by...". Where it names the thing asked (_NAME_OF), a
    name given to that thing (_naming) goes first, else the sentence of the first's
    article giving one, however much less it reads like the question ("what was the name
    of the ship that hit the baltimore bridge?": "The ship, the Dali, was leaving the
    port...", 0.41 as relevant as the opening, which names no ship). Asked one's real
    name, the sentence of the first's article giving the name they were born with
    ("Born Alice Laidlaw in Wingham...", under the obituary's opening)."""
    if BIRTH_NAME.asked(question) and ranked:
        return told_in_first_article(index, ranked, BIRTH_NAME.told.search) or ranked
    if _ASKS_NAME_TAKEN.match(question):  # (0.54 as relevant as "...chooses bishops")
        return put_first(index, ranked, _NAME_TAKEN.search, NAMED_REACH, AMOUNT_NEAR)
    if not _ASKS_NAME.search(question):
        return ranked
    head = _NAME_OF.search(question)
    if not ranked or not head:
        return put_first(index, ranked, _GIVES_NAME.search, NAMED_REACH)
    names = _naming(head["thing"] or head["thing2"])
    told = first_telling_first(index, ranked, names, NAMED_REACH)
    if told is not None:
        return told
    told = told_in_first_article(index, ranked, names)
    return told or put_first(index, ranked, _GIVES_NAME.search, NAMED_REACH)


def _naming(thing: str) -> Callable[[str], object]:
    """Whether a text gives ``thing`` a name: "The ship, the Dali,", "The vaccine, called
    Ixchiq", "a bridge known as ..." (a capital after it; not "new bridges, a plan")."""
    return re.compile(
        rf"\b{re.escape(thing)}s?(?:,?\s+(?:called|named|known as|dubbed|nicknamed)\s+|,\s+)"
        r"(?:the\s+)?[\"“]?(?-i:[A-Z])",
        re.I,
    ).search
