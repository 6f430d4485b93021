"""What amount a question asks (how many, how much, a measure, a price, money, a change)
and whether a text tells it: the amounts half of what ``asked`` reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from .analysis import SNOWBALL_STOP_WORDS
from .asked import (
    ASKS_AMOUNT,
    DURATION,
    LASTING,
    MADE_IN,
    NOW_TYPED,
    NUMBER,
    OF_DEGREE,
    PAID_PER,
    PAST_UNMARKED,
    YEAR,
    as_chat_asks,
    captured,
    found_in,
    is_past,
    number_words,
)
from .patterns import lazy
from .synonyms import ALSO_FINDS, SYNONYM_GROUPS, grouped

# "how old" and its chat forms are read first (_ASKS_AGE); else "how much", or a price.
_HOW = ("how many", "how often")
# "How many times has he been there?" asks how often; "how many times more...?" a ratio.
_HOW_MANY_TIMES = lazy(
    r"\bhow many times\b(?!\s+(?:more|less|as|bigger|larger|higher|greater|smaller))", re.I
)
# Measures: "how far?" alone asks a number of the answer before (how_asked_alone).
_MEASURES = frozenset(
    "far big large tall high wide deep hot cold warm strong powerful cheap fast".split()
)
# "How much does the headset weigh?" asks its weight, not a price (_WEIGHTS)
_ASKS_WEIGHT = lazy(r"\bhow much (?:does|do|did|will|would|can)\b.*\bweigh\b", re.I)
# "How big is the fire?", "how tall is Putin?" ask a number, save where a word of degree
# says they ask how far ("how big is Russia's support?": "a major supporter").
_ASKS_MEASURE = lazy(rf"\bhow ({'|'.join(sorted(_MEASURES))})\b", re.I)
# ...and so does a measure asked by its name ("what was the depth of the wreck?", "what
# is jasper's population?"), or as chat asks it, the thing and the measure ("titan
# depth", as "gukesh age?"): a population is a number of people ("Jasper, a town of
# about 4,700 people")
_MEASURE_NAMES = {
    "depth": "how deep",
    "height": "how high",
    "speed": "how fast",
    "magnitude": "how strong",
    "category": "how strong",  # "what category was milton?": a storm's
    "weight": "the weight",
    "population": "the population",
}
_MEASURE_NAMED = lazy(
    r"\bwhat(?:s|'s|’s| is| was| are| were) (?:the |its |their |[\w-]+['’]s )?"
    rf"({'|'.join(_MEASURE_NAMES)})\b|"
    + as_chat_asks(f"({'|'.join(_MEASURE_NAMES)})", "the|this|a|an|what|whats|is|does|did|how")
    # ...or "what category was milton?", "what magnitude was the quake?"
    + rf"|\bwhat ({'|'.join(_MEASURE_NAMES)}) (?:is|was|are|were)\b",
    re.I,
)


# ...and a rate by its name ("what is japan's new interest rate?", "what is the rate
# now?", "japan interest rate", "what is the new bank of japan rate?"): a share ("...in a
# range of zero to 0.1 percent"), not a rate of something ("what is the rate of growth?"
# may be "slow")
_RATE_WORDS = (
    r"(?:(?:new|current|key|main|benchmark|base|policy|short-term|interest|inflation|tariff"
    r"|tax|mortgage|unemployment|exchange)\s+){0,2}rates?\b(?!\s+of\b)"
)
_RATE_NAMED = lazy(
    r"\bwhat(?:s|'s|’s| is| was| are| were) (?:the |its |their )?"
    r"(?:(?!(?:\w+ing|about|with|for|to|in|on|at|by|from|after|over)\b)[\w-]+\s+){0,4}?"
    rf"(?:[\w-]+['’]s\s+)?{_RATE_WORDS}|\bwhat\s+{_RATE_WORDS}|"
    + as_chat_asks(
        _RATE_WORDS, "the|this|a|an|what|whats|is|does|did|how|who|why|when|where", NOW_TYPED
    ),
    re.I,
)


def names_measure(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the name of the measure it asks ("depth" of
    "titan depth"): how it asks, which its answer need not write ("some 3,800 metres
    down")."""
    return word.lower() in _MEASURE_NAMES and bool(measure_named(question))


# "How many people live in japan?": its population, a place named ("...in the camps"
# counts those who live there: "More than a million Rohingya refugees live in crowded
# camps")
_LIVING_IN = lazy(
    r"\bhow many (?:people|residents|inhabitants) (?:live|lives|living|are living) (?:in|on)"
    r"\s+(?!(?:the|a|an|these|those|their|its|such)\b)",
    re.I,
)


def measure_named(question: str) -> str:
    """The measure ``question`` asks by its name, as ``amount_asked`` reads it ("depth":
    "how deep", "population": "the population"; "how many people live in X?" asks the
    population too), or ""."""
    if _LIVING_IN.search(question):
        return "the population"
    found = _MEASURE_NAMED.search(question)
    return _MEASURE_NAMES[next(g for g in found.groups() if g).lower()] if found else ""


# A race's time asks how fast ("what was lyles' winning time?": "Both men were timed at
# 9.79 seconds"), not a time of day ("what time did the eclipse start?")
_ASKS_RACE_TIME = lazy(
    r"\b(?:winning|finishing|race|record)\s+times?\b"
    r"|\bwhat\s+time\s+did\s+.+?\s+(?:run|finish|clock)\b",
    re.I,
)
# Asked in figures: an age, a measure ("his fourth trip" tells no age).
_IN_FIGURES = frozenset({"how old", *(f"how {word}" for word in _MEASURES)})
# The words of those: a question's "old" or "far" after "how" asks a number, and the
# corpus need not write the word (reading.py leaves it out where no article does).
ASKED_IN_FIGURES = frozenset({"old", *_MEASURES})
# Amounts NUMBER does not count: "thousands of civilians", "none of", "his fourth trip".
_AMOUNTS = lazy(
    r"\b(hundreds|thousands|millions|billions|dozens|tens|none|once|twice|thrice|first|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))\b",
    re.I,
)


# "how" and what it asks, alone ("how long?", "how old is he?", "how far?"): a follow-up
# to an answer. The one list of them: bot/talk.py reads a question word with one alone as
# a follow-up, reading.py searches no "long" there.
HOW_WORDS = ("long", "old", *sorted(_MEASURES), "often", "soon", "much", "many")
_HOW_ALONE = lazy(
    rf"\s*how\s+(?P<word>{'|'.join(HOW_WORDS)})(?:\s+away)?"
    r"(?:\s+(?:is|was|are|were|did|does|do)\s+(?:that|it|he|she|they|this)(?:\s+last)?)?"
    r"[\s?!.]*",
    re.IGNORECASE,
)


def how_asked_alone(question: str) -> tuple[str, int] | None:
    """The word of a question of "how" alone ("long" of "how long was that?") and where
    it starts; None for any other question ("how long is the border?")."""
    alone = _HOW_ALONE.fullmatch(question)
    return (alone.group("word").lower(), alone.start("word")) if alone else None


@lru_cache(maxsize=256)  # asked of one question by a dozen checks
def amount_asked(question: str) -> str:
    """How ``question`` asks an amount, "how many", "how old", "how often" or "how much"
    ("how much does a tank cost?", "what is the price of..."), or by its name ("the
    speed": "what is the speed of light?"); "" where it does not ("how much does Russia
    help?", "who sells tanks?"); a measure, "how far" ("how far?" after an answer, "how
    tall is Putin?"), save beside a word of degree ("how big is Russia's support?")."""
    if (measure := _ASKS_MEASURE.search(question)) and not OF_DEGREE.search(question):
        return f"how {measure.group(1).lower()}"
    if named_so := measure_named(question):  # "titan depth": how deep
        return named_so
    if _ASKS_WEIGHT.search(question):
        return "the weight"
    if _RATE_NAMED.search(question):  # "what is the interest rate now?": a share
        return "the rate"
    if _ASKS_RACE_TIME.search(question):
        return "how fast"
    if _ASKS_AGE.search(question):
        return "how old"
    found = ASKS_AMOUNT.search(question)
    if not found:
        return ""
    if named := found.group("quantity"):
        return f"the {named.lower()}"
    if _HOW_MANY_TIMES.search(question):  # "his fourth trip", "twice"
        return "how often"
    asked = found.group().lower()
    return next((how for how in _HOW if asked.startswith(how)), "how much")


# A price asked: "how much is it?", "how much does it cost?", "how much are the tickets?"
# (an amount asked, asked_amounts.amount_asked, of what costs or is paid).
_ASKS_PRICE = lazy(
    r"\bhow much (?:is|are|was|were|does|do|did) (?:it|they|that|this|the|a|an|[\w-]+['’]s)"
    r"(?!\w)(?!.*\b(?:"
    r"weigh|earn|make|lose|lost|raise|grow|fall|rise)\w*\b)"
    # ...or of a thing alone, as it is now ("how much is cocoa now?"), or by the time or
    # the one it is paid for ("how much is wegovy a month?")
    r"|\bhow much (?:is|are) [\w-]+(?: (?:now|today|currently|" + PAID_PER + r"))?\s*[?!.]*\s*$"
    r"|\b(?:cost|costs|price|prices|"
    r"fee|fees|charge|charges|charged|charging|fare|fares|tickets?)\b",
    re.I,
)
# Money written so: "$3,499", "3,499 dollars", "a five-euro fee", "€5", "18 billion yen".
MONEY = lazy(
    r"[$€£¥₹]\s?\d|\b\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion|m|bn)\s+)?"
    # "49.5 million Australian dollars", "US dollars" (not "55 per cent")
    r"(?:(?!per\s)[a-z]+\s+)?"
    r"(?:dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|pence|cents?|pesos?|riyals?"
    r"|dirhams?|lira|kron[aeo]r?|rand|reais|baht|shekels?|zloty)\b|\b(?:\w+|\d+)-"
    r"(?:euro|dollar|pound|yen|cent)\b",
    re.I,
)


# Whether a thing is dear or cheap, which its price tells ("was the vision pro expensive?":
# "...costs 3,499 dollars, far more than rival headsets", not the opening)
_JUDGES_PRICE = lazy(
    r"^\W*(?:is|are|was|were|will)\s+(?:it|they|the\s+[\w\s'’-]+?|[\w'’-]+)\s+(?:be\s+)?"
    r"(?:very\s+|too\s+|so\s+|really\s+)?(?:expensive|cheap|costly|pricey|affordable)\W*$",
    re.I,
)
# The words that name money asked: what a thing costs (or, _PAYING, what is paid).
_PRICE_WORDS = r"cost(?:s|ing)?|prices?|priced|fees?|fares?|tickets?|charges?"
_PRICED = lazy(rf"\b(?:{_PRICE_WORDS})\b", re.I)
# What tells a price but money: a share of it ("eggs cost up to 50 percent more") or none
# ("entry will remain free", "...is free of charge").
_PRICED_SO = lazy(r"\d\s*(?:%|percent\b|per\s+cent\b)|\bfree\b|\bno\s+charge\b", re.I)
# "How much did mars pay for kellanova?", "how much will rich countries pay?": money paid.
_PAYING = lazy(r"\b(?:pay|pays|paid|paying|spend|spends|spent|spending)\b", re.I)


def judges_price(question: str) -> bool:
    """Whether ``question`` asks whether a thing is dear or cheap (_JUDGES_PRICE), which
    its price tells."""
    return _JUDGES_PRICE.search(question) is not None


# Whether a thing costs anything at all ("is it free to visit notre-dame?", "does it cost
# anything?", "do you have to pay to get in?"), which its being free tells ("...and entry
# will remain free"), else its price
_ASKS_FREE = lazy(
    r"^\W*(?:(?:is|are|was|were|will)\b.*\bfree\b(?!\s+(?:of|from)\b)"
    r"|(?:does|do|did|will)\s+\w+\s+(?:cost\s+anything"
    r"|(?:have|need)\s+to\s+pay\b))",
    re.I,
)
FREE = lazy(r"\bfree\b|\bno\s+charge\b", re.I)


def asks_free(question: str) -> bool:
    """Whether ``question`` asks whether a thing costs anything (_ASKS_FREE)."""
    return _ASKS_FREE.search(question) is not None


def asks_price(question: str) -> bool:
    """Whether ``question`` asks what something costs ("how much is it?", "how much does
    the fee cost?") or what is paid ("how much will rich countries pay?"), which money
    written as money tells (MONEY); not "how much did intel lose?" nor "what is the
    fee?", which asks no amount, nor "how many people paid?", which counts them."""
    asked = amount_asked(question)
    if asked == "how much" and _PAYING.search(question):
        return True
    if judges_price(question):  # "was the vision pro expensive?": its price tells
        return True
    # "how many people paid the fee?" counts people, though it says "fee"; "how much did
    # services prices rise?" asks how far they rose ("...still rose by 5.7 percent"), not
    # what anything costs
    return (
        asked not in ("", "how many")
        and bool(_ASKS_PRICE.search(question))
        and not _PRICE_CHANGED.search(question)
    )


_PRICE_CHANGED = lazy(
    r"\b(?:prices?|costs?|fees?|fares?)\s+(?:rise|rose|risen|increased?|fall|fell|fallen"
    r"|drop|dropped|climb|climbed|jump|jumped|soar|soared|(?:go|gone|went)\s+(?:up|down)"
    r"|doing)\b",  # "what are the services prices doing?": how they move
    re.I,
)


# Money won, earned or received: "how much did he win?", "how much does she earn?", "how
# much money did they get?", "how much is he paid?" (not "how much weight did they
# lose?", nor "how much did bitcoin lose?", which a share tells as well, nor "how much
# was paid for it?", a price).
# The verbs asking it (told reads them as naming nothing of its own), and their "-ing"
EARNED_VERBS = frozenset(
    "win wins won earn earns earned make makes made get gets got receive receives received"
    " paid".split()
)
_EARNING = frozenset("winning earning making getting receiving".split())
_ASKS_EARNED = lazy(
    r"\bhow much (?:(?:prize )?money |cash )?(?:did|does|do|will|would|has|have|is|are|was|"
    rf"were)\s+(?!been\b)(?:\w+\s+){{1,4}}?(?:{'|'.join(sorted(EARNED_VERBS | _EARNING))})\b",
    re.I,
)


def asks_earned(question: str) -> bool:
    """Whether ``question`` asks how much money is won, earned or received ("how much
    did he win?"), which only money tells; not by how much ("...win by?": a margin)."""
    return bool(_ASKS_EARNED.search(question)) and not asks_margin(question)


# "By how much did lyles win?", "how much did pogacar win by?": a margin, which news
# writes after "by" ("...was given the gold by five thousandths of a second")
# (or asked by its name: "what was the winning margin?", "...the margin of victory?")
_ASKS_MARGIN = lazy(
    r"^\W*by how (?:much|many|far)\b|\bhow (?:much|many|far)\b.*\bby\W*$"
    r"|\b(?:winning|victory|win)\s+margin\b|\bmargin\s+of\s+(?:victory|the\s+win)\b"
    r"|^\W*what\s+(?:was|is)\s+the\s+margin\W*$",
    re.I,
)
MARGIN = lazy(
    r"\bby (?:about |around |nearly |almost |just |only |more than |less than |over )?"
    + NUMBER.pattern
    # ...or a share of a unit ("cut its main interest rate by a quarter of a percentage
    # point": by how much, not the vote "5-4")
    + r"|\bby\s+(?:a|an|one)\s+(?:quarter|third|fifth|tenth)\b",
    re.I,
)
# ...or a gap: "...finishing the race 6 minutes and 17 seconds ahead of Jonas Vingegaard"
_GAP = lazy(NUMBER.pattern + r"(?:[\s,]+[\w.-]+){0,5}?\s+(?:ahead\s+of|clear\s+of|behind)\b", re.I)

# ...or an election's: "...won Romania's presidential run-off on Sunday with 53.6 percent
# of the vote" (not "Turnout was 64 percent"), "...a majority of 174"
_VOTED = lazy(
    rf"\b{NUMBER.pattern}\s*(?:%|percent\b|per\s+cent\b)\s+of\s+the\s+(?:\w+\s+)?votes?\b"
    rf"|\bmajority\s+of\s+(?:about\s+|more\s+than\s+)?{NUMBER.pattern}",
    re.I,
)


def asks_margin(question: str) -> bool:
    """Whether ``question`` asks by how much (MARGIN tells it)."""
    return bool(_ASKS_MARGIN.search(question))


# "How much higher is the risk?": a difference, which a number written before the word
# compared with tells ("...had a 4 percent higher risk of death"), not the sentence
# saying it is higher ("...have a slightly higher risk of dying early")
_ASKS_DIFFERENCE = lazy(
    r"^\W*(?:by\s+)?how\s+much\s+(more|less|higher|lower|bigger|smaller|larger|greater|"
    r"faster|slower|cheaper|longer|shorter|further|farther|worse|better|hotter|colder|"
    r"warmer|taller|deeper)\b",
    re.I,
)


def difference_telling(question: str) -> Callable[[str], object] | None:
    """What tells the difference ``question`` asks ("how much higher...?": a number
    before "higher", "twice as", "doubled"); None where it asks none."""
    asked = _ASKS_DIFFERENCE.search(question)
    if not asked:
        return None
    return re.compile(
        rf"{NUMBER.pattern}\s*(?:%|percent|per\s+cent|percentage\s+points?|points?|times)?"
        rf"\s+(?:as\s+)?{asked[1].lower()}\b|\btwice\s+as\b|\b(?:doubled?|tripled?)\b",
        re.I,
    ).search


# "How much money does he have to give up?": money, whatever is done with it; "how much
# damage?", as news counts it ("...put the damage and economic losses at more than 250
# billion dollars", not the lede's "...destroyed more than 12,000 buildings"); "how much
# value has m&s lost?" ("...wiping around 1 billion pounds off its market value")
# Money by its name, after "how much" (names_money reads it as how the question asks)
_MONEY_NAMES = "money|cash"
_ASKS_MONEY_NAMED = lazy(rf"\bhow much (?:{_MONEY_NAMES}|damage|value)\b", re.I)
# ...or what was lost, no thing named ("how much did m&s lose?": "...wiping around 1
# billion pounds off its market value"; "how much weight did they lose?" names one)
_ASKS_LOST = lazy(
    r"\bhow much (?:did|does|do|will|would|has|have|had)\s+(?:[\w&'’.-]+\s+){1,4}?"
    r"(?:lose|lost|losing)\b(?:\s+(?:in|on|from|after|over|because|due|this|last)\b.*)?\W*$",
    re.I,
)


# A price word asked plainly: after "what", "the", "a" or an owner ("what price did
# bitcoin hit?", "bitcoin's price"), not one qualified ("the lowest price", "ticket
# prices"), which asks which price.
_PRICE_PLAIN = lazy(
    rf"\b(?:what|which|the|a|an|its|their|his|her|[\w-]+['’]s)\s+(?P<price>{_PRICE_WORDS})\b",
    re.I,
)


def prices_plainly_asked(question: str) -> set[str]:
    """The words naming a price that ``question`` asks plainly (_PRICE_PLAIN): any money
    written tells them."""
    return {m.group("price").lower() for m in _PRICE_PLAIN.finditer(question)}


_MONEY_ASKED = lazy(rf"\bhow\s+much\s+({_MONEY_NAMES})\b", re.I)


def names_money(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the "money" of "how much money ...?": how it
    asks, which its answer need not write ("how much money does sbf have to give up?":
    "...ordered him to forfeit more than 11 billion dollars", not "FTX collapsed ...
    after customers rushed to withdraw their money")."""
    return any(m.group(1).lower() == word.lower() for m in _MONEY_ASKED.finditer(question))


def asks_money(question: str) -> bool:
    """Whether money tells what ``question`` asks: a price (``asks_price``), what is
    won, earned or received ("how much did he win?": "...prize money of 3.15 million
    Australian dollars"), or money by name ("how much money was stolen?")."""
    return (
        asks_price(question)
        or asks_earned(question)
        or bool(_ASKS_MONEY_NAMED.search(question) or _ASKS_LOST.search(question))
    )


# "How much did the bank of japan raise rates?", "how much did inflation fall?", "how much
# has cocoa gone up?" (its answer need not write a verb: "...up 427 percent from a year
# earlier"): the size of a change (a gain, and a loss only of a thing named: "how much
# weight do people lose?", where "how much did intel lose?" asks money: "...reported a
# loss of 1.6 billion dollars")...
_ASKS_CHANGE = lazy(
    r"\bhow much (?:(?P<what>[a-z]+)\s+)?(?:did|has|have|had|does|do|will|would)\b.*\b"
    r"(?:(?P<verb>(?:rais|rise|rose|cut|fell|fall|increas|decreas|drop|lower|climb|grow|grew"
    r"|jump|slash|hike|soar|surg|plung|tumbl|slump|gain)\w*|(?(what)los[et]\w*|(?!)))"
    r"|(?:go(?:ne|es)?|went)\s+(?:up|down)\b)",
    re.I,
)
# ...which a share tells: "...in a range of zero to 0.1 percent, up from minus 0.1 percent",
# "...by a quarter of a percentage point", "more than doubling in value", "nearly three
# times what it was"
SHARE = lazy(
    r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|basis\s+points?\b)"
    r"|\ba\s+(?:quarter|half)\s+(?:of\s+)?a\s+percentage\s+point\b"
    r"|\b(?:doubl|tripl|quadrupl|halv)\w*|\b(?:twice|(?:two|three|four|five|ten)\s+times)\b",
    re.I,
)


def asks_change(question: str) -> bool:
    """Whether ``question`` asks how much something changed, not money (SHARE tells it)."""
    return bool(_ASKS_CHANGE.search(question)) and not asks_money(question)


def change_verb(question: str) -> str:
    """The verb of the change ``question`` asks the size of, lowercase ("how much weight
    do people lose on wegovy?": "lose"), or ""."""
    asked = _ASKS_CHANGE.search(question)
    if not asked or asks_money(question):
        return ""
    return (asked.group("verb") or "").lower()  # "gone up" says no verb its answer writes


# ...done to something ("how much did the boj raise rates?"), not by it
_CHANGE_DONE_TO = ("rais", "cut", "slash", "hike", "lower")


def changed_thing(question: str) -> str:
    """What ``question`` asks the change of, where it changed itself: the word before
    the verb ("how much did asml's sales grow?": "sales"), lowercase, or ""."""
    verb = change_verb(question)
    if not verb or verb.startswith(_CHANGE_DONE_TO):
        return ""
    before = re.search(rf"\b([a-z]+)(?:['’]s)?\s+{verb}\b", question, re.I)
    return before.group(1).lower() if before else ""


def tells_price(text: str) -> bool:
    """Whether ``text`` tells a price: money (MONEY), a share or "free" (_PRICED_SO)."""
    return bool(MONEY.search(text) or _PRICED_SO.search(text))


def amount_unsaid(texts: Iterable[str], question: str) -> str:
    """How ``question`` asks an amount (``amount_asked``) where none of ``texts`` holds
    one it does not: a number other than a year, "thousands", "fourth", "twice", "none";
    for "how old", a number (an age); for a price asked by name (what a thing costs,
    what is paid: _PRICED, _PAYING), money (MONEY), a share or "free" (_PRICED_SO). "" where it
    asks none or one holds it."""
    asked = amount_asked(question)
    if not asked:
        return ""
    if asked == "how old":  # an age ("aged 92"; "six elephants" tell no circus's age)
        return "" if any(AGED.search(text) for text in texts) else asked
    if asked in _HEAT:  # a temperature ("how cold did it get?": not "...95 millimetres")
        return "" if any(_DEGREES_HOT.search(text) for text in texts) else asked
    if told := _NAMED_TOLD.get(asked):  # a weight, a population, a rate: as only they
        # are written ("how much does it weigh?": not "...3,499 dollars")
        return "" if any(told.search(text) for text in texts) else asked
    if asked == "how far":  # a distance, a journey's time or a comparison ("about 250
        # kilometres to the north"), not any figure ("how far is mecca from the coast?": not
        # "Temperatures in Mecca reached 51.8 degrees")
        told_far = (_LENGTHS, LASTING, _SIZE_COMPARED)
        return "" if any(p.search(text) for text in texts for p in told_far) else asked
    told = found_in(NUMBER, _ONE_NAMED.sub(" ", question))  # "each one" says no number
    # money asked by name, not "how much is the..."
    priced = asks_price(question) and bool(_PRICED.search(question) or _PAYING.search(question))
    # "how many tickets were sold?": not "...refunds within ten days" (a length of time
    # counts no tickets; "how many days did it last?" asks one)
    lengths = asked == "how many" and not DURATION.search(question)
    harmed = harm_counted(question) is not None  # "how many died?": one who did counts
    for text in texts:
        if lengths:
            text = LASTING.sub(" ", text)
        if priced:  # "how much did the floods cost?": not in millimetres
            if tells_price(text):
                return ""
            continue
        numbers = found_in(NUMBER, text) - told - found_in(YEAR, text)
        if asked in _IN_FIGURES:  # a measure in figures: "six elephants" tell no height
            numbers = {number for number in numbers if number[0].isdigit()}
        if numbers or (asked not in _IN_FIGURES and _amount_in(text, asked)):
            return ""
        if harmed and ONE_HARMED.search(text):  # "A school-age child died last month"
            return ""
        if asked in _SIZES and _SIZE_COMPARED.search(text):
            return ""
    return asked


# "One" standing for a thing named ("how many commissioners are there for each one?")
_ONE_NAMED = lazy(r"\b(?:each|every|this|that|which|the|any|another)\s+one\b", re.I)


# A size told by what it compares with: "an area larger than the state of Connecticut",
# "about the size of Wales" ("how big was the search area?"), or with all others ("how
# big is it?" after Starship: "...the largest and most powerful rocket ever built"). Not
# a height: "higher than expected" tells no rate.
_SIZES = frozenset({"how big", "how large", "how wide", "how far", "how deep", "how tall"})
_SIZE_COMPARED = lazy(
    r"\b(?:larger|bigger|wider|farther|further|deeper|taller|longer|smaller)\s+than\b"
    r"|\b(?:the\s+)?size\s+of\b|\bas\s+(?:big|large|wide|far|deep|tall|long)\s+as\b"
    r"|\bthe\s+(?:largest|biggest|tallest|longest|widest|deepest|heaviest)\b",
    re.I,
)


def asks_size(question: str) -> bool:
    """Whether ``question`` asks a size or a distance ("how big", "how far": _SIZES)."""
    return amount_asked(question) in _SIZES


def compares_size(text: str) -> bool:
    """Whether ``text`` tells a size by what it compares with (_SIZE_COMPARED)."""
    return bool(_SIZE_COMPARED.search(text))


def _amount_in(text: str, asked: str) -> bool:
    """Whether ``text`` writes one of _AMOUNTS that tells what is ``asked``: "first"
    tells how often ("for the first time") but counts nothing ("how many people died in
    the blackout?" is not told by "the first time such a collapse had happened")."""
    return any(
        asked != "how many" or found.group().lower() != "first" for found in _AMOUNTS.finditer(text)
    )


# A number of times: "three times", "12 visits", "five trips".
_TIMES = lazy(rf"{NUMBER.pattern}\s+(?:times|visits|trips|occasions)\b", re.I)


# "What was the score?", "final score?": a result written as one ("beat Brazil 4-3",
# "won 3-6, 3-6, 6-4", "the match ended 1-1"), where news need not write "score". As
# chat asks it too: "score of the euro final", "spain vs england score".
_ASKS_SCORE = lazy(
    # ...and "what was the super bowl score?", "what's the chess match's final score?",
    # "show me the super bowl score"
    r"\b(?:(?:what(?:'s|’s|s| is| was| were)?|(?:show|give|tell)\s+(?:me|us))\s+the\s+"
    r"(?:(?!to\b)[\w'’-]+\s+){0,3}?"
    r"(?:final\s+)?scores?|final\s+scores?)\b"
    r"|^\W*scores?\W*$|^\W*score\s+(?:of|in)\s"  # "score?" alone, after an answer; "score of X"
    # "super bowl score?", not "when did palmer score?"
    r"|^(?!.*\b(?:when|where|why|who|what|whats|how|which|did|does|do|will|can|could|would|"
    r"is|was|he|she|they|it|i|you)\b)\W*(?:[\w'’-]+\s+){1,3}(?:final\s+)?scores?\W*$"
    r"|\b(?:vs|v|versus)\b.*\bscores?\W*$",
    re.I,
)
# ...or in points ("won 7.5 points to 6.5", a chess match's)
SCORE = lazy(r"\b\d{1,3}-\d{1,3}\b|\b\d{1,3}(?:\.5)? points? to \d{1,3}(?:\.5)?\b")


def tells_margin(text: str) -> object:
    """Whether ``text`` tells by how much one won: a margin ("...by five thousandths",
    MARGIN), a gap ("6 minutes and 17 seconds ahead of"), a score, which gives it ("beat
    the Kansas City Chiefs 40-22"), or an election's majority or share of the vote."""
    return MARGIN.search(text) or _GAP.search(text) or SCORE.search(text) or _VOTED.search(text)


def asks_score(question: str) -> bool:
    """Whether ``question`` asks a result written as a score ("what was the score?")."""
    return bool(_ASKS_SCORE.search(question))


def tells_how_often(text: str) -> bool:
    """Whether ``text`` tells how often: "twice", "his fourth trip", "for the first time"
    (_AMOUNTS), a number of times ("three times", "12 visits"); not "the two nations"."""
    return bool(_AMOUNTS.search(text) or _TIMES.search(text))


# How often as a habit: "a weekly injection", "twice a day", "every year"
REGULARLY = lazy(
    r"\b(?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually"
    r"|(?:once|twice|\w+\s+times)\s+(?:a|per|every)\s+(?:day|week|month|year)"
    r"|every\s+(?:day|week|month|year|other\s+\w+))\b",
    re.I,
)
# How often, said as such: "once", "twice", "a record fourth time", "three times", or as a
# habit (REGULARLY).
_OFTEN = lazy(
    r"\b(?:once|twice|thrice)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    rf"|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?times?\b|{_TIMES.pattern}"
    rf"|{REGULARLY.pattern}",
    re.I,
)


def says_how_often(text: str) -> bool:
    """Whether ``text`` says how often as such ("for a record fourth time", "twice",
    "three times"), not by an ordinal alone ("the first team to do so")."""
    return bool(_OFTEN.search(text))


# An age in words: "three", "twenty-two".
_AGE_WORDS = (
    rf"(?:(?:{number_words(20, 90, 10)})(?:-(?:{number_words(1, 9)}))?|{number_words(1, 19)})"
)
# "How old ...?": an age as news writes one ("died at the age of 92", "aged 92", "a
# 25-year-old", "50 years of age", "Mbappe, 25, joins", "Mikey Madison ... is 25" but
# not "is 25 percent"; in words, "a five-year-old", "who was three when the bomb fell"),
# or a thing's by the year it was made ("how old was the key bridge?": "The 2.6-kilometre
# bridge, opened in 1977", "a cathedral dating from 1163", "Launched in 1977, the probe").
AGED = lazy(
    r"\b(?:aged?|age of)\s+\d{1,3}\b|\b\d{1,3}[\s-]years?[\s-](?:old\b|of\s+age\b)|\w,\s\d{1,3},\s"
    rf"|{MADE_IN.pattern}"  # "in 1636", "Founded in the 1920s"
    rf"|\bdat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)\s+{YEAR.pattern}"
    rf"|\b{_AGE_WORDS}[\s-]years?[\s-]old\b|\b(?:was|were)\s+{_AGE_WORDS}\s+when\b"
    # ...or by when it was new ("The plane had been delivered to Alaska Airlines less than
    # three months earlier")
    r"|\b(?:delivered|built|made|bought|installed)\b[^.;]{0,60}?"
    rf"\b(?:\d+|an?|a\s+few|{number_words(1, 12)})\s+(?:weeks?|months?|years?)\s+"
    r"(?:earlier|before|ago)\b"
    r"|\b(?:is|was|turned|turns)\s+\d{1,3}\b(?![.,]\d|\s*(?:%|percent|per\b|[a-z]+illion|"
    r"thousand|hundred|times|of\b|out\b|[a-z]*metre|km|miles?|kilo|degrees?|points?))"
    # ...or an age limit ("a law banning children under 16", "under-16s")
    r"|\b(?:children|kids|teenagers|teens|people|users|minors|anyone|those)\s+"
    r"(?:aged\s+)?(?:under|over|below|above)\s+\d{1,2}\b|\b(?:under|over)-\d{1,2}s\b",
    re.I,
)
# An age limit asked by its name: "age limit", "minimum age", "age cutoff"; the words
# naming it are how the question asks, left out as "age" is (``names_age_limit``): a law
# tells its limit by whom it covers ("banning children under 16"), not by the word.
_AGE_LIMIT_WORDS = (
    r"\b(?P<before>minimum|maximum|legal)\s+age\b"
    r"|\bage\s+(?P<after>limits?|cut-?offs?|restrictions?|requirements?|thresholds?)\b"
)
_AGE_LIMIT = lazy(_AGE_LIMIT_WORDS, re.I)


def names_age_limit(question: str, word: str) -> bool:
    """Whether ``word`` names the age limit ``question`` asks ("limit" of "what age limit
    does the ban set?"): how it asks, which the answer need not write."""
    return captured(_AGE_LIMIT, question, word)


# ...asked so, or as chat asks it: "gukesh age?", "what is his age?", "what age is jj?"
_ASKS_AGE = lazy(
    r"\bhow old\b|\bwhat age\b(?!\s+groups?\b)|(?:['’]s|\b(?:his|her|their|its))\s+age\b"
    r"|^\W*(?:(?!(?:the|this|a|an)\b)[\w'’-]+\s+){1,3}age\s*[?!.]*\s*$"  # "gukesh age?"
    r"|^\W*(?:what(?:['’]s|s|\s+is|\s+was)\s+)?(?:the\s+)?age\s+of\b"
    # ...or by the limit ("what age limit does the ban set?", "is there a minimum age?")
    rf"|{_AGE_LIMIT_WORDS}",
    re.I,
)
# A number in figures that is no year: what a measure asked is told by; a heat, by degrees.
FIGURES = lazy(rf"\b(?!{YEAR.pattern})\d[\d,.]*")
AMOUNT = lazy(rf"(?!{YEAR.pattern}){NUMBER.pattern}", re.I)
_HEAT = frozenset({"how hot", "how cold", "how warm"})
# "51.8 degrees Celsius", "49°C", and as news abbreviates it, "49C", "120F"
_DEGREES_HOT = lazy(r"\d\s*(?:°|degrees?\b)|\d(?-i:[CF])\b", re.I)
# A length ("how far away is Voyager?": "24 billion kilometres", not the "1" of "Voyager
# 1"); "how high" may ask a rate ("how high is inflation?") and keeps any figure.
_LENGTH = frozenset({"how far", "how tall", "how deep", "how wide"})
_LENGTHS = lazy(
    r"\b\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?[\s-]*(?:km|kilomet\w*|"
    r"metres?|meters?|miles?|feet|foot|ft|yards?|light[\s-]years?)\b",
    re.I,
)
# A weight: "about 600 grams", "a 7-tonne booster", "weighs 1.2 kilograms"
_WEIGHTS = lazy(
    r"\b\d[\d,.]*(?:\s+(?:thousand|million|billion))?[\s-]*(?:kg|kilo(?:gram)?s?|grams?|g\b"
    r"|tonnes?|tons?|pounds?|lbs?|ounces?|oz)\b",
    re.I,
)
# An area: "grew to more than 36,000 hectares", "burned more than 23,000 acres"
AREA = lazy(
    r"\b\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s*"
    r"(?:acres?|hectares?|square\s+(?:kilomet\w*|metres?|meters?|miles?|feet)|sq\s+km)\b",
    re.I,
)
# A number of a measure, not of things: "burned more than 23,000 acres" counts no homes.
MEASURED = lazy(rf"(?:{_LENGTHS.pattern})|{AREA.pattern}", re.I)
# How big a thing is, asked ("how big is the jasper wildfire?"): of what the news writes an
# area of, that area
_ASKS_BIG = frozenset({"how big", "how large"})


def asks_how_big(question: str) -> bool:
    """Whether ``question`` asks how big or large something is (an AREA, where one is told)."""
    return amount_asked(question) in _ASKS_BIG


# "How fast?": a speed ("winds of 120 miles per hour", "300 km/h", "25 knots"), or a race's
# time, timed to hundredths ("how fast was lyles?": "timed at 9.79 seconds"), not the "1"
# of "a Category 1 storm"
_SPEEDS = lazy(
    r"\b\d[\d,.]*\s*(?:(?:km|kilomet\w*|metres?|meters?|miles?)\s*(?:per|an|a|/)\s*"
    r"(?:hour|h|second|s)\b|mph\b|kph\b|km/h|knots?\b)"
    r"|\b\d+\.\d+\s*(?:seconds?|secs?|s)\b",
    re.I,
)
# "How strong?", "how powerful?": a quake's magnitude, a storm's category or its winds'
# speed ("a magnitude 7.7 earthquake", "a Category 3 storm with winds of 120 miles per
# hour"), not the "3 million homes" that lost power
_STRENGTHS = lazy(
    r"\bmagnitude\s+(?:of\s+)?\d+(?:\.\d+)?\b|\bcategory\s+[1-5]\b"
    r"|\b\d[\d,.]*\s*(?:(?:km|kilomet\w*|miles?)\s*(?:per|an|a|/)\s*(?:hour|h)\b|mph\b|kph\b"
    r"|km/h|knots?\b)",
    re.I,
)
_STRONG = frozenset({"how strong", "how powerful"})
# ...as it was at its height, not a strength it fell to later ("Milton weakened to a
# Category 1 storm as it crossed the state"), unless asked as it is now
_LESSENED_TO = lazy(
    r"\b(?:weaken|downgrad|eas|drop|fell|fall|decreas)\w*\s+(?:to|into)\s+(?:an?\s+)?\Z", re.I
)
_NOW = lazy(r"\b(?:now|still|currently|today)\b", re.I)


def asks_strength(question: str) -> bool:
    """Whether ``question`` asks how strong a thing was ("how strong was milton?"), not
    is now."""
    return amount_asked(question) in _STRONG and not _NOW.search(question)


def tells_strength(text: str) -> bool:
    """Whether ``text`` writes a strength (a quake's magnitude, a storm's category or its
    winds' speed) other than one something lessened to ("...weakened to a Category 1")."""
    return any(not _LESSENED_TO.search(text[: m.start()]) for m in _STRENGTHS.finditer(text))


# "How deep?", "how far down?": a length down ("some 3,800 metres down", "at a depth of 35
# kilometres"), not one across ("...lies about 600 kilometres off the coast")
_ASKS_DOWN = lazy(r"\bhow far (?:down|under|below)\b", re.I)
_DEPTHS = lazy(
    rf"(?:{_LENGTHS.pattern})\s+(?:down|deep|below|beneath|under)\b"
    rf"|\bdepths?\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?(?:{_LENGTHS.pattern})",
    re.I,
)
# A population: "a town of about 4,700 people", "home to 5 million people", "its 3,700
# residents", "a population of 9 million", not any number of people ("killing more than
# 1,700 people" tells no population of Myanmar)
_ABOUT = r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|just\s+over)\s+)?"
_HEADCOUNT = rf"{_ABOUT}{NUMBER.pattern}(?:\s+(?:thousand|million|billion))?\s+"
_POPULATIONS = lazy(
    rf"\bpopulation\s+(?:of|is|was|stands\s+at)\s+{_ABOUT}{NUMBER.pattern}"
    r"|\b(?:town|city|village|country|nation|island|state|region|community|province"
    rf"|capital|home\s+to)(?:\s+of)?\s+{_HEADCOUNT}(?:people|residents|inhabitants)\b"
    rf"|\b(?:its|their)\s+{_HEADCOUNT}(?:residents|inhabitants)\b|{_HEADCOUNT}inhabitants\b",
    re.I,
)
# How big a place is: its people or its area ("how big is the town?")
ASKS_BIG = frozenset({"how big", "how large"})
_A_PLACE = lazy(r"\b(?:town|city|village|country|nation|island|state|region)\b", re.I)
_PLACE_SIZES = lazy(f"{_POPULATIONS.pattern}|{MEASURED.pattern}", re.I)
# A rate: a share in figures ("in a range of zero to 0.1 percent", "to 4 percent")
_RATES = lazy(r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)", re.I)
# What tells the quantities asked by their names that only an answer writes so
_NAMED_TOLD = {"the weight": _WEIGHTS, "the population": _POPULATIONS, "the rate": _RATES}
# The measures only the answer writes so ("3,800 metres down", "250 km/h", "51.8
# degrees", "magnitude 7.7", "a town of about 4,700 people"): not any length, nor a
# height, which may be a rate or a price.
TELLING_MEASURES = (_DEPTHS, _SPEEDS, _DEGREES_HOT, _STRENGTHS, _POPULATIONS, _RATES, _WEIGHTS)
# "How high?" asks a height, a rate, a price or a heat: "climbing through about 16,000
# feet", "3.6 percent", not the count of "grounded all 65 of its Max 9 jets".
_HEIGHTS = lazy(
    "|".join(
        (
            _LENGTHS.pattern,
            rf"{NUMBER.pattern}\s*(?:%|percent\b)",
            MONEY.pattern,
            _DEGREES_HOT.pattern,
        )
    ),
    re.I,
)


# "How many hours ...?": the word a number counts, which an answer writes after one ("from
# 38 hours to 35 hours", "3,600 Frenchmen", "a single shot"), up to two words on ("256
# goals", "14 short story collections").
_COUNTED = lazy(r"\bhow many (?:more |other |different )?([a-z]+)(?:\s+([a-z]+))?", re.I)
_COUNTED_AFTER = r"(?:[\s-]+[\w'-]+){0,2}?[\s-]+"
# A verb or a pronoun after "how many" names nothing counted: any number tells it, a
# year aside ("how many have they sold?": "...pre-orders at about 200,000 units"; "Five
# of the six crew members...").
_NO_COUNTED = PAST_UNMARKED | frozenset(
    "have has had are were was is did do does will would can could of in there they "
    "we you he she it".split()
)
# "how many died?", "how many were killed?": the verb counted by, right after (not one
# telling another: "how many were told to evacuate?")
_COUNTED_VERB = lazy(
    r"\bhow many (?:(?:were|was|are|have been|had been|got)\s+)?([a-z]+)\b(?!\s+to\b)", re.I
)
# People counted, as news counts them by who they are: "how many people were in the
# trial?" is told by "The study followed 17,604 adults...".
_PEOPLE = frozenset({"people", "persons", "ppl"})
_PERSONS = (
    r"(?:peopl|persons?\b|adults?\b|child|resident|patient|participant|passenger|volunteer"
    r"|worker|visitor|pilgrim|fans?\b|men\b|women\b|individual|crew\b|refugee|migrant)"
)
# "how many people had to leave?", "how many people lost power?": the verb people are
# counted by, after them; after a verb of telling ("how many people were told to
# evacuate?"), the verb they were told to do: news writes who told them otherwise
# ("Officials had ordered about 5.9 million people to evacuate")
_PEOPLE_VERB = lazy(
    r"\bhow many (?:people|persons|ppl)\s+(?:(?:had|have|has|were|was|are|is|did|do|will|would|"
    r"could|can)\s+)?(?:(?:to|been)\s+)?(?:(?:told|ordered|asked|urged|forced|advised|"
    r"expected|allowed)\s+to\s+)?([a-z]+)\b",
    re.I,
)
# ...or, no one named, told to ("milton | how many were told to leave?")
_TOLD_VERB = lazy(
    r"\bhow many\s+(?:were|was|had\s+been|have\s+been)\s+(?:told|ordered|asked|urged|forced"
    r"|advised)\s+to\s+([a-z]+)\b",
    re.I,
)
# ...and the verb of the past people named by who they are are counted by ("how many
# pilgrims died?", "how many passengers were killed?"), not the subject of another ("how
# many visitors will notre dame get?")
_PERSONS_VERB = lazy(
    rf"\bhow many {_PERSONS}[a-z]*\s+(?:(?:were|was|have been|had been|got)\s+)?([a-z]+)\b",
    re.I,
)


def asks_heat(question: str) -> bool:
    """Whether ``question`` asks how hot or cold ("how hot did it get during the hajj?"),
    which only a temperature tells (_DEGREES_HOT), and few sentences write one."""
    return amount_asked(question) in _HEAT


def asks_height(question: str) -> bool:
    """Whether ``question`` asks how high ("how high was the alaska airlines plane?"):
    a height, a rate, a price or a heat (_HEIGHTS), which few sentences write."""
    return amount_asked(question) == "how high"


def in_units(question: str) -> re.Pattern[str] | None:
    """What writes the measure ``question`` asks in its units, where it asks one (a
    length for "how high?": "reached a height of only about 190 metres", not a rate nor
    a price; a depth, a speed, a heat, a strength as ``counted``); None otherwise."""
    told = counted(question)
    if told is _HEIGHTS or told is _LENGTHS:
        return _LENGTHS
    return told if told in TELLING_MEASURES else None


@lru_cache(maxsize=256)  # asked of one question by a dozen checks
def counted(question: str) -> re.Pattern[str] | None:
    """What a sentence writes where it counts what ``question``'s "how many" does (a
    number, then the word by its first letters: "hours", "hour"), tells the age "how
    old" asks or the measure "how hot" does (a number in figures), or None."""
    if _ASKS_AGE.search(question):
        return AGED
    measure = amount_asked(question)
    if told := _NAMED_TOLD.get(measure):
        return told
    if measure in _IN_FIGURES:  # "how hot?": "51.8 degrees", "how far?": "250 km"
        if measure in ASKS_BIG and _A_PLACE.search(question):  # "how big is the town?":
            return _PLACE_SIZES  # "Jasper, a town of about 4,700 people", or its area
        if measure == "how high":
            return _HEIGHTS
        if measure == "how deep" or _ASKS_DOWN.search(question):
            return _DEPTHS
        if measure == "how fast":
            return _SPEEDS
        if measure in _STRONG:
            return _STRENGTHS
        return _DEGREES_HOT if measure in _HEAT else _LENGTHS if measure in _LENGTH else FIGURES
    found = _COUNTED.search(question)
    if not found or _HOW_MANY_TIMES.search(question):  # how often: no number of "times"
        return None
    word = found.group(1).lower()
    if word in _NO_COUNTED or word.endswith("ed"):  # "how many have they sold?": a number
        return AMOUNT
    # ...by the word or a synonym ("how many cars used the bridge?": "...carried about
    # 30,000 vehicles a day")
    counts = _PERSONS if word in _PEOPLE else "|".join(map(_counted_start, _named_alike(word)))
    # ...or by the noun it modifies: "how many dairy herds?" is told by "36 herds"
    if (head := (found.group(2) or "").lower()) and is_plural_noun(head):
        counts = f"{counts}|{_counted_start(head)}"
    counts = f"(?:{counts})"
    # ...by a number, not a share of them ("...by 20 percent in people who were overweight")
    number = rf"{NUMBER.pattern}(?![\s-]*(?:%|percent\b|per\s+cent\b))"
    # ...or the number of them come to one ("The number of measles cases in an outbreak in
    # West Texas has risen to 259": "how many cases?" after it quoted mpox's "...where
    # more than 15,600 cases and 537 deaths have been reported")
    total = rf"\bnumber\s+of\s+(?:[\w-]+\s+){{0,2}}?{counts}\w*[^.;]{{0,60}}?\b(?:to|at)\s+{number}"
    # ...or which time this one was ("how many tours has he won?": "Tadej Pogacar won the
    # Tour de France for the third time"; "...to win a record fourth European Championship";
    # "Spain won the European Championship for a record fourth time")
    nth = rf"{counts}\w*[^.;]{{0,40}}?\bfor\s+(?:the|an?)\s+(?:record\s+)?{_ORDINAL}\s+time\b"
    nth = rf"{nth}|\b{_ORDINAL}\s+(?:[\w-]+\s+){{0,2}}?{counts}"
    # ...not a number measuring it ("a six-day strike" counts days, not strikes: "gdl | how
    # many strikes have there been?" is told by "It is the fourth strike by the union")
    number = rf"{number}(?!-(?!{counts})(?:{_UNITS})s?\b)"
    # ...or none of them ("The United Kingdom's entry ... received no points at all")
    return re.compile(rf"(?:{number}|\bsingle|\bno){_COUNTED_AFTER}{counts}|{total}|{nth}", re.I)


# The units a number joined to them by a hyphen measures a thing by ("a six-day strike",
# "a 40-foot container", "a five-year contract")
_UNITS = "day|week|month|year|hour|minute|foot|feet|metre|meter|mile|kilometre|storey|point"
# ...and such a measure written ("six-day")
MEASURING = lazy(rf"\b[\w.,]+-(?:{_UNITS})s?\b", re.I)


# Which time, in words or figures ("third", "4th"; not "first", which counts none before:
# "It is the first strike at Boeing since 2008" tells no number of workers on strike)
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:nd|rd|th))"
)


def _counted_start(word: str) -> str:
    """The letters a counted word begins with in every form ("hours", "hour"), escaped."""
    return re.escape(word[: max(4, len(word) - 1)][:5])


def _named_alike(word: str) -> tuple[str, ...]:
    """``word`` and, if synonym groups hold it (or it without a plural's "s"), their
    other words, and the word it also finds (ALSO_FINDS: "how many homes burned?" is
    told by "...destroyed more than 12,000 buildings")."""
    single = word[:-1] if word.endswith("s") else word
    table = _synonyms_written()
    group = table.get(word) or table.get(single, ())
    also = ALSO_FINDS.get(word) or ALSO_FINDS.get(single)
    alike = (*group, also) if also else group
    return (word, *dict.fromkeys(w for w in alike if w not in (word, single)))


@lru_cache(maxsize=1)
def _synonyms_written() -> dict[str, tuple[str, ...]]:
    """Each word of the synonym groups, as written, with the others of every group
    holding it (built when a count is first asked, not at start-up: 0.7 ms)."""
    return grouped(group.split() for group in SYNONYM_GROUPS)


def is_plural_noun(word: str) -> bool:
    """Whether ``word``, after the word "how many" counts, reads as the plural noun that
    word names a kind of ("herds" in "how many dairy herds"), not a verb ("has")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in SNOWBALL_STOP_WORDS
    )


# Harm counted: "how many died / were killed / were hurt?", "how many deaths?" (lowercase:
# not "Eagles quarterback Jalen Hurts")
HARMED = lazy(
    r"\b(?:die[ds]?|dying|dead|deaths?|kill(?:s|ed|ing)?|injur(?:ed|ies|y|ing)|hurt"
    r"|wounded|casualties|fatalities|lives)\b"
)
# ...and one harmed, counted by "a" ("A school-age child died last month" tells "how many
# children died?" of the measles outbreak): one who died or was hurt, not what killed
# ("A fire that killed...")
ONE_HARMED = lazy(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    r"(?:died|(?:was|has\s+been)\s+(?:killed|injured|hurt|wounded))\b",
    re.I,
)
# ...of what the question names last ("...died in the india election?")
_HARMED_IN = lazy(
    r"\b(?:in|at|during|on|from|by)\s+(?:the\s+|a\s+|this\s+)?(?P<subject>[\w'’&-]+(?:\s+[\w'’&-]+){0,3})\W*$",
    re.I,
)

# ...where "in total" or "in all" counts everyone, naming nothing they were harmed in ("how
# many people died in total?" of the hajj is not asked of an article writing "total")
_IN_ALL = lazy(r"\b(?:in\s+(?:total|all)|all\s+told|overall|altogether)\b", re.I)


def harm_counted(question: str) -> tuple[str, ...] | None:
    """Where ``question`` asks how many died, were killed or hurt (HARMED), the words
    naming what they were harmed in ("how many people died in the india election?":
    india, election; none where it names nothing so); None where it asks no such count."""
    if amount_asked(question) != "how many" or not HARMED.search(question.lower()):
        return None
    named = _HARMED_IN.search(_IN_ALL.sub(" ", question))
    return tuple(named.group("subject").lower().split()) if named else ()


def counted_word(question: str) -> str:
    """The word ``question``'s "how many" counts, lowercase ("how many people live
    there?": "people"; "how many more fans?": "fans"), or ""."""
    found = _COUNTED.search(question)
    return found.group(1).lower() if found else ""


def counted_thing(question: str) -> str:
    """The plural noun ``question``'s "how many" counts, lowercase, not people (whom any
    word for a person counts: _PERSONS): "apps" of "how many apps does it have?"; ""
    for none ("how many people?", "how many have they sold?", "how many times?")."""
    word = counted_word(question)
    if not is_plural_noun(word) or word in _PEOPLE or _HOW_MANY_TIMES.search(question):
        return ""
    return word


def counted_verb(question: str) -> str:
    """The verb ``question``'s "how many" counts by, lowercase ("how many died?": "died";
    "how many were killed?": "killed"; "how many people had to leave?", "how many people
    were told to leave?": "leave"), or ""
    ("how many goals?", "how many have they sold?": a verb not right after it)."""
    if people := _PEOPLE_VERB.search(question) or _TOLD_VERB.search(question):
        return people.group(1).lower()
    if (persons := _PERSONS_VERB.search(question)) and is_past(persons.group(1).lower()):
        return persons.group(1).lower()
    found = _COUNTED_VERB.search(question)
    if not found or _HOW_MANY_TIMES.search(question):
        return ""
    word = found.group(1).lower()
    return word if is_past(word) else ""


# Whose count "how many" asks, named after the auxiliary: "how many runs did kohli
# score?" counts Kohli's, not "South Africa needed 30 runs from the last 30 balls"
_COUNTED_OF = lazy(
    r"\bhow many [a-z]+ (?:did|does|do|will|would) (?:the\s+)?([a-z][\w-]*)(?:['’]s)?\s+[a-z]", re.I
)


def counted_subject(question: str) -> str:
    """The word naming whose count ``question``'s "how many" asks, lowercase ("how many
    runs did kohli score?": "kohli"; "how many seats did modi's party win?": "modi"), or
    ""."""
    found = _COUNTED_OF.search(question)
    return found.group(1).lower() if found else ""


def numbers_in(text: str) -> set[str]:
    """The numbers ``text`` writes, in figures or words, lowercase ("300", "six")."""
    return found_in(NUMBER, text)
