"""Turn a question into weighted index terms: its own words, typos mended, synonyms added."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .analysis import Analyzer, Token, is_acronym
from .synonyms import IDIOMS, group_terms
from .vocabulary import Vocabulary

# A question word the corpus lacks that is a typo of a stop word is read as one ("waht")
# unless English knows it better than this (typos common online: "teh" 3.0, "thier" 3.0;
# words: "fro" 3.3, "doe" 3.8).
STOP_TYPO_MAX_ZIPF = 3.1
# A mended typo counts a little less than the word typed, a synonym less again: the
# passage that uses the question's own word wins when there is one.
TYPO_WEIGHT = 0.8
SYNONYM_WEIGHT = 0.6
# Question words the corpus never uses weigh on the no-answer decision by how rare they
# are in English: "brazil" (Zipf 4.6) counts almost fully, "happen" (5.2) little,
# "year" (6.0) not at all.
RARE_ZIPF, COMMON_ZIPF = 4.5, 5.5
# A word English does not know either (an acronym such as IISS, a name, a typo too far
# from any corpus word) may well be answered all the same: it counts for less.
UNKNOWN_ZIPF, UNKNOWN_SHARE = 2.0, 0.3
# A question word common in English ("world", "next", "people") says little about what is
# asked even when the corpus rarely uses it: its weight falls linearly from 1 at Zipf
# EMPHASIS_RARE to EMPHASIS_FLOOR at EMPHASIS_COMMON. Numbers keep their full weight.
EMPHASIS_RARE, EMPHASIS_COMMON, EMPHASIS_FLOOR = 4.5, 6.0, 0.4
# The words a follow-up carries over from the question it follows ("and China?" after
# "who supplies Myanmar's jets?") count at this share of their weight: the subject is
# kept, and what the follow-up itself names decides between the passages about it.
CARRIED_WEIGHT = 0.5
_WORDS = re.compile(r"\w+")  # the words around a question's word, for its idioms
# Words that ask the bot, not the news, before one of the words paired with them (None:
# anywhere; "": at the question's end): "give me info on sanctions" asks for sanctions,
# "Russia vs China" for both, "what does junta mean?" for junta. Only in questions: a
# passage saying "details of the deal" keeps them.
ASKING: tuple[tuple[frozenset[str], frozenset[str] | None], ...] = (
    (frozenset("give show get find send bring".split()), frozenset("me us".split())),
    (
        frozenset("info information details detail".split()),
        frozenset("on about of regarding concerning re".split()),
    ),
    (frozenset("difference differences".split()), frozenset(["between"])),
    (frozenset("meaning definition".split()), frozenset(["of"])),
    (frozenset(["mean"]), frozenset([""])),  # "the mean temperature" asks it
    (frozenset("compare comparison vs versus define".split()), None),
)


@dataclass(frozen=True)
class Word:
    """One word of a question: the index terms that stand for it, with their weights, and
    what it contributes to the best score the question could reach."""

    alternatives: Mapping[str, float]  # index terms that can match it, with weights; empty: none
    importance: float
    written: str = ""  # as the question writes it ("" for a word carried from the earlier)
    read_as: str = ""  # the corpus word a typo of it was read as ("": none was needed)


@dataclass(frozen=True)
class Query:
    """A question's words and the best score it could reach."""

    words: tuple[Word, ...]
    question_terms: tuple[str, ...]  # the question as analysed, in order
    own: int = -1  # how many of ``words`` are the question's own (-1: all): the rest
    # are carried from the question it follows up
    read: tuple[Token, ...] = ()  # the question's tokens, as read (``question_terms``'s)

    @property
    def own_words(self) -> tuple[Word, ...]:
        return self.words if self.own < 0 else self.words[: self.own]

    @property
    def ideal(self) -> float:
        """Each question word matched once, in a passage of average length."""
        return sum(word.importance for word in self.words)

    @property
    def weights(self) -> dict[str, float]:
        """Every index term that can match, with its largest weight."""
        weights: dict[str, float] = {}
        for word in self.words:
            for term, weight in word.alternatives.items():
                weights[term] = max(weights.get(term, 0.0), weight)
        return weights


def build_query(
    question: str, analyzer: Analyzer, vocabulary: Vocabulary, earlier: str = ""
) -> Query:
    """The question's words, each with the terms that can match it and its importance;
    then the words of the ``earlier`` question it follows up, if any, that it lacks, at
    CARRIED_WEIGHT (a word the corpus cannot match is not carried: it would only count
    against answering)."""
    read = _read(question, analyzer, vocabulary)
    words, terms = [], []
    for token in read:
        terms.append(token.term)
        shown = question[token.start : token.end]
        also = _idiom(question, token, analyzer)
        words.append(_word(token.term, token.word, analyzer, vocabulary, shown, also))
    carried = set(terms)
    own = len(words)
    for token in _read(earlier, analyzer, vocabulary):
        if token.term in carried:
            continue
        carried.add(token.term)
        word = _word(token.term, token.word, analyzer, vocabulary)
        if word.alternatives:
            words.append(_scaled(word, CARRIED_WEIGHT))
    return Query(tuple(words), tuple(terms), own if earlier else -1, tuple(read))


def _read(question: str, analyzer: Analyzer, vocabulary: Vocabulary) -> list[Token]:
    """The question's tokens, with a word in capitals that the corpus holds no acronym
    of read as the word it spells: "JETS" typed with caps lock on is jets, and "WHO" in
    "WHO SUPPLIES MYANMAR'S JETS?" is who, a stop word. Passages keep the analyzer's
    reading: a news text writes acronyms in capitals, a member may write anything so.
    A typo of a stop word ("waht") is left out, as the stop word would be, and so is a
    verb that asks the bot ("give me", "show us")."""
    read, left_out = [], []
    for token in analyzer.tokens(question):
        shown = question[token.start : token.end]
        if _asks(question, token):
            left_out.append(token)
            continue
        if vocabulary.idf_of(token.term) is None:
            if is_acronym(shown):
                word, term = analyzer.pair(shown.lower())
                if not term:
                    continue
                token = Token(term, token.start, token.end, word)
            elif _frames(token.word, analyzer, vocabulary):
                left_out.append(token)
                continue
        read.append(token)
    return read or left_out  # nothing else asked: they may be words after all, said missing


def _asks(question: str, token: Token) -> bool:
    """Whether ``token`` asks the bot, by the word after it (ASKING)."""
    for words, before in ASKING:
        if token.word in words:
            if before is None:
                return True
            following = _WORDS.search(question, token.end)
            return (following.group().lower() if following else "") in before
    return False


def _frames(word: str, analyzer: Analyzer, vocabulary: Vocabulary) -> bool:
    """Whether a question's ``word``, which the corpus lacks, is a typo of a stop word
    ("waht", "hwo", "whre"): read as one, it is left out. Read as a corpus word instead, it
    asked something else ("waht" as "want"); left as it was, it was said to be missing."""
    typos = _stop_word_typos(analyzer.stop_words)
    return word in typos and vocabulary.zipf(word) <= STOP_TYPO_MAX_ZIPF


@lru_cache(maxsize=4)
def _stop_word_typos(stop_words: frozenset[str]) -> frozenset[str]:
    """The stop words of three letters or more with two neighbouring letters swapped
    ("waht", "teh"), and those of four or more with one left out ("wht", "whre")."""
    typos = set()
    for word in stop_words:
        if len(word) < 3 or not word.isalpha():
            continue
        typos.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
        if len(word) >= 4:
            typos.update(word[:i] + word[i + 1 :] for i in range(len(word)))
    return frozenset(typos - stop_words)


def _idiom(question: str, token: Token, analyzer: Analyzer) -> str:
    """The term that ``token`` also reads as, being the last word of an idiom (IDIOMS:
    "in charge" as "leader"); "" for none."""
    for (before, last), meaning in IDIOMS.items():
        preceding = _WORDS.findall(question[: token.start].lower())[-1:]
        if token.word == last and preceding == [before]:
            return next(iter(analyzer.analyze(meaning)), "")
    return ""


def _scaled(word: Word, share: float) -> Word:
    alternatives = {t: w * share for t, w in word.alternatives.items()}
    return Word(alternatives, word.importance * share, word.written, word.read_as)


def _word(
    term: str,
    written: str,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    shown: str = "",
    also: str = "",
) -> Word:
    """The Word of a question's ``term``, ``written`` so (normalised) and ``shown`` so
    in the question (its ``written``; "" for a word carried from the earlier question);
    ``also`` a term it reads as too (an idiom's), with its synonyms, as a synonym."""
    weight = emphasis(written, vocabulary)
    alternatives: dict[str, float] = {}
    idf: dict[str, float] = {}
    read_as = ""
    if (known := vocabulary.idf_of(term)) is not None:
        alternatives[term] = weight
        idf[term] = known
    elif (mended := vocabulary.mend(written)) is not None:
        term, read_as = mended
        alternatives[term] = TYPO_WEIGHT * weight
        idf[term] = vocabulary.idf_of(term) or 0.0
    others = synonyms(analyzer).get(term, frozenset())
    if also:
        others = others | {also} | synonyms(analyzer).get(also, frozenset())
    for other in others:
        if other not in alternatives and (known := vocabulary.idf_of(other)) is not None:
            alternatives[other] = SYNONYM_WEIGHT * weight
            idf[other] = known
    if not alternatives:
        return Word({}, unseen_weight(written, vocabulary), shown)
    best = max(w * idf[t] for t, w in alternatives.items())
    return Word(alternatives, best, shown, read_as if shown else "")


def emphasis(word: str, vocabulary: Vocabulary) -> float:
    """How much a question word says about what is asked, by its rarity in English."""
    if word[:1].isdigit():
        return 1.0
    zipf = vocabulary.zipf(word)
    share = (EMPHASIS_COMMON - zipf) / (EMPHASIS_COMMON - EMPHASIS_RARE)
    return min(max(share, EMPHASIS_FLOOR), 1.0)


def unseen_weight(word: str, vocabulary: Vocabulary) -> float:
    """What a question word the corpus cannot match weighs against answering at all."""
    unseen_idf = vocabulary.unseen_idf
    zipf = vocabulary.zipf(word)
    if zipf < UNKNOWN_ZIPF:
        return unseen_idf * UNKNOWN_SHARE
    share = (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)
    return unseen_idf * min(max(share, 0.0), 1.0)


@lru_cache(maxsize=4)
def synonyms(analyzer: Analyzer) -> dict[str, frozenset[str]]:
    """Term -> the other terms of its synonym groups, analysed as the index is (or as the
    saved index recorded them)."""
    groups = analyzer.synonym_terms
    table: dict[str, set[str]] = defaultdict(set)
    for terms in groups if groups is not None else group_terms(analyzer.analyze):
        for term in terms:
            table[term] |= set(terms) - {term}
    return {term: frozenset(others) for term, others in table.items()}
