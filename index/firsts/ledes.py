"""An article's opening first, for a question naming one thing alone (lede_first)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..asked import ASKS_DECIDED, DECIDED, is_year
from ..asked_amounts import AREA
from ..chat import HOW_GRAVE, HOW_IT_WORKS, IT_APPLIES, NOW_UNITS, VAGUE, result_asked
from ..defining import is_role
from ..index import Index
from ..names import SMALL_WORDS
from ..patterns import lazy
from ..query import Query, Word
from ..ranking import Ranked, numbers_of
from ..seeming import (
    is_light,
    names_country_or_people,
    term_ids,
    title_ids,
    titles_holding,
    written_as_name,
)
from .placing import (
    DEFAULT_TOP,
    FULL_COVERAGE,
    LEDE_REACH,
    WORDS,
    moved_first,
    nearly_first,
    sentence_before,
    sure_first,
    tells_number,
    terms_meant,
)

# What a question naming one thing alone says around it (lowercase words; "what's the
# latest on X" as asks_latest leaves it, "what's on X"; "who went to Russia?": who the
# news opens with, as named.py's _named_after names them).
_TOPIC = lazy(
    r"(?:(?:and|so|hey|hi|hello|yo|ok|okay) ){0,2}"  # "ok so what happened with X"
    r"(?:(?:can|could|would) (?:you|someone|somebody|anyone|anybody) (?:please )?)?"
    r"(?:(?:(?:tell me(?: more| something| a bit| a little)?|what about|how about|anything"
    r"|any news|news|info|information|updates?|any updates?|what do you know|what s new"
    r"|what (?:should|do) i (?:need to )?know"  # "what should i know about"
    # "i want to know about wegovy" ("want" is chat.VAGUE: "i to know about")
    r"|i (?:d |would )?(?:(?:want|wanna|like) )?(?:to )?(?:know|learn|hear)"
    # "do you know anything about pogacar?"
    r"|do you know(?: anything| something| much)?"
    # "give me the latest on tariffs" (recency.py reads "the latest": "give me on")
    r"|give me(?: (?:some|more|the))?(?: (?:info|information|updates?|something))?)"
    r" (?:about|on|with|"
    r"regarding|for|from)"
    r"|(?:what s|whats|what is) (?:going on|happening|up|new) (?:with|in|to|at)"
    # ("story" is a chat.VAGUE word, left out of what is matched here)
    r"|(?:what s|whats|what is) the (?:(?:deal|story) )?with"
    r"|what (?:has )?happened (?:in|to|with|at|on|during)"
    r"|(?:what s|whats|what is) (?:on|about|with|in|from)"
    r"|who (?:went|goes|has gone|is going|came|comes|has come) to|(?:what|how) about"
    r"|explain|describe|summari[sz]e"  # "explain martial law in south korea"
    r"|(?:catch|fill|brief|update) (?:me|us) (?:(?:up|in) )?(?:on|about|with)"
    # "was there an earthquake in chile?", "is there a vaccine?": whether it happened
    r"|(?:was|is|were|are|has|have) there (?:been )?(?:an?|any|some)(?: (?:in|at|on))?"
    # ...and asked for the article itself, its words left out (chat.NEWS_WORDS: "is there
    # an article about the eclipse?", "which article talks about cocoa?", "can you find the
    # article about nvidia?"), or to look it up ("look up the venice fee", "what have you
    # got on the door plug?")
    r"|(?:is|are) there (?:an?|any) (?:about|on)|which (?:talks|tells|is) about|the about"
    r"|(?:look )?up|what have you(?: got)?(?: (?:on|about))?"
    r"|about|on|regarding|in|with|from) )?"  # (what "any news" leaves: recency.py)
    r"(?:the )?"
    r"(?:(?:exactly|again|please|pls) )?"  # "what happened with crowdstrike exactly"
)
# ...asked to be told about, in so many words ("tell me about deepseek"; not a name alone)
_TOLD_ABOUT = lazy(
    r"(?:tell me(?: something| a bit| a little)?|what do you know|info|information|anything"
    r"|any news|news|what (?:should|do) i (?:need to )?know) "
    r"(?:about|on|regarding) (?:the )?"
)
# "What did the bank of england do?", "what has intel done?", "how is asml doing?": what it
# did is the news (not "what did the loser do?", which asks of someone by a role).
_DID = lazy(
    r"what (?:did|does|has|have) (?:the )?(?:do|done) |how (?:is|are|s) (?:the )?doing "
    r"|how (?:did|does|has|have) (?:the )?(?:do|done) "  # "how did asml do?"
    r"|what (?:is|are|s|was|were) (?:the )?doing "  # "what is venice doing?"
    r"|what (?:is|are|s|was|were) (?:the )?(?:all )?about "  # "what's the venice fee about?"
)
# ...asked of what the answer before was about: "what does it do?", "how are they doing?"
_DID_BACK = lazy(
    r"\W*(?:what|how)\s+(?:did|does|do|has|have|is|are|was|were)\s+(?:it|they|he|she)"
    r"\s+(?:do|done|doing)\W*",
    re.I,
)
# ...or what it is, where nothing says so ("what is it?" after "vision pro": the news of
# "Apple's Vision Pro headset...", not "Apple plans to sell the Vision Pro in other
# countries later in the year")
_WHAT_IS_BACK = lazy(r"\W*what(?:\s+(?:is|are)|\s?['’]s)\s+(?:it|they|that|this)\W*", re.I)
# ...or what happened, asked alone of it ("what happened?" after "crowdstrike": the news,
# "A faulty software update from ... CrowdStrike crashed...", not "CrowdStrike's shares
# fell 11 percent on Friday", the shortest sentence naming it)
_HAPPENED_BACK = lazy(
    r"\W*(?:so\s+|and\s+)?what(?:\s+(?:happened|has\s+happened|went\s+on)"
    r"|(?:\s+is|\s*['’]?s)\s+(?:going\s+on|happening))(?:\s+(?:there|here|exactly))?\W*",
    re.I,
)
# "When did the eclipse happen?", "when was the coup?": when it happened is the news too
# ("...will not happen until 2044", of the next eclipse, came first).
_WHEN = lazy(
    r"when (?:did|does) (?:the )?(?:happen|occur|take place) |when (?:was|were|is) (?:the )?"
)
# "How big was google's fine?", "how big is the jasper fire?": how big it is is the news
# as well, where the opening writes a number ("...upheld a 2.4 billion euro ($2.7
# billion) fine against Google..." came third, after the 4.1 billion euro fine of another
# case)
_HOW_BIG = lazy(r"how (?:big|large|bad|serious) (?:is|was|are|were) (?:the )?")
# ...and, where no sentence says what it is (defining.py), what asks what it is: "what is
# the vision pro?" is told by the news opening with it, not by "Apple plans to sell the
# Vision Pro in other countries..."
_WHAT_IS = lazy(r"(?:what|who) (?:is|are|s) (?:the |a |an )?")  # not "what was the..."
_WON = frozenset({"won", "wins", "win"})
# "Which rider won...?", "which team wins...": the kind of the winner asked for (not
# "which road flooded in dubai?", which "Cars were abandoned on flooded roads, including
# the main Sheikh Zayed Road" tells by the kind's word)
_WHICH_KIND = lazy(rf"\W*which\s+([a-z]+)\s+(?:{'|'.join(sorted(_WON))})\b", re.I)
_LOST = frozenset({"lose", "loses", "lost"})
# What asks whether one won or lost ("did the eagles win?"), or how ("how did the eagles
# win?"): the news of it, not "It was the Eagles' second Super Bowl title, after their
# win over the New England Patriots in 2018"
_DID_ONLY = lazy(r"(?:how )?(?:did|does|do|has|have) (?:the )*")
# Whether one won or lost, which the news of who won tells whoever is asked of (lede_first
# puts it first; not "Protesters ... called for Israel to be banned from the contest")
_ASKS_IF_WON = lazy(r"\W*(?:did|does|do|has|have|will)\b.*\b(?:win|won|lose|lost)\b", re.I)


def won_asked_of_country(index: Index, question: str, query: Query, title: set[int]) -> bool:
    """Whether ``question`` asks whether one won or lost (_ASKS_IF_WON) and its own words
    its article's ``title`` lacks all name a country or its people ("did israel win
    eurovision?", not "did spain lose any games?", whose games a sentence counts)."""
    if not _ASKS_IF_WON.match(question):
        return False
    others = [
        w
        for w in query.own_words
        if (terms := terms_meant(index, w)) and not term_ids(index, terms) & title
    ]
    return bool(others) and all(names_country_or_people(index.analyzer, w.written) for w in others)


# A subject's results or outcome asked alone ("india election results", "the result of the
# romanian election"): the news of it, which need not say "result" ("Indian Prime
# Minister Narendra Modi claimed victory...", not "The BJP's biggest setback came in...")
_RESULT_WORDS = frozenset({"result", "results", "outcome"})
_RESULTS = lazy(
    r"\W*(?:what\s+(?:were|was|are|is)\s+)?(?:the\s+)?(?:(?P<topic>(?:[\w'’-]+\s+){1,4}?)"
    r"(?:results?|outcome)|(?:results?|outcome)\s+of\s+(?P<of>(?:the\s+)?(?:[\w'’-]+\s*){1,4}))"
    r"\W*",
    re.I,
)
# "Who won?" following one up (the news of the win: lede_first, own_first)
WON_BACK = lazy(r"\W*who\s+(?:won|wins|has\s+won|is\s+winning)(?:\s+it)?\W*", re.I)
# "What went wrong with the japanese lander?": where none of the first says a problem,
# the news of it ("...its lander's solar cells were not generating electricity", not
# "JAXA said the lander was running on its battery"; "Engineers traced the problem to a
# single faulty chip" tells it of Voyager)
_WRONG = frozenset({"wrong"})
_WRONG_ASKED = lazy(
    r"\W*what(?:\s+(?:went|goes|has\s+gone|is|was)|\s?['’]?s)\s+wrong\s+(?:with|on|at|in|for)\s.*",
    re.I,
)
_WORK = frozenset({"work", "works", "worked"})
_WORKS_ASKED = lazy(
    r"\W*(?:does|did|do|will|would|can|is|are)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:work|works|worked|working)\W*",
    re.I,
)
_OWNED_WORD = lazy(r"\w+(?:['’]s\b)?")  # "chile's" as one, to leave out with Chile


def _opens_with(index: Index, ranked: list[Ranked], words: Sequence[Word]) -> bool:
    """Whether the first of ``ranked`` opens with one of ``words`` (by any of its terms)."""
    if not ranked:
        return False
    tokens = index.analyzer.tokens(index.passages.text(ranked[0].number))
    return bool(tokens) and any(tokens[0].term in w.alternatives for w in words)


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
    result_back = result_asked(question)  # (before "the result" is read as a topic's)
    if results := _RESULTS.fullmatch(question):  # "india election results": its news
        question = (results["topic"] or results["of"]).strip()
        words = [w for w in words if w.written.lower() not in _RESULT_WORDS] or words
    applies = IT_APPLIES.fullmatch(question) is not None  # (asked of its own or following)
    # ...or, following one up, asks what it did ("what did it do?" after "wegovy"), what
    # happened or its result ("what was the result?" after "romania": the opening's "Nicusor
    # Dan ... won Romania's presidential run-off...", not "Dan promised to keep Romania...")
    back = query.own == 0 and (
        _DID_BACK.fullmatch(question) is not None
        or _HAPPENED_BACK.fullmatch(question) is not None
        or result_back
        or HOW_GRAVE.fullmatch(question) is not None  # "how bad is it?": the news
        or applies  # "who does it apply to?": the news
    )
    # ...or whether it works ("does it work?" after "tell me about wegovy": the news of
    # what it did, not "The trial was paid for by Novo Nordisk...")
    back = back or (query.own == 0 and _WORKS_ASKED.fullmatch(question) is not None)
    # ...or what it is, where nothing says so and the first does not open with it ("Mpox
    # spreads through close contact... and causes fever" tells what mpox is)
    back = back or (
        query.own == 0
        and not defined
        and _WHAT_IS_BACK.fullmatch(question) is not None
        and not _opens_with(index, ranked, query.carried_words)
    )
    # ...or who won ("who won?" after "super bowl": the news of the win, not "It was the
    # Eagles' second Super Bowl title, after their win over the New England Patriots")
    won_back = query.own >= 0 and WON_BACK.fullmatch(question) is not None
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
    wrong = _WRONG_ASKED.fullmatch(question) is not None and not _problem_told(index, words, ranked)
    if wrong:
        words = [w for w in words if w.written.lower() not in _WRONG] or words
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
            inside += [w for w in WORDS.findall(word) if w not in VAGUE and not is_year(w)]
            continue
        # a small word between two of its words is the name's ("the bank of england")
        if not (seen and set(inside) <= set(SMALL_WORDS)):
            rest += inside
        inside, seen = [], True
    around = "".join(w + " " for w in rest + inside)
    # not asked of a role ("the loser", "the lenders"), save a country's ("what did south
    # korea's president do?": the news its title says of him, not "The United States,
    # South Korea's main ally, said...")
    # ...and whom it applies to ("who does the venice fee apply to?": "Venice began
    # charging day visitors...", not "Some residents protested, saying the fee...")
    # ...and how it works ("how does the vision pro work?": chat.HOW_IT_WORKS)
    did = back or applies or (_DID.fullmatch(around) is not None and _not_of_role(index, words))
    did = did or (HOW_IT_WORKS.fullmatch(question) is not None and _not_of_role(index, words))
    # ...and what it decided is too ("what did the court decide?": "The European Union's
    # top court on Tuesday upheld a 2.4 billion euro ($2.7 billion) fine...", not '"We are
    # disappointed with the decision of the court," a Google spokesperson said')
    decided = [w for w in words if w.written.lower() in DECIDED]
    undecided = [w for w in words if w.written.lower() not in DECIDED]
    if decided and undecided and ASKS_DECIDED.fullmatch(question):
        # ...of what it named too ("...decide about google?"), save where the first writes
        # the verb ("what did the court rule about google?": "...dismissed Google's final
        # appeal, ruling that...", not a "decision" a spokesperson spoke of)
        verb = decided[-1]
        if verb is words[-1] or not _writes_verb(index, verb.written, ranked[0].number):
            did, words = True, undecided
    sized = _HOW_BIG.fullmatch(around)
    # "who won the super bowl?": who won is the news ("...beat the Kansas City Chiefs 40-22
    # ... to win the Super Bowl", not "It was the Eagles' second Super Bowl title, after
    # their win over the New England Patriots in 2018")
    won = around == "who " and words[0].written.lower() in _WON
    # ...and which one of a kind won ("which team won the copa america?": "Argentina beat
    # Brazil 4-3 on penalties to win the Copa America final...", not "It is Argentina's
    # third major title in a row, after the 2021 Copa America...", nor, for its "team",
    # "Coach Lionel Scaloni said the team had..."), the kind aside
    if around == "which " and len(words) > 2 and words[1].written.lower() in _WON:
        won, words = True, words[1:]
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
        or wrong
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
        titled = _titled_anywhere_first(index, ranked, words)
        return titled if titled is not ranked else _earliest_first(index, ranked, words)
    gist = bool(_TOPIC.fullmatch(around) or did or wrong)
    if not places.size and not won:
        titled = _titled_opening_first(index, ranked, words)
        if titled is ranked and gist:  # "india election results": no opening among the
            # ten, and a title naming neither ("Modi claims third term..."): the one
            # article's opening, saying "Indian"
            opened = _one_article_opening_first(index, ranked, words)
            if (
                opened is ranked
                and (not around or back)
                and _thing_written(index, words, ranked[0])
            ):
                # ...else, a thing's name alone, the sentence naming it first ("door plug":
                # "The plane was climbing through about 16,000 feet when the panel, known
                # as a door plug, tore away...", not "The door plug was found two days
                # later..."); not one the corpus writes otherwise ("cycling": "rider"), nor
                # a name written capitalised, which the sentence saying it most tells
                return _earliest_first(index, ranked, words)
            return opened
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
    if sized:  # ...writing how big: an area, where one of its article's among the first
        # does ("how big is the jasper wildfire?": "...grew to more than 36,000 hectares",
        # not the opening's "About 25,000 residents and visitors were ordered to leave")
        texts = [index.passages.text(int(n)) for n in numbers]
        article = index.passages.article[numbers]
        areas = {int(a) for a, text in zip(article, texts, strict=True) if AREA.search(text)}

        def writes_size(place: int) -> bool:
            text = texts[place]
            if int(article[place]) in areas:
                return AREA.search(text) is not None
            return tells_number(set(), text)

        places = places[np.array([writes_size(int(p)) for p in places], dtype=bool)]
    if not places.size:
        if won:
            opened = _won_opening(index, words, ranked, numbers, first_places)
            if opened is ranked and won_back:  # "who won?" after "chess championship":
                # the news of the win ("India's Gukesh Dommaraju became the youngest world
                # chess champion...", writing no "won"), not "The 18-year-old won 7.5
                # points to 6.5...", naming no one
                return sure_first(ranked, ranked[0], index.span_of(ranked[0].number).start)
            return opened
        if not gist:
            return ranked
        # ...the first's article's opening where its title says them ("what did the court
        # decide?": "EU court upholds..."), as where no opening ranked
        titled = _titled_opening_first(index, ranked, words)
        return titled if titled is not ranked else _one_article_opening_first(index, ranked, words)
    first = int(places[_most_about(index, numbers[places], said)])
    if first == 0:
        return ranked
    return [ranked[first], *ranked[:first], *ranked[first + 1 :]]


def _problem_told(index: Index, words: Sequence[Word], ranked: list[Ranked]) -> bool:
    """Whether one of the first DEFAULT_TOP of ``ranked`` holds what the question's
    "wrong" reads as (a problem, a failure)."""
    wrong = [w for w in words if w.written.lower() in _WRONG]
    numbers = numbers_of(ranked, DEFAULT_TOP)
    return any(index.bm25.holding(w.alternatives, numbers).any() for w in wrong)


# "What happened at X?" asks X's news and nothing of it: the opening lede_first puts first
# stands ("what happened on the starship test?": "SpaceX caught the first stage...", not
# "It was the fifth test flight of Starship...", holding the word the title lacks)
_ASKS_NEWS = lazy(r"\W*what\s+(?:has\s+)?happened\s+(?:in|to|with|at|on|during)\s", re.I)


def winner_kind(question: str) -> str:
    """The kind of winner "which X won?" asks for ("rider" of "which rider won the tour
    de france?"), "" where it asks none: what is answered, no word asked of the win
    (``focus.focused_first``; ``lede_first`` reads the words so)."""
    found = _WHICH_KIND.match(question)
    return found[1] if found else ""


def asks_news(question: str) -> bool:
    """Whether ``question`` asks what happened at or to what it names (``_ASKS_NEWS``), or
    what it decided (``ASKS_DECIDED``): the opening lede_first put first stands."""
    return _ASKS_NEWS.match(question) is not None or ASKS_DECIDED.fullmatch(question) is not None


# Kinds of event a question names its subject's by ("the starship test", "the final")
EVENTS = frozenset(
    "test tests launch flight trip visit match game final race event incident summit meeting"
    " ceremony".split()
)


def _writes_verb(index: Index, verb: str, number: int) -> bool:
    """Whether passage ``number`` writes a form of ``verb`` ("ruling", "ruled" of "rule"),
    not a noun of another spelling ("decision" of "decide")."""
    verb = verb.lower()
    root = verb[:-2] if verb.endswith("ed") else verb.removesuffix("e")
    return any(
        t.word.lower().startswith(root) for t in index.analyzer.tokens(index.passages.text(number))
    )


def _says_itself(index: Index, words: Sequence[Word], said: set[int]) -> bool:
    """Whether the term ids ``said`` hold each of ``words`` itself (not a synonym:
    "atomic" says no "nuclear"); of words read from one ("heatwave": heat, wave), one."""
    groups: dict[int, list[Word]] = {}
    for n, w in enumerate(words):
        groups.setdefault(w.together if w.together >= 0 else -1 - n, []).append(w)
    return all(any(term_ids(index, w.itself) & said for w in group) for group in groups.values())


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
    tells whole, unless the opening says them all as well, each itself, or all but the
    kind of event they name (``EVENTS``)."""
    article = index.passages.article
    top = ranked[0]
    if len({int(article[r.number]) for r in ranked[:DEFAULT_TOP]}) != 1:
        return ranked
    opening = index.span_of(top.number).start
    terms = [term_ids(index, w.alternatives) for w in words]
    first = set(index.docs.terms_of(top.number).tolist())
    said = set(index.docs.terms_of(opening).tolist()) | title_ids(index, opening)
    if opening == top.number:
        return ranked
    # ...also where the first says them all, if the opening says all but the kind of event
    # they name ("what happened on the starship test?": "SpaceX caught the first stage of
    # its Starship rocket...", not "It was the fifth test flight of Starship...")
    named = [ids for ids, w in zip(terms, words, strict=True) if w.written.lower() not in EVENTS]
    if len(named) < len(terms) and all(ids & said for ids in named):
        return sure_first(ranked, top, opening)
    if all(ids & first for ids in terms):  # ...unless the opening says them all too: news
        # opens with its gist ("the heatwave at the hajj": "More than 1,300 people died
        # during this year's hajj pilgrimage..., most of them in extreme heat", not
        # "Scientists have warned that the hajj will increasingly take place in dangerous
        # heat...")
        return sure_first(ranked, top, opening) if _says_itself(index, words, said) else ranked
    # ...saying as many of them as the first ("what happened to japan's earlier moon
    # attempts?": "Japan's two earlier attempts to reach the lunar surface..." says three,
    # the opening two)
    if sum(bool(ids & said) for ids in terms) < max(1, sum(bool(ids & first) for ids in terms)):
        return ranked
    return sure_first(ranked, top, opening)


def _not_of_role(index: Index, words: Sequence[Word]) -> bool:
    """Whether ``words`` name no role ("the loser", "the lenders"; "sinner" is a name),
    or a country's too ("south korea's president")."""
    written = [w.written.lower() for w in words]
    if not any((is_role(w) or is_role(w[:-1])) and not written_as_name(index, w) for w in written):
        return True
    return any(names_country_or_people(index.analyzer, w) for w in written)


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
    return sure_first(ranked, top, opening)


def titled_news_first(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with the opening of the first passage's article first, as sure as the
    first, where words of ``query``'s own that the first lacks only that article's title
    holds (no sentence of it) and the opening holds each word of ``query`` the first
    holds: what its title says, its opening tells ("what record did cocoa hit?", under
    "Chocolate prices climb as cocoa hits a record high", quoted "Some chocolate makers
    are testing recipes that use less cocoa...", not "The price of cocoa passed 10,000
    dollars a tonne ... for the first time")."""
    if not ranked:
        return ranked
    top = ranked[0]
    span = index.span_of(top.number)
    if span.start == top.number:
        return ranked
    first, opening = np.array([top.number]), np.array([span.start])
    numbers = np.arange(span.start, span.stop)
    lacking = []
    for w in query.words:
        if not w.alternatives or (w.written and is_light(index.analyzer, w)):
            continue
        if index.bm25.holding(w.alternatives, first)[0]:
            if not index.bm25.holding(w.alternatives, opening)[0]:
                return ranked  # the first says what the opening does not
        elif w.written and not w.asks:
            if index.bm25.holding(w.alternatives, numbers).any():
                return ranked  # ...a sentence of it says it: that one tells it
            lacking.append(term_ids(index, w.alternatives))
    if not lacking or not titles_holding(index, lacking, first)[0]:
        return ranked
    return sure_first(ranked, top, span.start)


# "...this year?" closing a question: now, not what it asks of (chat.asks_bot)
_THIS_NOW = lazy(rf"\s+this\s+(?:{'|'.join(sorted(NOW_UNITS))})\W*$")


def _titled_anywhere_first(
    index: Index, ranked: list[Ranked], words: Sequence[Word]
) -> list[Ranked]:
    """``ranked`` with, where the first's article's title lacks one of ``words`` (a term
    of its own) and one other article's title holds them all, that article's opening
    first, as sure as the first: "tell me about china", no opening among the first ten,
    is told by "China's special envoy for Asian affairs held talks...", under "China's
    envoy presses for calm along the Myanmar border", not the circus's "Its director said
    the company would travel to China and Kazakhstan next year"."""
    itself = [term_ids(index, w.itself) for w in words]
    top = int(index.passages.article[ranked[0].number])
    if not itself or not all(itself) or all(ids & _title(index, top) for ids in itself):
        return ranked
    # (of the articles holding its first word anywhere, those whose title holds them all)
    holding = {int(a) for docs in index.article_bm25.documents(words[0].itself) for a in docs}
    titled = [a for a in holding if all(ids & _title(index, a) for ids in itself)]
    if len(titled) != 1:
        return ranked
    return sure_first(ranked, ranked[0], index.spans[index.infos[titled[0]].id].start)


def _title(index: Index, article: int) -> set[int]:
    """The term ids of ``article``'s title."""
    return set(index.titles.terms_of(article).tolist())


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
    return moved_first(ranked, ranked[int(ours[0])])


# A sentence opening by referring back to the one before ("He took the name Leo XIV...")
# (as its subject: "Its director said the company would travel to China" is of the
# circus's director, and the sentence before, "Founded in the 1920s, the circus...", says
# nothing of China)
_OPENS_REFERRING = lazy(r"\W*(?:he|she|it|they)\b", re.I)


def _thing_written(index: Index, words: Sequence[Word], first: Ranked) -> bool:
    """Whether the corpus writes each of ``words`` as it is typed (not only a word it
    stands for: "cycling" as "rider"), the ``first`` passage in lower case (a thing's
    name: "door plug", not "Sergei Lavrov"), and one names something (a year alone is of
    many things: "2021")."""
    named = any(not w.written.isdigit() for w in words)
    text = index.passages.text(first.number)
    return (
        named
        and all(set(index.analyzer.analyze(w.written)) <= set(w.itself) for w in words)
        and all(re.search(rf"\b{re.escape(w.written.lower())}", text) for w in words)
    )


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
    earliest = ranked[int(np.flatnonzero(says)[numbers[says].argmin()])]
    # ...or, where that one refers back ("tell me about the pope": "He took the name Leo
    # XIV and is the first pope..."), the one it refers to ("White smoke rose ... as
    # cardinals elected Robert Francis Prevost...")
    before = sentence_before(index, earliest.number)
    if _OPENS_REFERRING.match(index.passages.text(earliest.number)) and before >= 0:
        return sure_first(ranked, earliest, before)
    return moved_first(ranked, earliest)


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
