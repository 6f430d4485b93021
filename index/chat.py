"""How members type around what they ask: the words that ask the bot rather than the
news, those that frame what is asked, greetings; stop words mistyped, typed together or
drawn out."""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Analyzer, Token
from .asked import origin_asked
from .asked_amounts import how_asked_alone
from .patterns import lazy
from .vocabulary import Vocabulary

# A question word the corpus lacks that is a typo of a stop word is read as one ("waht")
# unless English knows it better than this (typos common online: "teh" 3.0, "thier" 3.0;
# words: "fro" 3.3, "doe" 3.8).
STOP_TYPO_MAX_ZIPF = 3.1
# One struck a key off makes real words more often ("thongs", "nave", "mire"): only those
# English hardly knows are read so ("thay" 2.7 is not: "whwn" is).
KEY_OFF_MAX_ZIPF = 2.5
_WORDS = lazy(r"\w+")  # the words around a question's word

# What a question calls the corpus's texts, and the verbs it says what they tell with.
NEWS_WORDS = frozenset("article articles story stories piece pieces news".split())
_TELLING = frozenset(
    "mention mentions mentioned mentioning cover covers covered covering discuss discusses "
    "discussed discussing talk talks talking say says said".split()
)
# What "good" greets a member's day with, before a question.
_GREETED = frozenset("morning afternoon evening".split())
# Words that ask the bot, not the news, before one of the words paired with them (None:
# anywhere; "": at the question's end; "for$": before "for" ending it): "give me info on
# sanctions" asks for sanctions, "Russia vs China" for both, "what does junta mean?" and
# "what does MRTV stand for?" for junta and MRTV ("stand for election" keeps "stand").
# Only in questions: a passage saying "details of the deal" keeps them.
ASKING: tuple[tuple[frozenset[str], frozenset[str] | None], ...] = (
    (frozenset("give show get find send bring".split()), frozenset("me us".split())),
    (
        frozenset("info information details detail".split()),
        frozenset("on about of regarding concerning re".split()),
    ),
    (frozenset("difference differences".split()), frozenset(["between"])),
    (frozenset("learn hear".split()), frozenset(["about"])),  # "I want to learn about X"
    (frozenset("meaning definition".split()), frozenset(["of", ""])),  # "X definition"
    (frozenset(["mean"]), frozenset([""])),  # "the mean temperature" asks it
    (frozenset("stand stands".split()), frozenset(["for$"])),
    (frozenset("compare comparison vs versus define".split()), None),
    # "is it true that Russia supplies jets?", "Russia supplies jets, correct?"
    (frozenset("true correct accurate".split()), frozenset(["that", "", "or"])),
    (frozenset(["fact"]), frozenset("check checking".split())),  # "fact check: ..."
    (frozenset("check verify confirm".split()), frozenset("if whether that this".split())),
    # "which articles mention sanctions?", "any articles on Aeroflot?", "do you have news
    # about Thailand?", "what articles do you have on China?": the news asked about, where
    # a corpus writes "article" too ("Article 5 of the treaty" keeps it)
    (NEWS_WORDS, frozenset("about on regarding do does did is are".split()) | _TELLING),
    (frozenset(["good"]), _GREETED),  # "good morning, who is Putin?"
    # "real quick, who won the copa?": no Real Madrid asked (its "quick" is chat.VAGUE)
    (frozenset(["real"]), frozenset(["quick", "quickly"])),
    # "what countries are mentioned?", "is Ukraine covered?": what the news names, where
    # an article writes the word too ("...opposed any mention of fossil fuels" came first)
    (frozenset("mentioned covered discussed".split()), frozenset([""])),
)
# "...in the news?" last: asks the news of what it names (not "any good news?")
_IN_THE_NEWS = lazy(r"\bin\s+the\s+news$", re.I)
# "when is the next one?", "which one?": a "one" after such a word stands for what was
# said before, no number to search for.
_ONE_AFTER = frozenset(
    "next this that which last other another each every new same latest previous first".split()
)
_SOMEONE = frozenset("anyone anybody someone somebody".split())
# Words that ask nothing after one of the words paired with them: "how come Russia
# helps?" asks why ("No article mentions: come" before), "how soon" when, "which article
# talks about the Gripen?" and "which stories cover India?" ask about the Gripen and
# India, "good morning" greets.
_FRAMED_AFTER = {
    "come": frozenset({"how"}),
    "soon": frozenset({"how"}),  # "how soon will Thailand get the jets?" asks when
    "living": frozenset({"a"}),  # "what does JJ do for a living?" asks what JJ does
    "one": _ONE_AFTER,
    "ones": _ONE_AFTER,
    # "did anyone important say anything about it?": whoever spoke, named (who.anyone_first
    # reads the question for someone named); no article need call them so
    **dict.fromkeys(("important", "notable", "prominent"), _SOMEONE),
    **dict.fromkeys(_TELLING, NEWS_WORDS),
    **dict.fromkeys(_GREETED, frozenset(["good"])),
}
# Words that frame what a question asks about rather than name it ("is China involved?",
# "China's role", "name the researcher", "Putin's background", "how often", "what kind
# of deal", "who reported it", "the article about China", "what do analysts think?",
# "India's stance"), and the chat around it ("quick question:", "sorry to bother", "any
# idea", "fact check", "what does the IISS guy think?", "is Ukraine mentioned?", "quote
# from the researcher"): left out where no article holds them, nor their verb's noun or
# noun's verb (derivations.py: "respond", "response"), where they could only count
# against answering; where one does, it is asked ("the proteins involved in ...").
VAGUE = frozenset(
    "involved involvement involve role part summary summarize summarise overview list "
    "facts top bot quick question questions sorry bother idea ask asking curious name "
    "names kind kinds type types sort report reports reported article articles story "
    "stories piece pieces coverage tl dr tldr gist recap takeaways check think thinks "
    "remind "
    "opinion opinions stance conclude concluded concludes conclusion argue argued argues "
    "believe believed believes feel feels felt biography bio background profile whereabouts "
    "title rank position often fun interesting eli5 respond responds responded react reacts "
    "reacted reaction reactions response responses guy person dude folks mention mentions "
    "mentioned mentioning quote quotes wait hmm lol btw tho wtf omg smh tbh imo ngl idk "
    # the colour a member adds ("who took the famous catch?", "the whole thing", "the
    # actual reason", "what did google do wrong?"): no article need write it
    "famous infamous notorious iconic legendary memorable incredible amazing awesome crazy "
    "insane wild epic extra whole entire exact actual literally seriously honestly "
    "apparently supposedly wrong hero heroes actually really basically "
    # "tell me about the crowdstrike thing", "any news on the situation in syria?", "the
    # alaska airlines incident", "what caused the titan disaster?", "the red sea crisis"
    # (not closing a name as the others do, _COLOUR_AFTER: "the 1973 oil crisis" is named
    # so where an article writes it)
    "thing things stuff situation saga incident incidents episode drama mess fiasco debacle "
    "disaster disasters tragedy tragedies catastrophe crisis crises "
    # "what color was the smoke?": "White smoke rose..." (a colour asked, not named)
    "color colour "
    # "how long ago did notre dame burn?": "five and a half years after a fire..."
    "ago "
    # "who is eligible for the vaccine?": asks whom it is for (asked.asks_eligible)
    "eligible eligibility qualify qualifies "
    # "eclipse totality duration": asks how long (asked._ASKS_DURATION)
    "duration".split()
)


def how_alone(question: str, token: Token) -> bool:
    """Whether ``token`` is how a question of "how" alone asks ("long" of "how long?",
    ``how_asked_alone``): a follow-up to an answer (bot/talk.py), whose "long" is no word
    to search for ("no article mentions “long”")."""
    alone = how_asked_alone(question)
    return alone is not None and alone[1] == token.start


# "who is behind the attack?" asks who did it: its "behind" quoted "We will not leave
# anyone behind," ("which team was behind at half-time?" keeps it).
_WHO_BEHIND = lazy(r"\bwho(?:s|'s|’s|\s+(?:is|was|are|were|s))\s+behind$", re.IGNORECASE)
# "what's the song like?" asks about the song: its "like" is no liking.
_WHAT_LIKE = lazy(r"\bwhat(?:s|'s|’s|\s+is|\s+was|\s+are|\s+were)\s.*\blike$", re.IGNORECASE)
# Words before an abbreviation that make it a person or a thing, not a time ("the pm",
# "our pm"; "8 pm"), and before "last" an adjective ("the last eruption").
DETERMINERS = frozenset("the a our their his her its former new".split())
# "when did this last happen?", "when was martial law last declared?" ask the time before
# now: "last" is how they ask, not a word to look for (it found only "the last 30
# balls"); not "the last eruption" nor "last year", which say what or when.
_WHEN_BEFORE = lazy(r"\bwhen\b", re.IGNORECASE)
# ...the words after "this" or "last" that say a time (bot/talk.py's "when did this
# happen?" leans on an answer; "this year" does not).
TIME_UNITS = frozenset(
    "day days week weeks month months year years night morning afternoon evening season "
    "time weekend summer winter spring autumn fall decade century".split()
)
# "describe the heist", "can you summarise the blackout?": what opens a question asks the
# bot ("It's hard to describe," Pogacar said), unlike "how did officials describe the
# delay?" ("explain" is a stop word).
_IMPERATIVES = frozenset("describe summarise summarize".split())
# ...and so does asking to be caught up ("catch me up on syria", "fill me in on the strike")
CATCH_UP = lazy(
    r"\W*(?:(?:please|pls|plz|can\s+you|could\s+you)\s+)?(?:catch|fill|brief|update)\s+"
    r"(?:me|us)\s+(?:(?:up|in)\s+)?(?:on|about|with)\b",
    re.IGNORECASE,
)
_OPENING_REQUEST = lazy(
    r"^\W*(?:(?:please|pls|plz|can\s+you|could\s+you|would\s+you)\s+)?$", re.IGNORECASE
)
# "Does it work?", "is it working?": whether what was told of does what it is for (after
# "tell me about wegovy": "...cut the risk of heart attacks..."), no "work" to look for
# ("...government employees were told to work from home" held it, the drug's sentences
# did not, and no answer came)
_WORKING = frozenset("work works worked working".split())
_IT_WORKS = lazy(
    r"^\W*(?:does|did|do|will|would|can|is|are|was)\s+(?:it|they|this|that)\s+"
    r"(?:really\s+|actually\s+)?(?:work|works|worked|working)\W*$",
    re.IGNORECASE,
)
# ...and "how does the vision pro work?": how it does it, which its news tells in words of
# its own ("The device, which blends digital content with the wearer's surroundings..."),
# no "work" to look for (the seed's "...a shared strategic vision" held every word)
HOW_IT_WORKS = lazy(
    r"^\W*how\s+(?:does|do|did|will|would|can|could)\s+\S.*?"
    # (a verb, not the noun after a determiner: "how much did the work cost?" read without
    # its price's words, seeming.asks_of_articles)
    r"(?<!\bthe)(?<!\ba)(?<!\bthis)(?<!\bits)(?<!\btheir)\s+(?:work|works|worked)\W*$",
    re.IGNORECASE,
)
# "What does the google case concern?", "what did the fine concern?": asks what it is
# about, as "what was the fine about?" does (read as worry, it found the mpox "emergency
# of international concern" and Nvidia's "Some analysts warned...")
_CONCERNING = frozenset("concern concerns concerned".split())
_IT_CONCERNS = lazy(
    r"^\W*what\s+(?:do|does|did|will|would)\s+(?:[\w'’&.-]+\s+){1,5}?concern\W*$", re.IGNORECASE
)
# "Who does it apply to?", "who does the ban apply to?": asks whom it covers, which its
# news tells in its own words ("...a law banning children under 16 from social media";
# searched, no sentence of the ban's writes "apply")
_APPLYING = frozenset("apply applies applied".split())
IT_APPLIES = lazy(
    r"^\W*(?:so\s+|and\s+)?(?:who|whom)\s+(?:does|do|did|will|would)\s+(?:[\w'’&.-]+\s+){1,4}?"
    r"apply\s+to\W*$"
    r"|^\W*(?:so\s+|and\s+)?to\s+whom\s+(?:does|do|did|will|would)\s+(?:[\w'’&.-]+\s+){1,4}?apply\W*$",
    re.IGNORECASE,
)
# "What was the result?", "what's the final outcome?": asks the news of what was just
# answered, as "what happened?" does (searched, "copa final | what was the result?" found
# Romania's "Simion ... accepted the result", "romania | what was the outcome?" the climate
# deal's "...welcomed the outcome")
_RESULTS = frozenset("result results outcome outcomes".split())
_THE_RESULT = lazy(
    r"^\W*(?:so\s+|and\s+)?what(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)\s+(?:the\s+)?"
    r"(?:final\s+|end\s+|overall\s+)?(?:result|results|outcome|outcomes)\W*$",
    re.IGNORECASE,
)
# "What was the margin of victory?", "what was the winning margin?": asks by how much the
# win just told was (a word no article writes: "no article mentions “margin”")
_MARGIN_WORDS = frozenset("margin victory winning".split())
MARGIN_NAMED = r"(?:winning\s+)?margin(?:\s+of\s+victory)?"  # (bot/talk.py's too)
_THE_MARGIN = lazy(
    rf"^\W*(?:so\s+|and\s+)?what(?:'s|’s|s|\s+is|\s+was)\s+the\s+{MARGIN_NAMED}\W*$",
    re.IGNORECASE,
)
# "Is everyone safe?", "was everyone ok?": whether those of the news just answered lived
# (searched, "air india | is everyone safe?" found "...extra safety checks")
_ALL_RIGHT = frozenset("ok okay alright all right safe unharmed unhurt".split())
EVERYONE_ALL_RIGHT = (  # (bot/talk.py's too: asked alone, it follows the answer before)
    r"(?:was|were|is|are)\s+(?:everyone|everybody|all)\s+(?:ok|okay|alright|all\s+right"
    r"|safe|unharmed|unhurt)"
)
_EVERYONE_ALL_RIGHT = lazy(rf"^\W*{EVERYONE_ALL_RIGHT}\W*$", re.IGNORECASE)
# "Will ikea be affected?", "how was the blue lagoon affected?": asks what happens to X,
# which a sentence about X tells in its own words ("Retailers including IKEA have warned
# that some products could arrive late..."), as "what happened to X?" asks: no "affected"
# to look for (its weight kept the IKEA sentence under the bar)
_AFFECTED = frozenset("affected impacted".split())
_NAMED_KINDS = (
    "countries nations states cities towns villages regions areas places airports companies "
    "firms businesses airlines banks"
).split()
_BE_AFFECTED = lazy(
    r"^\W*(?:how\s+)?(?:will|would|could|might|may|is|are|was|were|has|have|had)\s+"
    r"(?:[\w'’&.-]+\s+){1,4}?(?:be\s+|been\s+|get\s+|got\s+)?(?:affected|impacted)"
    # ("was portugal affected too?", "...at all?", "...by it?": the same question)
    r"(?:\s+(?:too|as\s+well|at\s+all|either|badly|by\s+(?:it|this|that)))?\W*$"
    # ...and "how much of the world's reefs are affected?": how many of them it happened
    # to ("About 54 percent of the world's reef area has been exposed to heat stress...")
    r"|^\W*how\s+(?:much|many)\s+(?:of\s+)?(?:[\w'’&.-]+\s+){1,5}?(?:is|are|was|were"
    r"|(?:has|have|had)\s+been)\s+(?:affected|impacted)\W*$"
    # ...and "which countries were affected?": which places or firms it happened to, as
    # "which countries?" asks (the blackout's "...across both countries"; searched,
    # "affected" left the opening under the bar); not "which reefs are affected?", whose
    # answer is where, not "Reefs can recover..."
    rf"|^\W*(?:so\s+|and\s+)?(?:which|what)\s+(?:other\s+)?(?:{'|'.join(_NAMED_KINDS)})\s+"
    r"(?:is|are|was|were"
    r"|(?:has|have|had)\s+been|will\s+be)\s+(?:affected|impacted)(?:\s+by\s+(?:it|this|that))?"
    r"\W*$",
    re.IGNORECASE,
)
# "How bad is it?", "how serious was it?": how grave what was just answered is, which its
# news tells in its own words, opening with it (firsts/ledes.py; searched, "bad" left the
# coral bleaching's article, which writes none, with no answer)
_GRAVE = frozenset("bad serious severe grave".split())
HOW_GRAVE = lazy(
    r"^\W*(?:so\s+|and\s+)?how\s+(?:bad|serious|severe|grave)(?:\s+(?:is|was|are|were)\s+"
    r"(?:it|this|that|they|things|the\s+situation))?\W*$",  # ...or "how bad?" alone
    re.IGNORECASE,
)
# Words that ask nothing in a question of one form (no word to search): each of the words
# in a question its pattern matches whole ("does it work?", "what does X concern?", "what
# was the result?", "will X be affected?": those above)
_ASKING_IN_FORM = (
    (_WORKING, _IT_WORKS),
    (_WORKING, HOW_IT_WORKS),
    (_CONCERNING, _IT_CONCERNS),
    (_APPLYING, IT_APPLIES),
    (_RESULTS, _THE_RESULT),
    (_AFFECTED, _BE_AFFECTED),
    (_MARGIN_WORDS, _THE_MARGIN),
    (_ALL_RIGHT, _EVERYONE_ALL_RIGHT),
    (_GRAVE, HOW_GRAVE),
)
# "what's the deal with nvidia?" asks about Nvidia: its "deal" is no agreement.
_DEAL_WITH = lazy(r"\bwhat(?:s|'s|’s|\s+is)\s+the\s+(?:deal|story)$", re.IGNORECASE)


# The words a member calls what they name by, closing a question after its name ("tell
# me about the openai drama"), not naming it themselves ("tell me about the drama",
# "what's the big deal?"); so is what befell them ("what caused the titan disaster?": the
# Titan's article writes no "disaster", Chile's "the country's disaster agency"), and what
# was decided ("tell me about the boj decision": its opening, not "The yen weakened after
# the decision...")
_COLOUR_AFTER = frozenset(
    "thing things stuff situation saga incident episode drama mess fiasco debacle "
    "disaster tragedy catastrophe decision move announcement".split()
)
_NOT_NAMES = frozenset("this that whole entire big same other any some".split())
# ...and the time a member closes a question with, which is now ("this year")
NOW_UNITS = frozenset("year season week month".split())


def stands_for_earlier(question: str, token: Token) -> bool:
    """Whether ``token`` is a "one" standing for what was asked before ("when was the last
    one?" after "boeing strike": the strike before this one), no number to search for."""
    return token.word in ("one", "ones") and word_before(question, token) in _ONE_AFTER


def asks_bot(question: str, token: Token) -> bool:
    """Whether ``token`` asks the bot, by the word after it (ASKING), or frames what is
    asked, by the word before it (_FRAMED_AFTER: "how come" asks why; "who is behind"
    who did it)."""
    if word_before(question, token) in _FRAMED_AFTER.get(token.word, ()):
        return True
    if token.word == "behind" and _WHO_BEHIND.search(question, 0, token.end):
        return True
    if token.word == "nationality" and origin_asked(question):
        return True  # "what nationality is sinner?": no "nation" to look for
    if token.word in NOW_UNITS and word_before(question, token) == "this":
        # "who won the super bowl this year?": the news is of now, which its article need
        # not say ("It was the Eagles' second Super Bowl title, after their win ... in
        # 2018" came before the opening, which says no "year")
        return not _WORDS.findall(question, token.end)
    if token.word in _COLOUR_AFTER and not _WORDS.findall(question, token.end):
        before = word_before(question, token)  # "the openai drama", "the crowdstrike
        # thing": what one named is called so, where the corpus writes the word too
        # ("...a comedy-drama about a young sex worker")
        return bool(before) and before not in DETERMINERS and before not in _NOT_NAMES
    if token.word == "whatever":  # "the us open or whatever tennis thing sinner won":
        # how a member says they are unsure of a name, no word of the news
        return True
    if token.word in ("acronym", "acronyms", "abbreviation", "initials"):  # "what does the
        # acronym slim stand for?" asks what SLIM is short for, which no article calls so
        return True
    if token.word in ("anywhere", "anymore"):  # "is it banned anywhere?" asks whether
        # it is, as "is it banned?" does; "is it used anymore?" whether it still is
        return True
    if token.word in _IMPERATIVES and _OPENING_REQUEST.match(question[: token.start]):
        return True
    if (caught := CATCH_UP.match(question)) and token.start < caught.end():
        return True  # "catch me up on syria": asks to be told of Syria
    if token.word == "like" and not _WORDS.findall(question, token.end):
        return bool(_WHAT_LIKE.search(question, 0, token.end))
    if (
        token.word in ("deal", "story")
        and _DEAL_WITH.search(question, 0, token.end)
        and [w.lower() for w in _WORDS.findall(question, token.end)[:1]] == ["with"]
    ):
        return True
    if (
        token.word == "news"
        and _IN_THE_NEWS.search(question, 0, token.end)
        and not _WORDS.findall(question, token.end)
    ):
        return True  # "what earthquakes are in the news?": the news of them
    for words, before in ASKING:
        if token.word in words:
            if before is None:
                return True
            following = [w.lower() for w in _WORDS.findall(question, token.end)]
            return (following[0] if following else "") in before or (
                len(following) == 1 and f"{following[0]}$" in before
            )
    return False


def asks_in_form(question: str, token: Token) -> bool:
    """Whether ``token`` is a word asking nothing in ``question``'s form (_ASKING_IN_FORM):
    the "work" of "does it work?" (whether what was told of does what it is for), the
    "concern" of "what does X concern?" (what X is about), the "result" of "what was the
    result?" asked alone (the news of what was just answered: ``result_asked``), the
    "affected" of "will X be affected?" (what happens to X), the "margin" of "what was
    the margin?" (by how much the win just told was), the "safe" of "is everyone safe?"
    (whether they lived)."""
    return any(
        token.word in words and form.match(question) is not None for words, form in _ASKING_IN_FORM
    )


def result_asked(question: str) -> bool:
    """Whether ``question`` asks only the result ("what was the result?", "what's the
    final outcome?": _THE_RESULT), of what was just answered."""
    return _THE_RESULT.match(question) is not None


def asks_before_now(question: str, token: Token) -> bool:
    """Whether ``token`` is the "last" of a question asking when something happened
    before now ("when did this last happen?", "when was the last cut?"): how it asks, no
    word to look for (searched, it found "...a raid that lasted less than eight minutes"
    for "when was the last cut?" after the Bank of England's)."""
    if token.word != "last" or not _WHEN_BEFORE.search(question, 0, token.start):
        return False
    after = _WORDS.findall(question, token.end)[:1]
    if after and after[0].lower() in TIME_UNITS:  # "when last year?"
        return False
    return word_before(question, token) not in DETERMINERS or bool(
        _WHEN_THE_LAST.match(question, 0, token.end)
    )


# "When was the last cut?", "when's the last eruption?": the time of the latest one
_WHEN_THE_LAST = lazy(r"\W*when(?:['’]s|\s+(?:was|is|were|are|did))\s+the\s+last$", re.I)


def is_stop_typo(word: str, analyzer: Analyzer, vocabulary: Vocabulary) -> bool:
    """Whether a question's ``word``, which the corpus lacks, is a typo of a stop word
    ("waht", "hwo", "whre", "whwn") or two typed together ("whatare", "ofthe"): read as
    such, it is left out. Read as a corpus word instead, it asked something else ("waht"
    as "want"); left as it was, it was said to be missing."""
    if word in _stop_word_typos(analyzer.stop_words):
        return vocabulary.zipf(word) <= STOP_TYPO_MAX_ZIPF
    if word in _keys_off(analyzer.stop_words):
        return vocabulary.zipf(word) <= KEY_OFF_MAX_ZIPF
    glued = any(word[:cut] in _GLUED and word[cut:] in _GLUED for cut in range(1, len(word)))
    return glued and vocabulary.zipf(word) <= STOP_TYPO_MAX_ZIPF + 0.4


# The small words members type together ("whatare", "ofthe", "whois"): only these, as
# other stop words together make words ("for" and "gone", "as" and "under").
_GLUED = frozenset(
    "what when where who how why which is are was were of in to the a an on at for do "
    "does did it".split()
)


# Each letter's neighbours on a QWERTY keyboard, a finger a key off ("whwn", "thay"):
# beside it, and, each row sitting half a key right of the one above, the two above it
# at its place and the next, the two below at the one before and its place.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _near(row: int, col: int) -> str:
    places = [(row, col - 1), (row, col + 1), (row - 1, col), (row - 1, col + 1)]
    places += [(row + 1, col - 1), (row + 1, col)]
    return "".join(_ROWS[r][c] for r, c in places if 0 <= r < len(_ROWS) and 0 <= c < len(_ROWS[r]))


_NEAR = {letter: _near(r, c) for r, keys in enumerate(_ROWS) for c, letter in enumerate(keys)}


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


@lru_cache(maxsize=4)
def _keys_off(stop_words: frozenset[str]) -> frozenset[str]:
    """The stop words of four letters or more with one letter struck a key off on a
    QWERTY keyboard ("whwn", "thay"; "wham" is no "what": m is far from t)."""
    typos = set()
    for word in stop_words:
        if len(word) >= 4 and word.isalpha():
            typos.update(
                word[:i] + near + word[i + 1 :]
                for i in range(len(word))
                for near in _NEAR.get(word[i], "")
            )
    return frozenset(typos - stop_words)


# A letter typed three times or more, as chat draws a word out ("whooo", "jetsss").
_DRAWN_OUT = lazy(r"([a-z])\1{2,}")


def drawn_in(word: str, analyzer: Analyzer, vocabulary: Vocabulary) -> str:
    """The stop word or corpus word that ``word``, which the corpus lacks, draws out,
    each letter typed three times or more there twice or once ("goood": good, "whyyy":
    why, "russiaaa": russia); "" for none."""
    if not _DRAWN_OUT.search(word):
        return ""
    for kept in (r"\1\1", r"\1"):
        drawn = _DRAWN_OUT.sub(kept, word)
        term = analyzer.pair(drawn)[1]
        if drawn in analyzer.stop_words or (term and vocabulary.idf_of(term) is not None):
            return drawn
    return ""


# Chat spellings of the words that say what a question asks ("wat happend at the
# louvre", "wen did bitcoin hit 100k"): the query reads them as the stop words they are
# (analysis.QUESTION_FILLER), and the rules reading what is asked read them so too.
_SPELLED_OUT = {
    **dict.fromkeys(("wat", "wut", "wot"), "what"),
    **dict.fromkeys(("wen", "whn"), "when"),
    **dict.fromkeys(("whr", "wher"), "where"),
    "wht": "what",
    "wich": "which",
    "hw": "how",
    "whos": "who's",
    "whats": "what's",
    "hows": "how's",
    "wheres": "where's",
    "whens": "when's",
    "happend": "happened",
    "abt": "about",
    # "how mutch did mars pay?": read as "match" (a corpus word), "pay for the deal with
    # cash" came before "...for about $35.9 billion in cash"
    **dict.fromkeys(("mutch", "mch"), "much"),
    # "how mnay died in valencia": left out as a typo of a stop word, it asked no count
    # (Paiporta's "...where at least 62 people died" before "...killed at least 211")
    **dict.fromkeys(("mnay", "amny", "mny", "meny"), "many"),
    **dict.fromkeys(("cuz", "coz", "bcoz", "becuz", "bcuz"), "because"),
    # "hey bot quick q, who won eurovision?": no article mentions "q"
    **dict.fromkeys(("quick q", "quick qn", "quick qs"), "quick question"),
}
# ..."y" only opening a question before a verb that asks ("y did it fail?"; not "Y
# Combinator", "y chromosome")
_CHAT_SPELLED = lazy(
    rf"\b(?:{'|'.join(_SPELLED_OUT)})\b|^\W*y\b(?=\s+(?:did|do|does|is|are|was|were|would"
    r"|will|can|could|should|has|have|had|not|isnt|dont|doesnt|didnt|arent|wasnt|cant|wont)\b)",
    re.IGNORECASE,
)


# What a member says before a question that tells nothing of what it asks: "quick one:
# who won the super bowl?", "I have a question. what happened at the louvre?" (read as
# what the question follows up, they made it a follow-up, and the news of the win gave
# way to "It was the Eagles' second Super Bowl title...").
ASIDES = frozenset(
    """
    question questions quick one sure random curious sorry dumb stupid silly q ask asking
    wondering wonder idea clue bot
    """.split()
)


def spelled_out(question: str) -> str:
    """``question`` with chat spellings of question words written out (_SPELLED_OUT;
    "y" opening it as "why")."""
    return _CHAT_SPELLED.sub(lambda m: _SPELLED_OUT.get(m[0].lower(), "why"), question)


def word_before(question: str, token: Token) -> str:
    """The word of ``question`` before ``token``, in lowercase ("" for none)."""
    words = _WORDS.findall(question, 0, token.start)
    return words[-1].lower() if words else ""
