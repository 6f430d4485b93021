"""The passage holding more of what is asked first: every word, a follow-up's own, the rest."""

from __future__ import annotations

import re

import numpy as np

from ..asked_amounts import amount_asked, counted, counted_word
from ..chat import DETERMINERS, word_before
from ..index import Index
from ..patterns import lazy
from ..query import Query, Word
from ..ranking import Ranked, numbers_of
from ..seeming import is_light, read_by, term_ids, title_ids, written_as_name
from .affirmed import denies
from .ledes import WON_BACK, asks_news, winner_kind, won_asked_of_country
from .others import opens_elsewhere
from .placing import (
    AMOUNT_NEAR,
    ANYONE,
    DEFAULT_TOP,
    FULL_COVERAGE,
    LEDE_REACH,
    TIMED_NEAR,
    counts_any,
    moved_first,
    names_in,
    nearly_first,
    own_word,
    terms_meant,
)
from .told import what_tells

# A follow-up's own words choose among the first three passages of the first's article
# (own_first) those this near: its carried words, which found the article, weigh on the
# passages restating it ("has anyone caught it?" after "tell me about the bird flu
# outbreak" quoted the opening, holding "spreading", before "One dairy worker in Texas
# caught the virus...", 0.5 as relevant over 79 articles, 0.38 over three). From 0 to
# TIMED_NEAR, which it was, no rank of the sets moved.
OWN_NEAR = 0.3


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
    title = title_ids(index, ranked[0].number)
    if not any(
        _names_asked(index, w)
        and not index.bm25.holding(w.alternatives, passages).any()
        and title.isdisjoint(term_ids(index, w.alternatives))
        for w in query.words
    ):
        return ranked
    nearly = nearly_first(ranked, DEFAULT_TOP, TIMED_NEAR)
    for r, close in zip(ranked[:DEFAULT_TOP], nearly, strict=False):
        if close and r.coverage >= FULL_COVERAGE:
            return moved_first(ranked, r)
    return ranked


_KIND_WORDS = frozenset("type types kind kinds sort sorts".split())


def titled_first(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where the first passage lacks a word the question names
    (``covered_first``'s words) and its article's title does not open with it, the first
    of the next DEFAULT_TOP - 1, nearly as relevant (TIMED_NEAR), holding each of the
    question's words the first holds, whose article's title opens with those, put first:
    of two sentences saying "the company", the news whose subject is what is asked
    tells it ("who founded nvidia?": "Its chief executive, Jensen Huang, who co-founded
    the company in 1993...", under "Nvidia overtakes Microsoft...", not DeepSeek's "The
    company was founded in 2023 in Hangzhou by Liang Wenfeng", under "Chinese start-up
    DeepSeek wipes nearly 600 billion dollars off Nvidia"). Not of a follow-up, whose
    carried words the article it follows need not hold."""
    if query.own >= 0 or len(ranked) < 2:
        return ranked
    named = [w for w in query.words if _names_asked(index, w)]
    numbers = numbers_of(ranked, DEFAULT_TOP)
    # (a title's subject opens it: "Nvidia overtakes Microsoft...", not "Chinese start-up
    # DeepSeek wipes nearly 600 billion dollars off Nvidia")
    said = set(index.docs.terms_of(numbers[0]).tolist())
    unsaid = [w for w in named if not term_ids(index, w.alternatives) & said]
    if not unsaid:
        return ranked  # the first lacks none (most questions: the rest is not read)
    opening = _title_opening(index, numbers[0])
    if all(not w.alternatives.keys().isdisjoint(opening) for w in unsaid):
        return ranked
    held = np.array([index.bm25.holding(w.alternatives, numbers) for w in named], bool)
    opens = [_title_opening(index, n) for n in numbers]
    titled = np.array([[not w.alternatives.keys().isdisjoint(t) for t in opens] for w in named])
    lacked = ~held[:, 0] & ~titled[:, 0]
    nearly = nearly_first(ranked, DEFAULT_TOP, TIMED_NEAR)
    for place in range(1, len(numbers)):
        keeps = (held[:, place] | ~held[:, 0]).all()
        if nearly[place] and keeps and titled[lacked, place].all():
            return moved_first(ranked, ranked[place])
    return ranked


def _title_opening(index: Index, number: int) -> list[str]:
    """The first term of the title of passage ``number``'s article (none if untitled)."""
    return index.analyzer.analyze(index.infos[int(index.passages.article[number])].title)[:1]


def _names_asked(index: Index, word: Word) -> bool:
    """Whether ``word`` names what is asked: not how it asks ("who's to blame for the
    runway crash?"), the kind "what type of ...?" asks, anyone (counted by other names:
    "crew members"), nor a light verb ("who made the vision pro?": the headset's article
    writes no "made", the seed's "...a shared strategic vision" holds every word)."""
    return bool(
        word.alternatives
        and not word.asks
        and word.written.lower() not in _KIND_WORDS
        and word.written.lower() not in ANYONE
        and not is_light(index.analyzer, word, verbs=True)
    )


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
    if WON_BACK.fullmatch(question) and index.span_of(ranked[0].number).start == ranked[0].number:
        return ranked  # "who won?": the news of the win lede_first put first, not "won" said
    tells = what_tells(index, question, query)
    if tells is not None and not tells(index.passages.text(ranked[0].number)):
        tells = None
    # a light word by the words it stands for in a phrase alone ("get away": escape); not
    # what "how many" counts where the first counts it by another name ("grindavik | how
    # many people live there?": "...its 3,700 residents", not "...leaving about 25,000
    # people on the peninsula without heating")
    counting = counted(question) if amount_asked(question) == "how many" else None
    counts_it = counting is not None and counting.search(index.passages.text(ranked[0].number))
    counting_word = counted_word(question) if counts_it else ""
    words = [
        terms
        for w in query.own_words
        if (terms := read_by(index.analyzer, w))
        and not (counting_word and w.written.lower() == counting_word)
    ]
    if not words:
        return ranked
    numbers = numbers_of(ranked, DEFAULT_TOP)
    held = np.zeros(len(numbers))
    for alternatives in words:  # each word by the largest weight of its terms a passage holds
        held += np.max([w * index.bm25.holding([t], numbers) for t, w in alternatives], axis=0)
    article = index.passages.article
    nearly = nearly_first(ranked, DEFAULT_TOP, OWN_NEAR)
    # ...and, where the first holds the kind "what X" asks ("what name did he choose?":
    # "He took the name Leo XIV...", not "He later led the Vatican office that chooses
    # bishops"), one holding it too
    asked = _KIND_ASKED.match(question)
    kind = own_word(query, asked["kind"].lower()) if asked else None
    kept = index.bm25.holding(kind.alternatives, numbers) if kind else None
    holding = [
        float(h)
        if close
        and article[n] == article[numbers[0]]
        and (tells is None or tells(index.passages.text(n)))
        and (kept is None or not kept[0] or kept[at])
        else 0.0
        for at, (h, close, n) in enumerate(zip(held, nearly, numbers, strict=True))
    ]
    best = max(range(len(holding)), key=lambda at: (holding[at], -at))
    return moved_first(ranked, ranked[best]) if holding[best] > holding[0] else ranked


# A question asking which one of a kind: "what name did he choose?", "which team won?"
_KIND_ASKED = lazy(
    r"^\W*(?:what|which)\s+(?P<kind>[\w-]+)\s+(?:did|does|do|has|have|had|will|would|was|were"
    r"|is|are)\b",
    re.I,
)


# A word written as one's ("slim's")
_POSSESSIVE = lazy(r"['’]s$")


def focused_first(
    index: Index, query: Query, ranked: list[Ranked], question: str = ""
) -> list[Ranked]:
    """``ranked`` with, where the first passage's article is titled with some of the
    question's own words (its subject) and the first holds none of the others (what is
    asked of it, not how it asks: the "money" of "how much money?"), the first of the
    next LEDE_REACH - 1 of that article holding one of those, nearly as relevant
    (TIMED_NEAR; AMOUNT_NEAR asked what, how, which, why or where: _ASKS_WHAT), put first:
    an article names its subject in its title and says the rest in sentences that need
    not repeat it ("did anyone die of mpox?": "...more than 15,600 cases and 537
    deaths..." names no mpox; "what was wrong with voyager 1?": "Engineers traced the
    problem to...", 0.59 as relevant as the opening). Past the
    opening, asked by _ASKS_WHAT, the names of a lede in a paragraph of its own name the
    subject too, and of those holding what is asked, the one holding most comes first."""
    if len(ranked) < 2:
        return ranked
    article = index.passages.article
    top = ranked[0].number
    title = title_ids(index, top)
    heads = _compounded(index, query, title, question) | _naming_before(
        index, query, title, question
    )
    kept = [
        (w, terms)
        for w in query.own_words
        if (terms := terms_meant(index, w))
        and w.written.lower() not in _SUPERLATIVES
        and not w.asks
    ]
    meant = [(w.importance, terms) for w, terms in kept]
    # (one whose the thing asked of is, its subject too: "why did slim's solar panels
    # fail?" under "Japan's lunar lander touches down but solar panels fail" asks of the
    # panels, told by '"We believe the solar panels are facing west..."', not by "The
    # Smart Lander for Investigating Moon, or SLIM, touched down...")
    owners = [_POSSESSIVE.search(w.written) is not None for w, _ in kept]
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
        named = names_in(index, index.passages.text(lede))
        opening = term_ids(index, named)
        if any(found & opening and not found & title for found in ids):
            title |= opening
            others = named - set().union(*words)
            by_lede = True
    # ...and so does the name the first gives a thing its title names ("The vaccine,
    # called Ixchiq and made by..." for "what are the side effects of ixchiq?")
    title |= _called(index, index.passages.text(top), title)
    # ...the kind "which X won?" asks one of aside: what is answered, not asked of it
    # ("which rider won the tour de france?" is not told by "Vingegaard, the Danish rider
    # who won the two previous Tours, came second...")
    kind = set(index.analyzer.analyze(winner_kind(question)))
    pairs = [
        (terms, found, weight)
        for (weight, terms), found, owner in zip(meant, ids, owners, strict=True)
        if found
        and not found & title
        and not heads.intersection(terms)
        and not kind & terms
        and not owner
    ]
    if not pairs or len(pairs) == len(ids):  # nothing of its subject, or nothing else
        return ranked
    if won_asked_of_country(index, question, query, title) and index.span_of(top).start == top:
        return ranked  # "did israel win eurovision?": the news of who did ("Austria won...")
    if asks_news(question) and index.span_of(top).start == top:
        return ranked  # "what happened on the starship test?": its news
    if not _ASKING.search(question) and index.span_of(top).start == top:
        # "gdl strike": a topic named alone, the rest of it a name, its opening (not "GDL
        # leader Claus Weselsky said...", the opening naming no GDL); not "myanmar jets",
        # which asks of the jets
        untitled = [
            w.written
            for w in query.own_words
            if (terms := terms_meant(index, w)) and not term_ids(index, terms) & title
        ]
        if all(written_as_name(index, w) for w in untitled):
            return ranked
    said = set().union(*(terms for terms, _, _ in pairs))

    def held(number: int) -> float:
        terms = set(index.docs.terms_of(number).tolist())
        return sum(weight for _, found, weight in pairs if found & terms)

    if held(top):
        return ranked
    # (a yes or no past the opening, as what is asked: "did pope leo live in peru?" is
    # told by "...Prevost spent two decades as a missionary in Peru", 0.48 as relevant as
    # "He took the name Leo XIV and is the first pope from the United States")
    near = AMOUNT_NEAR if asks_what or (_WHETHER.match(question) and top != lede) else TIMED_NEAR
    nearly = nearly_first(ranked, LEDE_REACH, near)
    # counting, not from a number counted to a sentence with none ("how many lost their
    # jobs?": "...about 15,000 jobs", not "...reported a loss of 1.6 billion dollars")
    counts = amount_asked(question) == "how many" and counts_any(index.passages.text(top))
    # ...save one counting what is asked ("how many acres?")
    counting = counted(question) if counts else None
    telling = []
    for r, close in zip(ranked[:LEDE_REACH], nearly, strict=True):
        if close and article[r.number] == article[top] and held(r.number):
            text = index.passages.text(r.number)
            if counts and not counts_any(text) and not (counting and counting.search(text)):
                continue
            if others and others.intersection(names_in(index, text)):
                continue
            if opens_elsewhere(index, text, query.question_terms, index.info_of(top).title):
                continue  # "In neighbouring Oman, ..." tells nothing of Dubai's floods
            if asks_what and denies(index, text, said):
                # "what caused the blackout?" is not told by "...said renewable energy was
                # not to blame" (yes-or-no, a denial answers: "was card data stolen?")
                continue
            telling.append(r)
    if not telling:
        return ranked
    # ...by the lede, the one saying most of what is asked ("what was the uk election
    # turnout?": "Turnout was...", not the lede's "...Thursday's general election")
    return moved_first(
        ranked, max(telling, key=lambda r: held(r.number)) if by_lede else telling[0]
    )


# A word asking something, or a question mark
_ASKING = lazy(
    r"\?|\b(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|did|does|do"
    r"|can|could|will|would|has|have|had|should)\b",
    re.I,
)


# A superlative of size asks which is the most, which a sentence tells by its amount, not
# by the word, whose plain form says much else: "what is the biggest fine google got?" is
# told by "...including a 4.1 billion euro fine over its Android...", not by "Vestager ...
# called the ruling 'a big win...'". ("highest" finds a peak: "...far below a peak of 11.1
# percent" tells "what was the highest inflation got?")
_SUPERLATIVES = frozenset({"biggest", "largest", "greatest"})


def _lede_alone(index: Index, lede: int) -> bool:
    """Whether the article opening at passage ``lede`` says it in a paragraph of its own,
    as news does: an encyclopedia's first paragraph names all its article will."""
    paragraph = index.passages.column("paragraph")
    return lede + 1 >= len(paragraph) or paragraph[lede + 1] != paragraph[lede]


# "The vaccine, called Ixchiq", "a start-up named DeepSeek", "the arms, known as...":
# a thing and the name it is given
_CALLED = lazy(
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


# A question asking what, how, which, why or where (not "what about X?", "who won?", nor
# a yes or no, which the opening often answers without the word asked)
_ASKS_WHAT = lazy(r"^\W*(?:what(?!\s+about\b)|how|which|why|where)\b", re.I)
# ...and one asking whether
_WHETHER = lazy(r"^\W*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b", re.I)


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
