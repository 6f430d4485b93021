"""How many, how much, how long and how often: a passage telling the amount first."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from functools import partial

import numpy as np

from ..asked import (
    LASTING,
    MADE_IN,
    dates_in,
    lasting_told,
    lastings_told,
    lengths_in,
    tells_when,
    time_asked,
    years_in,
)
from ..asked_amounts import (
    AGED,
    AMOUNT,
    ASKS_BIG,
    FIGURES,
    MEASURED,
    MEASURING,
    MONEY,
    ONE_HARMED,
    REGULARLY,
    SHARE,
    TELLING_MEASURES,
    amount_asked,
    asks_size,
    asks_strength,
    change_verb,
    changed_thing,
    compares_size,
    counted,
    counted_subject,
    counted_verb,
    harm_counted,
    in_units,
    numbers_in,
    prices_plainly_asked,
    says_how_often,
    tells_how_often,
    tells_strength,
)
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked, numbers_of
from ..seeming import is_light, written_as_name
from .ages import AGE_NEAR, AGE_REACH, age_telling
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    LEDE_REACH,
    TIMED_NEAR,
    article_first,
    counts_any,
    first_holding,
    first_telling,
    first_telling_first,
    holds_any,
    moved_first,
    nearly_first,
    opening_first,
    own_word,
    put_first,
    put_first_in_its_article,
    tells_its_news,
    tells_number,
    told_in_first_article,
)

# ...and an age told right after the name asked, this near: the lede names one in full,
# the sentence giving the age by surname ("Hinton, 76, who works at...", 0.43 as relevant
# over its folder's eight articles, 0.26 over its own)
AGE_NAMED_NEAR = 0.2


def _named_besides(index: Index, query: Query | None, verb: str) -> list[frozenset[str]]:
    """The terms of each of ``query``'s own words that the corpus holds but its ``verb``
    (lowercase) and the light words (``is_light``): what the question names."""
    if query is None:
        return []
    return [
        frozenset(w.alternatives)
        for w in query.own_words
        if w.alternatives and w.written.lower() != verb and not is_light(index.analyzer, w)
    ]


def length_told(index: Index, question: str, ranked: Sequence[Ranked]) -> bool:
    """Whether ``question`` asks how long and one of the first AGE_REACH of ``ranked``,
    AGE_NEAR as relevant, tells a length of time (LASTING): where lasting_first looks
    for one to put first."""
    return (
        time_asked(question) == "how long"
        and first_telling(index, ranked, lasting_told(question), AGE_REACH, AGE_NEAR) >= 0
    )


def lasting_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how long and its first passage tells no
    length of time (LASTING), the first of the next AGE_REACH - 1 that does, AMOUNT_NEAR
    as relevant (as a depth or a count: "how much longer is the trip?" after the Red Sea
    attacks, "The detour ... adds roughly 10 days", 0.46 as relevant as "Insurers have
    raised war-risk premiums ... for a single voyage"), put first: "how long did the
    eclipse last?" quoted "The next total solar eclipse ... will not happen until 2044"
    before "...about an hour and a half later"; "how long was the australian open
    final?", "Sinner is the first Italian man to win the Australian Open..." before
    "...in a final that lasted three hours and 44 minutes", fourth and 0.58 as relevant
    (AGE_NEAR, 0.5, before the fifty-eighth session). A race's time is asked so too ("what was
    lyles's winning time?": "Both men were timed at 9.79 seconds", third). In the first's
    article, one telling a length goes before one telling an end with a time
    (``lastings_told``)."""
    if time_asked(question) != "how long" and not _RACE_TIME.search(question):
        return ranked
    if _UNTIL.search(question):  # ...or when it came to be, for "how long until X?", as
        # near as a time is looked for (TIMED_NEAR: most sentences of news write one)
        return put_first(
            index, ranked, lambda t: any(lengths_in(t)) or tells_when(t, question), AGE_REACH
        )
    # ...first of all, in the first's article, one writing a word asked as lasting a
    # length ("how long was the sinner final?": "...in a final that lasted three hours and
    # 44 minutes", not "Medvedev, who also lost the 2022 final from two sets up, spent more
    # than 24 hours on court during the tournament")
    told = put_first_in_its_article(
        index, ranked, _lasting_asked(index, question, query), AGE_REACH, AMOUNT_NEAR
    )
    if told is not ranked:
        return told
    lasted, *ended = lastings_told(question)
    if ended:  # ...a length in the first's article before an end told with a time
        told = put_first_in_its_article(index, ranked, lasted, AGE_REACH, AMOUNT_NEAR)
        if told is not ranked:
            return told
    return put_first(index, ranked, lasting_told(question), AGE_REACH, AMOUNT_NEAR)


def _lasting_asked(
    index: Index, question: str, query: Query | None = None
) -> Callable[[str], bool]:
    """Whether a text writes a term of ``question`` right before (_LASTED_AFTER words at
    most, stop words aside) "lasted" or "took" and a length of time after it, or one
    carried by ``query`` from the question it follows up, or one of its own, right after
    a length saying how long it is ("gdl strike | how long is it?", "how long is the gdl
    strike?": "...began a six-day strike"), but not as a supposition ("how long was the
    boeing strike?" is told by no "a month-long strike could cost...")."""
    asked = set(index.analyzer.analyze(question))
    carried = {t for w in (query.carried_words if query else ()) for t in w.alternatives}
    # ...or asked, where the length is no supposition ("how long is the gdl strike?":
    # "...began a six-day strike", not Boeing's "a month-long strike could cost...")
    own = {t for w in query.own_words if not w.asks for t in w.alternatives} if query else set()
    lasting = carried | own  # (not the "long" of "how long", as "month-long" writes it)

    def tells(text: str) -> bool:
        tokens = index.analyzer.tokens(text)
        found = list(lengths_in(text))
        lengths = [m.start() for m in found]
        if any(
            t.term in lasting
            and m.end() <= t.start <= m.end() + 1
            and (t.term in carried or not _SUPPOSED.match(text, t.end))
            for m in found
            for t in tokens
        ):
            return True
        return any(
            _LASTED.fullmatch(t.word)
            and any(u.term in asked for u in tokens[max(0, i - _LASTED_AFTER) : i])
            and any(t.end <= start <= t.end + _LENGTH_AFTER for start in lengths)
            for i, t in enumerate(tokens)
        )

    return tells


_LASTED = lazy(r"lasted|lasts|took|takes")
_SUPPOSED = lazy(r"\s+(?:could|would|might|may)\b")
_LASTED_AFTER = 2  # "a final that lasted": "that" is a stop word
_LENGTH_AFTER = 12  # characters: "lasted about three hours", "took more than a day"


# "How long until it came back?" asks when it did as much as for how long: "Power began
# returning ... by the evening, and by Tuesday morning..." tells it, not the "within five
# seconds" in which the power vanished
_UNTIL = lazy(r"\bhow long (?:until|till|til|before)\b", re.I)


# Whose time, or the winning one: how long a race took them (not "what was the time of
# the attack?", a time of day)
_RACE_TIME = lazy(
    r"\b(?!(?:it|that|what|there|here|who|he|she)['’]s)"
    r"(?:\w+['’]s|his|her|their|the(?= (?:winning|finishing|record)))"
    r"(?: winning| finishing| record)? times?\b",
    re.I,
)


# Money counted by its unit ("how many dollars did it cost?", "how many euros?")
_CURRENCY = lazy(
    r"\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|crowns?|kronor|francs?|rubles?|roubles?)\b",
    re.I,
)


# When something began, which dates no other time: it goes on ("The civil war, which began
# in 2011, has killed more than 500,000 people"), as when it was made ("The 2.6-kilometre
# bridge, opened in 1977, carried about 30,000 vehicles a day": MADE_IN).
_BEGAN = lazy(rf"\b(?:began|begun|started|since)\s+(?:in\s+)?\d{{4}}\b|{MADE_IN.pattern}", re.I)
# A sentence opening with whom the news is of, by a pronoun ("She published 14
# collections in all")
_PERSON_OPENING = lazy(r"\W*(?:he|she)\b", re.I)
# ...nor what a figure is compared with: "240 of the 543 seats ..., down from 303 in 2019"
_COMPARED_WITH = lazy(
    r"\b(?:up|down|rising|falling|compared)\s+(?:from|with|to)\s+[^,.;]{0,40}?\bin\s+\d{4}\b",
    re.I,
)


# How near a figure is to the word naming what "how big are X?" asks, in characters, to
# tell its size: "A basic tariff of 10 percent", "a 2.4 billion euro ($2.7 billion) fine"
_BESIDE = 30


def sized_beside_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how big or large something that is no
    place is (a figure tells it: ``counted``) and its first passage writes no figure
    within _BESIDE characters of what it sizes (_SIZED: the fines of "how big are the
    fines for the ban?"; else the question's last word), by any of its terms, the first
    of the next LEDE_REACH - 1 of its article that does, TIMED_NEAR as relevant, put
    first: "how big are trump's tariffs?" quoted "Higher rates will follow on April 9 for
    about 60 trading partners...", where "A basic tariff of 10 percent will apply...",
    fourth, tells it."""
    if query is None or not query.own_words or amount_asked(question) not in ASKS_BIG:
        return ranked
    if counted(question) is not FIGURES:
        return ranked
    # (what is sized: the last word before a preposition, "how big are the fines for the
    # social media ban?" asks of the fines, not the ban)
    sized = _SIZED.match(question)
    head = sized["thing"].split()[-1].lower() if sized else ""
    word = next((w for w in query.own_words if w.written.lower() == head), None)
    named = set((word or query.own_words[-1]).alternatives)

    def tells(text: str) -> bool:
        return any(
            not _counting(text, figure, t.start)
            for t in index.analyzer.tokens(text)
            if t.term in named
            for figure in FIGURES.finditer(text, max(0, t.start - _BESIDE), t.end + _BESIDE)
        )

    return put_first_in_its_article(index, ranked, tells, LEDE_REACH)


# "How big are the fines for the ban?": the thing sized, up to a preposition
_SIZED = lazy(
    r"^\W*how\s+(?:big|large)\s+(?:is|are|was|were|will\s+be)\s+(?P<thing>.+?)\s+"
    r"(?:for|of|in|on|at|from|to|by|after|during|over|under)\b",
    re.I,
)


# A scale a figure is read on ("A magnitude 7.1 earthquake", "a Category 3 storm")
_SCALE_BEFORE = lazy(r"\b(?:magnitude|category|level|force)\s*$", re.I)


def _counting(text: str, figure: re.Match[str], start: int) -> bool:
    """Whether ``figure`` (a match in ``text``) counts the word starting at ``start``,
    written right before it, on no scale: "More than 170 wildfires were burning" counts
    fires, and tells no size of the one asked of ("how big is the fire?"), where "A
    magnitude 7.1 earthquake" does."""
    right_before = start - figure.end() >= 0 and not text[figure.end() : start].strip()
    return right_before and not _SCALE_BEFORE.search(text, 0, figure.start())


def counted_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks "how many" of something and its first
    passage gives no number of it (``counted``), the first of the next DEFAULT_TOP - 1
    that does, and nearly as relevant (TIMED_NEAR), put first: "how many hours do train
    drivers work?" quoted "...a six-day strike..." before "...from 38 hours to 35 hours".
    For "how old", the first writing an age of the next AGE_REACH - 1; counting nothing
    named ("how many have they sold?"), any number but a length of time, AMOUNT_NEAR as
    relevant; any count, in a passage dated to no year the question does not name (but
    for a year a figure is compared with: "...down from 303 in 2019") ("how many died?"
    after "what happened in chile?" is not told by "A magnitude 8.8 earthquake in 2010
    killed..."; "how many died in the syrian civil war?" by "...ending more than 50 years
    of rule by the Assad family"). Where one of the first writes a number beside the verb
    counted by (``counted_verb``) and the first does not write the verb, that one comes
    first, as where the first writes it beside no count (a share counts none: "83 percent
    of those who died"), its article's opening before the rest; counting people, such a
    number tells it as a number of people does. Where none of the first tells it and the
    first does not name what is counted, the first of its article's first LEDE_REACH
    sentences that counts it, however relevant. Asked how strong, a first writing only a
    strength something weakened to gives way to its article's next writing another
    ("how strong was milton?": "...made landfall ... as a Category 3 storm", not "Milton
    weakened to a Category 1 storm as it crossed the state")."""
    counting = counted(question)
    if counting is None:
        return ranked
    if asks_strength(question) and ranked:  # ...as strong as it was, not as it weakened to
        first = index.passages.text(ranked[0].number)
        if counting.search(first) and not tells_strength(first):
            ranked = put_first_in_its_article(
                index, ranked, tells_strength, LEDE_REACH, AMOUNT_NEAR
            )
    if counting is AGED:
        aged = age_telling(index, question, query=query)
        place = first_telling(index, ranked, aged, AGE_REACH, AGE_NEAR)
        if place < 0:  # ...or, further down, one right after the name asked ("how old is
            # geoffrey hinton?": "Hinton, 76, who works at..." after the lede naming him)
            named = age_telling(index, question, named=True, query=query)
            place = first_telling(index, ranked, named, AGE_REACH, AGE_NAMED_NEAR)
        return moved_first(ranked, ranked[place]) if place > 0 else ranked
    # ...or, asked how many died or were hurt, one who was ("how many people died of
    # measles in texas?": "A school-age child died last month...", not the opening's "The
    # number of measles cases ... has risen to 259")
    harm = harm_counted(question) is not None
    if counting is AMOUNT:  # a number, of this event: not one dated another year
        years = dates_in(question)
        named = _named_besides(index, query, counted_verb(question))

        def tells(text: str) -> bool:  # ...no length of time ("more than 50 years of rule")
            if not counts_any(text):  # ...nor money ("would pay 10 million rupees to...")
                return harm and ONE_HARMED.search(text) is not None
            dated = _BEGAN.sub(" ", text)  # "The civil war, which began in 2011, has killed"
            if not years_in(dated) - years:
                return True
            # ...unless it names what the question counts of ("how many died at
            # hiroshima?": "The bombs dropped ... in August 1945 killed ... in Hiroshima")
            held = set(index.analyzer.analyze(text))
            return bool(named) and all(held.intersection(terms) for terms in named)

        near, counts = AMOUNT_NEAR, tells
    else:
        sized = asks_size(question)
        years = dates_in(question)
        by_money = _CURRENCY.search(question) is not None  # "how many dollars...?"

        def this_time(text: str) -> bool:  # ...of this event too: "how many people died?"
            # after Chile's quake, not "A magnitude 8.8 earthquake in 2010 killed more
            # than 500 people"
            dated = _COMPARED_WITH.sub(" ", _BEGAN.sub(" ", text))
            return not years_in(dated) - years

        # ...of whose count is asked, named by a name ("how many runs did kohli score?":
        # not "South Africa needed 30 runs from the last 30 balls..."; "how many hours do
        # train drivers work?" is told by "The union wants to cut the working week..."),
        # or by "he" or "she" ("how many books did munro write?": "She published 14
        # collections in all", in her obituary)
        subject = counted_subject(question)
        named = bool(subject) and written_as_name(index, subject)
        whose = set(index.analyzer.analyze(subject)) if named else set()

        def tells(text: str) -> bool:
            if whose and not (
                whose <= set(index.analyzer.analyze(text)) or _PERSON_OPENING.match(text)
            ):
                return False
            if sized:  # "how big was the search area?": "...an area larger than the state
                # of Connecticut", not "about an hour and 45 minutes into its dive"; of
                # this event ("how big was it?" after Chile's quake: not "A magnitude 8.8
                # earthquake in 2010...")
                told = compares_size(text) or bool(counting.search(LASTING.sub(" ", text)))
                return told and this_time(text)
            return counting.search(text) is not None and this_time(text)

        def counts(text: str) -> bool:  # ...a number, not of a length of time, of a
            # measure ("how many homes burned?": not "...has burned more than 23,000 acres")
            # nor a share, nor money where it counts none ("how many people lose their
            # jobs?": not "The company reported a loss of 1.6 billion dollars...")
            text = text if by_money else MONEY.sub(" ", text)
            text = AGED.sub(" ", text)  # ...nor an age ("...has died at the age of 92")
            return this_time(text) and (
                tells(text)
                or AMOUNT.search(SHARE.sub(" ", MEASURED.sub(" ", LASTING.sub(" ", text))))
                is not None
                or (harm and ONE_HARMED.search(text) is not None)
            )

        # ...a measure only an answer writes so, or a count of what "how many" names, as
        # near as an amount: "how deep was the titanic wreck?" quoted "...lies about 600
        # kilometres off the coast" before "...some 3,800 metres down", half as relevant
        counts_noun = amount_asked(question) == "how many"
        near = AMOUNT_NEAR if counting in TELLING_MEASURES or counts_noun else TIMED_NEAR
    # ...a number beside the verb counted first, where one of the first writes both
    # ("how many died in the haneda crash?": "Five of the six crew members ... were
    # killed" before "All 379 passengers and crew escaped..."; "how many people lost
    # power?": "More than 3 million homes and businesses lost power" before "...about 5.9
    # million people to evacuate"), and, counting people, as a number of them: news
    # counts them by other names ("About 25,000 residents and visitors were ordered to
    # leave" for "how many people had to leave jasper?")
    verb = own_word(query, counted_verb(question)) if query else None
    if verb is None:  # ...and where no article writes what it counts, any number ("how
        # many books did she publish?": "She published 14 collections in all")
        if query is None or counting is AMOUNT or not _counts_unwritten(query):
            units = in_units(question)
            if first_telling(index, ranked, tells, DEFAULT_TOP, near) >= 0:
                return put_first(index, ranked, tells, near=near)
            if units is None:
                # ...else, where the first does not name what is counted, the sentence of
                # its article that counts it, however relevant ("how many people were on
                # the alaska airlines flight?": "All 171 passengers and six crew members
                # survived", holding no word asked, after "...grounded all 65 of its Max
                # 9 jets"; not where the first counts it in words: "...received no points
                # at all"), near its opening, where news counts the whole (not "Langlade
                # was given 300 men..." far down a long article); so too where a question
                # following another up names it, the words carried having found the
                # article ("how many people were in it?" after Wegovy's trial: "The study
                # followed 17,604 adults...", not the opening's "...by 20 percent in people
                # who were overweight")
                unsaid = _counted_unsaid(index, query, ranked) or bool(query.carried_words)
                if counting is AMOUNT or not unsaid:
                    return ranked
                return told_in_first_article(index, ranked, tells, LEDE_REACH) or ranked
            # ...a measure in its units, further down the first's article ("how high did
            # the flight go before it crashed?": "...reached a height of only about 190
            # metres", fifth, after the lede's "...241 of the 242 people on board")
            return put_first_in_its_article(
                index, ranked, lambda text: units.search(text) and this_time(text), near=near
            )
        asked = numbers_in(question)  # ...in figures ("one of the world's great writers")
        return put_first(index, ranked, partial(tells_number, asked), near=near)
    numbers = numbers_of(ranked, DEFAULT_TOP)
    holds = index.bm25.holding(verb.alternatives, numbers)
    numbered = [
        held and counts(index.passages.text(n))
        for held, n in zip(holds.tolist(), numbers.tolist(), strict=True)
    ]
    chosen = first_holding(ranked, numbered, DEFAULT_TOP, AMOUNT_NEAR)
    if not holds[0] and chosen is not None:
        return moved_first(ranked, chosen)
    if not numbered[0] and chosen is not None:
        # ...and where the first writes the verb but no count ("how many pilgrims died?":
        # "...said 83 percent of those who died were not registered pilgrims"), the one
        # that does, its article's opening before the rest: news counts the whole there
        # ("More than 1,300 people died during this year's hajj...", not Egypt's 672)
        opening = index.span_of(ranked[0].number).start
        opened = (
            r for r, counts in zip(ranked, numbered, strict=False) if r.number == opening and counts
        )
        return moved_first(ranked, next(opened, chosen))
    if numbered[0]:
        return _opening_counted(index, query, ranked, numbered)
    # ...of the first's article before another's ("how many died?" after "tell me about
    # the earthquake": Chile's opening, not Myanmar's, where Chile's "A magnitude 8.8
    # earthquake in 2010 killed..." came first)
    ours = put_first_in_its_article(index, ranked, tells, DEFAULT_TOP, near)
    return ours if ours is not ranked else put_first(index, ranked, tells, near=near)


def changed_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where its first passage writes no share (SHARE), the first of the
    next DEFAULT_TOP - 1 that does, AMOUNT_NEAR as relevant, put first; where the first
    does not say the change asked (``change_verb``), of those saying it ("how much weight
    do people lose on wegovy?": "Those taking the drug lost about 9 percent of their body
    weight", not the opening's "...cut the risk of heart attacks ... by 20 percent")."""
    shares = put_first(index, ranked, SHARE.search, near=AMOUNT_NEAR)
    verb = own_word(query, change_verb(question)) if query and ranked else None
    # ...of those holding what changed, where it is asked ("how much did asml's sales
    # grow?": "Sales rose 18 percent...", not "Shares in ASML rose 6 percent"), the first
    # kept where it holds it and none of them writes a share of it ("how much did asml's
    # profit grow?": "...reported third-quarter profit of 2.1 billion euros"); where the
    # first writes a share beside the verb asked as written, only one that does too,
    # naming what changed ("how much has bitcoin climbed since the election?": "The
    # cryptocurrency has climbed by about 45 percent since the US election...", not the
    # opening's "Bitcoin rose above 100,000 dollars..., more than doubling"; "how much did
    # asml sales rise?": "Sales rose 18 percent", not "Shares in ASML rose 6 percent")
    thing = own_word(query, changed_thing(question)) if query and ranked else None
    first = index.passages.text(ranked[0].number) if ranked else ""
    said = set(verb.itself) if verb is not None else set()
    verb_first = bool(said and SHARE.search(first) and holds_any(index, first, said))
    if thing is not None:
        terms = set(thing.itself)

        def of_thing(text: str) -> bool:
            return (
                bool(SHARE.search(text))
                and holds_any(index, text, terms)
                and (not verb_first or holds_any(index, text, said))
            )

        told = first_telling_first(index, ranked, of_thing, DEFAULT_TOP, AMOUNT_NEAR)
        if told is not None or index.bm25.holding(terms, numbers_of(ranked, 1))[0]:
            shares = told or ranked
    if verb is None:
        return shares
    # ...as written: "lose" finds "loss" too, of the opening's "The weight-loss drug"
    terms = set(verb.itself)
    if index.bm25.holding(terms, numbers_of(ranked, 1))[0]:
        return shares

    def said(text: str) -> bool:
        return bool(SHARE.search(text)) and holds_any(index, text, terms)

    return first_telling_first(index, ranked, said, DEFAULT_TOP, AMOUNT_NEAR) or shares


# "What was it before?", "how many were there before?": what an amount was before it
# changed, which news writes beside the change ("The rate was down from 2.3 percent in
# April", "...has risen to 259, ..., up from 223 on Tuesday", "from 38 hours to 35",
# "compared with a profit a year earlier"), not the amount now ("Inflation in Britain
# fell to 2 percent in May", the opening, which "before" alone, a stop word, found)
_ASKS_BEFORE = lazy(
    r"^\W*(?:what(?:['’]s|s)?\s+(?:was|were|had\s+been|did)\b|how\s+(?:many|much|high|big"
    r"|low|large)\b).*\b(?:before|beforehand|previously|earlier)\W*$",
    re.I,
)
_NUMBER = r"(?:minus\s+)?[$€£]?\d"
_PRIOR = lazy(
    rf"\b(?:up|down)\s+from\s+{_NUMBER}"
    rf"|\bfrom\s+{_NUMBER}[\d.,]*(?:\s+[a-z]+){{0,2}}\s+to\s+{_NUMBER}"
    rf"|\bcompared\s+with\s+(?:an?\s+)?(?:{_NUMBER}|profit|loss)",
    re.I,
)


def before_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what an amount was before (_ASKS_BEFORE)
    and its first passage does not write what it changed from (_PRIOR), the first
    sentence of the first's article that does put first: "what was it before?" after
    "uk inflation" quoted the opening's "...fell to 2 percent in May" before "The rate
    was down from 2.3 percent in April". Only where the first tells its article's news
    (``tells_its_news``): "what were they before?" after "bank of england rates" quoted
    an article on inflation, whose prior is of inflation."""
    if not ranked or query is None or not _ASKS_BEFORE.match(question):
        return ranked
    if not tells_its_news(index, query, ranked[0].number):
        return ranked
    return told_in_first_article(index, ranked, _PRIOR.search) or ranked


# "How much of the world's coral is bleached?", "how much of its sales come from china?":
# a share, which news may write as a fraction ("...about a third of its sales")
_ASKS_PORTION = lazy(r"\bhow\s+much\s+of\b", re.I)
_PORTION = lazy(
    SHARE.pattern + r"|\b(?:a|one|two|three)[\s-]+(?:third|quarter|fifth|tenth)s?\b|\bhalf\b",
    re.I,
)


def portion_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how much of a thing (_ASKS_PORTION), the
    first of the first DEFAULT_TOP, AMOUNT_NEAR as relevant, writing a share (_PORTION) and
    the question's last word of its own, what is said of the share ("bleached"), put
    first, else the first writing a share: "About 54 percent of the world's reef area has
    been exposed to heat stress strong enough to cause bleaching", not the opening's "...a
    mass bleaching event", nor "Coral reefs cover less than 1 percent of the ocean
    floor"."""
    if not ranked or not _ASKS_PORTION.search(question):
        return ranked
    said = set(query.own_words[-1].alternatives) if query and query.own_words else set()

    def told(text: str) -> bool:
        return bool(_PORTION.search(text)) and holds_any(index, text, said)

    return first_telling_first(index, ranked, told, DEFAULT_TOP, AMOUNT_NEAR) or put_first(
        index, ranked, _PORTION.search, near=AMOUNT_NEAR
    )


def headline_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how many or how big of a thing
    (``_HEADLINE_ASKED``) and its first passage's article is titled with a number of
    that thing the first does not write, the first of the next LEDE_REACH - 1 of that
    article writing the title's number, AMOUNT_NEAR as relevant, put first: a headline
    gives the figure its article is about ("how big was the fine?" after "what did the eu
    court decide about google?" quoted "...two other EU cases, including a 4.1 billion
    euro fine", its carried words all held, before "...upheld a 2.4 billion euro ($2.7
    billion) fine against Google", under "EU court upholds 2.4 billion euro fine against
    Google"). The number is of the thing where the thing follows it, a measure or a
    currency between ("Bird flu spreads to dairy herds in nine states" tells no number
    of herds), and where each word of the question's own is a word of the title: one
    naming more asks more ("how many runs did south africa need at the end?" is not told
    by "India edge South Africa by seven runs...")."""
    asked = _HEADLINE_ASKED.search(question)
    if query is None or asked is None or len(ranked) < 2:
        return ranked
    title = index.info_of(ranked[0].number).title
    titled = set(index.analyzer.analyze(title))
    if any(titled.isdisjoint(w.alternatives) for w in query.own_words):
        return ranked  # it asks more than the title says: "...need at the end?"
    thing = set(index.analyzer.analyze(asked.group(1) or asked.group(2)))
    # (not a number measuring it: "...begin six-day strike" counts no strikes)
    words = _TITLE_WORDS.findall(MEASURING.sub(" ", title))
    wanted: set[str] = set()
    for i, word in enumerate(words):  # a number, then the thing within a few words
        numbers = numbers_in(word) - dates_in(word) - _MAGNITUDES
        if numbers and any(
            not thing.isdisjoint(index.analyzer.analyze(after))
            for after in words[i + 1 : i + 1 + HEADLINE_WITHIN]
        ):
            wanted |= numbers
    if not wanted or wanted & numbers_in(index.passages.text(ranked[0].number)):
        return ranked

    def tells(number: int) -> bool:
        return bool(wanted & numbers_in(index.passages.text(number)))

    return article_first(index, ranked, tells, AMOUNT_NEAR)


# "How many jobs...?", "how big was the fine?", "how much is the entry fee?": the thing
# whose number is asked, its last word.
_HEADLINE_ASKED = lazy(
    r"^\W*how\s+many\s+(\w+)|^\W*how\s+(?:big|large|much|high)\s+(?:is|was|are|were|did|does|do)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\W*$",
    re.I,
)
# How many words after a title's number the thing it counts may be ("2.4 billion euro
# fine", "15,000 jobs").
HEADLINE_WITHIN = 3
_TITLE_WORDS = lazy(r"[\w.,$€£%'’]+")
# Words numbers_in reads as numbers that size one: "2.4 billion" is told by "2.4".
_MAGNITUDES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def counted_before_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` follows up another on the topic its first
    passage's article opens with (each word carried is a word of that opening) and asks
    how many of a thing named, which the first counts, the sentence of that article
    before it counting the thing too, AMOUNT_NEAR as relevant and holding each word of
    the question's own the first holds, put first (the one nearest its opening): the
    words carried found the article, not the sentence, and news counts the whole first
    ("how many seats?" after "uk election": "Labour won 412 of the 650 seats...", not
    "The Liberal Democrats won 72 seats..., and Nigel Farage's Reform UK won five",
    which the carried "UK" ranked above). Not where a word carried that the first holds
    is not the opening's ("how many seats?" after "reform uk": the words carried tell
    which count), nor where the opening holds none."""
    counting = counted(question)
    if query is None or counting in (None, AGED, AMOUNT) or len(ranked) < 2:
        return ranked
    if amount_asked(question) != "how many":  # not a size ("how big is the fire?")
        return ranked
    carried = query.carried_words
    first = ranked[0].number
    span = index.span_of(first)
    if not carried or first == span.start:
        return ranked
    # (those the first holds, which may have put it first: "new" of "who is the new uk
    # prime minister? → which party?", which no sentence of the election's writes, found
    # nothing)
    pair = np.array([first, span.start])  # each word carried: held by the first, the opening
    held = [index.bm25.holding(w.alternatives, pair).tolist() for w in carried]
    if not any(opens for _, opens in held) or any(ours and not opens for ours, opens in held):
        return ranked
    if not counting.search(index.passages.text(first)):
        return ranked
    nearly = nearly_first(ranked, DEFAULT_TOP, AMOUNT_NEAR)
    before = [
        r
        for r, close in zip(ranked[1:], nearly[1:], strict=False)
        if close
        and span.start <= r.number < first
        and counting.search(index.passages.text(r.number))
        and _says_as_much(index, query, first, r.number)
    ]
    return moved_first(ranked, min(before, key=lambda r: r.number)) if before else ranked


def _opening_counted(
    index: Index, query: Query, ranked: list[Ranked], numbered: Sequence[bool]
) -> list[Ranked]:
    """``ranked`` with, where one of its first DEFAULT_TOP, AMOUNT_NEAR as relevant, is
    the first's article's opening and counts by the verb too (``numbered``), saying every
    word of the question's own the first says, that opening first: news counts the whole
    in its opening ("how many died?" after Valencia's floods: "...have killed at least 211
    people", not one town's "...where at least 62 people died", which writes the verb)."""
    opening = index.span_of(ranked[0].number).start
    nearly = nearly_first(ranked, DEFAULT_TOP, AMOUNT_NEAR)
    for r, counts, close in zip(ranked[1:], numbered[1:], nearly[1:], strict=False):
        if (
            r.number == opening
            and counts
            and close
            and _says_as_much(index, query, ranked[0].number, opening)
        ):
            return moved_first(ranked, r)
    return ranked


def _says_as_much(
    index: Index, query: Query, first: int, other: int, told: Container[str] = ()
) -> bool:
    """Whether passage ``other`` holds every word of ``query``'s own that passage ``first``
    holds, those written as in ``told`` aside (what ``other`` tells otherwise)."""
    both = np.array([first, other])
    words = [w for w in query.own_words if w.written.lower() not in told]
    held = (index.bm25.holding(w.alternatives, both) for w in words)
    return all(said or not by_first for by_first, said in held)


def _counted_unsaid(index: Index, query: Query | None, ranked: list[Ranked]) -> bool:
    """Whether the first of ``ranked`` does not hold the word a "how many" ``query``
    counts (its first own word)."""
    if query is None or not query.own_words or not ranked:
        return False
    counted_word = query.own_words[0].alternatives
    return not index.bm25.holding(counted_word, numbers_of(ranked, 1)).any()


def _counts_unwritten(query: Query) -> bool:
    """Whether the word a "how many" ``query`` counts (its first own word, "books" of "how
    many books did she publish?") is one no article writes."""
    return bool(query.own_words) and not query.own_words[0].alternatives


def often_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how often ("how many times has he been
    to russia?") and its first passage tells it not (``tells_how_often``), the first of
    the next DEFAULT_TOP - 1 that does, nearly as relevant, put first ("This visit marks
    Min Aung Hlaing's fourth trip to Russia..." after "This visit underscores..."); one
    saying it as such first (``says_how_often``: "how many times has spain won the
    euros?" is told by "...for a record fourth time", not by "Spain won all seven of
    their matches ..., the first team to do so")."""
    if amount_asked(question) != "how often":
        return ranked
    told = first_telling_first(index, ranked, says_how_often)
    if told is None:  # ...or, where none of the first three does, a habit its article
        # tells ("how often do you take wegovy?": "Half were given a weekly injection of
        # semaglutide...", writing no "Wegovy")
        told = told_in_first_article(index, ranked, REGULARLY.search, LEDE_REACH)
    return told if told is not None else put_first(index, ranked, tells_how_often)


# A price asked as it is now: "what is the price now?", "what is bitcoin's price?", "how
# much is cocoa today?", or as chat asks it, with no tense ("bitcoin price", where "now"
# is read as asking the latest news) (not "what was...", "how much did...")
_ASKS_NOW = lazy(
    r"\b(?:now|today|currently|at\s+the\s+moment|these\s+days|rn|atm)\b"  # (chat: "rn")
    r"|^\W*(?:what|how\s+much)\s+(?:is|are)\b|^\W*what['’]s\b"
    r"|^\W*(?:[\w'’-]+\s+){1,3}(?:price|cost)s?\W*$",
    re.I,
)


def money_now_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks money as it is now (``_ASKS_NOW``) and its
    first passage dates its money to a year the question does not name, the first
    sentence of its article writing money and no year put first, as sure as the first:
    "what is the price now?" after "bitcoin" quoted "The price has swung wildly before:
    bitcoin fell below 16,000 dollars in late 2022...", not "Bitcoin rose above 100,000
    dollars for the first time on Thursday..."."""
    if not ranked or not _ASKS_NOW.search(question):
        return ranked
    named = years_in(question)

    def now(text: str) -> bool:
        return bool(MONEY.search(text)) and not years_in(text) - named

    text = index.passages.text(ranked[0].number)
    if not MONEY.search(text) or now(text):
        return ranked
    return told_in_first_article(index, ranked, now) or ranked


def money_opening_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where its first passage writes money (MONEY) and is not its
    article's opening, that opening, among the first LEDE_REACH, AMOUNT_NEAR as
    relevant, writing money and every word of the question's own the first holds (but a
    price asked plainly, which money tells: "what price did bitcoin hit?", not "the
    lowest price") put first: the news says its sum in its opening ("how much was the
    fine google got?": "...upheld a 2.4 billion euro ($2.7 billion) fine against Google",
    not "Google ... still faces two other EU cases, including a 4.1 billion euro fine over
    its Android mobile operating system")."""
    if query is None or not ranked or not MONEY.search(index.passages.text(ranked[0].number)):
        return ranked
    first = ranked[0].number
    priced = prices_plainly_asked(question)

    def sums(opening: int) -> bool:  # ...money, and what the first says
        told = MONEY.search(index.passages.text(opening))
        return bool(told) and _says_as_much(index, query, first, opening, priced)

    return opening_first(index, ranked, sums, AMOUNT_NEAR)
