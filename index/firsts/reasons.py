"""Why: a passage giving a reason first."""

from __future__ import annotations

import re

from ..index import Index
from ..ranking import Ranked
from .placing import (
    DEFAULT_TOP,
    first_as_sure_as,
    first_telling,
    holding_as_much,
    moved_first,
    sentence_after,
)

# "Why?" is answered first by a passage giving a reason, of the first three, where one
# does whose relevance is WHY_NEAR of the first's at least (reason_first): a reason is
# said in fewer of the question's words than what happened. ReQA: at TIMED_NEAR (0.6) one
# question up ("Why did oil start getting priced in terms of gold?" 3rd -> 1st), at 0.3
# that and one down (2nd -> 3rd), cross-validated P@1 0.793 -> 0.794 either way; 0.3
# also takes "why did inflation fall?" (news5, tuned on), whose reason is 0.4 as relevant.
WHY_NEAR = 0.3
# ...or one of the sentences this close after an opening that gives none
REASON_AFTER = 2


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
    """Whether ``text`` gives a reason (REASON): "Engineers traced the problem to..."."""
    return bool(REASON.search(text))


def asks_why(question: str) -> bool:
    """Whether ``question`` asks why (_WHY) and gives no reason itself (REASON)."""
    return bool(_WHY.search(question)) and not REASON.search(_REASON_ASKED.sub(" ", question))


# What gives a reason ("Lower food prices were the biggest reason for the fall"); not "led
# to", which gives what followed ("...its takeover, which led to thousands of deaths"
# came first for "why is russia sanctioned?" over "...sanctions following its invasion").
REASON = re.compile(
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


def reason_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks why (and says no reason itself), the
    first of its first DEFAULT_TOP that gives a reason (REASON) and is WHY_NEAR as
    relevant as the first, else, after an article's opening, the sentence after it that
    gives one, put first: news says what happened first and why after, in
    fewer of the question's words ("why did inflation fall?" quoted "Inflation in
    Britain fell to 2 percent..." before "Lower food prices were the biggest reason for
    the fall", 0.4 as relevant)."""
    if not asks_why(question):
        return ranked
    kept = holding_as_much(index, question, ranked)
    place = first_telling(index, kept, REASON.search, DEFAULT_TOP, WHY_NEAR)
    ranked = moved_first(ranked, kept[place]) if place > 0 else ranked
    if not ranked or REASON.search(index.passages.text(ranked[0].number)):
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
        after = sentence_after(index, after)
        if after < 0:
            return ranked
        if REASON.search(index.passages.text(after)):
            return first_as_sure_as(ranked, top, after)
    return ranked
