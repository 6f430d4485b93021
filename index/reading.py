"""How a member's question is read before its words are weighed: capitals, typos of
stop words, the words that ask the bot rather than the news, idioms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from .analysis import Analyzer, Token, is_acronym
from .asked import asks_destination, asks_next_alone, asks_when, is_year
from .asked_amounts import (
    AGED,
    ASKED_IN_FIGURES,
    amount_asked,
    asks_change,
    asks_price,
    asks_score,
    counted,
    names_age_limit,
)
from .asked_by import penalised
from .chat import (
    DETERMINERS,
    NEWS_WORDS,
    VAGUE,
    asks_before_now,
    asks_bot,
    asks_in_form,
    drawn_in,
    how_alone,
    is_stop_typo,
    word_before,
)
from .derivations import derived
from .names import SMALL_WORDS
from .patterns import lazy
from .synonyms import (
    ABBREVIATIONS,
    ALSO_FINDS,
    ALSO_FINDS_CHANGED,
    ALSO_FINDS_PRICED,
    ALSO_FINDS_WHEN,
    AMBIGUOUS_ABBREVIATIONS,
    IDIOMS,
    IDIOMS_BEFORE,
    NEEDED_NOT,
    PENALTY,
    SHORT_NAMES,
    country_of,
    synonyms,
)
from .vocabulary import Vocabulary

# A word the corpus lacks is split into two corpus words typed together ("airforce" 2.8)
# unless English knows it better than this ("facebook" 4.9, "nowhere" 4.4).
COMPOUND_MAX_ZIPF = 3.0
# A stop word typed together with a corpus word ("thejunta", "awritten") is read as the
# corpus word only where English does not know the whole ("forgone" 2.2, "inaction" 3.1
# are words); two small words typed together ("whatare", "ofthe" 3.3, web typos that
# wordfreq counts) are left out as stop words are (chat.is_stop_typo).
GLUED_MAX_ZIPF = 1.0
# ...and up to this where a passage says the two words together ("superbowl" 3.1: "Super
# Bowl"; not "railway" 4.5 as "rail way")
SAID_COMPOUND_MAX_ZIPF = 4.0
# Acronyms of one question looked up as names (a scan of the text each, 0.09 s at a
# million sentences, the first time): a member pasting fifty capitalised words asks no
# more than these.
NAMED_PER_QUESTION = 3
# A word in small letters English uses less than this (Zipf) may be an acronym typed so:
# "iiss" 1.8, "wfp" 2.5, "afp" 3.4; "often" 5.5 is a word.
SMALL_ACRONYM_MAX_ZIPF = 3.5
# A word the corpus lacks, typed beside a part of a name, is read as the name's part the
# corpus writes there if it is at most this many edits from it ("min aung laing": Hlaing;
# "aung san su kyi": Suu; "aung sang": San), the first for words of NAME_PART_SHORT
# letters or fewer.
NAME_PART_EDITS, NAME_PART_SHORT = (1, 2), 4
# Words a question reads so at most: each reads up to lookups.BESIDE_READ passages on
# either side, and junk pasted in ("russia xkcdq russia vbnmz...") asks no more.
NAME_PARTS_PER_QUESTION = 4
_WORDS = lazy(r"\w+")  # the words around a question's word, for its idioms
_WHOLE_WORDS = lazy(r"\w+(?:['’]\w+)*")  # ...and with their apostrophes
_PARTICLES = frozenset("off up back out down".split())
# "get" making a passive ("did google get fined?", "who got hurt?") asks nothing "was" would
# not: the participle after it is what is asked
_GET = frozenset("get gets got gotten getting".split())
_PARTICIPLE = lazy(
    r"\s+(?:[a-z]{3,}ed|(?:tak|stol|beat|eat|bitt|driv|writt|chos|froz|brok|giv|forgott)en"
    r"|hurt|paid|hit|caught|shot|struck|sold|bought|built|held|kept|lost|cut|told|sent"
    r"|stuck|left|thrown|won|made|done|sued|hung)\b",
    re.IGNORECASE,
)
# An auxiliary and its subject, or "to", before a verb in its base form ("did he found",
# "will they", "to found")
_BASE_VERB_BEFORE = lazy(
    r"\b(?:(?:did|does|do|will|would|can|could|should)\s+(?:[\w'’-]+\s+){1,4}|to\s+)$", re.I
)
# ...and "get" becoming ("has shipping gotten more expensive?", "did it get worse?") asks
# what it became, not a "get" (searched, it quoted "...committed to getting..." then a
# strike's cost)
_BECOMING = lazy(
    r"\s+(?:(?:much|even|far|a\s+lot|any|so|very|really)\s+)?(?:more|less|worse|better|cold|hot"
    r"|cheaper|bigger|smaller"
    r"|higher|lower|larger|harder|easier|safer|stronger|weaker|hotter|colder|warmer|faster"
    r"|slower|longer|shorter|richer|poorer|busier|deadlier)\b",
    re.IGNORECASE,
)
# What says a thing need not be done, before its verb: "doesn't have to", "do not need to"
_NEED_NOT = lazy(
    r"(?:(?:\bnot|n['’]t)\s+(?:have|has|need)\s+to"
    r"|\b(?:does|do)\s+not|\b(?:doesn|don)['’]?t)\s+$",  # ...or as a habit: "who doesn't pay?"
    re.IGNORECASE,
)
# ...before the verb "last" closing a question ("how long did the strike last?").
_HOW_LONG = lazy(r"\bhow long\b", re.I)
_OWNING = lazy(r"['’]s?$")  # a possessive's ending
# "the us" typed in lower case is the US ("the oldest university in the us"): the pronoun
# "us" follows no "the"; alone, "us" stays a stop word ("tell us"). So "the fed" is the
# Fed, the Federal Reserve ("did the fed cut rates?" quoted the Bank of England's cut,
# "fed" read as "feed", which the corpus lacks, and dropped as wording), not "fed up".
THE_US = lazy(r"\b(the)\s+(us|who|fed)\b", re.IGNORECASE)
_AS_NAMED = {"us": "US", "who": "WHO", "fed": "Fed"}  # as news writes each
# An acronym written with "&": "M&S", "AT&T", "P&G".
_AMPERSANDED = lazy(r"(?<![\w&])[A-Za-z]{1,4}&[A-Za-z]{1,4}(?![\w&])")


@dataclass(frozen=True)
class Lookups:
    """What reading a question looks up in the corpus's text: whether a passage says a
    phrase word for word, the name, as written there, that an acronym's initials spell,
    the name a title most often comes before ("" for none), and how often each
    capitalised word is written right after (or before) a word (``names.beside``)."""

    says: Callable[[str], bool]
    names: Callable[[str], str] = field(default=lambda acronym: "")
    titled: Callable[[str], str] = field(default=lambda title: "")
    beside: Callable[[str, bool], Counter[str]] = field(default=lambda word, after: Counter())


def read_question(
    question: str,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    corpus: Lookups | None = None,
) -> list[Token]:
    """The question's tokens, with a word in capitals that the corpus holds no acronym
    of read as the word it spells: "JETS" typed with caps lock on is jets, and "WHO" in
    "WHO SUPPLIES MYANMAR'S JETS?" is who, a stop word. Passages keep the analyzer's
    reading: a news text writes acronyms in capitals, a member may write anything so.
    A typo of a stop word ("waht") is left out, as the stop word would be, and so is a
    word that asks the bot rather than the news (ASKING: "give me", "vs") or, where the
    corpus lacks it, one that frames what is asked (VAGUE: "involved"); an abbreviation
    the corpus lacks is read as its words where a passage says them (``corpus``: "PM": prime
    minister), and the words of one the corpus uses while no passage says them as it
    ("united nations" where articles write "UN"), and one the corpus both holds and
    spells out as its words too (``short_form`` finds it again: "US" also matches "United
    States", and "United States" "US"); two corpus words run together are read apart
    ("airforce": air, force), and so is a compound the corpus holds where a passage also
    ``says`` it in two words ("airstrikes" where one writes "air strikes": each part also
    matches the compound, ``equivalents.joined_of``); and an acronym of three letters or
    more that neither the corpus nor English has is read as the name its initials
    spell where the corpus names one ("IISS": International Institute for Strategic
    Studies; ``names.spelled_by``), and so is one written with "&" ("M&S": Marks &
    Spencer)."""
    says = corpus.says if corpus else None
    named_left = NAMED_PER_QUESTION
    read, left_out = [], []
    question = the_us(question)  # same length: spans stay the question's
    tokens = _ampersand_named(question, analyzer.tokens(question), analyzer, corpus)
    for token in _abbreviated(tokens, vocabulary, says) if says else tokens:
        shown = unowned(question[token.start : token.end])  # "boj's": as "boj"
        if how_alone(question, token):  # "how long?": asks nothing but how long
            continue
        if (
            token.word == "times"
            and word_before(question, token) == "many"
            and amount_asked(question) == "how often"
        ):
            continue  # "how many times?" asks how often: no word to search
        if asks_how(question, token, vocabulary):  # "how far away?", "how long ... last?":
            continue  # no word to search, even where nothing else is asked
        if token.word in ("score", "scores") and asks_score(question):
            continue  # "what was the score?" asks a result: told as one (asked_amounts.SCORE)
        if (
            token.word == "final"
            and _FINAL_SCORE.match(question, token.end)
            and asks_score(question)
        ):
            continue  # ...and so does "what was the final score?"
        if asks_before_now(question, token):
            continue  # "when did this last happen?": asks a time, told as one
        if asks_in_form(question, token):
            # "does it work?" after wegovy: whether it does what it is for; "will ikea be
            # affected?": what happens to it; "what does the google case concern?": what
            # it is about; "what was the result?": the news of what was just answered
            continue
        if token.word == "next" and asks_next_alone(question):
            continue  # "what's next?" after an answer asks what is to come (asked.TO_COME)
        if (token.word in ("age", "ages") or names_age_limit(question, token.word)) and counted(
            question
        ) is AGED:
            continue  # "what age?", "gukesh age?" ask an age: told as one (asked_amounts.AGED),
            # and so does "what's the age limit?" ("a law banning children under 16")
        if asks_in_figures(question, token, vocabulary):  # "how old?": told by an age
            left_out.append(token)
            continue
        if token.word == "behind" and asks_bot(question, token):
            continue  # "who was behind it?" asks who did it, as "who did it?" does
        # Chat's "w" is "with" ("what happened w notre dame"): left out of the question
        # alone (a stop word of the analyzer, it cost ReQA first places: texts write "W"
        # otherwise).
        if asks_bot(question, token) or shown == "w":
            left_out.append(token)
            continue
        if token.word in _GET and (
            _PARTICIPLE.match(question, token.end) or _BECOMING.match(question, token.end)
        ):
            continue  # "did google get fined?": the passive's "get", as "was" in "was fined"
        if token.word == "found" and _BASE_VERB_BEFORE.search(question, 0, token.start):
            # "what company did he found?": the verb to found, not "find" in the past
            # (it quoted "A jury in New York found him guilty")
            token = Token(analyzer.pair("founded")[1], token.start, token.end, "found")
        if says and (named := _short_named(question, token, analyzer, says)):
            read.extend(named)  # "euro 2024": the European Championship
            continue
        if says and (metres := _metres_apart(question, token, analyzer, vocabulary, says)):
            read.extend(metres)  # "the 100m": the 100 metres, not 100 million
            continue
        if says and named_left > 0 and _stem_only(shown, token, vocabulary, says):
            named_left -= 1  # a scan of the text, found or not
            if named := _named(question, shown, None, analyzer, vocabulary, corpus):
                read.extend(Token(t.term, token.start, token.end, t.word) for t in named)
                continue  # "boe": the Bank of England, not the stem of "Boeing"
        if vocabulary.idf_of(token.term) is None and (
            drawn := drawn_in(token.word, analyzer, vocabulary)
        ):
            if drawn in analyzer.stop_words:  # "whooo", "sooo", "pleeease"
                left_out.append(token)
                continue
            word, term = analyzer.pair(drawn)  # "jetsss": jets
            token = Token(term, token.start, token.end, word)
        if vocabulary.idf_of(token.term) is None and (
            negated := _negation(token.word, analyzer, vocabulary)
        ):
            token = Token(negated[1], token.start, token.end, negated[0])
        if vocabulary.idf_of(token.term) is None:
            if says and (spelled := _spelled_out(question, token, analyzer, says)):
                read.extend(spelled)
                continue
            if says and (apart := _code_apart(token, analyzer, vocabulary, says)):
                read.extend(apart)
                continue
            framing = (
                token.word in VAGUE
                and all(vocabulary.idf_of(t) is None for t in derived(token.term))
                # ...unless an idiom reads it as a word the corpus holds ("what went
                # wrong?": a problem)
                and vocabulary.idf_of(idiom_of(question, token, analyzer)) is None
            ) or is_stop_typo(token.word, analyzer, vocabulary)
            framing = framing or _narrowing(question, token, shown, analyzer, vocabulary)
            if is_acronym(shown) or (
                not framing
                and (
                    may_be_acronym(shown, vocabulary)
                    # "the sec": the Securities and Exchange Commission, where named so
                    or _after_the(question, token, shown)
                )
            ):
                word, term = analyzer.pair(shown.lower())
                named = []
                if named_left > 0:  # each a scan of the text the first time it is asked
                    named_left -= 1
                    named = _named(question, shown, term, analyzer, vocabulary, corpus)
                if named:  # "IISS": the name the corpus writes
                    read.extend(Token(t.term, token.start, token.end, t.word) for t in named)
                    continue
                if term:
                    token = Token(term, token.start, token.end, word)
                elif not any(c.islower() for c in question):
                    continue  # shouted: WHO is who; "what did the US say" asks the US
            elif framing:
                left_out.append(token)
                continue
            elif parts := _parts(token, analyzer, vocabulary, says):
                read.extend(parts)
                continue
        elif (
            says
            and token.term in ABBREVIATIONS
            and (
                token.term not in AMBIGUOUS_ABBREVIATIONS
                or word_before(question, token) in DETERMINERS  # "the pm", not "8 pm"
                or _unnumbered(question, token)  # "is modi still pm?"
                or _POSSESSED.search(question, 0, token.start) is not None  # "india's pm"
                or _of_country(question, token, analyzer)  # "the new uk pm"
            )
            and (spelled := _spelled_out(question, token, analyzer, says))
        ):  # held and spelled out too: its words, each also matching it (short_form)
            read.extend(spelled)
            continue
        # A compound also as its two words, unless capitalised inside the question: a
        # name ("Longwood") is no "long wood".
        elif (
            says
            and (shown.islower() or not question[: token.start].strip())
            and (apart := _said_apart(token, vocabulary, says))
        ):
            read.extend(apart)
            continue
        read.append(token)
    read.extend(_stop_word_idioms(question, analyzer, vocabulary))
    return read or left_out  # nothing else asked: they may be words after all, said missing


# Abbreviations that are a time or a frequency only right after a number ("8 pm", "4pm",
# "98.5 fm"), and elsewhere the minister AMBIGUOUS_ABBREVIATIONS leaves them to be read
# as only after a determiner: "is modi still pm?"
_NUMBERED_ABBREVIATIONS = frozenset({"pm", "fm"})
_NUMBER_BEFORE = lazy(r"\d\s*$")


def _unnumbered(question: str, token: Token) -> bool:
    """Whether ``token`` is one of _NUMBERED_ABBREVIATIONS not right after a number."""
    return (
        token.term in _NUMBERED_ABBREVIATIONS
        and _NUMBER_BEFORE.search(question, 0, token.start) is None
    )


def _ampersand_named(
    question: str, tokens: list[Token], analyzer: Analyzer, corpus: Lookups | None
) -> list[Token]:
    """``tokens`` with an acronym written with "&" ("M&S", "AT&T"; its letters read
    apart, "m" as "am") read as the name the corpus writes for it ("Marks & Spencer":
    ``names.spelled_by``), each word at its place."""
    if corpus is None or "&" not in question:
        return tokens
    for found in _AMPERSANDED.finditer(question):
        name = corpus.names(found.group())
        if not name:
            continue
        start, end = found.span()
        named = [Token(t.term, start, end, t.word) for t in analyzer.tokens(name)]
        before = [t for t in tokens if t.end <= start]
        tokens = [*before, *named, *(t for t in tokens if t.start >= end)]
    return tokens


def _stop_word_idioms(question: str, analyzer: Analyzer, vocabulary: Vocabulary) -> list[Token]:
    """The meaning of each idiom (IDIOMS_BEFORE) whose first word is a stop word, which
    the analyzer leaves out, so ``idiom_of`` never sees it: "who went with the general?"
    asks who accompanied him, as "who came with" does; read at the first word where
    the question writes the two apart by spaces alone, and the corpus holds the
    meaning; once each."""
    found: dict[str, Token] = {}
    words = list(_WHOLE_WORDS.finditer(question))  # "didn't like" as two words
    for first, second in zip(words, words[1:], strict=False):
        meaning = IDIOMS_BEFORE.get((first[0].lower(), second[0].lower()))
        if (
            meaning
            and first[0].lower() in analyzer.stop_words
            and question[first.end() : second.start()].isspace()
        ):
            for t in analyzer.tokens(meaning):
                if vocabulary.idf_of(t.term) is not None:
                    found.setdefault(t.term, Token(t.term, first.start(), first.end(), t.word))
    return list(found.values())


# A word the corpus lacks is found as its negation with "un" where the corpus writes that
# ("is it comfortable?": "...the headset was heavy and uncomfortable"): a question asking
# whether is answered by a passage saying not. Only "un": "in", "im" and "dis" begin as
# many words that negate nothing ("form", "inform"; "ease", "disease"); nor these, whose
# "un" word is another thing.
_NOT_NEGATED = frozenset({"less", "rest", "ion", "der", "til"})


def _negation(word: str, analyzer: Analyzer, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The word and term of ``word`` negated with "un", where the corpus holds it."""
    if len(word) < 4 or not word.isalpha() or word in _NOT_NEGATED:
        return None
    negated, term = analyzer.pair("un" + word)
    return (negated, term) if term and vocabulary.idf_of(term) is not None else None


# A yes-or-no question in the passive, its participle last: "were flights cancelled?"
_PASSIVE_ASKED = lazy(
    r"\s*(?:was|were|is|are|has|have|had)\b(?:\s+\w+)*?(\s+\w+)[\s?!.]*$", re.IGNORECASE
)


def passive_asked(question: str) -> str:
    """The participle closing a yes-or-no question in the passive ("were flights
    cancelled?", "was anyone evacuated?", "has anyone been hurt?"), in small letters:
    what the question says of something, not a thing it names; "" for none."""
    return _closing_verb(question, _PASSIVE_ASKED.match(question))


def _closing_verb(question: str, asked: re.Match[str] | None) -> str:
    """The participle or past tense that ``asked``'s group closes ``question`` with, in
    small letters; "" where it closes it with another word, or nothing matched."""
    if asked is None:
        return ""
    verb = _PARTICIPLE.match(question, asked.start(1))
    if verb is None or verb.end() != asked.end(1):
        return ""
    return verb.group().strip().lower()


# "Who attended?", "who was arrested?": who did a thing or had it done, the verb past
# and alone, what it was done to (or by) left out
_DONE_ALONE = lazy(
    r"\s*who\b(?:\s+(?:was|were|got|(?:has|have|had)\s+been))?(\s+\w+)[\s?!.]*$",
    re.IGNORECASE,
)


# ...or doing it now: "who is buying?", "who was driving?"
_DOING_ALONE = lazy(r"\s*who\s+(?:is|are|was|were)\s+(\w+ing)[\s?!.]*$", re.IGNORECASE)


def said_of_something(question: str) -> str:
    """The verb ``question`` says of something it does not name, in small letters: the
    participle closing a yes-or-no question in the passive (``passive_asked``), or a past
    tense or participle alone after "who" ("who attended?", "who was arrested?": what was
    attended is what the answer before told of), or a verb in "-ing" ("who is buying?");
    "" for none."""
    doing = _DOING_ALONE.match(question)
    return (
        passive_asked(question)
        or _closing_verb(question, _DONE_ALONE.match(question))
        or (doing[1].lower() if doing else "")
    )


def unowned(word: str) -> str:
    """``word`` without a possessive's ending ("boj's": boj; "philippines'")."""
    return _OWNING.sub("", word)


def asks_how(question: str, token: Token, vocabulary: Vocabulary) -> bool:
    """Whether ``token`` is a word of how ``question`` asks a distance, a length of time
    or where a journey was to end, which the passage telling it need not write: the
    "away" of "how far away is it?", the "last" closing "how long did the study last?"
    ("...for three decades"; not "last year"), the "long" of "how long did sbf get?"
    where no article writes "long" (where one does, it counts at a share: "Russia has
    long been...", query.py), the "headed" closing "where was the dali headed?" (read
    as a "head": "...leaving the port for Sri Lanka" writes none)."""
    if token.word == "away":
        return word_before(question, token) == "far" and amount_asked(question) == "how far"
    if token.word == "last":
        ending = not question[token.end :].strip(" ?!.")
        return ending and _HOW_LONG.search(question, 0, token.start) is not None
    if token.word == "long":
        return word_before(question, token) == "how" and vocabulary.idf_of(token.term) is None
    if token.word in _HEADING:  # "where was the dali headed?": "...leaving the port for"
        return not question[token.end :].strip(" ?!.") and asks_destination(question)
    return False


# The verbs closing a question asking where a journey was to end (asks_destination) that
# say nothing more: "fly", "sail", "travel" say how ("where will aeroflot fly?" finds
# its "flights").
_HEADING = frozenset("going go headed heading head bound".split())


def asks_in_figures(question: str, token: Token, vocabulary: Vocabulary) -> bool:
    """Whether ``token`` is the word of a measure or an age asked in figures ("old" of
    "how old was munro?", "hot" of "how hot did it get in mecca?", not "big" of "how big
    is Russia's support?": asked_amounts.amount_asked), which the passage telling it need not
    write ("...died at the age of 92", "Temperatures in Mecca reached 51.8 degrees"),
    unless the corpus writes its noun ("how deep?" finds a "depth")."""
    return (
        token.word in ASKED_IN_FIGURES
        and amount_asked(question) == f"how {token.word}"
        and all(vocabulary.idf_of(t) is None for t in derived(token.term))
    )


# Words a member's narrowing word comes after: "which rich families", "the rich families".
_BEFORE_NARROWING = frozenset("which the a an any some".split())  # not "what runs..."
# The "score" after "final": "what was the final score?" asks the result, not of a final.
_FINAL_SCORE = lazy(r"\s+scores?\b", re.IGNORECASE)
# A verb's past or "-ing" form in small letters ("helping", "funded").
DONE = lazy(r"[a-z]{2,}(?:ed|ing)$")
# How often English uses a word at least for it to narrow what the next one names (rarer:
# a name, "the ethereum price").
NARROWING_MIN_ZIPF = 4.0


def _narrowing(
    question: str, token: Token, shown: str, analyzer: Analyzer, vocabulary: Vocabulary
) -> bool:
    """Whether ``token``, a word the corpus lacks, narrows what the next word names, which
    the corpus holds: a common English word in small letters between "which" (or "the",
    "a"...) and that word ("which rich families gave money?": "...gifts from the families
    behind LVMH"), left out as a member's colour is (chat.VAGUE); not before a word for
    the news ("any sports news" asks of sports, which no article names so), nor where
    it also reads as a word the corpus holds ("who won the tennis final?": a slam,
    ``idiom_of``; it quoted cricket's T20 final)."""
    if not shown.islower() or vocabulary.zipf(token.word) < NARROWING_MIN_ZIPF:
        return False
    meant = {*derived(token.term), *synonyms(analyzer).get(token.term, ())}
    meant.add(idiom_of(question, token, analyzer))
    if any(vocabulary.idf_of(t) is not None for t in meant):  # "the storm hit": hurricane
        return False
    if word_before(question, token) not in _BEFORE_NARROWING:
        return False
    after = _WORDS.match(question, token.end + 1)
    if after is None or question[token.end : after.start()] != " ":
        return False
    if DONE.search(after.group()):  # "is the army helping...": a subject, then its verb
        return False
    if after.group().lower() in NEWS_WORDS:  # "any sports news": the news of a subject
        return False
    term = analyzer.pair(after.group().lower())[1]
    return bool(term) and vocabulary.idf_of(term) is not None


# A possessive right before a word ("india's pm"): a person or a thing of someone's, not a
# time ("8 pm")
_POSSESSED = lazy(r"\w['’]s\s+$")


def _after_the(question: str, token: Token, shown: str) -> bool:
    """Whether ``shown``, three to five small letters, follows "the", as an acronym
    English also writes as a word often does ("the sec", "the fbi", "the nhs")."""
    return (
        3 <= len(shown) <= 5
        and shown.isascii()
        and shown.isalpha()
        and shown.islower()
        and word_before(question, token) == "the"
    )


def _stem_only(
    shown: str, token: Token, vocabulary: Vocabulary, says: Callable[[str], bool]
) -> bool:
    """Whether ``shown``, three or four small letters English hardly uses, is a term of
    the corpus only as the stem of longer words it writes, never itself ("boe", of
    "Boeing"): typed so, it is an acronym (each look-up a scan of the text)."""
    return (
        3 <= len(shown) <= 4
        and shown.isascii()
        and shown.isalpha()
        and shown.islower()
        and token.term == shown
        and vocabulary.idf_of(token.term) is not None
        and vocabulary.zipf(shown) < SMALL_ACRONYM_MAX_ZIPF
        and not says(shown)
    )


def may_be_acronym(shown: str, vocabulary: Vocabulary) -> bool:
    """Whether a word as written may be an acronym: one in capitals (``is_acronym``), or
    three to five small letters, as members type them, that English hardly uses and
    that is no typo of a corpus word ("iiss"; not "often", nor "rusia": each name looked
    up is a scan of the text)."""
    if is_acronym(shown):
        return True
    small = 3 <= len(shown) <= 5 and shown.isascii() and shown.isalpha() and shown.islower()
    return (
        small and vocabulary.zipf(shown) < SMALL_ACRONYM_MAX_ZIPF and vocabulary.mend(shown) is None
    )


def name_part(
    question: str, read: Sequence[Token], at: int, vocabulary: Vocabulary, corpus: Lookups
) -> tuple[str, str] | None:
    """The term and the word, as the corpus writes it, of the part of a name that
    ``read[at]`` is a typo of: a word the corpus lacks, typed right after or before a
    corpus word that passages write beside that part (``Lookups.beside``); None where
    no part is near enough in spelling (NAME_PART_EDITS). Typos of names escape
    ``Vocabulary.mend``, which keeps a word's first letter ("laing") and a word English
    knows ("sang"), and needs four letters ("aun")."""
    from rapidfuzz.distance import OSA  # imported when first needed: 0.1 s

    token = read[at]
    parts: Counter[str] = Counter()
    for other, after in ((at - 1, True), (at + 1, False)):
        if not 0 <= other < len(read) or vocabulary.idf_of(read[other].term) is None:
            continue
        near = read[other]
        if not (
            question[near.end : token.start] if after else question[token.end : near.start]
        ).isspace():
            continue
        parts.update(corpus.beside(near.word, after))
    edits = NAME_PART_EDITS[len(token.word) > NAME_PART_SHORT]
    found = [(OSA.distance(token.word, w.lower()), -n, w) for w, n in parts.items()]
    best = min((f for f in found if f[0] <= edits), default=None)
    term = vocabulary.term_of(best[2].lower()) if best else ""
    return (term, best[2]) if term else None


def the_us(question: str) -> str:
    """``question`` with "the us" written "the US", "the who" "the WHO" (the World
    Health Organization: no "who" follows "the") and "the fed" "the Fed", as it is read
    (THE_US)."""
    return THE_US.sub(lambda m: f"{m[1]} {_AS_NAMED[m[2].lower()]}", question)


def _named(
    question: str,
    shown: str,
    term: str | None,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    corpus: Lookups | None,
) -> list[Token]:
    """The words of the name that the acronym ``shown`` (of ``term``, read in lower
    case) spells, where the ``corpus`` names one; [] for an acronym of two letters (too
    many names share them: "SP"), a word in capitals that the corpus holds in lower case
    ("JETS"), or a question all in capitals, where every word looks like one."""
    if corpus is None or len(shown) < 3 or not any(c.islower() for c in question):
        return []
    if term and vocabulary.idf_of(term) is not None:
        return []
    name = corpus.names(shown)
    return analyzer.tokens(name) if name else []


def _parts(
    token: Token,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    says: Callable[[str], bool] | None = None,
) -> list[Token]:
    """The two corpus words a word the corpus lacks was typed of, run together
    ("airforce", "newsagency", "fighterjets"); [] where it is no such compound: a word of
    English or of a synonym group (but for two words a passage ``says`` together, as a
    name: "superbowl", 3.1, as "Super Bowl"), a typo of a corpus word (mended later, as
    typos are), or no split of it into two corpus words, each of three letters or more
    (of several, the most even); a word English does not know at all (GLUED_MAX_ZIPF)
    may also be a stop word and a corpus word typed together ("thejunta": junta)."""
    word = token.word
    if len(word) < 6 or not word.isalpha() or word in synonyms(analyzer):
        return []
    zipf = vocabulary.zipf(word)
    known = zipf > COMPOUND_MAX_ZIPF
    if known and (says is None or zipf > SAID_COMPOUND_MAX_ZIPF):
        return []
    found: list[tuple[int, list[Token]]] = []
    for cut in range(3, len(word) - 2):
        halves = [analyzer.pair(word[:cut]), analyzer.pair(word[cut:])]
        if not all(term and vocabulary.idf_of(term) is not None for _, term in halves):
            continue
        if not known or (says is not None and says(f"{word[:cut]} {word[cut:]}")):
            tokens = [Token(term, token.start, token.end, part) for part, term in halves]
            found.append((min(cut, len(word) - cut), tokens))
    if known and not found:
        return []
    if not found and zipf < GLUED_MAX_ZIPF:
        found = _after_stop_word(token, analyzer, vocabulary)
    if not found:
        found = _before_particle(token, analyzer, vocabulary)
    if not found or vocabulary.mend(word) is not None:  # a typo: "differnet", "canonball"
        return []
    return max(found, key=lambda f: f[0])[1]


def _after_stop_word(
    token: Token, analyzer: Analyzer, vocabulary: Vocabulary
) -> list[tuple[int, list[Token]]]:
    """The corpus word of three letters or more that ``token`` types after a stop word
    with no space between ("thejunta", "awritten"), the longest stop word first, as
    ``_parts`` weighs its cuts; [] for none."""
    word = token.word
    for cut in range(len(word) - 3, 0, -1):
        if word[:cut] in analyzer.stop_words:
            part, term = analyzer.pair(word[cut:])
            if term and vocabulary.idf_of(term) is not None:
                return [(cut, [Token(term, token.start, token.end, part)])]
    return []


def _before_particle(
    token: Token, analyzer: Analyzer, vocabulary: Vocabulary
) -> list[tuple[int, list[Token]]]:
    """The corpus verb a phrasal verb's noun typed whole is made of ("selloff",
    "liftoff", "pullout": sell, lift, pull), where news writes the noun with a hyphen
    ("sell-off") and the analyzer reads it as the verb, its particle a stop word; as
    ``_parts`` weighs its cuts, [] for none."""
    word = token.word
    for particle in sorted(_PARTICLES & analyzer.stop_words):
        if word.endswith(particle) and len(word) - len(particle) >= 3:
            part, term = analyzer.pair(word[: -len(particle)])
            if term and vocabulary.idf_of(term) is not None:
                return [(len(particle), [Token(term, token.start, token.end, part)])]
    return []


# A model's or a strain's code typed whole: letters, a number, maybe a plural "s" ("f16s",
# "mig29", "covid19"), which news writes with a hyphen ("F-16s", "MiG-29", "Covid-19").
_CODE = lazy(r"([a-z]+)(\d+)(s?)")


def _code_apart(
    token: Token, analyzer: Analyzer, vocabulary: Vocabulary, says: Callable[[str], bool]
) -> list[Token]:
    """A code the corpus lacks typed whole ("f16s") read as its letters and its number
    where a passage says them apart ("F-16s", "F-16", "F 16"); [] otherwise."""
    code = _CODE.fullmatch(token.word)
    if code is None:
        return []
    letters, number, plural = code.groups()
    written = (number + plural, number) if plural else (number, number + "s")
    for digits in written:
        terms = analyzer.pair(letters)[1], analyzer.pair(digits)[1]
        if all(t and vocabulary.idf_of(t) is not None for t in terms) and says(
            f"{letters} {digits}"
        ):
            return [
                Token(terms[0], token.start, token.end, letters),
                Token(terms[1], token.start, token.end, digits),
            ]
    return []


def _metres_apart(
    question: str,
    token: Token,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    says: Callable[[str], bool],
) -> list[Token]:
    """A number typed with "m" and no currency ("100m"), which the analyzer reads as the
    number ("$600m": 600 million), read as that many metres too where a passage says them
    so ("...the Olympic 100 metres title": "who came second in the 100m" quoted "Gusts of
    up to 100 miles per hour..."); [] otherwise."""
    typed = _METRES.fullmatch(token.word)
    if typed is None or question[: token.start].rstrip().endswith(_CURRENCIES):
        return []
    unit = next((u for u in UNIT_WORDS if says(f"{typed[1]} {u}")), None)
    if unit is None:
        return []
    word, term = analyzer.pair(unit)
    if vocabulary.idf_of(term) is None:
        return []
    number = Token(token.term, token.start, token.end, typed[1])
    return [number, Token(term, token.start, token.end, word)]


# A number typed with "m" ("100m"); the unit's words a passage may write it with; and the
# signs before an amount that make its "m" million ("$600m").
_METRES = lazy(r"(\d+)m")
UNIT_WORDS = ("metres", "meters")
_CURRENCIES = ("$", "£", "€", "¥")


# Words that are also a prefix or an ending of other words, which cut a word into no
# compound's parts: "leader ship", "john son", "travel led", "app lies", "pro test".
_AFFIXES = frozenset(
    "pre pro anti app non sub mid led ship ships son sons lies less ness ment ments ward "
    "wards able hood dom ism ist ize ise ing ings ion ions ate ates ated".split()
)


def _said_apart(token: Token, vocabulary: Vocabulary, says: Callable[[str], bool]) -> list[Token]:
    """The two corpus words a compound the corpus holds is also written as, where a
    passage ``says`` them so ("airstrikes": "air strikes", "peacekeeping": "peace
    keeping"), each of three letters or more, more common in English than the compound
    (as a compound's parts are: "forward" is no "fore ward"), neither of the same term
    as it ("controlled" is no "control led") nor a word that is also a prefix or an
    ending (``_AFFIXES``: "leader ship", "pro test"); of several cuts, the most even
    said; [] for none."""
    word = token.word
    if len(word) < 6 or not word.isalpha():
        return []
    zipf = vocabulary.zipf(word)
    for cut in sorted(range(3, len(word) - 2), key=lambda c: abs(len(word) - 2 * c)):
        first, second = word[:cut], word[cut:]
        if first in _AFFIXES or second in _AFFIXES:
            continue
        terms = vocabulary.term_of(first), vocabulary.term_of(second)
        if (
            all(terms)
            and token.term not in terms
            and min(vocabulary.zipf(first), vocabulary.zipf(second)) > zipf
            and says(f"{first} {second}")
        ):
            return [
                Token(terms[0], token.start, token.end, first),
                Token(terms[1], token.start, token.end, second),
            ]
    return []


# What follows a tournament's short name, and no currency's: "the euro final"
_STAGES = frozenset(
    "final finals semi semis semifinal semifinals quarter quarterfinal quarterfinals group "
    "groups winner winners champion champions title trophy tournament squad qualifier "
    "qualifiers qualifying match matches".split()
)


# "how many euros has spain won?": titles, not money (as "how many euros did she win?"
# may be)
_EUROS_WON = lazy(r"\s+(?:has|have)\s+(?:[\w'’-]+\s+){1,3}won\b", re.I)


def _short_named(
    question: str, token: Token, analyzer: Analyzer, says: Callable[[str], bool]
) -> list[Token]:
    """The words of the tournament ``token`` is the short name of (SHORT_NAMES), each
    spanning it, where a year or a stage of it follows ("euro 2024", "the euro final")
    or it is "the euros", and a passage ``says`` them; [] otherwise ("2.4 billion
    euros")."""
    name = SHORT_NAMES.get(token.word, "")
    after = _WORDS.findall(question, token.end)[:1]
    if not name or not (
        (after and (is_year(after[0]) or after[0].lower() in _STAGES))
        or (token.word == "euros" and word_before(question, token) == "the")
        or (token.word == "euros" and _EUROS_WON.match(question, token.end))
    ):
        return []
    if not says(name):
        return []
    return [Token(t.term, token.start, token.end, t.word) for t in analyzer.tokens(name)]


def _spelled_out(
    question: str, token: Token, analyzer: Analyzer, says: Callable[[str], bool]
) -> list[Token]:
    """The words the abbreviation ``token`` stands for, each spanning it, where a passage
    ``says`` them ("PM", "PMs": prime minister; ABBREVIATIONS); [] for none, and after a
    number, where it is a unit ("at 5 pm")."""
    word = token.word
    plural = word[:-1] if len(word) > 2 and word.endswith("s") else ""
    keys = (word, plural, token.term)  # the term: "U.S." is "us"
    spellings = next((ABBREVIATIONS[k] for k in keys if k in ABBREVIATIONS), "")
    before = _WORDS.findall(question[: token.start])
    if not spellings or (before and before[-1][:1].isdigit()):
        return []
    spelled = _spelling_said(spellings, says)
    return [Token(t.term, token.start, token.end, t.word) for t in analyzer.tokens(spelled)]


# Each abbreviation's words by their first, the longest first: "united nations security
# council" is UNSC before "united nations" is UN.
_SPELLED: dict[str, list[tuple[tuple[str, ...], str]]] = {}
_SPELLINGS = [(w, short) for short, ws in ABBREVIATIONS.items() for w in ws.split("|")]
for _words, _short in sorted(_SPELLINGS, key=lambda item: -len(item[0].split())):
    _SPELLED.setdefault(_words.split()[0], []).append((tuple(_words.split()), _short))
_LONGEST = max(len(words.split()) for words, _ in _SPELLINGS)


def _spelled_from(tokens: Sequence[Token], start: int) -> Iterator[tuple[int, str]]:
    """The abbreviations whose words ``tokens`` spell out from ``start``, the longest
    first: each (the end of its words, the abbreviation)."""
    for words, short in _SPELLED.get(tokens[start].word, ()):
        end = start + len(words)
        if tuple(t.word for t in tokens[start:end]) == words:
            yield end, short


def _spelling_said(spellings: str, says: Callable[[str], bool]) -> str:
    """The first of an abbreviation's ``spellings`` ("|" between them: "world war
    ii|second world war") that a passage ``says``; "" for none."""
    return next((words for words in spellings.split("|") if says(words)), "")


def _abbreviated(
    tokens: list[Token], vocabulary: Vocabulary, says: Callable[[str], bool]
) -> list[Token]:
    """``tokens`` with the words of an abbreviation that the corpus holds, and that no
    passage ``says`` in words, read as it: one token over them ("united nations" as "UN"
    where the articles write "UN" alone)."""
    read: list[Token] = []
    at = 0
    while at < len(tokens):
        for end, short in _spelled_from(tokens, at):
            held = vocabulary.idf_of(short) is not None  # looked for in the text only so
            if held and not _spelling_said(ABBREVIATIONS[short], says):
                read.append(Token(short, tokens[at].start, tokens[end - 1].end, short))
                at = end
                break
        else:
            read.append(tokens[at])
            at += 1
    return read


def country_spelled(read: Sequence[Token], at: int, analyzer: Analyzer) -> str:
    """The short form of the country whose name ``read[at]`` spells out with the words
    around it ("uk" for "united" and for "kingdom", typed so or read from "UK"), whether
    or not the corpus writes it; "" for none."""
    return _spelled_around(read, at, lambda short: bool(country_of(analyzer, short)))


def short_form(read: Sequence[Token], at: int, vocabulary: Vocabulary) -> str:
    """The abbreviation that the words around ``read[at]`` spell out, where the corpus
    holds it as well ("us" for "united" and for "states" of "United States", written so or
    read from "US"), for the passages writing it to match them as those spelling it do;
    "" for none, and for an abbreviation that also writes something else ("pm")."""
    return _spelled_around(
        read,
        at,
        lambda short: short not in AMBIGUOUS_ABBREVIATIONS and vocabulary.idf_of(short) is not None,
    )


def _spelled_around(read: Sequence[Token], at: int, kept: Callable[[str], bool]) -> str:
    """The first abbreviation ``kept`` says yes to whose words ``read[at]`` is one of,
    spelled out with the words around it; "" for none."""
    for start in range(max(0, at - _LONGEST + 1), at + 1):
        for end, short in _spelled_from(read, start):
            if end > at and kept(short):
                return short
    return ""


# What may stand between the words of a name spelled out ("International Institute for
# Strategic Studies"): white space and the small words its initials pass over.
_BETWEEN_NAMED = lazy(rf"\s+(?:(?:{'|'.join(SMALL_WORDS)}|&)\s+)*", re.IGNORECASE)


def acronyms_spelled(
    question: str, read: Sequence[Token], vocabulary: Vocabulary, corpus: Lookups
) -> dict[int, str]:
    """The acronym the corpus writes that words of ``read`` spell out together, by the
    place of each word: "international institute for strategic studies" where the
    articles write "IISS", each of its words then also matching "IISS" (as
    ``short_form`` does for ABBREVIATIONS). Three to five words, side by side in the
    question but for small words, whose initials make a term the corpus holds and which
    the corpus says as the question writes them (a phrase look-up: no text is scanned)."""
    found: dict[int, str] = {}
    looked = 0
    start = 0
    for end in range(1, len(read) + 1):
        if end < len(read) and _BETWEEN_NAMED.fullmatch(
            question, read[end - 1].end, read[end].start
        ):
            continue
        for first in range(start, end - 2):  # the run read[start:end]: its windows
            for last in range(first + 3, min(first + 5, end) + 1):
                window = read[first:last]
                acronym = "".join(t.word[:1] for t in window)
                if not acronym.isalpha() or vocabulary.idf_of(acronym) is None:
                    continue
                looked += 1
                if looked > NAMED_PER_QUESTION * 2:  # a long question's windows: enough
                    return found
                if corpus.says(question[window[0].start : window[-1].end]):
                    found.update((at, acronym) for at in range(first, last))
        start = end
    return found


# Titles news writes before a person's name ("General Min Aung Hlaing", "President
# Vladimir Putin", "Kremlin spokesman Dmitry Peskov"), which a member uses for the person.
TITLES = frozenset(
    "general president minister premier chancellor king queen prince princess pope "
    "senator governor mayor spokesman spokeswoman spokesperson ambassador envoy colonel "
    "admiral marshal sultan emperor leader chief".split()
)
# Before a title, the words that make it mean one person already named: "the general".
_DEFINITE = frozenset("the his her their its".split())
# A name's last word English uses this much or more is a word, not a surname: "General
# Question Time" names no general ("Trump" 4.9 and "Smith" 4.9 are below it).
SURNAME_MAX_ZIPF = 5.0


def person_titled(
    question: str, read: Sequence[Token], at: int, vocabulary: Vocabulary, corpus: Lookups
) -> str:
    """The person the question means by ``read[at]``, a title after "the", or after
    "the" and one word ("who greeted the general?", "who is the junta leader?"), where
    the corpus names one person so far more than any other
    (``names.titled_name``: "Min Aung Hlaing"), whom the question does not name already
    nor says whose title it is ("the president of Russia"); "" otherwise."""
    token = read[at]
    if token.word not in TITLES:
        return ""
    before = [w.lower() for w in _WORDS.findall(question, 0, token.start)[-2:]]
    if not _DEFINITE.intersection(before):  # "the general", "the junta leader"
        return ""
    after = [w.lower() for w in _WORDS.findall(question, token.end)[:2]]
    if after[:1] in (["of"], ["for"]) and after[1:] and after[1] not in _DEFINITE:
        return ""  # "the prime minister of Thailand" is whoever Thailand's is
    name = corpus.titled(token.word)
    words = name.lower().split()
    if not words or vocabulary.zipf(words[-1]) >= SURNAME_MAX_ZIPF:
        return ""
    asked = {t.word for t in read}
    return "" if asked & set(words) else name


# What may stand between "who" and its verb ("who will run", "whos gonna run", "who is
# going to run"), passed over for an idiom keyed on "who" (IDIOMS: "who runs" a leader).
_AUXILIARIES = frozenset(
    "will would shall should can could may might must is are was were be s gonna going to "
    "wants want".split()
)


def _subject_before(question: str, token: Token) -> str:
    """The word before ``token``, or, past auxiliaries (_AUXILIARIES), "who" ("whos"
    read so), in lowercase; "" for none. Of a word read apart, the part before it
    ("heatwave" read as "heat wave": "heat" before "wave")."""
    written = question[token.start : token.end].lower()
    if len(written) > len(token.word) and written.endswith(token.word):
        return written[: -len(token.word)].rstrip("-")
    before = word_before(question, token)
    if before not in _AUXILIARIES:
        return before
    words = [w.lower() for w in _WORDS.findall(question, 0, token.start)[-4:]]
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    return "who" if words and words[-1] in ("who", "whos") else before


def needed_not(question: str, token: Token, analyzer: Analyzer) -> str:
    """The term that ``token`` means, being a verb ``question`` says need not be done
    (NEEDED_NOT: "doesn't have to pay" as "exempt"); "" for none."""
    meaning = NEEDED_NOT.get(token.word, "")
    if not meaning or not _NEED_NOT.search(question, 0, token.start):
        return ""
    return next(iter(analyzer.analyze(meaning)), "")


def _of_country(question: str, token: Token, analyzer: Analyzer) -> bool:
    """Whether the word before ``token`` in ``question`` names a country ("uk", "indian")."""
    before = word_before(question, token)
    return bool(before) and bool(country_of(analyzer, analyzer.pair(before)[1]))


def is_phrasal(question: str, token: Token) -> bool:
    """Whether ``token`` is the verb of a phrasal verb, its particle right after ("get
    away", "give up"): it means what the two do together, not what it does alone."""
    after = _WORDS.findall(question, token.end)[:1]
    return bool(after) and after[0].lower() in _PARTICLES | {"away"}


def ends_idiom(question: str, token: Token) -> bool:
    """Whether ``token`` is the last word of an idiom (IDIOMS: the "back" of "come back")."""
    return (_subject_before(question, token), token.word) in IDIOMS


def idiom_of(question: str, token: Token, analyzer: Analyzer) -> str:
    """The term that ``token`` also reads as, being the last word of an idiom (IDIOMS:
    "in charge" as "leader") or the first (IDIOMS_BEFORE: "came with" as "accompany"),
    or a word alone (ALSO_FINDS: "evacuated" finds "leave" too; ALSO_FINDS_WHEN, asked
    when: "start" finds "effect"; ALSO_FINDS_CHANGED, asked how much it changed: "gain"
    finds "rise"; ALSO_FINDS_PRICED, asked a price: "charge" finds "cost"; a verb not
    done, asked what befalls whoever does not: the PENALTY); "" for none."""
    before = _subject_before(question, token)
    # the word after, or a particle one word on, after the verb's object ("laying people
    # off", "give it up"; not "came up with", which is no coming with anyone)
    after = [w.lower() for w in _WORDS.findall(question, token.end)[:2]]
    after = after[:1] + [w for w in after[1:] if w in _PARTICLES]
    meaning = (
        IDIOMS.get((before, token.word))
        or next((m for w in after if (m := IDIOMS_BEFORE.get((token.word, w)))), "")
        or (ALSO_FINDS_CHANGED.get(token.word, "") if asks_change(question) else "")
        or ALSO_FINDS.get(token.word, "")
        or (ALSO_FINDS_WHEN.get(token.word, "") if asks_when(question) else "")
        or (ALSO_FINDS_PRICED.get(token.word, "") if asks_price(question) else "")
        or (PENALTY if penalised(question, token.start) else "")
    )
    return next(iter(analyzer.analyze(meaning)), "") if meaning else ""
