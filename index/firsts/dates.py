"""When: a passage dating what is asked first."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from ..asked import (
    ASKS_SAYING,
    BY_CLOCK,
    FUTURE_TIME,
    MADE_IN,
    SAID_ON,
    asks_date_named,
    asks_future,
    asks_when,
    asks_year,
    dates_in,
    is_past,
    tells_when,
    time_asked,
    years_in,
)
from ..asked_amounts import AGED, amount_asked, counted
from ..chat import TIME_UNITS
from ..index import Index
from ..opening import title_asked
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked
from ..seeming import term_ids
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    LEDE_REACH,
    TIMED_NEAR,
    article_first,
    as_sure_as,
    asking_words,
    first_telling,
    holding_as_much,
    moved_first,
    nearly_first,
    of_earlier_year,
    opening_first,
    placed_after,
    put_first,
    put_first_in_its_article,
    sure_first,
    tells_its_news,
    told_in_first_article,
    told_of_asked_first,
)
from .who import WON

# ...and a date of what a "when?" asks, of the first's article, this near (_event_first)
EVENT_NEAR = 0.4


def timed_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks when and its first passage says no date,
    day, season (``tells_when``; asked when something was, none to come) or time by the
    clock (not where a date is asked by name: "on what day...?"), the first of
    the next DEFAULT_TOP - 1 that does, nearly as relevant (TIMED_NEAR) and of the
    first's article or holding as much of the question (holding_as_much), put first;
    where the first says one but lacks words of what is asked, one of its article dating
    what they say (_event_first); asked what year, one saying a year (_year_first)."""
    if not asks_when(question):
        return ranked
    future = asks_future(question)
    if future:  # "when will the vaccine be available?": a time to come
        # ("...expected to launch the vaccine ... early next year"), not the day the
        # opening tells of the approval
        ranked = put_first(index, ranked, FUTURE_TIME.search)
        # ...where none near does, what its article says is to come ("when is the next
        # eurovision?": "Austria will now host the 2026 contest.", not the opening's win
        # "...in Basel on Saturday night"; "when will the kellanova deal close?": "The
        # purchase is expected to close in the first half of next year")
        # ...or that tells only a deadline ("when is the next one?" after the climate deal:
        # "The next summit will be held in Turkey in 2027", not the opening's "...to triple
        # funding ... by 2035")
        if ranked and not _expected_to_come(index.passages.text(ranked[0].number)):
            ranked = told_in_first_article(index, ranked, _expected_to_come, LEDE_REACH) or ranked
    if _ASKS_LAST.search(question):  # "when did an american last win it?": "...the first
        # American win in the event since Justin Gatlin in 2004", not the day of this win
        ranked = put_first(index, ranked, _LAST_TOLD.search, near=AMOUNT_NEAR)
    past = _ASKS_PAST.search(question)
    last = re.search(r"\blast\b", question, re.I)  # "when was the last boeing strike?"
    dated = asks_date_named(question)  # "on what day...?": no time of day tells it
    unsaying = not ASKS_SAYING.search(question)  # the day it was said tells no other

    def tells(text: str) -> bool:  # "when did the eclipse start?": not "...until 2044"
        if future and FUTURE_TIME.search(text):  # "when will the cuts finish?": "The job
            return True  # cuts will be mostly completed by the end of the year..."
        if not last:  # "when did the strike start?": not "the first strike ... since 2008"
            text = _FIRST_SINCE.sub(" ", text)
        text = FUTURE_TIME.sub(" ", text) if past else text
        if unsaying:  # "when did munro win the nobel?": not "...has died ..., her family
            text = SAID_ON.sub(" ", text)  # said on Tuesday" before "...in 2013"
        text = _without_others(text, question)
        # ...or a time of day by the clock ("when did the thieves escape?": "They escaped
        # on two scooters at about 9.40 a.m.", not the opening's "...on Sunday morning")
        by_clock = not dated and BY_CLOCK.search(text)  # ...unless a date is asked
        return bool(tells_when(text, question) or by_clock)

    # ...of the first's article, or holding each word asked the first holds: another's
    # date of less of it is of something else ("when was the law passed?": not "The
    # price of cocoa passed 10,000 dollars ... on Tuesday" after "Australia's parliament
    # has passed a law...")
    # (and the words carried it holds: "when did he flee?" after "who fled to moscow?" is
    # not told by the Rohingya's "Most of them fled Myanmar's Rakhine state after a
    # military crackdown in 2017")
    kept = holding_as_much(index, question, ranked, query.carried_words if query else ())
    kept = _of_this_time(index, question, kept)
    place = first_telling(index, kept, tells, DEFAULT_TOP)
    ranked = moved_first(ranked, kept[place]) if place > 0 else ranked
    if not future:  # the opening dates what was ("...announced on Monday")
        ranked = _opening_dated_first(index, ranked, tells)
    if query is None:
        return ranked
    return _year_first(index, question, query, _event_first(index, question, query, ranked))


def news_dated_first(
    index: Index,
    ranked: list[Ranked],
    question: str,
    query: Query,
    earlier: str,
    recent: Collection[str],
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks when alone (_WHEN_ALONE) after a
    question naming a topic alone or asking to be told of it (the last of ``earlier``'s
    chain, asking nothing of it: "spain blackout", "tell me about the spain blackout";
    ``opening.title_asked``), the opening of the article the answer before quoted first
    (``recent``'s first), where it tells a time, first, as sure as the first: asked when
    the news happened, its opening tells it ("...lost electricity shortly after 12:30 on
    Monday", not "Power began returning in the north and south of Spain by the evening",
    holding the "spain" carried too). Not after a question asking something ("when?"
    after "who replaced him?" asks when Emmett Shear did)."""
    if not (ranked and earlier and recent) or query.own_words or not _WHEN_ALONE.match(question):
        return ranked
    followed = next(iter(recent))
    if followed not in index.spans:
        return ranked
    last = earlier.split("→")[-1]  # (the bot joins a chain's questions by arrows:
    if not title_asked(last):  # bot/service.py's CHAIN)
        # "when?" after "where was she born?" asks when she was born: "Born Alice
        # Laidlaw in Wingham, Ontario, in 1931...", not "Munro said she stopped writing in
        # 2013", holding the "munro" carried
        return told_of_asked_first(
            index, ranked, last, followed, lambda text: tells_when(text, question)
        )
    opening = index.spans[followed].start
    if not tells_when(index.passages.text(opening), question):
        return ranked
    return sure_first(ranked, ranked[0], opening)


# "When?", "when was that?", "when did it happen?" (not "when was the last one?", which
# asks of another)
_WHEN_ALONE = lazy(
    r"^\W*(?:and\s+|so\s+)?when(?:\s+(?:was|is|did)\s+(?:that|it|this)(?:\s+happen)?)?\W*$",
    re.I,
)


def _opening_dated_first(
    index: Index, ranked: list[Ranked], tells: Callable[[str], object]
) -> list[Ranked]:
    """``ranked`` with, where its first passage says no date (``tells``), its article's
    opening, where among the first LEDE_REACH, TIMED_NEAR as relevant, and saying one,
    put first: the news dates what it tells in its first sentence ("when did the lunar
    lander land?": "Japan became the fifth country to land a spacecraft on the Moon on
    Saturday", fourth, after "Two small rovers released before touchdown...")."""
    if not ranked or tells(index.passages.text(ranked[0].number)):
        return ranked
    return opening_first(index, ranked, lambda n: tells(index.passages.text(n)), TIMED_NEAR)


# "When did X last ...?", "when was martial law last declared?": the time before this one
# (not "when was the last eruption?", "when last year?")...
_ASKS_LAST = lazy(
    r"\bwhen\b(?:\s+[\w'’-]+)+?\s+last\b(?!\s+(?:"
    + "|".join(sorted(TIME_UNITS))
    + r")\b)(?<!\bthe\slast)",
    re.I,
)
# ...which news tells as what is first since then ("the first American win in the event
# since Justin Gatlin in 2004", "for the first time in 17 years")
_LAST_TOLD = lazy(
    r"\bfirst\b[^.;]*?\b(?:since|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:\d+|[a-z]+)\s+(?:years|decades|centuries))\b",
    re.I,
)


# A clause of someone named, right after their name ("Garry Kasparov, who was 22 when he
# won the title in 1985")
_OTHERS_CLAUSE = lazy(r"\b(?P<name>[A-Z][\w'’-]+),\s+who\b[^,.;]*")
_WORD = lazy(r"[\w'’-]+")
_ASKS_DOER_WHEN = lazy(r"\bwhen\s+(?:did|does|do|will|has|have|had)\b", re.I)


def _without_others(text: str, question: str) -> str:
    """``text`` without the clauses of those named whom ``question``, asking when someone
    did something (_ASKS_DOER_WHEN), does not name: a time told there is of someone else
    ("when did gukesh win?": not "...the record set by Garry Kasparov, who was 22 when he
    won the title in 1985"). Asked when a thing was done, their clause may tell it ("when
    was nvidia founded?": "...Jensen Huang, who co-founded the company in 1993")."""
    if not _ASKS_DOER_WHEN.search(question):
        return text
    asked = {w.lower() for w in _WORD.findall(question)}

    def kept(clause: re.Match[str]) -> str:
        return clause.group() if clause["name"].lower() in asked else clause["name"]

    return _OTHERS_CLAUSE.sub(kept, text)


# ...which dates the one before, not this one, asked when this was
_FIRST_SINCE = lazy(r"\bfirst\b[^.;]*?\bsince\s+(?:[\w'’]+\s+){0,2}?\d{4}\b", re.I)


# A question asking when something was, which a time to come does not tell.
_ASKS_PAST = lazy(r"\bwhen\s+(?:did|was|were|had)\b", re.I)
# ...and one asking what was, where or who ("where was the eclipse visible?"), which what
# will be at a time to come does not tell ("The next total solar eclipse visible from the
# contiguous United States will not happen until 2044"; a "will" alone may be said of
# the past, "Aristotle believed that ... they will stay that way", and a time to come
# may be a deadline, "...agreed early on Sunday to triple funding ... by 2035")
_ASKS_DONE = lazy(r"^\W*(?:where|who|what|which|how(?:\s+\w+)?)\s+(?:was|were|did|had)\b", re.I)
_WILL = lazy(r"\b(?:will|won't|won’t)\b", re.I)
# ...or as news also writes it, by a time to come: "The purchase is expected to close in
# the first half of next year" (not any year: "...is scheduled to meet with Russian
# President Vladimir Putin", in a sentence of the coup in 2021)
_EXPECTED = lazy(r"\b(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+to\b", re.I)


def _to_come(text: str) -> bool:
    """Whether ``text`` tells what will be at a time to come (_WILL, FUTURE_TIME; "next" or
    a year: "The next summit will be held in Turkey in 2027")."""
    return bool(_WILL.search(text) and (FUTURE_TIME.search(text) or _NEXT_OR_YEAR.search(text)))


def _expected_to_come(text: str) -> bool:
    """Whether ``text`` tells what will be (``_to_come``) or what is expected at a time to
    come (_EXPECTED and FUTURE_TIME)."""
    return _to_come(text) or bool(_EXPECTED.search(text) and FUTURE_TIME.search(text))


_NEXT_OR_YEAR = lazy(r"\bnext\b|\b(?:19|20)\d\d\b", re.I)


def told_done_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks of what was and its first passage tells
    what will be at a time to come (``_to_come``), the first of the next DEFAULT_TOP - 1
    that does not, AMOUNT_NEAR as relevant (what is to come is surely not what was), put
    first."""
    if not ranked or not _ASKS_DONE.search(question):
        return ranked
    if not _to_come(index.passages.text(ranked[0].number)):
        return ranked
    return put_first(index, ranked, lambda text: not _to_come(text), near=AMOUNT_NEAR)


def _year_first(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what year and its first passage says none,
    the first of the next LEDE_REACH - 1 of its article that says one and each word asked
    (not light ones) that its opening does not, put first, however less relevant: "what
    year was the notre dame fire?" is told by "The cause of the fire of April 2019...",
    not the opening's "...reopened on Saturday, five and a half years after a fire
    destroyed its roof"."""
    if len(ranked) < 2 or not asks_year(question):
        return ranked
    top = ranked[0].number
    if tells_when(index.passages.text(top), question):
        return ranked
    said = set(index.docs.terms_of(index.span_of(top).start).tolist())
    words = [found for _, found in asking_words(index, query) if not found & said]

    def dated(number: int) -> bool:
        held = set(index.docs.terms_of(number).tolist())
        return bool(tells_when(index.passages.text(number), question)) and all(
            found & held for found in words
        )

    return article_first(index, ranked, dated)


def _event_first(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where its first passage lacks some of the words ``query`` asks
    when of (not light ones), the first of the next DEFAULT_TOP - 1 of its article holding
    those and saying a date, EVENT_NEAR as relevant, put first (``event_dated``)."""
    dated = event_dated(index, question, query, ranked)
    return ranked if dated is None else moved_first(ranked, dated)


def event_dated(
    index: Index, question: str, query: Query, ranked: Sequence[Ranked]
) -> Ranked | None:
    """Where the first of ``ranked`` lacks some of the words ``query`` asks when of (not
    light ones), the first of the next DEFAULT_TOP - 1 of its article holding those and
    saying a date, EVENT_NEAR as relevant; else None. News names what it is about once,
    in its opening, and dates what befell it in a sentence of its own ("when was nihon
    hidankyo founded?": "...since the group was founded in 1956", not the lede that names
    Nihon Hidankyo winning "on Friday"; "when does the australian ban start?": "The ban
    takes effect in late 2025", half as relevant as the law's passing); one naming less
    than the opening does is of another ("when did mongke khan become great khan?" is not
    told by "Genghis Khan ... became Great Khan in 1206")."""
    if len(ranked) < 2:
        return _news_dated(index, question, query, ranked) if ranked else None
    top = ranked[0].number
    words = asking_words(index, query)

    def held(number: int) -> set[int]:
        return set(index.docs.terms_of(number).tolist())

    def lacking(terms_held: set[int]) -> list[tuple[Collection[str], set[int]]]:
        return [(terms, found) for terms, found in words if not found & terms_held]

    held_first = held(top)
    lacked = [terms for terms, _ in lacking(held_first)]
    if not lacked:
        asked = [terms for terms, _ in words]
        return _dated_after(index, question, ranked, asked) or _news_dated(
            index, question, query, ranked
        )
    opening = index.span_of(top).start
    said = held(opening)
    article = index.passages.article
    nearly = nearly_first(ranked, DEFAULT_TOP, EVENT_NEAR)
    # ...and saying what was done that the first says: a date of the one asked of without
    # it is of another thing ("when was the pope elected?" is not told by "...recalled Leo
    # XIII, a pope of the late 19th century", after "...cardinals elected Robert Francis
    # Prevost, 69, as the new leader of the Catholic Church")
    done = [
        found
        for w in query.own_words
        if is_past(w.written.lower()) and (found := term_ids(index, w.alternatives)) & held_first
    ]
    for r, close in zip(ranked[:DEFAULT_TOP], nearly, strict=True):
        if not close or article[r.number] != article[top]:
            continue
        held_here = held(r.number)
        if any(not found & held_here for found in done):
            continue
        # what it does not name, the article's opening does: what the article is about
        if all(found & said for _, found in lacking(held_here)) and _dated_beside(
            index, index.passages.text(r.number), question, lacked
        ):
            return r
    return None


def _news_dated(
    index: Index, question: str, query: Query, ranked: Sequence[Ranked]
) -> Ranked | None:
    """Where the first of ``ranked`` says no date and tells its article's news (its
    title holds each word of ``query``'s the first holds, carried ones too), that
    article's opening, where it dates what was, as sure as the first; else None: news
    dates its news in its first sentence, which need not name what the title does
    ("when?" after "who fled to moscow?": "President Bashar al-Assad fled the country and
    has been given asylum in Moscow...", under "Assad flees to Moscow as rebels take
    Damascus", is dated by "Syrian rebels took control of the capital, Damascus, on
    Sunday...", holding neither word)."""
    top = ranked[0]
    opening = index.span_of(top.number).start
    if (
        asks_future(question)
        or opening == top.number
        or tells_when(index.passages.text(top.number), question)
        or not tells_when(index.passages.text(opening), question)
    ):
        return None
    if not tells_its_news(index, query, top.number):
        return None
    return next((r for r in ranked if r.number == opening), None) or as_sure_as(top, opening)


def _dated_after(
    index: Index, question: str, ranked: Sequence[Ranked], words: Sequence[Collection[str]]
) -> Ranked | None:
    """Where the first of ``ranked`` writes those of ``words`` it writes, or the last of
    them, only after every date it says (the date of something else: "Notre-Dame
    cathedral in Paris reopened on Saturday, five and a half years after a fire..." for
    "when was the fire?"), the first of the next DEFAULT_TOP - 1 of its article dating
    the words it so writes and those it does not (``_dated_beside``: "The cause of the
    fire of April 2019...", 0.23 as relevant after "notre dame", whose words the first
    holds); those it writes before a date name what that dates ("when was the notre dame
    fire?" asks of the fire alone); else None."""
    text = index.passages.text(ranked[0].number)
    tokens = index.analyzer.tokens(text)
    low = text.lower()
    dates = [at for d in tells_when(text, question) if (at := low.find(d)) >= 0]
    if not words or not dates:
        return None
    # ...or the last (what is asked of: "when was the notre dame fire?" asks of the fire,
    # its name before a date being of what that dates), and those it writes only after
    said = [[t.start for t in tokens if t.term in terms] for terms in words]
    written = [at for at in said if at]
    each_after = bool(written) and min(map(min, written)) > max(dates)
    if not each_after and (not said[-1] or min(said[-1]) < max(dates)):
        return None
    late = [terms for terms, at in zip(words, said, strict=True) if not at or min(at) > max(dates)]
    article = index.passages.article
    top = article[ranked[0].number]
    for r in ranked[1:DEFAULT_TOP]:
        text = index.passages.text(r.number)
        if article[r.number] == top and _dated_beside(index, text, question, late):
            return r
    return None


def _dated_beside(index: Index, text: str, question: str, words: Sequence[Collection[str]]) -> bool:
    """Whether ``text`` says a date ``question`` does not (not in a clause of someone it
    does not name: ``_without_others``), or a time by the clock, at most
    EVENT_WORDS words (``placing``'s; stop words aside) after a term of each of ``words``:
    "founded in 1956", "...its mobile phone alert only at 8 pm"; not "who won the Nobel
    Prize ..., has died ..., her family said on Tuesday", nor "...began a strike on
    Wednesday, the longest in the history of the national rail operator"."""
    tokens = index.analyzer.tokens(text)
    low = text.lower()
    told = tells_when(_without_others(text, question), question)
    starts = [at for d in told if (at := low.find(d)) >= 0]
    if not asks_date_named(question):  # "on what day...?": no time of day tells it
        starts += [m.start() for m in BY_CLOCK.finditer(text)]
    dated = [sum(t.start < at for t in tokens) for at in starts]
    return bool(dated) and all(placed_after(tokens, dated, word) for word in words)


def made_first(index: Index, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where its first passage writes no year a thing was made in
    (MADE_IN), the first of the next LEDE_REACH - 1 of its article that does, AMOUNT_NEAR
    as relevant, put first: "when was the key bridge built?" is told by "The
    2.6-kilometre bridge, opened in 1977", not by the opening's "...early on Tuesday";
    not by another article's "...the University Library, founded in 1816". Where none
    of its article's does and the first writes no year at all, another's, as near ("when
    was the bridge built?" quoted the pope's "...a Church that builds bridges" before "The
    2.6-kilometre bridge, opened in 1977", fourth; "In 1273, the Mongols created the
    Imperial Library Directorate" tells it otherwise)."""
    ours = put_first_in_its_article(index, ranked, MADE_IN.search, near=AMOUNT_NEAR)
    first = index.passages.text(ranked[0].number)
    if ours is not ranked or MADE_IN.search(first) or years_in(first):
        return ours
    return put_first(index, ranked, MADE_IN.search, LEDE_REACH, AMOUNT_NEAR)


def _of_this_time(index: Index, question: str, kept: list[Ranked]) -> list[Ranked]:
    """``kept`` (holding_as_much's) without those after the first that date nothing but
    a year before their article's and hold one term asked at most, where the first holds
    more: of the first's article, naming its subject alone, of another time ("when did
    altman come back to openai?": not "OpenAI was founded as a non-profit in 2015" after
    the employees' letter "...unless the board resigned and Altman was brought back";
    "when did alice munro win the nobel?" keeps "Munro was awarded the Nobel in 2013")."""
    if len(kept) < 2:
        return kept
    terms_of = index.docs.terms_of
    asked = term_ids(index, index.analyzer.analyze(question))
    held = asked & set(terms_of(kept[0].number).tolist())
    if len(held) < 2:
        return kept
    return [
        kept[0],
        *(
            r
            for r in kept[1:]
            if len(held & set(terms_of(r.number).tolist())) > 1
            or not _before_only(index, r.number, question)
        ),
    ]


def _before_only(index: Index, number: int, question: str) -> bool:
    """Whether passage ``number`` dates nothing but years before its article's."""
    text = index.passages.text(number)
    years = years_in(text)
    published = index.info_of(number).published[:4]
    if not years or not published.isdigit() or any(y >= published for y in years):
        return False
    return not tells_when(text, question) - years  # (its years aside, nothing)


def this_time_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` names no year and asks no time nor amount, and
    its first passage dates a word asked to a year before its article's
    (``of_earlier_year``: of another time), the article's opening, where one of the
    first LEDE_REACH, TIMED_NEAR as relevant, holding each word asked and writing no
    year, put first: news
    tells of now there ("what did the eagles win?" is not told by "It was the Eagles'
    second Super Bowl title, after their win over the New England Patriots in 2018" but
    by "The Philadelphia Eagles beat the Kansas City Chiefs ... to win the Super Bowl";
    "who dropped the bombs?" after Nihon Hidankyo's prize still by "The bombs dropped by
    the United States in August 1945...", no opening telling it)."""
    if query is None or len(ranked) < 2 or dates_in(question) or _OTHER_TIMES.search(question):
        return ranked
    if asks_when(question) or amount_asked(question):  # "how old was the key bridge?":
        return ranked  # "...opened in 1977"
    top = ranked[0].number
    words = [terms for terms, _ in asking_words(index, query)]
    if not words or not of_earlier_year(index, top, words):
        return ranked
    opening = index.span_of(top).start
    # ...or further down, nearly as relevant ("any earthquakes recently?": "A magnitude 7.1
    # earthquake struck central Chile...", fourth, 0.93 as relevant as "A magnitude 8.8
    # earthquake in 2010 killed more than 500 people")
    near = nearly_first(ranked, LEDE_REACH, TIMED_NEAR)
    for r, close in zip(ranked[1:LEDE_REACH], near[1:], strict=False):
        if r.number != opening or not close:
            continue
        text = index.passages.text(r.number)
        held = set(index.analyzer.analyze(text))
        # ...a win as news writes it: "how did gukesh win?" is not told by "Gukesh broke
        # the record set by Garry Kasparov, who was 22 when he won the title in 1985" but
        # by "...became the youngest world chess champion..., beating China's Ding Liren"
        if all(
            held.intersection(terms) or ("win" in terms and WON.search(text)) for terms in words
        ) and not years_in(text):
            return moved_first(ranked, r)
    return ranked


# A question asking of other times than now ("what else has pogacar won?", "has it
# happened before?")
_OTHER_TIMES = lazy(
    r"\b(?:else|before|ever|last|previous(?:ly)?|first|history|record|again|earlier|past)\b",
    re.I,
)


def asks_of_now(question: str) -> bool:
    """Whether ``question`` asks of the news's own time: it names no year, asks no time
    and no age, and nothing of other times ("has it happened before?": _OTHER_TIMES)."""
    return not (
        dates_in(question)
        or _OTHER_TIMES.search(question)
        or asks_when(question)
        or time_asked(question)
        or counted(question) is AGED
    )
