"""The passages of the articles a member was just shown first, where nearly as relevant."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import numpy as np

from ..asked import asks_when
from ..asked_by import LAST_TIME
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked
from ..seeming import written_as_name
from .dates import asks_of_now
from .placing import moved_first, of_earlier_year

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


# A pronoun for whom or what an answer named ("what did he say?", "when was it founded?").
_REFERRED = lazy(r"\b(?:he|she|him|her|his|hers|it|its)\b", re.I)


def recent_first(
    index: Index,
    ranked: list[Ranked],
    recent: Collection[str],
    following: bool = False,
    question: str = "",
    query: Query | None = None,
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
    CrowdStrike's chief executive, then Boeing's; otherwise, of those articles the one
    quoted first where its passage scores RECENT_NEAR of the first (of another of them):
    "what did sunak say?" after "uk inflation" quoted the inflation figures, then the
    election's seats. Asked anew naming by name whom the article quoted first names, at
    RECENT_FOLLOWED_NEAR, as a follow-up ("what did modi say?" after Gukesh's title:
    ``_names_held``). Asked with no word of its own, a first
    of another year (``_of_another_year``) gives way so too, and is not put first."""
    if not ranked or not recent:
        return ranked
    near = RECENT_FOLLOWED_NEAR if following else RECENT_NEAR
    wanted = set(recent)  # the articles of a passage put first
    first = next(iter(recent))
    referred = following and _REFERRED.search(question) is not None
    dated = _of_another_year(index, question, query)
    top = index.info_of(ranked[0].number).id
    if top in wanted:
        if referred and top != first:
            wanted, near = {first}, REFERRED_NEAR
        elif top != first:
            wanted, near = {first}, RECENT_NEAR
        elif not dated(ranked[0].number):
            return ranked
    elif not following and _names_held(index, query, first):
        near = RECENT_FOLLOWED_NEAR  # ...as a follow-up, naming whom that article names
    floor = near * ranked[0].score
    near_ones = [
        r
        for r in ranked[1:RECENT_REACH]
        if r.score >= floor and index.info_of(r.number).id in wanted
    ]
    # ...of them, following up by "it", the first of the article quoted first, and the
    # first telling of the news's own time: "where was it?" after Chile's earthquake (its
    # answer quoting Haneda's runway second), not "A magnitude 8.8 earthquake in 2010
    # killed more than 500 people" nor "...areas hit by a powerful earthquake"
    chosen = min(
        near_ones,
        key=lambda r: (referred and index.info_of(r.number).id != first, dated(r.number)),
        default=None,
    )
    if chosen is None or (top in wanted and dated(chosen.number)):
        return ranked  # none nearly as relevant, or none of the news's own time either
    return moved_first(ranked, chosen)


def _names_held(index: Index, query: Query | None, article: str) -> bool:
    """Whether ``query`` names someone or something by a name (written capitalised in the
    corpus, ``seeming.written_as_name``) and ``article`` holds every such name: "what did
    modi say?" after questions on Gukesh's title, whose article quotes Modi ("Indian Prime
    Minister Narendra Modi called the victory...", 0.65 as relevant as his words on the
    election)."""
    if query is None or article not in index.spans:
        return False
    names = [w for w in query.own_words if w.written and written_as_name(index, w.written)]
    span = index.spans[article]
    numbers = np.arange(span.start, span.stop)
    return bool(names) and all(index.bm25.holding(w.alternatives, numbers).any() for w in names)


def _of_another_year(index: Index, question: str, query: Query | None) -> Callable[[int], bool]:
    """Whether a passage tells of another time than ``question`` asks of, asking no word
    of its own ("where was it?", "when was it?"): it dates a word carried that its
    article's title holds to a year before its article's (``placing.of_earlier_year``: "A
    magnitude 8.8 earthquake in 2010...", titled "Strong earthquake strikes central
    Chile..."), the question asking of the news's own time (``dates.asks_of_now``) or
    when. (Not a word the title does not hold: "when?" after "who founded deepseek?" is
    told by "The company was founded in 2023..."; nor a word of the question's own:
    "who dropped the bombs?" after Nihon Hidankyo's prize, "The bombs dropped by the
    United States in August 1945..."; nor asking when it last happened: "when was the
    last one?" after Boeing's strike, "It is the first strike at Boeing since 2008...")"""
    if query is None or query.own_words or LAST_TIME.asked(question):
        return lambda number: False
    if not (asks_of_now(question) or asks_when(question)):
        return lambda number: False
    words = [w.alternatives.keys() for w in query.words if w.alternatives]
    analyze = index.analyzer.analyze

    def dated(number: int) -> bool:
        titled = set(analyze(index.info_of(number).title))
        kinds = [terms for terms in words if titled.intersection(terms)]
        return bool(kinds) and of_earlier_year(index, number, kinds)

    return dated
