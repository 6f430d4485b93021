"""Passages that only seem to answer a question: they match its names alone, or come
from an article that does not name the country, the name, the speaker or the year's
subject it asks about."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence, Set
from dataclasses import replace
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np

from .analysis import Analyzer, Token
from .arrays import find_sorted
from .asked import asks_when
from .asked_amounts import HOW_WORDS
from .asked_by import OBJECTION
from .chat import DETERMINERS, asks_bot, word_before
from .defining import ROLES, subject_asked
from .derivations import derived, doer, doing
from .index import Index
from .names import kept
from .passages import Passages
from .patterns import lazy
from .query import Query, Word, build_query
from .ranking import Ranked, dated_year, numbers_of
from .reading import DONE, said_of_something, unowned
from .synonyms import (
    ABBREVIATIONS,
    ALSO_FINDS,
    AMBIGUOUS_ABBREVIATIONS,
    IDIOMS_BEFORE,
    OTHER_COUNTRY_NAMES,
    country_groups,
    synonyms,
)

# A question word no article holds asks what the corpus does not say (names alone) when
# English uses it less often than this Zipf figure ("school" 5.7, "home" 5.8: "where did
# Min Aung Hlaing go to school?"; "now" 6.2 does not) and it is none of the light words
# (by term) that ask little on their own ("has he seen Putin?", "what has the West done
# to Myanmar?", "is he in Moscow right now?" are answered by the names).
NAMES_ALONE_MAX_ZIPF = 6.0
# A question word English uses less than this (Zipf) that the corpus writes capitalised
# (NAME_CAPITALISED of the times one of the first NAME_READS passages holding it writes
# it, other than first) names someone or something: "turing" 3.2, "naypyidaw" 1.8,
# "jasper" 3.59 (a town: "how many people were evacuated from jasper?" quoted Florida's);
# "buck" 4.0 and "newton" 3.9 are words too, or too common to tell (ReQA's "What planet
# seemed to buck Newton's gravitational laws?" asks no Buck).
NAME_MAX_ZIPF, NAME_CAPITALISED, NAME_READS = 3.7, 0.9, 30
# ...and one rarer than TOPIC_MAX_ZIPF, in small letters or not, is what is asked of
# (``_is_topic``): 3.0 measured the same on the probes, the sets and ReQA's answerable
# questions (more unanswerable ones abstained on, 81 against 73 of 1,522); the lower kept.
TOPIC_MAX_ZIPF = 2.5
# ...and one typed where a place is, after "in", "at", "from"... ("how many flights were
# cancelled in dubai?": "dubai" 4.1, whose article the outage's "More than 5,000 flights
# were cancelled worldwide" is not of), up to this (a word English uses more is no place:
# "in power", "at home"; written small in the corpus anyway)
PLACE_MAX_ZIPF = 5.0
_AT_PLACE = lazy(r"\b(?:in|at|from|near|across|around)\s+([\w'’-]+)", re.I)
# A word beside a name asked is said as part of it where the corpus writes it capitalised
# this often ("san" of Aung San, which the docstrings among the distractors also write as
# "sans"), for saying which names no article answers; and the last word of the name a
# title goes with is a surname so ("Hlaing", not "Specification": lookups.lookups).
NAME_PART_CAPITALISED = 0.5
# "who is the president of Brazil?" asks for a president: a passage that names Brazil
# but no president (nor a word of its synonym group) does not answer it. The role is the
# last of one or two words after "who is the", before "of": a title or role of
# defining.ROLES ("prime minister", "head"; not "main proponent", "primary rival").
_ROLE_OF = lazy(
    r"^\s*who(?:s|'s|’s| is| was| are| were)\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\s+of\b",
    re.IGNORECASE,
)
# A question word and one word English uses this often or more (Zipf) that the corpus
# does not write as a name ("won" 5.6, "died" 4.9; "junta" 3.5 asks about a thing):
# asked right after an answer, about what it was about (asks_of_articles).
FOLLOWING_MIN_ZIPF = 4.5
# Of a follow-up of several words ("how many people died?"), at most this many, each held
# by the articles just quoted or used this often (Zipf: "people" 6.2, "year" 6.0; not
# "election" 5.1, "world" 5.9: "who won the world cup?" after the Copa final asks it).
FOLLOWING_MAX_WORDS, GENERIC_ZIPF = 3, 6.0
# A word English uses this often, after "the" or another determiner, is a thing's name
# where the corpus writes it capitalised only in names ("what's the song like?" after an
# answer on Eurovision: its articles write "Eurovision Song Contest", "Mingyang Song").
COMMON_AFTER_THE_ZIPF = 5.0
# A question's first word: one asking a thing, after a preposition or not ("in how many
# countries?"), or a verb asking whether ("were the passengers ok?", "did anyone die?"),
# or what follows one chat leaves off ("anyone die?", "any deaths?").
_QUESTION_WORD = lazy(
    r"\s*(?:(?:in|at|on|by|for|from|to|with|since|until)\s+)?"
    r"(?:who|whom|what|when|where|why|how|which|whos|whats|wheres|hows"  # chat's "whats"
    r"|is|are|was|were|did|does|do|has|have|had"
    r"|can|could|will|would"
    # chat's "anyone die?" ("did anyone die?"), not "any news on X?", which names a topic
    r"|any(?!\s+(?:news|updates?|info|information|word)\b)|anyone|anybody|someone|somebody)\b",
    re.IGNORECASE,
)
# ...and after "how much", a comparative of one: "how much longer is the trip?" (not
# "how much water fell?")
_COMPARATIVES = "|".join(
    "more less longer older sooner further farther bigger larger taller higher wider deeper"
    " hotter colder warmer stronger cheaper".split()
)
_HOW_WORD = lazy(
    rf"\s*(?:\w+\s+)?how\s+(much\s+(?:{_COMPARATIVES})|{'|'.join(HOW_WORDS)})\b",
    re.IGNORECASE,
)
# ...and "how much" asked by the verb of a price, last
_PRICED_LAST = lazy(
    r"^\W*how\s+much\b.*\s(cost(?:s|ing)?|charg(?:e|es|ed|ing)|pa(?:y|ys|id|ying)"
    r"|spen(?:d|ds|t|ding)|earn(?:s|ed|ing)?)\W*$",
    re.IGNORECASE,
)
# The abbreviations a follow-up's words are read as (not "us" nor "who", words too: "what
# did he tell us?", "who is the governor?").
_SPELLED = sorted(
    set(ABBREVIATIONS) - AMBIGUOUS_ABBREVIATIONS - {"us", "who"}, key=len, reverse=True
)
_ABBREVIATED = lazy(
    rf"\b(?P<plain>{'|'.join(map(re.escape, _SPELLED))})\b"
    # ...and an ambiguous one after a determiner ("the pm"; not "8 pm"), as reading reads it
    rf"|\b(?P<before>(?:{'|'.join(sorted(DETERMINERS))})\s+)"
    rf"(?P<after>{'|'.join(sorted(AMBIGUOUS_ABBREVIATIONS))})\b",
    re.IGNORECASE,
)
# The words before a thing's name (grammar's articles, not news ones): a word after one
# names a thing, not what is said of it ("the world cup"; "his contract" is the one
# named before).
_A_OR_THE = frozenset("the a an".split())
# Verbs that ask little on their own: the "get" of "how big did it get?".
_LIGHT_VERBS = frozenset("do see come get make take give put keep let".split())
_LIGHT = _LIGHT_VERBS | frozenset(
    "right time thing way now today lot really ever still already yet".split()
)


# The terms of the words ``is_light`` was asked of, kept for each analyzer.
_WORD_TERMS: WeakKeyDictionary[Analyzer, dict[str, list[str]]] = WeakKeyDictionary()
_WORDS_KEPT = 1024


def is_light(analyzer: Analyzer, word: Word, verbs: bool = False) -> bool:
    """Whether ``word`` asks little on its own ("now", "done"): one of _LIGHT's terms
    (only _LIGHT_VERBS: ``verbs``), as the question writes it."""
    written = word.written  # (each question's words are asked of by a dozen checks)
    terms = kept(_WORD_TERMS, analyzer, written, lambda: analyzer.analyze(written), _WORDS_KEPT)
    return not (_LIGHT_VERBS if verbs else _LIGHT).isdisjoint(terms)


def read_by(analyzer: Analyzer, word: Word, verbs: bool = False) -> list[tuple[str, float]]:
    """The terms ``word`` is read by, with their weights; of a light word (``is_light``),
    only what it stands for in a phrase (IDIOMS_BEFORE: "get away", escape), not its own
    nor a synonym of itself ("who makes it?": maker)."""
    terms = list(word.alternatives.items())
    if not is_light(analyzer, word, verbs):
        return terms
    meant = _idiom_terms(analyzer)
    return [(t, w) for t, w in terms if t in meant]


@lru_cache(maxsize=4)
def _idiom_terms(analyzer: Analyzer) -> frozenset[str]:
    """The terms of what idioms led by a verb mean (IDIOMS_BEFORE's meanings)."""
    meanings = set(IDIOMS_BEFORE.values())
    return frozenset(t for meaning in meanings for t in analyzer.analyze(meaning))


def beyond_names(
    index: Index,
    question: str,
    query: Query,
    ranked: list[Ranked],
    matched: Callable[[str], Sequence[tuple[int, int]]],
    candidates: Sequence[Ranked],
) -> list[Ranked]:
    """``ranked``; where its first passage matches names alone (``names_alone``), the
    first of the first NAMES_REACH ``candidates`` (ranked before the bars) of the
    first's article that matches a word of the question otherwise, first, and none
    where none does: "what crimes was sam bankman-fried convicted of?" names him alone
    in the opening, and "A jury ... found him guilty ... of seven counts of fraud",
    fourth and under the bar a paraphrase meets (its only word held a synonym), says
    what is asked. Only where the word no article holds is the kind asked ("what
    crimes", _KIND_ASKED), which a sentence telling one names otherwise: "how much did
    psg pay for mbappe originally?" is not told by "...the Spanish club pays no transfer
    fee"."""
    if not ranked or not names_alone(index, query, ranked[0].number, matched):
        return ranked
    kind = _KIND_ASKED.match(question)
    if not kind or any(
        w.written.lower() != kind[1].lower() for w in query.own_words if not w.alternatives
    ):
        return []
    article = index.passages.article
    top = article[ranked[0].number]
    for r in candidates[:NAMES_REACH]:
        if article[r.number] != top:
            continue
        text = index.passages.text(r.number)
        if any(not _named_at(index, text, start, end) for start, end in matched(text)):
            return [r, *(other for other in ranked if other.number != r.number)]
    return []


# How far down the first's passages beyond_names looks for one saying more than names...
NAMES_REACH = 10
# ...where the word no article holds is the kind asked: "what crimes", "which foods".
_KIND_ASKED = lazy(r"^\W*(?:what|which)\s+([a-z][\w'-]*)", re.I)


def names_alone(
    index: Index,
    query: Query,
    number: int,
    matched: Callable[[str], Sequence[tuple[int, int]]],
) -> bool:
    """Whether the question has a word no article holds and the passage ``number`` (its
    best) matches only its names (or numbers), where ``matched`` finds the question's
    words in a text (answers' highlighting): it asks about them what the corpus does
    not say: "is Putin married?" over "...to meet with Russian President Vladimir Putin",
    where the corpus never writes "married". A word too common or light to ask anything
    on its own ("now", "done": NAMES_ALONE_MAX_ZIPF, _LIGHT) does not count as asked
    so, nor is a year some articles were published in (``dated_year``: "who won the 2024
    election in india?" of an article dated 2024 that writes no "2024")."""
    if not any(
        not w.alternatives
        and not w.asks  # (how it asks: the "maiden" of "what was her maiden name?")
        and index.vocabulary.zipf(w.written.lower()) < NAMES_ALONE_MAX_ZIPF
        and not is_light(index.analyzer, w)
        and not dated_year(index, w)
        for w in query.own_words
    ):
        return False
    text = index.passages.text(number)
    found = matched(text)
    return bool(found) and all(_named_at(index, text, start, end) for start, end in found)


def _named_at(index: Index, text: str, start: int, end: int) -> bool:
    """Whether ``text`` writes a name (or a number) at ``start``: a capital there, save
    as a sentence's first word, which is no name where the corpus writes it in small
    letters elsewhere ("Ocean temperatures have been...", not "Putin arrived...")."""
    if text[start].isdigit():
        return True
    if not text[start].isupper():
        return False
    if text[:start].strip(" \"“‘'("):
        return True
    for term in index.analyzer.analyze(text[start:end]):
        big, small = _written(index, term)
        if not small or big >= NAME_CAPITALISED * (big + small):
            return True  # "PSG president...": written nowhere else, as a name
    return False


def _with_doers(terms: Iterable[str]) -> list[str]:
    """``terms`` and the stems of who does what each says (``derivations.doer``)."""
    terms = list(terms)
    return terms + [noun for t in terms if (noun := doer(t))]


def asks_of_articles(index: Index, question: str, article_ids: Iterable[str]) -> bool:
    """Whether ``question`` is a question word (or a verb asking whether) and up to
    FOLLOWING_MAX_WORDS common words naming nothing, one of them held by the articles
    ``article_ids`` (a word of theirs, or a synonym) and the others held too or said of
    anything (GENERIC_ZIPF), or what is said of something rather than a thing named (no
    "the" or "a" before it, FOLLOWING_MIN_ZIPF or more), held or not: "who won?", "how many
    died?" or "how many people died?" right after an answer quoting them asks about what
    it was about ("who won?" after a question on Romania's election quoted the Copa
    final; "how many people died?" after one on Haneda's runway collision, whose article
    says "killed"), and so does "has anyone been arrested?" after the Louvre's theft
    (which tells of none), and "was anyone evacuated?" after Dubai's floods (a
    participle closing a question in the passive is said of something, however rarely
    English uses it); not "who won the world cup?" after the Copa final (a cup
    named), nor "who is putin?" (a name), nor "what is a junta?"
    or "who supplies jets?" (words English uses less than FOLLOWING_MIN_ZIPF name a thing
    of their own, save one those articles hold that others hold too: "how many doses?"
    after the chikungunya vaccine, not the measles). A light verb is said of anything
    ("how long did the final take?"). Abbreviations are read as their words ("who is the
    ceo?": chief executive; "how many ppl died??")."""
    if not _QUESTION_WORD.match(question):
        return False
    article_ids = tuple(article_ids)  # read twice
    if priced := _PRICED_LAST.match(question):  # "how much are insurers charging?": the
        # verb of the price asked is how it asks (after the Red Sea's "Insurers have raised
        # war-risk premiums...", not Wegovy's "...persuade insurers to cover the drug,
        # which costs")...
        question = question[: priced.start(1)] + question[priced.end(1) :]
    if how := _HOW_WORD.match(question):  # ...as "big" of "how big is the fire?"
        question = question[: how.start(1)] + question[how.end(1) :]
    question = _spelled_out(question)
    # A word English hardly uses names a thing of its own where the question asks what
    # or who it is ("what is a junta?"), or where the corpus holds neither it nor a
    # synonym; told cheaply, before reading the question (a word the corpus lacks is
    # looked up as a typo of one, at a cost: the bot asks this on its event loop). Not
    # "what was the turnout?", "what are the fines?": asked with "the", of what was
    # just told, it asks its figure, as "how big was the turnout?" would.
    defining = subject_asked(question) is not None and not _OF_THE.match(question)
    if any(
        index.vocabulary.zipf(t.word) < FOLLOWING_MIN_ZIPF and (defining or not _held(index, t))
        for t in _plain(index, question)
    ):
        return False
    query = build_query(question, index.analyzer, index.vocabulary)
    tokens, words = query.read, query.words  # as read: "when is the next one?" asks "next"
    if not 0 < len(tokens) <= FOLLOWING_MAX_WORDS or len(words) != len(tokens):
        return False
    if not all(t.word.isalpha() for t in tokens):  # "what happened in 2023?" asks it
        return False
    zipfs = [index.vocabulary.zipf(t.word) for t in tokens]
    if defining and min(zipfs) < FOLLOWING_MIN_ZIPF:
        return False
    # A title is written capitalised before a name, and still asks of one: "who is the
    # governor?" after an answer on the Bank of Japan asks who governs it; so is a word
    # said of anything ("what's the new rate?", though news writes "New York"), and so is
    # a word of the title ("what did the pm say?": the Prime Minister).
    roles = [t.word in ROLES for t in tokens]
    of_role = [r or following for r, following in zip(roles, [*roles[1:], False], strict=True)]
    common = [
        z >= COMMON_AFTER_THE_ZIPF and word_before(question, t) in DETERMINERS
        for t, z in zip(tokens, zipfs, strict=True)
    ]  # "the song", though names write "Song"
    # ...as the question writes it: "was anyone hurt?" names no "Jalen Hurts"; and not
    # one the articles write in lowercase ("which airlines were hit?" after CrowdStrike's
    # outage, "airlines including Delta", though others write "Alaska Airlines")
    if any(
        not (role or thing)
        and z < GENERIC_ZIPF
        and capitalised(index, t.term, t.word) > NAME_PART_CAPITALISED
        and not _written(index, t.term, t.word, passages_of(index, article_ids))[1]
        for t, z, role, thing in zip(tokens, zipfs, of_role, common, strict=True)
    ):
        return False
    articles = _articles_of(index, article_ids)
    if not articles.size:
        return False
    # ...by any of its terms, or by who does what it says ("how much did the work cost?"
    # after Notre-Dame: "About 2,000 stonemasons, carpenters, roofers and other workers...")
    held = [
        bool(w.alternatives)
        and bool(index.article_bm25.holding(_with_doers(w.alternatives), articles).any())
        for w in words
    ]
    # A word English hardly uses, held, asks of them where other articles hold it too
    # ("how many doses?" after the chikungunya vaccine's "single shot", the measles
    # outbreak's "two doses"); held by them alone, it says what it asks of itself
    # ("were passwords stolen?"), and carried words would only count against the
    # sentence saying it.
    if any(
        z < FOLLOWING_MIN_ZIPF and not _elsewhere(index, w, articles)
        for z, w in zip(zipfs, words, strict=True)
    ):
        return False
    # Each held, or said of anything (a word used often, a light verb: "take"), or said
    # of something, no thing named: the Louvre's article tells of no arrest, another's
    # police "arrested two men", which is not what "has anyone been arrested?" asks.
    passive = said_of_something(question)  # "were flights cancelled?", "who attended?"
    said = [
        word_before(question, t) not in _A_OR_THE and (z >= FOLLOWING_MIN_ZIPF or t.word == passive)
        for t, z in zip(tokens, zipfs, strict=True)
    ]
    return (any(held) or all(said)) and all(
        h
        or s
        or z >= GENERIC_ZIPF
        or is_light(index.analyzer, w, verbs=True)
        or w.written.lower() in _WHEN_OF_ANYTHING
        for h, s, z, w in zip(held, said, zipfs, words, strict=True)
    )


# Words saying when of a thing, said of anything: "what was the old rate?" after the Bank of
# Japan asks its rate before ("...up from minus 0.1 percent"), as "the new rate" does
_WHEN_OF_ANYTHING = frozenset("old previous former current original earlier".split())


# "What was the X?", "what are the X?": the X of what was just told
_OF_THE = lazy(r"\W*(?:what|who)(?:['’]s|\s+(?:is|are|was|were))\s+the\b", re.I)


def _elsewhere(index: Index, word: Word, articles: np.ndarray) -> bool:
    """Whether an article other than ``articles`` holds ``word``."""
    held = index.article_bm25.documents(word.alternatives)
    return any(np.setdiff1d(found, articles, assume_unique=True).size for found in held)


def _held(index: Index, token: Token) -> bool:
    """Whether the corpus holds ``token``'s term, a synonym of it ("doses": "shot") or the
    word it also finds (ALSO_FINDS: "shortage", "...left the market short of beans")."""
    vocabulary = index.vocabulary
    others = synonyms(index.analyzer).get(token.term, frozenset())
    also = index.analyzer.analyze(ALSO_FINDS.get(token.word, ""))
    return any(vocabulary.idf_of(term) is not None for term in (token.term, *others, *also))


def asks_of_another(index: Index, question: str, article_ids: Iterable[str]) -> bool:
    """Whether ``question`` names a subject of its own that none of the articles
    ``article_ids`` holds: a word English uses less than FOLLOWING_MIN_ZIPF among its
    words, none of which they hold (nor a synonym). "what about the climate summit?"
    after answers on the Copa final asks about the summit, not the final; "and China?"
    after "who supplies Myanmar's jets?" asks of the jets ("china" is common)."""
    question = _spelled_out(question)
    query = _naming(index, question)
    if query is None or not _rare(index, question, query):
        return False
    articles = _articles_of(index, article_ids)
    words = query.words
    if not articles.size or any(not w.alternatives for w in words):
        return False
    return not any(index.article_bm25.holding(w.alternatives, articles).any() for w in words)


def asks_beyond(index: Index, question: str, earlier: str) -> bool:
    """Whether ``question``, leaning on an answer that quoted nothing, names a subject of
    its own that ``earlier`` (the questions that answer was to) does not: a word English
    uses less than FOLLOWING_MIN_ZIPF, none of which ``earlier`` holds (nor a synonym).
    With no article quoted, the question is all the follow-up can be of: "how much does
    it cost to visit venice?" after no answer on the trip around Africa asks of Venice,
    while "how big did it get?" after none on the Jasper fire asks of the fire."""
    question = _spelled_out(question)
    query = _naming(index, question)
    rare = _rare(index, question, query) if query is not None else []
    if not rare:
        return False
    named = {t.term for t in _plain(index, _spelled_out(earlier))}
    groups = synonyms(index.analyzer)
    return not any(
        t.term in named or not groups.get(t.term, frozenset()).isdisjoint(named) for t in rare
    )


def _naming(index: Index, question: str) -> Query | None:
    """``question`` read as a query, unless it holds a word no article holds (then it
    names nothing the articles could be of; checked cheaply first, as asks_of_articles
    reads it)."""
    if any(index.vocabulary.idf_of(t.term) is None for t in _plain(index, question)):
        return None
    return build_query(question, index.analyzer, index.vocabulary)


def _rare(index: Index, question: str, query: Query) -> list[Token]:
    """The words of ``query`` English uses less than FOLLOWING_MIN_ZIPF, but for what is
    said of a pronoun ("funded" of "who funded it?", "owns" of "who owns it?", "reopen" of
    "when will it reopen?") and for how an objection is asked ("who is against it?", read
    "oppose": ``asked_by.OBJECTION``)."""
    pointing = POINTING.search(question) is not None
    return [
        t
        for t in query.read
        if index.vocabulary.zipf(t.word) < FOLLOWING_MIN_ZIPF
        and not OBJECTION.by(question, t.word)
        and not (
            pointing
            and (
                DONE.search(question, t.start, t.end)
                or _OBJECT.match(question, t.end)
                or _SUBJECT.search(question, 0, t.start)
            )
        )
    ]


# A pronoun standing for what was named before ("who funded it?"): with it, a verb's past
# or "-ing" form (reading.DONE) is what is said of that, no subject of its own ("funded"
# is rarer than FOLLOWING_MIN_ZIPF, and no article the answer quoted writes it: "who
# funded it?" after the heart trial asks who paid for the trial).
POINTING = lazy(r"\b(?:it|its|they|them|their|he|him|his|she|her)\b", re.IGNORECASE)
# The pronoun a verb acts on, right after it: "who owns it?", "who runs them?".
_OBJECT = lazy(r"\s+(?:it|them|him|her)\b", re.IGNORECASE)
# ...and the pronoun doing it, right before: "when will it reopen?", "did they resign?"
_SUBJECT = lazy(r"\b(?:it|they|he|she)\s+$", re.IGNORECASE)


def passages_of(index: Index, article_ids: Iterable[str]) -> np.ndarray:
    """The numbers of the passages of those of ``article_ids`` the index holds, in order."""
    spans = [index.spans[a] for a in article_ids if a in index.spans]
    if not spans:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate([np.arange(s.start, s.stop) for s in spans]))


def _articles_of(index: Index, article_ids: Iterable[str]) -> np.ndarray:
    """The article numbers of those of ``article_ids`` the index holds (an answer quoted
    them; one may be gone since)."""
    firsts = sorted({index.spans[a].start for a in article_ids if a in index.spans})
    return index.passages.article[np.array(firsts, dtype=np.int64)]


def _plain(index: Index, question: str) -> list[Token]:
    """``question``'s words as the analyzer reads them, not looked up further: neither
    stop words nor those asking the bot ("one" of "the next one")."""
    return [t for t in index.analyzer.tokens(question) if not asks_bot(question, t)]


def _spelled_out(question: str) -> str:
    """``question`` with its abbreviations as their words, the first way of writing them
    (``ABBREVIATIONS``: "ceo", chief executive), without looking anything up in the
    corpus: the bot asks this on its event loop, where a scan of a million sentences
    for the words an acronym spells took half a second."""

    def words(m: re.Match[str]) -> str:
        short = m.group("plain") or m.group("after")
        return (m.group("before") or "") + ABBREVIATIONS[short.lower()].split("|")[0]

    return _ABBREVIATED.sub(words, question)


def in_places_asked(
    index: Index, query: Query, ranked: list[Ranked], question: str = ""
) -> list[Ranked]:
    """The passages whose article names every country and name the question names
    (``named_asked``): "who is the prime minister of Thailand?" is not answered by
    "Indian Prime Minister Narendra Modi...", from an article naming no Thailand, nor
    "who invented the turing machine?" by "...the atmospheric engine, invented by Thomas
    Newcomen", from one naming no Turing, nor "which companies stopped using the red
    sea?" by circuses asked to "stop using wild animals" (two words of a name, each
    common: ``_pair_capitalised``), nor "how many flights were cancelled in dubai" by
    the outage's (a place typed after "in": ``_may_name``). Whether a word is a name is
    read from the text only where a passage's article lacks it."""
    if not ranked:
        return ranked
    articles = index.passages.article[numbers_of(ranked)]
    keep = np.ones(articles.size, bool)
    for word, country in _may_name(index, query, question):
        named = index.article_bm25.holding(word.alternatives, articles)
        if not named.all() and (country or _is_topic(index, word) or _is_name(index, word)):
            keep &= named
    for first, second in _typed_pairs(query, question):
        holding = index.article_bm25.holding
        named = holding(first.alternatives, articles) & holding(second.alternatives, articles)
        if not named.all() and _pair_capitalised(index, first, second) >= NAME_CAPITALISED:
            keep &= named
    return [r for r, kept in zip(ranked, keep.tolist(), strict=True) if kept]


# The passages holding the rarer of two words that ``_pair_capitalised`` looks among for
# the other: a sample, as NAME_READS is. What it read is kept for each index (a pair a
# question asks is asked again), _PAIRS_KEPT pairs at most.
_PAIR_LOOKS = 1000
_PAIRS_KEPT = 10_000
_PAIR_WORD = lazy(r"\w+")
_WORD_CHAR = lazy(r"\w")
_GAP = lazy(r"[ \t]+")
_PAIRS_READ: WeakKeyDictionary[Passages, dict[tuple[str, ...], float]] = WeakKeyDictionary()


def _typed_pairs(query: Query, question: str) -> Iterator[tuple[Word, Word]]:
    """The question's own words typed side by side, neither a country nor a name alone
    (``_may_name`` reads those), for ``_pair_capitalised``."""
    typed = f" {' '.join(_WORDS.findall(question.lower()))} "
    words = [w for w in query.own_words if w.written and w.alternatives and not w.country]
    for first, second in itertools.pairwise(words):
        if f" {first.written.lower()} {second.written.lower()} " in typed:
            yield first, second


def _pair_capitalised(index: Index, first: Word, second: Word) -> float:
    """Of the times the first NAME_READS passages holding both words' likeliest terms
    write them side by side, other than first in the passage, the share written with
    both capitalised ("Red Sea"; 0 for none), read once a pair for each index."""
    terms = tuple(max(w.alternatives, key=w.alternatives.__getitem__) for w in (first, second))
    return kept(_PAIRS_READ, index.passages, terms, lambda: _pair_read(index, terms), _PAIRS_KEPT)


def _pair_read(index: Index, terms: tuple[str, ...]) -> float:
    """``_pair_capitalised`` of two terms, read from the passages."""
    postings = index.bm25.documents(terms)
    if len(postings) < 2:
        return 0.0
    rarer, other = sorted(postings, key=len)
    looked = rarer[:_PAIR_LOOKS]  # not all of two common words' postings at 1M sentences
    both = looked[find_sorted(other, looked)[1]][:NAME_READS]
    firsts, seconds = ({w.lower() for w in index.vocabulary.words_of(t)} for t in terms)
    big = small = 0
    for n in both.tolist():
        for first, second in _pairs_written(index.passages.text(n), firsts, seconds):
            if first[0].isupper() and second[0].isupper():
                big += 1
            else:
                small += 1
    return big / (big + small) if big + small else 0.0


def _pairs_written(
    text: str, firsts: Collection[str], seconds: Collection[str]
) -> Iterator[tuple[str, str]]:
    """Each two words of ``text`` side by side (spaces or tabs between them) whose first,
    not the text's first word, is one of ``firsts`` and second one of ``seconds`` (both in
    small letters), as written. Each of ``firsts`` is looked for by ``str.find`` in the
    text in small letters, not every word read by a pattern: at a million sentences a
    question's new pair read 30 passages word by word in 0.6 ms (a pattern of their
    spellings took 0.4 ms to compile)."""
    small = text.lower()
    if len(small) != len(text):  # a letter whose small form is longer: word by word
        words = list(_PAIR_WORD.finditer(text))
        for before, word in itertools.pairwise(words):
            if (
                before.start() > 0
                and not text[before.end() : word.start()].strip(" \t")
                and before.group().lower() in firsts
                and word.group().lower() in seconds
            ):
                yield before.group(), word.group()
        return
    found = []
    for first in filter(_PAIR_WORD.fullmatch, firsts):
        at = small.find(first, 1)
        while at > 0:
            end = at + len(first)
            if not _WORD_CHAR.match(text, at - 1) and not _WORD_CHAR.match(text, end):
                gap = _GAP.match(text, end)
                word = _PAIR_WORD.match(text, gap.end()) if gap else None
                if word and word.group().lower() in seconds and text[at:end].lower() == first:
                    found.append((at, end, word.start(), word.end()))
            at = small.find(first, at + 1)
    for at, end, start, stop in sorted(found):
        yield text[at:end], text[start:stop]


# Who did what a question asks ("the court" of "what did the court say about apple?"):
# the words between "what did" and a verb of saying, deciding or finding.
_AGENT_ASKED = lazy(
    r"\s*(?:what|how|why) (?:did|does|do|has|have|had|will|would) (?:the |a |an )?"
    r"(?P<agent>[a-z]+(?: [a-z]+){0,3}?) (?:say|said|rule|ruled|decide|decided|find|found"
    r"|think|want|announce|announced|order|ordered|report|reported|claim|claimed|conclude"
    r"|concluded|recommend|recommended)\b",
    re.I,
)


def by_agent_asked(index: Index, query: Query, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """The passages whose article names each word (or a synonym of it) of whoever
    ``question`` asks said, decided or found something (_AGENT_ASKED), roles aside: "what
    did the court say about apple?" is not answered by "Apple has not said how many
    headsets it sold", from an article naming no court, nor "what did the supreme court
    of india rule?" by Myanmar's "ruling military" and India's rescue teams. Critics are
    whoever objects, named or not (``asked_by.OBJECTION``: "what do critics say?" after the
    food study: "Other scientists noted that the study was observational...")."""
    found = _AGENT_ASKED.match(question)
    if not found or not ranked or found["agent"].lower() in OBJECTION.words:
        return ranked
    # a role is written by a title as often ("the who chief": "...director-general")
    return _in_articles_holding(index, query, ranked, found.span("agent"), ROLES)


# A year and the words after it, which name what of that year is asked ("the 2026 world
# cup", "the 2024 election")
_YEAR_OF = lazy(
    r"\b(?P<year>1\d{3}|20\d{2})\s+(?P<what>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})", re.I
)


def year_of_typed(question: str) -> str:
    """The year ``question`` asks and what of it, as typed ("2024 tour de france"), or ""
    (``by_year_asked``)."""
    found = _YEAR_OF.search(question)
    return question[found.start() : found.end()] if found else ""


def by_year_asked(index: Index, query: Query, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """The passages whose article names the year ``question`` asks (_YEAR_OF), or was
    published in it, and each of the words after it (or a synonym): "who won the 2026
    world cup?" is not answered by Eurovision's "Austria will now host the 2026 contest",
    whose article names no cup, nor by "India won the T20 World Cup", of 2024."""
    found = _YEAR_OF.search(question)
    if not found or not ranked:
        return ranked
    year = int(found.group("year"))
    articles = index.passages.article[numbers_of(ranked)]
    dated = index.article_bm25.holding([str(year)], articles).astype(bool)
    dated |= index.years()[articles] == year
    ranked = [r for r, kept in zip(ranked, dated.tolist(), strict=True) if kept]
    return _in_articles_holding(index, query, ranked, found.span("what"))


def _in_articles_holding(
    index: Index,
    query: Query,
    ranked: list[Ranked],
    span: tuple[int, int],
    unless: Container[str] = (),
) -> list[Ranked]:
    """Those of ``ranked`` whose article holds each of ``query``'s own words read from
    the question's ``span`` (by any of its terms), save those written as in ``unless``."""
    start, end = span
    words = [
        word
        for token, word in zip(query.read, query.words, strict=False)
        if start <= token.start < end and word.alternatives and token.word not in unless
    ]
    if not words:
        return ranked
    articles = index.passages.article[numbers_of(ranked)]
    keep = np.ones(articles.size, bool)
    for word in words:
        keep &= index.article_bm25.holding(word.alternatives, articles).astype(bool)
    return [r for r, kept in zip(ranked, keep.tolist(), strict=True) if kept]


def in_places_carried(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """For a follow-up naming no country or name of its own, the passages whose article
    names a country the questions it follows named, where any does: "who is the
    governor there?" after "what about the bank of england?" is not answered by the Bank
    of Japan's governor. A country named as part of a name ("Air India": the word before
    it written with it, both capitalised, ``_pair_capitalised``) is named only by an
    article writing the whole name, and where none of ``ranked``'s does, none answers:
    "air india | what caused it?" is not answered by the Myanmar quake's cause, its
    article naming India's rescuers."""
    if query.own < 0 or not ranked or next(_may_name(index, query), None) is not None:
        return ranked
    countries = _country_terms(index.analyzer)
    words = query.carried_words
    carried = [
        [w, *_named_with(index, words[i - 1], w)] if i else [w]
        for i, w in enumerate(words)
        if countries.intersection(w.alternatives)
    ]
    if not carried:
        return ranked
    numbers = numbers_of(ranked)
    articles = index.passages.article[numbers]
    named = np.zeros(articles.size, bool)
    for name in carried:
        if len(name) == 1:
            named |= index.article_bm25.holding(name[0].alternatives, articles).astype(bool)
            continue
        writing: dict[int, bool] = {}  # read once an article
        for a, n in zip(articles.tolist(), numbers.tolist(), strict=True):
            if a not in writing:
                writing[a] = article_writes(index, n, name[1], name[0])
        named |= np.array([writing[a] for a in articles.tolist()], bool)
    kept = [r for r, held in zip(ranked, named.tolist(), strict=True) if held]
    return kept if kept or any(len(name) > 1 for name in carried) else ranked


def _named_with(index: Index, before: Word, country: Word) -> list[Word]:
    """``before`` where it and ``country`` are written side by side as a name ("Air
    India"), else none."""
    if not before.alternatives:
        return []
    return [before] if _pair_capitalised(index, before, country) >= NAME_CAPITALISED else []


def article_writes(index: Index, number: int, first: Word, second: Word) -> bool:
    """Whether passage ``number``'s article writes ``first`` and ``second`` side by side
    ("Air India")."""
    return writes_together(index, map(index.passages.text, index.span_of(number)), first, second)


def typed_names(index: Index, query: Query, question: str) -> list[tuple[Word, Word]]:
    """The question's own words typed side by side that the corpus writes as a name, both
    capitalised (``_pair_capitalised``: "new delhi", "vision pro")."""
    return [
        (first, second)
        for first, second in _typed_pairs(query, question)
        if _pair_capitalised(index, first, second) >= NAME_CAPITALISED
    ]


def out_of_names(index: Index, query: Query, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` without the passages holding one word of a name of two the question
    types (``typed_names``), or neither, in an article never writing the name nor holding
    both words in one passage ("the Great Moscow State Circus" is the Moscow Circus): out
    of it, the word names something else ("does the vision pro need glasses?" is not
    told by the seed's "This alignment reflects a shared strategic vision.", whose
    article writes "pro-democracy" apart; the headset's fell under the bar)."""
    if not ranked:
        return ranked
    names = typed_names(index, query, question)
    if not names:
        return ranked

    def apart(number: int) -> bool:
        held = set(index.analyzer.analyze(index.passages.text(number)))
        return any(
            (held.isdisjoint(first.alternatives) or held.isdisjoint(second.alternatives))
            and not article_writes(index, number, first, second)
            and not _held_together(index, number, first, second)
            for first, second in names
        )

    return [r for r in ranked if not apart(r.number)]


def _held_together(index: Index, number: int, first: Word, second: Word) -> bool:
    """Whether a passage of passage ``number``'s article holds a term of ``first`` and
    one of ``second``: the name written with words between ("the Great Moscow State
    Circus", "the Nobel Peace Prize")."""
    span = index.span_of(number)
    passages = np.arange(span.start, span.stop)
    both = index.bm25.holding(first.alternatives, passages)
    return bool((both & index.bm25.holding(second.alternatives, passages)).any())


def writes_together(index: Index, texts: Iterable[str], first: Word, second: Word) -> bool:
    """Whether one of ``texts`` writes a word of ``first`` and one of ``second`` side by
    side (their spellings looked up once)."""
    firsts, seconds = (
        {w.lower() for t in word.alternatives for w in index.vocabulary.words_of(t)}
        for word in (first, second)
    )
    # (a space before: _pairs_written skips a pair opening the text, as a sentence's
    # capitalised first word is no sign of a name, but here any pair written counts)
    return any(next(_pairs_written(" " + text, firsts, seconds), None) for text in texts)


# The words that ask the same of another ("and china?", "what about the us?")
_ASKING_SAME = frozenset("and but so what whats s about how of for same then the in".split())
_WORDS = lazy(r"[a-z]+")


def on_topic_carried(
    index: Index, query: Query, question: str, ranked: list[Ranked]
) -> list[Ranked]:
    """For a follow-up naming a country and nothing else ("what about the us?" after "uk
    inflation"), the passages holding a word carried that names no country, none where
    none does: it asks the same of that country, not where it is named beside the one
    before ("Ultra-processed foods make up more than half of the calories eaten in the
    United States and Britain"). Not one asking more ("what are the us and uk doing
    about it?": "The United States and Britain have carried out air strikes...")."""
    own = [w for w in query.own_words if w.alternatives]
    if query.own < 0 or not ranked or not own or not all(w.country for w in own):
        return ranked
    named = {part.lower() for w in own for part in w.written.split()}
    if any(w not in named and w not in _ASKING_SAME for w in _WORDS.findall(question.lower())):
        return ranked
    countries = _country_terms(index.analyzer)
    topic = [
        w
        for w in query.carried_words
        if w.alternatives
        and not countries.intersection(w.alternatives)
        and not is_light(index.analyzer, w)
    ]
    if not topic:
        return ranked
    numbers = numbers_of(ranked)
    held = np.zeros(numbers.size, bool)
    for word in topic:
        held |= index.bm25.holding(word.alternatives, numbers).astype(bool)
    return [r for r, kept in zip(ranked, held.tolist(), strict=True) if kept]


def holding_role_asked(
    index: Index, query: Query, question: str, ranked: list[Ranked]
) -> list[Ranked]:
    """The passages that hold the role a "who is the X of Y?" question asks for (the word,
    or a word of its synonym group: "leader", "head", "chief") and each word of what it
    is the role of, Y (or a synonym), the others left out: "who is the president of
    Brazil?" is not answered by "A group of Huguenots ... arrived in Brazil in 1555",
    nor "who is the head of the Moscow Circus?" by Myanmar's gift of elephants to it.
    Y's first words may be its article's title's instead (_named_within): "who is the
    head of the nobel committee?" by "The committee's chairman, ..." under a title
    naming the Nobel Peace Prize."""
    found = _ROLE_OF.match(question)
    role = found[1].lower().split()[-1] if found else ""
    if role not in ROLES or not ranked:
        return ranked
    # The role, and what it is the role of: the words after "of", held by no article or
    # not ("who is the president of Russia's wife?": none says whose wife).
    words = [
        w
        for w, token in zip(query.own_words, query.read, strict=False)
        if (w.alternatives and w.written.lower() == role) or token.start >= found.end()
    ]
    numbers = numbers_of(ranked)
    of = [w for w in words if w.written.lower() != role]  # Y's words
    # the role or what its holder does: "who is the new head of the sec?" is told by
    # "...has named Paul Atkins ... to lead the Securities and Exchange Commission"
    roles = [_with_doing(w) for w in words if w.written.lower() == role]
    keep = holding_all(index, roles, numbers) | _won_role(index, roles, numbers)
    now = _NEW.search(question) is not None  # "who is the new president of X?"
    opened = np.zeros(numbers.size, bool) if now else _opened_with(index, of, roles, numbers)
    keep &= (
        holding_all(index, of, numbers)
        | _titled_with(index, of, numbers)
        | _named_within(index, of, numbers)
        | opened
        | _country_opened(index, of, numbers)
    )
    return [r for r, kept in zip(ranked, keep.tolist(), strict=True) if kept]


def _country_opened(index: Index, words: Sequence[Word], numbers: np.ndarray) -> np.ndarray:
    """Which passages ``numbers`` hold each of ``words`` that names no country and are in
    an article whose opening sentence holds each that does: "who is the leader of the
    opposition in india?" is told by "The opposition alliance led by the Congress
    party...", in an article opening "Indian Prime Minister Narendra Modi claimed
    victory..." (not South Korea's "Opposition parties filed a motion...")."""
    countries = [w for w in words if names_country(index.analyzer, w.written)]
    others = [w for w in words if not names_country(index.analyzer, w.written)]
    if not countries or not others or not all(w.alternatives for w in others):
        return np.zeros(numbers.size, bool)
    opened = holding_all(index, countries, _openings(index, numbers))
    return holding_all(index, others, numbers) & opened


# A role asked of who holds it now ("who is the new president of syria?"): not told by a
# holder only its article's opening ties to the country ("President Bashar al-Assad
# fled the country...")
_NEW = lazy(r"\b(?:new|next|current|now)\b", re.I)
# ...and a sentence referring back to the country its article's opening names
_THE_COUNTRY = lazy(r"\bthe\s+(?:country|nation)\b", re.I)


def _opened_with(
    index: Index, words: Sequence[Word], roles: Sequence[Word], numbers: np.ndarray
) -> np.ndarray:
    """Which passages ``numbers`` are in an article whose opening sentence holds every one
    of ``words``, each a country (a word of its, or its people's), refer back to it ("the
    country") and write no other country's or people's word right before the role: news
    names the country in its lede, then the role's holder by name ("President Bashar
    al-Assad fled the country..." after "Syrian rebels took control of the capital...");
    not "...Russian President Vladimir Putin" in an article opening with Myanmar, nor "The
    president of the colony was..." after "...Huguenots arrived in Brazil"."""
    if not words or not all(names_country(index.analyzer, w.written) for w in words):
        return np.zeros(numbers.size, bool)
    found = holding_all(index, words, _openings(index, numbers))
    asked = {t for w in words for t in w.alternatives}
    others = _country_terms(index.analyzer) - asked
    role_terms = {t for w in roles for t in w.alternatives}
    for i in np.flatnonzero(found).tolist():
        text = index.passages.text(int(numbers[i]))
        terms = [t.term for t in index.analyzer.tokens(text)]
        found[i] = _THE_COUNTRY.search(text) is not None and not any(
            term in role_terms and others.intersection(terms[max(0, at - 2) : at])
            for at, term in enumerate(terms)
        )
    return found


def _openings(index: Index, numbers: np.ndarray) -> np.ndarray:
    """The opening sentence of each passage's article, by passage ``numbers``."""
    return np.array([index.span_of(int(n)).start for n in numbers.tolist()], dtype=np.int64)


def _with_doing(word: Word) -> Word:
    """``word`` also held where a verb says what its doers do (leader: "lead")."""
    verbs = {verb: 1.0 for term in word.alternatives if (verb := doing(term))}
    return replace(word, alternatives={**verbs, **word.alternatives}) if verbs else word


# What is won is held: "...won Romania's presidential run-off" (the verbs' stems).
_WINNING = ("win", "elect")


def _won_role(index: Index, roles: Sequence[Word], numbers: np.ndarray) -> np.ndarray:
    """Which passages ``numbers`` say a role of ``roles`` was won: its adjective
    (``derived``: "presidential") beside a verb of winning (_WINNING). "Who is the new
    president of romania?" is told by "Nicusor Dan ... won Romania's presidential
    run-off", which names no president."""
    forms = {f for w in roles for term in w.alternatives for f in derived(term)}
    if not forms:
        return np.zeros(numbers.size, bool)
    return index.bm25.holding(forms, numbers) & index.bm25.holding(_WINNING, numbers)


def _named_within(index: Index, words: Sequence[Word], numbers: np.ndarray) -> np.ndarray:
    """Which passages ``numbers`` hold the last of ``words`` (what names a thing ends in
    its head: the "committee" of "the nobel committee") and each of the others or their
    article's title does. Not "Military leaders in Moscow..." in an article titled
    "Circus" for the Moscow Circus: the circus is no head the passage holds."""
    if not words or not all(w.alternatives for w in words):
        return np.zeros(numbers.size, bool)
    held = index.bm25.holding(words[-1].alternatives, numbers)
    for word in words[:-1]:
        titled = titles_holding(index, [term_ids(index, word.alternatives)], numbers)
        held &= index.bm25.holding(word.alternatives, numbers) | titled
    return held


def holding_all(index: Index, words: Sequence[Word], numbers: np.ndarray) -> np.ndarray:
    """Which passages ``numbers`` hold each of ``words`` (a word of its, or a synonym)."""
    held = np.ones(numbers.size, bool)
    for word in words:
        held &= index.bm25.holding(word.alternatives, numbers)
    return held


def _titled_with(index: Index, words: Sequence[Word], numbers: np.ndarray) -> np.ndarray:
    """Which passages ``numbers`` are in an article whose title holds every one of
    ``words`` (a word of its, or a synonym) and, where one is a country, name no other:
    news names it in the title and the lede, then the role's holder by name alone
    ("President Gabriel Boric declared..." in "Strong earthquake strikes central Chile",
    "Governor Andrew Bailey said..." in "Bank of England cuts interest rates"); not
    "...Russian President Vladimir Putin" in an article titled with Myanmar, nor
    "Military leaders in Moscow..." in one titled "Circus" for the Moscow Circus."""
    if not words or not all(w.alternatives for w in words):
        return np.zeros(numbers.size, bool)
    titled = titles_holding(index, [term_ids(index, w.alternatives) for w in words], numbers)
    if titled.any() and any(names_country(index.analyzer, w.written) for w in words):
        others = _country_terms(index.analyzer) - {t for w in words for t in w.alternatives}
        for i in np.flatnonzero(titled).tolist():
            text = index.passages.text(int(numbers[i]))
            titled[i] = others.isdisjoint(index.analyzer.analyze(text))
    return titled


def titles_holding(index: Index, wanted: Sequence[set[int]], numbers: np.ndarray) -> np.ndarray:
    """Which passages ``numbers`` are in an article whose title holds a term of each of
    ``wanted`` (sets of term ids, ``term_ids``)."""
    found = np.zeros(numbers.size, bool)
    articles = index.passages.article[numbers]
    for article in set(articles.tolist()):
        title = set(index.titles.terms_of(article).tolist())
        if all(ids & title for ids in wanted):
            found |= articles == article
    return found


def titled_only(index: Index, query: Query, question: str) -> str:
    """The id of the one article whose title holds the question's own words that no
    sentence writes, where those and light words are all it asks: "blackout?", "when was
    the blackout?" on an article titled "...one of Europe's worst blackouts" whose
    sentences say "lost electricity", which found nothing (or a follow-up of none of its
    own carrying them: "when did it happen?" after "blackout"); "" otherwise (a word no
    article holds is said to be missing as before). Asking when, words used often
    (FOLLOWING_MIN_ZIPF) ask nothing more: "what time did the blackout start?" is told
    by the opening's "shortly after 12:30 on Monday", as news dates its event there (not
    "how many died in the blackout?", which the opening need not tell)."""
    articles: set[int] | None = None
    when = asks_when(question)
    # a follow-up asking nothing of its own asks what it carries ("when did it happen?"
    # after "blackout": the opening's "shortly after 12:30 on Monday")
    for word in query.own_words or query.carried_words:
        if not word.alternatives:
            return ""
        if sentences_hold(index, word):
            if (
                is_light(index.analyzer, word, verbs=True)
                or (when and index.vocabulary.zipf(word.written.lower()) >= FOLLOWING_MIN_ZIPF)
                or asked_how(question, word.written)  # "how long did the blackout last?"
            ):
                continue
            return ""
        titled = _titled_by(index, word)
        articles = titled if articles is None else articles & titled
    return _sole(index, articles)


# What an article's opening tells of the event its title names: what, which, where, when
# or how it was, not how many or how much (the opening need not count what is asked: "how
# many people died in the blackout?"), nor whether ("did anyone die in the blackout?").
_ASKS_OF_EVENT = lazy(
    r"\W*(?:what|which|where|when|how(?!\s+(?:many|much|old)\b))(?:['’]s)?\b", re.I
)


def titled_subject(index: Index, query: Query, question: str) -> str:
    """The id of the one article whose title holds the question's own words that no
    sentence writes, whatever else ``question`` asks of it that its opening tells
    (_ASKS_OF_EVENT): "which countries were affected by the blackout?" of the article
    titled "...one of Europe's worst blackouts"; "" where no such word is asked, or
    titles of several articles hold them. Each such word names what is asked of, after
    "the" ("the blackout"): not "which shipping companies changed routes?", whose
    "routes" only Aeroflot's title holds ("...as Western routes stay closed")."""
    if not _ASKS_OF_EVENT.match(question):
        return ""
    articles: set[int] | None = None
    for word in query.own_words:
        if not word.alternatives or sentences_hold(index, word):
            continue
        named = rf"\b(?:the|this|that)\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(word.written)}\b"
        if not re.search(named, question, re.I):
            return ""
        titled = _titled_by(index, word)
        articles = titled if articles is None else articles & titled
    return _sole(index, articles)


def sentences_hold(index: Index, word: Word) -> bool:
    """Whether a sentence holds ``word`` (a word of its, or a synonym)."""
    return any(docs.size for docs in index.bm25.documents(word.alternatives))


def _titled_by(index: Index, word: Word) -> set[int]:
    """The articles whose title holds ``word`` (a word of its, or a synonym)."""
    return {
        int(a) for docs in index.article_bm25.documents(word.alternatives) for a in docs.tolist()
    }


def _sole(index: Index, articles: set[int] | None) -> str:
    """The id of the one article of ``articles``; "" for none or several."""
    return index.infos[next(iter(articles))].id if articles and len(articles) == 1 else ""


def asked_how(question: str, written: str) -> bool:
    """Whether ``written`` is the word after "how" that says what ``question`` asks
    ("long" of "how long did it last?"): a measure, no word of what it is asked of."""
    lowered = written.lower()
    if lowered in _COMPARATIVES.split("|"):  # "longer" of "how much longer does it take?"
        return re.search(rf"\bhow\s+much\s+{lowered}\b", question, re.I) is not None
    return lowered in HOW_WORDS and re.search(rf"\bhow\s+{lowered}\b", question, re.I) is not None


def term_ids(index: Index, terms: Iterable[str]) -> set[int]:
    """The ids of those of ``terms`` the index holds."""
    table = index.bm25.terms
    return {i for t in terms if (i := table.id(t)) is not None}


def title_ids(index: Index, number: int) -> set[int]:
    """The term ids of the title of passage ``number``'s article."""
    return set(index.titles.terms_of(int(index.passages.article[number])).tolist())


def named_asked(index: Index, query: Query, question: str = "") -> list[Word]:
    """The question's words that name a country the corpus names, by its name ("Russian
    jets" asks about jets, not about Russia), or something the corpus writes as a name
    (NAME_MAX_ZIPF: "turing", "naypyidaw"; typed after "in" in ``question``,
    PLACE_MAX_ZIPF: "bangkok")."""
    return [w for w, country in _may_name(index, query, question) if country or _is_name(index, w)]


def names_as_typed(index: Index, query: Query, question: str) -> tuple[str, ...]:
    """The countries and names ``named_asked`` finds, as ``question`` types them, each
    with the words beside it that the corpus writes as a name too, once each: "did min
    aung hlaing visit thailand" names "min aung hlaing" and "thailand" (not "aung",
    "hlaing", "thailand")."""
    named = {id(w) for w in named_asked(index, query)}
    pairs = list(zip(query.own_words, query.read, strict=False))
    marked = [id(w) in named for w, _ in pairs]

    def typed_together(a: int, b: int) -> bool:  # the two words, white space between
        return 0 <= a < b < len(pairs) and not question[pairs[a][1].end : pairs[b][1].start].strip()

    changed = True
    while changed:  # a name's other parts, beside a part ("min" beside "aung")
        changed = False
        for at, (word, _) in enumerate(pairs):
            beside = (typed_together(at - 1, at) and marked[at - 1]) or (
                typed_together(at, at + 1) and marked[at + 1]
            )
            if not marked[at] and beside and word.alternatives:
                term = max(word.alternatives, key=word.alternatives.__getitem__)
                marked[at] = changed = capitalised(index, term) >= NAME_PART_CAPITALISED
    runs: list[tuple[int, int]] = []
    for (_, token), mark in zip(pairs, marked, strict=True):
        if not mark:
            continue
        if runs and not question[runs[-1][1] : token.start].strip():
            runs[-1] = (runs[-1][0], token.end)
        else:
            runs.append((token.start, token.end))
    return tuple(dict.fromkeys(unowned(question[a:b]) for a, b in runs))  # "Myanmar's"


def names_country(analyzer: Analyzer, written: str) -> bool:
    """Whether ``written`` names a country by its name ("India", not "Indian")."""
    return bool(_country_names(analyzer).intersection(analyzer.analyze(written)))


def names_country_or_people(analyzer: Analyzer, written: str) -> bool:
    """Whether ``written`` names a country by its name or its people's ("Japan",
    "Japanese"): any word of a group of ``synonyms.COUNTRIES`` (``_country_terms``)."""
    return bool(_country_terms(analyzer).intersection(analyzer.analyze(written)))


# A country or its people's word this many words (stop words aside) from a name tells
# where the one named is from: "Noah Lyles of the United States", "Sinner is the first
# Italian man"; not "Sinner received prize money of 3.15 million Australian dollars".
ORIGIN_NEAR = 3
# ...and so do these, of two words, where they stand in a sentence ("the first pope from
# the United States")
_COUNTRIES_OF_TWO = frozenset({("unit", "state"), ("unit", "kingdom")})


def names_origin_near(analyzer: Analyzer, text: str, own: Set[str]) -> bool:
    """Whether ``text`` writes a country or its people ("Italian", "the United States")
    within ORIGIN_NEAR words of one of the terms ``own``."""
    terms = [t.term for t in analyzer.tokens(text)]
    named = [at for at, term in enumerate(terms) if term in own]
    if not named:
        return False
    return any(abs(at - n) <= ORIGIN_NEAR for at in _countries_at(analyzer, terms) for n in named)


def names_a_country(analyzer: Analyzer, text: str) -> bool:
    """Whether ``text`` writes a country or its people ("Australia's parliament", "the
    first pope from the United States")."""
    return bool(_countries_at(analyzer, [t.term for t in analyzer.tokens(text)]))


def countries_named(analyzer: Analyzer, text: str) -> int:
    """How many countries ``text`` names by their names ("Mexico, the United States and
    Canada": three; not "British businessman Hamish Harding; French diver...", nor "the
    US economy ... U.S. energy security" more than one)."""
    terms = [t.term for t in analyzer.tokens(text)]
    names = _country_names(analyzer)
    pairs = {pair for pair in zip(terms, terms[1:], strict=False) if pair in _COUNTRIES_OF_TWO}
    return len({term for term in terms if term in names}) + len(pairs)


def _countries_at(analyzer: Analyzer, terms: Sequence[str]) -> list[int]:
    """The places in ``terms`` where a country or its people is written."""
    countries = _country_terms(analyzer)
    return [
        at
        for at, term in enumerate(terms)
        if term in countries or tuple(terms[at : at + 2]) in _COUNTRIES_OF_TWO
    ]


def _may_name(index: Index, query: Query, question: str = "") -> Iterator[tuple[Word, bool]]:
    """The question's words that name a country by its name (True), held by the corpus
    or not, and those that may be a name (False): rarer in English than NAME_MAX_ZIPF
    (or than PLACE_MAX_ZIPF, typed in ``question`` after _AT_PLACE's words), matching
    one term at full weight (a typo mended is no name asked)."""
    places = {m.lower() for m in _AT_PLACE.findall(question)}
    for w in query.own_words:
        if w.country or names_country(index.analyzer, w.written):
            yield w, True  # one no article names too: "does India buy jets?" on the seed
        elif w.alternatives and sum(weight >= 1.0 for weight in w.alternatives.values()) == 1:
            zipf = index.vocabulary.zipf(index.analyzer.pair(w.written)[0])
            at_place = w.written.lower() in places
            if zipf < NAME_MAX_ZIPF or (zipf < PLACE_MAX_ZIPF and at_place):
                yield w, False


def _is_topic(index: Index, word: Word) -> bool:
    """Whether ``word`` is rarer in English than TOPIC_MAX_ZIPF: what it names is the
    subject asked of, written in small letters or not ("chikungunya", 2.2: "how many doses
    of the chikungunya vaccine?" is not told by mpox's "10 million doses")."""
    return index.vocabulary.zipf(index.analyzer.pair(word.written)[0]) < TOPIC_MAX_ZIPF


def _is_name(index: Index, word: Word) -> bool:
    """Whether the corpus writes ``word``'s full-weight term as a name (NAME_CAPITALISED)."""
    term = next(t for t, weight in word.alternatives.items() if weight >= 1.0)
    return capitalised(index, term) >= NAME_CAPITALISED


def written_as_name(index: Index, word: str) -> bool:
    """Whether the passages holding ``word`` write it capitalised at least as often as
    not (NAME_PART_CAPITALISED), as a name is ("Hlaing", "Sinner"; "Specification",
    "winner" are words)."""
    term = index.analyzer.pair(word)[1]
    return bool(term) and capitalised(index, term) >= NAME_PART_CAPITALISED


def capitalised(index: Index, term: str, word: str = "") -> float:
    """Of the times the first NAME_READS passages holding ``term`` write one of its words
    (``word`` alone, if given) as a word (letters on neither side), other than first in
    the passage, the share written with a capital (0 for none)."""
    big, small = _written(index, term, word)
    return big / (big + small) if big + small else 0.0


def _written(
    index: Index, term: str, word: str = "", within: np.ndarray | None = None
) -> tuple[int, int]:
    """How often the first NAME_READS passages holding ``term`` (those of ``within``, if
    given, all of them) write one of its words (``word`` alone, if given), other than
    first in the passage, with a capital and without."""
    words = index.vocabulary.words_of(term)
    if word:
        words = [w for w in words if w == word]
    postings = index.bm25.documents([term])
    if not words or not postings:
        return 0, 0
    holding = postings[0]
    read = holding[:NAME_READS] if within is None else holding[np.isin(holding, within)]
    big = small = 0
    for n in read.tolist():
        text = index.passages.text(n)
        lower = text.lower()
        if len(lower) != len(text):  # a letter lower-cased into two ("İ"): places move
            continue
        for word in words:
            at = lower.find(word, 1)
            while at > 0:
                end = at + len(word)
                if not lower[at - 1].isalnum() and not lower[end : end + 1].isalnum():
                    if text[at].isupper():
                        big += 1
                    else:
                        small += 1
                at = lower.find(word, end)
    return big, small


@lru_cache(maxsize=4)
def _country_terms(analyzer: Analyzer) -> frozenset[str]:
    """The terms of the countries and their people ("thailand", "thai")."""
    return frozenset(t for terms in country_groups(analyzer) for t in terms)


@lru_cache(maxsize=4)
def _country_names(analyzer: Analyzer) -> frozenset[str]:
    """The terms of the countries' names ("thailand", not its people's "thai"): each
    group's first word's, its short forms' (of three letters or fewer: "usa", "US",
    "uk"), and OTHER_COUNTRY_NAMES' ("england": "will the bank of england raise rates?"
    quoted the Bank of Japan's raise, the question naming no country)."""
    others = {t for name in OTHER_COUNTRY_NAMES for t in analyzer.analyze(name)}
    return frozenset(
        t
        for terms in country_groups(analyzer)
        for i, t in enumerate(terms)
        if i == 0 or len(t) <= 3 or t in others
    )
