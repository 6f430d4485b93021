"""Turn text into index terms, the same way for articles and for questions."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Container, Iterable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .nltk_parts import english_stemmer, nltk_version
from .patterns import lazy
from .sentences import SPLITTER_VERSION
from .versions import installed_version

if TYPE_CHECKING:
    from nltk.stem.snowball import EnglishStemmer

# Snowball's English stop-word list (snowballstem.org, BSD licence), written out here
# because nltk's copy is a data download. Kept in step with the stemmer's vocabulary.
SNOWBALL_STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what
    which who whom this that these those am is are was were be been being have has had
    having do does did doing would should could ought i'm you're he's she's it's we're
    they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll
    she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't
    didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's
    who's what's here's there's when's where's why's how's a an the and but if or
    because as until while of at by for with about against between into through during
    before after above below to from up down in out on off over under again further then
    once here there when where why how all any both each few more most other some such
    no nor not only own same so than too very
    """.split()
)

# Words people add around a question that never name what they ask about, the
# contractions they type without an apostrophe, chat spellings of stop words ("wen",
# "wat", "r", "y": English knows them too well to be read as typos; "whr", "hw", "coz":
# too far from theirs), and chat's
# abbreviations that frame a question ("imo", "tbh", "afaik"; in capitals an article's
# acronym is kept all the same).
# ...of which these only frame it, before or after ("tbh who's the junta leader? thx")
CHAT_FRAME = frozenset(
    "lol lmao yo bro btw idk pls plz imo imho tbh fyi afaik iirc ngl smh omg thx ty rn".split()
)
QUESTION_FILLER = CHAT_FRAME | frozenset(
    """
    whos whats hows wheres whens whys im ive dont doesnt didnt isnt arent wasnt cant wont
    ok okay basically actually really wondering wonder heard exactly stuff thing things guys
    hmm um uh u ur someone somebody anybody everything everyone everybody whose
    else also since wen wat wut wot whr hw abt cuz coz bcoz becuz bcuz tho gonna wanna gotta
    dunno gimme lemme r y
    tell please anyone anything something explain know hey hi hello thanks thank can
    will just many much happen happened happens happening go goes going gone went us
    """.split()
)

STOP_WORDS = SNOWBALL_STOP_WORDS | QUESTION_FILLER

# Numbers written as two words joined by a hyphen: "twenty-one", "twenty-first".
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNITS = "one two three four five six seven eight nine".split()
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()

# A word: letters and digits, with inner apostrophes (Myanmar's, don't), inner periods of
# initialisms (U.S.) and inner separators of numbers (1,000 and 3.5). Hyphens and
# slashes separate words, so "Russian-made" is "Russian" and "made".
_WORD = lazy(
    r"(?:[^\W_]\.){2,}"  # initialisms: U.S. E.U. a.m.
    r"|\d+(?:['’ʼ]?[sS]|(?i:st|nd|rd|th))(?![^\W_])"  # 1990s, 1990's, F-16s; 3rd, 21st
    r"|\d+(?:[.,]\d+)*(?i:m|bn|tn|k)(?![^\W_])"  # amounts: $600m, £1.5bn, 100k
    r"|\d+(?:[.,]\d+)*"  # numbers: 2021, 1,000, 3.5
    r"|[%$£€¥]"  # read as words: 30% is 30 percent
    rf"|(?i:{'|'.join(_TENS)})-(?i:{'|'.join(_UNITS + _UNIT_ORDINALS)})(?![^\W_])"  # 21, 21st
    r"|[^\W_]+(?:['’ʼ][^\W_]+)*",  # words, with inner apostrophes
)
# A word with hyphens inside, looked at whole before ``_WORD`` splits it: "cease-fire",
# "co-operation" and "e-mail" are one word where English writes them as one
# (``Analyzer.joins``), so that they meet "ceasefire", "cooperation" and "email".
_HYPHENATED = lazy(r"[^\W_]+(?:['’ʼ][^\W_]+)*(?:-[^\W_]+(?:['’ʼ][^\W_]+)*)+")
# How many of English's most used words (wordfreq's list) a hyphenated word joined must
# be among: a saved index keeps them (``vocabulary.COMMON_WORDS`` is this number), so a
# question needs no language library to read one. The 25,000th is at Zipf 3.1
# ("ceasefire" 3.3, "peacekeeping" 3.2; "russianmade" and "selfdefense" are not words).
ENGLISH_WORDS = 25_000

# Written numbers are indexed as digits, so "six elephants" answers "6 elephants".
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
}


def _ordinal(digits: str) -> str:
    """The number written in ``digits`` as an ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st
    (by its last two digits, however many it has)."""
    digits = digits.lstrip("0") or "0"
    n = int(digits[-2:])
    suffix = "th" if 10 <= n <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{digits}{suffix}"


# Ordinals are indexed in digits, so "the 3rd son" answers "the third son" (the digits'
# suffix set right: "3th" is 3rd).
ORDINAL_WORDS = {
    word: _ordinal(str(value))
    for value, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
        "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
        "nineteenth twentieth".split(),
        start=1,
    )
} | {"thirtieth": "30th", "fortieth": "40th", "fiftieth": "50th", "hundredth": "100th"}
# Symbols read as the words they stand for (each term is its word's stem, tested).
SYMBOLS = {"%": "percent", "$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}
# A number's word as ``_WORD`` reads it and NFKC leaves it, in the three shapes read
# otherwise than as a number: an amount's magnitude after its number ("$600m", "£1.5bn":
# the number is indexed, as the number of "600 million" is), a plural, an ordinal.
_AMOUNT = lazy(r"(\d+(?:[.,]\d+)*)(?:m|bn|tn)")
# ...and thousands as chat writes them ("100k", "1.5k"), read as the number written in
# full ("100,000"), which is how news writes thousands.
_THOUSANDS = lazy(r"(\d+)(?:\.(\d{1,3}))?k")
_PLURAL = lazy(r"(\d+)'?s")
_CODE_PLURAL = lazy(r"([a-z]+\d+)'?s")  # "F16s", "MiG29s": a model's code, plural
_ORDINAL = lazy(r"(\d+)(?:st|nd|rd|th)")
_QUOTES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})
_POSSESSIVE = lazy(r"'s?$")


@dataclass(frozen=True)
class Token:
    """One word of a text as the index sees it: its term, where the word stands in the
    text, and the word itself as written (normalised: lowercase, no possessive)."""

    term: str
    start: int
    end: int
    word: str = ""


@dataclass(frozen=True)
class Analyzer:
    """NFKC, lowercase, accents, possessives, stop words, number words, lemmas and
    Snowball stems.

    >>> Analyzer().analyze("Who supplies Myanmar’s Russian-made jets?")
    ['suppli', 'myanmar', 'russian', 'make', 'jet']
    >>> Analyzer().analyze("The U.S. supplier sold 1,000 jets and six tanks.")
    ['us', 'suppli', 'sell', '1000', 'jet', '6', 'tank']
    >>> Analyzer().analyze("??? what is it")
    []
    """

    stop_words: frozenset[str] = field(default=STOP_WORDS, repr=False)
    # Bump when a change here alters the terms of any text: a saved index built with
    # another version must be rebuilt, never queried. (24, 25: corpus text is read
    # composed, NFC, without soft hyphens and zero-width spaces, its lines ending in
    # "\n": corpus.py, _readable; 26, 28: a .md body as Markdown, markdown.py; 27: a
    # line of any spaces, "\u00a0" too, is blank; 29: a file dated by its name; 30: an
    # untitled one titled by its headline line; 31: .json and .markdown files read; 32:
    # a time stamp or a date is no headline; 33: a Markdown table a paragraph a row; 34:
    # "100k" is 100000; 35: "titanic" and "organic" stemmed apart; 36: "voyager"; 37:
    # "hamas"; 38: "ai", "m" and other contractions' rests kept whole, not "be"; 39:
    # a lemma the dictionary spells British spelled American, "neighbourhood".)
    version: int = 39
    # Stems worked out before (a saved index's words): looked up before ``stem`` is asked,
    # which needs simplemma's dictionary and nltk, most of a one-question run's time.
    # The same function made them (the fingerprint covers both libraries' versions).
    stems: Mapping[str, str] | None = field(default=None, repr=False, compare=False)
    # The synonym groups' terms as a saved index recorded them (``synonyms.group_terms``).
    synonym_terms: tuple[tuple[str, ...], ...] | None = field(
        default=None, repr=False, compare=False
    )
    # English's ENGLISH_WORDS most used words, as a saved index keeps them; None: read
    # from wordfreq when first needed (the same list: the fingerprint covers its version).
    english: Container[str] | None = field(default=None, repr=False, compare=False)
    # The terms of the community's own synonym groups (community.py), which the edge
    # serves with the index: compared, so that synonyms() is worked out for them anew.
    community_terms: tuple[tuple[str, ...], ...] = field(default=(), repr=False)

    def tokens(self, text: str) -> list[Token]:
        """The tokens of ``text``: each word that has a term, with its span in ``text``."""
        found = []
        memo = _memo(self)
        for written, start, end in self._spans(text):
            pair = memo.get(written)
            if pair is None:
                pair = memo[written] = self._term(written)
            if pair[1]:
                found.append(Token(pair[1], start, end, pair[0]))
        return found

    def words(self, text: str) -> list[str]:
        """The words of ``text`` as written, stop words included: ``pair`` tells each
        one's term. Building an index looks each written word up once a chunk this way,
        not once a token (``chunks.analyse``)."""
        whole = self._whole(text)
        if not whole:  # most texts: the words as one call in C
            return _WORD.findall(text)
        return [written for written, _, _ in self._spans(text, whole)]

    def located(self, text: str) -> list[tuple[str, int, int]]:
        """Each word of ``text`` (stop words included) as the index records it, with
        where it stands in ``text``."""
        return [(_written(written), start, end) for written, start, end in self._spans(text)]

    def may_hold(self, text: str, words: Iterable[str]) -> bool:
        """False where ``text`` cannot hold every one of ``words`` as ``located`` records
        them, hyphens dropped: written in ASCII once its quotes are straight, it lacks
        one as a string, case and hyphens aside (a word is recorded from the text by
        lowering its case, straightening its quotes, dropping a possessive and, read
        whole, its hyphens). True otherwise, and for text in other letters (NFKC, accents
        dropped): then only reading its words tells.

        >>> Analyzer().may_hold("The cease-fire's end", ["ceasefire", "end"])
        True
        >>> Analyzer().may_hold("Air strikes", ["air", "force"])
        False
        """
        plain = text.translate(_QUOTES).lower()
        if not plain.isascii():
            return True
        plain = plain.replace("-", "")
        return all(word in plain for word in words)

    def joins(self, hyphenated: str) -> bool:
        """Whether a word written with hyphens is one word: its parts joined are among
        English's ENGLISH_WORDS most used words.

        >>> analyzer = Analyzer()
        >>> analyzer.joins("Cease-fire's"), analyzer.joins("e-mail"), analyzer.joins("Russian-made")
        (True, True, False)
        """
        joined = _POSSESSIVE.sub("", hyphenated.translate(_QUOTES).lower()).replace("-", "")
        if not (joined.isascii() and joined.isalpha()):
            return False
        return joined in (self.english if self.english is not None else _english())

    def _whole(self, text: str) -> dict[int, int]:
        """Where each hyphenated word of ``text`` that ``joins`` starts: its end."""
        if "-" not in text:
            return {}
        return {m.start(): m.end() for m in _HYPHENATED.finditer(text) if self.joins(m.group())}

    def _spans(self, text: str, whole: dict[int, int] | None = None) -> list[tuple[str, int, int]]:
        """Each word of ``text`` as written, with its span: ``_WORD``'s, a hyphenated
        word that ``joins`` whole (``whole``: where they are, if known)."""
        whole = self._whole(text) if whole is None else whole
        if not whole:  # most texts: a list made in one go is the fastest to go through
            return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        return list(self._spans_joined(text, whole))

    @staticmethod
    def _spans_joined(text: str, whole: dict[int, int]) -> Iterator[tuple[str, int, int]]:
        after = -1  # the end of the last word read whole
        for match in _WORD.finditer(text):
            start = match.start()
            if start < after:
                continue
            if (end := whole.get(start)) is not None:
                after = end
                yield text[start:end], start, end
            else:
                yield match.group(), start, match.end()

    def normalised(self, written: str) -> str:
        """One word of ``words`` as the index records it (``pair``'s first half, with no
        stemming)."""
        return _written(written)

    def pair(self, written: str) -> tuple[str, str]:
        """(the word normalised, its term) of one word of ``words``; the term is "" for a
        stop word."""
        memo = _memo(self)
        pair = memo.get(written)
        if pair is None:
            pair = memo[written] = self._term(written)
        return pair

    def analyze(self, text: str) -> list[str]:
        """The terms of ``text`` in order, repeats kept (BM25 counts them)."""
        return [t.term for t in self.tokens(text)]

    def marks(self, text: str, words: Set[str], terms: Set[str]) -> list[Token]:
        """The words of ``text`` whose term is in ``terms``, given the written ``words``
        that have those terms: only candidates are stemmed, so marking a passage costs
        little however many new words it holds.

        >>> [(t.term, t.start) for t in Analyzer().marks("Jets and a jet.", {"jets", "jet"},
        ...                                              {"jet"})]
        [('jet', 0), ('jet', 11)]
        """
        found = []
        for written, start, end in self._spans(text):
            if _written(written) in words:
                word, term = self._term(written)
                if term in terms:
                    found.append(Token(term, start, end, word))
        return found

    @property
    def fingerprint(self) -> str:
        """Identifies how text becomes passages and terms; saved beside an index, which is
        rebuilt when it differs.

        It covers this analyzer's version and stop words, the sentence splitter's version,
        and everything outside the project whose upgrade can change a passage or a term:
        nltk (Punkt and Snowball), simplemma (lemmas), breame (British spellings),
        wordfreq (which hyphenated words are one) and the Unicode database (NFKC, and
        what the word pattern counts as a letter). rapidfuzz is left out: it mends
        questions when asked, and nothing of its is saved.
        """
        shaped_by = "\n".join(f"{name} {version}" for name, version in shaping_versions())
        words = "\n".join(sorted(self.stop_words))
        text = f"{self.version}\n{SPLITTER_VERSION}\n{shaped_by}\n{words}"
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def _term(self, word: str) -> tuple[str, str]:
        """(the word normalised, its term); the term is "" for a stop word."""
        lower, term = _classified(word, self.stop_words)
        if term is not _STEMMED:
            return lower, term
        known = self.stems.get(lower) if self.stems is not None else None
        return lower, known or stem(lower)


# Each word as written -> (the word normalised, its term), shared by the analyzers that
# make the same terms (same stop words and version; ``stems`` only spares work): one
# dict lookup a token instead of ``_term``'s three cached calls, which were a third of a
# build's analysis. Started afresh when it holds _MEMO_WORDS words (about 20 MB).
_MEMO_WORDS = 1 << 17
_memos: dict[tuple[frozenset[str], int], dict[str, tuple[str, str]]] = {}


def _memo(analyzer: Analyzer) -> dict[str, tuple[str, str]]:
    key = (analyzer.stop_words, analyzer.version)
    memo = _memos.get(key)
    if memo is None or len(memo) >= _MEMO_WORDS:
        memo = _memos[key] = {}
    return memo


# What ``_classified`` gives for a word whose term is its stem.
_STEMMED = "\0stem"


@lru_cache(maxsize=1 << 18)  # words as written repeat (Zipf): most are seen before
def _classified(word: str, stop_words: frozenset[str]) -> tuple[str, str]:
    """(the word normalised, its term), or _STEMMED for the term of a word to be stemmed:
    all of ``Analyzer._term`` that depends on the word alone."""
    lower = _written(word)
    if not lower:  # an apostrophe alone ("ʼ" is a letter to Unicode) or "'s"
        return lower, ""
    if "." in lower and not lower[0].isdigit():  # an initialism: U.S. -> us
        return lower, lower.replace(".", "")
    if lower[0].isdigit():
        if amount := _AMOUNT.fullmatch(lower):  # "$600m": 600
            return lower, amount[1].replace(",", "")
        if thousands := _THOUSANDS.fullmatch(lower):  # "100k": 100000, "1.5k": 1500
            return lower, str(int(thousands[1]) * 1000 + int((thousands[2] or "0").ljust(3, "0")))
        if plural := _PLURAL.fullmatch(lower):  # "F-16s" are F-16s, the "1990s" 1990
            return lower, plural[1]  # (the decade's other years: equivalents.years_of)
        if ordinal := _ORDINAL.fullmatch(lower):
            return lower, _ordinal(ordinal[1])
        return lower, lower.replace(",", "")
    if lower in SYMBOLS:
        return lower, SYMBOLS[lower]
    if plural := _CODE_PLURAL.fullmatch(lower):  # "F16s" are F16s, as "F-16s" are 16s
        return lower, plural[1]
    if is_acronym(word):
        return lower, lower  # a name, never a stop word
    if lower in stop_words:
        return lower, ""
    if lower in NUMBER_WORDS:
        return lower, NUMBER_WORDS[lower]
    if number := _compound_number(lower):  # "twenty-one": 21, "twenty-first": 21st
        return lower, number
    if lower in ORDINAL_WORDS:
        return lower, ORDINAL_WORDS[lower]
    return lower, _STEMMED


def _compound_number(word: str) -> str:
    """The term of a number written as two words joined by a hyphen ("twenty-one": 21,
    "twenty-first": 21st); "" for any other word."""
    tens, _, unit = word.partition("-")
    if tens not in _TENS:
        return ""
    value = int(NUMBER_WORDS[tens])
    if unit in _UNITS:
        return str(value + _UNITS.index(unit) + 1)
    if unit in _UNIT_ORDINALS:
        return _ordinal(str(value + _UNIT_ORDINALS.index(unit) + 1))
    return ""


def is_acronym(word: str) -> bool:
    """Whether a word as written is read as an acronym (US, IT, WHO, MRTV, G7): its term
    is the word itself, lowercase, never a stop word nor stemmed.

    >>> is_acronym("WHO"), is_acronym("Who"), is_acronym("U.S."), is_acronym("MYANMAR")
    (True, False, False, False)
    """
    normal = unicodedata.normalize("NFKC", word).translate(_QUOTES)
    if "." in normal or normal[:1].isdigit():  # initialisms and numbers are read apart
        return False
    return 1 < len(normal) <= 5 and normal.isupper()


def shaping_versions() -> tuple[tuple[str, str], ...]:
    """The versions of what outside the project shapes passages and terms.

    >>> [name for name, _ in shaping_versions()]
    ['breame', 'nltk', 'simplemma', 'unicodedata', 'wordfreq']
    """
    return (
        ("breame", installed_version("breame")),
        ("nltk", nltk_version()),
        ("simplemma", installed_version("simplemma")),
        ("unicodedata", unicodedata.unidata_version),
        ("wordfreq", installed_version("wordfreq")),
    )


@cache
def _english() -> frozenset[str]:
    """English's ENGLISH_WORDS most used words (wordfreq's list; 0.3 s to import)."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", ENGLISH_WORDS))


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): most tokens are seen before
def _written(word: str) -> str:
    """A word as the index records it: NFKC, straight quotes, lowercase, no accents, no
    possessive (initialisms and numbers keep their periods and commas).

    >>> _written("Möngke's"), _written("Café"), _written("U.S.")
    ('mongke', 'cafe', 'u.s.')
    """
    lower = unicodedata.normalize("NFKC", word).translate(_QUOTES).lower()
    if not lower.isascii():  # accents dropped: members type "Mongke" for "Möngke"
        decomposed = unicodedata.normalize("NFKD", lower)
        # ...unless it is all marks ("ﾞ", a sound mark on its own): then as written
        lower = "".join(c for c in decomposed if not unicodedata.combining(c)) or lower
    if "." in lower or lower[0].isdigit():
        return lower
    return _POSSESSIVE.sub("", lower)


@lru_cache(maxsize=1 << 20)
def stem(word: str) -> str:
    """The Snowball English stem of the word's lemma, with agent nouns in -ier joined to
    their verb, British spellings read as American ones and other names of a place or
    person as one (``SPELLED_SO``).

    The lemma (simplemma's English dictionary) joins irregular forms that no stemmer
    can: "said" and "say", "took" and "take". Snowball leaves "supplier" whole while
    "supplies" becomes "suppli"; a question about who supplies something must find the
    supplier. News outlets spell as their country does: "defence" is "defense".

    >>> stem("supplier"), stem("supplies"), stem("jets"), stem("said"), stem("took")
    ('suppli', 'suppli', 'jet', 'say', 'take')
    >>> stem("programme") == stem("program"), stem("organisations") == stem("organization")
    (True, True)
    """
    import simplemma  # imported when first needed: see ``Analyzer.stems``

    word = american(word.replace("-", ""))  # a hyphenated word read whole is one word
    word = SPELLED_SO.get(word, word)
    if word in _CONTRACTED:
        return word
    # (the dictionary gives some lemmas in British spelling, "neighborhood" as
    # "neighbourhood" where "neighborhoods" is "neighborhood": spelled American again)
    lemma = _PAST_TENSES.get(word) or american(simplemma.lemmatize(word, lang="en").lower())
    if lemma.endswith("men") and len(lemma) >= _MEN_PLURAL:
        lemma = lemma[:-3] + "man"  # "Frenchmen", which the dictionary lacks
    if (apart := _STEMS_APART.get(lemma)) is not None:
        return apart
    stemmed = _stemmer().stem(lemma)
    if stemmed.endswith("ier") and len(stemmed) > 4:
        return stemmed[:-2]
    return stemmed


# What simplemma reads as the rest of a contraction ("ain't", "I'm", "I've", "we'll",
# "can't", "won't") and lemmatizes to a stop word ("be", "have", "will", "can"): as words
# of their own they are kept whole, "AI" above all ("tell me about ai" quoted "M&M's",
# whose "M" was "be" too).
_CONTRACTED = frozenset("ai m ve ll ca wo".split())

# A word this long ending in "men" is a plural of "-man" ("Frenchmen", "Dutchmen",
# "militiamen") or a word no "-man" spells otherwise ("specimen"); the shorter include
# "omen" and "Yemen", and "germen" would read as "German".
_MEN_PLURAL = 8


# Past tenses news writes often that simplemma reads as the noun they also spell: "prices
# rose" answers "did prices rise?", "won the election" "who will win?". Not "left" ("the
# left", "left-wing") nor "shot" ("a booster shot"), which news writes as often otherwise.
_PAST_TENSES = {"rose": "rise", "won": "win"}


def american(word: str) -> str:
    """The American spelling of a lowercase British one, the word itself otherwise:
    breame's list of 1,700 ("colour", "centres", "travelled", "programme"), and any
    "-isation" ("civilisation": the list lacks some).

    >>> american("colour"), american("centres"), american("civilisations"), american("bus")
    ('color', 'centers', 'civilizations', 'bus')
    """
    found = _american_spellings().get(word)
    if found is not None:
        return found
    return word.replace("isation", "ization") if "isation" in word else word


# Places and people news writes more than one way, as one: the name a country uses now
# or an older English one ("Kiev", "Burma", "Bombay"), and transliterations ("Qaddafi",
# "Zelenskyy", "Mohammed"). No offline library gives these; a name written otherwise
# than here still finds itself.
SPELLED_SO = {
    old: new
    for new, olds in {
        "kyiv": "kiev",
        "kharkiv": "kharkov",
        "lviv": "lvov",
        "yangon": "rangoon",
        "myanmar": "burma",
        "beijing": "peking",
        "mumbai": "bombay",
        "kolkata": "calcutta",
        "chennai": "madras",
        "bengaluru": "bangalore",
        "eswatini": "swaziland",
        "turkey": "turkiye",
        "tehran": "teheran",
        "gaddafi": "gadhafi qaddafi kadhafi qadhafi gaddafy",
        "qaeda": "qaida",
        "hezbollah": "hizbollah hizballah",
        "zelensky": "zelenskyy zelenskiy zelenski",
        "uyghur": "uighur",
        "uyghurs": "uighurs",
        "muhammad": "mohammed mohammad muhammed mohamed",
    }.items()
    for old in olds.split()
} | {
    # Titles and places as news style abbreviates them before a name ("Gen. Min Aung
    # Hlaing", "Sen. Warren", "Mt. Everest"). Not "Dr." (also Drive), "St." (Street,
    # Saint), "Gov." (members write it for the government) nor "Ft." (Fort, feet).
    "gen": "general",
    "sen": "senator",
    "rep": "representative",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "adm": "admiral",
    "maj": "major",
    "cmdr": "commander",
    "prof": "professor",
    "supt": "superintendent",
    "atty": "attorney",
    "mt": "mount",
    # Units and shorthand, as news writes them and members type them ("5km", "kilometres";
    # in capitals, "MW", a word is an acronym and read as written).
    "km": "kilometer",
    "kg": "kilogram",
    "cm": "centimeter",
    "mm": "millimeter",
    "yr": "year",
    "yrs": "years",
    "hr": "hour",
    "hrs": "hours",
    "govt": "government",
    "gov't": "government",
    "dept": "department",
    "intl": "international",
    "int'l": "international",
    "natl": "national",
    "nat'l": "national",
    "corp": "corporation",
    "ltd": "limited",
    "pct": "percent",  # as "%" is
    # Words cut short as members type them and some outlets print them ("maths", "uni").
    # Not "intel" (Intel), "pop", "temp", "min" or "max" (Min Aung Hlaing), "bio", "ad",
    # "gov" (the governor's title) nor "pres": each is often another word too.
    "math": "mathematics",
    "maths": "mathematics",
    "uni": "university",
    "unis": "universities",
    "dorm": "dormitory",
    "dorms": "dormitories",
    "lab": "laboratory",
    "labs": "laboratories",
    "exam": "examination",
    "exams": "examinations",
    "stats": "statistics",
    "econ": "economics",
    "admin": "administration",
    "tech": "technology",
    "info": "information",
    "approx": "approximately",
    "avg": "average",
}


# Pairs of the list left out: the American form would part a word from its family
# ("buses" as "busses" from "bus", "analyses" as the verb "analyzes" from "analysis",
# "calibres" as "calibers" from "calibrate"), or is another word ("gauge" as "gage",
# "chilli" as "chili" beside "chilly", "draught" as "draft", the beer and the game).
_NOT_BRITISH = frozenset(
    "analyses buses busing gases gauge gauges calibres chilli draught draughts".split()
)


@cache
def _american_spellings() -> dict[str, str]:
    # Imported when first needed, as simplemma is: the list is 3,400 literals.
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return {b: a for b, a in BRITISH_ENGLISH_SPELLINGS.items() if b not in _NOT_BRITISH}


# Lemmas Snowball cuts down to another, common word: "authorities" to "author",
# "organization" to "organ", "civilization" to "civil", "personalize" to "person",
# "important" to "import" (what a country imports), "department" to "depart", "chief
# executive" to "execute" (an execution), "university" to "universe", "business" to
# "busy", "positive" to "position", "informal" to "inform", a "relative" to "relation",
# "critical" (a critical moment) to "critic" (who are the critics?), "capitalism" to the
# capital city, a "conservative" to "conservation", a "liberal" to "liberation", an
# "officer" to an "office", "animation" to "animal", the "Titanic" to the "Titan"
# submersible that dived to it, "organic" food to a body's organs, the "Voyager" probes
# to a "voyage" (and its synonyms, "trip" and "journey"), "Hamas" to the Syrian city of
# "Hama" ("what is hamas?" quoted "...taking Aleppo, Hama and Homs").
_STEMS_APART = {
    "authority": "authoriti",
    "authorize": "authoriz",
    "authorization": "authoriz",
    "organization": "organiz",
    "organize": "organiz",
    "organizer": "organiz",
    "organizational": "organiz",
    "civilization": "civiliz",
    "civilize": "civiliz",
    "civilized": "civiliz",
    "personalize": "personaliz",
    "generalize": "generaliz",
    "important": "importan",
    "importance": "importan",
    "importantly": "importan",
    "unimportant": "unimportan",
    "department": "departmen",
    "apartment": "apartmen",
    "executive": "executiv",
    "university": "universiti",
    "business": "busines",
    "positive": "positiv",
    "informal": "informal",
    "relative": "relativ",
    "critical": "critical",
    "critically": "critical",
    "capitalism": "capitalism",
    "conservative": "conservativ",
    "conservatism": "conservativ",
    "liberal": "liberal",
    "liberalism": "liberal",
    "officer": "officer",
    "animation": "animat",
    "animated": "animat",
    "animate": "animat",
    "titanic": "titanic",
    "organic": "organic",
    "voyager": "voyager",
    "hamas": "hamas",
}


@cache
def _stemmer() -> EnglishStemmer:
    return english_stemmer()
