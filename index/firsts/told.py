"""What the sentence after an answer, or its article, tells a question no search finds."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from functools import partial

import numpy as np

from ..asked import (
    ASKS_SURVIVED,
    MADE_IN,
    SAID_ON,
    TO_COME,
    asks_again,
    asks_destination,
    asks_future,
    asks_next,
    asks_recovery,
    asks_when,
    country_asked,
    is_year,
    lasting_told,
    tells_again,
    tells_recovery,
    tells_when,
    time_asked,
)
from ..asked_amounts import (
    AGED,
    AMOUNT,
    AREA,
    EARNED_VERBS,
    FIGURES,
    MEASURED,
    MONEY,
    SCORE,
    SHARE,
    TELLING_MEASURES,
    amount_asked,
    asks_earned,
    asks_heat,
    asks_height,
    asks_how_big,
    asks_margin,
    asks_money,
    asks_score,
    counted,
    how_asked_alone,
    numbers_in,
    tells_margin,
    tells_price,
)
from ..asked_by import BIRTH_NAME, ENDED, OBJECTION
from ..index import Index
from ..opening import title_asked
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked, numbers_of
from ..seeming import asked_how, holding_all, is_light, names_a_country, term_ids, title_ids
from .ages import AGE_REACH, AGED_BACK, age_telling, age_told
from .named import BY_NOUN
from .places import ASKS_WHERE, WHERE_ALONE, bound, place_telling
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    LEDE_REACH,
    first_as_sure_as,
    first_telling,
    holds_any,
    holds_each,
    moved_first,
    names_in,
    of_earlier_year,
    own_word,
    sentence_after,
    sure_first,
    tells_number,
    told_first,
    told_in_first_article,
    told_of_asked_first,
)
from .quotes import ASKS_HIS_WORDS, QUOTATION, SAY_WORDS, WHAT_SAID, quoted_by_pronoun
from .reasons import REASON, asks_why, explains

# A sentence telling the detail of the one before: "As in the House of Commons, a number
# of qualifications apply to being an MSP. Specifically, members must be over the age of
# 18..." ("how old must a person be to apply to be an MSP?" said the passages do not say)
_ELABORATES = lazy(
    r"\W*(?:specifically|in particular|for example|for instance|namely|that is)\b", re.I
)
# A sentence speaking of what the one before named: "The device, which..., costs...", "It".
_REFERS_BACK = lazy(rf"\s*(?:{BY_NOUN}|it|its|they|he|she)\b", re.I)
_NAME = r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*"  # capitalised words: "Jannik Sinner"
_OPENING_NAME = lazy(rf"\W*{_NAME}")


def told_after(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks an age ("how old") or an amount ("how much
    is the vision pro?") and none of its first passages tells it (an age among the first
    AGE_REACH, an amount among the first DEFAULT_TOP), the sentence after one of its
    first DEFAULT_TOP that opens with a name asked, in the same article, where it tells
    it referring back (AGED_BACK, _REFERS_BACK), put first, as relevant as that one: it
    names nothing asked, so no search finds it ("The 22-year-old Italian won..." after
    "Jannik Sinner came back...", "The device ... costs 3,499 dollars" after "Apple's
    Vision Pro headset went on sale..."; "how much is it?" after "what is the vision
    pro?"); asked where, a place, where none nearly as relevant names one ("She died ...
    at a care home in Port Hope, Ontario" after "Alice Munro, the Canadian writer ...,
    has died at the age of 92"); asked whom one did something to, where the first does
    not say it done, the doing ("He defeated George Simion..." after "Nicusor Dan ...
    won Romania's presidential run-off...")."""
    if not ranked:
        return ranked
    counting = counted(question)
    # ...what is to come; where no sentence after tells it, "where will X ...?" asks a
    # place too, told as below
    to_come = asks_next(question) and not counting
    if to_come and (moved := to_come_after(index, ranked)) is not ranked:
        return moved
    if (reading := _told_after_how(index, question, query, ranked, counting)) is None:
        return ranked
    back, tells = reading
    # the question's words, and those of the one it follows up ("how much is it?")
    asked = {term for word in query.words for term in word.itself}
    for place, r in enumerate(ranked[:DEFAULT_TOP]):
        if (after := sentence_after(index, r.number)) < 0:
            continue
        if place == 0 and (detail := _detail_telling(index, r.number, tells)) >= 0:
            return first_as_sure_as(ranked, r, detail)  # the first's own detail
        text = index.passages.text(r.number)
        opening = _OPENING_NAME.match(text)  # whom it names first
        if not opening:
            continue
        # the one asked of by name, or, first and saying all the question does, by what
        # it says they are ("how old is the chess champion?": "India's Gukesh Dommaraju
        # became the youngest world chess champion..." before "The 18-year-old won...")
        described = place == 0 and back is AGED_BACK and _describes(index, query, r.number)
        if asked.isdisjoint(index.analyzer.analyze(opening.group())) and not described:
            continue  # "how old is medvedev?": "Sinner ... beat Medvedev. The 22-year-old"
        following = index.passages.text(after)
        if back.match(following) and tells(following):
            return first_as_sure_as(ranked, r, after)
    return ranked


def _told_after_how(
    index: Index,
    question: str,
    query: Query,
    ranked: list[Ranked],
    counting: re.Pattern[str] | None,
) -> tuple[re.Pattern[str], Callable[[str], object]] | None:
    """How the sentence after one ``told_after`` looks at refers back, and what tells
    what ``question`` asks (an age, a place, whom one did something to, an amount); None
    where it asks none of those or one of the first passages tells it already."""
    if counting is AGED:
        if age_told(index, question, ranked, query):
            return None
        return AGED_BACK, age_telling(index, question, query=query)
    if asks_when(question) and not asks_future(question):
        # ...a day, not the one it was told on ("...has died at the age of 92, her family
        # said on Tuesday"; "She died on Monday evening at a care home...", after it)
        def dated(text: str) -> bool:
            return bool(tells_when(SAID_ON.sub(" ", text), question))

        told = first_telling(index, ranked, dated, DEFAULT_TOP) >= 0
        return None if told else (_REFERS_BACK, dated)
    if ASKS_WHERE.match(question):
        places = place_telling(question)
        told = first_telling(index, ranked, places, DEFAULT_TOP) >= 0
        return None if told else (_REFERS_BACK, places)
    whom = _ASKS_WHOM_DONE.match(question)
    if whom and (verb := own_word(query, whom.group(1).lower())):
        if index.bm25.holding(verb.alternatives, numbers_of(ranked, 1)).any():
            return None  # the first says it done
        terms = set(verb.alternatives)
        return _REFERS_BACK, lambda text: holds_any(index, text, terms)
    if not amount_asked(question):
        return None
    number = partial(tells_number, numbers_in(question))
    if any(number(index.passages.text(r.number)) for r in ranked[:DEFAULT_TOP]):
        return None
    return _REFERS_BACK, number


# "Who did nicusor dan beat?": whom one named did what the closing verb says, which the
# sentence after the one naming them may say of them ("He defeated George Simion...")
_ASKS_WHOM_DONE = lazy(r"^\W*who(?:m)?\s+did\s+.+?\s+([a-z]+)\W*$", re.I)


def to_come_after(index: Index, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where none of its first DEFAULT_TOP tells what is to come
    (TO_COME), the sentence after one of them in its paragraph that does put first, as
    relevant as that one: "which country will host eurovision next year?" is told by
    "Austria will now host the 2026 contest." after "Switzerland hosted because Nemo won
    last year's contest in Sweden.", naming no Eurovision."""
    if first_telling(index, ranked, TO_COME.search, DEFAULT_TOP) >= 0:
        return ranked
    for r in ranked[:DEFAULT_TOP]:
        for after in _in_paragraph_after(index, r.number):
            if TO_COME.search(index.passages.text(after)):
                return first_as_sure_as(ranked, r, after)
    return ranked


def _detail_telling(index: Index, number: int, tells: Callable[[str], object]) -> int:
    """The passage after ``number`` in its paragraph, up to DETAIL_REACH on, that opens
    telling its detail (_ELABORATES: "Specifically, members must be over the age of 18")
    and tells what is asked (``tells``); -1 where none does."""
    for after in _in_paragraph_after(index, number, DETAIL_REACH):
        text = index.passages.text(after)
        if _ELABORATES.match(text):
            return after if tells(text) else -1
    return -1


def _in_paragraph_after(index: Index, number: int, reach: int = 1) -> Iterator[int]:
    """The passages after ``number`` in its paragraph of its article, up to ``reach``."""
    paragraph, article = index.passages.column("paragraph"), index.passages.article
    for after in range(number + 1, min(number + 1 + reach, len(index.passages))):
        if paragraph[after] != paragraph[number] or article[after] != article[number]:
            return
        yield after


# How far on in a paragraph its detail may be told: "...a number of qualifications apply
# to being an MSP. Such qualifications were introduced under the ... Act 1975 ...
# Specifically, members must be over the age of 18..."
DETAIL_REACH = 3


def _describes(index: Index, query: Query, number: int) -> bool:
    """Whether passage ``number`` holds each of ``query``'s words (as written or by an
    alternative; "new" or "current" it may not: _NOW_HELD), none of them a name its
    article's title does not write: it says what
    the one asked of is, and names no one else asked ("how old was vingegaard?" is not
    asked of "Tadej Pogacar won the Tour de France ... ahead of Jonas Vingegaard")."""
    text = index.passages.text(number)
    held = set(index.analyzer.analyze(text))
    others = names_in(index, text) - set(index.analyzer.analyze(index.info_of(number).title))
    return bool(query.words) and all(
        (not held.isdisjoint(w.alternatives) or w.written.lower() in _NOW_HELD)
        and others.isdisjoint(w.alternatives)
        for w in query.words
    )


# Which holder, asked of the one holding it now, that a sentence saying who became it
# need not write: "how old is the new chess champion?", "India's Gukesh Dommaraju became
# the youngest world chess champion..."
_NOW_HELD = frozenset({"new", "current", "reigning", "latest"})


# The words naming money where a question asks an amount of it: what it asks, not of what
# (a prize's too, and "worth" asking it: "how much is the prize worth?" after the physics
# Nobel is told by "The two will share the prize of 11 million Swedish kronor...", not by
# the opening's "The Nobel Prize in Physics was awarded..." nor the peace prize's "The
# prize is worth 11 million Swedish crowns..."); and a place paid for, and its cost,
# which news writes as what was paid ("how much did tickets cost?" after the Titan:
# "Passengers paid 250,000 dollars each for a place on the dive").
_MONEY_WORDS = frozenset(
    {"money", "cash", "prize", "worth", "cost", "costs", "price"}
    | {"ticket", "tickets", "fare", "fares", "seat", "seats"}
)
# ...and those asking whether some lived
_SURVIVAL_WORDS = frozenset({"survive", "survived", "alive"})


def told_in_article(
    index: Index,
    question: str,
    query: Query,
    ranked: list[Ranked],
    found: list[Ranked],
    followed: str = "",
) -> list[Ranked]:
    """``ranked`` with, where ``question`` follows up another and names nothing of its
    own but a light verb ("how old was he?", "how hot did it get?", "what was the
    score?") or the money it asks an amount of ("how much money do they get?" after the
    peace prize: "The prize is worth 11 million Swedish crowns", where the tennis's
    "Sinner received prize money of..." says "money"), the first of its first DEFAULT_TOP
    that tells what it asks (``what_tells``: an age, a heat, a number of what it counts, a
    score) put first, or where none does, the first sentence of the first passage's
    article that does, as sure as that one (one holding each word carried before the
    rest: "how much did it cost?" after "what is r1?"; asked "how much?" alone, money
    before another amount): the words carried find the
    article, not the sentence ("how old was he?" after "who was arrested?" on the Vienna
    concerts: "The main suspect, a 19-year-old Austrian, ..." holds none of "concerts",
    "cancelled", "arrested"). A score is looked for so in the article also where the
    question names its own subject and none of the first tells it: "what was the final
    score of the chess match?" finds the match, and the score is written "won 7.5 points
    to 6.5", with none of its words; a time named, by a sentence writing it ("at
    halftime"). So is a heat ("how hot did it get during the hajj?": "Temperatures in
    Mecca reached 51.8 degrees Celsius...", naming neither), and a height ("how high was
    the alaska airlines plane?": "The plane was climbing through about 16,000 feet...").
    A "why?" naming nothing after an article's opening is told by a reason
    (``_why_alone``).
    ``found`` are all the passages found, the bar aside: where none of them reaches it
    (its light verb counts against them all: "how hot did it get?" after "how many
    egyptians?"), the first of them finds the article. ``followed`` is the article the
    answer before quoted first, if any: naming nothing of its own, the question asks of
    it ("who did it?" after "what was stolen?" on the M&S hack, whose "stolen" the
    Louvre's jewels say too)."""
    if (remedy := _remedy_first(index, question, query, ranked or found, followed)) is not None:
        return remedy
    tells = what_tells(index, question, query)
    why_alone = tells is None  # ...told in the article's order: news gives the cause
    # before what was done of it ("Engineers traced the problem to a single faulty chip",
    # before "Because the code could not be stored in one place, the team split it...")
    tells = tells or _why_alone(index, question, query, ranked)
    if not found or tells is None:
        return ranked
    # "money" in "how much money do they get?" names what is asked, as "score" does
    kind = _MONEY_WORDS if asks_money(question) else frozenset()
    # ...and the verb asking it earned ("how much does he earn?" after Mbappe: "He will
    # receive a signing bonus reported to be about 100 million euros...", not the Suez
    # Canal's authority, "which earns Egypt about 9 billion dollars a year")
    kind = (kind | EARNED_VERBS) if asks_earned(question) else kind
    # ...and "recover" whether what failed will work again ("will it recover?" after the
    # lunar lander: "He said the panels might produce power again...")
    kind = (kind | {"recover"}) if asks_recovery(question) else kind
    # ...and "survive" or "alive" whether some lived ("did anyone survive?" after the Titan)
    kind = (kind | _SURVIVAL_WORDS) if ASKS_SURVIVED.search(question) else kind
    # ...and the words asking who objects ("what do critics say?" after the food study)
    kind = (kind | OBJECTION.words | SAY_WORDS) if OBJECTION.asked(question) else kind
    # ...and "real name" the name asked ("what was her real name?" after Alice Munro)
    kind = (kind | BIRTH_NAME.words) if BIRTH_NAME.asked(question) else kind
    # ...and the kind of a place asked ("which country?")
    kind = (kind | {country}) if (country := country_asked(question)) else kind
    # ...and "high" in "how high did it go?" the measure asked, as "long" of "how long"
    # (and "say" of "what did he say?" after the new pope: his words quoted in the article
    # followed, "...he called for 'a Church that builds bridges'", not "Observers said his
    # choice of name recalled..."; not another's named, '"A dream come true," Mbappe wrote'
    # after "psg president", whom the article quotes nowhere; with no article followed, a
    # quote of another is no one's asked of)
    if ASKS_HIS_WORDS.search(question) and followed in index.spans:
        kind = kind | SAY_WORDS
        tells = quoted_by_pronoun
    own = query.own < 0 or any(
        not is_light(index.analyzer, w, verbs=True)
        and w.written.lower() not in kind
        and not asked_how(question, w.written)
        for w in query.own_words
    )
    # a price asked of a thing named, where the first passage writes no figure at all nor
    # "free" (one that does may tell it otherwise: "...cost up to 50 percent more than
    # last year", "meetings are free to attend"): the price as near as telling_first wants
    priced = (
        own
        and asks_money(question)
        and not asks_earned(question)
        and bool(ranked)
        and not _figured(first := index.passages.text(ranked[0].number))
        and not tells_price(first)
    )
    # ...and a heat asked of a thing named: "how hot did it get during the hajj?" is told
    # by "Temperatures in Mecca reached 51.8 degrees Celsius...", which names neither
    specific = asks_score(question) or asks_earned(question) or asks_heat(question)
    # ...and so is a measure only the answer writes so: "how deep was the titan sub?" is
    # told by "...debris from the vessel ... some 3,800 metres down", naming neither
    counting = counted(question)
    specific = specific or counting in TELLING_MEASURES
    # ...and a height: "how high was the alaska airlines plane?" is told by "The plane was
    # climbing through about 16,000 feet...", a sixth as relevant as the three naming the
    # airline
    specific = specific or asks_height(question)
    # ...and an area: "how big is the jasper wildfire?" is told by "The fire ... grew to
    # more than 36,000 hectares", less relevant than the opening's "About 25,000 residents"
    specific = specific or (asks_how_big(question) and counting is FIGURES)
    # ...and where a thing named was going, which its sentence need not name ("where is
    # the moscow circus going?": "Its director said the company would travel to China")
    specific = specific or asks_destination(question)
    # ...and whether it will happen again ("will rates go up again?" after the Bank of
    # Japan: "Economists said further rate increases were likely...")
    specific = specific or asks_again(question) or asks_recovery(question)
    if own and ranked and counting is AGED:
        return _aged_in_article(index, ranked, tells)
    if own and not (ranked and (specific or priced)):
        return ranked
    near = AMOUNT_NEAR if priced else 0.0
    place = first_telling(index, ranked, tells, DEFAULT_TOP, near=near) if ranked else -1
    if place >= 0 and tells is _tells_much:  # ...of those, money before another amount
        # ("how much?" after "headset": "...costs 3,499 dollars", not "...analysts
        # estimated pre-orders at about 200,000 units")
        paid = first_telling(index, ranked, MONEY.search, DEFAULT_TOP, near=near)
        place = paid if paid >= 0 else place
    if own and place >= 0 and asks_score(question):
        # ...of its article, a score of the time named that it does not write ("what was
        # the score at half-time in the super bowl?": not the opening's final "...beat the
        # Kansas City Chiefs 40-22")
        later = _score_of_time_first(index, query, ranked, ranked[place], tells)
        if later is not None:
            return later
    if own and place > 0 and specific:
        # ...of the first three, one telling what only an answer writes so comes first,
        # however less relevant ("what was the score at halftime?" after "who performed at
        # halftime?": "Philadelphia led 24-0 at half-time...", a sixth as relevant as
        # "Kendrick Lamar performed at the half-time show", which the carried words found)
        return moved_first(ranked, ranked[place])
    if own and place >= 0:
        return ranked  # one of the first tells it: telling_first puts it first, later
    followed_up = not own and followed in index.spans
    # naming nothing of its own, the first three are alike: the one telling, of the
    # article followed ("how much money?" after the climate deal's opening: not the
    # "...35.9 billion in cash" of a takeover the words carried found too)
    if (
        place >= 0
        and not why_alone
        and (not followed_up or ranked[place].number in index.spans[followed])
    ):
        # ...its article's opening before the rest, where it tells it too: news gives its
        # own figure there ("how much?" after "google fine": "...upheld a 2.4 billion euro
        # ($2.7 billion) fine against Google...", not "...still faces two other EU cases,
        # including a 4.1 billion euro fine over its Android...")
        opening = index.span_of(ranked[place].number).start
        opened = (
            r
            for r in ranked[place + 1 : DEFAULT_TOP]
            if r.number == opening and tells(index.passages.text(r.number))
        )
        chosen = next(opened, ranked[place])
        return moved_first(ranked, chosen) if chosen is not ranked[0] else ranked
    top = (ranked or found)[0]
    span = index.spans[followed] if followed_up else index.span_of(top.number)
    # ...and where it is asked of a thing named, writing a word of its ("how much does
    # wegovy cost?": "...the drug, which costs about 1,300 dollars a month", not naming
    # Wegovy, a quarter as relevant as "The trial was paid for by Novo Nordisk")
    # (a follow-up's carried words found the article: "how much money was agreed?" after
    # the climate talks is told by "Rich countries will provide at least 120 billion
    # dollars a year", naming neither)
    carried = query.own >= 0 and followed in index.spans and top.number in index.spans[followed]
    saying = _saying_any(index, query) if priced and not carried else None

    def telling(number: int) -> bool:
        text = index.passages.text(number)
        return bool(tells(text)) and (saying is None or saying(text))

    if own and asks_score(question):
        # ...a score of a time named, by a sentence of the match writing its word ("what
        # was the score at halftime?": "Philadelphia led 24-0 at half-time", not the
        # opening's final result, "...beat the Kansas City Chiefs 40-22")
        # (of those writing any, one writing each its title does not first: "what was the
        # super bowl score at halftime?" names the match too, titled so)
        untitled = _saying_untitled(index, query, top.number)
        for writes in (untitled, _saying_any(index, query)):
            named = told_first(
                ranked, top, span, lambda n, w=writes: telling(n) and w(index.passages.text(n))
            )
            if named is not None:
                return named
    # ...of those, one holding each word carried first: what "it" is ("how much did it
    # cost?" after "what is r1?": "DeepSeek says it trained the model ..., called R1,
    # for less than 6 million dollars", not the opening's "...erasing almost 600 billion
    # dollars of its market value")
    carried = query.carried_words

    def carrying(number: int) -> bool:
        return telling(number) and bool(holding_all(index, carried, np.array([number]))[0])

    told = told_first(ranked, top, span, carrying) if carried else None
    if tells is _tells_much:  # ...money before another amount ("how much?" after the peace
        # prize: "The prize is worth 11 million Swedish crowns, about 1 million dollars",
        # not "The bombs ... killed an estimated 140,000 people...", further up)

        def paid(number: int) -> bool:
            return telling(number) and MONEY.search(index.passages.text(number)) is not None

        told = told or told_first(ranked, top, span, paid)
    told = told or told_first(ranked, top, span, telling)
    for other in ranked[1:DEFAULT_TOP] if own and told is None else ():
        # ...or of the next of the first's articles ("where is the moscow circus going?":
        # the first, "In January, Myanmar gifted six elephants to the Moscow Circus...", is
        # of the junta's visit to Moscow)
        within = index.span_of(other.number)
        if within != span:
            told = told_first(ranked, other, within, telling)
            if told is not None:
                break
    if (
        told is None
        and priced
        and followed in index.spans
        and followed != index.info_of(top.number).id
    ):
        # ...and, a price asked on, of the article followed ("how much did a ticket
        # cost?" after the Titan, whose own words found the Vienna concerts' "ticket
        # holders would receive full refunds": "Passengers paid 250,000 dollars each...")
        told = told_first(ranked, top, index.spans[followed], telling)
    if told is None and not own and _ASKS_DOER.match(question):
        # "who did it?" where the article ascribes it to no one: its news says who, as far
        # as it knows ("Thieves stole eight pieces of jewellery...", not "The Louvre, the
        # world's most visited museum, closed for the day")
        told = sure_first(ranked, top, span.start)
    return told or ranked


# "How did they fix it?", asked of the news followed...
_ASKS_FIXED = lazy(
    r"^\W*how\s+(?:did|do|does|have|has|had|will|would|could|can)\s+(?:they|he|she|it|we"
    r"|engineers|nasa|the\s+\w+)\s+(?P<verb>fix|fixed|solve|solved|repair|repaired|mend|sort)\b"
    # ...or asked of what was fixed: "how did voyager get fixed?", "how was it repaired?"
    r"|^\W*how\s+(?:did|was|were|is|has|have|had)\s+(?:[\w'’-]+\s+){1,3}?(?:get\s+|got\s+|been\s+)?"
    r"(?P<done>fixed|solved|repaired|mended)\W*$",
    re.I,
)
# ...which its article tells after the problem it traced, in words of its own
_PROBLEM = lazy(r"\b(?:problem|fault|failure|glitch|bug|flaw|malfunction)s?\b", re.I)


def _remedy_first(
    index: Index, question: str, query: Query, ranked: list[Ranked], followed: str
) -> list[Ranked] | None:
    """``ranked`` with, where ``question`` asks how what it follows up was fixed
    (_ASKS_FIXED) and none of the first LEDE_REACH sentences of the article ``followed``
    (asked anew, the first passage's) writes a word of the fixing (by any of its terms),
    the sentence after the first of them naming the problem (_PROBLEM) put first, as sure
    as the first: what was done about it ("how did they fix it?" after Voyager 1's news:
    "Because the code could not be stored in one place, the team split it into
    sections...", after "Engineers traced the problem to a single faulty chip...", not
    CrowdStrike's "...a fix had been released"); None otherwise."""
    asked = _ASKS_FIXED.match(question) if ranked else None
    if asked is None:
        return None
    if followed in index.spans:
        span = index.spans[followed][:LEDE_REACH]
        fixing = {t for w in query.own_words for t in w.alternatives}
    else:  # ...or, asked anew, what the first passage's article says ("how did nasa fix
        # voyager?" quoted the opening, "...sending usable information ... again")
        span = index.span_of(ranked[0].number)[:LEDE_REACH]
        verb = own_word(query, (asked["verb"] or asked["done"]).lower())
        fixing = set(verb.alternatives) if verb else set()
    text = index.passages.text
    if any(holds_any(index, text(n), fixing) for n in span):
        return None  # ...the search finds it
    problem = next((n for n in span if _PROBLEM.search(text(n))), None)
    if problem is None or problem + 1 not in span:
        return None
    return sure_first(ranked, ranked[0], problem + 1)


# An age written beside the name it is of ("...elected Robert Francis Prevost, 69, as the
# new leader", "Mikey Madison, who plays the title role, is 25"), not "The 22-year-old
# Italian won...", which refers back to whom a sentence before named, nor "...set by
# Garry Kasparov, who was 22 when he won the title"
_NAMED_AGE = lazy(
    r"\b[A-Z][\w’'-]+,\s+(?:who\s+[^,.;]+,\s+)?(?:is\s+|was\s+|aged\s+)?\d{1,3}\b(?![.,]\d)"
)


def _aged_in_article(
    index: Index, ranked: list[Ranked], tells: Callable[[str], object]
) -> list[Ranked]:
    """``ranked`` with, where none of its first AGE_REACH writes an age of whom it asks
    (``tells``; not merely the year it was made: counted_first puts that first only
    where nearly as relevant), the first sentence of the first's article writing one
    beside a name
    (_NAMED_AGE) first, as sure as the first: one asked of by a role is named in the
    sentence telling the age ("how old is the pope?": "...cardinals elected Robert
    Francis Prevost, 69, as the new leader of the Catholic Church", naming no pope, where
    "He succeeds Pope Francis, who died ... at the age of 88" writes another's)."""

    def aged(text: str) -> bool:  # ...an age, not "The 2.6-kilometre bridge, opened in
        # 1977, ..." (0.41 as relevant as the opening: "how old was the baltimore bridge?")
        return bool(tells(text)) and not MADE_IN.search(text)

    if first_telling(index, ranked, aged, AGE_REACH, near=0.0) >= 0:
        return ranked  # telling_first puts it first (counted_first)

    def named_age(text: str) -> bool:
        return bool(_NAMED_AGE.search(text)) and bool(tells(text))

    # ...else, of a thing, when it was made ("how old is voyager?": "Launched in 1977, the
    # probe became...", naming no Voyager)
    told = told_in_first_article(index, ranked, named_age)
    return told or told_in_first_article(index, ranked, MADE_IN.search) or ranked


_FIGURES_WRITTEN = lazy(r"\d+(?:[.,]\d+)*")


def _figured(text: str) -> bool:
    """Whether ``text`` writes a figure other than a year ("...by 2035" writes none)."""
    return any(not is_year(n) for n in _FIGURES_WRITTEN.findall(text))


# Why what it follows up happened, asked of nothing else ("why did it happen?", "what caused
# it?", which answers.answer asks as the first); not why it does ("why does it happen?"
# after coral bleaching: "Corals bleach when the water gets too warm...")
_ASKS_WHY_IT_HAPPENED = lazy(
    r"\W*(?:so\s+)?(?:why|how)\s+(?:did|has|had)\s+(?:it|this|that)\s+happen(?:ed)?\W*",
    re.I,
)


def _why_alone(
    index: Index, question: str, query: Query, ranked: list[Ranked]
) -> Callable[[str], object] | None:
    """What tells why, where ``question`` asks it of what it follows up naming nothing of
    its own and the first passage is an article's opening, its news ("why did it
    happen?" after Dubai's floods: "Some commentators blamed cloud seeding..."): a reason
    (REASON); None otherwise. Not of another sentence, which may tell why in words no
    pattern reads ("why did they do that?" after "nvidia stock split?": "Nvidia split its
    stock ... to make shares more affordable", not "...driven by demand for the
    processors" of the shares' rise). The opening may be second or third, after a
    sentence of its article of another year ("why did he do it?" after South Korea's
    martial law: "It was the first time martial law had been declared ... since 1980",
    then the opening, "...lifted martial law ... after declaring it")."""
    if query.own != 0 or not ranked or not asks_why(question):
        return None
    if _ASKS_WHY_IT_HAPPENED.fullmatch(question):  # ...asked of the news itself, wherever
        # the first stands, by what explains it too ("why did it happen?" after the Alaska
        # Airlines blowout: "Investigators ... said that four bolts ... appeared to have
        # been missing", not "Alaska Airlines grounded all 65 of its Max 9 jets")
        return explains
    first = ranked[0].number
    opening = index.span_of(first).start
    if opening == first:
        return REASON.search
    words = [w.alternatives.keys() for w in query.words if w.alternatives]
    if opening in numbers_of(ranked, DEFAULT_TOP).tolist() and of_earlier_year(index, first, words):
        return REASON.search
    return None


def _score_of_time_first(
    index: Index,
    query: Query,
    ranked: list[Ranked],
    chosen: Ranked,
    tells: Callable[[str], object],
) -> list[Ranked] | None:
    """``ranked`` with the first sentence of ``chosen``'s article telling a score
    (``tells``) and holding the question's own words its title does not (a time named:
    "at half-time", ``_saying_untitled``), first, as sure as ``chosen``; None where
    ``chosen`` holds them or none does."""
    untitled = _saying_untitled(index, query, chosen.number)
    if untitled(index.passages.text(chosen.number)):
        return None

    def telling(number: int) -> bool:
        text = index.passages.text(number)
        return bool(tells(text)) and untitled(text)

    return told_first(ranked, chosen, index.span_of(chosen.number), telling)


# The words asking a score, which the sentence telling it need not write
_SCORE_WORDS = frozenset("score scores final".split())


def _saying_untitled(index: Index, query: Query, number: int) -> Callable[[str], bool]:
    """Whether a text holds each of ``query``'s own words (a word of its, or a synonym)
    that the title of passage ``number``'s article does not, nor asks a score (none: no
    text does)."""
    title = title_ids(index, number)
    words = [
        set(w.alternatives)
        for w in query.own_words
        if w.alternatives
        and w.written.lower() not in _SCORE_WORDS
        and not term_ids(index, w.alternatives) & title
    ]
    if not words:
        return lambda text: False
    return lambda text: holds_each(index, text, words)


def _saying_any(index: Index, query: Query) -> Callable[[str], bool]:
    """Whether a text holds any of ``query``'s own words (a word of its, or a synonym)."""
    return partial(holds_any, index, terms={t for w in query.own_words for t in w.alternatives})


# "Who did it?", "who was behind it?", "who's responsible?": whoever did what the article
# is about...
_ASKS_DOER = lazy(
    r"^\W*who(?:'s|’s|\s+is|\s+was|\s+were|\s+are)?\s+(?:did|does|do|done|has\s+done"
    r"|behind|responsible)(?:\s+(?:it|this|that|for\s+(?:it|this|that)))?\W*$",
    re.I,
)
# Whether some survived (ASKS_SURVIVED) is told by their deaths as often: "The five people
# aboard the Titan submersible were killed...", not "Passengers paid 250,000 dollars each..."
# (nor by an escape on something, fleeing: "They escaped on two scooters...")
LIVED_OR_DIED = lazy(
    r"\b(?:surviv\w*|escaped(?!\s+(?:on|by|aboard|with|in)\b)|killed|died|dead|deaths?"
    r"|perished|alive|rescued|lost their lives)\b",
    re.I,
)


# ...which news writes as a doing ascribed, by a group or by a name: "The attack is thought
# to have been carried out by a group known as Scattered Spider", "...arrested two men
# suspected of planning an attack"
DOER = lazy(
    r"\b(?:carried out by|committed by|claimed responsibility|responsible for|(?:is|are|was|"
    r"were) behind|blamed (?:it )?on|suspected of|accused of)\b"
    # ...or, of a study, by those who did it ("Researchers at Harvard found...")
    r"|\b(?-i:Researchers|Scientists)\s+(?:at|from)\s+[A-Z]|\blead author\b",
    re.I,
)


def of_asked_before_first(
    index: Index,
    question: str,
    query: Query,
    ranked: list[Ranked],
    earlier: str,
    recent: Collection[str],
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks by its question word alone ("where?",
    "how long?", "how many?"; "when?" is ``dates.news_dated_first``'s) after a question
    asking something (not a topic named alone: ``opening.title_asked``), the first
    sentence of the article the answer before quoted first holding that question's own
    words and telling what is asked (a place, else ``what_tells``), first
    (``placing.told_of_asked_first``): "where?" after "how many died?" of Milton asks
    where they died ("...several people were killed at a retirement community in St.
    Lucie County", not "Milton weakened ... toward the Atlantic Ocean"); "how long?" after
    "were there traffic jams?" how long they were ("...traffic jams stretched for hours
    afterwards", not "The eclipse began ... about an hour and a half later")."""
    if not (ranked and earlier and recent) or query.own_words:
        return ranked
    if WHERE_ALONE.match(question):
        tells: Callable[[str], object] | None = place_telling(question)
    else:
        tells = what_tells(index, question, query) if how_asked_alone(question) else None
    last = earlier.split("→")[-1]  # (bot/service.py's CHAIN joins a chain's questions)
    if tells is None or title_asked(last):
        return ranked
    return told_of_asked_first(index, ranked, last, next(iter(recent)), tells)


def what_tells(
    index: Index, question: str, query: Query | None = None
) -> Callable[[str], object] | None:
    """What tells that a sentence writes what ``question`` asks, where a pattern tells
    it apart from an article's other sentences: an age of whom it asks (``age_telling``: "how
    old is he?" after the new pope is not told by "He succeeds Pope Francis, who died
    ... at the age of 88"), a score ("what was the score?"), money for a price or what
    is won, a length of time for "how long", a heat, a number of what "how many" counts
    (``counted``); None for any number, a measure in figures or a time, which most
    sentences of news write ("when was that?" after "who supplies Myanmar's jets?" is
    not told by the visit's Monday); for "who did it?", who is said to have done it
    (DOER); for what one said, a quotation; what is to come, or may again, or work again
    ("will it recover?": ``asked.tells_recovery``); who objects, an objection
    (``asked_by.OBJECTION``); one's real name, the name they were born with
    (``asked_by.BIRTH_NAME``); whether some lived, a death or a
    survivor (LIVED_OR_DIED); "which country?", a country (``seeming.names_a_country``);
    how big, an area (AREA). A follow-up's passage telling it names the follow-up's words
    (``answers._naming_its_own``)."""
    counting = counted(question)
    if counting is AGED:
        return age_telling(index, question, query=query)
    if _ASKS_DOER.match(question):
        return DOER.search
    if asks_destination(question):  # "where was it going?" after the bridge: "...for Sri Lanka"
        return bound
    if asks_next(question):  # "what's next?" after Starship: "NASA plans to use..."
        return TO_COME.search
    if asks_recovery(question):  # "will it recover?" after the lunar lander
        return tells_recovery
    if ASKS_SURVIVED.search(question):  # "did anyone survive?" after the Titan: "The five
        return LIVED_OR_DIED.search  # people aboard ... were killed..."
    if asks_how_big(question) and counting is FIGURES:  # "how big is it?" after "jasper
        # wildfire": "...grew to more than 36,000 hectares", not "About 25,000 residents..."
        return AREA.search  # (a town's size is its people's too: _PLACE_SIZES)
    if country_asked(question):  # "which country?" after "social media ban": "Australia's
        return partial(names_a_country, index.analyzer)  # parliament has passed..."
    if asks_again(question):  # "will it happen again?" after Iceland's volcano: "...more
        return tells_again  # eruptions could follow for years"
    if ENDED.asked(question):  # "is the blackout over?": "Power began returning ... by
        return ENDED.told.search  # Tuesday morning more than 99 percent ... restored"
    if asks_score(question):
        return SCORE.search
    if asks_money(question):  # "how much is it?" after the drug's side effects: money
        return MONEY.search
    if asks_margin(question):  # "by how much?" after the 100 metres: "...by five thousandths"
        return tells_margin
    if time_asked(question) == "how long":  # "how long did it last?": "...up to 4 minutes"
        return lasting_told(question)
    if (alone := how_asked_alone(question)) and alone[0] == "much":  # "how much?" after
        # the court's fine: money, a share or a figure ("...a 2.4 billion euro ($2.7
        # billion) fine against Google"), not 'a Google spokesperson said' nearer by words
        return _tells_much
    if BIRTH_NAME.asked(question):  # "what was her real name?" after Alice Munro's death:
        return BIRTH_NAME.told.search  # "Born Alice Laidlaw in Wingham, Ontario, ..."
    if OBJECTION.asked(question):  # "any criticism?" after the food study: "Other
        # scientists noted that the study was observational and could not prove..."
        return OBJECTION.told.search
    if WHAT_SAID.search(question):  # "what did he say?" after Sean Baker: a quotation
        return QUOTATION.search  # ('Baker dedicated the award "to all sex workers..."')
    if counting is None or counting is AMOUNT or counting is FIGURES:
        return None
    return counting.search


# A number of thousands or more in figures ("3.34 trillion", "15,000"), or of a unit
# (lengths and areas are MEASURED's)
_MUCH = lazy(
    r"\b\d[\d,.]*\s+(?:thousand|million|billion|trillion)\b|\b\d{1,3}(?:,\d{3})+\b"
    r"|\b\d[\d,.]*[\s-]*(?:mm|millimet\w*|cm|centimet\w*|inch\w*|litres?|liters?|gallons?"
    r"|barrels?|tonnes?|tons?|kg|kilograms?|grams?|degrees?)\b",
    re.I,
)


def _tells_much(text: str) -> bool:
    """Whether ``text`` writes money, a share, a measure or a number of thousands or more
    in figures: what "how much?" alone asks of the answer before (not a date nor a count:
    "how much?" after the tariffs is told by "A basic tariff of 10 percent...", not
    "Higher rates will follow on April 9 for about 60 trading partners...")."""
    return bool(
        MONEY.search(text) or SHARE.search(text) or MEASURED.search(text) or _MUCH.search(text)
    )
