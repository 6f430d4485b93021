"""Which passage goes first among those nearly as relevant: the one telling what is asked."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import partial

import numpy as np

from .asked import (
    AGED,
    AMOUNT,
    ASKS_REACTION,
    BLAMED,
    BORN,
    BY_CLOCK,
    DESTINATION,
    ELIGIBLE,
    FIGURES,
    FLED_TO,
    FUTURE_TIME,
    LASTING,
    MADE_IN,
    MEASURED,
    MONEY,
    SCORE,
    SHARE,
    TELLING_MEASURES,
    TO_COME,
    amount_asked,
    asks_blame,
    asks_change,
    asks_date_named,
    asks_destination,
    asks_earned,
    asks_eligible,
    asks_future,
    asks_heat,
    asks_height,
    asks_made_when,
    asks_margin,
    asks_money,
    asks_next,
    asks_score,
    asks_size,
    asks_when,
    asks_year,
    change_verb,
    compares_size,
    counted,
    counted_verb,
    dates_in,
    how_asked_alone,
    in_units,
    is_past,
    is_plural_noun,
    is_year,
    lasting_told,
    leader_asked,
    numbers_in,
    origin_asked,
    purpose_asked,
    says_how_often,
    tells_how_often,
    tells_margin,
    tells_price,
    tells_when,
    time_asked,
)
from .chat import DETERMINERS, NOW_UNITS, TIME_UNITS, VAGUE, word_before
from .defining import is_role
from .index import Index, date_key
from .names import SMALL_WORDS
from .query import Query, Word, build_query, head_terms
from .ranking import Ranked, numbers_of
from .rerank import FUNCTION_WORDS, names_someone_new, new_name
from .seeming import (
    asked_how,
    capitalised,
    holding_all,
    is_light,
    names_country_or_people,
    names_origin_near,
    read_by,
    term_ids,
    titles_holding,
)

# The passages an answer shows at first (answers.answer's ``top``): a passage telling
# what is asked among them, nearly as relevant, goes first.
DEFAULT_TOP = 3
# "When?" is answered first by a passage saying a date, of the first three, where one
# does whose relevance is TIMED_NEAR of the first's at least (_timed_first): "when did
# india and russia meet" then quotes "...Modi arrived in Moscow on Monday..." first, and
# "when will india get the spare parts" not "...trade reached a record last year" (0.48
# of the first). Of 0.5, 0.6 and 0.7 on the ReQA questions (so not held-out evidence):
# cross-validated P@1 0.791, 0.792, 0.792; 0.7 lost the Monday quote; without, 0.789.
TIMED_NEAR = 0.6
# "Why?" is answered first by a passage giving a reason, of the first three, where one
# does whose relevance is WHY_NEAR of the first's at least (_reason_first): a reason is
# said in fewer of the question's words than what happened. ReQA: at TIMED_NEAR (0.6) one
# question up ("Why did oil start getting priced in terms of gold?" 3rd -> 1st), at 0.3
# that and one down (2nd -> 3rd), cross-validated P@1 0.793 -> 0.794 either way; 0.3
# also takes "why did inflation fall?" (news5, tuned on), whose reason is 0.4 as relevant.
WHY_NEAR = 0.3
# ...or one of the sentences this close after an opening that gives none
REASON_AFTER = 2
# "How many?" counting nothing named ("how many have they sold?") is answered first by a
# passage writing a number, of the first three, AMOUNT_NEAR as relevant as the first at
# least: "Apple has not said how many headsets it sold, but analysts estimated pre-orders
# at about 200,000 units" is 0.43 as relevant as "Apple plans to sell the Vision Pro...".
AMOUNT_NEAR = 0.4
# ...and a date of what a "when?" asks, of the first's article, this near (_event_first)
EVENT_NEAR = 0.4
# ...written this many words (stop words aside) before the date
EVENT_WORDS = 4
# A first passage naming another of a kind asked gives way to one of its article naming
# none, this near (of_another_first): the first is shown to be of something else ("milton
# deaths?": "...several people were killed at a retirement community", 0.48 as relevant
# as "...after Hurricane Helene killed more than 200 people").
OTHER_NEAR = 0.4
# "What is X called?" is answered first by a sentence giving a name so among the first
# NAMED_REACH nearly as relevant (_named_first): "The Smart Lander for Investigating Moon,
# or SLIM, ..." was fourth for "whats the lander called", after three naming no lander.
NAMED_REACH = 10
# A question naming one thing alone is answered first by an article's opening sentence
# among its first LEDE_REACH passages (lede_first).
LEDE_REACH = 10
# "How old?" is answered first by a passage writing an age ("...died at the age of 92")
# among the first AGE_REACH nearly as relevant: a sentence saying one is all but always
# the answer, and "how old was munro?" ranked the obituary's lede fourth, after three
# sentences naming Munro more often. Half as relevant as the first is near enough: "how
# old was the suspect?" after "why were the taylor swift concerts cancelled?" quoted the
# news of the cancelling (its words carried) before "The main suspect, a 19-year-old
# Austrian, ...", 0.57 as relevant.
AGE_REACH, AGE_NEAR = 10, 0.5
# ...and an age told right after the name asked, this near: the lede names one in full,
# the sentence giving the age by surname ("Hinton, 76, who works at...", 0.43 as relevant
# over its folder's eight articles, 0.26 over its own)
AGE_NAMED_NEAR = 0.2
# A question of its own asked right after an answer is answered first, of its first five
# passages, by one from an article that answer quoted, scoring RECENT_NEAR of the first at
# least (recent_first): "what did trump say?" after questions on DeepSeek quoted Trump on
# bitcoin, scoring 9.90, before his words on DeepSeek, 9.58; "what did microsoft do?"
# after questions on OpenAI's board quoted Nvidia passing Microsoft, OpenAI's investor
# fourth and nearly as relevant (of the first three, it was not reached).
RECENT_NEAR = 0.8
# A follow-up of that answer ("who was man of the match?" after "who won the cricket?",
# its words carried) is of its articles more surely still: of its first five passages
# (RECENT_REACH, as above), one of theirs scoring 0.6 of the first at least comes first
# (over 80 articles, Spain's "won all seven of their matches" scored first; Kohli "named
# player of the match", next at 0.76 of it, had been passed over for "South Africa were
# playing in their first men's World Cup final", at 0.85).
RECENT_FOLLOWED_NEAR, RECENT_REACH = 0.6, 5
# ...and following up by "he", "she" or "it" an answer that quoted two articles, one of
# the one quoted first scoring this share of the first passage (of the other) at least:
# "when does it start?" after "what are the fines?" had quoted Australia's ban, then
# Google's fine, quoted "...the Digital Markets Act, a law that took effect in 2023"
# before "The ban takes effect in late 2025" (0.46 of it).
REFERRED_NEAR = 0.4
# A follow-up's own words choose among the first three passages of the first's article
# (own_first) those this near: its carried words, which found the article, weigh on the
# passages restating it ("has anyone caught it?" after "tell me about the bird flu
# outbreak" quoted the opening, holding "spreading", before "One dairy worker in Texas
# caught the virus...", 0.5 as relevant over 79 articles, 0.38 over three). From 0 to
# TIMED_NEAR, which it was, no rank of the sets moved.
OWN_NEAR = 0.3
# What a question naming one thing alone says around it (lowercase words; "what's the
# latest on X" as asks_latest leaves it, "what's on X"; "who went to Russia?": who the
# news opens with, as _named_after names them).
_TOPIC = re.compile(
    r"(?:(?:and|so|hey|hi|hello|yo|ok|okay) )?"
    r"(?:(?:(?:tell me|tell me more|what about|how about|anything|any news|news|info|"
    r"information|updates?|any updates?|what do you know|what s new) (?:about|on|with|"
    r"regarding|for)|(?:what s|whats|what is) (?:going on|happening|up|new) (?:with|in|to|at)"
    # ("story" is a chat.VAGUE word, left out of what is matched here)
    r"|(?:what s|whats|what is) the (?:(?:deal|story) )?with"
    r"|what (?:has )?happened (?:in|to|with|at|on|during)"
    r"|(?:what s|whats|what is) (?:on|about|with|in)"
    r"|who (?:went|goes|has gone|is going|came|comes|has come) to|(?:what|how) about"
    r"|explain|describe|summari[sz]e"  # "explain martial law in south korea"
    # "was there an earthquake in chile?", "is there a vaccine?": whether it happened
    r"|(?:was|is|were|are|has|have) there (?:been )?(?:an?|any|some)(?: (?:in|at|on))?"
    r"|about|on|regarding|in|with) )?"
    r"(?:the )?"
)
# ...asked to be told about, in so many words ("tell me about deepseek"; not a name alone)
_TOLD_ABOUT = re.compile(
    r"(?:tell me|what do you know|info|information|anything|any news|news) "
    r"(?:about|on|regarding) (?:the )?"
)
# "What did the bank of england do?", "what has intel done?", "how is asml doing?": what it
# did is the news (not "what did the loser do?", which asks of someone by a role).
_DID = re.compile(
    r"what (?:did|does|has|have) (?:the )?(?:do|done) |how (?:is|are|s) (?:the )?doing "
    r"|how (?:did|does|has|have) (?:the )?(?:do|done) "  # "how did asml do?"
    r"|what (?:is|are|s|was|were) (?:the )?doing "  # "what is venice doing?"
)
# ...asked of what the answer before was about: "what does it do?", "how are they doing?"
_DID_BACK = re.compile(
    r"\W*(?:what|how)\s+(?:did|does|do|has|have|is|are|was|were)\s+(?:it|they|he|she)"
    r"\s+(?:do|done|doing)\W*",
    re.I,
)
# "When did the eclipse happen?", "when was the coup?": when it happened is the news too
# ("...will not happen until 2044", of the next eclipse, came first).
_WHEN = re.compile(
    r"when (?:did|does) (?:the )?(?:happen|occur|take place) |when (?:was|were|is) (?:the )?"
)
# "How big was google's fine?", "how big is the jasper fire?": how big it is is the news
# as well, where the opening writes a number ("...upheld a 2.4 billion euro ($2.7
# billion) fine against Google..." came third, after the 4.1 billion euro fine of another
# case)
_HOW_BIG = re.compile(r"how (?:big|large|bad|serious) (?:is|was|are|were) (?:the )?")
# ...and, where no sentence says what it is (defining.py), what asks what it is: "what is
# the vision pro?" is told by the news opening with it, not by "Apple plans to sell the
# Vision Pro in other countries..."
_WHAT_IS = re.compile(r"(?:what|who) (?:is|are|s) (?:the |a |an )?")  # not "what was the..."
_WON = frozenset({"won", "wins", "win"})
_LOST = frozenset({"lose", "loses", "lost"})
# What asks whether one won or lost ("did the eagles win?"), or how ("how did the eagles
# win?"): the news of it, not "It was the Eagles' second Super Bowl title, after their
# win over the New England Patriots in 2018"
_DID_ONLY = re.compile(r"(?:how )?(?:did|does|do|has|have) (?:the )*")
# Whether one won or lost, which the news of who won tells whoever is asked of (lede_first
# puts it first; not "Protesters ... called for Israel to be banned from the contest")
_ASKS_IF_WON = re.compile(r"\W*(?:did|does|do|has|have|will)\b.*\b(?:win|won|lose|lost)\b", re.I)


def _won_asked_of_country(index: Index, question: str, query: Query, title: set[int]) -> bool:
    """Whether ``question`` asks whether one won or lost (_ASKS_IF_WON) and its own words
    its article's ``title`` lacks all name a country or its people ("did israel win
    eurovision?", not "did spain lose any games?", whose games a sentence counts)."""
    if not _ASKS_IF_WON.match(question):
        return False
    others = [
        w
        for w in query.own_words
        if (terms := _meant(index, w)) and not term_ids(index, terms) & title
    ]
    return bool(others) and all(names_country_or_people(index.analyzer, w.written) for w in others)


# A subject's results or outcome asked alone ("india election results", "the result of the
# romanian election"): the news of it, which need not say "result" ("Indian Prime
# Minister Narendra Modi claimed victory...", not "The BJP's biggest setback came in...")
_RESULT_WORDS = frozenset({"result", "results", "outcome"})
_RESULTS = re.compile(
    r"\W*(?:what\s+(?:were|was|are|is)\s+)?(?:the\s+)?(?:(?P<topic>(?:[\w'’-]+\s+){1,4}?)"
    r"(?:results?|outcome)|(?:results?|outcome)\s+of\s+(?P<of>(?:the\s+)?(?:[\w'’-]+\s*){1,4}))"
    r"\W*",
    re.I,
)
# "Who won?" following one up (the news of the win: lede_first, own_first)
_WON_BACK = re.compile(r"\W*who\s+(?:won|wins|has\s+won|is\s+winning)(?:\s+it)?\W*", re.I)
_WORK = frozenset({"work", "works", "worked"})
_WORKS_ASKED = re.compile(
    r"\W*(?:does|did|do|will|would|can|is|are)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:work|works|worked|working)\W*",
    re.I,
)
_WORDS = re.compile(r"\w+")
_OWNED_WORD = re.compile(r"\w+(?:['’]s\b)?")  # "chile's" as one, to leave out with Chile

# A sentence that begins with a name: two capitalised words, the first no function word
# ("General Min Aung Hlaing, who...", "Morgan Michaels, a researcher"; not "The Kremlin").
_BEGINS_NAMED = re.compile(r"[\"“‘']?([A-Z][\w’'-]*)\s+[A-Z][\w’'-]+")
# ...or that lists whom, then names them ("Those killed were Stockton Rush, chief
# executive of OceanGate...", "The victims included Anna Lee").
_LISTS_NAMED = re.compile(
    r"(?:Those|The|Among)\b[^.,;:]{0,40}?\b(?:were|was|are|is|included|include|includes)\s+"
    r"([A-Z][\w’'-]*)\s+[A-Z][\w’'-]+"
)
# Capitalised words that begin a sentence and no name: the function words a name's words
# never are (rerank.py's), and these.
_NOT_NAMES = FUNCTION_WORDS | frozenset(
    "after before our we but when while if since no not some many most several all both "
    "each other every".split()
)
_WHO = re.compile(r"\bwho(m|se)?\b|\bname\b", re.IGNORECASE)  # "who", "the name of"
# A speaker named by a pronoun alone: '"...," he told reporters', "she said".
_SAID_BY_PRONOUN = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|told|tells|added|adds|warned|warns|wrote|writes|"
    r"explained|insisted|stressed|replied|declared)\b",
    re.IGNORECASE,
)
# How far after the first passage the sentence naming its person may come: news gives a
# lede of up to three sentences, then names ("The leader of Myanmar's military junta
# has arrived..." is followed two sentences on by "General Min Aung Hlaing, who...").
NAMED_WITHIN = 3


# A pronoun for whom or what an answer named ("what did he say?", "when was it founded?").
_REFERRED = re.compile(r"\b(?:he|she|him|her|his|hers|it|its)\b", re.I)


def recent_first(
    index: Index,
    ranked: list[Ranked],
    recent: Collection[str],
    following: bool = False,
    question: str = "",
) -> list[Ranked]:
    """``ranked`` with, where its first passage is from none of the articles ``recent``
    (those the answer it follows up quoted, or the member's answer just before), the
    first of the next RECENT_REACH - 1 that is from one and scores RECENT_NEAR of the first
    at least put first (``following`` up that answer: RECENT_FOLLOWED_NEAR): a member
    asking on goes on about what they were reading ("what are the fines?" after questions
    on Australia's social media ban quoted Google's EU fine first; "did spain lose any
    games?" after the Euro final, the Iberian blackout's "Spain and Portugal lost
    electricity"; "when did they escape?" after the Louvre heist, the Haneda fire's "All
    379 passengers and crew escaped ... on Tuesday evening"). Following up by "he", "she"
    or "it" (``question``), of those articles the one quoted first, where the first
    passage is of another of them: "what did he say?" after an answer quoting
    CrowdStrike's chief executive, then Boeing's."""
    if not ranked or not recent:
        return ranked
    near = RECENT_FOLLOWED_NEAR if following else RECENT_NEAR
    wanted = set(recent)  # the articles of a passage put first
    top = index.info_of(ranked[0].number).id
    if top in wanted:
        first = next(iter(recent))
        if not (following and _REFERRED.search(question)) or top == first:
            return ranked
        wanted = {first}
        near = REFERRED_NEAR
    floor = near * ranked[0].score
    for r in ranked[1:RECENT_REACH]:
        if r.score >= floor and index.info_of(r.number).id in wanted:
            return _moved_first(ranked, r)
    return ranked


def named_second(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who (_WHO), the sentence naming whom its
    first passage describes by role (_named_after), quotes by a pronoun
    (_speaker_before) or speaks of by a noun alone (_named_before) second."""
    if not _WHO.search(question):
        return ranked
    ranked = _speaker_before(index, question, _named_after(index, question, ranked))
    return _named_before(index, question, ranked)


# A sentence speaking of what the one before named by a noun alone: "The delegation..."
_BY_NOUN = r"the\s+[a-z]+\b(?!\s+of\b)"
_THE_NOUN = re.compile(rf"\W*{_BY_NOUN}", re.I)


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
        begins = _LISTS_NAMED.match(following) or (
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
    top, article = ranked[0].number, index.passages.article
    quote, before = index.passages.text(top), top - 1
    if not _SAID_BY_PRONOUN.search(quote) or names_someone_new(quote, question):
        return ranked
    if before < 0 or article[before] != article[top]:
        return ranked
    named = names_someone_new(" " + index.passages.text(before), question)
    return _second(ranked, before) if named else ranked


def _second(ranked: list[Ranked], number: int) -> list[Ranked]:
    """``ranked`` with the passage ``number`` second, after the first; where rank() did
    not find it (it holds no question word), as sure as the first passage it goes with."""
    top = ranked[0]
    rest = [r for r in ranked[1:] if r.number != number]
    found = next((r for r in ranked if r.number == number), None)
    return [top, found or _as_sure_as(top, number), *rest]


def _as_sure_as(ranked: Ranked, number: int) -> Ranked:
    """The passage ``number``, which rank() did not find (it holds no question word),
    as sure as ``ranked``, the passage it goes with (its own score its own: it reads
    like no other)."""
    return Ranked(number, ranked.score, ranked.relevance, ranked.coverage, -1.0 - number)


def _sentence_after(index: Index, number: int) -> int:
    """The passage after ``number`` in its article; -1 at the article's end."""
    after, article = number + 1, index.passages.article
    return after if after < len(index.passages) and article[after] == article[number] else -1


def _first_as_sure_as(ranked: list[Ranked], anchor: Ranked, number: int) -> list[Ranked]:
    """``ranked`` with the passage ``number`` first, as sure as ``anchor`` (the one it
    goes with: ``_as_sure_as``), and out of its place among the others."""
    return [_as_sure_as(anchor, number), *(r for r in ranked if r.number != number)]


def _told_first(
    ranked: list[Ranked],
    top: Ranked,
    span: Iterable[int],
    tells: Callable[[int], object],
) -> list[Ranked] | None:
    """``ranked`` with the first passage of ``span`` (numbers in an article) that ``tells``
    first: where ``ranked`` holds it, as it ranked, else as sure as ``top``, the passage
    it goes with (``_as_sure_as``); None where none tells."""
    told = next((n for n in span if tells(n)), None)
    return None if told is None else _sure_first(ranked, top, told)


def _sure_first(ranked: list[Ranked], top: Ranked, number: int) -> list[Ranked]:
    """``ranked`` with passage ``number`` first: where ``ranked`` holds it, as it ranked,
    else as sure as ``top``, the passage it goes with (``_as_sure_as``)."""
    held = next((r for r in ranked if r.number == number), None)
    return _moved_first(ranked, held) if held else [_as_sure_as(top, number), *ranked]


def nearly_first(
    ranked: Sequence[Ranked], reach: int = DEFAULT_TOP, near: float = TIMED_NEAR
) -> list[bool]:
    """Which of the first ``reach`` of ``ranked`` are ``near`` as relevant as the first
    (nearly: TIMED_NEAR): those whose time may answer "when?"."""
    least = near * ranked[0].relevance
    return [r.relevance >= least for r in ranked[:reach]]


def lede_first(
    index: Index, question: str, query: Query, ranked: list[Ranked], defined: bool = True
) -> list[Ranked]:
    """``ranked`` with, where ``question`` names one thing alone and asks nothing of it
    ("myanmar?", "tell me about Myanmar", "what's going on with Russia?", "any news
    about the chile earthquake?", "what about inflation?", "was there an earthquake in
    chile?": _TOPIC; "what did the bank of england do?", asked of no role: _DID, or
    "what does it do?" of what it follows up: _DID_BACK; "when did the eclipse
    happen?": _WHEN), the
    article opening among its first LEDE_REACH that says each of its words itself put
    first, of several the one of the article most about them (_most_about): news opens
    with its gist, where any sentence saying the words would do ("...joint military
    exercises..." was quoted first; "A magnitude 8.8 earthquake in 2010..." before
    Chile's quake). Where no opening says them all, asked its gist, the opening of the
    one article the first three are of (_one_article_opening_first)."""
    words = [w for w in query.words if w.alternatives]
    if results := _RESULTS.fullmatch(question):  # "india election results": its news
        question = (results["topic"] or results["of"]).strip()
        words = [w for w in words if w.written.lower() not in _RESULT_WORDS] or words
    # ...or, following one up, asks what it did ("what did it do?" after "wegovy")
    back = query.own == 0 and _DID_BACK.fullmatch(question) is not None
    # ...or whether it works ("does it work?" after "tell me about wegovy": the news of
    # what it did, not "The trial was paid for by Novo Nordisk...")
    back = back or (query.own == 0 and _WORKS_ASKED.fullmatch(question) is not None)
    # ...or who won ("who won?" after "super bowl": the news of the win, not "It was the
    # Eagles' second Super Bowl title, after their win over the New England Patriots")
    won_back = query.own >= 0 and _WON_BACK.fullmatch(question) is not None
    back = back or won_back
    if not words or (query.own >= 0 and not back):
        return ranked
    if not back and not all(w.written for w in words):  # carried words are written unseen
        return ranked
    # "does wegovy work?" asks whether it does what it is for: its news, as "what did it
    # do?" does ("The trial was paid for by Novo Nordisk, the Danish company that makes
    # Wegovy" came first, no sentence saying "work")
    works = _WORKS_ASKED.fullmatch(question) is not None
    if works:
        words = [w for w in words if w.written.lower() not in _WORK] or words
    written = {w.written.lower() for w in words}
    rest: list[str] = []  # the question's other words ("any news about the"), owned or not
    inside: list[str] = []  # ...those after one of its words, till the next ("of")
    seen = False  # one of its words came before
    # ...a time closing it that is now ("who won the super bowl this year?": chat's
    # asks_bot leaves it out) aside
    for found in _OWNED_WORD.finditer(_THIS_NOW.sub("", question.lower())):
        word = found.group()
        owner = word[:-2] if word.endswith(("'s", "’s")) else word  # "chile's": chile
        if word not in written and owner not in written:
            # "what's": what s; a member's colour left out ("what did google do wrong?"),
            # and a year naming which of it ("who won euro 2024?")
            inside += [w for w in _WORDS.findall(word) if w not in VAGUE and not is_year(w)]
            continue
        # a small word between two of its words is the name's ("the bank of england")
        if not (seen and set(inside) <= set(SMALL_WORDS)):
            rest += inside
        inside, seen = [], True
    around = "".join(w + " " for w in rest + inside)
    roles = (w.written.lower() for w in words)  # "the loser", "the lenders"
    did = back or (_DID.fullmatch(around) and not any(is_role(r) or is_role(r[:-1]) for r in roles))
    sized = _HOW_BIG.fullmatch(around)
    # "who won the super bowl?": who won is the news ("...beat the Kansas City Chiefs 40-22
    # ... to win the Super Bowl", not "It was the Eagles' second Super Bowl title, after
    # their win over the New England Patriots in 2018")
    won = around == "who " and words[0].written.lower() in _WON
    # ...and so whether one won or lost ("did the eagles win the super bowl?", "did modi
    # lose?"): the news, not "It was the Eagles' second Super Bowl title, after their win
    # over the New England Patriots in 2018"
    won = won or bool(
        _DID_ONLY.fullmatch(around) and any(w.written.lower() in _WON | _LOST for w in words)
    )
    if not (
        _TOPIC.fullmatch(around)
        or did
        or works
        or won
        or _WHEN.fullmatch(around)
        or sized
        or (not defined and _WHAT_IS.fullmatch(around))
    ):
        return ranked
    numbers = numbers_of(ranked, LEDE_REACH)
    places = np.flatnonzero(
        (index.passages.column("paragraph")[numbers] == 1)
        & (index.passages.column("sentence")[numbers] == 1)
    )  # the openings among them: each word is looked up in these alone
    if not places.size and _TOLD_ABOUT.fullmatch(around):
        return _earliest_first(index, ranked, words)
    gist = bool(_TOPIC.fullmatch(around) or did)
    if not places.size and not won:
        titled = _titled_opening_first(index, ranked, words)
        if titled is ranked and gist:  # "india election results": no opening among the
            # ten, and a title naming neither ("Modi claims third term..."): the one
            # article's opening, saying "Indian"
            return _one_article_opening_first(index, ranked, words)
        return titled
    said = []
    first_places = places  # the openings, before any word is looked up
    for word in words:
        if not places.size:
            break
        # ...saying each word itself, not a word of its synonyms ("atom" for "nuclear");
        # a country's people are the country ("Indian Prime Minister ..." for "India"),
        # and the country theirs ("Japan became the fifth country to land..." for "what
        # happened to the japanese lander?").
        country = names_country_or_people(index.analyzer, word.written)
        itself = list(word.alternatives) if country else word.itself
        # ...or its title says it ("jasper evacuation": "Wildfire forces evacuation of...
        # Jasper" over "About 25,000 residents ... were ordered to leave the town of Jasper")
        openings = numbers[places]
        in_title = titles_holding(index, [term_ids(index, itself)], openings)
        places = places[index.bm25.holding(itself, openings) | in_title]
        said.append(itself)
    if sized:  # ...writing how big
        writes = [_tells_number(set(), index.passages.text(int(n))) for n in numbers[places]]
        places = places[np.array(writes, dtype=bool)]
    if not places.size:
        if won:
            opened = _won_opening(index, words, ranked, numbers, first_places)
            if opened is ranked and won_back:  # "who won?" after "chess championship":
                # the news of the win ("India's Gukesh Dommaraju became the youngest world
                # chess champion...", writing no "won"), not "The 18-year-old won 7.5
                # points to 6.5...", naming no one
                return _sure_first(ranked, ranked[0], index.span_of(ranked[0].number).start)
            return opened
        return _one_article_opening_first(index, ranked, words) if gist else ranked
    first = int(places[_most_about(index, numbers[places], said)])
    if first == 0:
        return ranked
    return [ranked[first], *ranked[:first], *ranked[first + 1 :]]


def _one_article_opening_first(
    index: Index, ranked: list[Ranked], words: Sequence[Word]
) -> list[Ranked]:
    """``ranked`` with, where its first DEFAULT_TOP are all of one article whose opening
    or title says one of ``words`` at least, and the first does not say them all, that
    opening first, as sure as the first: asked what happened of its subject in other
    words than its opening's, the article is the one, and news opens with its gist
    ("what happened in the romanian election?": "Nicusor Dan ... won Romania's
    presidential run-off...", not "Turnout was 64 percent, the highest in a presidential
    election since 1996"); not "nvidia stock split?", which "Nvidia split its stock..."
    tells whole."""
    article = index.passages.article
    top = ranked[0]
    if len({int(article[r.number]) for r in ranked[:DEFAULT_TOP]}) != 1:
        return ranked
    opening = index.span_of(top.number).start
    terms = [term_ids(index, w.alternatives) for w in words]
    first = set(index.docs.terms_of(top.number).tolist())
    if opening == top.number or all(ids & first for ids in terms):
        return ranked
    said = set(index.docs.terms_of(opening).tolist()) | set(
        index.titles.terms_of(int(article[opening])).tolist()
    )
    # ...saying as many of them as the first ("what happened to japan's earlier moon
    # attempts?": "Japan's two earlier attempts to reach the lunar surface..." says three,
    # the opening two)
    if sum(bool(ids & said) for ids in terms) < max(1, sum(bool(ids & first) for ids in terms)):
        return ranked
    return _sure_first(ranked, top, opening)


def _titled_opening_first(
    index: Index, ranked: list[Ranked], words: Sequence[Word]
) -> list[Ranked]:
    """``ranked`` with the opening of the first passage's article first, as sure as the
    first, where the article's title holds each of ``words`` (a term of its own, not a
    synonym's) and no opening ranked among the first LEDE_REACH (lede_first): "what
    happened with deepseek?" is told by "Shares in the chipmaker Nvidia fell 17
    percent...", under "Chinese start-up DeepSeek wipes nearly 600 billion dollars off
    Nvidia", not by "Nvidia said DeepSeek's work was 'an excellent AI advancement'"."""
    top = ranked[0]
    opening = index.span_of(top.number).start
    if opening == top.number:
        return ranked
    itself = [term_ids(index, word.itself) for word in words]
    if not titles_holding(index, itself, np.array([opening]))[0]:
        return ranked
    return _sure_first(ranked, top, opening)


# "...this year?" closing a question: now, not what it asks of (chat.asks_bot)
_THIS_NOW = re.compile(rf"\s+this\s+(?:{'|'.join(sorted(NOW_UNITS))})\W*$")


def _won_opening(
    index: Index,
    words: Sequence[Word],
    ranked: list[Ranked],
    numbers: np.ndarray,
    places: np.ndarray,
) -> list[Ranked]:
    """``ranked`` with the opening of the first passage's article first, where that
    opening is among the openings at ``places`` in ``numbers`` and the article holds every
    one of ``words``: "who won the election in india?" is told by "...Modi claimed victory
    for a third term", though the opening writes no "election" ("The BJP's biggest
    setback came in Uttar Pradesh..." came first). Not where the first passage says every
    one of the ``words`` itself ("Lyles won the 100 metres.")."""
    if ranked[0].coverage < FULL_COVERAGE or all(
        index.bm25.holding(w.alternatives, numbers[:1])[0] for w in words
    ):
        return ranked
    article = index.passages.article
    ours = places[article[numbers[places]] == article[numbers[0]]]
    if not ours.size or ours[0] == 0:
        return ranked
    return _moved_first(ranked, ranked[int(ours[0])])


def _earliest_first(index: Index, ranked: list[Ranked], words: Sequence[Word]) -> list[Ranked]:
    """``ranked`` with the earliest of its first LEDE_REACH of the first's article, nearly
    as relevant and saying each of ``words`` itself (no synonym), first: where the opening
    does not name what is asked about, the first sentence that does tells the most of it
    ("tell me about deepseek": "The sell-off was set off by DeepSeek, a little-known
    Chinese start-up...", not its last sentence, "Nvidia said DeepSeek's work was...")."""
    article = index.passages.article
    numbers = numbers_of(ranked, LEDE_REACH)
    says = np.array(nearly_first(ranked, LEDE_REACH)) & (article[numbers] == article[numbers[0]])
    for word in words:
        says &= index.bm25.holding(word.itself, numbers)
    if not says.any():
        return ranked
    return _moved_first(ranked, ranked[int(np.flatnonzero(says)[numbers[says].argmin()])])


def _most_about(index: Index, openings: np.ndarray, said: Sequence[Sequence[str]]) -> int:
    """Which of the article ``openings`` (passage numbers, in rank order) opens the
    article most about the words (each by any of its ``said`` terms): titled with them,
    else saying them in the most sentences; of those alike, the first. "Tell me about
    the bank of england" is the rate cut's ("Bank of England cuts interest rates..."),
    not inflation's, whose lede names the bank's target; "tell me about the moon" the
    lunar lander's, which says "Moon" in four sentences, not the eclipse's one."""
    if openings.size < 2:
        return 0
    titled = titles_holding(index, [term_ids(index, terms) for terms in said], openings)
    about = []
    for opening, in_title in zip(openings.tolist(), titled.tolist(), strict=True):
        span = index.span_of(opening)
        sentences = np.arange(span.start, span.stop)
        count = sum(int(index.bm25.holding(terms, sentences).sum()) for terms in said)
        about.append((in_title, count))
    return max(range(len(about)), key=lambda at: (about[at], -at))


# A sentence giving the age of whom the one before named, referring back to them: "The
# 22-year-old Italian won..." after "Jannik Sinner came back...", "She, 92, ...".
_AGED_BACK = re.compile(r"\s*(?:the\s+\d{1,3}-year-old\b|(?:he|she),\s+\d{1,3},)", re.I)
# A sentence telling the detail of the one before: "As in the House of Commons, a number
# of qualifications apply to being an MSP. Specifically, members must be over the age of
# 18..." ("how old must a person be to apply to be an MSP?" said the passages do not say)
_ELABORATES = re.compile(
    r"\W*(?:specifically|in particular|for example|for instance|namely|that is)\b", re.I
)
# A sentence speaking of what the one before named: "The device, which..., costs...", "It".
_REFERS_BACK = re.compile(rf"\s*(?:{_BY_NOUN}|it|its|they|he|she)\b", re.I)
_NAME = r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*"  # capitalised words: "Jannik Sinner"
_OPENING_NAME = re.compile(rf"\W*{_NAME}")


def told_after(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks an age ("how old") or an amount ("how much
    is the vision pro?") and none of its first passages tells it (an age among the first
    AGE_REACH, an amount among the first DEFAULT_TOP), the sentence after one of its
    first DEFAULT_TOP that opens with a name asked, in the same article, where it tells
    it referring back (_AGED_BACK, _REFERS_BACK), put first, as relevant as that one: it
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
    if to_come and (moved := _to_come_after(index, ranked)) is not ranked:
        return moved
    if (reading := _told_after_how(index, question, query, ranked, counting)) is None:
        return ranked
    back, tells = reading
    # the question's words, and those of the one it follows up ("how much is it?")
    asked = {term for word in query.words for term in word.itself}
    for place, r in enumerate(ranked[:DEFAULT_TOP]):
        if (after := _sentence_after(index, r.number)) < 0:
            continue
        if place == 0 and (detail := _detail_telling(index, r.number, tells)) >= 0:
            return _first_as_sure_as(ranked, r, detail)  # the first's own detail
        text = index.passages.text(r.number)
        opening = _OPENING_NAME.match(text)  # whom it names first
        if not opening:
            continue
        # the one asked of by name, or, first and saying all the question does, by what
        # it says they are ("how old is the chess champion?": "India's Gukesh Dommaraju
        # became the youngest world chess champion..." before "The 18-year-old won...")
        described = place == 0 and back is _AGED_BACK and _describes(index, query, r.number)
        if asked.isdisjoint(index.analyzer.analyze(opening.group())) and not described:
            continue  # "how old is medvedev?": "Sinner ... beat Medvedev. The 22-year-old"
        following = index.passages.text(after)
        if back.match(following) and tells(following):
            return _first_as_sure_as(ranked, r, after)
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
        return _AGED_BACK, _aged(index, question, query=query)
    if _ASKS_WHERE.match(question):
        places = _places(question)
        told = first_telling(index, ranked, places, DEFAULT_TOP) >= 0
        return None if told else (_REFERS_BACK, places)
    whom = _ASKS_WHOM_DONE.match(question)
    if whom and (verb := _own_word(query, whom.group(1).lower())):
        if index.bm25.holding(verb.alternatives, numbers_of(ranked, 1)).any():
            return None  # the first says it done
        terms = set(verb.alternatives)
        return _REFERS_BACK, lambda text: _holds_any(index, text, terms)
    if not amount_asked(question):
        return None
    number = partial(_tells_number, numbers_in(question))
    if any(number(index.passages.text(r.number)) for r in ranked[:DEFAULT_TOP]):
        return None
    return _REFERS_BACK, number


# "Who did nicusor dan beat?": whom one named did what the closing verb says, which the
# sentence after the one naming them may say of them ("He defeated George Simion...")
_ASKS_WHOM_DONE = re.compile(r"^\W*who(?:m)?\s+did\s+.+?\s+([a-z]+)\W*$", re.I)


def _to_come_after(index: Index, ranked: list[Ranked]) -> list[Ranked]:
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
                return _first_as_sure_as(ranked, r, after)
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
    alternative), none of them a name its article's title does not write: it says what
    the one asked of is, and names no one else asked ("how old was vingegaard?" is not
    asked of "Tadej Pogacar won the Tour de France ... ahead of Jonas Vingegaard")."""
    text = index.passages.text(number)
    held = set(index.analyzer.analyze(text))
    others = _names_in(index, text) - set(index.analyzer.analyze(index.info_of(number).title))
    return bool(query.words) and all(
        not held.isdisjoint(w.alternatives) and others.isdisjoint(w.alternatives)
        for w in query.words
    )


# The words naming money where a question asks an amount of it: what it asks, not of what.
_MONEY_WORDS = frozenset({"money", "cash"})


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
    rest: "how much did it cost?" after "what is r1?"): the words carried find the
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
    tells = what_tells(index, question, query)
    why_alone = tells is None  # ...told in the article's order: news gives the cause
    # before what was done of it ("Engineers traced the problem to a single faulty chip",
    # before "Because the code could not be stored in one place, the team split it...")
    tells = tells or _why_alone(index, question, query, ranked)
    if not found or tells is None:
        return ranked
    # "money" in "how much money do they get?" names what is asked, as "score" does
    kind = _MONEY_WORDS if asks_money(question) else frozenset()
    # ...and "high" in "how high did it go?" the measure asked, as "long" of "how long"
    # (and "say" of "what did he say?" after the new pope: his words quoted in the article
    # followed, "...he called for 'a Church that builds bridges'", not "Observers said his
    # choice of name recalled..."; not another's named, '"A dream come true," Mbappe wrote'
    # after "psg president", whom the article quotes nowhere; with no article followed, a
    # quote of another is no one's asked of)
    if _ASKS_HIS_WORDS.search(question) and followed in index.spans:
        kind = kind | _SAY_WORDS
        tells = _quoted_by_pronoun
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
    # ...and where a thing named was going, which its sentence need not name ("where is
    # the moscow circus going?": "Its director said the company would travel to China")
    specific = specific or asks_destination(question)
    if own and ranked and counting is AGED:
        return _aged_in_article(index, ranked, tells)
    if own and not (ranked and (specific or priced)):
        return ranked
    near = AMOUNT_NEAR if priced else 0.0
    place = first_telling(index, ranked, tells, DEFAULT_TOP, near=near) if ranked else -1
    if own and place > 0 and specific:
        # ...of the first three, one telling what only an answer writes so comes first,
        # however less relevant ("what was the score at halftime?" after "who performed at
        # halftime?": "Philadelphia led 24-0 at half-time...", a sixth as relevant as
        # "Kendrick Lamar performed at the half-time show", which the carried words found)
        return _moved_first(ranked, ranked[place])
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
        return _moved_first(ranked, ranked[place]) if place else ranked
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
        writes = _saying_any(index, query)
        named = _told_first(
            ranked, top, span, lambda n: telling(n) and writes(index.passages.text(n))
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

    told = _told_first(ranked, top, span, carrying) if carried else None
    told = told or _told_first(ranked, top, span, telling)
    for other in ranked[1:DEFAULT_TOP] if own and told is None else ():
        # ...or of the next of the first's articles ("where is the moscow circus going?":
        # the first, "In January, Myanmar gifted six elephants to the Moscow Circus...", is
        # of the junta's visit to Moscow)
        within = index.span_of(other.number)
        if within != span:
            told = _told_first(ranked, other, within, telling)
            if told is not None:
                break
    if told is None and not own and _ASKS_DOER.match(question):
        # "who did it?" where the article ascribes it to no one: its news says who, as far
        # as it knows ("Thieves stole eight pieces of jewellery...", not "The Louvre, the
        # world's most visited museum, closed for the day")
        told = _sure_first(ranked, top, span.start)
    return told or ranked


# An age written beside the name it is of ("...elected Robert Francis Prevost, 69, as the
# new leader", "Mikey Madison, who plays the title role, is 25"), not "The 22-year-old
# Italian won...", which refers back to whom a sentence before named, nor "...set by
# Garry Kasparov, who was 22 when he won the title"
_NAMED_AGE = re.compile(
    r"\b[A-Z][\w’'-]+,\s+(?:who\s+[^,.;]+,\s+)?(?:is\s+|was\s+|aged\s+)?\d{1,3}\b(?![.,]\d)"
)


def _aged_in_article(
    index: Index, ranked: list[Ranked], tells: Callable[[str], object]
) -> list[Ranked]:
    """``ranked`` with, where none of its first AGE_REACH writes an age of whom it asks
    (``tells``), the first sentence of the first's article writing one beside a name
    (_NAMED_AGE) first, as sure as the first: one asked of by a role is named in the
    sentence telling the age ("how old is the pope?": "...cardinals elected Robert
    Francis Prevost, 69, as the new leader of the Catholic Church", naming no pope, where
    "He succeeds Pope Francis, who died ... at the age of 88" writes another's)."""
    if first_telling(index, ranked, tells, AGE_REACH, near=0.0) >= 0:
        return ranked  # telling_first puts it first (_counted_first)

    def named_age(text: str) -> bool:
        return bool(_NAMED_AGE.search(text)) and bool(tells(text))

    return _told_in_first_article(index, ranked, named_age) or ranked


_FIGURES_WRITTEN = re.compile(r"\d+(?:[.,]\d+)*")


def _figured(text: str) -> bool:
    """Whether ``text`` writes a figure other than a year ("...by 2035" writes none)."""
    return any(not is_year(n) for n in _FIGURES_WRITTEN.findall(text))


def _why_alone(
    index: Index, question: str, query: Query, ranked: list[Ranked]
) -> Callable[[str], object] | None:
    """What tells why, where ``question`` asks it of what it follows up naming nothing of
    its own and the first passage is an article's opening, its news ("why did it
    happen?" after Dubai's floods: "Some commentators blamed cloud seeding..."): a reason
    (_REASON); None otherwise. Not of another sentence, which may tell why in words no
    pattern reads ("why did they do that?" after "nvidia stock split?": "Nvidia split its
    stock ... to make shares more affordable", not "...driven by demand for the
    processors" of the shares' rise)."""
    if query.own != 0 or not ranked or not _asks_why(question):
        return None
    if index.span_of(ranked[0].number).start != ranked[0].number:
        return None
    return _REASON.search


def _saying_any(index: Index, query: Query) -> Callable[[str], bool]:
    """Whether a text holds any of ``query``'s own words (a word of its, or a synonym)."""
    terms = {t for w in query.own_words for t in w.alternatives}
    return lambda text: not terms.isdisjoint(index.analyzer.analyze(text))


# "Who did it?", "who was behind it?", "who's responsible?": whoever did what the article
# is about...
_ASKS_DOER = re.compile(
    r"^\W*who(?:'s|’s|\s+is|\s+was|\s+were|\s+are)?\s+(?:did|does|do|done|has\s+done"
    r"|behind|responsible)(?:\s+(?:it|this|that|for\s+(?:it|this|that)))?\W*$",
    re.I,
)
# ...which news writes as a doing ascribed, by a group or by a name: "The attack is thought
# to have been carried out by a group known as Scattered Spider", "...arrested two men
# suspected of planning an attack"
_DOER = re.compile(
    r"\b(?:carried out by|committed by|claimed responsibility|responsible for|(?:is|are|was|"
    r"were) behind|blamed (?:it )?on|suspected of|accused of)\b"
    # ...or, of a study, by those who did it ("Researchers at Harvard found...")
    r"|\b(?-i:Researchers|Scientists)\s+(?:at|from)\s+[A-Z]|\blead author\b",
    re.I,
)


def what_tells(
    index: Index, question: str, query: Query | None = None
) -> Callable[[str], object] | None:
    """What tells that a sentence writes what ``question`` asks, where a pattern tells
    it apart from an article's other sentences: an age of whom it asks (``_aged``: "how
    old is he?" after the new pope is not told by "He succeeds Pope Francis, who died
    ... at the age of 88"), a score ("what was the score?"), money for a price or what
    is won, a length of time for "how long", a heat, a number of what "how many" counts
    (``counted``); None for any number, a measure in figures or a time, which most
    sentences of news write ("when was that?" after "who supplies Myanmar's jets?" is
    not told by the visit's Monday); for "who did it?", who is said to have done it
    (_DOER); for what one said, a quotation. A follow-up's passage telling it names the
    follow-up's words (``answers._naming_its_own``)."""
    counting = counted(question)
    if counting is AGED:
        return _aged(index, question, query=query)
    if _ASKS_DOER.match(question):
        return _DOER.search
    if asks_destination(question):  # "where was it going?" after the bridge: "...for Sri Lanka"
        return _bound
    if asks_next(question):  # "what's next?" after Starship: "NASA plans to use..."
        return TO_COME.search
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
    if _WHAT_SAID.search(question):  # "what did he say?" after Sean Baker: a quotation
        return _QUOTATION.search  # ('Baker dedicated the award "to all sex workers..."')
    if counting is None or counting is AMOUNT or counting is FIGURES:
        return None
    return counting.search


def covered_first(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where the first passage's article lacks a word the question
    names (not the kind "what type of ...?" asks: _KIND_WORDS, nor "people", whom news
    counts by other names: "how many people died on the coast guard plane?" is told by
    "Five of the six crew members on the smaller coast guard plane were killed", not by
    the Titan's "The five people aboard..."), the first of the next
    DEFAULT_TOP - 1 whose article holds every word, nearly as relevant (TIMED_NEAR), put
    first: a sentence sharing most words with the question in an article about
    something else reads no better than the news about what is asked ("who won the
    indian election?" quoted the chess article's "Indian Prime Minister Narendra Modi
    called the victory..." before "...Modi claimed victory for a third term", of the
    article on the vote). Not of a follow-up, whose carried words the article it follows
    need not hold."""
    if query.own >= 0 or len(ranked) < 2 or ranked[0].coverage >= FULL_COVERAGE:
        return ranked
    span = index.span_of(ranked[0].number)
    passages = np.arange(span.start, span.stop)
    title = set(index.titles.terms_of(int(index.passages.article[ranked[0].number])).tolist())
    if not any(
        w.alternatives
        and w.written.lower() not in _KIND_WORDS
        and w.written.lower() not in _ANYONE  # counted by other names: "crew members"
        and not index.bm25.holding(w.alternatives, passages).any()
        and title.isdisjoint(term_ids(index, w.alternatives))
        for w in query.words
    ):
        return ranked
    nearly = nearly_first(ranked, DEFAULT_TOP, TIMED_NEAR)
    for r, close in zip(ranked[:DEFAULT_TOP], nearly, strict=False):
        if close and r.coverage >= FULL_COVERAGE:
            return _moved_first(ranked, r)
    return ranked


# An article's share of the question that is the whole of it (shares are sums of floats).
FULL_COVERAGE = 0.999
_KIND_WORDS = frozenset("type types kind kinds sort sorts".split())


def own_first(index: Index, query: Query, ranked: list[Ranked], question: str = "") -> list[Ranked]:
    """``ranked`` with, where ``query`` follows up another with words of its own, the
    first of its first DEFAULT_TOP, nearly as relevant (OWN_NEAR) and of the first's
    article, holding more of those (each by the weight of the term held) than the first
    put first: the words carried find the article, the follow-up's own say what is asked
    of it ("what does the union want?" after "who is the gdl leader?" quoted "GDL leader
    Claus Weselsky said the company had left the union no choice" before "The GDL union
    called the walkout after talks ... broke down over its demand to cut the working
    week..."). A first telling what is asked (``what_tells``) gives way only to one
    telling it too: "how much did he win?" after the Australian Open is told by "Sinner
    received prize money of...", not by "...33 straight wins"."""
    if query.own <= 0 or len(ranked) < 2:
        return ranked
    if _WON_BACK.fullmatch(question) and index.span_of(ranked[0].number).start == ranked[0].number:
        return ranked  # "who won?": the news of the win lede_first put first, not "won" said
    tells = what_tells(index, question, query)
    if tells is not None and not tells(index.passages.text(ranked[0].number)):
        tells = None
    # a light word by the words it stands for in a phrase alone ("get away": escape)
    words = [terms for w in query.own_words if (terms := read_by(index.analyzer, w))]
    if not words:
        return ranked
    numbers = numbers_of(ranked, DEFAULT_TOP)
    held = np.zeros(len(numbers))
    for alternatives in words:  # each word by the largest weight of its terms a passage holds
        held += np.max([w * index.bm25.holding([t], numbers) for t, w in alternatives], axis=0)
    article = index.passages.article
    nearly = nearly_first(ranked, DEFAULT_TOP, OWN_NEAR)
    holding = [
        float(h)
        if close
        and article[n] == article[numbers[0]]
        and (tells is None or tells(index.passages.text(n)))
        else 0.0
        for h, close, n in zip(held, nearly, numbers, strict=True)
    ]
    best = max(range(len(holding)), key=lambda at: (holding[at], -at))
    return _moved_first(ranked, ranked[best]) if holding[best] > holding[0] else ranked


def focused_first(
    index: Index, query: Query, ranked: list[Ranked], question: str = ""
) -> list[Ranked]:
    """``ranked`` with, where the first passage's article is titled with some of the
    question's own words (its subject) and the first holds none of the others (what is
    asked of it), the first of the next LEDE_REACH - 1 of that article holding one of
    those, nearly as relevant (TIMED_NEAR; AMOUNT_NEAR asked what, how, which, why or
    where: _ASKS_WHAT), put first: an article names its subject in its title and says
    the rest in sentences that need not repeat it ("did anyone die of mpox?": "...more
    than 15,600 cases and 537 deaths..." names no mpox; "what was wrong with voyager
    1?": "Engineers traced the problem to...", 0.59 as relevant as the opening). Past the
    opening, asked by _ASKS_WHAT, the names of a lede in a paragraph of its own name the
    subject too, and of those holding what is asked, the one holding most comes first."""
    if len(ranked) < 2:
        return ranked
    article = index.passages.article
    top = ranked[0].number
    title = set(index.titles.terms_of(int(article[top])).tolist())
    heads = _compounded(index, query, title, question) | _naming_before(
        index, query, title, question
    )
    meant = [(w.importance, terms) for w in query.own_words if (terms := _meant(index, w))]
    words = [terms for _, terms in meant]
    ids = [term_ids(index, terms) for terms in words]
    asks_what = bool(_ASKS_WHAT.match(question))
    lede = index.span_of(top).start
    others: set[str] = set()  # names the lede gives beside the subject asked
    by_lede = False
    if top != lede and asks_what and _lede_alone(index, lede):
        # past the opening, the names of the lede name the subject too ("what are
        # wegovy's side effects?": the lede names Wegovy, "...stopped taking it because of
        # side effects" does not), save its other names ("where does hopfield work?" is
        # not told by "Hinton, 76, who works at...": the lede names both)
        named = _names_in(index, index.passages.text(lede))
        opening = term_ids(index, named)
        if any(found & opening and not found & title for found in ids):
            title |= opening
            others = named - set().union(*words)
            by_lede = True
    # ...and so does the name the first gives a thing its title names ("The vaccine,
    # called Ixchiq and made by..." for "what are the side effects of ixchiq?")
    title |= _called(index, index.passages.text(top), title)
    pairs = [
        (terms, found, weight)
        for (weight, terms), found in zip(meant, ids, strict=True)
        if found and not found & title and not heads.intersection(terms)
    ]
    if not pairs or len(pairs) == len(ids):  # nothing of its subject, or nothing else
        return ranked
    if _won_asked_of_country(index, question, query, title) and index.span_of(top).start == top:
        return ranked  # "did israel win eurovision?": the news of who did ("Austria won...")
    said = set().union(*(terms for terms, _, _ in pairs))

    def held(number: int) -> float:
        terms = set(index.docs.terms_of(number).tolist())
        return sum(weight for _, found, weight in pairs if found & terms)

    if held(top):
        return ranked
    near = AMOUNT_NEAR if asks_what else TIMED_NEAR
    nearly = nearly_first(ranked, LEDE_REACH, near)
    # counting, not from a number counted to a sentence with none ("how many lost their
    # jobs?": "...about 15,000 jobs", not "...reported a loss of 1.6 billion dollars")
    counts = amount_asked(question) == "how many" and _counts_any(index.passages.text(top))
    # ...save one counting what is asked ("how many acres?")
    counting = counted(question) if counts else None
    telling = []
    for r, close in zip(ranked[:LEDE_REACH], nearly, strict=True):
        if close and article[r.number] == article[top] and held(r.number):
            text = index.passages.text(r.number)
            if counts and not _counts_any(text) and not (counting and counting.search(text)):
                continue
            if others and others.intersection(_names_in(index, text)):
                continue
            if asks_what and _denies(index, text, said):
                # "what caused the blackout?" is not told by "...said renewable energy was
                # not to blame" (yes-or-no, a denial answers: "was card data stolen?")
                continue
            telling.append(r)
    if not telling:
        return ranked
    # ...by the lede, the one saying most of what is asked ("what was the uk election
    # turnout?": "Turnout was...", not the lede's "...Thursday's general election")
    return _moved_first(
        ranked, max(telling, key=lambda r: held(r.number)) if by_lede else telling[0]
    )


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
    # a kind named in the title with what is asked is asked too: "milton deaths?" asks of
    # "Hurricane Milton makes landfall...", and so of a hurricane
    title = index.info_of(top).title
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

    return _article_first(index, ranked, of_none_other, OTHER_NEAR)


# Runs of two capitalised words or more: "Hurricane Helene"; "Bank of Japan" is none.
_RUNS = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")
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


def affirmed_first(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who, what, which, where, when or how (not
    whether: a denial answers "was it a cyberattack?") and its first passage writes each
    word asked that it holds right after a negation (``_denies``), the first of the next
    DEFAULT_TOP - 1, TIMED_NEAR as relevant, that does not, put first: "who was hacked?"
    is not told by "...said the problem was not a cyberattack" but by "...hackers had
    stolen some personal data of its customers"."""
    if len(ranked) < 2 or not _ASKS_WH.match(question):
        return ranked
    asked = {t for terms, _ in _asking(index, query) for t in terms}
    if not asked or not _denies(index, index.passages.text(ranked[0].number), asked):
        return ranked
    return _put_first(
        index,
        ranked,
        lambda text: not _denies(index, text, asked) and _holds_any(index, text, asked),
    )


# A question asking who, what, which, where, when or how (not whether).
_ASKS_WH = re.compile(r"^\W*(?:who|whom|whose|what|which|where|when|how)\b", re.I)


# "Was anyone hurt in the door plug incident?", "has anybody been arrested over the
# heist?": what is asked of anyone, the verb after it...
_ANYONE_ASKED = re.compile(
    r"^\W*(?:was|were|is|are|has|have|had|did)\s+(?:any|some)(?:one|body)\s+(?:been\s+)?"
    r"([a-z]+)\b",
    re.I,
)
# ...and "who survived the air india crash?": what is asked of whoever did it, its verb
_WHO_DID = re.compile(r"^\W*who\s+([a-z]+ed)\b", re.I)


def _anyone_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whether anyone was or did something
    (_ANYONE_ASKED) and its first passage does not say it (the verb, nor a synonym), the
    first of the next LEDE_REACH - 1 of the first's article that does, however less
    relevant, put first: the rest of the question names what it is asked of, which the
    sentence saying it need not repeat ("was anyone hurt in the door plug incident?":
    "Several people suffered minor injuries...", a quarter as relevant as "The door plug
    was found two days later..."). Asked who did it (_WHO_DID), one of the next
    DEFAULT_TOP - 1 of the first's article, nearly as relevant (TIMED_NEAR): "who survived
    the air india crash?" is told by "The only survivor, a British man...", not the
    opening's "...killing 241 of the 242 people on board" ("who scored on his birthday?"
    is then told by "...before Kansas City scored its first points", not by "...Cooper
    DeJean returned for a touchdown on his 22nd birthday": a cost kept for two gained). A
    death asked is told by lives too, and where none of those tells it, by the first of
    the first's article's first LEDE_REACH sentences ("did anyone die in the alaska
    airlines incident?": "All 171 passengers and six crew members survived")."""
    asked = _ANYONE_ASKED.match(question)
    reach, near = LEDE_REACH, 0.0
    if asked is None:
        asked = _WHO_DID.match(question)
        reach, near = DEFAULT_TOP, TIMED_NEAR
    if asked is None or query is None or len(ranked) < 2:
        return ranked
    verb = {
        t
        for token, word in zip(query.read, query.words, strict=False)
        if token.start == asked.start(1)
        for t in word.alternatives
    }
    if not verb:
        return ranked

    # ...a death asked, by lives too ("did anyone die?": "All 171 passengers and six crew
    # members survived")
    dying = not verb.isdisjoint(index.analyzer.analyze("die died killed dead"))

    def tells(text: str) -> bool:
        return _holds_any(index, text, verb) or (dying and _LIVED_OR_DIED.search(text) is not None)

    moved = _put_first_in_its_article(index, ranked, tells, reach, near)
    if moved is not ranked or not dying or tells(index.passages.text(ranked[0].number)):
        return moved
    # ...of the first's article's first sentences, where none found tells it: the sentence
    # saying it need hold no word asked
    return _told_in_first_article(index, ranked, tells, LEDE_REACH) or ranked


# "Did the titan passengers survive?", "was anyone alive?": whether they lived, which news
# tells by their deaths as often ("The five people aboard the Titan submersible were
# killed...", not "Passengers paid 250,000 dollars each...")
_ASKS_SURVIVED = re.compile(
    r"^\W*(?:did|do|does|has|have|had|was|were|is|are)\b.*\b(?:surviv\w*|alive|make it)\b", re.I
)
_LIVED_OR_DIED = re.compile(
    r"\b(?:surviv\w*|escaped|killed|died|dead|deaths?|perished|alive|rescued|lost their lives)\b",
    re.I,
)


def _survived_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whether some lived (_ASKS_SURVIVED) and its
    first passage does not say whether, the first of the next LEDE_REACH - 1 of its
    article that does (_LIVED_OR_DIED), AMOUNT_NEAR as relevant, put first."""
    if not _ASKS_SURVIVED.search(question):
        return ranked
    return _put_first_in_its_article(index, ranked, _LIVED_OR_DIED.search, near=AMOUNT_NEAR)


def _survivors_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how many lived (_COUNTS_SURVIVORS) and its
    first passage does not say who did (_LIVED), the first of the next LEDE_REACH - 1 of
    its article that does, AMOUNT_NEAR as relevant, put first: "how many people survived
    the air india crash?" is told by "The only survivor, a British man...", not by the
    lede's "killing 241 of the 242", a number of the dead (_counted_first's)."""
    if not _COUNTS_SURVIVORS.search(question):
        return ranked
    return _put_first_in_its_article(index, ranked, _LIVED.search, near=AMOUNT_NEAR)


# ...or how many lived, which those who lived tell ("All 379 passengers and crew escaped")
_COUNTS_SURVIVORS = re.compile(r"\bhow many\b.*\b(?:surviv\w*|escaped|made it)\b", re.I)
_LIVED = re.compile(r"\b(?:surviv\w*|escaped|alive|rescued)\b", re.I)


def _holds_any(index: Index, text: str, terms: set[str]) -> bool:
    """Whether ``text`` holds one of ``terms``."""
    return not terms.isdisjoint(index.analyzer.analyze(text))


def _blamed_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who is to blame and its first passage lays
    blame on no one (BLAMED, not denied), the first of the next LEDE_REACH - 1 of its
    article that does put first, however less relevant: the opening names the subject, the
    sentence laying blame need not ("who's to blame for the valencia floods?": "The
    regional government has been criticised for...", 0.23 as relevant as the opening)."""
    if not ranked or not asks_blame(question):
        return ranked
    if _lays_blame(index.passages.text(ranked[0].number)):
        return ranked
    return _article_first(index, ranked, lambda n: _lays_blame(index.passages.text(n)))


def _lays_blame(text: str) -> bool:
    """Whether ``text`` blames or criticises (BLAMED) other than after a negation ("...said
    renewable energy was not to blame")."""
    return any(not _negated_at(text, found.start()) for found in BLAMED.finditer(text))


# A word denied: "not to blame", "no sign of a cyberattack", "never found".
_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|nor|n't)\b(?:\s+[\w'’-]+){0,2}\s*$", re.I)


def _denies(index: Index, text: str, terms: set[str]) -> bool:
    """Whether ``text`` writes every word of ``terms`` it holds right after a negation."""
    found = [t for t in index.analyzer.tokens(text) if t.term in terms]
    return bool(found) and all(_negated_at(text, t.start) for t in found)


def _negated_at(text: str, at: int) -> bool:
    """Whether a negation stands right before ``text[at:]`` (_DENIED_BEFORE)."""
    return _DENIED_BEFORE.search(text, max(0, at - 40), at) is not None


def _lede_alone(index: Index, lede: int) -> bool:
    """Whether the article opening at passage ``lede`` says it in a paragraph of its own,
    as news does: an encyclopedia's first paragraph names all its article will."""
    paragraph = index.passages.column("paragraph")
    return lede + 1 >= len(paragraph) or paragraph[lede + 1] != paragraph[lede]


# "The vaccine, called Ixchiq", "a start-up named DeepSeek", "the arms, known as...":
# a thing and the name it is given
_CALLED = re.compile(
    r"\b([a-z][\w-]*),?\s+(?:called|named|known\s+as|dubbed)\s+"
    r"((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)",
    re.I,
)


def _called(index: Index, text: str, title: set[int]) -> set[int]:
    """The ids of the names ``text`` gives a thing whose word ``title`` (ids) holds."""
    analyze = index.analyzer.analyze
    return {
        i
        for found in _CALLED.finditer(text)
        if term_ids(index, analyze(found[1])) & title
        for i in term_ids(index, analyze(found[2]))
    }


def _names_in(index: Index, text: str) -> set[str]:
    """The terms of the words ``text`` writes capitalised (its first word's too)."""
    return {t.term for t in index.analyzer.tokens(text) if text[t.start].isupper()}


def _counts_any(text: str) -> bool:
    """Whether ``text`` writes a number that counts: not money, a length of time nor a
    measure ("...has burned more than 23,000 acres" counts no homes)."""
    return AMOUNT.search(MEASURED.sub(" ", MONEY.sub(" ", LASTING.sub(" ", text)))) is not None


# A question asking what, how, which, why or where (not "what about X?", "who won?", nor
# a yes or no, which the opening often answers without the word asked)
_ASKS_WHAT = re.compile(r"^\W*(?:what(?!\s+about\b)|how|which|why|where)\b", re.I)
# Whoever does what is asked, which is not what is asked ("how did people react?")
_ANYONE = frozenset("people ppl everyone anyone".split())


def _meant(index: Index, word: Word) -> set[str]:
    """The terms ``word`` asks by: its alternatives, or for a light word ("get", "take")
    those it reads as beside the word after it (an idiom: "get away" asks an escape,
    "take part" a participant), none where it reads as nothing else, nor for "people",
    who do what is asked ("how did people react in damascus?")."""
    if word.written.lower() in _ANYONE:
        return set()
    if not is_light(index.analyzer, word):
        return set(word.alternatives)
    return set(word.alternatives) - set(index.analyzer.analyze(word.written))


# A possessive ends a run of words naming one thing: "google's shopping case" is Google's.
_OWNING = ("'s", "’s")
# What a thing is measured by, which news need not write beside it ("inflation fell to 2
# percent" tells the inflation rate).
_MEASURED = frozenset(
    "rate rates level levels figure figures number numbers total amount price prices cost "
    "costs value size count".split()
)
# Words before a subject that make the word after it its verb ("did intel lose?").
_DOING = frozenset(
    "do does did will would can could should shall may might must has have had".split()
)


def _compounded(index: Index, query: Query, title: set[int], question: str) -> set[str]:
    """The terms of the question's words of measure (_MEASURED) written one after the
    other from a word of the ``title`` (ids) on, where those follow no verb of their own
    nor a possessive: with it they name the subject ("what is the uk inflation rate?"
    asks the inflation the lede tells, "fell to 2 percent", not "...interest rates at
    5.25 percent"), where "how much money did intel lose?" asks what Intel did, "google's
    shopping case" is Google's and the "youngest record" a record."""
    read = query.read
    heads: set[str] = set()
    begins, named = 0, False  # where the run of words begins; whether a title's began it
    for at in range(1, len(read)):
        before, token = read[at - 1], read[at]
        if token.start - before.end > 1 or question[before.end - 2 : before.end] in _OWNING:
            begins, named = at, False
            continue
        named = named or bool(term_ids(index, (before.term,)) & title)
        if named and token.word in _MEASURED and word_before(question, read[begins]) not in _DOING:
            heads.add(token.term)
    return heads


def _naming_before(index: Index, query: Query, title: set[int], question: str) -> set[str]:
    """The terms of the question's words written right after a determiner (DETERMINERS),
    owning nothing, before a run of words of the ``title`` (ids) that ends where the
    words written together do: with those they name the subject ("who won the cricket
    world cup?" asks who won the World Cup the title names, as the lede tells, "India won
    the T20 World Cup", not what else says "cricket"; "the wegovy heart study" is a
    study the title does not name)."""
    read = query.read
    found: set[str] = set()
    for at, token in enumerate(read[:-1]):
        if question[token.end - 2 : token.end] in _OWNING or (
            word_before(question, token) not in DETERMINERS
        ):
            continue
        if term_ids(index, (token.term,)) & title:
            continue
        end = at + 1
        while end < len(read) and read[end].start - read[end - 1].end <= 1:
            end += 1
        run = read[at + 1 : end]
        if run and all(term_ids(index, (t.term,)) & title for t in run):
            found.add(token.term)
    return found


def telling_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with a passage telling what ``question`` asks put first: what was, not
    what will be, asked what was (_told_done_first), a date for "when?" (_timed_first),
    then a number of what "how many?" counts, beside the verb it counts by where
    ``query`` says its words, or an age (_counted_first), who lived for "how many
    survived?" (_survivors_first), the number a headline gives
    of what "how many X?" counts (_headline_first), how often, a place, a score, money, a
    margin, where a journey was to end, what is to come ("what's next for X?"), what a thing
    is for ("what's the vaccine for?"), its aim ("what's the point of X?", "why is X in
    Russia?") and whom it
    exempts ("do kids pay?": _near_opening_first), what it was doing (_busy_first) and
    whom it is for ("who can get it?"), a name, a length of
    time, the word of a degree asked ("how close?": _degree_first), blame laid where "who's
    to blame?" asks it (_blamed_first), the title of whoever leads what "who runs X?" names
    (_leader_first), the role "who was the X?" asks written before a name
    (_role_named_first), the deed "who hacked X?" asks ascribed (_doer_first), the award
    "who was man of the match?" asks (_award_first), what allows or bars what "can X do
    it?" asks (_ALLOWED), names listed after the verb "who died?" asks (_listed_first), the
    verb "who makes X?" asks written before "by" (_agent_first), the means "how did X do
    it?" asks written after the doer and the deed (_means_first), the verb "who declared X?"
    asks written done, where the first writes it in the passive with no "by" (_doing_first),
    the newest news of who holds a role now (_current_first), the place "who came third?"
    asks (_placed_so_first), the model "what kind of plane?" asks (_model_first), who did a
    study (_researcher_first), one named with the kind's word "which airline?" asks
    (_kind_named_first), a reason for "why?" (_reason_first), then a quote of whom
    "what did X say?" names (_quoted_first). First of all, what "was anyone hurt?" asks
    said of anyone, and what "who survived X?" asks said of whoever did it
    (_anyone_first); whether some lived, by their lives or deaths (_survived_first)."""
    ranked = _anyone_first(index, question, query, _told_done_first(index, question, ranked))
    ranked = _stranded_first(index, question, _survived_first(index, question, ranked))
    ranked = _counted_first(index, question, _timed_first(index, question, ranked, query), query)
    ranked = _survivors_first(index, question, ranked)
    if asks_made_when(question) and ranked:
        ranked = _made_first(index, ranked)
    ranked = _headline_first(index, question, query, ranked)
    ranked = _often_first(index, question, ranked)
    ranked = _placed_first(index, question, ranked, query)
    if asks_score(question):  # "what was the score of the final?": "beat Brazil 4-3"
        ranked = _put_first(index, ranked, SCORE.search)
    if asks_money(question):  # "how much is it?": "a five-euro fee", not "29 busy days"
        ranked = _put_first(index, ranked, MONEY.search, LEDE_REACH, AMOUNT_NEAR)
    if asks_change(question):  # "how much did the boj raise rates?": "...to 0.1 percent"
        ranked = _changed_first(index, question, query, ranked)
    if asks_margin(question):  # "by how much did lyles win?": "...by five thousandths"
        ranked = _put_first(index, ranked, tells_margin, LEDE_REACH, AMOUNT_NEAR)
    if asks_destination(question):  # "where was the ship going?": "...the port for Sri Lanka"
        ranked = _put_first(index, ranked, DESTINATION.search, LEDE_REACH, AMOUNT_NEAR)
    ranked = _origin_first(index, question, ranked)
    ranked = _else_first(index, question, query, ranked)
    if asks_next(question):  # "what's next for starship?": "NASA plans to use..."
        # ...or the sentence after one of the first telling it ("where will it be next
        # year?" after Eurovision: "Austria will now host the 2026 contest.", after
        # "Switzerland hosted because Nemo won last year's contest in Sweden.")
        ranked = _to_come_after(index, _put_first(index, ranked, TO_COME.search))
    if purpose := purpose_asked(question):  # "what's the vaccine for?": "...vaccine for"
        ranked = _put_first(index, ranked, purpose.search, LEDE_REACH)
    ranked = _busy_first(index, question, _near_opening_first(index, question, ranked))
    if asks_eligible(question):  # "who can get it?": "...is approved for adults aged 18..."
        ranked = _put_first(index, ranked, ELIGIBLE.search, LEDE_REACH, AMOUNT_NEAR)
    ranked = _lasting_first(index, question, _named_first(index, question, ranked))
    ranked = _blamed_first(index, question, _degree_first(index, question, query, ranked))
    ranked = _role_named_first(index, question, _leader_first(index, question, query, ranked))
    ranked = _award_first(index, question, _doer_first(index, question, ranked))
    if _ASKS_ALLOWED.match(question):  # "can asml sell to china?": "...has been barred by
        # the Dutch government from selling its most advanced equipment to China", not
        # "China still accounted for about a third of its sales"
        ranked = _put_first(index, ranked, _ALLOWED.search)
    ranked = _agent_first(index, question, _listed_first(index, question, query, ranked))
    ranked = _means_first(index, question, query, ranked)
    ranked = _doing_first(index, question, query, ranked)
    ranked = _current_first(index, question, query, ranked)
    ranked = _model_first(index, question, _placed_so_first(index, question, query, ranked))
    ranked = _kind_named_first(index, question, _researcher_first(index, question, ranked))
    return _quoted_first(index, question, _reason_first(index, question, ranked), query)


# A question ending in a verb and the preposition it takes: "what did the plane crash
# into?", "who was she married to?", "what was he charged with?" ask what a sentence
# writes after those two words.
_STRANDED = re.compile(
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

    return _put_first(index, ranked, writes)


# "What kind of plane was it?", "what plane crashed?", "which jets did they buy?": asks
# the model, which news names by its maker and number or by its name ("The Boeing 787
# Dreamliner, flight AI171, ...", "Passengers on the Airbus A350 slid down...", "Swedish-
# made Gripen fighter jets over American F-16s"). The makers are written here: no offline
# library lists them.
_ASKS_MODEL = re.compile(
    r"^\W*(?:what|which)(?:'s|’s|\s+(?:is|was|were|are))?\s+(?:(?:kind|type|model|make|"
    r"sort)s?\s+of\s+)?(?:planes?|aircraft|jets?|airliners?|airplanes?|helicopters?)\b",
    re.I,
)
_MODEL = re.compile(
    r"\b(?:Boeing|Airbus|Embraer|Bombardier|ATR|Cessna|Gulfstream|Antonov|Tupolev|Ilyushin"
    r"|Sukhoi|Comac|Lockheed|Dassault)\s+(?:[A-Z]+-?)?\d|\b(?:Su|MiG|F|Tu|An|Il|Yak|Mi)-\d"
    r"|\b(?:Gripen|Rafale|Eurofighter|Dreamliner|Concorde)\b"
)


def _model_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what kind of plane (_ASKS_MODEL) and its
    first passage names no model (_MODEL), the first sentence of the first's article that
    does put first, as sure as the first: it need say none of the question's words ("The
    Boeing 787 Dreamliner, flight AI171, reached a height of..." for "what kind of plane
    crashed in ahmedabad?"; "Passengers on the Airbus A350 slid down...", 0.47 as
    relevant as the opening on the Haneda crash)."""
    if not ranked or not _ASKS_MODEL.match(question):
        return ranked
    return _told_in_first_article(index, ranked, _MODEL.search) or ranked


# "Which airline had the door plug incident?", "what bank raised rates?": asks one named
# with the kind's word in its name ("...out of an Alaska Airlines Boeing 737 Max 9") or
# beside it ("The Louvre, the world's most visited museum"), or,
# as "which airlines were hit?", those its news lists.
_ASKS_KIND_NAMED = re.compile(
    r"^\W*(?:which|what)\s+(airline|company|bank|club|team|party|agency|university|court"
    r"|carrier|union|network|newspaper|council|committee|group|institute|museum)(s|es)?\b",
    re.I,
)


_NAME = r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*"


def _listing(kind: str) -> re.Pattern[str]:
    """Where a sentence lists names of ``kind`` (singular): "...airlines including Delta,
    United and American", "brands such as M&M's, Snickers and Twix", or three names or
    more, the kind unsaid ("...taking Aleppo, Hama and Homs")."""
    return re.compile(
        rf"\b(?i:{kind})(?:s|es)?,?\s+(?:including|such\s+as|like)\s+[A-Z]"
        rf"|\b{_NAME}(?:,\s+{_NAME})+,?\s+and\s+{_NAME}"
    )


def _award_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who won a player's award (_AWARD: "who was
    man of the match in the t20 final?") and its first passage does not write it, the
    first of its article's first LEDE_REACH that does, AMOUNT_NEAR as relevant, put
    first: "...and was named player of the match", not "After the final, Kohli and
    captain Rohit Sharma both announced their retirement from T20 international
    cricket", which holds more of the question's other words."""
    asked = _AWARD.search(question)
    if not asked:
        return ranked
    award = re.compile(rf"\b(?:man|woman|player)\s+of\s+the\s+{asked[1]}\b", re.I)
    return _put_first_in_its_article(index, ranked, award.search, LEDE_REACH, AMOUNT_NEAR)


def _doer_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who did a deed it names (_ASKS_DOER_OF:
    "who hacked m&s?", "who was behind the m&s hack?") and its first passage ascribes it to
    no one (_DOER), the first sentence of its article that does, as sure as the first
    (as blame laid, however less relevant: _blamed_first), put first: "The attack is
    thought to have been carried out by a group known as Scattered Spider", which names
    neither a hack nor M&S, not the lede's "...hackers had stolen some personal data"."""
    if not ranked or not _ASKS_DOER_OF.match(question):
        return ranked
    if _DOER.search(index.passages.text(ranked[0].number)):
        return ranked
    span = index.span_of(ranked[0].number)
    told = _told_first(ranked, ranked[0], span, lambda n: _DOER.search(index.passages.text(n)))
    return told or ranked


# Who did a deed named: who was behind it or carried it out, or the deed's verb of a crime
# or an attack (not "who won the final?", whose answer is the news; nor "who is responsible
# for operating the voting equipment?", a role; nor "who did the X...", which asks whom X
# did something to as often: "Who did the Mongols send to Bukhara as administrators?"; nor
# "who was hacked?", the victim)
_ASKS_DOER_OF = re.compile(
    r"^\W*who(?:(?:'s|’s|\s+(?:is|was|were|are))?\s+behind|\s+(?:carried\s+out|hacked"
    r"|attacked|bombed|robbed|stole|killed|shot|planned))\b",
    re.I,
)


# Whether one can or may do something: what allows, bars or restricts it, or says it can
_ASKS_ALLOWED = re.compile(r"^\W*(?:can|could|may)\b", re.I)
_ALLOWED = re.compile(
    r"\b(?:barred|bans?|banned|banning|allow(?:s|ed)?|permit(?:s|ted)?|prohibit(?:s|ed)?"
    r"|forbid(?:s|den)?|restrict(?:s|ed|ions?)?|blocked|exempt|can(?:not|'t|’t)?|may|able)\b",
    re.I,
)


# A player's award, man or player of what ("man of the match", "player of the tournament")
_AWARD = re.compile(
    r"\b(?:man|woman|player)\s+of\s+the\s+(match|tournament|game|series|final|season|year)\b",
    re.I,
)


# "What brands does kellanova make?", "which drugs...": a plural kind asked of any word
_ASKS_KINDS = re.compile(r"^\W*(?:which|what)\s+([a-z]+)\b", re.I)


def _kind_named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks which one of a kind (_ASKS_KIND_NAMED) and
    its first passage names none with the kind's word in its name ("Alaska Airlines",
    "Bank of Japan"), the first of the next DEFAULT_TOP - 1 nearly as relevant that does;
    asked which of any kind in the plural, one listing them (_listing)."""
    asked = _ASKS_KIND_NAMED.match(question)
    if not ranked:
        return ranked
    if not asked:
        kinds = _ASKS_KINDS.match(question)
        if kinds and is_plural_noun(plural := kinds.group(1).lower()):
            return _put_first(index, ranked, _listing(plural[:-1]).search)
        return ranked
    kind = asked.group(1).capitalize()
    # many asked ("which airlines were hit?"), a list of them: "...airlines including
    # Delta, United and American" (not "The Court of Justice..." for "which courts have a
    # duty...?": "...national courts have a duty...")
    if asked.group(2):
        return _put_first(index, ranked, _listing(kind).search)
    # ...or set beside one's name: "The Louvre, the world's most visited museum, ..."
    named = re.compile(
        rf"\b[A-Z][\w’'-]*\s+{kind}s?\b|\b{kind}s?\s+of\s+[A-Z]"
        rf"|\b[A-Z][\w’'-]*,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?(?i:{kind})\b"
    )
    told = _first_telling_first(index, ranked, named.search)
    if told is not None:
        return told
    # ...else, where the first names none at all, one naming any, its first word too ("The
    # job cuts will be mostly completed..., the company said" before "Intel said on...")
    said = set(_WORDS.findall(question.lower()))
    return _put_first(index, ranked, partial(new_name, named=said, start=0))


# "Who did the study?", "who carried out the research?": those who did it, whom news
# names by their trade or part in it ("Researchers at Harvard found...", "...said lead
# author Mingyang Song"), in a sentence that need not name the study.
_ASKS_RESEARCHER = re.compile(
    r"^\W*who\s+(?:did|does|do|ran|runs|run|conducted|conducts|carried\s+out|led|leads|"
    r"wrote|writes|made|makes)\s+(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:study|studies|research|survey|trial|report|paper|experiment)\b",
    re.I,
)
_RESEARCHER = re.compile(r"\b(?:[Rr]esearchers|[Ss]cientists|lead author|led by|[Aa]uthors?\b)")


def _researcher_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who did a study (_ASKS_RESEARCHER) and
    its first passage names none who did (_RESEARCHER), the first sentence of the first's
    article that does put first, as sure as the first."""
    if not ranked or not _ASKS_RESEARCHER.match(question):
        return ranked
    return _told_in_first_article(index, ranked, _RESEARCHER.search) or ranked


# "What's the point of the venice fee?", "what is the aim of the ban?": what it is meant
# to do, which news writes as an aim said ("Mayor Luigi Brugnaro said the aim was to
# discourage day-trippers..."), in a sentence that need not name the fee
_ASKS_AIM = re.compile(
    r"^\W*what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:main\s+)?"
    r"(?:point|purpose|aim|goal|idea|objective)\s+(?:of|behind)\b",
    re.I,
)
_AIM = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:main\s+)?(?:aim|goal|purpose|idea|point|objective)\s+"
    r"(?:is|was|being|will\s+be)\s+to\b|\b(?:is|are|was|were)\s+(?:meant|designed|intended)"
    r"\s+to\b|\bin\s+(?:a\s+bid|an\s+effort|order)\s+to\b|\baim(?:ed|s)?\s+(?:at|to)\b",
    re.I,
)


# "Do kids pay?", "does everyone have to pay the fee?", "is the fee for everyone?": who
# pays and who does not, which news tells by whom it exempts ("Visitors staying
# overnight, residents, students and children under 14 are exempt"); not "do you have to
# pay to get into venice now?", which asks whether there is a fee at all
_ASKS_WHO_PAYS = re.compile(
    r"^\W*(?:do|does|did|will|must|should|would)\s+(?!(?:you|we|i|one|they)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:have\s+to\s+)?pay\b"
    r"|^\W*(?:is|are)\s+(?:it|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+for\s+(?:everyone|everybody|all)\b",
    re.I,
)
_EXEMPT = re.compile(
    r"\bexempt(?:ed|ion|ions)?\b|\bfree\s+(?:for|of\s+charge)\b"
    r"|\bdo(?:es)?\s+not\s+(?:have|need)\s+to\s+pay\b",
    re.I,
)


# "Why is min aung hlaing in russia?", "why did modi go to moscow?": what a visit is for,
# which news writes as its aim ("The delegation aims to strengthen cooperation...")
_ASKS_WHY_THERE = re.compile(
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
            ranked = _told_in_first_article(index, ranked, tells.search, LEDE_REACH) or ranked
    return ranked


# "What was the coast guard plane doing?": what its subject was busy with, which news
# writes after it in a continuous tense ("The coast guard aircraft had been preparing to
# carry relief supplies...")
_ASKS_DOING = re.compile(
    r"^\W*what\s+(?:was|were|is|are|has|have|had)\s+(?:(?:been|it|they|he|she)\s+)?"
    r"(.+?)\s+(?:been\s+)?doing\b",
    re.I,
)
# ...up to two words after it: "The ship, the Dali, was leaving..."
_CONTINUOUS = re.compile(
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

    return _told_in_first_article(index, ranked, doing, LEDE_REACH) or ranked


def _told_in_first_article(
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

    def telling(number: int) -> bool:
        return bool(tells(index.passages.text(number)))

    return _told_first(ranked, top, index.span_of(top.number)[:reach], telling)


# "How heavy is it?", "how accurate was the landing?": asks how far it is so, which a
# sentence of its article saying the word tells ("...complained that the headset was
# heavy"), not a sentence naming it more often; not a measure ("how big?"), an amount
# or a time, which the others look for.
_ASKS_DEGREE = re.compile(r"^\W*how (\w+) (?:is|was|are|were|did|does|do|has|have)\b", re.I)
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
    word = _own_word(query, degree)
    if degree in _NO_DEGREE or word is None:
        return ranked
    numbers = numbers_of(ranked, LEDE_REACH)
    article = index.passages.article
    says = index.bm25.holding(word.alternatives, numbers) & (
        article[numbers] == article[numbers[0]]
    )
    if says[0]:
        return ranked
    chosen = _first_holding(ranked, says, LEDE_REACH, WHY_NEAR)
    return _moved_first(ranked, chosen) if chosen else ranked


def _leader_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who leads something ("who runs nvidia?")
    and its first passage names no head by a title (HEADS), the first of the next
    LEDE_REACH - 1, WHY_NEAR as relevant, that does, in an article holding each word of
    what is led, put first: "Its chief executive, Jensen Huang, who co-founded the
    company..." (0.73 as relevant) over "...Liang Wenfeng, who also runs a hedge fund"
    from an article on DeepSeek that names Nvidia too, but not Nvidia's head."""
    asked = leader_asked(question)  # ...or who its head is ("who is the boss of asml?")
    if not asked or query is None:
        return ranked
    led = [
        w
        for w, token in zip(query.own_words, query.read, strict=False)
        if w.alternatives and token.start >= asked
    ]
    numbers = numbers_of(ranked, LEDE_REACH)
    heads = head_terms(index.analyzer)
    titled = index.bm25.holding(heads, numbers)
    if (
        len(led) == 1
        and titled.size
        and not (titled[0] and index.bm25.holding(led[0].alternatives, numbers[:1])[0])
    ):
        # ...or, where the first does not name the head of what is led, one naming whose
        # it is, a name's before its name ("who leads reform?": "...and Nigel Farage's
        # Reform UK won five", not "Rahul Gandhi, the Congress leader, said...")
        owned = re.compile(rf"\b[A-Z][\w-]+['’]s\s+{re.escape(led[0].written.title())}\b")
        held = [bool(owned.search(index.passages.text(n))) for n in numbers.tolist()]
        if (chosen := _first_holding(ranked, held, LEDE_REACH, WHY_NEAR)) is not None:
            return _moved_first(ranked, chosen)
    if not titled.any():
        return _head_in_article(index, led, ranked, heads)
    if titled[0]:
        return ranked
    articles = index.passages.article[numbers]
    for word in led:
        titled &= index.article_bm25.holding(word.alternatives, articles)
    chosen = _first_holding(ranked, titled, LEDE_REACH, WHY_NEAR)
    return _moved_first(ranked, chosen) if chosen else _head_in_article(index, led, ranked, heads)


# "Who was the judge in the ftx case?": the role asked (the last of at most three words
# after "the", before what it is the role of or the question's end)...
_ASKS_ROLE = re.compile(
    r"^\W*who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"([a-z][\w-]+)(?=\s+(?:of|in|at|for|on|behind|during|who|that)\b|\W*$)",
    re.I,
)


def _role_named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who holds a role ("who was the judge in the
    ftx case?") and its first passage does not write the role before a name, the first of
    the next LEDE_REACH - 1, TIMED_NEAR as relevant, that does ("Judge Lewis Kaplan
    said...", "The committee's chairman, Jørgen Watne Frydnes, ..."), put first: "The judge
    also ordered him to forfeit..." names no one, and came first, 0.64 as relevant."""
    asked = _ASKS_ROLE.match(question)
    if not asked or asked[1].lower() in FUNCTION_WORDS or _WHICH_HOLDER.search(asked[0]):
        return ranked
    # The role (or its plural), then a capitalised word that is not a function word.
    names = re.compile(
        rf"\b{re.escape(asked[1])}s?,?\s+(?-i:(?!(?:{'|'.join(_CAPITAL_FUNCTION)})\b)"
        r"[A-Z][\w'’.-]*[a-z])",
        re.I,
    )
    return _put_first(index, ranked, names.search, LEDE_REACH)


# ...not which of its holders: "who is the new pope?" is not told by "He succeeds Pope
# Francis, who died on Easter Monday"
_WHICH_HOLDER = re.compile(
    r"\b(?:new|next|former|previous|old|late|last|first|outgoing|incoming|current|acting)\b",
    re.I,
)
# "Who is boeing's ceo?", "who's the head of the sec?": who holds a role now...
_ASKS_HOLDER_NOW = re.compile(r"^\W*who(?:'s|’s|\s+is|\s+are)\s+(.+)", re.I)
# ...not one the news says is gone
_GONE = re.compile(r"\b(?:former|previous|outgoing|late|then|ex)\b", re.I)
# How relevant a newer article's passage need be to tell who holds it now: nearly the first
NOW_NEAR = 0.9


def _current_first(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who holds a role now (in the present
    tense, naming a role: ``is_role``), the first of its first DEFAULT_TOP, NOW_NEAR as
    relevant and holding each of the ``query``'s words the first holds, of the article
    published last, where that is not the first's and writes no holder gone ("former"),
    put first: "who is boeing's ceo?" is told by "Boeing's new chief executive, Kelly
    Ortberg, ..." (September) over "Boeing's chief executive, Dave Calhoun, ..."
    (January), 0.97 as relevant; not "who is the boj governor?" by Florida's "Governor Ron
    DeSantis", which names no bank. Undated articles tell nothing of it."""
    asked = _ASKS_HOLDER_NOW.match(question)
    if not asked or len(ranked) < 2 or not any(map(is_role, _WORDS.findall(asked[1].lower()))):
        return ranked
    words = [set(term_ids(index, w.alternatives)) for w in query.own_words if w.alternatives]

    def held(number: int) -> set[int]:  # which of the words
        terms = set(index.docs.terms_of(number).tolist())
        return {i for i, ids in enumerate(words) if ids & terms}

    top = held(ranked[0].number)
    dates = {
        r.number: date_key(index.info_of(r.number).published)
        for r, close in zip(ranked, nearly_first(ranked, DEFAULT_TOP, NOW_NEAR), strict=False)
        if close and not _GONE.search(index.passages.text(r.number)) and top <= held(r.number)
    }
    first = dates.get(ranked[0].number, "")
    newest = max(dates, key=lambda n: dates[n], default=None)
    if newest is None or not first or dates[newest] <= first:
        return ranked
    return _moved_first(ranked, next(r for r in ranked if r.number == newest))


# "Who came third in the tour de france?", "which country finished second?", "who won
# second prize at cannes?", "who won silver?": a place in a race or a contest...
_ASKS_PLACED = re.compile(
    r"\b(?:came|come|comes|finished|finish|finishes|placed|ended|end|ends|was|were)\s+"
    r"(?:up\s+)?(?:in\s+)?(first|second|third|fourth|fifth|sixth|last)\b"
    r"|\b(?:won|win|wins|took|take|takes|got|get|gets)\s+(?:the\s+)?"
    r"(?:(second|third|fourth|fifth)\s+(?:prize|place)|(silver|bronze))\b"
    r"|\b(runners?[- ]up)\b",
    re.I,
)
_PLACE_OF = {"silver": "second", "bronze": "third", "runner-up": "second"}
# ...which a sentence writes as that place, the prize or the medal of it, or, second, as
# whom the winner beat or finished ahead of: "...won the Olympic 100 metres title in
# Paris on Sunday, beating Jamaica's Kishane Thompson in a photo finish", "Austria
# finished with 436 points, ahead of Israel's Yuval Raphael"
_SECOND_TOLD = (
    r"|\brunners?[- ]up\b|\bsilver\b"
    r"|\b(?:ahead\s+of|beating|edging(?:\s+out)?)\s+(?:the\s+)?(?-i:[A-Z])"
)
_THIRD_TOLD = r"|\bbronze\b"


def _placed_so_first(
    index: Index, question: str, query: Query, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who came in a place (_ASKS_PLACED), the
    first of its first DEFAULT_TOP, nearly as relevant (TIMED_NEAR), writing that place
    as one (finished, came or was third, in third place, third prize, the bronze; second,
    the runner-up or whom the winner beat) put first: "Remco Evenepoel of Belgium
    finished third in his first Tour", 0.64 as relevant as "Tadej Pogacar won the Tour de
    France for the third time". Where none of them does, the first of the first's
    article's LEDE_REACH that does: "...and Estonia in third place" names no Eurovision
    ("who came third at eurovision?"), "The Grand Prix, the festival's second prize,
    went to..." no Cannes. A follow-up ("who came second?" after the 100 metres) names no
    race, and another's would do: it is told by the first's article alone ("...beating
    Jamaica's Kishane Thompson", not "Vingegaard ... came second")."""
    asked = _ASKS_PLACED.search(question)
    if not asked:
        return ranked
    word = next(w for w in asked.groups() if w).lower()
    word = "runner-up" if word.startswith("runner") else word
    place = _PLACE_OF.get(word, word)
    also = {"second": _SECOND_TOLD, "third": _THIRD_TOLD}.get(place, "")
    escaped = re.escape(place)
    placed = re.compile(
        rf"\b(?:came|finished|placed|ended(?: up)?|was|were)\s+(?:in\s+)?{escaped}\b"
        rf"|\b(?:in\s+)?{escaped}\s+(?:place|prize)\b{also}",
        re.I,
    )
    if query.own < 0 and (told := _first_telling_first(index, ranked, placed.search)):
        return told
    return _told_in_first_article(index, ranked, placed.search, LEDE_REACH) or ranked


# "Who makes the chikungunya vaccine?", "who directed anora?": the verb asked, right after
# "who" (not an auxiliary: "who is", "who did")...
_ASKS_AGENT = re.compile(r"^\W*who\s+([a-z][\w-]+)\b", re.I)
# ...and "how is chikungunya spread?": by what, the verb last ("...a virus spread by
# mosquitoes", not "Chikungunya has spread to more than 110 countries")
_ASKS_MEANS = re.compile(r"^\W*how\s+(?:is|are|was|were)\s+.+?\s([a-z][\w-]+)\W*$", re.I)
_NO_AGENT = frozenset(
    "is was are were be been am s did does do has have had will would shall should can "
    "could may might must else".split()
)
# ...and a word before "by", which may be that verb's participle ("made by the French
# drugmaker Valneva")
_BEFORE_BY = re.compile(r"\b([a-z][\w-]+)\s+by\b", re.I)


def _agent_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who does something ("who makes the
    chikungunya vaccine?") and its first passage does not write that verb before "by",
    the first of the next DEFAULT_TOP - 1, TIMED_NEAR as relevant, that does, put first:
    "The vaccine, called Ixchiq and made by the French drugmaker Valneva, ..." (0.77 as
    relevant) over the FDA's approving "the first vaccine for chikungunya"; so too where
    it asks how something is done (_ASKS_MEANS: "how is chikungunya spread?"). Where the
    first does not say the verb at all, the first of the first's article among the first
    LEDE_REACH that does, however relevant."""
    asked = _ASKS_AGENT.match(question) or _ASKS_MEANS.match(question)
    if not asked or asked[1].lower() in _NO_AGENT:
        return ranked
    verb = index.analyzer.analyze(asked[1])
    if len(verb) != 1:
        return ranked

    def done_by(text: str) -> bool:
        return any(index.analyzer.analyze(m[1]) == verb for m in _BEFORE_BY.finditer(text))

    if ranked and verb[0] not in index.analyzer.analyze(index.passages.text(ranked[0].number)):
        # the first names whom it is done to, not the verb ("Syrian rebels took control of
        # the capital..."): its article's sentence saying it done by one tells who ("The
        # offensive was led by the Islamist group...", seventh), not "The opposition
        # alliance led by the Congress party..." of another
        return _put_first_in_its_article(index, ranked, done_by, near=0.0)
    return _put_first(index, ranked, done_by)


# "How did spacex catch the booster?", "how do they make it?": by what means, which news
# writes after the verb: "...caught the first stage of its Starship rocket with a pair of
# giant mechanical arms", "...by cutting", "using..."
_ASKS_HOW_DONE = re.compile(r"^\W*how\s+(?:did|do|does|can|could|will|would)\s+(.+?)\W*$", re.I)
_MEANS = re.compile(
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
    not say it), or, meaning nothing more ("get in"), the doer alone says it."""
    asked = _ASKS_HOW_DONE.match(question)
    if not asked or not ranked or query is None:
        return ranked
    analyze = index.analyzer.analyze
    written = set(_WORDS.findall(asked[1].lower()))
    words = [w for w in query.words if w.written.lower() in written]
    light = [w for w in words if is_light(index.analyzer, w)]
    meaning = {t for w in light for t, _ in read_by(index.analyzer, w)}
    heavy = {t for w in words if w not in light for t in analyze(w.written)}
    if not heavy:
        return ranked
    enough = 1 if light and not meaning else min(2, len(heavy))

    def by_means(text: str) -> bool:
        for found in _MEANS.finditer(text):
            said = set(analyze(found[1]))
            if len(heavy & said) >= enough and (not meaning or meaning & said):
                return True
        return False

    return _told_in_first_article(index, ranked, by_means, LEDE_REACH) or ranked


def _doing_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who did something (the verb right after
    "who") and its first passage writes that verb only in the passive with no "by",
    done by no one, the first of the next DEFAULT_TOP - 1, TIMED_NEAR as relevant, that
    writes it done, put first: "who declared martial law?" is told by "...Yoon Suk Yeol
    lifted martial law ... after declaring it", not by "It was the first time martial law
    had been declared in South Korea since 1980". A first passage not writing the verb
    may tell it otherwise ("who won the chess world championship?": "...Gukesh Dommaraju
    became the youngest world chess champion")."""
    asked = _ASKS_AGENT.match(question)
    if query is None or not asked or asked[1].lower() in _NO_AGENT:
        return ranked
    word = _own_word(query, asked[1].lower())
    if word is None or len(ranked) < 2:
        return ranked
    terms = set(word.alternatives)
    # the verb itself, not a synonym: "who died?" is told by "The five people aboard ...
    # were killed"
    verb = set(index.analyzer.analyze(asked[1]))

    def doings(text: str) -> list[bool]:  # for each time it writes the verb, whether done
        return [
            t.term not in verb
            or not _PASSIVE_BEFORE.search(text, 0, t.start)
            or bool(_BY_AFTER.match(text, t.end))
            for t in index.analyzer.tokens(text)
            if t.term in terms
        ]

    first = doings(index.passages.text(ranked[0].number))
    if not first or any(first):
        return ranked
    return _put_first(index, ranked, lambda text: any(doings(text)))


# A verb in the passive: a form of "be" right before it, an adverb between at most ("had
# been declared", "was narrowly won")...
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.I)
# ...done by whom "by" names, within a few words ("was paid for by Novo Nordisk", "was
# founded in 2023 in Hangzhou by Liang Wenfeng")
_BY_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+by\b")


# "Who died?", "who was arrested?": whom the verb befell, which news lists after it ("Those
# killed were Stockton Rush, ...", "The dead included...") by their names
_ASKS_WHO_BEFELL = re.compile(
    r"^\W*who\s+(?:(?:was|were|got|has been|have been)\s+)?([a-z]+)\W*$", re.I
)
_LISTED_AFTER = re.compile(
    r"\s+(?:were|was|are|is|included|include|includes)\s+(?:[\w'-]+\s+){0,3}?"
    r"[A-Z][\w'-]+\s+[A-Z][\w'-]+"
)


def _listed_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who alone with a verb (_ASKS_WHO_BEFELL),
    the first of its first LEDE_REACH, WHY_NEAR as relevant, that writes the verb (or a
    synonym) with names listed right after it, put first: "who died?" after the Titan's
    implosion, "Those killed were Stockton Rush, chief executive of OceanGate, ...", 0.32
    as relevant as the opening's "The five people aboard ... were killed"."""
    asked = _ASKS_WHO_BEFELL.match(question)
    word = _own_word(query, asked[1].lower()) if asked and query is not None else None
    if word is None:
        return ranked
    terms = set(word.alternatives)

    def listed(text: str) -> bool:
        return any(
            t.term in terms and _LISTED_AFTER.match(text, t.end)
            for t in index.analyzer.tokens(text)
        )

    return _put_first(index, ranked, listed, LEDE_REACH, WHY_NEAR)


# Function words as a sentence's first word writes them, which name no one.
_CAPITAL_FUNCTION = sorted(word.capitalize() for word in FUNCTION_WORDS)


def _head_in_article(
    index: Index, led: Sequence[Word], ranked: list[Ranked], heads: Sequence[str]
) -> list[Ranked]:
    """``ranked`` with, where none of its first LEDE_REACH nearly as relevant names a head
    by a title, the first sentence that does of the first of their articles whose title
    names what is led (``led``) and that names one, put first, as sure as the first
    passage: "who runs asml?" quoted "Shares in ASML rose 6 percent..." from "Dutch
    chipmaker ASML beats forecasts...", whose "Chief executive Christophe Fouquet
    said..." does not write "ASML"."""
    if not ranked or not led:
        return ranked
    numbers = numbers_of(ranked, LEDE_REACH)
    about = np.ones(numbers.size, bool)
    for word in led:
        about &= titles_holding(index, [term_ids(index, word.alternatives)], numbers)
    for number in dict.fromkeys(numbers[about].tolist()):
        span = index.span_of(number)
        passages = np.arange(span.start, span.stop)
        named = index.bm25.holding(heads, passages)
        if named.any():
            told = int(passages[int(np.argmax(named))])
            held = next((r for r in ranked if r.number == told), None)
            return _moved_first(ranked, held) if held else [_as_sure_as(ranked[0], told), *ranked]
    return ranked


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


def _first_holding(
    ranked: Sequence[Ranked], holds: Sequence[bool], reach: int, near: float
) -> Ranked | None:
    """The first of ``ranked``'s first ``reach`` for which ``holds`` (in their order) is
    true and that is ``near`` as relevant as the first; None for none."""
    nearly = nearly_first(ranked, reach, near)
    chosen = (r for r, held, close in zip(ranked, holds, nearly, strict=False) if held and close)
    return next(chosen, None)


def _own_word(query: Query, written: str) -> Word | None:
    """The question's own word written so (lowercase), where a term stands for it."""
    word = next((w for w in query.own_words if w.written.lower() == written), None)
    return word if word is not None and word.alternatives else None


# "What is the vaccine called?", "what's the name of the ship?": asks a name, which a
# sentence gives by a word of naming ("The vaccine, called Ixchiq"), set beside what it
# names ("The ship, the Dali,", "...Investigating Moon, or SLIM,") or opening with it in
# quotes ('"Anora," a comedy-drama...').
_ASKS_NAME = re.compile(
    r"\b(?:what|whats|how)\b.*\b(?:called|named)\W*$|\bthe name of\b|['’]s name\b", re.I
)
_GIVES_NAME = re.compile(
    r"\b(?:called|named|known as|dubbed|nicknamed)\s+(?:the\s+)?[\"“]?[A-Z]"
    r"|,\s+(?:the\s+|or\s+)?[A-Z][\w-]*,|^[\"“][A-Z]"
)


# The thing whose name is asked: "what was the ship called?", "the name of the ship"
_NAME_OF = re.compile(
    r"\bthe name of (?:the |a |an |its |their )?(?:[a-z]+['’]s )?(?:[a-z]+ ){0,2}?"
    r"(?P<thing>[a-z]+)(?= (?:that|which|who|of|in|at|on|for|from|is|was)\b|\W*$)"
    r"|\b(?:what|whats|how)\s+(?:is|was|are|were|s)?\s*(?:the |a |an |its |their )"
    r"(?P<thing2>[a-z]+) (?:called|named)\b",
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
    port...", 0.41 as relevant as the opening, which names no ship)."""
    if not _ASKS_NAME.search(question):
        return ranked
    head = _NAME_OF.search(question)
    if not ranked or not head:
        return _put_first(index, ranked, _GIVES_NAME.search, NAMED_REACH)
    names = _naming(head["thing"] or head["thing2"])
    told = _first_telling_first(index, ranked, names, NAMED_REACH)
    if told is not None:
        return told
    told = _told_in_first_article(index, ranked, names)
    return told or _put_first(index, ranked, _GIVES_NAME.search, NAMED_REACH)


def _naming(thing: str) -> Callable[[str], object]:
    """Whether a text gives ``thing`` a name: "The ship, the Dali,", "The vaccine, called
    Ixchiq", "a bridge known as ..." (a capital after it; not "new bridges, a plan")."""
    return re.compile(
        rf"\b{re.escape(thing)}s?(?:,?\s+(?:called|named|known as|dubbed|nicknamed)\s+|,\s+)"
        r"(?:the\s+)?[\"“]?(?-i:[A-Z])",
        re.I,
    ).search


def length_told(index: Index, question: str, ranked: Sequence[Ranked]) -> bool:
    """Whether ``question`` asks how long and one of the first AGE_REACH of ``ranked``,
    AGE_NEAR as relevant, tells a length of time (LASTING): where _lasting_first looks
    for one to put first."""
    return (
        time_asked(question) == "how long"
        and first_telling(index, ranked, lasting_told(question), AGE_REACH, AGE_NEAR) >= 0
    )


def _lasting_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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
    lyles's winning time?": "Both men were timed at 9.79 seconds", third)."""
    if time_asked(question) != "how long" and not _RACE_TIME.search(question):
        return ranked
    if _UNTIL.search(question):  # ...or when it came to be, for "how long until X?", as
        # near as a time is looked for (TIMED_NEAR: most sentences of news write one)
        return _put_first(
            index, ranked, lambda t: LASTING.search(t) or tells_when(t, question), AGE_REACH
        )
    return _put_first(index, ranked, lasting_told(question), AGE_REACH, AMOUNT_NEAR)


# "How long until it came back?" asks when it did as much as for how long: "Power began
# returning ... by the evening, and by Tuesday morning..." tells it, not the "within five
# seconds" in which the power vanished
_UNTIL = re.compile(r"\bhow long (?:until|till|til|before)\b", re.I)


# Whose time, or the winning one: how long a race took them (not "what was the time of
# the attack?", a time of day)
_RACE_TIME = re.compile(
    r"\b(?!(?:it|that|what|there|here|who|he|she)['’]s)"
    r"(?:\w+['’]s|his|her|their|the(?= (?:winning|finishing|record)))"
    r"(?: winning| finishing| record)? times?\b",
    re.I,
)


# ...asked so, or as "what caused it?" asks it
_WHY = re.compile(
    r"\bwhy\b|\bwhat (?:caused|causes|led to)\b|\bhow come\b|"
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:main\s+)?"
    r"(?:reasons?|causes?)\s+(?:for|of|behind)\b",
    re.I,
)
# ...whose own words a question asking "what's the reason for X?" says no reason by
_REASON_ASKED = re.compile(r"\b(?:reasons?|causes?)\s+(?:for|of|behind)\b", re.I)


def gives_reason(text: str) -> bool:
    """Whether ``text`` gives a reason (_REASON): "Engineers traced the problem to..."."""
    return bool(_REASON.search(text))


def _asks_why(question: str) -> bool:
    """Whether ``question`` asks why (_WHY) and gives no reason itself (_REASON)."""
    return bool(_WHY.search(question)) and not _REASON.search(_REASON_ASKED.sub(" ", question))


# What gives a reason ("Lower food prices were the biggest reason for the fall"); not "led
# to", which gives what followed ("...its takeover, which led to thousands of deaths"
# came first for "why is russia sanctioned?" over "...sanctions following its invasion").
_REASON = re.compile(
    r"\b(because|due to|reasons?|caused by|driven by|owing to|thanks to|as a result of|"
    r"(?:set off|triggered|sparked|prompted|fuell?ed) by|"  # "The sell-off was set off by"
    # "The cause of the fire ... was probably an accident" (opening a sentence, not
    # "...early studies on the causes of immunity")
    r"(?-i:^The causes? of)|blamed? (?:it )?on|"
    # "Engineers traced the problem to a single faulty chip"
    r"traced\s+(?:the|its|their)\s+(?:problem|fault|failure|issue|outage|crash|leak|fire)s?\s+"
    r"(?:back\s+)?to|"
    # "Some commentators blamed cloud seeding, which the UAE uses to increase rainfall"
    r"(?<!be )(?<!been )blamed\s+(?!for\b|by\b)|"
    r"on (?:hopes?|fears?|worries|concerns?) (?:that|of|over|about)|"  # "...on hopes that"
    r"so that|in order to|so as to|(?:is|are|was|were) (?:meant|designed|intended) to|"
    r"in a bid to|in an effort to|aimed at|"
    # "Mayor Luigi Brugnaro said the aim was to discourage day-trippers"
    r"(?:the|its|their|his|her) (?:aim|goal|purpose|idea) (?:is|was|being) to|"
    # "The Houthis say they are targeting ships linked to Israel in protest at the war"
    r"in protest (?:at|against|over)|in retaliation (?:for|against)|in response to)\b"
    # ...or what happened before it, a clause of its own ("...would keep sending their
    # ships around the Cape of Good Hope after Houthi rebels in Yemen fired missiles")
    r"|\bafter\s+(?:(?-i:[A-Z])\w+\s+)+(?:\w+\s+){0,3}?\w+ed\b"
    # ...or an event that brings things down ("bitcoin fell below 16,000 dollars in late
    # 2022 after the collapse of the exchange FTX"; not any "after the division of")
    r"|\b(?:after|following)\s+the\s+(?:collapse|failure|crash|bankruptcy|outbreak)\s+of\b"
    # ...or what was done first ("...went on strike on Friday after voting overwhelmingly
    # to reject a contract offer")
    r"|\bafter\s+(?:\w+ly\s+)?(?:voting|rejecting|refusing|failing|losing|winning|being)\b"
    # ...or what others did first ("...the inflation target was now in sight after
    # companies agreed to the biggest wage increases in three decades")
    r"|\bafter\s+(?:\w+\s+){1,2}?(?:agreed|voted|decided|refused|rejected)\b"
    # ...or the wrong done it answers ("Yoon had accused the opposition Democratic Party
    # of \"anti-state activities\"", after "...lifted martial law ... after declaring it")
    r"|\baccus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,6}?of\b"
    # ...or talks that failed ("The GDL union called the walkout after talks with Deutsche
    # Bahn broke down over its demand to cut the working week")
    r"|\bafter\s+(?:\w+\s+)?(?:talks|negotiations)\b[^.;]{0,60}?\b(?:broke\s+down|"
    r"collapsed|failed|stalled)\b|\bover\s+(?:its|their|his|her|a|the)\s+demands?\s+(?:for|to|that)\b"
    # ...or what made it so ("Scientists said warmer seas ... had made such downpours,
    # known locally as a DANA, heavier"; "...made the heatwave more likely"), not an
    # amount made ("made more than 500 million dollars")
    r"|\b(?:made|making|makes)\s+(?:[\w'-]+,?\s+){1,8}?(?:heavier|worse|stronger|hotter|wetter|drier|"
    r"(?:more|less)\s+(?!than\b)\w+)\b"
    # ...or what a penalty was for ("...upheld a 2.4 billion euro fine against Google for
    # abusing its dominance", "...sentenced to 25 years in prison for stealing")
    r"|\b(?:fined?|fines|penalt(?:y|ies)|sentenced|jailed|convicted|punished|sanctioned|"
    r"banned|arrested|charged|sued)\b[^.;]{0,60}?\bfor\s+\w+ing\b",
    re.I,
)


def _reason_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks why (and says no reason itself), the
    first of its first DEFAULT_TOP that gives a reason (_REASON) and is WHY_NEAR as
    relevant as the first, else, after an article's opening, the sentence after it that
    gives one, put first: news says what happened first and why after, in
    fewer of the question's words ("why did inflation fall?" quoted "Inflation in
    Britain fell to 2 percent..." before "Lower food prices were the biggest reason for
    the fall", 0.4 as relevant)."""
    if not _asks_why(question):
        return ranked
    kept = _holding_as_much(index, question, ranked)
    place = first_telling(index, kept, _REASON.search, DEFAULT_TOP, WHY_NEAR)
    ranked = _moved_first(ranked, kept[place]) if place > 0 else ranked
    if not ranked or _REASON.search(index.passages.text(ranked[0].number)):
        return ranked
    # ...else, where the first is its article's opening, the sentence after, where it
    # gives one: the news says the why after the what, naming it no more ("why is nvidia
    # worth so much?": "Nvidia became the world's most valuable..." then "...driven by
    # demand for...")
    top, column = ranked[0], index.passages.column
    if column("paragraph")[top.number] != 1 or column("sentence")[top.number] != 1:
        return ranked
    after = top.number
    for _ in range(REASON_AFTER):  # "why did inflation fall in britain?": the third
        after = _sentence_after(index, after)
        if after < 0:
            return ranked
        if _REASON.search(index.passages.text(after)):
            return _first_as_sure_as(ranked, top, after)
    return ranked


def _holding_as_much(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """Those of ``ranked``'s first DEFAULT_TOP of the first's article or holding each of
    ``question``'s terms the first holds: a reason another article gives of less of what
    is asked is of something else ("why did the solar panels fail?": not "Critics blamed
    the high share of solar power on the grid" after "We believe the solar panels are
    facing west")."""
    if not ranked:
        return []
    article, terms_of = index.passages.article, index.docs.terms_of
    top = ranked[0].number
    held = term_ids(index, index.analyzer.analyze(question)) & set(terms_of(top).tolist())
    return [
        r
        for r in ranked[:DEFAULT_TOP]
        if article[r.number] == article[top] or held <= set(terms_of(r.number).tolist())
    ]


def _tells_much(text: str) -> bool:
    """Whether ``text`` writes money, a share or a number in figures, a year aside: what
    "how much?" alone asks of the answer before."""
    return bool(MONEY.search(text) or SHARE.search(text)) or _tells_number(set(), text)


def _tells_number(asked: set[str], text: str) -> bool:
    """Whether ``text`` writes a number in figures that ``asked`` lacks, a year aside
    (news writes amounts so: "first" and "the two leaders" tell none)."""
    return any(n[0].isdigit() and not is_year(n) for n in numbers_in(text) - asked)


def _timed_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks when and its first passage says no date,
    day, season (``tells_when``; asked when something was, none to come) or time by the
    clock (not where a date is asked by name: "on what day...?"), the first of
    the next DEFAULT_TOP - 1 that does, nearly as relevant (TIMED_NEAR) and of the
    first's article or holding as much of the question (_holding_as_much), put first;
    where the first says one but lacks words of what is asked, one of its article dating
    what they say (_event_first); asked what year, one saying a year (_year_first)."""
    if not asks_when(question):
        return ranked
    if asks_future(question):  # "when will the vaccine be available?": a time to come
        # ("...expected to launch the vaccine ... early next year"), not the day the
        # opening tells of the approval
        ranked = _put_first(index, ranked, FUTURE_TIME.search)
    if _ASKS_LAST.search(question):  # "when did an american last win it?": "...the first
        # American win in the event since Justin Gatlin in 2004", not the day of this win
        ranked = _put_first(index, ranked, _LAST_TOLD.search, near=AMOUNT_NEAR)
    past = _ASKS_PAST.search(question)
    last = re.search(r"\blast\b", question, re.I)  # "when was the last boeing strike?"
    dated = asks_date_named(question)  # "on what day...?": no time of day tells it

    def tells(text: str) -> bool:  # "when did the eclipse start?": not "...until 2044"
        if not last:  # "when did the strike start?": not "the first strike ... since 2008"
            text = _FIRST_SINCE.sub(" ", text)
        text = FUTURE_TIME.sub(" ", text) if past else text
        # ...or a time of day by the clock ("when did the thieves escape?": "They escaped
        # on two scooters at about 9.40 a.m.", not the opening's "...on Sunday morning")
        by_clock = not dated and BY_CLOCK.search(text)  # ...unless a date is asked
        return bool(tells_when(text, question) or by_clock)

    # ...of the first's article, or holding each word asked the first holds: another's
    # date of less of it is of something else ("when was the law passed?": not "The
    # price of cocoa passed 10,000 dollars ... on Tuesday" after "Australia's parliament
    # has passed a law...")
    kept = _holding_as_much(index, question, ranked)
    place = first_telling(index, kept, tells, DEFAULT_TOP)
    ranked = _moved_first(ranked, kept[place]) if place > 0 else ranked
    if not asks_future(question):  # the opening dates what was ("...announced on Monday")
        ranked = _opening_dated_first(index, ranked, tells)
    if query is None:
        return ranked
    return _year_first(index, question, query, _event_first(index, question, query, ranked))


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
    opening = index.span_of(ranked[0].number).start
    nearly = nearly_first(ranked, LEDE_REACH)
    for r, close in zip(ranked[:LEDE_REACH], nearly, strict=False):
        if r.number == opening:
            return (
                _moved_first(ranked, r) if close and tells(index.passages.text(opening)) else ranked
            )
    return ranked


# "When did X last ...?", "when was martial law last declared?": the time before this one
# (not "when was the last eruption?", "when last year?")...
_ASKS_LAST = re.compile(
    r"\bwhen\b(?:\s+[\w'’-]+)+?\s+last\b(?!\s+(?:"
    + "|".join(sorted(TIME_UNITS))
    + r")\b)(?<!\bthe\slast)",
    re.I,
)
# ...which news tells as what is first since then ("the first American win in the event
# since Justin Gatlin in 2004", "for the first time in 17 years")
_LAST_TOLD = re.compile(
    r"\bfirst\b[^.;]*?\b(?:since|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:\d+|[a-z]+)\s+(?:years|decades|centuries))\b",
    re.I,
)


# ...which dates the one before, not this one, asked when this was
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]*?\bsince\s+(?:[\w'’]+\s+){0,2}?\d{4}\b", re.I)


# A question asking when something was, which a time to come does not tell.
_ASKS_PAST = re.compile(r"\bwhen\s+(?:did|was|were|had)\b", re.I)
# ...and one asking what was, where or who ("where was the eclipse visible?"), which what
# will be at a time to come does not tell ("The next total solar eclipse visible from the
# contiguous United States will not happen until 2044"; a "will" alone may be said of
# the past, "Aristotle believed that ... they will stay that way", and a time to come
# may be a deadline, "...agreed early on Sunday to triple funding ... by 2035")
_ASKS_DONE = re.compile(
    r"^\W*(?:where|who|what|which|how(?:\s+\w+)?)\s+(?:was|were|did|had)\b", re.I
)
_WILL = re.compile(r"\b(?:will|won't|won’t)\b", re.I)


def _to_come(text: str) -> bool:
    """Whether ``text`` tells what will be at a time to come (_WILL, FUTURE_TIME)."""
    return bool(_WILL.search(text) and FUTURE_TIME.search(text))


def _told_done_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks of what was and its first passage tells
    what will be at a time to come (``_to_come``), the first of the next DEFAULT_TOP - 1
    that does not, AMOUNT_NEAR as relevant (what is to come is surely not what was), put
    first."""
    if not ranked or not _ASKS_DONE.search(question):
        return ranked
    if not _to_come(index.passages.text(ranked[0].number)):
        return ranked
    return _put_first(index, ranked, lambda text: not _to_come(text), near=AMOUNT_NEAR)


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
    words = [found for _, found in _asking(index, query) if not found & said]

    def dated(number: int) -> bool:
        held = set(index.docs.terms_of(number).tolist())
        return bool(tells_when(index.passages.text(number), question)) and all(
            found & held for found in words
        )

    return _article_first(index, ranked, dated)


def _asking(index: Index, query: Query) -> list[tuple[Collection[str], set[int]]]:
    """The question's own words that ask something (not light ones: "now", "get") and
    that the corpus holds: each one's terms and their ids."""
    return [
        (w.alternatives.keys(), found)
        for w in query.own_words
        if w.alternatives
        and not is_light(index.analyzer, w)
        and (found := term_ids(index, w.alternatives))
    ]


def _article_first(
    index: Index, ranked: list[Ranked], tells: Callable[[int], bool], near: float | None = None
) -> list[Ranked]:
    """``ranked`` with the first of the next LEDE_REACH - 1 of its first passage's article
    that ``tells`` (by passage number), ``near`` as relevant as the first if given, put
    first."""
    span = index.span_of(ranked[0].number)
    nearly = nearly_first(ranked, LEDE_REACH, near) if near is not None else None
    for place, r in enumerate(ranked[1:LEDE_REACH], 1):
        if (nearly is None or nearly[place]) and r.number in span and tells(r.number):
            return _moved_first(ranked, r)
    return ranked


def _event_first(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where its first passage lacks some of the words ``query`` asks
    when of (not light ones), the first of the next DEFAULT_TOP - 1 of its article holding
    those and saying a date, EVENT_NEAR as relevant, put first (``event_dated``)."""
    dated = event_dated(index, question, query, ranked)
    return ranked if dated is None else _moved_first(ranked, dated)


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
        return None
    top = ranked[0].number
    words = _asking(index, query)

    def lacking(number: int) -> list[tuple[Collection[str], set[int]]]:
        held = set(index.docs.terms_of(number).tolist())
        return [(terms, found) for terms, found in words if not found & held]

    lacked = [terms for terms, _ in lacking(top)]
    if not lacked:
        return None
    opening = index.span_of(top).start
    said = set(index.docs.terms_of(opening).tolist())
    article = index.passages.article
    nearly = nearly_first(ranked, DEFAULT_TOP, EVENT_NEAR)
    for r, close in zip(ranked[:DEFAULT_TOP], nearly, strict=True):
        if not close or article[r.number] != article[top]:
            continue
        # what it does not name, the article's opening does: what the article is about
        if all(found & said for _, found in lacking(r.number)) and _dated_beside(
            index, index.passages.text(r.number), question, lacked
        ):
            return r
    return None


def _dated_beside(index: Index, text: str, question: str, words: Sequence[Collection[str]]) -> bool:
    """Whether ``text`` says a date ``question`` does not at most EVENT_WORDS words (stop
    words aside) after a term of each of ``words``: "founded in 1956", not "who won the
    Nobel Prize ..., has died ..., her family said on Tuesday", nor "...began a strike on
    Wednesday, the longest in the history of the national rail operator"."""
    tokens = index.analyzer.tokens(text)
    low = text.lower()
    dated = [
        sum(t.start < at for t in tokens)
        for d in tells_when(text, question)
        if (at := low.find(d)) >= 0
    ]
    return bool(dated) and all(
        any(
            0 < place - at <= EVENT_WORDS
            for at, t in enumerate(tokens)
            if t.term in word
            for place in dated
        )
        for word in words
    )


# When something began, which dates no other time: it goes on ("The civil war, which began
# in 2011, has killed more than 500,000 people").
_BEGAN = re.compile(r"\b(?:began|begun|started|since)\s+(?:in\s+)?\d{4}\b", re.I)
# ...nor what a figure is compared with: "240 of the 543 seats ..., down from 303 in 2019"
_COMPARED_WITH = re.compile(
    r"\b(?:up|down|rising|falling|compared)\s+(?:from|with|to)\s+[^,.;]{0,40}?\bin\s+\d{4}\b",
    re.I,
)


def _counted_first(
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
    sentences that counts it, however relevant."""
    counting = counted(question)
    if counting is None:
        return ranked
    if counting is AGED:
        aged = _aged(index, question, query=query)
        place = first_telling(index, ranked, aged, AGE_REACH, AGE_NEAR)
        if place < 0:  # ...or, further down, one right after the name asked ("how old is
            # geoffrey hinton?": "Hinton, 76, who works at..." after the lede naming him)
            named = _aged(index, question, named=True, query=query)
            place = first_telling(index, ranked, named, AGE_REACH, AGE_NAMED_NEAR)
        return _moved_first(ranked, ranked[place]) if place > 0 else ranked
    if counting is AMOUNT:  # a number, of this event: not one dated another year
        years = dates_in(question)
        named = _named_besides(index, query, counted_verb(question))

        def tells(text: str) -> bool:  # ...no length of time ("more than 50 years of rule")
            if not _counts_any(text):
                return False  # ...nor money ("would pay 10 million rupees to the family")
            dated = _BEGAN.sub(" ", text)  # "The civil war, which began in 2011, has killed"
            if not {d for d in dates_in(dated) if is_year(d)} - years:
                return True
            # ...unless it names what the question counts of ("how many died at
            # hiroshima?": "The bombs dropped ... in August 1945 killed ... in Hiroshima")
            held = set(index.analyzer.analyze(text))
            return bool(named) and all(held.intersection(terms) for terms in named)

        near, counts = AMOUNT_NEAR, tells
    else:
        sized = asks_size(question)
        years = dates_in(question)

        def this_time(text: str) -> bool:  # ...of this event too: "how many people died?"
            # after Chile's quake, not "A magnitude 8.8 earthquake in 2010 killed more
            # than 500 people"
            dated = _COMPARED_WITH.sub(" ", _BEGAN.sub(" ", text))
            return not {d for d in dates_in(dated) if is_year(d)} - years

        def tells(text: str) -> bool:
            if sized:  # "how big was the search area?": "...an area larger than the state
                # of Connecticut", not "about an hour and 45 minutes into its dive"; of
                # this event ("how big was it?" after Chile's quake: not "A magnitude 8.8
                # earthquake in 2010...")
                told = compares_size(text) or bool(counting.search(LASTING.sub(" ", text)))
                return told and this_time(text)
            return counting.search(text) is not None and this_time(text)

        def counts(text: str) -> bool:  # ...a number, not of a length of time, of a
            # measure ("how many homes burned?": not "...has burned more than 23,000 acres")
            # nor a share
            return this_time(text) and (
                tells(text)
                or AMOUNT.search(SHARE.sub(" ", MEASURED.sub(" ", LASTING.sub(" ", text))))
                is not None
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
    verb = _own_word(query, counted_verb(question)) if query else None
    if verb is None:  # ...and where no article writes what it counts, any number ("how
        # many books did she publish?": "She published 14 collections in all")
        if query is None or counting is AMOUNT or not _counts_unwritten(query):
            units = in_units(question)
            if first_telling(index, ranked, tells, DEFAULT_TOP, near) >= 0:
                return _put_first(index, ranked, tells, near=near)
            if units is None:
                # ...else, where the first does not name what is counted, the sentence of
                # its article that counts it, however relevant ("how many people were on
                # the alaska airlines flight?": "All 171 passengers and six crew members
                # survived", holding no word asked, after "...grounded all 65 of its Max
                # 9 jets"; not where the first counts it in words: "...received no points
                # at all"), near its opening, where news counts the whole (not "Langlade
                # was given 300 men..." far down a long article)
                if counting is AMOUNT or not _counted_unsaid(index, query, ranked):
                    return ranked
                return _told_in_first_article(index, ranked, tells, LEDE_REACH) or ranked
            # ...a measure in its units, further down the first's article ("how high did
            # the flight go before it crashed?": "...reached a height of only about 190
            # metres", fifth, after the lede's "...241 of the 242 people on board")
            return _put_first_in_its_article(
                index, ranked, lambda text: units.search(text) and this_time(text), near=near
            )
        asked = numbers_in(question)  # ...in figures ("one of the world's great writers")
        return _put_first(index, ranked, partial(_tells_number, asked), near=near)
    numbers = numbers_of(ranked, DEFAULT_TOP)
    holds = index.bm25.holding(verb.alternatives, numbers)
    numbered = [
        held and counts(index.passages.text(n))
        for held, n in zip(holds.tolist(), numbers.tolist(), strict=True)
    ]
    chosen = _first_holding(ranked, numbered, DEFAULT_TOP, AMOUNT_NEAR)
    if not holds[0] and chosen is not None:
        return _moved_first(ranked, chosen)
    if not numbered[0] and chosen is not None:
        # ...and where the first writes the verb but no count ("how many pilgrims died?":
        # "...said 83 percent of those who died were not registered pilgrims"), the one
        # that does, its article's opening before the rest: news counts the whole there
        # ("More than 1,300 people died during this year's hajj...", not Egypt's 672)
        opening = index.span_of(ranked[0].number).start
        opened = (
            r for r, counts in zip(ranked, numbered, strict=False) if r.number == opening and counts
        )
        return _moved_first(ranked, next(opened, chosen))
    if numbered[0]:
        return _opening_counted(index, query, ranked, numbered)
    # ...of the first's article before another's ("how many died?" after "tell me about
    # the earthquake": Chile's opening, not Myanmar's, where Chile's "A magnitude 8.8
    # earthquake in 2010 killed..." came first)
    ours = _put_first_in_its_article(index, ranked, tells, DEFAULT_TOP, near)
    return ours if ours is not ranked else _put_first(index, ranked, tells, near=near)


def _changed_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where its first passage writes no share (SHARE), the first of the
    next DEFAULT_TOP - 1 that does, AMOUNT_NEAR as relevant, put first; where the first
    does not say the change asked (``change_verb``), of those saying it ("how much weight
    do people lose on wegovy?": "Those taking the drug lost about 9 percent of their body
    weight", not the opening's "...cut the risk of heart attacks ... by 20 percent")."""
    shares = _put_first(index, ranked, SHARE.search, near=AMOUNT_NEAR)
    verb = _own_word(query, change_verb(question)) if query and ranked else None
    if verb is None:
        return shares
    # ...as written: "lose" finds "loss" too, of the opening's "The weight-loss drug"
    terms = set(verb.itself)
    if index.bm25.holding(terms, numbers_of(ranked, 1))[0]:
        return shares

    def said(text: str) -> bool:
        return bool(SHARE.search(text)) and _holds_any(index, text, terms)

    return _first_telling_first(index, ranked, said, DEFAULT_TOP, AMOUNT_NEAR) or shares


def _made_first(index: Index, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where its first passage writes no year a thing was made in
    (MADE_IN), the first of the next LEDE_REACH - 1 of its article that does, AMOUNT_NEAR
    as relevant, put first: "when was the key bridge built?" is told by "The
    2.6-kilometre bridge, opened in 1977", not by the opening's "...early on Tuesday";
    not by another article's "...the University Library, founded in 1816". Where none
    of its article's does and the first writes no year at all, another's, as near ("when
    was the bridge built?" quoted the pope's "...a Church that builds bridges" before "The
    2.6-kilometre bridge, opened in 1977", fourth; "In 1273, the Mongols created the
    Imperial Library Directorate" tells it otherwise)."""
    ours = _put_first_in_its_article(index, ranked, MADE_IN.search, near=AMOUNT_NEAR)
    first = index.passages.text(ranked[0].number)
    if ours is not ranked or MADE_IN.search(first) or any(map(is_year, dates_in(first))):
        return ours
    return _put_first(index, ranked, MADE_IN.search, LEDE_REACH, AMOUNT_NEAR)


def _origin_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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

    def tells(text: str) -> bool:
        return bool(BORN.search(text)) or names_origin_near(analyzer, text, own)

    return _put_first_in_its_article(index, ranked, tells, near=AMOUNT_NEAR)


# "What else did he win?", "anything else?": asks what more was done, which news says
# "also" ("Pogacar also won the Giro d'Italia in May..."), not what was asked before
_ASKS_ELSE = re.compile(
    r"\b(?:what|who|where|which)\s+else\b|\b(?:anything|anyone|anywhere|something)\s+else\b",
    re.I,
)
_ALSO = re.compile(r"\balso\b|\bas well\b|,\s*too\b", re.I)


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
        return bool(_ALSO.search(text)) and all(_holds_any(index, text, w) for w in words)

    return _told_in_first_article(index, ranked, telling) or ranked


def _put_first_in_its_article(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    reach: int = LEDE_REACH,
    near: float = TIMED_NEAR,
) -> list[Ranked]:
    """``ranked`` with, where its first passage does not tell what is asked (``tells``),
    the first of its first ``reach`` of the first's article that does, ``near`` as
    relevant, put first (``_put_first`` within one article)."""
    if not ranked:
        return ranked
    article = index.passages.article
    top = article[ranked[0].number]
    its = [r for r in ranked[:reach] if article[r.number] == top]
    place = first_telling(index, its, tells, reach, near)
    return _moved_first(ranked, its[place]) if place > 0 else ranked


def _headline_first(
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
    words = _TITLE_WORDS.findall(title)
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

    return _article_first(index, ranked, tells, AMOUNT_NEAR)


# "How many jobs...?", "how big was the fine?", "how much is the entry fee?": the thing
# whose number is asked, its last word.
_HEADLINE_ASKED = re.compile(
    r"^\W*how\s+many\s+(\w+)|^\W*how\s+(?:big|large|much|high)\s+(?:is|was|are|were|did|does|do)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\W*$",
    re.I,
)
# How many words after a title's number the thing it counts may be ("2.4 billion euro
# fine", "15,000 jobs").
HEADLINE_WITHIN = 3
_TITLE_WORDS = re.compile(r"[\w.,$€£%'’]+")
# Words numbers_in reads as numbers that size one: "2.4 billion" is told by "2.4".
_MAGNITUDES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


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
        if r.number == opening and counts and close:
            both = np.array([ranked[0].number, opening])
            held = (index.bm25.holding(w.alternatives, both) for w in query.own_words)
            if all(lede or not first for first, lede in held):
                return _moved_first(ranked, r)
    return ranked


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


def _often_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how often ("how many times has he been
    to russia?") and its first passage tells it not (``tells_how_often``), the first of
    the next DEFAULT_TOP - 1 that does, nearly as relevant, put first ("This visit marks
    Min Aung Hlaing's fourth trip to Russia..." after "This visit underscores..."); one
    saying it as such first (``says_how_often``: "how many times has spain won the
    euros?" is told by "...for a record fourth time", not by "Spain won all seven of
    their matches ..., the first team to do so")."""
    if amount_asked(question) != "how often":
        return ranked
    told = _first_telling_first(index, ranked, says_how_often)
    return told if told is not None else _put_first(index, ranked, tells_how_often)


# "Where?" asks a place: a name after a word of place ("taking off from Ahmedabad", "in
# the Sagaing region") or of a region ("struck central Chile") that the question does not
# name ("according to MRTV" names none), nor a time or a field ("in March", "the Nobel
# Prize in Literature": "where did alice munro die?" quoted that before "She died ... at
# a care home in Port Hope, Ontario").
_ASKS_WHERE = re.compile(r"^\W*(?:\w+\s+)?where\b", re.I)
_NO_PLACE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Literature"
    r"|Medicine|Physics|Chemistry|Economics|Physiology|English)\b"
)
_PLACE = re.compile(
    r"\b(?<![Aa]ccording )(?:(?:in|at|from|near|to|into|outside|across|off|throughout|within"
    r"|towards?|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern"
    r"|eastern|western)\s+)?|(?:central|northern|southern|eastern|western)\s+"
    # ...or a bearing from one ("centred 40 kilometres south-west of the city of Talca")
    r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
    r"(?:the\s+(?:city|town|village|capital|island|coast)\s+of\s+)?)"
    rf"(?!{_NO_PLACE})([A-Z][\w-]+)"
)


def _bound(text: str) -> bool:
    """Whether ``text`` tells where a journey was to end (DESTINATION) or where people
    fled or were sent (FLED_TO), as a follow-up asking where they went reads it."""
    return bool(DESTINATION.search(text) or FLED_TO.search(text))


def _placed_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks where and its first passage names no
    place it does not (_PLACE), the first of the next DEFAULT_TOP - 1 that does, nearly
    as relevant, put first: "where did the air india plane take off from?" quoted "...why
    the plane lost power" before "...seconds after taking off from Ahmedabad". Asked
    where one did what a closing verb says, where none of the first says it, the first
    sentence of the first's article saying it done in a place, as sure as the first
    (_placed_done_first)."""
    if not _ASKS_WHERE.match(question):
        return ranked
    places = _places(question)
    if asks_destination(question):  # "...leaving the port for Sri Lanka" tells it too
        # (and "Evacuees drove west toward British Columbia")
        return _put_first(index, ranked, lambda text: _bound(text) or places(text))
    if (done := _placed_done_first(index, question, query, ranked, places)) is not None:
        return done
    return _put_first(index, ranked, places)


# "Where did the alaska airlines plane land?": where one did what the closing verb says,
# which the sentence naming the place says in the past ("The pilots turned back and
# landed safely in Portland", tenth), not the airline, nor the place one did another
# thing ("...minutes after the plane took off from Portland, Oregon", the opening), nor
# the noun the verb is too ("Where did Iroquois Confederation control?": not "The change
# of control in Florida...")
_ASKS_WHERE_DONE = re.compile(r"^\W*where\s+did\s+.+?\s+([a-z]+)\W*$", re.I)


def _placed_done_first(
    index: Index,
    question: str,
    query: Query | None,
    ranked: list[Ranked],
    places: Callable[[str], bool],
) -> list[Ranked] | None:
    """``ranked`` with, where ``question`` asks where one did what its closing verb says
    (_ASKS_WHERE_DONE), its first passage names no place (``places``) and none of its
    first DEFAULT_TOP holds the verb, the first passage of the first's article naming a
    place and writing the verb in the past first; None where it asks no such thing or
    none does."""
    asked = _ASKS_WHERE_DONE.match(question)
    verb = _own_word(query, asked.group(1).lower()) if query and asked and ranked else None
    if verb is None or places(index.passages.text(ranked[0].number)):
        return None
    if index.bm25.holding(verb.alternatives, numbers_of(ranked, DEFAULT_TOP)).any():
        return None

    def telling(text: str) -> bool:
        return places(text) and any(
            t.term in verb.alternatives and is_past(t.word) for t in index.analyzer.tokens(text)
        )

    return _told_in_first_article(index, ranked, telling)


def _places(question: str) -> Callable[[str], bool]:
    """Whether a sentence names a place (_PLACE) that ``question`` does not."""
    asked = {w.casefold() for w in _WORDS.findall(question)}

    def places(text: str) -> bool:
        return any(m.group(1).casefold() not in asked for m in _PLACE.finditer(text))

    return places


# "What did X say?": asks for X's words. A quotation of three words or more, in straight
# or curly quotation marks.
# "How did X react?" asks it too: news tells a reaction by the words ("Swift said later
# that the cancellations had filled her with 'a new sense of fear'...").
_WHAT_SAID = re.compile(
    rf"\bwhat\s+(?:did|does|do|has|have)\s+(.+?)\s+say\b|{ASKS_REACTION.pattern}", re.I
)
# "Say" of "what did he say?", which asks a quotation, not a sentence saying "said"
# (told_in_article), asked of whom a pronoun stands for...
_SAY_WORDS = frozenset({"say", "says", "said"})
_ASKS_HIS_WORDS = re.compile(r"\bwhat\s+(?:did|does|has|have)\s+(?:he|she|they)\s+say\b", re.I)
# ...whose words a sentence quotes with a pronoun saying them ("...he called for "a Church
# that builds bridges"": _SAID_BY_PRONOUN's verbs, a word between, and calling)
_PRONOUN_SAYING = re.compile(
    r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|called|told|wrote|added|urged|warned"
    r"|spoke|declared|promised)\b",
    re.I,
)


def _quoted_by_pronoun(text: str) -> bool:
    """Whether ``text`` quotes (_QUOTATION) words a pronoun says (_PRONOUN_SAYING)."""
    return bool(_QUOTATION.search(text) and _PRONOUN_SAYING.search(text))


# "What did X say about Y?": what Y is.
_SAID_ABOUT = re.compile(r"\bsay\s+(?:about|on|of|regarding)\s+(.+?)\W*$", re.I)
_QUOTATION = re.compile(r"[\"“]\s*\w+[^\"“”]*?\s\w+[^\"“”]*?\s\w+[^\"“”]*[\"”]")


def _quoted_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what someone said and its first passage
    quotes no one, the first of the next DEFAULT_TOP - 1 that quotes, and nearly as
    relevant (asked by a pronoun, of the first's article, else its first quotation of
    whom ``query`` carries: _quote_in_article), put first: "what did mbappe say?"
    quoted "Real Madrid announced on Monday that it had signed ... Kylian Mbappe" before
    '"A dream come true," Mbappe wrote...'."""
    asked = _WHAT_SAID.search(question)
    if not asked:
        return ranked
    # ...naming them as the question does, by the last of its words at least ("taylor
    # swift": "Swift said..."; "munro's daughter": not Atwood's words on Munro), of a
    # role by the role ("the mayor of venice": "Mayor Luigi Brugnaro said...", not
    # residents saying the fee turned Venice into...)
    named = re.split(r"\s+of\s+", asked[1] or asked[2], maxsplit=1, flags=re.I)[0]
    speaker = index.analyzer.analyze(named)[-1:]
    if not speaker and ranked:  # "what did he say?": a quote in the first's article
        article = index.passages.article[ranked[0].number]
        same = [r for r in ranked if index.passages.article[r.number] == article]
        first = first_telling(index, same, _QUOTATION.search, DEFAULT_TOP)
        if first >= 0 or query is None or query.own < 0:
            return _moved_first(ranked, same[first]) if first > 0 else ranked
        return _quote_in_article(index, query, ranked)

    def quotes(text: str) -> bool:
        return _QUOTATION.search(text) is not None and set(speaker) <= set(
            index.analyzer.analyze(text)
        )

    if (about := _SAID_ABOUT.search(question)) and ranked:
        # ...saying it of what is asked about, quoted or not, where one of the first does,
        # in an article titled with it ("what did sunak say about inflation?": "...Sunak
        # ... said the figures showed his economic plan was working" of "UK inflation
        # falls...", not his election-night quote)
        of = term_ids(index, index.analyzer.analyze(about[1]))
        numbers = numbers_of(ranked, DEFAULT_TOP)
        titled = titles_holding(index, [of], numbers) if of else np.zeros(0, bool)
        nearly = nearly_first(ranked)
        for place, (r, near, fits) in enumerate(zip(ranked, nearly, titled.tolist(), strict=False)):
            text = index.passages.text(r.number)
            saying = _QUOTATION.search(text) or re.search(_SAYING, text, re.I)
            if near and fits and saying and set(speaker) <= set(index.analyzer.analyze(text)):
                return _moved_first(ranked, r) if place else ranked
    first = first_telling(index, ranked, quotes, DEFAULT_TOP)
    if first >= 0:
        return _moved_first(ranked, ranked[first]) if first > 0 else ranked
    if asked[2] and (written := _WORDS.findall(named)):
        # A reaction, by what they said unquoted too: "how did china respond to the
        # tariffs?" is told by "China said it would fight back and later announced..."
        said = re.compile(rf"\b{re.escape(written[-1])}\s+(?:\w+\s+)?{_SAYING}", re.I)
        first = first_telling(index, ranked, said.search, REACTION_REACH)
        if first >= 0:
            return _moved_first(ranked, ranked[first]) if first > 0 else ranked
    # ...else by a pronoun right after a sentence of its article naming them, which
    # names no one asked and is less relevant so ('"We will not leave anyone behind," he
    # told reporters' after "President Gabriel Boric declared...", 0.45 as relevant)
    after_named = {
        index.passages.text(r.number)
        for r in ranked[:DEFAULT_TOP]
        if _said_after_naming(index, r.number, speaker)
    }
    if after_named or not ranked:
        return _put_first(index, ranked, after_named.__contains__, near=AMOUNT_NEAR)
    # ...or, found by none of the question's words, right after one of the first naming
    # them ("what did the president say?" after Chile's quake, asked anew: "President
    # Gabriel Boric declared..." third, his quote eighth)
    for r in ranked[:DEFAULT_TOP]:
        after = _sentence_after(index, r.number)
        if after >= 0 and _said_after_naming(index, after, speaker):
            return [_as_sure_as(r, after), *(x for x in ranked if x.number != after)]
    return ranked


# How far down "how did X react?" looks for X saying something: named alone ("how did
# china respond?"), X is named by many sentences alike ("Its director said the company
# would travel to China..." before "China said it would fight back", seventh, 0.91 as
# relevant).
REACTION_REACH = 10
# The verbs a reaction is reported by, after whoever reacted.
_SAYING = r"(?:said|says|vowed|warned|called|announced|responded|replied|condemned)\b"


def _said_after_naming(index: Index, number: int, speaker: Sequence[str]) -> bool:
    """Whether passage ``number`` says who speaks by a pronoun alone ("he told reporters")
    and the one before it, of its article, holds the terms ``speaker``."""
    before = number - 1
    if before < 0 or index.passages.article[before] != index.passages.article[number]:
        return False
    if not _SAID_BY_PRONOUN.search(index.passages.text(number)):
        return False
    return set(speaker) <= set(index.analyzer.analyze(index.passages.text(before)))


def _quote_in_article(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with the first quotation in its first passage's article of whom the
    question it follows up named (a sentence holding a word it carries) first, as sure
    as that one; as it was where the article quotes them nowhere. "what did he say?"
    after Mbappe's age: '"A dream come true," Mbappe wrote on social media' says no
    "said", which the sentences found did."""
    carried = set().union(*(term_ids(index, w.alternatives) for w in query.carried_words))
    top = ranked[0]

    def quoting(number: int) -> bool:  # a quotation holding a word carried
        return bool(_QUOTATION.search(index.passages.text(number))) and bool(
            carried.intersection(index.docs.terms_of(number).tolist())
        )

    return _told_first(ranked, top, index.span_of(top.number), quoting) or ranked


def _put_first(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    reach: int = DEFAULT_TOP,
    near: float = TIMED_NEAR,
) -> list[Ranked]:
    """``ranked`` with, where its first passage does not tell what is asked (``tells``),
    the first of the next ``reach`` - 1 that does, and ``near`` as relevant, put first."""
    told = _first_telling_first(index, ranked, tells, reach, near)
    return ranked if told is None else told


def _first_telling_first(
    index: Index,
    ranked: list[Ranked],
    tells: Callable[[str], object],
    reach: int = DEFAULT_TOP,
    near: float = TIMED_NEAR,
) -> list[Ranked] | None:
    """``ranked`` with the first of its first ``reach``, ``near`` as relevant, that tells
    what is asked (``tells``) first; None where none does (``_put_first``)."""
    first = first_telling(index, ranked, tells, reach, near)
    if first < 0:
        return None
    return _moved_first(ranked, ranked[first]) if first > 0 else ranked


def _moved_first(ranked: list[Ranked], chosen: Ranked) -> list[Ranked]:
    """``ranked`` with ``chosen``, one of them, first, the others in their order."""
    return [chosen, *(r for r in ranked if r is not chosen)]


def age_told(
    index: Index, question: str, ranked: Sequence[Ranked], query: Query | None = None
) -> bool:
    """Whether one of the first AGE_REACH of ``ranked``, nearly as relevant as the first,
    writes the age ``question`` asks (``_aged``): where _counted_first looks for one to
    put first."""
    aged = _aged(index, question, query=query)
    return first_telling(index, ranked, aged, AGE_REACH, AGE_NEAR) >= 0


def age_written(
    index: Index, question: str, texts: Iterable[str], query: Query | None = None
) -> bool:
    """Whether one of ``texts`` writes the age ``question`` asks (``_aged``): not only
    an age, one of whom it asks ("how old was ding?" is not told by "The 18-year-old
    won ... after Ding blundered")."""
    return any(map(_aged(index, question, query=query), texts))


# The name written right before an age, whose age it is: "Garry Kasparov, who was 22",
# "Mbappe, 25, joins", "Pope Francis, who died on Easter Monday at the age of 88".
_NAME_BEFORE = re.compile(rf"({_NAME})(?:,\s+(?:who\s+)?|,\s+who\s+(?:[\w’'-]+\s+){{1,8}})?$")
# A sentence opening with whom a follow-up asks of ("how old is he?": "He succeeds...")
_OPENS_WITH_PRONOUN = re.compile(r"\W*(?:he|she|they)\b", re.I)
_NAMES = re.compile(_NAME)
_AGE_VERB = re.compile(r"(?:is|was|are|were)\b", re.I)  # "is 24": told by a verb


def _aged(
    index: Index, question: str, named: bool = False, query: Query | None = None
) -> Callable[[str], bool]:
    """What tells the age ``question`` asks: an age (AGED), not one told of a name it
    does not ask where the sentence names one it asks ("how old is gukesh?": "Gukesh
    broke the record set by Garry Kasparov, who was 22"); ``named``, only one told right
    after a name it asks ("Hinton, 76"). A follow-up's ``query`` asks of the words it
    carries too ("how old is he?" after "who is gukesh?")."""
    asked = set(index.analyzer.analyze(question))
    if query is not None:
        asked.update(t for w in query.carried_words for t in w.alternatives)

    def names_asked(name: str) -> bool:  # by a word of its own, not its title: "pope leo
        # age" asks no age of "Pope Francis, who died ... at the age of 88"
        own = [w for w in name.split() if not is_role(w.lower())] or [name]
        return not asked.isdisjoint(index.analyzer.analyze(" ".join(own)))

    def tells(text: str) -> bool:
        for found in AGED.finditer(text):
            start = found.start()
            after_name = text[start + 1 : start + 2] == ","  # "Mbappe, 25,": its name ends there
            before = _NAME_BEFORE.search(text[: start + 1 if after_name else start])
            whose = before.group(1) if before else ""
            if before and before.group(0).endswith(", ") and _AGE_VERB.match(found.group()):
                # an aside closed, the age is the subject's: "JJ, whose real name is
                # Johannes Pietsch, is 24" (not "...Garry Kasparov, who was 22")
                whose = _NAMES.search(text).group()
            if before and names_asked(whose):
                return True
            if named:
                continue
            if not before:
                back = _AGED_BACK.match(text)
                if back and start < back.end() and any(map(names_asked, _NAMES.findall(text))):
                    continue  # whom the sentence before named: "The 18-year-old won ...
                    # after Ding blundered" tells no age of Ding
                return True
            if not any(names_asked(name) for name in _NAMES.findall(text)):
                # "how old is the new pope?": "Robert Prevost, 69, ..."; not, where it
                # opens with him, the age of another it names ("He succeeds Pope
                # Francis, who died ... at the age of 88")
                return not _OPENS_WITH_PRONOUN.match(text)
        return False

    return tells


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
