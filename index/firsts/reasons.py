"""Why: a passage giving a reason first."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..index import Index
from ..patterns import lazy
from ..query import Query, Word
from ..ranking import Ranked
from ..seeming import is_light, term_ids, title_ids
from ..synonyms import ABBREVIATIONS
from .deeds import deed_end
from .placing import (
    DEFAULT_TOP,
    LEDE_REACH,
    TIMED_NEAR,
    first_as_sure_as,
    first_telling,
    holding_as_much,
    moved_first,
    own_word,
    own_words_in,
    sentence_after,
    sure_first,
    told_first,
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
_WHY = lazy(
    r"\bwhy\b|\bwhat (?:caused|causes|led to|triggered|sparked|prompted)\b|\bhow come\b|"
    r"^\W*how\s+did\s+(?:the\s+)?[\w'’ -]+?\s+(?:start|begin)\W*$|"
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:main\s+)?"
    r"(?:reasons?|causes?)\s+(?:for|of|behind)\b",
    re.I,
)
# ...of all, the cause of what happened ("what caused the valencia floods?", "how did
# the fire at notre dame start?")
_ASKS_CAUSE = lazy(
    r"\bwhat (?:caused|causes|triggered|sparked)\b"
    r"|^\W*how\s+did\s+(?:the\s+)?[\w'’ -]+?\s+(?:start|begin)\W*$"
    r"|\bwhat(?:'s|’s|\s+is|\s+was)?\s+(?:the\s+)?(?:main\s+)?"
    r"causes?\s+(?:of|behind)\b",
    re.I,
)
# ...whose own words a question asking "what's the reason for X?" says no reason by
_REASON_ASKED = lazy(r"\b(?:reasons?|causes?)\s+(?:for|of|behind)\b", re.I)


def gives_reason(text: str) -> bool:
    """Whether ``text`` gives a reason (REASON): "Engineers traced the problem to..."."""
    return bool(REASON.search(text))


def explains(text: str) -> bool:
    """Whether ``text`` gives a reason (REASON) or says what explains the news
    (``explains_news``)."""
    return gives_reason(text) or explains_news(text)


def explains_news(text: str) -> bool:
    """Whether ``text`` says what explains the news, wherever it stands (_EXPLAINING:
    "Investigators ... later said that four bolts ... appeared to have been missing"; not
    a clause's own reason: "Shops closed because card payments stopped working")."""
    return bool(_EXPLAINS.search(text))


def asks_why(question: str) -> bool:
    """Whether ``question`` asks why (_WHY) and gives no reason itself (REASON)."""
    return bool(_WHY.search(question)) and not REASON.search(_REASON_ASKED.sub(" ", question))


# What a penalty was for (REASON's last)
_PENALTY_FOR = (
    r"\b(?:fined?|fines|penalt(?:y|ies)|sentenced|jailed|convicted|punished|sanctioned|"
    r"banned|arrested|charged|sued)\b[^.;]{0,60}?\bfor\s+\w+ing\b"
)
_PENALTY = lazy(_PENALTY_FOR, re.I)


# What gives a reason ("Lower food prices were the biggest reason for the fall"); not "led
# to", which gives what followed ("...its takeover, which led to thousands of deaths"
# came first for "why is russia sanctioned?" over "...sanctions following its invasion").
# ...of them, those that explain the news itself wherever they stand in its article, not
# a clause's own event ("Shops closed because card payments stopped working" is no reason
# Spain lost power; "...kick-off was delayed by an hour because of crowd trouble" none
# Argentina won)
_EXPLAINING = (
    r"\b(?:reasons?|caused by|driven by|pushed by|fanned by|"
    r"(?:set off|triggered|sparked|prompted|fuell?ed) by|"  # "The sell-off was set off by"
    # "The cause of the fire ... was probably an accident" (opening a sentence, not
    # "...early studies on the causes of immunity")
    r"(?-i:^The causes? of)|blamed? (?:it )?on|"
    # "Engineers traced the problem to a single faulty chip"
    r"traced\s+(?:the|its|their)\s+(?:problem|fault|failure|issue|outage|crash|leak|fire)s?\s+"
    r"(?:back\s+)?to|"
    # "Some commentators blamed cloud seeding, which the UAE uses to increase rainfall"
    r"(?<!be )(?<!been )blamed\s+(?!for\b|by\b)|"
    # "Investigators from the National Transportation Safety Board later said that four
    # bolts ... appeared to have been missing" (what they found, not "...have recovered
    # both flight recorders")
    r"investigators?\b[^.;]{0,80}?\b(?:said|say|says|found|find|concluded|determined|"
    r"believed?)\s+(?:that|it)|"
    # ...or that why is not known yet ("Investigators have recovered both flight recorders,
    # which should help explain why the plane lost power"; "It was not clear why...")
    r"explain\s+why|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:clear|known|established)\s+why|"
    r"unclear\s+why|"
    # ...or what the record showed ("Transcripts released by the transport ministry showed
    # that the coast guard plane had not been cleared to enter the runway")
    r"(?:transcripts?|records?|recordings?|footage|evidence|data)\b[^.;]{0,60}?\b"
    r"(?:showed|shows|show|suggested|suggests|revealed|reveals|indicated|indicates)\s+that|"
    # ...or a shortage ("Poor harvests in Ivory Coast and Ghana ... have left the market
    # short of beans for a third year", for "why is cocoa so expensive?"; not "...32
    # short of the 272 needed to govern alone")
    r"(?:left|leaving|leaves)\s+(?:[\w'-]+\s+){1,3}?short\s+of|shortages?\s+of|"
    # "Mayor Luigi Brugnaro said the aim was to discourage day-trippers"
    r"(?:the|its|their|his|her) (?:aim|goal|purpose|idea) (?:is|was|being) to)\b"
    # ...or what made it so ("Scientists said warmer seas ... had made such downpours,
    # known locally as a DANA, heavier"; "...made the heatwave more likely"), not an
    # amount made ("made more than 500 million dollars")
    r"|\b(?:made|making|makes)\s+(?:[\w'-]+,?\s+){1,8}?(?:heavier|worse|stronger|hotter|wetter|drier|"
    r"(?:more|less)\s+(?!than\b)\w+)\b"
)
_EXPLAINS = lazy(_EXPLAINING, re.I)
# Why something failed ("why did voyager stop working?", "why did the door plug fail?"):
# what investigators or engineers found explains it, wherever the first stands
_ASKS_FAILURE = lazy(
    r"\b(?:fail|fails|failed|stop|stops|stopped|crash|crashes|crashed|break|broke|broken|"
    r"collapse|collapsed|blow|blew|blowout|explode|exploded|implode|imploded|went\s+wrong|go\s+wrong|"
    r"malfunction|malfunctioned)\b",
    re.I,
)
# What kept something from being done, which it gives the reason of: "why can't asml sell
# to china?" is told by "The company has been barred by the Dutch government from selling
# its most advanced equipment to China...", "why couldn't planes drop water on the la
# fires?" by "Gusts ... made it impossible for aircraft to drop water in the first hours"
_PREVENTING = (
    r"\b(?:barred|banned|prohibited|forbidden|blocked)\s+(?:by\s+[^.;]{1,60}?\s+)?from\s+\w+ing\b"
    r"|\b(?:made|makes|making)\s+it\s+(?:impossible|difficult|hard|harder|unsafe|too\s+\w+)\s+"
    r"(?:for|to)\b"
)
_PREVENTED = lazy(_PREVENTING, re.I)
# ...and what it made someone do, told after it ("190 of the 300 lawmakers voted ... to
# demand that martial law be lifted, forcing Yoon to back down")
_FORCING = r"\b(?:forcing|prompting|pushing|compelling)\s+(?:[\w'’-]+\s+){1,4}?to\b"
_FORCED = lazy(_FORCING, re.I)
REASON = lazy(
    r"\b(because|due to|owing to|thanks to|as a result of|"
    r"on (?:hopes?|fears?|worries|concerns?) (?:that|of|over|about)|"  # "...on hopes that"
    r"so that|in order to|so as to|(?:is|are|was|were) (?:meant|designed|intended) to|"
    r"in a bid to|in an effort to|aimed at|"
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
    # ...or said of whom it befell ("Altman will return ... five days after its board
    # fired him": "The board ... had said on Friday that Altman \"was not consistently
    # candid in his communications\"")
    r"|\bsaid\s+(?:\w+\s+){0,3}?that\s+(?-i:[A-Z])[\w'’-]+\s+[\"“]?(?:was|were|had)\s+"
    r"(?:not|never)\b"
    # ...or talks that failed ("The GDL union called the walkout after talks with Deutsche
    # Bahn broke down over its demand to cut the working week")
    r"|\bafter\s+(?:\w+\s+)?(?:talks|negotiations)\b[^.;]{0,60}?\b(?:broke\s+down|"
    r"collapsed|failed|stalled)\b|\bover\s+(?:its|their|his|her|a|the)\s+demands?\s+(?:for|to|that)\b"
    # ...or what kept it from being done (_PREVENTING), or made it be (_FORCING)
    rf"|{_PREVENTING}|{_FORCING}"
    # ...or what a penalty was for ("...upheld a 2.4 billion euro fine against Google for
    # abusing its dominance", "...sentenced to 25 years in prison for stealing")
    rf"|{_PENALTY_FOR}|{_EXPLAINING}",
    re.I,
)


def reason_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks why (and says no reason itself), the
    first of its first DEFAULT_TOP that gives a reason (REASON) and is WHY_NEAR as
    relevant as the first, else, after an article's opening, the sentence after it that
    gives one, put first: news says what happened first and why after, in
    fewer of the question's words ("why did inflation fall?" quoted "Inflation in
    Britain fell to 2 percent..." before "Lower food prices were the biggest reason for
    the fall", 0.4 as relevant)."""
    if not asks_why(question):
        return ranked
    return _titled_reason_first(index, query, _reason_told_first(index, question, ranked, query))


def _reason_told_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None
) -> list[Ranked]:
    """``ranked`` with, of its first DEFAULT_TOP, the first giving a reason of what is
    asked (one explaining the news, or a clause's own where what it explains holds a word
    asked: ``_explained``) and WHY_NEAR as relevant, else, asked what caused it, an
    opening giving one, else (and before one of another article) the one after an
    opening giving one, the first's or, where the first is no opening, another article's
    nearly as relevant, else one further down explaining it, first (``reason_first``)."""
    kept = holding_as_much(index, question, ranked)
    # (its words and those it carries, by any of their terms: "climbed" for "rise")
    asked = (
        {t for w in query.words for t in w.alternatives}
        if query
        else set(index.analyzer.analyze(question))
    )

    done_after = _done_after(index, question, query)

    def gives(text: str) -> bool:  # ...of what is asked: a clause's own reason explains
        # what the words before it say ("Switzerland hosted because Nemo won last year's
        # contest" gives none why Austria won; "The cryptocurrency has climbed ... on hopes
        # that..." why bitcoin rose)
        if _EXPLAINS.search(text) or (done_after is not None and done_after(text)):
            return True
        # (what one was made to do, by two words asked at least: "...forcing Yoon to back
        # down" tells why Yoon backed down, not why he declared martial law)
        return any(
            len(asked & set(index.analyzer.analyze(_explained(text, m))))
            > (1 if _FORCED.match(text, m.start()) else 0)
            for m in REASON.finditer(text)
        )

    place = first_telling(index, kept, gives, DEFAULT_TOP, WHY_NEAR)
    if place < 0 and _ASKS_CAUSE.search(question):
        # ...else, asked what caused it, an article's opening giving a reason gives that of
        # its news, which is what is asked ("what caused the red sea crisis?": "Maersk and
        # Hapag-Lloyd said ... they would keep sending their container ships around the
        # Cape of Good Hope after Houthi rebels in Yemen fired missiles...", not "Insurers
        # have raised war-risk premiums for ships crossing the Red Sea..."); not before one
        # giving the reason of what is asked ("what caused the houthi attacks?": "The
        # Houthis say they are targeting ships ... in protest at the war in Gaza")
        openings = {index.passages.text(r.number) for r in kept if _opens(index, r.number)}

        def opening_gives(text: str) -> bool:
            return text in openings and bool(REASON.search(text))

        place = first_telling(index, kept, opening_gives, DEFAULT_TOP, WHY_NEAR)
    article = index.passages.article
    # ...of another article, where the opening first is followed by its own ("why was he
    # fired" after "what happened at openai": not the Los Angeles fires' "The cause of the
    # fires is still under investigation")
    other = place > 0 and article[kept[place].number] != article[ranked[0].number]
    if other and (after := _after_opening(index, ranked)) is not None:
        return after
    ranked = moved_first(ranked, kept[place]) if place > 0 else ranked
    if not ranked or REASON.search(index.passages.text(ranked[0].number)):
        return ranked
    top = ranked[0]
    opening = _opens(index, top.number)
    if not opening:
        # ...or the reason after the opening of another article nearly as relevant, saying
        # as much of what is asked (``kept``) ("why did inflation fall?": "Lower food
        # prices were the biggest reason...", not the Bank of England's "...inflation ...
        # was expected to peak at 4 percent in September before falling", nor the lede
        # telling the fall). Not its own article's: the rest of it explains what its
        # opening tells ("why did it take so long?" after Voyager 1's repair: "A signal ...
        # takes about 22.5 hours to arrive"); nor of less of what is asked ("why did the
        # solar panels fail?": not "Critics blamed the high share of solar power...")
        own, least = index.passages.article[top.number], TIMED_NEAR * top.relevance
        for r in kept:
            other = index.passages.article[r.number] != own and r.relevance >= least
            if other and _opens(index, r.number) and (after := _reason_after(index, r.number)) >= 0:
                return first_as_sure_as(ranked, top, after)
    if not opening and query is not None and _asks_of_title(index, query, top.number):
        # ...or, following up its news by words of its own its title says, the reason
        # after its article's opening ("cocoa | why are prices so high?", under "Chocolate
        # prices climb as cocoa hits a record high": "Poor harvests in Ivory Coast and
        # Ghana...", not Hershey's "...shoppers should expect higher prices"; not "why did
        # it take so long?" after Voyager 1's repair, nor "why does that matter for nvidia")
        after = _reason_after(index, index.span_of(top.number).start)
        if after >= 0:
            return first_as_sure_as(ranked, top, after)
    if not opening and not _ASKS_FAILURE.search(question):
        return ranked
    if opening and (after := _after_opening(index, ranked)) is not None:
        return after
    # ...the first of its article's first LEDE_REACH sentences giving one, however far,
    # asked what caused the news the opening tells ("what caused the valencia floods?":
    # "Scientists said warmer seas in the Mediterranean had made such downpours ...
    # heavier", the sixth, holding no word asked); asked why, one explaining the news
    # (_EXPLAINS: "why is venice charging tourists?": "Mayor Luigi Brugnaro said the aim
    # was to discourage day-trippers...", the fifth; not "Parents and children will not
    # be punished for breaking the rules" for "why did australia ban social media?");
    # past the opening, only asked why something failed, and only what explains the news
    # ("why did voyager stop working?": "Engineers traced the problem to a single faulty
    # chip...", not "The engineers ... said they would next work to restore...")
    gives = REASON if opening and _ASKS_CAUSE.search(question) else _EXPLAINS
    span = index.span_of(top.number)[:LEDE_REACH]
    told = told_first(ranked, top, span, lambda n: gives.search(index.passages.text(n)))
    return told or ranked


def _asks_of_title(index: Index, query: Query, number: int) -> bool:
    """Whether ``query`` follows one up with words of its own, each of which the title of
    passage ``number``'s article says (by any of its terms)."""
    words = [w for w in query.own_words if w.alternatives]
    if query.own <= 0 or not words:
        return False
    title = title_ids(index, number)
    return all(term_ids(index, w.alternatives) & title for w in words)


def _after_opening(index: Index, ranked: list[Ranked]) -> list[Ranked] | None:
    """``ranked`` with, where its first is its article's opening, the first of the
    REASON_AFTER sentences after that gives a reason first: the news says the why after
    the what, naming it no more ("why is nvidia worth so much?": "Nvidia became the
    world's most valuable..." then "...driven by demand for..."); None for none."""
    top = ranked[0]
    if not _opens(index, top.number):
        return None
    after = _reason_after(index, top.number)
    return first_as_sure_as(ranked, top, after) if after >= 0 else None


def _opens(index: Index, number: int) -> bool:
    """Whether passage ``number`` is its article's opening (paragraph 1, sentence 1)."""
    column = index.passages.column
    return bool(column("paragraph")[number] == 1 and column("sentence")[number] == 1)


def _reason_after(index: Index, number: int) -> int:
    """The first of the REASON_AFTER sentences after passage ``number`` giving a reason
    (REASON), -1 for none ("why did inflation fall in britain?": the third)."""
    after = number
    for _ in range(REASON_AFTER):
        after = sentence_after(index, after)
        if after < 0:
            return -1
        if REASON.search(index.passages.text(after)):
            return after
    return -1


# Where a title gives the reason for its news: "Chocolate prices climb as cocoa hits a
# record high", "Assad flees to Moscow as rebels take Damascus"; not a time ("reopens five
# years after fire", "lifts martial law hours after declaring it", "sends data again after
# five months of gibberish"), nor what one is named as ("elect Robert Prevost as Pope Leo
# XIV": a name each side of "as").
_TITLE_REASON = lazy(r"\s+(as|after|amid|because\s+of|because|over)\s+", re.I)
_TIMES = r"(?:minutes|hours|days|weeks|months|years)"
_TIME_BEFORE = lazy(rf"\b{_TIMES}$", re.I)
_TIME_AFTER = lazy(rf"(?:[\w-]+\s+)?{_TIMES}\b", re.I)


# "Why did ftx collapse?": why X did something, X of one to three words, the verb last
_ASKS_WHY_DONE = lazy(
    r"^\W*why\s+(?:did|has|have|had)\s+(?:the\s+)?(?P<doer>(?:[\w'’-]+\s+){1,3}?)"
    r"(?P<verb>[a-z]+)\W*$",
    re.I,
)
# ...which what happened just before it tells, written after the deed ("FTX collapsed in
# November 2022 after customers rushed to withdraw their money")
_AFTER = lazy(r"\s(?:after|when)\s+\w", re.I)


def _done_after(index: Index, question: str, query: Query | None) -> Callable[[str], bool] | None:
    """Whether a text writes what ``question`` asks why X did (_ASKS_WHY_DONE) as done,
    X before the verb in the past, and then what happened just before (_AFTER): a reason
    of the deed itself, where "...presumed dead after rescuers ended their search" gives
    none why the bridge fell. None where it asks nothing so."""
    asked = _ASKS_WHY_DONE.match(question)
    verb = own_word(query, asked["verb"].lower()) if asked and query is not None else None
    if verb is None:
        return None
    by = {t for w in own_words_in(query, asked["doer"]) for t in w.alternatives}
    if not by:
        return None
    did = set(verb.alternatives)

    def tells(text: str) -> bool:
        end = deed_end(index, by, did, text, past=True)
        return end >= 0 and bool(_AFTER.search(text, end))

    return tells


def _explained(text: str, reason: re.Match[str]) -> str:
    """What ``reason`` (a match of REASON in ``text``) gives the reason of: the words
    before it, and a penalty's own ("...upheld a 2.4 billion euro fine against Google",
    before "for abusing its dominance"); opening the sentence, those after its clause
    ("Because oil was priced in dollars, oil producers' real income decreased"); what was
    kept from being done, from it on ("...has been barred ... from selling its most
    advanced equipment to China": _PREVENTING), or made to be ("...forcing Yoon to back
    down": _FORCING)."""
    if _PREVENTED.match(text, reason.start()) or _FORCED.match(text, reason.start()):
        return text[reason.start() :]
    if not text[: reason.start()].strip(" \"'“‘("):
        return text[text.find(",", reason.end()) + 1 :] if "," in text[reason.end() :] else ""
    penalty = _PENALTY.match(text, reason.start())
    end = reason.start() + reason.group().rfind(" for ") if penalty else reason.start()
    return text[:end]


def _titled_reason_first(index: Index, query: Query | None, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where its first passage's article is titled with what the
    question asks why of, then a reason (``_title_reason``), and the first, not the
    article's opening, neither gives a reason of what is asked nor holds a word of the
    title's, the opening where it holds one, else the first sentence of the article
    holding most, put first, as sure as the first: "why is chocolate so
    expensive?" is told by "The price of cocoa passed 10,000 dollars a tonne..." (the
    title: "...as cocoa hits a record high"), not by "Farmers have seen little of the
    gain, because Ghana and Ivory Coast fix the price paid to growers...", the reason for
    something else."""
    if query is None or not ranked:
        return ranked
    asked = [w for w in query.own_words if w.alternatives and not is_light(index.analyzer, w)]
    top = ranked[0].number
    text = index.passages.text(top)
    said = set(index.analyzer.analyze(text))
    span = index.span_of(top)
    if not asked or top == span.start:  # the opening tells the news the title gives
        return ranked
    if REASON.search(text) and all(said & w.alternatives.keys() for w in asked):
        return ranked  # "Intel ... would cut ... jobs, as the chipmaker tries to save..."
    # (of the words a follow-up carries too: "why is it so expensive?" after "cocoa" asks
    # no reason of "Chocolate prices climb as cocoa hits a record high": its reason is
    # cocoa's news)
    carried = [w for w in query.carried_words if w.alternatives]
    because = _title_reason(index, index.info_of(top).title, asked + carried)
    # ...the first giving it where it holds half its words or more (not "...shoppers
    # should expect higher prices" for "...as cocoa hits a record high")
    if not because or 2 * sum(terms <= said for terms in because) >= len(because):
        return ranked
    held = [
        sum(t <= set(index.analyzer.analyze(index.passages.text(n))) for t in because) for n in span
    ]
    # the opening where it holds one ("...over a rapidly spreading outbreak of mpox", for
    # "...as new strain spreads"), else the one holding most
    chosen = 0 if held[0] else held.index(max(held))
    return sure_first(ranked, ranked[0], span[chosen]) if held[chosen] else ranked


def _title_reason(index: Index, title: str, asked: list[Word]) -> list[set[str]]:
    """The terms of each word of the reason ``title`` gives for its news, where the news
    holds each of the words ``asked`` and the reason none: what a question asks why of
    (``_TITLE_REASON``); none where it gives none so."""
    for cue in reversed(list(_TITLE_REASON.finditer(title))):
        news, reason = title[: cue.start()], title[cue.end() :]
        named_as = cue.group(1).lower() == "as" and news.split()[-1][:1].isupper()
        if (
            _TIME_BEFORE.search(news)
            or _TIME_AFTER.match(reason)
            or (named_as and reason[:1].isupper())
        ):
            continue
        told = set(index.analyzer.analyze(news))
        because = [terms for w in reason.split() if (terms := _terms_of(index, w))]
        if all(told & w.alternatives.keys() for w in asked) and not any(
            set(w.itself) & terms for w in asked for terms in because
        ):
            return because
    return []


def _terms_of(index: Index, word: str) -> set[str]:
    """The terms a title's ``word`` is written by in a sentence: its own, or all of
    those of the words an abbreviation stands for ("AI": artificial, intelligence)."""
    spelled = ABBREVIATIONS.get(word.lower().strip("'’s"))
    return set(index.analyzer.analyze(spelled.split("|")[0] if spelled else word))
