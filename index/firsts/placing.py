"""Putting one passage first among those nearly as relevant: the moves every ordering shares."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np

from ..analysis import Token
from ..asked import LASTING, is_year
from ..asked_amounts import AMOUNT, MEASURED, MONEY, numbers_in
from ..index import Index
from ..patterns import lazy
from ..query import Query, Word, build_query
from ..ranking import Ranked
from ..seeming import is_light, term_ids, titles_holding

# The passages an answer shows at first (answers.answer's ``top``): a passage telling
# what is asked among them, nearly as relevant, goes first.
DEFAULT_TOP = 3
# "When?" is answered first by a passage saying a date, of the first three, where one
# does whose relevance is TIMED_NEAR of the first's at least (timed_first): "when did
# india and russia meet" then quotes "...Modi arrived in Moscow on Monday..." first, and
# "when will india get the spare parts" not "...trade reached a record last year" (0.48
# of the first). Of 0.5, 0.6 and 0.7 on the ReQA questions (so not held-out evidence):
# cross-validated P@1 0.791, 0.792, 0.792; 0.7 lost the Monday quote; without, 0.789.
TIMED_NEAR = 0.6
# "How many?" counting nothing named ("how many have they sold?") is answered first by a
# passage writing a number, of the first three, AMOUNT_NEAR as relevant as the first at
# least: "Apple has not said how many headsets it sold, but analysts estimated pre-orders
# at about 200,000 units" is 0.43 as relevant as "Apple plans to sell the Vision Pro...".
AMOUNT_NEAR = 0.4
# A question naming one thing alone is answered first by an article's opening sentence
# among its first LEDE_REACH passages (lede_first).
LEDE_REACH = 10
WORDS = lazy(r"\w+")
# A date is of what is written this many words (stop words aside) before it at most
# ("founded in 1956")
EVENT_WORDS = 4


def as_sure_as(ranked: Ranked, number: int) -> Ranked:
    """The passage ``number``, which rank() did not find (it holds no question word),
    as sure as ``ranked``, the passage it goes with (its own score its own: it reads
    like no other)."""
    return Ranked(number, ranked.score, ranked.relevance, ranked.coverage, -1.0 - number)


def sentence_after(index: Index, number: int) -> int:
    """The passage after ``number`` in its article; -1 at the article's end."""
    after, article = number + 1, index.passages.article
    return after if after < len(index.passages) and article[after] == article[number] else -1


def sentence_before(index: Index, number: int) -> int:
    """The passage before ``number`` in its article; -1 at the article's start."""
    before, article = number - 1, index.passages.article
    return before if before >= 0 and article[before] == article[number] else -1


def first_as_sure_as(ranked: list[Ranked], anchor: Ranked, number: int) -> list[Ranked]:
    """``ranked`` with the passage ``number`` first, as sure as ``anchor`` (the one it
    goes with: ``as_sure_as``), and out of its place among the others."""
    return [as_sure_as(anchor, number), *(r for r in ranked if r.number != number)]


def told_first(
    ranked: list[Ranked],
    top: Ranked,
    span: Iterable[int],
    tells: Callable[[int], object],
) -> list[Ranked] | None:
    """``ranked`` with the first passage of ``span`` (numbers in an article) that ``tells``
    first: where ``ranked`` holds it, as it ranked, else as sure as ``top``, the passage
    it goes with (``as_sure_as``); None where none tells."""
    told = next((n for n in span if tells(n)), None)
    return None if told is None else sure_first(ranked, top, told)


def sure_first(ranked: list[Ranked], top: Ranked, number: int) -> list[Ranked]:
    """``ranked`` with passage ``number`` first: where ``ranked`` holds it, as it ranked,
    else as sure as ``top``, the passage it goes with (``as_sure_as``)."""
    held = next((r for r in ranked if r.number == number), None)
    return moved_first(ranked, held) if held else [as_sure_as(top, number), *ranked]


def nearly_first(
    ranked: Sequence[Ranked], reach: int = DEFAULT_TOP, near: float = TIMED_NEAR
) -> list[bool]:
    """Which of the first ``reach`` of ``ranked`` are ``near`` as relevant as the first
    (nearly: TIMED_NEAR): those whose time may answer "when?"."""
    least = near * ranked[0].relevance
    return [r.relevance >= least for r in ranked[:reach]]


# An article's share of the question that is the whole of it (shares are sums of floats).
FULL_COVERAGE = 0.999


def holds_any(index: Index, text: str, terms: set[str]) -> bool:
    """Whether ``text`` holds one of ``terms``."""
    return not terms.isdisjoint(index.analyzer.analyze(text))


def holds_each(index: Index, text: str, words: Iterable[Collection[str]]) -> bool:
    """Whether ``text`` holds a term of each of ``words`` (a word's terms: its own, its
    synonyms)."""
    held = set(index.analyzer.analyze(text))
    return all(not held.isdisjoint(terms) for terms in words)


def names_in(index: Index, text: str) -> set[str]:
    """The terms of the words ``text`` writes capitalised (its first word's too)."""
    return {t.term for t in index.analyzer.tokens(text) if text[t.start].isupper()}


def counts_any(text: str) -> bool:
    """Whether ``text`` writes a number that counts: not money, a length of time nor a
    measure ("...has burned more than 23,000 acres" counts no homes)."""
    return AMOUNT.search(MEASURED.sub(" ", MONEY.sub(" ", LASTING.sub(" ", text)))) is not None


# Whoever does what is asked, which is not what is asked ("how did people react?")
ANYONE = frozenset("people ppl everyone anyone".split())


def terms_meant(index: Index, word: Word) -> set[str]:
    """The terms ``word`` asks by: its alternatives, or for a light word ("get", "take")
    those it reads as beside the word after it (an idiom: "get away" asks an escape,
    "take part" a participant), none where it reads as nothing else, nor for "people",
    who do what is asked ("how did people react in damascus?")."""
    if word.written.lower() in ANYONE:
        return set()
    if not is_light(index.analyzer, word):
        return set(word.alternatives)
    return set(word.alternatives) - set(index.analyzer.analyze(word.written))


def told_in_first_article(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    reach: int | None = None,
) -> list[Ranked] | None:
    """``ranked`` with, where its first passage does not tell what is asked (``tells``),
    the first sentence of its article (of its first ``reach``, if given) that does put
    first, as sure as the first (as it is where the first tells it); None where no
    sentence of that article does."""
    top = ranked[0]
    if tells(index.passages.text(top.number)):
        return ranked
    return told_first(ranked, top, index.span_of(top.number)[:reach], _by_number(index, tells))


def told_of_asked_first(
    index: Index, ranked: list[Ranked], asked: str, article: str, tells: Callable[[str], object]
) -> list[Ranked]:
    """``ranked`` with, where its first passage does not hold the own words of the
    question ``asked`` before and tell what is asked now (``tells``: a time for "when?",
    a place for "where?", a length for "how long?"), the first sentence of ``article``
    (the one the answer before quoted first) that does, first, as sure as the first: a
    question word alone asks it of what was asked before."""
    own = build_query(asked, index.analyzer, index.vocabulary).own_words
    words = [set(w.alternatives) for w in own if w.alternatives]
    if not words or article not in index.spans:
        return ranked

    def told(number: int) -> bool:
        text = index.passages.text(number)
        return holds_each(index, text, words) and bool(tells(text))

    if told(ranked[0].number):
        return ranked
    return told_first(ranked, ranked[0], index.spans[article], told) or ranked


def _by_number(index: Index, tells: Callable[[str], object]) -> Callable[[int], bool]:
    """``tells`` of a passage's text, asked by its number."""
    return lambda number: bool(tells(index.passages.text(number)))


def told_in_first_articles(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    query: Query,
    among: int = DEFAULT_TOP,
) -> list[Ranked] | None:
    """``ranked`` with, of the first of ``ranked``'s first ``among`` whose article holds
    each of ``query``'s own words and has a sentence that ``tells`` (the first's, else the
    next's: "what happens to companies that break the ban?" ranks DeepSeek's bans first,
    the social media ban's fines next), the first that does, as ranked, else in the
    article's order, put first (``told_first``); None where none of theirs does."""
    telling = _by_number(index, tells)
    words = [w.alternatives for w in query.own_words if w.alternatives]
    seen: set[int] = set()
    for r in ranked[:among]:
        article = index.passages.article[r.number : r.number + 1]
        if int(article[0]) in seen:
            continue
        seen.add(int(article[0]))
        if not all(index.article_bm25.holding(terms, article)[0] for terms in words):
            continue  # "what if you don't pay for the vision pro?": not the seed's "vision"
        span = index.span_of(r.number)
        ranked_so = [x.number for x in ranked if x.number in span]
        told = told_first(ranked, r, [*ranked_so, *span], telling)
        if told is not None:
            return told
    return None


def first_holding(
    ranked: Sequence[Ranked], holds: Sequence[bool], reach: int, near: float
) -> Ranked | None:
    """The first of ``ranked``'s first ``reach`` for which ``holds`` (in their order) is
    true and that is ``near`` as relevant as the first; None for none."""
    nearly = nearly_first(ranked, reach, near)
    chosen = (r for r, held, close in zip(ranked, holds, nearly, strict=False) if held and close)
    return next(chosen, None)


def own_word(query: Query, written: str) -> Word | None:
    """The question's own word written so (lowercase), where a term stands for it."""
    word = next((w for w in query.own_words if w.written.lower() == written), None)
    return word if word is not None and word.alternatives else None


def own_words_in(query: Query, phrase: str) -> list[Word]:
    """The question's own words that ``phrase``, a part of it ("south korea's president"),
    writes, in the question's order."""
    written = phrase.lower().split()
    return [w for w in query.own_words if w.written.lower() in written]


def holding_as_much(
    index: Index, question: str, ranked: list[Ranked], carried: Sequence[Word] = ()
) -> list[Ranked]:
    """Those of ``ranked``'s first DEFAULT_TOP of the first's article or holding each of
    ``question``'s terms the first holds, and of the words ``carried`` from the question
    it follows up: a reason another article gives of less of what is asked is of
    something else ("why did the solar panels fail?": not "Critics blamed the high share
    of solar power on the grid" after "We believe the solar panels are facing west")."""
    if not ranked:
        return []
    article, terms_of = index.passages.article, index.docs.terms_of
    top = ranked[0].number
    asked = term_ids(index, index.analyzer.analyze(question))
    asked |= {i for w in carried for i in term_ids(index, w.alternatives)}
    held = asked & set(terms_of(top).tolist())
    return [
        r
        for r in ranked[:DEFAULT_TOP]
        if article[r.number] == article[top] or held <= set(terms_of(r.number).tolist())
    ]


def tells_its_news(index: Index, query: Query, number: int) -> bool:
    """Whether passage ``number`` holds a word of ``query`` (carried ones too) and its
    article's title holds each it holds: what it says is of its article's news, not of
    something else that article mentions ("Economists said the Bank of England was
    likely to keep interest rates at 5.25 percent", in an article on inflation)."""
    first = np.array([number])
    held = [
        found
        for w in query.words
        if (found := term_ids(index, w.alternatives))
        and index.bm25.holding(w.alternatives, first)[0]
    ]
    return bool(held) and bool(titles_holding(index, held, first)[0])


def tells_number(asked: set[str], text: str) -> bool:
    """Whether ``text`` writes a number in figures that ``asked`` lacks, a year aside
    (news writes amounts so: "first" and "the two leaders" tell none)."""
    return any(n[0].isdigit() and not is_year(n) for n in numbers_in(text) - asked)


def asking_words(index: Index, query: Query) -> list[tuple[Collection[str], set[int]]]:
    """The question's own words that ask something (not light ones: "now", "get") and
    that the corpus holds: each one's terms and their ids."""
    return [
        (w.alternatives.keys(), found)
        for w in query.own_words
        if w.alternatives
        and not is_light(index.analyzer, w)
        and (found := term_ids(index, w.alternatives))
    ]


def article_first(
    index: Index, ranked: list[Ranked], tells: Callable[[int], bool], near: float | None = None
) -> list[Ranked]:
    """``ranked`` with the first of the next LEDE_REACH - 1 of its first passage's article
    that ``tells`` (by passage number), ``near`` as relevant as the first if given, put
    first."""
    span = index.span_of(ranked[0].number)
    nearly = nearly_first(ranked, LEDE_REACH, near) if near is not None else None
    for place, r in enumerate(ranked[1:LEDE_REACH], 1):
        if (nearly is None or nearly[place]) and r.number in span and tells(r.number):
            return moved_first(ranked, r)
    return ranked


def opening_first(
    index: Index, ranked: list[Ranked], tells: Callable[[int], object], near: float
) -> list[Ranked]:
    """``ranked`` with its first passage's article's opening, where among the first
    LEDE_REACH, ``near`` as relevant as the first, and telling what is asked (``tells``, by
    passage number), put first: news says its gist in its opening."""
    opening = index.span_of(ranked[0].number).start
    nearly = nearly_first(ranked, LEDE_REACH, near)
    for r, close in zip(ranked[:LEDE_REACH], nearly, strict=False):
        if r.number == opening:
            return moved_first(ranked, r) if close and tells(opening) else ranked
    return ranked


def put_first_in_its_article(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    reach: int = LEDE_REACH,
    near: float = TIMED_NEAR,
) -> list[Ranked]:
    """``ranked`` with, where its first passage does not tell what is asked (``tells``),
    the first of its first ``reach`` of the first's article that does, ``near`` as
    relevant, put first (``put_first`` within one article)."""
    if not ranked:
        return ranked
    article = index.passages.article
    top = article[ranked[0].number]
    its = [r for r in ranked[:reach] if article[r.number] == top]
    place = first_telling(index, its, tells, reach, near)
    return moved_first(ranked, its[place]) if place > 0 else ranked


def put_first(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    reach: int = DEFAULT_TOP,
    near: float = TIMED_NEAR,
) -> list[Ranked]:
    """``ranked`` with, where its first passage does not tell what is asked (``tells``),
    the first of the next ``reach`` - 1 that does, and ``near`` as relevant, put first."""
    told = first_telling_first(index, ranked, tells, reach, near)
    return ranked if told is None else told


def first_telling_first(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    reach: int = DEFAULT_TOP,
    near: float = TIMED_NEAR,
) -> list[Ranked] | None:
    """``ranked`` with the first of its first ``reach``, ``near`` as relevant, that tells
    what is asked (``tells``) first; None where none does (``put_first``)."""
    first = first_telling(index, ranked, tells, reach, near)
    if first < 0:
        return None
    return moved_first(ranked, ranked[first]) if first > 0 else ranked


def moved_first(ranked: list[Ranked], chosen: Ranked) -> list[Ranked]:
    """``ranked`` with ``chosen``, one of them, first, the others in their order."""
    return [chosen, *(r for r in ranked if r is not chosen)]


def first_telling(
    index: Index,
    ranked: Sequence[Ranked],
    tells: Callable[[str], object],
    reach: int,
    near: float = TIMED_NEAR,
) -> int:
    """The place of the first of ``ranked``'s first ``reach`` that is ``near`` as
    relevant as the first (nearly: TIMED_NEAR) and tells what is asked (``tells``), or -1."""
    nearly = nearly_first(ranked, reach, near)
    for place, (r, close) in enumerate(zip(ranked[:reach], nearly, strict=True)):
        if close and tells(index.passages.text(r.number)):
            return place
    return -1


def of_earlier_year(index: Index, number: int, words: Sequence[Collection[str]]) -> bool:
    """Whether passage ``number`` dates a term of one of ``words`` to a year before its
    article's (_year_beside): it tells of another time than the news ("A magnitude 8.8
    earthquake in 2010 killed more than 500 people", in news of this year's)."""
    published = index.info_of(number).published[:4]
    text = index.passages.text(number)
    return published.isdigit() and _year_beside(index, text, words, published)


def _year_beside(index: Index, text: str, words: Sequence[Collection[str]], published: str) -> bool:
    """Whether ``text`` writes a year before ``published`` (a year) at most EVENT_WORDS
    words (stop words aside) after a term of one of ``words``: "...their win over the New
    England Patriots in 2018"."""
    tokens = index.analyzer.tokens(text)
    years = [i for i, t in enumerate(tokens) if is_year(t.word) and t.word < published]
    return any(placed_after(tokens, years, terms) for terms in words)


def placed_after(tokens: Sequence[Token], places: Sequence[int], terms: Collection[str]) -> bool:
    """Whether one of ``places`` (token places) comes at most EVENT_WORDS tokens (stop words
    aside) after a term of ``terms``."""
    return any(
        0 < place - at <= EVENT_WORDS
        for at, t in enumerate(tokens)
        if t.term in terms
        for place in places
    )
