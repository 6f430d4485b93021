"""The passage telling what a question asks first: the steps of telling_first."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import partial

from ..asked import (
    ACTION,
    ACTION_TAKEN,
    BIRTH_NAME,
    BORN,
    CAST,
    COLOUR,
    DANGER,
    DESTINATION,
    ELIGIBLE,
    ENDED,
    FREE,
    FUNDED_BY,
    FUNDING,
    HARM_DONE,
    LAST_TIME,
    MAKER,
    MATERIAL,
    MONEY,
    OBJECTION,
    ORDINAL,
    OWNER,
    PENALTY,
    SCORE,
    TO_COME,
    AskedBy,
    amount_asked,
    asks_change,
    asks_destination,
    asks_earned,
    asks_eligible,
    asks_free,
    asks_made_when,
    asks_margin,
    asks_money,
    asks_next,
    asks_score,
    difference_telling,
    is_past,
    is_plural_noun,
    judges_price,
    origin_asked,
    purpose_asked,
    tells_margin,
    time_asked,
)
from ..index import Index
from ..patterns import lazy
from ..query import Query, build_query
from ..ranking import Ranked, numbers_of
from ..rerank import new_name
from ..seeming import (
    countries_named,
    is_light,
    names_origin_near,
    read_by,
    term_ids,
    title_ids,
    written_as_name,
)
from .ages import NAME
from .counts import (
    before_first,
    changed_first,
    counted_before_first,
    counted_first,
    headline_first,
    lasting_first,
    money_now_first,
    money_opening_first,
    often_first,
    portion_first,
    sized_beside_first,
)
from .dates import made_first, this_time_first, timed_first, told_done_first
from .ledes import winner_kind
from .places import ASKS_WHERE, place_telling, placed_first
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    LEDE_REACH,
    WORDS,
    first_as_sure_as,
    first_holding,
    first_telling_first,
    holds_any,
    holds_each,
    moved_first,
    own_word,
    put_first,
    put_first_in_its_article,
    sentence_before,
    told_in_first_article,
    told_in_first_articles,
)
from .quotes import quoted_first
from .reasons import WHY_NEAR, reason_first
from .told import to_come_after
from .who import (
    agent_first,
    anyone_first,
    award_first,
    blamed_first,
    current_first,
    doer_first,
    doing_first,
    former_role_first,
    leader_first,
    listed_first,
    names_listed_first,
    new_holder_first,
    opponent_first,
    placed_so_first,
    reacting_first,
    researcher_first,
    role_named_first,
    successor_first,
    survived_first,
    survivors_first,
    winner_first,
    won_what_first,
)

# "What is X called?" is answered first by a sentence giving a name so among the first
# NAMED_REACH nearly as relevant (_named_first): "The Smart Lander for Investigating Moon,
# or SLIM, ..." was fourth for "whats the lander called", after three naming no lander.
NAMED_REACH = 10


def telling_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with a passage telling what ``question`` asks put first: what was, not
    what will be, asked what was (told_done_first), a date for "when?" (timed_first),
    then a number of what "how many?" counts, beside the verb it counts by where
    ``query`` says its words, or an age (counted_first), who lived for "how many
    survived?" (survivors_first), the number a headline gives of what "how many X?"
    counts (headline_first), how often, a place, a score, harm for "is X dangerous?", an
    objection for "who is against X?", a deed for "what is being done about X?", a part
    played for "who is in it?", an ordinal for "is this the first X?" and the first
    since for "when did X last happen?" (``asked.DANGER``, ``asked.OBJECTION``,
    ``asked.ACTION``, ``asked.CAST``, ``asked.ORDINAL``, ``asked.LAST_TIME``), a penalty
    for "what happens if you don't pay?", of the first articles (``asked.PENALTY``), what
    came back for "is X over?" (``asked.ENDED``), a superlative written for "which was the
    worst?" or most of them placed for "where did most die?" (_most_first), countries
    named for "which countries?" or "did other countries help?" (_countries_did_first),
    where or
    when it was first done (_first_done_first), money, a margin, where a journey was to
    end, what is to come ("what's next for X?"), what a
    thing is for ("what's the vaccine for?"), its aim ("what's the point of X?", "why is
    X in Russia?") and whom it exempts ("do kids pay?": _near_opening_first), what it
    was doing (_busy_first) and whom it is for ("who can get it?"), a name, a length of
    time, the word of a degree asked ("how close?": _degree_first), blame laid where
    "who's to blame?" asks it (blamed_first), the title of whoever leads what "who runs
    X?" names (leader_first), the role "who was the X?" asks written before a name
    (role_named_first), the deed "who hacked X?" asks ascribed (doer_first), the award
    "who was man of the match?" asks (award_first), a win for "who won X?"
    (winner_first), what allows or bars what "can X do it?" asks (_ALLOWED), names
    listed after the verb "who died?" asks (listed_first), a list of names for "who were
    the passengers?" (names_listed_first), the verb "who makes X?" asks written before
    "by" (agent_first), the means "how did X do it?" asks written after the doer and the
    deed (_means_first), the verb "who declared X?" asks written done, where the first
    writes it in the passive with no "by" (doing_first), the deed "who cried when X?"
    asks (reacting_first), the newest news of who holds a role now (current_first), a
    former role for "what did he do before?" (former_role_first), whom one was replaced
    by for "who came after X?" (successor_first), the place "who came third?" asks
    (placed_so_first), the model "what kind of plane?" asks (_model_first), who did a
    study (researcher_first),
    one named with the kind's word "which airline?" asks (_kind_named_first), the verb
    "who did X replace?" asks in X's article (_whom_done_first), a reason
    for "why?" (reason_first), then a quote of whom "what did X say?" names
    (quoted_first). First of all, what "was anyone hurt?" asks said of anyone, and what
    "who survived X?" asks said of whoever did it (anyone_first); whether some lived, by
    their lives or deaths (survived_first)."""
    ranked = anyone_first(index, question, query, told_done_first(index, question, ranked))
    ranked = _stranded_first(index, question, survived_first(index, question, ranked))
    ranked = counted_first(index, question, timed_first(index, question, ranked, query), query)
    ranked = counted_before_first(index, question, query, ranked)  # "how many seats?"
    ranked = sized_beside_first(index, question, query, ranked)
    ranked = survivors_first(index, question, ranked)
    if asks_made_when(question) and ranked:
        ranked = made_first(index, ranked)
    ranked = headline_first(index, question, query, ranked)
    ranked = often_first(index, question, ranked)
    ranked = placed_first(index, question, ranked, query)
    if asks_score(question):  # "what was the score of the final?": "beat Brazil 4-3"
        ranked = put_first(index, ranked, SCORE.search)
    if COLOUR.asked(question):  # "what colour was the smoke?": "White smoke rose..."
        ranked = put_first(index, ranked, COLOUR.told.search)
    if OWNER.asked(question):  # "who owns google?": "Google, a unit of Alphabet, ..."
        ranked = put_first(index, ranked, OWNER.told.search, LEDE_REACH, AMOUNT_NEAR)
    if MATERIAL.asked(question):  # "what was the titan made of?": "...whose hull was made
        # of carbon fibre", a sentence naming no titan
        ranked = put_first_in_its_article(index, ranked, MATERIAL.told.search, near=0.0)
    if MAKER.asked(question):  # "who makes it?" after the Wegovy trial: "Novo Nordisk,
        # the Danish company that makes Wegovy", the verb weighing little
        ranked = put_first(index, ranked, MAKER.told.search, LEDE_REACH, AMOUNT_NEAR)
        # ...or its article's, naming it no more ("who made anora?": "The film was directed
        # by Sean Baker...", under the opening)
        if ranked:
            ranked = told_in_first_article(index, ranked, MAKER.told.search) or ranked
    # "what happens if you don't pay the venice fee?": its article's penalty, however less
    # relevant ("...visitors without a code face fines of up to 300 euros", not "Around
    # 80,000 visitors a day paid the fee")
    if PENALTY.asked(question) and ranked and query is not None:
        ranked = told_in_first_articles(index, ranked, PENALTY.told.search, query) or ranked
    ranked = _told_in_article_first(index, question, ranked)
    ranked = _most_first(index, question, ranked)
    if _ASKS_COUNTRIES.search(question):  # "which countries saw the eclipse?": "Millions
        # of people across Mexico, the United States and Canada watched...", not "The next
        # total solar eclipse visible from the contiguous United States..."
        ranked = put_first(index, ranked, _names_countries(index), DEFAULT_TOP, AMOUNT_NEAR)
    ranked = _countries_did_first(index, question, query, ranked)
    # "is it free to visit notre-dame?": where the first tells no price, its article's
    # "...and entry will remain free", else its price
    if asks_free(question) and ranked and not MONEY.search(index.passages.text(ranked[0].number)):
        told = told_in_first_article(index, ranked, FREE.search)
        ranked = told or told_in_first_article(index, ranked, MONEY.search) or ranked
    if asks_money(question):  # "how much is it?": "a five-euro fee", not "29 busy days"
        ranked = put_first(index, ranked, MONEY.search, LEDE_REACH, AMOUNT_NEAR)
        if judges_price(question) and ranked:  # ...or, whether it is cheap, its article's
            # price however less relevant ("is the vision pro cheap?": "The device ...
            # costs 3,499 dollars, far more than rival headsets", naming no vision pro)
            ranked = told_in_first_article(index, ranked, MONEY.search) or ranked
        ranked = money_now_first(index, question, ranked)  # ...now: not "...in late 2022"
        # ...the news's, in its opening
        ranked = money_opening_first(index, question, query, ranked)
    if asks_change(question):  # "how much did the boj raise rates?": "...to 0.1 percent"
        ranked = changed_first(index, question, query, ranked)
    ranked = before_first(index, question, query, ranked)  # "what was it before?": "down from"
    ranked = portion_first(index, question, query, ranked)  # "how much of X": a share
    if asks_margin(question):  # "by how much did lyles win?": "...by five thousandths"
        ranked = put_first(index, ranked, tells_margin, LEDE_REACH, AMOUNT_NEAR)
        # ...or its article's, under the bar ("what was the winning margin in the 100m
        # final?" names neither Lyles nor his time)
        ranked = told_in_first_article(index, ranked, tells_margin, LEDE_REACH) or ranked
    if difference := difference_telling(question):  # "how much higher is the risk?"
        ranked = put_first(index, ranked, difference, LEDE_REACH, AMOUNT_NEAR)
    if asks_destination(question):  # "where was the ship going?": "...the port for Sri Lanka"
        ranked = put_first(index, ranked, DESTINATION.search, LEDE_REACH, AMOUNT_NEAR)
    ranked = _first_done_first(index, question, _origin_first(index, question, ranked, query))
    ranked = _else_first(index, question, query, ranked)
    if asks_next(question):  # "what's next for starship?": "NASA plans to use..."
        # ...or the sentence after one of the first telling it ("where will it be next
        # year?" after Eurovision: "Austria will now host the 2026 contest.", after
        # "Switzerland hosted because Nemo won last year's contest in Sweden.")
        ranked = to_come_after(index, put_first(index, ranked, TO_COME.search))
    if purpose := purpose_asked(question):  # "what's the vaccine for?": "...vaccine for"
        ranked = put_first(index, ranked, purpose.search, LEDE_REACH)
    ranked = _busy_first(index, question, _near_opening_first(index, question, ranked))
    if asks_eligible(question):  # "who can get it?": "...is approved for adults aged 18..."
        ranked = put_first(index, ranked, ELIGIBLE.search, LEDE_REACH, AMOUNT_NEAR)
    ranked = lasting_first(index, question, _named_first(index, question, ranked), query)
    ranked = blamed_first(index, question, _degree_first(index, question, query, ranked))
    ranked = role_named_first(index, question, leader_first(index, question, query, ranked))
    ranked = new_holder_first(index, question, query, ranked)  # "who is the new prime minister?"
    ranked = award_first(index, question, doer_first(index, question, ranked))
    ranked = winner_first(index, question, ranked)  # "who won the cricket?": the news
    if _ASKS_ALLOWED.match(question):  # "can asml sell to china?": "...has been barred by
        # the Dutch government from selling its most advanced equipment to China", not
        # "China still accounted for about a third of its sales"
        ranked = put_first(index, ranked, _ALLOWED.search)
    ranked = agent_first(index, question, listed_first(index, question, query, ranked))
    ranked = names_listed_first(index, question, ranked)
    ranked = _means_first(index, question, query, ranked)
    ranked = reacting_first(index, question, query, doing_first(index, question, query, ranked))
    ranked = former_role_first(index, question, current_first(index, question, query, ranked))
    ranked = successor_first(index, question, ranked)  # "who was ceo after murati?"
    ranked = _model_first(index, question, placed_so_first(index, question, query, ranked))
    ranked = opponent_first(index, question, ranked)
    ranked = _kind_named_first(index, question, researcher_first(index, question, ranked))
    ranked = _done_to_first(index, question, query, _done_by_first(index, question, query, ranked))
    ranked = won_what_first(index, question, ranked)  # "what did pogacar win?": the news
    ranked = _whom_done_first(
        index, question, query, _what_done_first(index, question, query, ranked)
    )
    ranked = reason_first(index, question, this_time_first(index, question, query, ranked), query)
    return quoted_first(index, question, ranked, query)


# What a question asks by a word its answer need not write (an ``asked.AskedBy``), told by
# a sentence of the first's article however less relevant, where the first does not tell
# it: first by the pattern beside it, where one is given, else by what tells it at all.
_TOLD_IN_ARTICLE: tuple[tuple[AskedBy, re.Pattern[str] | None], ...] = (
    # "is mpox dangerous?": "...537 deaths have been reported", the harm its article
    # tells, done (not "...declared a public health emergency"), else feared ("is bird
    # flu dangerous?": "Raw milk ... carries a risk")
    (DANGER, HARM_DONE),
    # "who was criticised for the valencia floods?": "The regional government has been
    # criticised...", under the opening; "what were the complaints about the vision pro?":
    # "...praised the display but complained" (of its article: "who criticised the climate
    # deal?" is not told by "Scientists have warned that the hajj will increasingly take
    # place in dangerous heat...")
    (OBJECTION, None),
    # "what is being done about the houthis?": "The United States and Britain have carried
    # out air strikes on Houthi targets", not "The Houthis say they are targeting ships
    # linked to Israel...": a deed against it first, else what people were told to do
    (ACTION, ACTION_TAKEN),
    # "who paid for notre-dame?": "The money came from some 340,000 donors...", not the
    # opening naming it
    (FUNDING, FUNDED_BY),
    # "is the blackout over?": "Power began returning ... had been restored", not the
    # opening telling it began
    (ENDED, None),
    # "who is in it?" after Anora's director: "Mikey Madison, who plays the title role...",
    # not "The film was directed by Sean Baker"
    (CAST, None),
    # "is this the first gdl strike?": "It is the fourth strike by the union in the
    # dispute", not "GDL leader Claus Weselsky said..."
    (ORDINAL, None),
    # "when did an american last win the olympic 100m?": "It was the first American win in
    # the event since Justin Gatlin in 2004", under the opening that names the 100m and
    # the day it was won
    (LAST_TIME, None),
)


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


def _most_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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


def _countries_did_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whether other countries did something
    (_ASKS_COUNTRIES_DID) and its first passage names fewer than two, the first sentence
    of its article naming two or more and holding each other word asked, however less
    relevant, put first: "myanmar earthquake | did other countries help?" is told by
    "Rescue teams from China, India and Russia have arrived, but aid groups say..." (aid:
    help), not "The quake hit at midday near the city of Mandalay, the country's second
    largest", holding "country"."""
    asked = _ASKS_COUNTRIES_DID.match(question)
    if asked is None or query is None or not ranked:
        return ranked
    countries = asked["countries"].lower()
    words = [
        set(w.alternatives)
        for w in query.own_words
        if w.alternatives and w.written.lower() != countries
    ]
    named = _names_countries(index)
    return (
        told_in_first_article(index, ranked, lambda t: named(t) and holds_each(index, t, words))
        or ranked
    )


def _names_countries(index: Index) -> Callable[[str], bool]:
    """Whether a text names two countries at least (``seeming.countries_named``)."""
    return lambda text: countries_named(index.analyzer, text) > 1


def _told_in_article_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, for each of _TOLD_IN_ARTICLE that ``question`` asks, the sentence
    of the first's article telling it first (``placing.told_in_first_article``)."""
    for asked, first in _TOLD_IN_ARTICLE:
        if asked.asked(question) and ranked:
            told = told_in_first_article(index, ranked, first.search) if first else None
            ranked = told or told_in_first_article(index, ranked, asked.told.search) or ranked
    return ranked


# A question ending in a verb and the preposition it takes: "what did the plane crash
# into?", "who was she married to?", "what was he charged with?" ask what a sentence
# writes after those two words.
_STRANDED = lazy(
    r"^\W*(?:what|who|whom|which)\b.*?\b([a-z]+)\s+"
    r"(into|onto|to|with|from|of|for|against|at|on|about)\W*$",
    re.I,
)
_STRANDED_GAP = 3  # words between: "a fine against Google for abusing...", "fined for?"


def _stranded_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` ends in a verb and its preposition
    (_STRANDED) and its first passage does not write them, the preposition at most
    _STRANDED_GAP words after the verb (or its noun), the first of the next two nearly
    as relevant that does put first: "An Air India flight to London crashed into a
    medical college hostel..." for "what did the air india plane crash into?", before
    "It is the first fatal crash of a 787 since the aircraft..." (which names the
    plane)."""
    asked = _STRANDED.match(question)
    if not asked or not ranked:
        return ranked
    analyze = index.analyzer.analyze
    verb = analyze(asked[1])
    if not verb:  # "what is this about?"
        return ranked
    preposition = asked[2].lower()

    def writes(text: str) -> bool:
        words = [written.lower() for written, _, _ in index.analyzer.located(text)]
        return any(
            preposition in words[i + 1 : i + 2 + _STRANDED_GAP] and analyze(word) == verb
            for i, word in enumerate(words)
        )

    return put_first(index, ranked, writes)


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


def _model_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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


# Whether one can or may do something: what allows, bars or restricts it, or says it can
_ASKS_ALLOWED = lazy(r"^\W*(?:can|could|may)\b", re.I)
_ALLOWED = lazy(
    r"\b(?:barred|bans?|banned|banning|allow(?:s|ed)?|permit(?:s|ted)?|prohibit(?:s|ed)?"
    r"|forbid(?:s|den)?|restrict(?:s|ed|ions?)?|blocked|exempt|can(?:not|'t|’t)?|may|able)\b",
    re.I,
)


# "What brands does kellanova make?", "which drugs...": a plural kind asked of any word
_ASKS_KINDS = lazy(r"^\W*(?:which|what)\s+([a-z]+)\b", re.I)


# A kind asked and nothing else ("which union?")
_KIND_ALONE = lazy(r"^\W*(?:so\s+|and\s+)?(?:which|what)\s+\w+\W*$", re.I)


def _the_kind(kind: str) -> re.Pattern[str]:
    """The kind's word after "the", naming none ("The union had asked...")."""
    return re.compile(rf"\bthe\s+{kind}\b", re.I)


def _kind_named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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
        if kinds and is_plural_noun(plural := kinds.group(1).lower()):
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


# "What's the point of the venice fee?", "what is the aim of the ban?": what it is meant
# to do, which news writes as an aim said ("Mayor Luigi Brugnaro said the aim was to
# discourage day-trippers..."), in a sentence that need not name the fee
_ASKS_AIM = lazy(
    r"^\W*what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:main\s+)?"
    r"(?:point|purpose|aim|goal|idea|objective|reason)\s+(?:of|behind|for)\b",
    re.I,
)
_AIM = lazy(
    r"\b(?:the|its|their|his|her)\s+(?:main\s+)?(?:aim|goal|purpose|idea|point|objective)\s+"
    r"(?:is|was|being|will\s+be)\s+to\b|\b(?:is|are|was|were)\s+(?:meant|designed|intended)"
    r"\s+to\b|\bin\s+(?:a\s+bid|an\s+effort|order)\s+to\b|\baim(?:ed|s)?\s+(?:at|to)\b",
    re.I,
)


# "Do kids pay?", "does everyone have to pay the fee?", "is the fee for everyone?": who
# pays and who does not, which news tells by whom it exempts ("Visitors staying
# overnight, residents, students and children under 14 are exempt"); not "do you have to
# pay to get into venice now?", which asks whether there is a fee at all
_ASKS_WHO_PAYS = lazy(
    r"^\W*(?:do|does|did|will|must|should|would)\s+(?!(?:you|we|i|one|they)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:have\s+to\s+)?pay\b"
    r"|^\W*(?:is|are)\s+(?:it|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+for\s+(?:everyone|everybody|all)\b"
    r"|^\W*(?:is|are)\b.*\bfree\s+for\s+(?!(?:everyone|everybody|all)\b)",  # "...free for kids?"
    re.I,
)
_EXEMPT = lazy(
    r"\bexempt(?:ed|ion|ions)?\b|\bfree\s+(?:for|of\s+charge)\b"
    r"|\bdo(?:es)?\s+not\s+(?:have|need)\s+to\s+pay\b",
    re.I,
)


# "Why is min aung hlaing in russia?", "why did modi go to moscow?": what a visit is for,
# which news writes as its aim ("The delegation aims to strengthen cooperation...")
_ASKS_WHY_THERE = lazy(
    r"^\W*why\s+(?:is|are|was|were|did|does|do|has|have|will)\s+.+?\s+"
    r"(?:in|visit|visiting|visited|go\s+to|going\s+to|gone\s+to|went\s+to|travel\s+to"
    r"|travelling\s+to|traveling\s+to|come\s+to|coming\s+to|arrive\s+in)\s+[\w'’-]+\W*$",
    re.I,
)


# What is asked so, and what tells it in a sentence that need not say the question's
# words, near its article's opening (_near_opening_first)
_TOLD_NEAR_OPENING = ((_ASKS_AIM, _AIM), (_ASKS_WHY_THERE, _AIM), (_ASKS_WHO_PAYS, _EXEMPT))


def _near_opening_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks as one of _TOLD_NEAR_OPENING does and its
    first passage does not tell it, the first sentence of the first's LEDE_REACH that does
    first, as sure as the first: the point of a thing by the aim its article says ("Mayor
    Luigi Brugnaro said the aim was to discourage day-trippers..." for "what's the point
    of the venice fee?", naming neither; the first was "Some residents protested, saying
    the fee turned Venice into a theme park..."), whether some pay by whom it exempts
    ("...residents, students and children under 14 are exempt" for "do kids pay the
    venice fee?", not "Around 80,000 visitors a day paid the fee...")."""
    for asks, tells in _TOLD_NEAR_OPENING:
        if ranked and asks.match(question):
            ranked = told_in_first_article(index, ranked, tells.search, LEDE_REACH) or ranked
    return ranked


# "What was the coast guard plane doing?": what its subject was busy with, which news
# writes after it in a continuous tense ("The coast guard aircraft had been preparing to
# carry relief supplies...")
_ASKS_DOING = lazy(
    r"^\W*what\s+(?:was|were|is|are|has|have|had)\s+(?:(?:been|it|they|he|she)\s+)?"
    r"(.+?)\s+(?:been\s+)?doing\b",
    re.I,
)
# ...up to two words after it: "The ship, the Dali, was leaving..."
_CONTINUOUS = lazy(
    r"\W*(?:\w+\W+){0,2}?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+\w+ing\b",
    re.I,
)


def _busy_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what a thing was doing (_ASKS_DOING) and
    its first passage does not say so, the first sentence of the first's LEDE_REACH that
    writes the thing's last word (or a synonym) just before a continuous tense first, as
    sure as the first: "The coast guard aircraft had been preparing to carry relief
    supplies..." for "what was the coast guard plane doing?"."""
    asked = _ASKS_DOING.match(question)
    if not asked or not ranked:
        return ranked
    head = asked[1].split()[-1].lower()
    words = build_query(head, index.analyzer, index.vocabulary).words
    heads = {t for w in words for t in w.alternatives}
    if not heads:
        return ranked

    def doing(text: str) -> bool:
        return any(
            set(index.analyzer.analyze(word)) & heads and _CONTINUOUS.match(text, end)
            for word, _, end in index.analyzer.located(text)
        )

    return told_in_first_article(index, ranked, doing, LEDE_REACH) or ranked


# "How heavy is it?", "how accurate was the landing?": asks how far it is so, which a
# sentence of its article saying the word tells ("...complained that the headset was
# heavy"), not a sentence naming it more often; not a measure ("how big?"), an amount
# or a time, which the others look for.
_ASKS_DEGREE = lazy(r"^\W*how (\w+) (?:is|was|are|were|did|does|do|has|have)\b", re.I)
_NO_DEGREE = frozenset("much many long old often soon come about".split())


def _degree_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how far something is so ("how heavy is
    the vision pro?") and its first passage does not say the word, the first of the
    next LEDE_REACH - 1 of that article that does, WHY_NEAR as relevant, put first: the
    article names its subject in its title and the lede, and the rest without it ("Some
    early reviewers ... complained that the headset was heavy", 0.41 as relevant as
    "Apple plans to sell the Vision Pro in other countries")."""
    asked = _ASKS_DEGREE.match(question)
    if not asked or query is None or amount_asked(question) or time_asked(question):
        return ranked
    degree = asked.group(1).lower()
    word = own_word(query, degree)
    if degree in _NO_DEGREE or word is None:
        return ranked
    numbers = numbers_of(ranked, LEDE_REACH)
    article = index.passages.article
    says = index.bm25.holding(word.alternatives, numbers) & (
        article[numbers] == article[numbers[0]]
    )
    if says[0]:
        return ranked
    chosen = first_holding(ranked, says, LEDE_REACH, WHY_NEAR)
    return moved_first(ranked, chosen) if chosen else ranked


# "How did spacex catch the booster?", "how do they make it?": by what means, which news
# writes after the verb: "...caught the first stage of its Starship rocket with a pair of
# giant mechanical arms", "...by cutting", "using..."
# (not "how did they do?", which asks how they fared: their news, lede_first's _DID_BACK)
_ASKS_HOW_DONE = lazy(
    r"^\W*how\s+(?:did|do|does|can|could|will|would)\s+(?!.*\bdo\W*$)(.+?)\W*$", re.I
)
_DOER_BACK = lazy(r"(?:they|he|she|it|you)\b", re.I)
_MEANS = lazy(
    r"((?:[\w'’-]+\W+){1,10}?)(?:with\s+(?:a|an|the|its|his|her|their|two|three|\d)"
    r"|using|by\s+(?:means\s+of|\w+ing)|through)\b",
    re.I,
)


def _means_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how something was done (_ASKS_HOW_DONE)
    and its first passage does not write the doer and the deed before the means
    (_MEANS), the first of the first's article's LEDE_REACH that does, put first:
    "SpaceX caught the first stage of its Starship rocket with a pair of giant mechanical
    arms..." for "how did spacex catch the booster?", not "Catching boosters instead of
    landing them on legs is meant to...", which says why. A light verb's deed is what
    its phrase means ("get away": escaping; "The four thieves used a truck with..." does
    not say it), or, meaning nothing more ("get in"), the doer alone says it; following
    up who did it by a pronoun, and asking by light words alone, any means does."""
    asked = _ASKS_HOW_DONE.match(question)
    if not asked or not ranked or query is None:
        return ranked
    analyze = index.analyzer.analyze
    written = set(WORDS.findall(asked[1].lower()))
    words = [w for w in query.words if w.written.lower() in written]
    light = [w for w in words if is_light(index.analyzer, w)]
    meaning = {t for w in light for t, _ in read_by(index.analyzer, w)}
    heavy = {t for w in words if w not in light for t in analyze(w.written)}
    # ...following up who did it by a pronoun ("how did they get in?" after the Louvre's
    # theft), any means written tells it: "The four thieves used a truck with a
    # mechanical ladder...", not the opening
    by_pronoun = query.own >= 0 and bool(_DOER_BACK.match(asked[1]))
    if not heavy and not by_pronoun:
        return ranked
    enough = 0 if not heavy else 1 if light and not meaning else min(2, len(heavy))

    def by_means(text: str) -> bool:
        for found in _MEANS.finditer(text):
            said = set(analyze(found[1]))
            if len(heavy & said) >= enough and (not meaning or meaning & said):
                return True
        return False

    return told_in_first_article(index, ranked, by_means, LEDE_REACH) or ranked


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


# The thing whose name is asked: "what was the ship called?", "the name of the ship"
_NAME_OF = lazy(
    r"\bthe name of (?:the |a |an |its |their )?(?:[a-z]+['’]s )?(?:[a-z]+ ){0,2}?"
    r"(?P<thing>[a-z]+)(?= (?:that|which|who|of|in|at|on|for|from|is|was)\b|\W*$)"
    r"|\b(?:what|whats|how)\s+(?:is|was|are|were|s)?\s*(?:the |a |an |its |their )"
    r"(?P<thing2>[a-z]+)(?: (?:that|which|who)\b.*)? (?:called|named)\b",  # ("what was
    # the ship that hit the baltimore bridge called?": the ship's name)
    re.I,
)


def _named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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


# "Where was bird flu first found in cattle?", "when was the fine first imposed?": where,
# when or by whom it was first done, which a sentence writes "first" right before the
# verb (not "what is the first line of defense...?", ReQA's: any "first" and word read so
# moved four of its answers from first to second)
_ASKS_FIRST_DONE = lazy(
    r"^\W*(?:where|when|who)\b.*\bfirst\s+([a-z]{3,}ed|found|made|seen|held|built|known"
    r"|given|taken|done|met|heard|shown|caught|won|sold|brought|began|drawn|written)\b",
    re.I,
)
_FIRST_WORD = lazy(r"\bfirst\s+(?:been\s+)?([A-Za-z]{3,})\b")


def _first_done_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks where, when or by whom something was first
    done and its first passage does not write "first" before that verb (as analysed), the
    first sentence of its article that does put first: "where was bird flu first found in
    cattle?" is told by "The H5N1 virus has infected 36 herds since it was first found in
    Texas in March", not the opening's "...found in dairy cattle in nine US states"."""
    asked = _ASKS_FIRST_DONE.search(question)
    if not asked or not ranked:
        return ranked
    done = set(index.analyzer.analyze(asked.group(1)))
    if not done:
        return ranked

    def tells(text: str) -> bool:
        return any(
            done & set(index.analyzer.analyze(m.group(1))) for m in _FIRST_WORD.finditer(text)
        )

    return told_in_first_article(index, ranked, tells) or ranked


def _origin_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks where one is from (``origin_asked``) and
    its first passage does not tell it, the first of the next LEDE_REACH - 1 of its
    article that does, AMOUNT_NEAR as relevant, put first: a birth (BORN), or a country
    or its people written near the one asked of ("where is sinner from?" quoted "He had
    beaten ... the Serbian's run of 33 straight wins in Melbourne", not "Sinner is the
    first Italian man to win the Australian Open")."""
    subject = origin_asked(question)
    if subject is None:
        return ranked
    analyzer = index.analyzer
    own = set(analyzer.analyze(subject))
    if not own and query is not None:  # "where is he from?" after "sinner": whom it follows
        own = {t for w in query.carried_words for t in w.itself}

    def tells(text: str) -> bool:
        return bool(BORN.search(text)) or names_origin_near(analyzer, text, own)

    return put_first_in_its_article(index, ranked, tells, near=AMOUNT_NEAR)


# "What else did he win?", "anything else?": asks what more was done, which news says
# "also" ("Pogacar also won the Giro d'Italia in May..."), not what was asked before
_ASKS_ELSE = lazy(
    r"\b(?:what|who|where|which)\s+else\b|\b(?:anything|anyone|anywhere|something)\s+else\b",
    re.I,
)
_ALSO = lazy(r"\balso\b|\bas well\b|,\s*too\b", re.I)


def _else_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what else (_ASKS_ELSE) and its first
    passage does not say "also" (_ALSO), the first passage of the first's article that
    does, holding each of the question's own words, first, as sure as the first."""
    if query is None or not ranked or not _ASKS_ELSE.search(question):
        return ranked
    words = [set(w.alternatives) for w in query.own_words if w.alternatives]

    def telling(text: str) -> bool:
        return bool(_ALSO.search(text)) and all(holds_any(index, text, w) for w in words)

    return told_in_first_article(index, ranked, telling) or ranked


# A word saying which time of doing it is asked, before the verb and no doer's ("when did
# the eu first fine google?": the verb is "fine", not "google"). Not "last": "when did india
# last win a world title?" asks the win before the news ("...since they won the Champions
# Trophy in 2013"), which no verb-after-the-doer tells
_IN_TURN = "first|finally|originally|initially"
# "What did spacex catch?", "what did the thieves steal?", "when did ftx collapse?": what
# X did it to, or when, its last word (a verb) written right after X in the sentence
# telling it ("FTX collapsed in November 2022", not the bitcoin article's "after the
# collapse of the exchange FTX")
# (X of one to three words, none a preposition: "what did the court rule about google?"
# asks of Google; nor an article: in "when did she win the nobel?" "nobel" is no verb)
_ASKS_DONE_BY = lazy(
    r"^\W*(?P<wh>what|when|how\s+much)\s+(?:did|has|have|had)\s+(?:the\s+)?"
    r"(?P<doer>(?:(?!(?:about|of|for|to|in|on|with|at|from|by|over|the|a|an|"
    rf"{_IN_TURN})\b)[\w'’-]+\s+)"
    rf"{{1,3}}?)(?:(?:{_IN_TURN})\s+)?"
    r"(?P<verb>(?!(?:back|up|down|out|off|away|over|on|in)\b)[a-z][\w-]+)\W*$",  # no particle
    re.I,
)
# ...and how far apart they may be: "SpaceX caught", "Mars will buy"
DONE_BY_GAP = 2
# Verbs asking no deed done to a thing ("what did X say?", "what did X do?")
_NO_DEED = frozenset("do did done say said mean think want tell told".split())


def _done_by_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what X did or when (``_ASKS_DONE_BY``)
    and its first passage does not write the verb within DONE_BY_GAP words after X, the
    first of the next DEFAULT_TOP - 1, AMOUNT_NEAR as relevant, that does, put first:
    "what did spacex catch?" is told by "SpaceX caught the first stage of its Starship
    rocket...", not by "Catching boosters instead of landing them on legs is meant to let
    SpaceX refly them...". Where none does, what X did is asked and the first writes the
    verb, but nowhere in the past ("...to reject a contract offer"), the first of the
    first's article's first LEDE_REACH, AMOUNT_NEAR as relevant, writing it so ("what did
    boeing offer?": "...the deal, which offered pay rises of 25 percent"); a time is not
    told so ("when had the Six Ministries existed?": not "...the discrimination that
    existed during the Yuan dynasty")."""
    if asks_earned(question):  # "how much did gukesh win?": money tells it (``asked``'s
        return ranked  # MONEY), not "...who was 22 when he won the title in 1985"
    asked = _ASKS_DONE_BY.match(question)
    if asked is None and query is not None:
        return _done_when_first(index, question, query, ranked)
    if asked is None or query is None or asked["verb"].lower() in _NO_DEED:
        return ranked
    verb = own_word(query, asked["verb"].lower())
    doer = [w for w in query.own_words if w.written.lower() in asked["doer"].lower().split()]
    if verb is None or not doer:
        return ranked
    did = set(verb.itself)
    by = {t for w in doer for t in w.itself}
    # ...of whose it is, where the doer is owned ("how much did nvidia's revenue grow?":
    # not Intel's "...the company's revenue had not grown as expected")
    whose = {t for w in doer if w.written.lower().endswith(("'s", "’s")) for t in w.itself}
    # ...done by what is owned, in an article titled with its owner too ("how much did
    # asml's sales grow?": "Sales rose 18 percent...", not "Shares in ASML rose...")
    by = by - whose or by
    owner = term_ids(index, whose)
    titled = {
        index.passages.text(r.number)
        for r in ranked[:DEFAULT_TOP]
        if owner and owner <= title_ids(index, r.number)
    }

    def done(text: str) -> bool:
        owned = not whose or holds_any(index, text, whose) or text in titled
        return owned and _written_before(index, by, did, text)

    told = first_telling_first(index, ranked, done, near=AMOUNT_NEAR)
    if told is not None or not ranked or asked["wh"].lower() == "when":
        return told if told is not None else ranked
    return _past_in_article_first(index, ranked, did, by)


# "What was offered?", "what was stolen?": what was done, by whom unsaid
_ASKS_WHAT_DONE = lazy(
    r"^\W*what\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]+)\W*$", re.I
)


# "Who did leo xiv replace?": whom X did something to, X named (not "who did the
# ultra-processed food study?", its noun last, nor "who did they play?") in three words
# at most, the verb last (not "who did sinner beat in the final?")
_ASKS_WHOM_DONE = lazy(
    r"^\W*(?:who|whom)\s+(?:did|does|do|will)\s+(?!(?:the|a|an|this|that|these|those)\s)"
    r"(?!(?:he|she|it|they|we|you|i)\s+[a-z]+\W*$)(?P<doer>(?:[\w'’-]+\s+){1,3}?)"
    r"(?P<verb>[a-z]+)\W*$",
    re.I,
)


def _whom_done_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whom X did something to
    (_ASKS_WHOM_DONE) and its first passage writes no word of the verb, the first of its
    article's first LEDE_REACH, AMOUNT_NEAR as relevant, that does, put first: "who did
    leo xiv replace?" is told by "He succeeds Pope Francis...", not by the opening
    naming whom the cardinals elected."""
    asked = _ASKS_WHOM_DONE.match(question)
    verb = own_word(query, asked["verb"].lower()) if asked and query is not None else None
    if verb is None or not ranked or verb.written.lower() in _NO_DEED:
        return ranked
    if written_as_name(index, verb.written):  # "who will host eurovision?": the verb came
        return ranked  # first, a name last
    writes = partial(holds_any, index, terms=set(verb.alternatives))
    return put_first_in_its_article(index, ranked, writes, LEDE_REACH, AMOUNT_NEAR)


def _what_done_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what was done (_ASKS_WHAT_DONE) and its
    first passage writes the verb, but nowhere in the past, the first of its
    article's first LEDE_REACH writing it so (``_past_in_article_first``): "what was
    offered?" after the Boeing strike is told by "...the deal, which offered pay rises of
    25 percent", not by the opening's "...to reject a contract offer"."""
    asked = _ASKS_WHAT_DONE.match(question)
    verb = own_word(query, asked["verb"].lower()) if asked and query is not None else None
    if verb is None or not ranked or verb.written.lower() in _NO_DEED:
        return _state_first(index, question, query, ranked)
    return _past_in_article_first(index, ranked, set(verb.itself))


# "What was missing from the door plug?", "what is banned in australia?": what is so in
# or of X, which the participle saying so tells (not "what was extent of...", "what is
# responsible for...")
_ASKS_WHAT_STATE = lazy(
    r"^\W*what\s+(?:was|were|is|are)\s+(?P<state>[a-z]+(?:ed|en|ing))\s+"
    r"(?:from|in|on|at|of|for|by|with)\s+",
    re.I,
)
_GOING_ON = frozenset("happening going coming being doing".split())  # "what is happening in X"


def _state_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what is so of X (_ASKS_WHAT_STATE) and its
    first passage does not write the word saying so, the first of its article's first
    LEDE_REACH, AMOUNT_NEAR as relevant, that does: "what was missing from the door
    plug?" is told by "...four bolts meant to hold the panel in place appeared to have
    been missing", not by "The door plug was found two days later..."."""
    asked = _ASKS_WHAT_STATE.match(question)
    state = own_word(query, asked["state"].lower()) if asked and query is not None else None
    if state is None or state.written.lower() in _NO_DEED | _GOING_ON:
        return ranked
    terms = set(state.itself)
    return put_first_in_its_article(
        index, ranked, lambda text: holds_any(index, text, terms), LEDE_REACH, AMOUNT_NEAR
    )


def _past_in_article_first(
    index: Index, ranked: list[Ranked], did: set[str], by: Collection[str] = ()
) -> list[Ranked]:
    """``ranked`` with, where its first passage writes one of the terms ``did`` (a verb's)
    but nowhere in the past, the first of its article's first LEDE_REACH, AMOUNT_NEAR as
    relevant, writing one so, not with the doer (terms ``by``) only after it, whom it
    was done to ("what did munro write?": not "Margaret Atwood ... wrote that Munro 'was
    one of the world's great writers'")."""

    def pasts(text: str) -> list[bool]:  # for each time it writes the verb, whether past
        return [is_past(t.word) for t in index.analyzer.tokens(text) if t.term in did]

    def done_by(text: str) -> bool:
        tokens = index.analyzer.tokens(text)
        verbs = [i for i, t in enumerate(tokens) if t.term in did and is_past(t.word)]
        doers = [i for i, t in enumerate(tokens) if t.term in by]
        return bool(verbs) and (not doers or min(doers) < max(verbs))

    first = pasts(index.passages.text(ranked[0].number))
    if not first or any(first):
        return ranked
    return put_first_in_its_article(index, ranked, done_by, near=AMOUNT_NEAR)


# "When did the military take power in myanmar?": when X did it, the verb and what it
# was done to after X ("...since the military seized power from Aung San Suu Kyi's
# elected government in February 2021")
_ASKS_WHEN_DONE = lazy(
    r"^\W*when\s+(?:did|has|have|had)\s+(?:the\s+)?(?P<doer>[\w'’-]+)\s+"
    rf"(?:(?:{_IN_TURN})\s+)?(?P<verb>(?!(?:back|up|down|out|off|away|over|on|in)\b)[a-z][\w-]+)\s+\w",
    re.I,
)


def _done_when_first(
    index: Index, question: str, query: Query, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks when X did something to a thing
    (_ASKS_WHEN_DONE) and its first passage does not write X, or a word for it, with the
    verb, or a word for it, in the past within DONE_BY_GAP words after, the first of the next
    DEFAULT_TOP - 1, AMOUNT_NEAR as relevant, that does, put first: "when did the
    military take power in myanmar?" is told by "...since the military seized power...",
    not by "After rebel offensives in 2023, Myanmar's military junta suffered..."."""
    asked = _ASKS_WHEN_DONE.match(question)
    verb = own_word(query, asked["verb"].lower()) if asked else None
    doer = own_word(query, asked["doer"].lower()) if asked else None
    if verb is None or doer is None or asked["verb"].lower() in _NO_DEED:
        return ranked
    # ...the verb in the past: not "...Great Khans before the actual establishment of the
    # Yuan dynasty" for "when did khan establish the great yuan?"
    by, did = set(doer.alternatives), set(verb.alternatives)
    done = partial(_written_before, index, by, did, past=True)
    return put_first(index, ranked, done, near=AMOUNT_NEAR)


def _written_before(
    index: Index, first: set[str], then: set[str], text: str, past: bool = False
) -> bool:
    """Whether ``text`` writes one of the terms ``first`` with one of ``then`` (``past``:
    written in the past) within DONE_BY_GAP words after it ("SpaceX caught"; stop words
    aside: "children will not be punished")."""
    tokens = list(index.analyzer.tokens(text))
    return any(
        t.term in first
        and any(
            u.term in then and (not past or is_past(u.word.lower()))
            for u in tokens[i + 1 : i + 1 + DONE_BY_GAP]
        )
        for i, t in enumerate(tokens)
    )


# "Will kids get fined for using instagram?", "were the workers paid?": whether X had it
# done, X of one to three words before the passive's "get" or "be" and the participle
_ASKS_DONE_TO = lazy(
    r"^\W*(?:will|would|could|can|do|does|did|is|are|was|were)\s+(?:the\s+)?"
    r"(?P<done_to>(?:(?!(?:get|gets|got|gotten|be|been|being)\b)[\w'’-]+\s+){1,3}?)"
    r"(?:(?:not|ever)\s+)?(?:get|gets|got|gotten|be|been|being)\s+(?P<verb>[a-z]+(?:ed|en))\b",
    re.I,
)
# ...or the plain passive: "were card details stolen in the m&s hack?", "has any money
# been taken?" (not "has the fire reached jasper?")
_ASKS_DONE_TO_PLAINLY = lazy(
    r"^\W*(?:(?:is|are|was|were)\s+(?:the\s+|any\s+)?(?P<done_to>(?:[\w'’-]+\s+){1,3}?)"
    r"|(?:has|have|had)\s+(?:the\s+|any\s+)?(?P<had>(?:[\w'’-]+\s+){1,3}?)been\s+)"
    r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|en))\b",  # "...officially associated": no X's
    re.I,
)


def _done_to_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whether X had it done (_ASKS_DONE_TO)
    and its first passage does not write X, or a word for it, with the verb, or a word
    for it, within DONE_BY_GAP words after, the first of its article's first LEDE_REACH,
    AMOUNT_NEAR as relevant, that does, put first: "will kids get fined for using
    instagram?" is told by "Parents and children will not be punished for breaking the
    rules", not by "Companies that fail to stop under-16s ... face fines of up to 49.5
    million Australian dollars", whose fines are the companies'. Where none does, the
    first of them holding X where the first holds none of it ("were card details stolen in the
    m&s hack?": "...no payment card details or passwords were taken", not the opening's
    "...hackers had stolen some personal data")."""
    plainly = _ASKS_DONE_TO_PLAINLY.match(question)
    asked = _ASKS_DONE_TO.match(question) or plainly
    if asked is None or query is None or not ranked:
        return ranked
    verb = own_word(query, asked["verb"].lower())
    written = (asked["done_to"] or asked.groupdict().get("had") or "").lower().split()
    done_to = [w for w in query.own_words if w.written.lower() in written and w.alternatives]
    if verb is None or not done_to:
        return ranked
    to = {t for w in done_to for t in w.alternatives}
    done = partial(_written_before, index, to, set(verb.alternatives))
    moved = put_first_in_its_article(index, ranked, done, LEDE_REACH, AMOUNT_NEAR)
    # ...asked plainly of X weightier than the verb ("was the company warned?" asks of
    # the warning)
    weightier = sum(w.importance for w in done_to) > verb.importance
    if asked is not plainly or not weightier or moved is not ranked:
        return moved
    if index.bm25.holding(to, numbers_of(ranked, 1))[0]:
        return ranked
    held = [set(w.alternatives) for w in done_to]
    return put_first_in_its_article(
        index, ranked, lambda text: holds_each(index, text, held), LEDE_REACH, AMOUNT_NEAR
    )
