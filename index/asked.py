"""What a question asks for (a time, a name, a place, a cause) and whether a text tells
it: what the reranker weighs and what a passage must say to answer "when?". Amounts
("how many?", "how much?", measures, prices) are asked_amounts.py's, which reads the
numbers, years and times written here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from .analysis import CHAT_FRAME, NUMBER_WORDS
from .patterns import lazy

NUMBER = lazy(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|(hundred|thousand|million|billion|dozen)s?|half)\b",
    re.IGNORECASE,
)
# The months and the days of the week, as a pattern's alternatives (lowercase)
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DATE = lazy(
    rf"\b(1\d{{3}}|20\d{{2}}|\d+(st|nd|rd|th) century|{MONTHS}|\d{{3}}0s)\b", re.IGNORECASE
)
YEAR = lazy(r"\b(1\d{3}|20\d{2})\b")  # "in 2021" is no amount
# "how much" before a word of degree asks how far, as "how much does Russia help?" does:
# "how much support does Russia give?" asks no number.
_DEGREES = (
    "support|help|influence|power|control|pressure|attention|interest|impact|effect|trust|"
    "respect|progress|success|sympathy|importance|backing|ties|relations|relationship|"
    "cooperation|friendship|partnership|crisis"
)
_DEGREE = rf"(?!\s+({_DEGREES})\b)"


def as_chat_asks(named: str, unlike: str, then: str = "") -> str:
    """The pattern of a question as chat asks it, one to three words then what is
    ``named`` (and ``then``), alone ("vision pro price?", "titan depth"), the first word
    none of ``unlike`` (a question's own words: "what is the price?" is asked otherwise)."""
    return rf"^\W*(?:(?!(?:{unlike})\b)[\w'’-]+\s+){{1,3}}{named}{then}\s*[?!.]*\s*$"


OF_DEGREE = lazy(rf"\b({_DEGREES})\b", re.I)
# A quantity asked by its name asks a number ("what is the population of Warsaw?", as
# "how many people live in Warsaw?"); a rate or an age too, for the reranker, though a
# passage need not write them in figures ("the rate of decline is slow").
_QUANTITIES = "population|size|area|height|length|width|depth|weight|number|amount|total|"
_QUANTITIES += "budget|speed|distance"
_QUANTITY_NAMED = r"\bwhat(?:s|'s|’s| is| was| are| were) (?:the |its |their )?(?P<quantity>{})\b"
_ASKS_NUMBER = lazy(
    rf"\bhow (many|much{_DEGREE}|long|large|big|old|far|high|tall)\b|percent|"
    + _QUANTITY_NAMED.format(f"{_QUANTITIES}|rate|age"),
    re.I,
)
# "how much" asks an amount before a noun ("how much oil") or with a word of price; "how
# much does Russia help?" asks how far.
NOW_TYPED = r"(?:\s+(?:now|today|rn|atm))?"  # "bitcoin price now", "...rn"
# The time or the one a price is for ("a month", "per person")
PAID_PER = r"(?:a|an|per|each) (?:day|week|month|year|dose|night|person|visit)\b"
ASKS_AMOUNT = lazy(
    r"\bhow old\b|\bhow many\b|\bhow often\b"
    r"|\bhow much\b(?!\s+(does|do|did|is|are|was|were|has|have|had|will|would|can|could)\b)"
    + _DEGREE
    # "how much is the vision pro?", "how much is it?", "how much is apple's headset?": a
    # price, where "how much is Russia involved?" or "how much is it used?" is no amount
    + r"|\bhow much (?:is|are|was|were) (?:the|a|an|it|that|this|they|[\w-]+['’]s)\b"
    r"(?!\s+\w+ed\b)"
    + _DEGREE
    # ...and of a thing by the time or the one it is paid for ("how much is wegovy a month?")
    + r"|\bhow much (?:is|are) [\w-]+ "
    + PAID_PER
    + r"|\bhow much\b.*\b(costs?|price[sd]?|worth|pay|paid|spen[dt]|weighs?|earns?"
    r"|charg(?:e|es|ed|ing))\b"  # ("how much did apple charge for the vision pro?")
    # ...or by a verb of change: "how much has chocolate gone up?", "how much does the
    # drug cut the risk?" ("...by 20 percent"; "how much does Russia help?" asks how far)
    r"|\bhow much\b.*\b((?:gone|go(?:es)?|went|going) (?:up|down)|ris(?:e|es|en|ing)|rose"
    r"|f[ae]ll(?:s|en|ing)?|cut(?:s|ting)?|drop(?:s|ped)?|increased?|decreased?|grow(?:n|s)?"
    r"|grew|climb(?:s|ed)?|jump(?:s|ed)?|reduced?|lower(?:s|ed)?|raised?|gain(?:s|ed)?"
    r"|los[et]|shr[iau]nk|soar(?:s|ed)?|slump(?:s|ed)?|plunge[sd]?)\b"
    r"|\bwhat (is|was|are|were) the (?:[\w-]+ ){0,2}(price|cost)s?\b"  # "...the bitcoin price"
    r"|\bwhat (do|does|did|will) .*\bcost\b"
    # ...or asked by the price itself: "what price did bitcoin hit?"
    r"|\bwhat (?:price|cost|fee|fare)s? (?:do|does|did|will|is|was|are|were|has|have|had)\b"
    # ...of a thing named by its owner ("what is bitcoin's price?"), or alone, as it is
    # now ("how much is cocoa now?", "how much is gold?")
    r"|\bwhat(?: (?:is|was|are|were)|['’]s) [\w-]+['’]s (?:price|cost)s?\b"
    r"|\bhow much (?:is|are) [\w-]+(?: (?:now|today|currently))?\s*[?!.]*\s*$"
    # ...or as chat asks it, the thing and "price" ("vision pro price?", as "gukesh age?"),
    # as it is now too ("bitcoin price now")
    + "|"
    + as_chat_asks("(?:price|cost)", "the|this|a|an|what|whats|is|does|did", NOW_TYPED)
    + "|"
    + _QUANTITY_NAMED.format(_QUANTITIES),  # "what is the speed of light?": a number
    re.I,
)


# "What is it called?", "what was the ship named?": the verb asks a name, which a sentence
# gives as often without it ("The Smart Lander for Investigating Moon, or SLIM, ...",
# "The ship, the Dali, ...")
_CALLED_ASKED = lazy(r"^\W*(?:what|whats|what['’]s)\b.*\b(called|named)\W*$", re.I)


def names_by_calling(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the "called" or "named" closing a question
    asking what something is called (_CALLED_ASKED): how it asks."""
    found = _CALLED_ASKED.match(question)
    return found is not None and found.group(1).lower() == word.lower()


# "Where was it played?", "where did it take place?": the verb asks where an event was,
# which the sentence placing it tells without it ("Argentina beat Brazil ... to win the
# Copa America final in Miami"; searched whole, "played" left the Copa final's opening
# under the bar and quoted the T20 final's "South Africa were playing in their first
# men's World Cup final"). Not "where did they play?", which asks for whom. So too where
# one is based ("deepseek | where is it based?": "The company was founded in 2023 in
# Hangzhou...", its article writing no "based").
_VENUE_ASKED = lazy(
    r"^\W*where\s+(?:is|are|was|were|will|would|did|does|do|has|have|had)\b.*?"
    r"\b(?:(held|played|hosted|staged|based|located|headquartered)"
    r"|(take|takes|took|taken|taking)\s+(place))\W*$"
    # ...and the place's kind ("which city hosted eurovision?": "...won the Eurovision Song
    # Contest in Basel", not "Switzerland hosted because Nemo won last year's contest")
    r"|^\W*(?:which|what)\s+(?:city|town|venue|stadium|arena|place)\s+"
    r"(?:(hosted|held|staged)|(?:will|is|was|did|does)\s+(host|hold|stage))\b",
    re.I,
)


def captured(pattern: re.Pattern[str], question: str, word: str) -> bool:
    """Whether ``word`` (in small letters) is one that a match of ``pattern`` in
    ``question`` captures: the words a question's form asks by ("held" of "where was it
    held?"), which no passage need write."""
    return any(
        word in {g.lower() for g in found.groups() if g} for found in pattern.finditer(question)
    )


def names_venue(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the verb of "where was it held?" (or the "take
    place" of "where did it take place?") (_VENUE_ASKED): how it asks."""
    return captured(_VENUE_ASKED, question, word.lower())


_ASKS_WHEN = lazy(
    r"\bwhen\b|\bhow soon\b|\bwhat (year|century|date|decade|month|time)\b|\bwhich year\b"
    r"|\b(?:what|which) (?:years|dates|months|days)\b",  # "which days do you pay?"
    re.I,
)
# A year, a date... asked by its name: told by a date alone (time_unsaid).
_DATE_NAMED = r"\b(what|which) (year|century|decade|month|date|day)\b"
_DATE_ASKED = lazy(_DATE_NAMED, re.I)
# A question asking when: its one question word ("what did he do when he arrived?" asks
# what), before a verb asking ("when did...", "since when is..."), after one of asking
# ("anyone know when...") or last ("overthrown when?"), or first in a question marked so
# or short ("when the coup?"), not opening a clause ("When Corliss was given the medal,
# the committee said..."); or asking a year or a date; "how long ago" and "what time"
# ask when too.
_ASKS_TIME = lazy(
    r"^(?!.*\b(what|which|who|whom|whose|where|why|how)\b).*(\bwhen (did|does|do|is|was|"
    r"were|are|will|would|can|could|has|have|had|should|shall|might|must)\b|\b(know|tell|"
    r"say|remember|idea|wonder\w*|ask\w*|sure) when\b|\bwhen\W*$|^\W*when\b(.*\?\W*$|(\W+\w+){,3}"
    r"\W*$))"
    rf"|{_DATE_NAMED}|\bhow long ago\b|\bwhat time\b",
    re.I,
)
_ASKS_SOON = lazy(r"\bhow soon\b", re.I)  # "how soon will they arrive?": when
_ASKS_DURATION = lazy(
    r"\bhow (?:much )?long(?:er)?\b(?! ago\b)|\bduration\b",
    re.I,  # "the strike's duration"
)
# What tells a time: a date, a day, a season, a time's unit, or a word placing something
# in time ("since", "after", "recently"); a passage holding none answers no "when?".
_TIME = lazy(
    rf"\b(1\d{{3}}|20\d{{2}}|\d{{2,3}}0s|\d+(st|nd|rd|th) century|centur(y|ies)|{MONTHS}|"
    rf"{WEEKDAYS}|weekend|spring|summer|"
    r"autumn|fall|winter|"
    r"today|tonight|yesterday|tomorrow|morning|evening|night|noon|midnight|ago|now|"
    r"currently|recently|lately|soon|later|earlier|then|once|formerly|previously|since|"
    r"until|till|after|before|during|while|when|whenever|following|prior|past|next|last|"
    r"(second|minute|hour|day|week|month|year|decade|era|period|age|reign|dynast(y|ie)|time|"
    r"session|season)s?|beginning|start|end|annual(ly)?|daily|weekly|monthly|\d{1,2}:\d{2})\b"
    # a time of day ("at about 9.40 a.m.", "from 8.30am", "at 6 pm")
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)",
    re.I,
)
# What tells when itself: a year, a decade, a century, a match's minute ("when did brazil
# score?": "...in the 34th minute"), a month, a day, a season, a day named by its place
# ("yesterday"), a time counted back or named ("two years ago", "last week"), a holiday.
_WHEN = lazy(
    rf"\b(1\d{{3}}|20\d{{2}}|\d{{2,3}}0s|\d+(st|nd|rd|th) (century|minute)|{MONTHS}|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)days?|spring|summer|autumn|winter|today|tonight|"
    r"yesterday|tomorrow|\w+ (days?|weeks?|months?|years?|decades?|centuries) ago|"
    # ...or after the news's own time ("A week later, Trump paused the higher rates...")
    r"\w+ (hours?|days?|weeks?|months?|years?) later|"
    r"(last|next|this|that|the following|the previous) (week|month|year|spring|summer|"
    r"autumn|fall|winter|decade|century)|"
    # ...or a holiday ("since the cyber attack began over the Easter weekend")
    r"easter|christmas|thanksgiving|new year's (day|eve)|"
    # ...or a match's time counted from its end or start ("scored the winner four minutes
    # from the end")
    r"\w+ minutes? (from|before|after) (the )?(end|start|full[- ]time|half[- ]time|kick[- ]off)|"
    r"(injury|stoppage) time)\b",
    re.I,
)
# What tells how long: a time's unit or a word of duration (besides a number).
DURATION = lazy(
    r"\b((second|minute|hour|day|night|week|month|year|decade|centur(y|ie)|generation|"
    r"lifetime|era|age|reign|term|mile|kilometre|kilometer|km|metre|meter|foot|feet|inch)(e?s)?|"
    r"long|longer|briefly|forever|permanent(ly)?|temporar(y|ily)|indefinite(ly)?|overnight|"
    r"since|until|till|throughout)\b",
    re.I,
)
# A length of time told ("25 years", "a six-day strike", "about an hour and a half",
# "up to 4 minutes"): an amount, then the unit, a word between at most; or units alone
# within which something is done ("the outcome of each division is known in seconds") or
# for which it went on ("traffic jams stretched for hours afterwards").
LASTING = lazy(
    r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|several|few|half|many)[\s-]+(?:[a-z]+[\s-]+)?"
    r"(?:second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?\b"
    r"|\b(?:in|within|for) (?:seconds|minutes|hours|days|weeks|months|years|decades)\b",
    re.I,
)
# Who, or which of the things that have names: the answer is likely a name.
# ...with a word before the noun ("which shipping companies", "what other countries"),
# not a verb ("what do people think?").
_ASKS_WHO = lazy(
    r"\b(who|whom|whose)\b|\b(which|what) (?:(?!(?:is|are|was|were|do|does|did|has|have|"
    r"had|will|would|can|could|should|the|a|an)\b)[a-z-]+ )?"
    r"(countr|nation|person|people|compan|cit[yi]|state|team|leader|organi[sz]ation|"
    r"president|king|emperor|group|part[yi]|tribe|universit|river|region|province|dynast|"
    r"famil|general|treat)|\bnamed?\b",
    re.I,
)


def is_year(word: str) -> bool:
    """Whether ``word`` is written as a year ("2021", "1755")."""
    return bool(YEAR.fullmatch(word))


# "When will X?", "when is X going to...?", "when is X due?": a time to come...
_WHEN_NEXT = r"^\W*when(?:['’]s|\s+is|\s+are)\s+the\s+next\b"
_ASKS_FUTURE = lazy(
    r"^\W*when\s+(?:will|would|(?:is|are)\b.*\b(?:going to|expected to|due|set to))\b"
    rf"|{_WHEN_NEXT}"  # ...or of the next one ("when is the next eurovision?")
    # ...or when one can ("when can you buy it outside the us?": "Apple plans to sell the
    # Vision Pro in other countries later in the year")
    r"|^\W*when\s+(?:can|could)\s+(?:you|i|we|people|they|one|everyone)\b",
    re.I,
)


# "What did the court decide?", "what has the bank ruled?", "what did intel announce?": X's
# news, which need not write the verb ("Intel said on Thursday it would cut...")
DECIDED = frozenset({"decide", "decided", "rule", "ruled", "announce", "announced"})
ASKS_DECIDED = lazy(
    rf"\W*what\s+(?:did|has|have)\s+(?:the\s+)?[\w\s'’-]+?\s+(?:{'|'.join(sorted(DECIDED))})"
    r"(?:\s+(?:about|on|over|in)\s+[\w\s'’-]+?)?\W*",  # "...decide about google?"
    re.I,
)


def decision_asked(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the verb of "what did X decide?" (or rule,
    announce): how it asks X's news (searched whole, "announce" left "what did spacex
    announce?" with no answer)."""
    return word.lower() in DECIDED and ASKS_DECIDED.fullmatch(question) is not None


def next_asked(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the "next" of "when is the next X?": how it
    asks a time to come, which its answer need not write ("Austria will now host the 2026
    contest"; searched whole, "next" left "eurovision | when is the next one?" with no
    answer)."""
    return word.lower() == "next" and re.match(_WHEN_NEXT, question, re.I) is not None


# ...which news writes so: "next year", "later this month", "in the coming weeks", "by
# 2027", "until 2044", "by the end of the year"
FUTURE_TIME = lazy(
    r"\b(?:next|coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter|decade)s?\b"
    r"|\blater\s+(?:this|in\s+the|next)\s+(?:week|month|year|decade)\b"
    r"|\b(?:by|until)\s+(?:early\s+|late\s+|mid-?)?20\d\d\b"
    r"|\bby\s+the\s+end\s+of\s+(?:(?:the|this|next)\s+(?:week|month|year|decade)\b|20\d\d\b)",
    re.I,
)


def asks_future(question: str) -> bool:
    """Whether ``question`` asks when something will be (FUTURE_TIME tells it)."""
    return bool(_ASKS_FUTURE.search(question))


# "What's next for starship?", "what happens next with the tariffs?", "what will happen
# to chocolate prices?": what is to come (not "what happens to companies that break it?",
# which asks what befalls them)...
_WHATS_NEXT = r"what(?:['’]?s|\s+is|\s+comes|\s+happens)\s+next"
_ASKS_NEXT = lazy(
    rf"\b{_WHATS_NEXT}\b"
    r"|\bwhat\s+happens\s+now\b|\bwhat\s+(?:will|is\s+going\s+to)\s+happen\b",
    re.I,
)
# ...which news tells of so: "NASA plans to use a version of Starship...", "...said it
# expected to launch the vaccine...", "Higher rates will follow on April 9", "...signalled
# that borrowing costs would stay low" (not "next to", nor "had expected the move", nor
# what would have been: "Flight controllers would have sent the booster into the sea
# instead if...").
TO_COME = lazy(
    r"\b(?:will|would(?!\s+(?:not\s+)?have\b)|won't|plans?\s+to|planned\s+to"
    r"|(?:expects?|expected|intends?|aims?|set|due|going|scheduled|likely)\s+to|next(?!\s+to\b))\b"
    rf"|{FUTURE_TIME.pattern}",
    re.I,
)


# ...and so does one asking who, which or where of what will be or of next year: "which
# country will host eurovision?", "where is eurovision next year?", "which country hosts
# eurovision next" ("Austria will now host the 2026 contest", not "Switzerland hosted
# because...")
_ASKS_WHO_WILL = lazy(
    r"^\W*(?:who|which|where)\b(?:.*\b(?:will|won't|(?:is|are)\s+going\s+to)\b"
    rf"|.*(?:{FUTURE_TIME.pattern})|.*\bnext\W*$)",
    re.I,
)


# "Will it happen again?", "could it erupt again?", "will there be more?", "will they go
# up more?": whether what happened will recur or go further, which news tells as what is
# to come (TO_COME) or may ("...more eruptions could follow for years"); not "is notre
# dame open again?", asking what is now
_ASKS_AGAIN = lazy(
    r"^\W*(?:will|would|could|can|might|may|(?:is|are)\s+\w+\s+going\s+to)\b.*\b(?:again"
    r"|(?:any|much|even|still|a\s+lot|some)?\s*(?:more|further))"
    r"(?:\s+(?:in|at|for|this|next|soon)\b[^?]*)?\W*$"  # "...further in japan?"
    r"|^\W*(?:will|could|might|may)\s+there\s+be\s+(?:more|another|others)\b",
    re.I,
)
_MAY_COME = lazy(
    rf"{TO_COME.pattern}|\b(?:could|may|might)\s+(?:\w+\s+)?(?:follow|happen|recur|return"
    r"|continue|come|rise|increase|spread|worsen)\b",
    re.I,
)
# "Will it recover?", "will it work again?": whether what failed will work again, which
# a sentence says may be ("He said the panels might produce power again...", "Reefs can
# recover if temperatures fall"), not any time to come ("...save 10 billion dollars next
# year" after Intel's cuts)
_ASKS_RECOVERY = lazy(
    r"^\W*(?:will|would|could|can|might|may)\s+(?:it|they|he|she)\s+(?:recover|work\s+again)"
    r"\W*$",
    re.I,
)
_RECOVERY = lazy(
    r"\b(?:could|can|may|might|would|will)\s+(?:\w+\s+){0,3}?(?:again|recover\w*)\b", re.I
)


def asks_again(question: str) -> bool:
    """Whether ``question`` asks whether what happened will again (``tells_again``)."""
    return bool(_ASKS_AGAIN.search(question))


def tells_again(text: str) -> bool:
    """Whether ``text`` says what is to come or may: what tells ``asks_again``."""
    return bool(_MAY_COME.search(text))


# "Which country?" asked alone, following one up: a place its answer names ("social media
# ban | which country?": "Australia's parliament has passed a law...", no "country" said)
_ASKS_COUNTRY = lazy(
    r"\W*(?:which|what)\s+(?P<kind>country|countries|nation|nations)"
    r"(?:\s+(?:is|was|are|were|did|does)\s+(?:it|that|this|they|them|he|she)(?:\s+from)?)?\W*",
    re.I,
)


def country_asked(question: str) -> str:
    """The word asking a country of what ``question`` follows up, asked alone ("which
    country?", "what country was it?", "which country is he from?"), or ""."""
    asked = _ASKS_COUNTRY.fullmatch(question)
    return asked["kind"].lower() if asked else ""


def asks_recovery(question: str) -> bool:
    """Whether ``question`` asks whether what failed will work again (``tells_recovery``)."""
    return bool(_ASKS_RECOVERY.search(question))


def tells_recovery(text: str) -> bool:
    """Whether ``text`` says something may work again or recover: what tells
    ``asks_recovery``."""
    return bool(_RECOVERY.search(text))


def asks_next(question: str) -> bool:
    """Whether ``question`` asks what is to come (TO_COME tells it)."""
    return bool(_ASKS_NEXT.search(question) or _ASKS_WHO_WILL.search(question))


# "What's next?", "what happens next?", "what comes next?": what is to come of nothing
# named, after an answer; its "next" is how it asks, no word to look for (it quoted the
# vaccine's "...launch the vaccine ... early next year" after "tell me about the starship
# launch")
_NEXT_ALONE = lazy(rf"^\W*(?:so\s+|and\s+)?{_WHATS_NEXT}\W*$", re.I)


def asks_next_alone(question: str) -> bool:
    """Whether ``question`` asks only what is to come ("what's next?"), of an answer."""
    return bool(_NEXT_ALONE.match(question))


# "Where was it going?", "where was the flight headed?", "what was its destination?":
# where a journey was to end (not "where did it go down?", which asks a place)...
_ASKS_DESTINATION = lazy(
    r"^\W*where\s+(?:was|were|is|are)\s+(?:[\w'’-]+\s+){0,3}?(?:going|head(?:ed|ing)|bound"
    r"|travell?ing|sailing|flying)\W*$|\bdestination\b"
    # "where will the circus go?", "where did the envoy travel?"
    r"|^\W*where\s+(?:did|does|do|will)\s+(?:[\w'’-]+\s+){0,3}?(?:go|travel|fly|sail|head)\W*$",
    re.I,
)
# ...which news tells so: "The ship, the Dali, was leaving the port for Sri Lanka", "An
# Air India flight to London crashed...", "...bound for Rotterdam", "...would travel to
# China and Kazakhstan next year"
DESTINATION = lazy(
    r"\b(?:bound\s+for|head(?:ed|ing)\s+(?:to|for)|en\s+route\s+to|on\s+(?:its|their|his|"
    r"her)\s+way\s+to|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|sail(?:s|ed|ing)?"
    r"|fl(?:y|ies|ying|ew)|travell?(?:s|ed|ing)?|flights?)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:for|to)\s+(?:the\s+)?[A-Z])"
)
# ...and, of the people a follow-up asks of ("where did people go?" after Jasper's
# wildfire), where they fled or were sent: "Evacuees drove west toward British Columbia,
# while others were sent east to Edmonton" (asked anew, such a sentence may be of any
# others: "Others ... fled to New Orleans" for "Where did French fur trappers travel?")
FLED_TO = lazy(
    r"\b(?:dr(?:ive|ives|ove|iven)|fled|flee(?:s|ing)?|(?:was|were|been|being)\s+"
    r"(?:sent|evacuated))\s+(?:[\w'’-]+\s+){0,4}?(?:to|towards?)\s+(?:the\s+)?[A-Z]"
)


def asks_destination(question: str) -> bool:
    """Whether ``question`` asks where a journey was to end (DESTINATION tells it)."""
    return bool(_ASKS_DESTINATION.search(question))


# "Where is sinner from?", "where does lyles come from?", "what nationality is munro?",
# "which country is the pope from?", "where did munro grow up?": where one was born or
# whose citizen one is, not where the news happened ("...ending the Serbian's run of 33
# straight wins in Melbourne")
_ASKS_ORIGIN = lazy(
    r"^\W*(?:where(?:'s|’s|\s+(?:is|was|are|were))\s+(?P<a>.+?)\s+(?:originally\s+)?from"
    r"|where\s+(?:does|did|do)\s+(?P<b>.+?)\s+(?:originally\s+)?(?:come|hail)\s+from"
    r"|(?:what|which)\s+(?:nationality|country)\s+(?:is|was|are|were)\s+(?P<c>.+?)(?:\s+from)?"
    r"|what(?:s|'s|’s|\s+(?:is|was))\s+(?P<d>.+?)(?:'s|’s)\s+nationality"
    # ...or where one grew up ("where did alice munro grow up?": "Born Alice Laidlaw in
    # Wingham, Ontario...", not the care home where she died)
    r"|where\s+(?:did|does|do)\s+(?P<e>.+?)\s+grow\s+up"
    # ...or where one was born ("where was pope leo born?": "Born in Chicago in 1955,
    # Prevost...", not "...the first pope from the United States")
    r"|where\s+(?:was|were|is|are)\s+(?P<f>.+?)\s+born)\W*$",
    re.I,
)
# ...which news tells so: "Born in Chicago in 1955, Prevost...", "...a native of Ohio",
# or "Gukesh, who is from Chennai"
BORN = lazy(
    r"\b(?:born|native\s+of|grew\s+up\s+in|hails?\s+from|raised\s+in)\b"
    r"|\b(?:is|was|are|were|comes?|came)\s+(?:originally\s+)?from\s+(?-i:[A-Z])",
    re.I,
)


def grew_up_asked(question: str, word: str) -> bool:
    """Whether ``word`` is the "grow" or "up" of "where did X grow up?" (_ASKS_ORIGIN): how
    it asks one's origin, which news tells by a birth ("Born Alice Laidlaw in Wingham")."""
    found = _ASKS_ORIGIN.search(question)
    return found is not None and found["e"] is not None and word.lower() in ("grow", "up")


def birthplace_asked(question: str) -> bool:
    """Whether ``question`` asks where one was born (_ASKS_ORIGIN), which only a birth
    tells (BORN), not a country written near them."""
    found = _ASKS_ORIGIN.search(question)
    return found is not None and found["f"] is not None


def origin_asked(question: str) -> str | None:
    """Whom or what ``question`` asks the origin of ("sinner" of "where is sinner
    from?"), or None where it asks none."""
    found = _ASKS_ORIGIN.search(question)
    return next(v for v in found.groupdict().values() if v) if found else None


# "What caused it?", "what was the cause?": why what is followed up happened, named by
# nothing of its own
_ASKS_CAUSE_ALONE = lazy(
    r"^\W*(?:so\s+)?(?:what\s+(?:caused|causes)\s+(?:it|this|that)"
    r"|what(?:['’]s|\s+is|\s+was)\s+the\s+(?:main\s+)?(?:cause|reason))\W*$",
    re.I,
)


def asks_cause_alone(question: str) -> bool:
    """Whether ``question`` asks only what caused what it follows up (_ASKS_CAUSE_ALONE)."""
    return bool(_ASKS_CAUSE_ALONE.match(question))


# "Is that a lot?" after an amount quoted: how it compares with the usual
_JUDGES_AMOUNT = lazy(
    r"\W*(?:is|was|are|were)\s+(?:that|this|it)\s+(?:a\s+lot|(?:very\s+|so\s+)?(?:much|many))"
    r"[\s?!.]*",
    re.I,
)


def judges_amount(question: str) -> bool:
    """Whether ``question`` asks only whether the amount it follows up is much
    (_JUDGES_AMOUNT: "is that a lot?")."""
    return bool(_JUDGES_AMOUNT.fullmatch(question))


# "Who's to blame for the valencia floods?", "whose fault was it?": whom blame is laid on
# (not "did the government blame renewables?", which a denial answers, nor "who is
# responsible for operating the voting equipment?", whose job it is: ReQA, though "who is
# responsible for the m&s hack?" asks it)...
_ASKS_BLAME = lazy(
    r"^\W*(?:who|whose|what|which)\b.*\b(?:to\s+blame|blamed?|fault)\b"
    r"|^\W*who(?:'s|’s|\s+(?:is|was|were|are))\s+(?:held\s+)?responsible\s+for\s+"
    r"(?:the|this|that|it)\b",
    re.I,
)
# ...whose word for it is how it asks, not what: "who's to blame for the runway crash?"
# is of Haneda's collision, not Dubai's floods ("Some commentators blamed cloud seeding")
_BLAME_WORD = lazy(r"blam(?:e|ed|es)|fault|responsible", re.I)
# ...which news tells so: "The regional government has been criticised for sending its
# mobile phone alert only at 8 pm", "Critics blamed the high share of solar power".
BLAMED = lazy(r"\b(?:blam(?:e|ed|es|ing)|critici[sz]\w*|fault|responsib\w*)\b", re.I)


def asks_blame(question: str) -> bool:
    """Whether ``question`` asks whom or what is blamed (BLAMED tells it)."""
    return bool(_ASKS_BLAME.search(question))


def blame_asked(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the blame a question asking whose it is asks
    by ("to blame", "fault", "responsible"): an answer need not write it."""
    return bool(_BLAME_WORD.fullmatch(word)) and asks_blame(question)


# "What's the vaccine for?", "what is the fee for?": what the thing named is for...
_ASKS_PURPOSE = lazy(
    r"^\W*what(?:s|'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:[\w’'-]+\s+){0,3}?"
    r"([a-z][\w-]*)\s+(?:for|used\s+for)\W*$",
    re.I,
)


# A medicine named after its kind, and that after what it treats: "the weight-loss drug
# Wegovy", "the cancer drug Keytruda".
_TREATING = r"[\w-]+\s+(?:drug|medicine|medication|vaccine|treatment|pill|jab|injection)s?\s+"


def purpose_asked(question: str) -> re.Pattern[str] | None:
    """What tells what ``question`` asks a thing is for: its name followed by "for" or
    "to" and a word ("...the first vaccine for chikungunya", "...a five-euro fee to enter
    its historic centre"), or a medicine's name after what it treats (_TREATING: "what is
    wegovy used for?": "The weight-loss drug Wegovy..."); None where it asks no such
    thing."""
    asked = _ASKS_PURPOSE.match(question)
    if asked is None:
        return None
    name = re.escape(asked.group(1).lower())
    return re.compile(rf"\b{name}\w*\s+(?:for|to)\s+\w|\b{_TREATING}{name}\b", re.I)


# "Who can get it?", "who is eligible?", "who is the vaccine for?": whom a thing is for...
_ASKS_ELIGIBLE = lazy(
    r"^\W*who(?:\s+qualif(?:y|ies)\b"
    r"|\s+(?:can|could|should|may|will\s+be\s+able\s+to)\s+(?:get|have|take|receive|use)"
    r"|(?:'s|’s|\s+is|\s+are)\s+(?:eligible|allowed|it\s+for|[\w-]+(?:\s+[\w-]+){0,2}\s+for\W*$))",
    re.I,
)
# ...which news tells so: "...is approved for adults aged 18 and older", "...offered to
# those over 65" (not "...offered to resign").
ELIGIBLE = lazy(
    r"\b(?:approved|eligible|recommended|available|offered)\s+(?:only\s+)?(?:for|to)\s+"
    r"(?:adults|children|people|patients|those|anyone|everyone|women|men|travell?ers|residents)\b"
    r"|\baged\s+\d+\s+(?:and|or)\s+(?:older|over|above)\b",
    re.I,
)


def asks_eligible(question: str) -> bool:
    """Whether ``question`` asks whom a thing is for (ELIGIBLE tells it)."""
    return bool(_ASKS_ELIGIBLE.match(question))


# "How did China respond?", "how have markets reacted?", "did china respond?": asks what
# they said or did, which news tells by what was said or done ("China said it would fight
# back") more often than by the verb asking (query.REACTION_WEIGHT, firsts/quotes.py's
# quoted_first).
REACTING = r"(?:react|respond)(?:s|ed|ing)?"
ASKS_REACTION = lazy(
    r"(?:\bhow\s+|^\W*)(?:did|does|do|has|have|had|will|would|is|are|was|were)\s+(.+?)\s+"
    rf"{REACTING}\b",
    re.I,
)


# People asked all right ("the crew ok", "everyone safe"), which ASKS_SURVIVED reads
_PEOPLE_OK = (
    r"(?:crew|passengers?|people|everyone|everybody|anyone|anybody|they|he|she|workers|"
    r"residents|children|kids|staff|pilots?|fans|pilgrims|climbers|miners|survivors)"
    r"(?:\s+(?:members|all|still))?\s+(?:ok|okay|alright|all\s+right|safe|unharmed|unhurt)\b"
)
# "Did the titan passengers survive?", "was anyone alive?": whether they lived, which news
# tells by their deaths as often ("The five people aboard the Titan submersible were
# killed...")
ASKS_SURVIVED = lazy(
    r"^\W*(?:did|do|does|has|have|had|was|were|is|are)\b.*\b(?:surviv\w*|alive|make it)\b"
    # ...or whether people were all right ("were the crew ok?": "...with 22 crew members on
    # board, all of whom survived"; not "is the milk safe?")
    rf"|^\W*(?:were|was|is|are)\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?{_PEOPLE_OK}"
    # ...or who did not live ("who did not survive the titan?": who was killed)
    r"|^\W*(?:who|how\s+many|which)\b.*\b(?:did\s+not|didn['’]?t|never|failed\s+to)"
    r"\s+surviv",
    re.I,
)


def survival_asked(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the verb of "did anyone survive X?" (or its
    noun), which asks whether some lived: an answer need not write it."""
    return word.lower().startswith("surviv") and bool(ASKS_SURVIVED.search(question))


# Whoever reacts, named by no one ("how did people react to the vision pro?")
_ANYONE = frozenset("people ppl everyone everybody public".split())
_ANYONE_REACTING = lazy(rf"(?:the\s+)?(?:{'|'.join(sorted(_ANYONE))})", re.I)


def reaction_asked(question: str, word: str) -> bool:
    """Whether ``word`` of ``question`` is the verb of "how did X react?" (or respond), or
    X where it names no one (``reacting_anyone``: "how did people react?")."""
    if re.fullmatch(REACTING, word, re.I):
        return bool(ASKS_REACTION.search(question))
    return word.lower() in _ANYONE and reacting_anyone(question)


def reacting_anyone(question: str) -> bool:
    """Whether ``question`` asks how people reacted, naming no one (_ANYONE_REACTING)."""
    asked = ASKS_REACTION.search(question)
    return asked is not None and _ANYONE_REACTING.fullmatch(asked[1]) is not None


def reaction_alone(question: str) -> bool:
    """Whether ``question`` asks how people reacted and nothing more ("how did people
    react?"): to the news the answer before quoted."""
    asked = ASKS_REACTION.search(question)
    return reacting_anyone(question) and not re.search(r"\w", question[asked.end() :])


@lru_cache(maxsize=256)  # asked of one question by a dozen checks
def time_asked(question: str) -> str:
    """How ``question`` asks a time: "when" (or a year, a date: "what year...", "how long
    ago"), "how soon", "how long", or "" where it asks none ("what did he do when he
    arrived?")."""
    if _ASKS_DURATION.search(question):
        return "how long"
    if _ASKS_SOON.search(question):
        return "how soon"
    return "when" if _ASKS_TIME.search(question) else ""


def asks_when(question: str) -> bool:
    """Whether ``question`` asks when (``time_asked``: "when", "what year", "how soon"),
    not how long."""
    return time_asked(question) in ("when", "how soon")


# A word asking from or up to when ("since when", "until when").
_ASKED_FROM_WHEN = lazy(r"\b(since|until|till|before|after) when\b", re.I)


# "What time ...?": a time of day ("at midday", "shortly after 12:30", "8 pm").
_ASKS_CLOCK = lazy(r"\bwhat time\b", re.I)
# ...by the clock ("12:30", "at about 9.40 a.m.", "1am"), or by the words of its parts
BY_CLOCK = lazy(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
_CLOCK = lazy(
    rf"{BY_CLOCK.pattern}|\b(?:midday|noon|midnight|morning|afternoon|evening|night|dawn|dusk)\b",
    re.I,
)


def time_unsaid(texts: Iterable[str], question: str) -> str:
    """How ``question`` asks a time (``time_asked``) where none of ``texts`` tells one:
    for "when", a date, a day or a word placing it in time (``_TIME``) the question does
    not say, for "what year" (a date, a day...) a date (``_WHEN``); for "how long", a
    number or a word of duration. "" where it asks none or one tells it."""
    asked = time_asked(question)
    if not asked:
        return ""
    tells = (NUMBER, DURATION) if asked == "how long" else (_TIME,)
    if _DATE_ASKED.search(question):  # "what year": a year, not "after the war"
        tells = (_WHEN,)
    if _ASKS_CLOCK.search(question):  # "what time": "normally at 5 pm" too
        tells = (*tells, _CLOCK)

    def told(text: str) -> set[str]:
        return set().union(*(found_in(pattern, text) for pattern in tells))

    # "until when?": "until" is how it asks, and "Until the oil shock, ..." tells it.
    in_question = told(_ASKED_FROM_WHEN.sub("when", question))
    return "" if any(told(text) - in_question for text in texts) else asked


# The day something was told, not when it happened ("...her family said on Tuesday")
SAID_ON = lazy(
    r"\b(?:said|announced|reported|confirmed|told\s+\w+)\s+(?:late\s+|early\s+)?on\s+\w+day\b",
    re.I,
)
# ...which is what a question asking when it was told asks ("when did intel announce the
# cuts?": "Intel said on Thursday it would cut...")
ASKS_SAYING = lazy(
    r"\b(?:say|said|announc\w*|report\w*|confirm\w*|tell|told|reveal\w*|declar\w*)\b", re.I
)


def tells_when(text: str, question: str) -> set[str]:
    """The dates, days and seasons that ``text`` says and ``question`` does not
    (``_WHEN``: "in 2019", "on Monday", "last spring"; not "after", which ``_TIME`` takes
    for telling a time rather than none); asked "what time", the times of day it says
    ("at midday", "12:30": "on Friday" tells no time of day); asked "what year", those
    saying a year."""
    told = _CLOCK if _ASKS_CLOCK.search(question) else _WHEN
    found = found_in(told, text) - found_in(told, question)
    if asks_year(question):  # "what year was the notre dame fire?": "...of April 2019"
        return {said for said in found if YEAR.search(said)}  # not "on Saturday"
    return found


def lasting_told(question: str) -> Callable[[str], bool]:
    """What tells how long ``question`` asks it: any of ``lastings_told``."""
    tellers = lastings_told(question)
    return tellers[0] if len(tellers) == 1 else lambda text: any(t(text) for t in tellers)


def lastings_told(question: str) -> tuple[Callable[[str], bool], ...]:
    """What tells how long ``question`` asks it, the most telling first: a length of time
    (LASTING); asked how long something lasted, not one within which something happened
    ("...vanished from the grid within five seconds" tells how fast the blackout came),
    then its end told with a time ("Power began returning ... by the evening, and by
    Tuesday morning more than 99 percent of supply had been restored"), which tells it
    less than a length does ("how long did martial law last?": "...lifted martial law
    early on Wednesday, about six hours after declaring it", not "Shortly after 1am, 190
    of the 300 lawmakers voted ... that martial law be lifted")."""
    if not _ASKS_LASTED.search(question):
        return (lambda text: any(lengths_in(text)),)

    def lasted(text: str) -> bool:
        return any(not _WITHIN.search(text[: m.start()] + m.group()) for m in lengths_in(text))

    def ended(text: str) -> bool:
        return bool(_ENDED.search(text) and (tells_when(text, question) or _CLOCK.search(text)))

    return lasted, ended


# ...or how long something was out, shut or went on ("how long was the power out?")
_ASKS_LASTED = lazy(
    r"\bhow long\b.*\b(?:last(?:ed|s)?|out|off|down|closed|shut|without|go(?:ne|es)? on"
    r"|went on)\b",
    re.I,
)


def lengths_in(text: str) -> Iterator[re.Match[str]]:
    """The lengths of time ``text`` writes (LASTING), an age aside: "his 19-year-old son"
    tells no time ("how much longer does the trip take?" quoted the Titan's dead)."""
    return (m for m in LASTING.finditer(text) if not _AGE_AFTER.match(text, m.end()))


# What makes a length of time an age: "19-year-old", "92 years old"
_AGE_AFTER = lazy(r"[\s-]+old\b", re.I)
# A length of time written after "within" or "in" ("within five seconds", "in seconds"),
# to the end of LASTING's match
_WITHIN = lazy(r"\b(?:with)?in\s+(?:\S+\s+){0,2}\S+\Z", re.I)
# ...and its end ("came back" is too often a comeback: "Sinner came back from two sets down")
_ENDED = lazy(r"\b(?:restored|resumed|reopened|ended|lifted)\b", re.I)


# "What year...?" is told by a year.
_ASKS_YEAR = lazy(r"\b(?:what|which)\s+year\b", re.I)


def asks_date_named(question: str) -> bool:
    """Whether ``question`` asks a date by its name ("what year", "on what day"), which
    no time of day tells."""
    return bool(_DATE_ASKED.search(question))


def asks_year(question: str) -> bool:
    """Whether ``question`` asks what year (``tells_when`` then takes years alone)."""
    return bool(_ASKS_YEAR.search(question))


def found_in(pattern: re.Pattern[str], text: str) -> set[str]:
    return {m.group().lower() for m in pattern.finditer(text)}


def number_words(low: int, high: int, step: int = 1) -> str:
    """The analyzer's number words (analysis.NUMBER_WORDS) from ``low`` to ``high``, by
    ``step``, as a regex's alternatives."""
    wanted = range(low, high + 1, step)
    return "|".join(word for word, value in NUMBER_WORDS.items() if int(value) in wanted)


# "When was the key bridge built?", "when was openai founded?": when a thing was made...
_ASKS_MADE_WHEN = lazy(
    r"^\W*when\s+(?:was|were|is|are|did)\b.*\b(?:built|founded|opened|established"
    r"|constructed|completed|erected|launched|created|formed|found|build|open|launch|create)"
    r"\W*$",
    re.I,
)
# ...which the year it was made in tells ("The 2.6-kilometre bridge, opened in 1977"), as
# it tells how old the thing is (asked_amounts.AGED)
MADE_IN = lazy(
    r"\b(?:(?:opened|built|founded|established|constructed|completed|erected|launched"
    r"|created|formed)"
    # ...or what was founded named between ("Jensen Huang, who co-founded the company in
    # 1993"; not "...who launched the coup in 2021", no making)
    r"|(?:founded|established)\s+(?:the|its|their)\s+[\w-]+)"
    r"\s+in\s+(?:the\s+)?(?:1\d{3}|20\d{2})s?\b",
    re.I,
)


def asks_made_when(question: str) -> bool:
    """Whether ``question`` asks when a thing was made (MADE_IN tells it)."""
    return bool(_ASKS_MADE_WHEN.match(question))


# The verbs of the past without "-ed": a verb after "how many" names nothing counted
# (asked_amounts.counted), and chat asks so ("how many sold?" looked for a number of
# "sold").
PAST_UNMARKED = frozenset(
    "sold won lost left made built bought got took went came fled fell hurt caught fought "
    "brought held kept paid sent spent told found ran hit shot stole flew grew drove gave "
    "saw knew became began struck broke rose sank spoke wrote drew threw swept stood led "
    "chose froze".split()
)


def is_past(word: str) -> bool:
    """Whether ``word`` (lowercase) reads as a verb of the past ("died", "sold")."""
    return word in PAST_UNMARKED or word.endswith("ed")


def kinds_asked(question: str) -> tuple[bool, bool, bool]:
    """Whether ``question`` asks for a name ("who", "which country"), a number ("how
    many", "what is the population of") and a time ("when", "what year")."""
    return (
        bool(_ASKS_WHO.search(question)),
        bool(_ASKS_NUMBER.search(question) or ASKS_AMOUNT.search(question)),
        bool(_ASKS_WHEN.search(question)),
    )


def dates_in(text: str) -> set[str]:
    """The years, months, centuries and decades ``text`` writes, lowercase."""
    return found_in(_DATE, text)


def years_in(text: str) -> set[str]:
    """The years ``text`` writes ("2018"; of ``dates_in``)."""
    return {d for d in dates_in(text) if is_year(d)}


# "Who runs Nvidia?", "who is leading the rebels?", "who heads the bank?": asks for whoever
# leads it now, whom a sentence names by a title of heads (HEADS: "Its chief executive,
# Jensen Huang", "Governor Kazuo Ueda"), not one saying the verb of something else
# ("...Liang Wenfeng, who also runs a hedge fund", "computers running Windows"). Not in
# the past: "who led the reinforcements?" is answered by "...led by". Not "president":
# "who leads the syrian rebels?" is not answered by "President Bashar al-Assad fled".
ASKS_LEADER = lazy(
    r"^\W*who(?:\s+(?:runs?|leads?|heads?|rules?|governs?|commands?)|(?:\s+is|['’]s)\s+"
    r"(?:running|leading|heading|ruling|governing|commanding|in\s+charge\s+of))\s+(?=\w)",
    re.I,
)
# "Who is the head of the jury?", "who was the leader of the revolt?": asks for its head,
# then or now.
_HEAD_OF = lazy(
    r"^\W*who(?:s|['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:leader|head|chief|boss)\s+of\s+(?=\w)",
    re.I,
)
# ...or what is led, then its head: "who is the junta leader?", "who is asml's boss?",
# "what's the junta leader's name?", "what is the name of the junta leader?"
_HEAD_LAST = lazy(
    r"^\W*(?:who(?:s|['’]s|\s+is|\s+was)"
    r"|what(?:s|['’]s|\s+is|\s+was|\s+r)(?=.*(?:['’]s\s+name|\bname\s+of))"
    r"(?:\s+the\s+name\s+of)?)\s+(?:the\s+)?"
    r"(?P<led>(?:(?!the\s)[\w'’-]+\s+){1,3})(?:leader|head|chief|boss)(?:['’]s\s+name)?\W*$",
    re.I,
)
# Chat framing a question ("tbh who's the junta leader lol"), blanked before reading it.
_FRAME_WORDS = "|".join(sorted(CHAT_FRAME))
_FRAMING = lazy(rf"^(?:\W*\b(?:{_FRAME_WORDS})\b)+|(?:\b(?:{_FRAME_WORDS})\b\W*)+$", re.I)
HEADS = frozenset(
    "leader head chief boss ruler ceo chairman chairwoman chair governor director commander "
    "mayor".split()
)
# ...and a country's, which a question asking who leads it matches too (as it does HEADS),
# but which firsts/ does not put first ("President Bashar al-Assad fled").
RULERS = frozenset(("president", "minister"))


# "What is his job?", "what was her job before?", "what's dan's occupation?": what one
# does, which news tells by a title or a role ("Nicusor Dan, the centrist mayor of
# Bucharest"), not by the word ("...about 15,000 jobs")
_JOB_ASKED = lazy(
    r"\b(?:his|her|their|\w+['’]s?)\s+(?:(?:day|old|former|previous)\s+)?"
    r"(?P<job>job|occupation|profession)\b",
    re.I,
)


def job_asked(question: str, word: str) -> bool:
    """Whether ``word`` is the job ``question`` asks one's (_JOB_ASKED): how it asks."""
    found = _JOB_ASKED.search(question)
    return found is not None and found["job"].lower() == word


# "Which countries were hit hardest?", "the worst affected", "hardest-hit": asks which
# were most affected, which news tells by how much each was ("Vietnam 46 percent"), not
# by the word ("it hard to reach many areas")
_HIT_HARDEST = lazy(
    r"\b(?:hit|affected|struck)\s+(?:the\s+)?(?P<after>hardest|worst)\b"
    r"|\b(?P<before>hardest|worst)[\s-]+(?:hit|affected)\b",
    re.I,
)


def hardest_hit(question: str, word: str) -> bool:
    """Whether ``word`` is the superlative of "hit hardest" in ``question`` (_HIT_HARDEST):
    how it asks which were most affected."""
    return captured(_HIT_HARDEST, question, word)


def leader_asked(question: str) -> tuple[int, int]:
    """Where what ``question`` asks the leader or head of is ("the bank of japan" of "who
    runs the bank of japan?", "junta" of "who is the junta leader?"), start and end;
    (0, 0) where it asks no such thing. The words asking so are those outside it.

    >>> leader_asked("who runs the bank of japan?"), leader_asked("who ran?")
    ((9, 27), (0, 0))
    """
    question = _FRAMING.sub(lambda framing: " " * len(framing[0]), question)
    if found := ASKS_LEADER.match(question) or _HEAD_OF.match(question):
        return found.end(), len(question)
    if found := _HEAD_LAST.match(question):
        return found.start("led"), found.end("led")
    return 0, 0
