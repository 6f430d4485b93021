"""The passage writing the deed asked: what X did, to whom, when, how and what else."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import partial

from ..asked import is_past
from ..asked_amounts import asks_earned
from ..index import Index
from ..patterns import lazy
from ..query import Query, build_query
from ..ranking import Ranked, numbers_of
from ..seeming import is_light, read_by, term_ids, title_ids, written_as_name
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    LEDE_REACH,
    WORDS,
    first_telling_first,
    holds_any,
    holds_each,
    own_word,
    own_words_in,
    put_first,
    put_first_in_its_article,
    told_in_first_article,
)

# A question ending in a verb and the preposition it takes: "what did the plane crash
# into?", "who was she married to?", "what was he charged with?" ask what a sentence
# writes after those two words.
_STRANDED = lazy(
    r"^\W*(?:what|who|whom|which)\b.*?\b([a-z]+)\s+"
    r"(into|onto|to|with|from|of|for|against|at|on|about)\W*$",
    re.I,
)
_STRANDED_GAP = 3  # words between: "a fine against Google for abusing...", "fined for?"


def stranded_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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


def busy_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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


def means_first(
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


def first_done_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
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


# "What else did he win?", "anything else?": asks what more was done, which news says
# "also" ("Pogacar also won the Giro d'Italia in May..."), not what was asked before
_ASKS_ELSE = lazy(
    r"\b(?:what|who|where|which)\s+else\b|\b(?:anything|anyone|anywhere|something)\s+else\b",
    re.I,
)
_ALSO = lazy(r"\balso\b|\bas well\b|,\s*too\b", re.I)


def else_first(
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


def done_by_first(
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
    doer = own_words_in(query, asked["doer"])
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

    # ...by all of a doer of several words, not one alone ("how much did services prices
    # rise?": not the tariffs' "Economists warned that prices would rise...")
    whole = [set(w.itself) for w in doer if not w.written.lower().endswith(("'s", "’s"))]

    def done(text: str) -> bool:
        owned = not whose or holds_any(index, text, whose) or text in titled
        held = len(whole) < 2 or holds_each(index, text, whole)
        return owned and held and _written_before(index, by, did, text)

    told = first_telling_first(index, ranked, done, near=AMOUNT_NEAR)
    if told is not None or not ranked or asked["wh"].lower() == "when":
        return told if told is not None else ranked
    return _past_in_article_first(index, ranked, did, by)


# "What did china do?", "what has the faa done?": whatever X did, which a sentence writes
# by X before a verb in the past ("China said it would fight back..."), an aside between
# ("Emirates, the city's main airline, stopped checking in passengers...")
_ASKS_DID_WHAT = lazy(
    r"^\W*what\s+(?:did|has|have|had)\s+(?:the\s+)?(?!(?:he|she|it|they|we|you|i)\s)"
    r"(?P<doer>(?:[\w'’&.-]+\s+){1,3}?)(?:do|done)\W*$",
    re.I,
)
_ASIDE = lazy(r",[^,.;]{1,80},")
_NAMED = lazy(r"(?:\s+[A-Z][\w'’-]*)+")
DID_WITHIN = 3  # words after X: "Shares in ASML rose..."


def _did(word: str) -> bool:
    """Whether ``word`` (lowercase) is a verb of the past, "said" too (what one said is
    what one did: not for "when did X announce it?", which "X said" does not tell)."""
    return is_past(word) or word == "said"


def did_what_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what X did (_ASKS_DID_WHAT) and its first
    passage writes no verb in the past within DID_WITHIN words after X (an aside
    skipped), nor a modal right after it, X no object of a verb nor of a preposition,
    the first of its article's first LEDE_REACH, AMOUNT_NEAR as relevant, that does, put
    first: "tariffs | what did china do?" is told by "China said it would fight back and
    later announced a tariff of its own...", not "Goods from China will face an extra 34
    percent", done to it."""
    asked = _ASKS_DID_WHAT.match(question)
    if asked is None or query is None or not ranked:
        return ranked
    head = asked["doer"].lower().split()[-1]  # (its last word: "south korea's president")
    doer = {t for w in query.own_words if w.written.lower() == head for t in w.alternatives}
    if not doer:
        return ranked

    def did(text: str) -> bool:
        for token in index.analyzer.tokens(text):
            if token.term in doer and not _done_to(text, token.start):
                # (a name after a title skipped: "President Yoon Suk Yeol lifted martial law")
                aside = _ASIDE.match(text, token.end) or _NAMED.match(text, token.end)
                after = [
                    w.lower() for w in WORDS.findall(text, aside.end() if aside else token.end)
                ]
                # (or what X will do, right after it: "Mortgage lenders will pass on the cut")
                if any(map(_did, after[:DID_WITHIN])) or after[:1] in _MODAL_AFTER:
                    return True
        return False

    if did(index.passages.text(ranked[0].number)):
        return ranked
    return put_first_in_its_article(index, ranked, did, LEDE_REACH, AMOUNT_NEAR)


# A word before a name its first names aside: "He defeated George Simion"
_BEFORE_NAME = lazy(r"(\w+)\s+(?:[A-Z][\w'’-]*\s+)*$")


def _done_to(text: str, start: int) -> bool:
    """Whether the word before the name at ``start`` of ``text`` is a verb done to it ("He
    defeated George Simion", "...beating China's Ding Liren") or a preposition ("Goods
    from China will face..."): the name is no doer."""
    before = _BEFORE_NAME.search(text, 0, start)
    word = before[1].lower() if before else ""
    return is_past(word) or word.endswith("ing") or word in _PREPOSITIONS


_PREPOSITIONS = frozenset("from of in on at to for with by against over into about".split())
_MODAL_AFTER = [[modal] for modal in ("will", "would", "could", "can", "may", "might")]


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


def whom_done_first(
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


def what_done_first(
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
    return deed_end(index, first, then, text, past) >= 0


def deed_end(index: Index, first: set[str], then: set[str], text: str, past: bool = False) -> int:
    """Where in ``text`` the first deed _written_before finds ends (the end of its verb);
    -1 where it writes none."""
    tokens = list(index.analyzer.tokens(text))
    for i, t in enumerate(tokens):
        if t.term in first:
            for u in tokens[i + 1 : i + 1 + DONE_BY_GAP]:
                if u.term in then and (not past or is_past(u.word.lower())):
                    return u.end
    return -1


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


def done_to_first(
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
    written = asked["done_to"] or asked.groupdict().get("had") or ""
    done_to = [w for w in own_words_in(query, written) if w.alternatives]
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
    title = title_ids(index, ranked[0].number)
    if all(term_ids(index, terms) & title for terms in held):
        return ranked  # "was jasper destroyed?": its article's subject, of which each
        # sentence tells ("...some buildings had been destroyed", not "The fire, which
        # started in Jasper National Park on Monday, grew...")
    lede = index.passages.text(index.span_of(ranked[0].number).start)
    if holds_each(index, lede, held):
        return ranked  # ...as is one its opening names ("is wegovy covered by insurance?":
        # "Doctors said the findings could persuade insurers to cover the drug...", not
        # "The trial was paid for by Novo Nordisk, the Danish company that makes Wegovy")
    return put_first_in_its_article(
        index, ranked, lambda text: holds_each(index, text, held), LEDE_REACH, AMOUNT_NEAR
    )
