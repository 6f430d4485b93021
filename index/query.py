"""Turn a question into weighted index terms: its own words, typos mended, synonyms added."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .analysis import Analyzer, Token, is_acronym
from .asked import (
    HEADS,
    RULERS,
    blame_asked,
    decision_asked,
    grew_up_asked,
    hardest_hit,
    is_year,
    job_asked,
    leader_asked,
    names_by_calling,
    names_venue,
    next_asked,
    reaction_asked,
    survival_asked,
)
from .asked_amounts import names_measure, names_money
from .asked_by import ACTION, BIRTH_NAME, CAST, COLOUR, DANGER, MAKER, OBJECTION, OWNER
from .chat import stands_for_earlier, word_before
from .derivations import derived, of_whom
from .equivalents import agent_of, same_as
from .patterns import lazy
from .reading import (
    NAME_PARTS_PER_QUESTION,
    UNIT_WORDS,
    Lookups,
    acronyms_spelled,
    country_spelled,
    ends_idiom,
    idiom_of,
    is_phrasal,
    may_be_acronym,
    name_part,
    needed_not,
    person_titled,
    read_question,
    the_us,
    unowned,
)
from .synonyms import ABBREVIATIONS, COUNTRIES, SHORT_NAMES, synonyms
from .vocabulary import TYPO_MAX_ZIPF, Vocabulary

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
# The "long" of "how long ...?" is how it asks, and a passage telling it most often does
# not write it ("...a final that lasted three hours and 44 minutes"); it still counts, as
# "Russia has long been India's arms supplier" tells "how long has Russia...": at this
# share of its weight; so does the "take" of "how long did it take?" ("a raid that lasted
# less than eight minutes").
HOW_LONG_WEIGHT = 0.5
# The verb of "how did China respond?" is how it asks: news tells a reaction by what was
# said or done ("China said it would fight back"; searched whole, "respond" left every
# sentence naming China under the bar), but where a sentence writes it, it tells ("In
# response, the junta bombed villages"): at this share of its weight. So do the words
# asking who objects ("who is against it?" after the social media ban: "Tech companies
# said the law had been rushed through...", asked_by.OBJECTION) and whether a thing is
# dangerous ("is mpox dangerous?": "...537 deaths have been reported", asked_by.DANGER),
# and what is done against it ("has anyone tried to stop the houthis?": "...carried out
# air strikes on Houthi targets", asked_by.ACTION).
REACTION_WEIGHT = 0.25
_REACTION_WORDS = (
    reaction_asked,
    OWNER.by,
    MAKER.by,
    OBJECTION.by,
    ACTION.by,
    CAST.by,
    DANGER.by,
)
# Words that are how a question asks, which its answer need not write: a measure's name
# ("titan depth": how deep), "what colour", "what is it called?", "where was it held?",
# "when is the next one?", "what did intel announce?", "what is his job?", "which
# countries were hit hardest?", "where did she grow up?"
_ASKING_WORDS = (
    names_measure,
    COLOUR.by,
    names_by_calling,
    names_venue,
    next_asked,
    decision_asked,
    job_asked,
    hardest_hit,
    grew_up_asked,
)
# ...and so is that of "did anyone survive X?": news tells whether they lived by their
# deaths as often ("The five people aboard the Titan submersible were killed"; searched
# whole, "survive" left the article naming Titan under the bar); so is the blame of "who is
# to blame for X?", which news lays by whatever explains X ("who is to blame for the titan
# disaster?": searched whole, no article naming Titan answered it).
SURVIVAL_WEIGHT = 0.5
# The unit of a number typed with it ("100m": 100 metres, reading._metres_apart) weighs
# this share: the number says which event, the unit only that it is one of metres ("when
# did an american last win the 100m?" fell to the opening's "...won the Olympic 100
# metres title", past "the first American win in the event since Justin Gatlin in 2004").
UNIT_WEIGHT = 0.5
_HOW_LONG = lazy(r"\bhow\s+long\b", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    """One word of a question: the index terms that stand for it, with their weights, and
    what it contributes to the best score the question could reach."""

    alternatives: Mapping[str, float]  # index terms that can match it, with weights; empty: none
    importance: float
    written: str = ""  # as the question writes it ("" for a word carried from the earlier)
    read_as: str = ""  # the corpus word a typo of it was read as ("": none was needed)
    # Where the one written word it was read from with others begins ("UN": united,
    # nations; "airforce": air, force): those count as held only together. -1: alone.
    together: int = -1
    # The short form of the country it names with the words beside it ("uk": united,
    # kingdom), whose other names then match it too (Britain, England). "": none.
    country: str = ""
    # Whether it is how the question asks ("how long", "how did China respond?"), scaled
    # down for it: a passage telling the answer most often does not write it.
    asks: bool = False

    @property
    def itself(self) -> list[str]:
        """The terms that are the word itself, at its best weight, not a synonym's nor a
        mended typo's beside it ("atom" is no "nuclear"); none where it has none."""
        best = max(self.alternatives.values(), default=0.0)
        return [term for term, weight in self.alternatives.items() if weight >= best]


def year_asked(word: Word) -> int:
    """The year ``word`` is, as the question writes it ("2024"); 0 for none."""
    return int(word.written) if is_year(word.written) else 0


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
    def carried_words(self) -> tuple[Word, ...]:
        """The words carried from the question it follows up (none for one of its own)."""
        return () if self.own < 0 else self.words[self.own :]

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


@lru_cache(maxsize=4)
def head_terms(analyzer: Analyzer) -> tuple[str, ...]:
    """The terms of the titles of heads (``asked.HEADS``), as ``analyzer`` reads them."""
    return tuple(analyzer.analyze(" ".join(sorted(HEADS))))


@lru_cache(maxsize=4)
def _rulers(analyzer: Analyzer) -> tuple[frozenset[str], tuple[str, ...]]:
    """The terms of the countries' names and adjectives (``synonyms.COUNTRIES``), and those
    of the titles of heads and of a country's (``asked.RULERS``), as ``analyzer`` reads
    them."""
    countries = frozenset(analyzer.analyze(" ".join(COUNTRIES)))
    return countries, tuple(analyzer.analyze(" ".join(sorted(HEADS | RULERS))))


def _heads_asked(
    question: str, read: Sequence[Token], analyzer: Analyzer
) -> tuple[tuple[int, int], tuple[str, ...]]:
    """Where what ``question`` asks the leader of is (``asked.leader_asked``; (0, 0): it
    asks no such thing), and the terms the words asking so match as synonyms: the titles
    of heads, and where what is led is a country, its president's and ministers'
    (``asked.RULERS``: "who runs britain now?": "Keir Starmer will become Britain's prime
    minister"; not "who runs nvidia?": "President Donald Trump called the app...")."""
    led = leader_asked(question)
    if led == (0, 0):
        return led, ()
    countries, rulers = _rulers(analyzer)
    if any(token.term in countries for token in read if led[0] <= token.start < led[1]):
        return led, rulers
    return led, head_terms(analyzer)


def build_query(
    question: str,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    earlier: str = "",
    corpus: Lookups | None = None,
) -> Query:
    """The question's words, each with the terms that can match it and its importance;
    then the words of the ``earlier`` question it follows up, if any, that it lacks, at
    CARRIED_WEIGHT (a word the corpus cannot match is not carried: it would only count
    against answering). ``corpus`` looks phrases and names up in the corpus's text, for
    reading an abbreviation as its words and an acronym as a name (``read_question``)."""
    read = read_question(question, analyzer, vocabulary, corpus)
    if earlier:  # "when was the last one?" after "boeing strike": the words carried say
        # what "one" stands for (asked alone, it is all the question names)
        read = [token for token in read if not stands_for_earlier(question, token)]
    # Words read from one written word share its place: "airforce" as "air force".
    parts: dict[tuple[int, int], list[str]] = defaultdict(list)
    for token in read:
        parts[token.start, token.end].append(token.word)
    # A name the corpus writes as its acronym, spelled out ("international institute for
    # strategic studies" where articles write "IISS"): each word also matches it.
    spelled = acronyms_spelled(question, read, vocabulary, corpus) if corpus else {}
    words, terms = [], []
    typed = the_us(question)  # "the us" is read, and said missing, as "the US"
    parts_left = NAME_PARTS_PER_QUESTION
    # "who runs the bank of japan?": the words asking so match a title of heads too
    # ("Governor Kazuo Ueda said the bank's...", "The jury was led by the American director")
    led, heads = _heads_asked(question, read, analyzer)
    for at, token in enumerate(read):
        terms.append(token.term)
        shown = typed[token.start : token.end]
        also = idiom_of(question, token, analyzer)
        same = same_as(question, read, at, vocabulary) or _held(spelled.get(at))
        if also and is_phrasal(question, token):  # "get away": escape, as the word itself
            same = (*same, also)
        agent = agent_of(question, token, vocabulary)
        person = person_titled(question, read, at, vocabulary, corpus) if corpus else ""
        named = tuple(t.term for t in analyzer.tokens(person))
        country = country_spelled(read, at, analyzer)
        word = _word(
            token.term,
            token.word,
            analyzer,
            vocabulary,
            shown,
            also,
            same,
            named,
            country,
            agent,
            heads=() if led[0] <= token.start < led[1] else heads,
            idiom_end=ends_idiom(question, token),
        )
        needless = needed_not(question, token, analyzer)
        if needless and vocabulary.idf_of(needless) is not None:  # "doesn't have to pay"
            word = _word(needless, needless, analyzer, vocabulary, shown)  # asks who is exempt
            word = replace(word, read_as=needless)
        if not word.alternatives and corpus and parts_left > 0:
            parts_left -= 1  # each reads passages beside its neighbours
            if part := name_part(question, read, at, vocabulary, corpus):
                word = _word(token.term, token.word, analyzer, vocabulary, shown, typo_of=part)
        if (
            not word.alternatives
            and corpus
            and (denied := _negated(token.word, analyzer, vocabulary, corpus))
        ):
            word = _word(token.term, token.word, analyzer, vocabulary, shown, typo_of=denied)
        if named:  # "the general": General Min Aung Hlaing, said as a reading is
            word = replace(word, read_as=person)
        if token.word == "long" and word_before(question, token) == "how":
            word = replace(_scaled(word, HOW_LONG_WEIGHT), asks=True)  # "how long was it?"
        elif token.term == "take" and _HOW_LONG.search(question, 0, token.start):
            word = replace(_scaled(word, HOW_LONG_WEIGHT), asks=True)  # "...did it take?"
        elif any(asks(question, token.word) for asks in _REACTION_WORDS):
            word = replace(_scaled(word, REACTION_WEIGHT), asks=True)  # ...and "who owns X?"
        elif survival_asked(question, token.word) or blame_asked(question, token.word):
            # "did anyone survive the titan?", "who is to blame for the titan disaster?"
            word = replace(_scaled(word, SURVIVAL_WEIGHT), asks=True)
        elif BIRTH_NAME.by(question, token.word):  # "what was her maiden name?": "Born
            # Alice Laidlaw...", a word no article writes weighing nothing
            share = HOW_LONG_WEIGHT if word.alternatives else 0.0
            word = replace(_scaled(word, share), asks=True)
        elif any(asks(question, token.word) for asks in _ASKING_WORDS):
            word = replace(_scaled(word, HOW_LONG_WEIGHT), asks=True)  # "titan depth": how deep
        elif names_money(question, token.word):  # "how much money?": how it asks, at its
            word = replace(word, asks=True)  # weight (a sentence writing it may well tell it)
        elif token.word in UNIT_WORDS and len(parts[token.start, token.end]) > 1:
            word = _scaled(word, UNIT_WEIGHT)  # "100m": its number names the event more
        if len(apart := parts[token.start, token.end]) > 1:
            word = replace(word, together=token.start)
            if not same:  # "US" asked as itself and its words too: nothing to say
                said = " ".join(apart)  # said, as a mended typo is; a name as written
                bare = unowned(shown)  # "boj's": the acronym "boj"
                acronym = (
                    corpus and len(bare) > 2 and ("&" in bare or may_be_acronym(bare, vocabulary))
                )
                name = corpus.names(bare) if acronym else ""
                if (name and [t.word for t in analyzer.tokens(name)] == apart) or (
                    bare.lower() in SHORT_NAMES  # "euros": the European Championship
                ):
                    said = name or said  # ...one word typed: its words weigh as one
                    word = _scaled(word, 1 / len(apart))
                word = replace(word, read_as=said)
        elif len(shown.split()) > 1:  # several written words read as one ("UN")
            word = replace(word, read_as=token.word.upper())
        elif glued := _glued(shown, token.word, analyzer):  # "thejunta": the junta
            word = replace(word, read_as=glued)
        elif ABBREVIATIONS.get(shown.lower()) == token.word:  # "ppl": people
            word = replace(word, read_as=token.word)
        words.append(word)
    carried = set(terms)
    own = len(words)
    before = read_question(earlier, analyzer, vocabulary, corpus)
    for at, token in enumerate(before):
        if token.term in carried:
            continue
        carried.add(token.term)
        # read as the earlier question's words were: "uk" carried matches Britain too,
        # "trial" a study ("how many people were in it?" after "what did the trial find?")
        same = same_as(earlier, before, at, vocabulary)
        country = country_spelled(before, at, analyzer)
        also = idiom_of(earlier, token, analyzer)
        word = _word(
            token.term, token.word, analyzer, vocabulary, also=also, same=same, country=country
        )
        if word.alternatives:
            words.append(_scaled(word, CARRIED_WEIGHT))
    return Query(tuple(words), tuple(terms), own if earlier else -1, tuple(read))


def _held(term: str | None) -> tuple[str, ...]:
    return (term,) if term else ()


def _glued(shown: str, word: str, analyzer: Analyzer) -> str:
    """``shown`` as the stop word and the ``word`` read from it, where it is the two
    typed together ("thejunta": "the junta", "selloff": "sell off"); "" otherwise."""
    typed = shown.lower()
    if not shown.isalpha() or len(typed) <= len(word):
        return ""
    before, after = typed[: len(typed) - len(word)], typed[len(word) :]
    if typed.endswith(word) and before in analyzer.stop_words:
        return f"{before} {word}"
    if typed.startswith(word) and after in analyzer.stop_words:
        return f"{word} {after}"
    return ""


def _scaled(word: Word, share: float) -> Word:
    alternatives = {t: w * share for t, w in word.alternatives.items()}
    return replace(word, alternatives=alternatives, importance=word.importance * share)


def _negated(
    written: str, analyzer: Analyzer, vocabulary: Vocabulary, corpus: Lookups
) -> tuple[str, str] | None:
    """The term and word of what a word the corpus never writes denies, "un" before a word
    it writes after "not" ("unregistered": "...were not registered pilgrims"); None
    otherwise ("unhappy": no passage says "not happy", and "Dance of the Happy Shades"
    is no unhappiness)."""
    if not written.startswith("un") or len(written) < 7:
        return None
    denied = written[2:]
    terms = analyzer.analyze(denied)
    if len(terms) != 1 or vocabulary.idf_of(terms[0]) is None or not corpus.says(f"not {denied}"):
        return None
    return terms[0], denied


def _word(
    term: str,
    written: str,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    shown: str = "",
    also: str = "",
    same: tuple[str, ...] = (),
    named: tuple[str, ...] = (),
    country: str = "",
    agent: str = "",
    typo_of: tuple[str, str] | None = None,
    heads: Sequence[str] = (),
    idiom_end: bool = False,
) -> Word:
    """The Word of a question's ``term``, ``written`` so (normalised) and ``shown`` so
    in the question (its ``written``; "" for a word carried from the earlier question);
    ``also`` a term it reads as too (an idiom's), with its synonyms, as a synonym, and
    the word's own synonyms left out where it ends the idiom (``idiom_end``);
    ``same`` terms that mean what it does (``equivalents.same_as``: "1990s", 1990 to
    1999), as the word itself; ``agent`` the noun for who does what it says
    (``equivalents.agent_of``: "leads" after "who", leader), as the word itself, its
    synonyms ("chief", "head") as its synonyms; ``named`` the terms of the person
    a title stands for ("the general": min, aung, hlaing), its surname as the word itself,
    the others and the title as synonyms; ``country`` the short form of the country it
    names with the words beside it ("uk" for "kingdom"): the country's group (Britain,
    England) as synonyms; ``typo_of`` the
    term and word of a corpus word it is a typo of, where ``Vocabulary.mend`` would not
    find it (``reading.name_part``); ``heads`` the titles a word asking who leads
    something matches (``_heads_asked``: "runs" in "who runs the bank?", governor), as
    synonyms; where nothing
    else matches, the noun of its verb, the verb of its noun or a noun's adjective
    (``derivations.derived``), as a synonym."""
    # an acronym read as itself is a name however often English writes its letters as a
    # word ("WHO"; "US" read as "united states" weighs as those words do)
    itself = is_acronym(shown) and written.casefold() == shown.casefold()
    weight = 1.0 if itself else emphasis(written, vocabulary)
    alternatives: dict[str, float] = {}
    idf: dict[str, float] = {}
    read_as = ""
    if (known := vocabulary.idf_of(term)) is not None:
        alternatives[term] = weight
        idf[term] = known
        if (other := _stemmed_typo(term, written, vocabulary)) is not None:
            alternatives[term] = TYPO_WEIGHT * weight  # it may be meant after all
            term, read_as = other
            alternatives[term] = TYPO_WEIGHT * weight
            idf[term] = vocabulary.idf_of(term) or 0.0
    elif typo_of is None and (known := vocabulary.idf_of(acronym := written.lower())) is not None:
        term = acronym  # "osce": the corpus's OSCE, which the stemmer reads as "osc"
        alternatives[term] = weight
        idf[term] = known
    elif typo_of is None and (owner := _owner_unmarked(written, analyzer, vocabulary)):
        term = owner  # "jjs song": JJ's, a name too short for the stemmer to take "s" off
        alternatives[term] = weight
        idf[term] = vocabulary.idf_of(term) or 0.0
    elif (mended := typo_of or vocabulary.mend(written)) is not None:
        term, read_as = mended
        alternatives[term] = TYPO_WEIGHT * weight
        idf[term] = vocabulary.idf_of(term) or 0.0
    for other in (*same, agent) if agent else same:
        if (known := vocabulary.idf_of(other)) is not None:
            alternatives[other] = weight
            idf[other] = known
    # The last word of an idiom means the idiom, not what its synonyms do: "come back" is
    # no "support" ("back support backer"), which read "can reefs come back after
    # bleaching?" as asking of "...support about a quarter of all marine species"
    others = frozenset() if idiom_end else synonyms(analyzer).get(term, frozenset())
    if agent:
        others = others | synonyms(analyzer).get(agent, frozenset())
    if country:  # "the uk's rate", "in the united kingdom": set by the Bank of England
        others = others | {country} | synonyms(analyzer).get(country, frozenset())
    if also:
        others = others | {also} | synonyms(analyzer).get(also, frozenset())
        if not alternatives and (known := vocabulary.idf_of(also)) is not None:
            alternatives[also] = weight  # no article writes the word: the idiom is its
            idf[also] = known  # meaning ("went wrong": a problem), not a synonym of it

    def as_synonyms(terms: Iterable[str]) -> None:
        for other in terms:
            if other not in alternatives and (known := vocabulary.idf_of(other)) is not None:
                alternatives[other] = SYNONYM_WEIGHT * weight
                idf[other] = known

    # The surname of the person a title stands for weighs as the title did (the corpus
    # writes it capitalised: names.titled_name), the title now as a synonym: "general"
    # in small letters ("general rules", "not for general use") is no General Min Aung
    # Hlaing. The other parts of the name may be words too ("min"): as synonyms.
    if named and (known := vocabulary.idf_of(named[-1])) is not None:
        if term in alternatives:
            alternatives[term] *= SYNONYM_WEIGHT  # the title itself: another name of him
        alternatives[named[-1]] = weight
        idf[named[-1]] = known
    as_synonyms(named)
    as_synonyms(others)
    as_synonyms(heads)  # asking who leads: the titles of heads (``_heads_asked``)
    as_synonyms(filter(None, [of_whom(term)]))  # "championship": champion
    if not alternatives:  # "opposes" where articles write "opposition" (derivations.py)
        as_synonyms(derived(term))
    if not alternatives:
        return Word({}, unseen_weight(shown if is_acronym(shown) else written, vocabulary), shown)
    best = max(w * idf[t] for t, w in alternatives.items())
    return Word(alternatives, best, shown, read_as if shown else "", country=country)


def _owner_unmarked(written: str, analyzer: Analyzer, vocabulary: Vocabulary) -> str:
    """The term of the corpus word ``written`` is with an "s" after it, a possessive typed
    without its apostrophe, where the corpus holds no word so written and English hardly
    any (TYPO_MAX_ZIPF: "jjs", JJ; not "news", new); ""."""
    if len(written) < 3 or not written.lower().endswith("s"):
        return ""
    if vocabulary.zipf(written.lower()) > TYPO_MAX_ZIPF:
        return ""
    owner = analyzer.analyze(written[:-1])
    if len(owner) != 1 or vocabulary.idf_of(owner[0]) is None:
        return ""
    return owner[0]


def _stemmed_typo(term: str, written: str, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The corpus word a typo was meant as, and its term, where the stemmer had read the
    typo as another corpus word's term ("greated" stems to "great", but is one letter
    from "greeted"): a word the corpus never writes and English hardly knows, mended to
    a word of another term; None otherwise ("juntas" mends to "junta", its own term; an
    amount is none: "100k" is 100,000, not "100")."""
    if written[:1].isdigit() or vocabulary.term_of(written):
        return None
    if vocabulary.zipf(written) > TYPO_MAX_ZIPF:
        return None
    mended = vocabulary.mend(written)
    return mended if mended is not None and mended[0] != term else None


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
    if zipf >= COMMON_ZIPF and is_acronym(word):  # "US" is no "us": a name, asked in full
        return unseen_idf
    if zipf < UNKNOWN_ZIPF:
        return unseen_idf * UNKNOWN_SHARE
    share = (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)
    return unseen_idf * min(max(share, 0.0), 1.0)
