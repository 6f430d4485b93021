"""Questions that ask what, who or where something is, and the sentences that say it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .analysis import Analyzer, is_acronym
from .patterns import lazy

# The words that ask for a person's title.
_TITLE = r"(?:title|rank|job|post|office|position)"
# "what is X?", "who were the X", "what's X" (chat's "whats"), "define X", "X
# definition", "what does X mean?", "what does X stand for?", "meaning of X": X, the
# subject asked about, in ``subject``.
_ASKED = (
    # "what is Min Aung Hlaing's rank?", "what title does Putin hold?": who he is, as news
    # says it ("General Min Aung Hlaing", "Russian President Vladimir Putin")
    re.compile(
        rf"^what(?:s|'s|’s| is| was)\s+(?:the\s+)?(?P<subject>.+?)(?:'s|’s)\s+{_TITLE}$"
        rf"|^what(?:s|'s|’s| is| was) the {_TITLE} of\s+(?:the\s+)?(?P<of>.+?)$"
        rf"|^what {_TITLE} (?:does|did) (?:the\s+)?(?P<holder>.+?) (?:have|hold|had|held)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:what|who)(?:s|'s|’s| is| are| was| were)\s+(?:(?:a|an|the)\s+)?(?P<subject>.+?)$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:define|definition of|meaning of)\s+(?P<subject>.+?)$", re.IGNORECASE),
    re.compile(r"^(?P<subject>.+?)\s+(?:definition|meaning)$", re.IGNORECASE),
    re.compile(r"^what does\s+(?P<subject>.+?)\s+(?:mean|stand for)$", re.IGNORECASE),
    # "what is QED short for?", "what's GDP an abbreviation of?"
    re.compile(
        r"^what(?:s|'s|’s| is| was)\s+(?:the\s+)?(?P<subject>.+?)\s+(?:short|an abbreviation"
        r"|an acronym)\s+(?:for|of)$",
        re.IGNORECASE,
    ),
)
# "where is X?", "where's X", "wheres X", "where are the X located".
_WHERE = lazy(
    r"^where(?:s|'s|’s| is| are)\s+(?:the\s+)?(?P<subject>.+?)"
    r"(?:\s+(?:located|situated|based))?$",
    re.IGNORECASE,
)
# A subject of more words than this is a question of its own ("what was the embargo
# like in Israel"): no sentence defines it.
MAX_SUBJECT_WORDS = 5
# A subject ending so asks something of it ("what is the mace made of?"), not what it is.
_TRAILING = frozenset(
    "of in on at to for from by with into about like made called known used based doing "
    "going happening".split()
)
# "Who is arming ...", "who was killed": a who question asking who does or did a thing.
_DOING = lazy(r"^who\b", re.IGNORECASE)
_DOING_WORD = lazy(r"[a-z]+(?:ing|ed)")
# What follows a subject where a sentence says what it is, anywhere in it: "X, a
# researcher at", "X, who launched", "X, also known as Y".
_APPOSITIVE = lazy(
    r",\s*(?:(?:who|whose|which|one of)\s|(?:also\s+)?(?:known as|called)\s"
    r"|(?:a|an|the)\s(?P<noun>[^,.;:()]*?)(?:$|[,.;:()]|\s(?:who|which|that)\b))",
    re.IGNORECASE,
)
# A verb in what follows "X, the": a clause, not an appositive ("for each force, the
# situation is ambiguous").
_VERB = lazy(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|"
    r"did)\b",
    re.IGNORECASE,
)
# What follows a subject that begins its clause, where the sentence says what it is:
# "is a", "(Latin: Normanni) were the people", "(Polish: Warszawa ( listen)) is the";
# a short aside between commas too: "Min Aung Hlaing, 68, is the", "The Yuan dynasty
# (Chinese: 元朝), officially the Great Yuan (...), was the empire".
_BRACKETED = r"\((?:[^()]|\([^()]*\))*\)"
_COPULA = lazy(
    rf"\s*(?:{_BRACKETED}\s*)?"
    rf"(?:,\s*[^,;:.()]{{1,60}}?(?:\s*{_BRACKETED})?\s*,\s*)?"
    r"(?:(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:a|an|the|one|any|born)"
    # ...or what it has come to be: "India's Gukesh Dommaraju became the youngest world
    # chess champion in history" (not "Gukesh, who is from Chennai, wept...")
    r"|(?:became|becomes|has\s+become|have\s+become|had\s+become)\s+(?:a|an|the)\b)",
    re.IGNORECASE,
)
# What follows a plural subject where a sentence says what they are, without an article:
# "Steam engines are external combustion engines, where...", "(...) were French
# Protestants who"; up to three words before the plural noun, none a function word or a
# verb or adverb by its ending ("are still used in ships", "are important in").
_PLURAL_COPULA = lazy(
    rf"\s*(?:{_BRACKETED}\s*)?(?:are|were)\s+"
    r"(?:(?!(?:in|on|at|by|to|of|for|from|with|as|than|not|no|also|still|now|often|"
    r"usually|generally|mostly|all|both|each|more|less|most|very|so|too|being|been|able|"
    r"about|into|over|under|then|there|the|a|an)\b)[\w-]+(?<!ed)(?<!ing)(?<!ly)\s+){0,3}"
    r"[\w-]*[^\Wsu]s\b(?=\s*[,.;:(]|\s+(?:that|which|who|whose|where|of|with|and)\b)",
    re.IGNORECASE,
)
# What may come before a subject that begins its clause: the sentence's start or a comma,
# then an article ("In physics, a force"), and before a name, titles ("General Min Aung
# Hlaing"); not a word that narrows it ("A probabilistic Turing machine is a ...", "Farmed
# salmon is the ..." say what another thing is).
_CLAUSE_START = lazy(r"(?:^|[,;:]\s+)[\"“‘'(]*(?:(?:[Aa]n?|[Tt]he)\s+)?$")
_NAME_START = lazy(r"(?:^|[,;:]\s+)[\"“‘'(]*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w.’'-]*\s+)*$")
# The words that may come just before a subject an appositive describes ("said Morgan
# Michaels, a researcher", "Mongols and Semuren, who"); any other lower-case word narrows
# it to another thing ("the resulting force, the resultant", "the adaptive immune system,
# which").
_LEADING = frozenset(
    "a an the of to by in on at with for from and or but as about into over after before "
    "than that this these those it its his her their our said says told according "
    "including include includes like such against between among under".split()
)
# The rest of a name written after the part asked ("Gukesh" of "Gukesh Dommaraju").
_NAME_REST = lazy(r"(?:\s+[A-Z][\w’'-]*)*")
_LAST_WORD = lazy(r"(\w[\w’'-]*)\W*$")
# A name that a role asked about is set beside: "Saab, the Swedish supplier, also
# agreed" says who the supplier is; the role closes its clause or names whose it is. Not
# one of its kind: "...recalled Leo XIII, a pope of the late 19th century" says nothing
# of who the pope is.
_APPOSED = lazy(r"(?:^|[\s(])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+the\s+(?:[\w’'-]+\s+){0,3}$")
_APPOSED_END = lazy(r"(?:[,.;:)]|\s+(?:of|to|for|in|at)\b)")
# What introduces a subject as another thing's name: "is known as the Seven Years' War",
# "known in Japanese as hibakusha", "known locally as".
_KNOWN_AS = r"known\s+(?:(?:in|to|by|among)\s+(?:the\s+)?[\w’'-]+\s+|[a-z]+ly\s+)?as"
_NAMED = lazy(rf"\b(?:{_KNOWN_AS}|called|named)\s+(?:(?:a|an|the)\s+)?[\"“‘']?$", re.I)
# Any of the cues above (appositive, copula, name), somewhere in a sentence: one search
# spares reading most sentences.
_CUE = lazy(
    r",\s*(?:a|an|the|who|whose|which|one of|also known as|known as|called)\s"
    r"|\b(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:a|an|the|one|any|born)\b"
    r"|\b(?:became|becomes|become)\s+(?:a|an|the)\b"
    r"|\b(?:are|were)\s+[\w-]+"
    rf"|\b(?:{_KNOWN_AS}|called|named)\s",
    re.IGNORECASE,
)
# What follows a subject that begins its clause, where the sentence says where it is:
# "lies in", "is located on", "stands on", "is in"; and its cue, searched for first.
_LOCATED = lazy(
    r"\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?"
    # "Harvard's 209-acre (85 ha) main campus is centered on": where its seat is
    r"(?:(?:['’]s)?\s+(?:[\w-]+\s+|\([^()]*\)\s+){0,4}?"
    r"(?:campus|headquarters|seat|offices|base|home)\s+)?"
    r"(?:(?:is|are|was|were)\s+(?:located|situated|based|centered|centred|headquartered)"
    r"|lies|lie|stands|stand|sits|sit|is|are)\s+"
    r"(?:in|on|at|near|along|between|north|south|east|west|about|some)\b",
    re.IGNORECASE,
)
_PLACE_CUE = lazy(
    r"\b(?:located|situated|based|centered|centred|headquartered|lies|lie|stands|stand|sits|"
    r"sit|is|are)\s"
)


# Words that say who or what a name is when written just before it, as news introduces
# people and outlets ("Russian President Vladimir Putin", "state broadcaster MRTV",
# "researcher Morgan Michaels"): these, and a lower-case word ending as a role does
# (_ROLE_ENDINGS) that is no other word (_NO_ROLES).
ROLES = frozenset(
    "president minister leader general chief ceo head envoy ambassador secretary chancellor "
    "premier king queen prince princess pope senator governor mayor chair chairman "
    "chairwoman spokesman spokeswoman spokesperson official officer director founder "
    "editor reporter correspondent analyst expert professor dr colonel captain lieutenant "
    "admiral marshal commander emperor sultan president-elect agency broadcaster "
    "newspaper outlet network company firm group party".split()
)
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person")
_NO_ROLES = frozenset(
    "after under over other never ever whether either neither rather former latter later "
    "earlier together however further per her for nor or major minor inner outer upper "
    "lower sooner longer faster better greater human woman another whenever wherever "
    # kin: "his grandfather Genghis Khan" says whose kin, not who he is
    "father mother brother sister daughter grandfather grandmother stepfather stepmother "
    "godfather great-grandfather".split()
)
_WORD_BEFORE = lazy(r"[\w’'-]+")


@dataclass(frozen=True)
class Asked:
    """What a question asks to have introduced: what or who it is, or where."""

    subject: str  # as written: "Min Aung Hlaing", "Turing machine", "Warsaw"
    where: bool = False  # it asks where the subject is


def subject_asked(question: str) -> Asked | None:
    """What ``question`` asks to have defined, introduced or placed; None when it asks
    something else.

    >>> subject_asked("Who is Min Aung Hlaing?"), subject_asked("where's Warsaw")
    (Asked(subject='Min Aung Hlaing', where=False), Asked(subject='Warsaw', where=True))
    >>> subject_asked("what is the mace made of?"), subject_asked("who is arming them?")
    (None, None)
    """
    text = " ".join(question.split()).strip(" ?!.")
    for pattern in (*_ASKED, _WHERE):
        if match := pattern.match(text):
            found = match.groupdict()
            subject = (found.get("subject") or found.get("of") or found["holder"]).strip(" ,")
            words = subject.split()
            if not 0 < len(words) <= MAX_SUBJECT_WORDS or words[-1].lower() in _TRAILING:
                continue
            if _DOING.match(text) and _DOING_WORD.fullmatch(words[0]):
                continue  # "who is arming the junta?" asks who does it
            return Asked(subject, where=pattern is _WHERE)
    return None


# A subject that stands for what the question before named ("what is it?" after
# "deepseek"), and the words asking about a subject named alone ("tell me about X")
_PRONOUNS = frozenset("it he she they him her them that this".split())
_ABOUT = lazy(
    r"^(?:(?:tell me|what do you know|any news|news|info|anything)\s+(?:about|on)"
    r"|what about|how about)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_NO_SUBJECT = frozenset(
    "what who whom whose which when where why how is are was were do does did can will".split()
)


def subject_followed(asked: Asked, earlier: str) -> Asked:
    """``asked``, or where its subject is a pronoun ("what is it?"), what the question
    it follows up (``earlier``) named: its own subject asked ("who is X?"), or a subject
    it named alone ("deepseek", "tell me about deepseek").

    >>> subject_followed(Asked("it"), "tell me about DeepSeek")
    Asked(subject='DeepSeek', where=False)
    >>> subject_followed(Asked("it"), "why did nvidia fall?")
    Asked(subject='it', where=False)
    """
    if asked.subject.lower() not in _PRONOUNS:
        return asked
    if before := subject_asked(earlier):
        return replace(asked, subject=before.subject)
    named = _ABOUT.sub("", " ".join(earlier.split()).strip(" ?!."))
    words = named.split()
    if not 0 < len(words) <= MAX_SUBJECT_WORDS or _NO_SUBJECT.intersection(
        w.lower() for w in words
    ):
        return asked
    return replace(asked, subject=named)


def defines(text: str, asked: Asked, analyzer: Analyzer) -> bool:
    """Whether ``text`` says what ``asked``'s subject is (or where it is): it names it,
    word for word as the index records words, and says what it is ("X is a", "X, a",
    "X, who", "known as X", a role set beside a name: "Saab, the Swedish X,"; "X lies in",
    "X is located on").

    >>> analyzer, him = Analyzer(), Asked("min aung hlaing")
    >>> defines("General Min Aung Hlaing, who launched the coup", him, analyzer)
    True
    >>> defines("Min Aung Hlaing is accompanied by officials", him, analyzer)
    False
    >>> defines("Warsaw lies in east-central Poland.", Asked("Warsaw", where=True), analyzer)
    True
    >>> defines("Saab, the Swedish supplier, also agreed.", Asked("supplier"), analyzer)
    True
    >>> defines("Its extreme ultraviolet (EUV) machines.", Asked("euv"), analyzer)
    True
    """
    spelled = not asked.where and "(" in text and " " not in asked.subject.strip()
    if spelled and any(_spelled_out(text, a, b) for a, b in _named(text, asked, analyzer)):
        return True
    if not (_PLACE_CUE if asked.where else _CUE).search(text):
        return False
    for start, end in _named(text, asked, analyzer):
        before = text[:start]
        starts = _NAME_START if text[start].isupper() else _CLAUSE_START
        if text[start].isupper() and not asked.where:  # ...by more of a name: "Gukesh
            # Dommaraju became the" (not a place's: "Warsaw Chopin Airport is in" places
            # no Warsaw)
            end = _NAME_REST.match(text, end).end()
        if asked.where:
            if _LOCATED.match(text, end) and starts.search(before):
                return True
            continue
        appositive = _APPOSITIVE.match(text, end)
        if appositive and not _VERB.search(appositive["noun"] or ""):
            last = _LAST_WORD.search(before)
            if last is None or not last[1].islower() or last[1] in _LEADING:
                return True
        if _NAMED.search(before):
            return True
        if _APPOSED.search(before[-120:]) and _APPOSED_END.match(text, end):
            return True  # "Saab, the Swedish supplier,": who the supplier is
        if (_COPULA.match(text, end) or _PLURAL_COPULA.match(text, end)) and starts.search(before):
            return True
    return False


def _spelled_out(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]``, an acronym (in capitals), is in brackets
    after the words it stands for, or they in brackets after it: "extreme ultraviolet
    (EUV)", "EUV (extreme ultraviolet)"; not "new(name, data)". The words are those of
    Schwartz and Hearst's rule ("A simple algorithm for identifying abbreviation
    definitions in biomedical text", 2003), a dozen lines no library offers alone: each
    letter of the acronym, last first, found in them from the end, the first at a
    word's start; at most min(n + 5, 2n) words for n letters."""
    short = text[start:end]
    if not is_acronym(short) or not short[:1].isalpha():
        return False
    most = min(len(short) + 5, 2 * len(short))
    opened = _OPENED.search(text, 0, start)  # "quantum electrodynamics (or QED)"
    if opened and text[end : end + 1] in (")", ",", ";"):
        words = text[: opened.start()].split()[-most:]
    elif (inside := _AFTER_BRACKET.match(text, end)) is not None:
        words = inside[1].split()
        if len(words) > most:
            return False
    else:
        return False
    return _initials_in(short.lower(), " ".join(words).lower())


_AFTER_BRACKET = lazy(r"\s*\(([^()]+)\)")
_OPENED = lazy(r"\((?:or\s+|also\s+|short\s+for\s+)?$")


def _initials_in(short: str, long: str) -> bool:
    """Whether ``long`` holds ``short``'s letters in order, read from the end, the first
    at the start of a word (Schwartz and Hearst: "extreme ultraviolet" for "euv")."""
    at = len(long) - 1
    for i in range(len(short) - 1, -1, -1):
        while at >= 0 and (long[at] != short[i] or (i == 0 and at > 0 and long[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


def titled(text: str, asked: Asked, analyzer: Analyzer) -> bool:
    """Whether ``text`` names ``asked``'s subject after a title or a role, as news most
    often introduces people and outlets ("Russian President Vladimir Putin", "state
    broadcaster MRTV"): it says who or what it is, less than ``defines`` asks.

    >>> titled("He will meet Russian President Vladimir Putin.", Asked("putin"), Analyzer())
    True
    >>> titled("He met Putin; Russia's Vladimir Putin left.", Asked("putin"), Analyzer())
    False
    """
    if asked.where:
        return False
    cue = _within_a_sentence(asked.subject)  # spares reading most sentences word by word
    if not any(_titled(text[: m.start()]) for m in cue.finditer(text)):
        return False
    return any(
        text[start].isupper() and _titled(text[:start])
        for start, _ in _named(text, asked, analyzer)
    )


@lru_cache(maxsize=64)
def _within_a_sentence(subject: str) -> re.Pattern[str]:
    """The subject's first word capitalised after another word: where a title or a
    role may come before it."""
    first = subject.split()[0] if subject.split() else subject
    return re.compile(rf"(?<=\w\s){re.escape(first[:1].upper())}(?i:{re.escape(first[1:])})")


def _named(text: str, asked: Asked, analyzer: Analyzer) -> Iterator[tuple[int, int]]:
    """Where ``text`` names ``asked``'s subject, word for word as the index records
    words, or their plural ("Steam engines are" for "a steam engine"): each (start,
    end)."""
    wanted = [word for word, _, _ in analyzer.located(asked.subject)]
    words = analyzer.located(text)
    n = len(wanted)
    for i in range(len(words) - n + 1) if n else ():
        if all(_same_word(words[i + j][0], wanted[j]) for j in range(n)):
            yield words[i][1], words[i + n - 1][2]


def _same_word(written: str, wanted: str) -> bool:
    """The word asked, or its plural: "Steam engines are..." says what a steam engine is;
    "the Mongol dynasty" names no Mongols."""
    return written == wanted or written in (f"{wanted}s", f"{wanted}es")


def _titled(before: str) -> bool:
    """Whether the words just before a name say who or what it is: a title among the
    capitalised words that lead to it ("Russian President Vladimir"), else a role just
    before them ("state broadcaster", "researcher"): not a verb ("met", "said")."""
    words = _WORD_BEFORE.findall(before[-120:])
    while words and words[-1][:1].isupper():
        if words.pop().lower() in ROLES:
            return True
    if not words:
        return False
    return is_role(words[-1])


def is_role(word: str) -> bool:
    """Whether ``word`` (in small letters) names a title or role: one of ROLES, or
    a word of their endings ("researcher", "loser") that is no other word (_NO_ROLES)."""
    if word in ROLES:
        return True
    return len(word) > 4 and word.endswith(_ROLE_ENDINGS) and word not in _NO_ROLES
