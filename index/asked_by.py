"""What a question asks by a word its answer need not write, and what tells it (AskedBy)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import lazy


@dataclass(frozen=True)
class AskedBy:
    """What a question asks by a word its answer need not write ("what colour was the
    smoke?": "White smoke rose..."), and what tells it."""

    form: re.Pattern[str]  # the question's form asking it
    words: frozenset[str]  # the words asking it (query.py weighs little those it reads)
    told: re.Pattern[str]  # what an answer writes to tell it
    unsaid: str  # what the passages do not say, where none of the first tells it

    def asked(self, question: str) -> bool:
        """Whether ``question`` asks it."""
        return self.form.search(question) is not None

    def by(self, question: str, word: str) -> bool:
        """Whether ``word`` of ``question`` is how it asks (the "colour" of "what colour
        ...?")."""
        return word.lower() in self.words and self.asked(question)


# "What happens if you don't pay the venice fee?", "what if companies fail to comply?",
# "what's the penalty for not paying?": what befalls whoever does not do a thing, which
# news tells by the penalty ("...visitors without a code face fines of up to 300 euros")
PENALTY = AskedBy(
    re.compile(
        r"^\W*(?:so\s+|and\s+|but\s+)?what\s+(?:(?:happens|happened|will\s+happen"
        r"|would\s+happen)\s+(?:to\s+[\w\s'’-]+?\s+)?(?:if|when)|if)\b.*?"
        r"(?:\bnot|n['’]t|\bfail(?:s|ed)?\s+to|\brefuse[sd]?\s+to|\bwithout)\s+\w"
        # ...or to whoever breaks a rule ("what happens to companies that break the ban?")
        r"|^\W*what\s+(?:happens|will\s+happen)\s+to\s+.+?\s+(?:that|who|which)\s+"
        r"(?:break|breaks|broke|violate|violates|ignore|ignores|defy|defies|flout|flouts)\b"
        # ...or the penalty named ("what's the fine for not paying?"; not "who missed a
        # penalty for brazil?")
        r"|\bwhat(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+the\s+(?:penalty|penalties"
        r"|punishment|fine|fines)\s+for\b"
        r"|\b(?:penalty|penalties|punishment|fine|fines)\s+for\s+(?:not|failing|breaking"
        r"|refusing|ignoring|violating)\b",
        re.I,
    ),
    frozenset({"penalty", "penalties", "punishment"}),
    re.compile(
        r"\b(?:fine[ds]?|fining|penalt\w*|punish\w*|jail\w*|prison\w*|imprison\w*|sanction\w*"
        # ...or what else befalls them ("Errant members can be deselected ... and, in
        # serious cases, may be expelled from their parties outright")
        r"|expel\w*|deselect\w*|sacked|dismissed|disqualif\w*|prosecut\w*)\b",
        re.I,
    ),
    "what the penalty is",
)
# ...by the verb right after its negation, which finds the penalty too (reading.py)
_NOT_DONE = lazy(r"(?:\bnot|n['’]t|\bfail(?:s|ed)?\s+to|\brefuse[sd]?\s+to|\bwithout)\s+$", re.I)


def penalised(question: str, start: int) -> bool:
    """Whether the word at ``start`` of ``question`` is a verb it asks what befalls
    anyone not doing (PENALTY, right after its negation: _NOT_DONE).

    >>> q = "what happens if you don't pay the venice fee?"
    >>> penalised(q, q.index("pay")), penalised(q, q.index("fee"))
    (True, False)
    >>> q = "what if companies fail to comply?"
    >>> penalised(q, q.index("comply")), penalised("what did they not pay?", 18)
    (True, False)
    """
    return PENALTY.asked(question) and _NOT_DONE.search(question, 0, start) is not None


# "What colour was the smoke?": a colour, which its answer writes ("White smoke rose from
# the chimney...")
COLOUR = AskedBy(
    re.compile(r"\bwhat\s+colou?rs?\b", re.I),
    frozenset({"colour", "color", "colours", "colors"}),
    re.compile(
        r"\b(?:white|black|red|green|blue|yellow|orange|purple|pink|brown|grey|gray|golden"
        r"|silver)\b",
        re.I,
    ),
    "the colour",
)
# "Who owns Google?": whose it is, which news writes by whom it belongs to ("Google, a unit
# of Alphabet", "owned by", "The airline's owner, the Tata Group", "Mondelez, which owns
# Cadbury") more than by the verb asking
OWNER = AskedBy(
    re.compile(r"^\W*who\s+(?:owns|owned|own)\b", re.I),
    frozenset({"own", "owns", "owned"}),
    re.compile(
        r"\b(?:a|an)\s+(?:unit|subsidiary|division|arm)\s+of\s+(?-i:[A-Z])"
        r"|\bowned\s+by\s+(?-i:[A-Z])|\bowners?,?\s+(?:the\s+)?(?-i:[A-Z])|\bwhich\s+owns\b"
        r"|\bparent(?:\s+company)?,?\s+(?-i:[A-Z])"
        # ...or the maker of a brand ("Candy maker Mars will buy Pringles maker Kellanova",
        # "Novo Nordisk, the Danish company that makes Wegovy")
        r"|\b(?-i:[A-Z])[\w'’&-]*\s+maker\s+(?-i:[A-Z])|\bthat\s+makes\s+(?-i:[A-Z])"
        # ...or who owns it, named by kind ("Mars, a family-owned company based in...")
        r"|\b(?:family|state|privately|publicly|employee|government)[\s-]owned\b",
        re.I,
    ),
    "whose it is",
)


# "What was the titan made of?": a material, which news writes after "made of" ("...the
# vessel, whose hull was made of carbon fibre"), in a sentence that need not name it
MATERIAL = AskedBy(
    re.compile(r"^\W*what\b.*\b(?:made|built)\s+(?:of|from|out\s+of)\W*$", re.I),
    frozenset({"made", "built"}),
    re.compile(r"\b(?:made|built|constructed)\s+(?:of|from|out\s+of)\b", re.I),
    "what it is made of",
)
# "Who makes it?" after "headset": whose product it is, which news writes by its maker's
# name owning it ("Apple's Vision Pro headset went on sale...") as often as by the verb
# ("...the Danish company that makes Wegovy", "made by the French drugmaker Valneva");
# searched whole, "makes" left the headset's article, which writes no verb of making,
# under the bar
_MAKING = (
    "make makes made build builds built manufacture manufactures manufactured produce "
    "produces produced"
)
MAKER = AskedBy(
    re.compile(rf"^\W*who\s+(?:{'|'.join(_MAKING.split())})\b", re.I),
    frozenset(_MAKING.split()),
    re.compile(
        r"\b(?:makes|made|maker|builds|built|builder|manufactures|manufactured|manufacturer"
        r"|produces|produced|producer|directed\s+by)\b(?!\s+(?:of|from|out\s+of)\b)"  # no material
        r"|(?-i:\b[A-Z][\w-]*)['’]s\s+(?-i:[A-Z])",
        re.I,
    ),
    "who makes it",
)


# "Who paid for notre-dame?", "who funded it?", "where did the money come from?": who paid
# for a thing, which news tells by whom it was paid for by, or the money's givers ("The
# money came from some 340,000 donors in 150 countries", not the opening's "Notre-Dame
# cathedral in Paris reopened...", naming it)
FUNDING = AskedBy(
    re.compile(
        r"^\W*who\s+(?:paid|pays|pay|is\s+paying|was\s+paying)\s+for\b"
        r"|^\W*who\s+paid\W*$"  # ...or, following it up, "notre dame | who paid?"
        r"|^\W*who\s+(?:funded|funds|fund|financed|finances|finance|bankrolled)\b"
        r"|^\W*where\s+(?:did|does|do|will|is|was)\s+(?:the\s+)?(?:money|funding|funds|cash)\b"
        r"|^\W*how\s+(?:was|is|were|are|will)\s+.+?\s+(?:be\s+)?(?:paid\s+for|funded|financed)\W*$",
        re.I,
    ),
    frozenset("paid pays pay paying funded funds fund financed finances finance".split()),
    re.compile(r"\bdonors?\b|\bdonations?\b|\bdonated\b|\bgifts?\s+from\b", re.I),
    "who paid for it",
)
# "Is the blackout over?", "has the strike ended?": whether it ended, which news tells by
# what came back or was lifted ("Power began returning ... by Tuesday morning more than 99
# percent of supply had been restored"; "...lifted martial law")
ENDED = AskedBy(
    re.compile(
        r"^\W*(?:is|are|was|were|has|have)\s+(?:the\s+|it\s+|that\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:over|ended|finished|done)\W*$",
        re.I,
    ),
    frozenset("over ended finished done".split()),
    re.compile(
        r"\b(?:restored|returning|returned|resumed|lifted|ended|called\s+off|reopened"
        r"|back\s+to\s+normal)\b",
        re.I,
    ),
    "whether it is over",
)
# ...first by whom it was paid for ("The trial was paid for by Novo Nordisk"), before
# givers named by the way ("Macron thanked the firefighters, craftsmen and donors...")
FUNDED_BY = lazy(
    r"\b(?:money|funding|funds|cash)\s+(?:came|comes|come|is\s+coming)\s+from\b"
    r"|\b(?:paid\s+for|funded|financed|bankrolled)\s+by\b|\bfunding\s+from\b",
    re.I,
)


# "Who is against it?", "any criticism?", "who criticised the valencia response?": who
# objects and how, which news tells by the objection voiced, in words of its own ("Tech
# companies said the law had been rushed through...", "Some mental health groups warned
# that it could cut off teenagers...", "Other scientists noted that the study ... could
# not prove...") more often than by the word asking (not "opposition", a party as often:
# "who leads the opposition?")
_OBJECTING = (
    "critic critics criticism criticisms criticise criticises criticised criticize "
    "criticizes criticized oppose opposes opposed opponent opponents objection objections "
    "objected complaint complaints complain complains complained backlash against like"
)
OBJECTION = AskedBy(
    re.compile(
        # "any criticism?", "were there any complaints?"
        r"^\W*(?:(?:is|are|was|were)\s+there\s+)?any\s+(?:criticisms?|critics|objections?"
        r"|complaints?|opposition|backlash)\b"
        # "who criticised the climate deal?", "who was criticised for...?", "did anyone
        # complain?", "who is against it?", "is anyone against the fee?" (not "what might
        # members opposed to a bill...?", nor "what criticism in the times impacts...?")
        r"|^\W*(?:who|which\s+\w+|(?:did|does|do|is|are|was|were)\s+(?:anyone|anybody))\s+"
        r"(?:(?:has|have|had|was|were|is|are|did|does|do)\s+)?(?:\w+ly\s+)?"
        r"(?:critici[sz](?:e|es|ed)|oppos(?:e|es|ed)|object(?:s|ed)?|complain(?:s|ed)?|against)\b"
        # "what do critics say?", "what were the complaints about the vision pro?"
        r"|^\W*what\s+(?:do|did|does|have|has)\s+(?:the\s+)?(?:critics|opponents)\s+"
        r"(?:say|said|think|argue)\b"
        r"|^\W*what(?:['’]s|\s+(?:is|are|was|were))?\s+(?:the\s+)?(?:main\s+)?"
        r"(?:criticisms?|complaints?|objections?)(?:\s+(?:of|about|against|over|with)\b|\W*$)"
        # "who doesn't like it?" (synonyms read it "criticise")
        r"|(?:\bnot|n['’]?t)\s+like\b"
        # "why were small island states unhappy?", "were people angry about the floods?"
        r"|\b(?:unhappy|dissatisfied|displeased|angry|angered)\b",
        re.I,
    ),
    frozenset(_OBJECTING.split()),
    re.compile(
        r"\b(?:critic(?:s|ism|isms|i[sz]e|i[sz]es|i[sz]ed)?|oppos(?:e|es|ed|ing)|opponents?"
        r"|object(?:ed|ing|ions?)|complain\w*|complaints?|protest\w*|condemn\w*|warn(?:s|ed)"
        r"|question(?:s|ed)\s+(?:the|whether|its|his|her|their)|doubts?|sceptic\w*|skeptic\w*"
        r"|concerns?\s+(?:about|over|that)|rushed|"
        # ...a limit found ("...was observational and could not prove that the foods...")
        r"(?:could|can|did|does)(?:\s+not|n['’]t)\s+(?:prove|show|establish)"
        # ...or what is left unclear ("it was not clear how they were supposed to check...")
        r"|not\s+(?:yet\s+)?clear\s+(?:how|whether|why|what))\b",
        re.I,
    ),
    "who objects",
)


# "Is mpox dangerous?", "how dangerous is bird flu?": whether it harms, which news tells
# by the harm done or feared ("...where more than 15,600 cases and 537 deaths have been
# reported", "...declared a public health emergency"), seldom by the word asking
_DANGEROUS = "dangerous deadly lethal harmful risky"
# ...harm done to people first (not "...pasteurisation kills it"), else harm feared or
# warned of ("is bitcoin risky?": "Critics warn that the currency has no underlying value")
_HARM_DONE = r"deaths?|died|dying|dead|killed|fatal\w*|deadl\w*|casualties|injur(?:ed|ies|y)"
_HARM_FEARED = r"dangerous|danger|emergency|risks?|harm\w*|toxic|hospitali[sz]\w*|warn(?:s|ed)?"
HARM_DONE = lazy(rf"\b(?:{_HARM_DONE})\b", re.I)
DANGER = AskedBy(
    re.compile(
        r"^\W*(?:(?:is|are|was|were)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+"
        r"(?:very\s+|so\s+|really\s+)?|how\s+)"
        rf"(?:{'|'.join(_DANGEROUS.split())})\b",
        re.I,
    ),
    frozenset(_DANGEROUS.split()),
    re.compile(rf"\b(?:{_HARM_DONE}|{_HARM_FEARED})\b", re.I),
    "whether it is dangerous",
)


# "When did an american last win the olympic 100m?", "who was the last American to win
# it before Lyles?": when it happened before this time, which news tells by what is the
# first since ("It was the first American win in the event since Justin Gatlin in 2004",
# "...for the first time in 17 years"), in a sentence that need not name what is asked
# ("the event"); not "last" of a time ("what happened last week?", "when did it last?")
_LAST = (
    r"\blast\s+(?!(?:year|week|month|night|season|weekend|summer|winter|spring|autumn"
    r"|decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)\w"
)
LAST_TIME = AskedBy(
    re.compile(
        rf"^\W*when\b.*{_LAST}|^\W*(?:who|which|what)\s+(?:was|were|is)\s+the\s+{_LAST}"
        r"[\w'’-]*(?:\s+[\w'’-]+)?\s+to\b|\blast\s+time\b",
        re.I,
    ),
    frozenset(),
    re.compile(
        r"\bfirst\b[^.;]*?\b(?:since|in\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+"
        r"|about\s+)?[\w-]+\s+(?:years|decades|months|centuries))\b",
        re.I,
    ),
    "when it last happened",
)


# "What is being done about the houthis?", "has anyone tried to stop them?": what is done
# against it, which news tells by the deed ("The United States and Britain have carried
# out air strikes on Houthi targets", "The government now requires cows to test
# negative...") seldom by the words asking
_COUNTERING = "stop fight tackle combat contain curb counter halt help"
_DONE_ABOUT = (
    r"(?:done|doing|do)\s+(?:anything\s+|something\s+)?"
    rf"(?:about|to\s+(?:{'|'.join(_COUNTERING.split())}))\b"
)
# ...a deed against it first (not "More than 150,000 people were ordered to leave their
# homes" for "what was done to stop the la fires?": "Firefighters from Canada and Mexico
# have joined the effort"), else what people were told or helped to do
_ACTION_TAKEN = (
    r"carried\s+out|strikes?\s+on|requires?|required|banned|imposed|introduced|deployed"
    r"|treated|joined\s+the\s+effort|declared|approved|vaccines?|measures|efforts?"
    r"|working\s+to|to\s+help"
)
_ACTION_ORDERED = r"advised|ordered|evacuat\w*|rescue\w*"
ACTION_TAKEN = lazy(rf"\b(?:{_ACTION_TAKEN})\b", re.I)
ACTION = AskedBy(
    re.compile(
        rf"\b(?:be|being|been|was|were|is|are)\s+{_DONE_ABOUT}"
        r"|\b(?:anyone|anybody|someone|somebody|they|government|authorities|officials)\s+"
        rf"(?:{_DONE_ABOUT}|(?:tried|trying|try|attempted)\s+to\s+"
        rf"(?:{'|'.join(_COUNTERING.split())})\b)",
        re.I,
    ),
    frozenset(f"done doing do tried trying try attempted {_COUNTERING}".split()),
    re.compile(rf"\b(?:{_ACTION_TAKEN}|{_ACTION_ORDERED})\b", re.I),
    "what is done about it",
)


# "What was alice munro's real name?": the name one was born with, which news writes
# "Born Alice Laidlaw in Wingham..." or "JJ, whose real name is Johannes Pietsch" (its
# words name nothing a follow-up asks of: "what was her real name?" after her obituary)
_BIRTH_NAMES = "real birth maiden original"
BIRTH_NAME = AskedBy(
    re.compile(rf"\b(?:{'|'.join(_BIRTH_NAMES.split())})\s+name\b", re.I),
    frozenset([*_BIRTH_NAMES.split(), "name"]),
    re.compile(
        r"\b(?i:born)\s+[A-Z][\w'’-]+\s+[A-Z]|\b(?:real|birth|maiden)\s+name\s+(?:is|was)\b"
        r"|\bn[ée]e\s+[A-Z]"
    ),
    "the name they were born with",
)


# "When was gukesh born?", "what year was prevost born?", "sinner's birthday?": a birth,
# which news tells so ("Born in Chicago in 1955, Prevost..."), not by a time of another
# ("...Garry Kasparov, who was 22 when he won the title in 1985"); asked alone (not "when
# was putin born and when will he meet min aung hlaing?", answered by the meeting)
BIRTH_TIME = AskedBy(
    re.compile(
        r"^\W*(?:when|(?:in\s+)?what\s+(?:year|day|date|month))\s+(?:was|were|is)\b.*\bborn\W*$"
        r"|\bbirth\s*(?:day|date)s?\W*$|\bdate\s+of\s+birth\W*$",
        re.I,
    ),
    frozenset(["born", "birthday", "birthdate"]),
    re.compile(r"\b(?:born|birth)", re.I),
    "when",
)


# "Is this the first gdl strike?": which of its kind it is, which news tells by an ordinal
# ("It is the fourth strike by the union in the dispute", "...for the first time in 17
# years"), in a sentence that need not name it as asked
ORDINAL = AskedBy(
    re.compile(
        r"^\W*(?:is|was|are|were)\s+(?:this|it|that|these|those|they)\s+(?:the|their|its)\s+"
        r"(?:first|only)\b",
        re.I,
    ),
    frozenset(),  # its words weigh as any other ("first" finds "the first time")
    re.compile(
        r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
        r"|\d+(?:st|nd|rd|th))\b",
        re.I,
    ),
    "which of its kind it is",
)


# "Who is in it?" after a film's news: who acts in it, which news writes by the part
# played ("Mikey Madison, who plays the title role...")
CAST = AskedBy(
    re.compile(
        r"^\W*who\s+(?:is|was|are|were|s)\s+in\s+(?:it\W*$|the\s+(?:film|movie|cast)\b)"
        r"|^\W*who\s+(?:acts|acted|appears|appeared|stars|starred|plays|played)\s+in\b"
        # ...or the lead ("who played the lead in anora?", "who plays the title role?")
        r"|^\W*who\s+(?:plays|played|is\s+playing)\s+(?:the\s+)?(?:lead|title|main)\b"
        # ...or its star ("who is the star?", "who stars?", "who is the lead actress?")
        r"|^\W*who(?:\s+is|\s+was|['’]s|s)\s+(?:the\s+)?(?:star|lead|lead\s+actor"
        r"|lead\s+actress|main\s+actor|main\s+actress)(?:\s+(?:of|in)\s+[\w\s'’-]+)?\W*$"
        r"|^\W*who\s+(?:stars|starred)\W*$",
        re.I,
    ),
    frozenset("acts acted appears appeared star stars starred lead actor actress main".split()),
    re.compile(r"\b(?:plays?|played|playing|stars?|starred|starring|actor|actress)\b", re.I),
    "who is in it",
)
