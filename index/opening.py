"""Questions that ask for an article's gist ("tl;dr?", "what is this article about?"): its
opening sentences answer them, quoted as any answer is."""

from __future__ import annotations

import re

from .analysis import Analyzer
from .patterns import lazy
from .reading import THE_US

# Words that ask for the gist of an article rather than name what they are about, and the
# words around them ("give me a short summary of the article please").
_ASKING = frozenset(
    "summary summaries summarize summarise summarized summarised tldr tl dr recap gist "
    "overview about explain takeaway takeaways".split()
)
_AROUND = frozenset(
    "give me us a an the of it this that these those article articles news story stories "
    "can could you please pls short quick what s is are all in brief briefly main key "
    "point points whats what's what’s does do did".split()
)
_MAIN, _POINT = frozenset("main key".split()), frozenset("point points".split())
# The words that ask for a gist even beside others, which then name the article ("tl;dr
# Warsaw", "summarize the Harvard article"); "about" does so only beside "article" ("what
# is the Warsaw article about?"), where "what about China?" asks about China.
_NAMING = frozenset("summary summarize summarise tldr tl dr recap gist overview takeaways".split())
_ARTICLE = frozenset("article story piece".split())
# What an article is said to tell, beside "article": "what does the Aeroflot article say?"
_TELLS = frozenset("say says said tell tells".split())
_SAYS_ABOUT = lazy(r"\b(?:say|says|said|tell|tells)\b.*\babout\b", re.IGNORECASE)
# What a member asks of an article itself, beside "article" ("when was the earthquake
# article published?", "who wrote the ASML story?", "link to the Copa article"): its
# source line answers it (title, outlet, date, link), under its opening; they said no
# article mentions "published". Not "from": "Which article of the Treaty ... states that
# Commissioners should not take instructions from any Government?" asks of a treaty.
_OF_IT = frozenset("published written wrote author source link date dated posted".split())
_OF_IT_AROUND = frozenset("when who where was were by to".split())
# "tell me about X", "what do you know about X", "explain X", "what should I know about
# X", "I want to learn about X", "fun facts about X", "what's the deal with X": the gist of
# the article titled X, where one is (``told_about``); X is searched as any question
# otherwise.
_TOLD = lazy(
    r"^\s*(?:(?:(?:can|could|would) you\s+)?(?:please\s+)?"
    r"(?:(?:tell|teach) (?:me|us)(?: more)? about|explain|describe|eli5)"
    r"|what (?:do|can) you (?:know|tell (?:me|us)) about"
    r"|what (?:should|do|must) (?:i|we) (?:need to )?know about"
    r"|i(?:'d| would)? (?:want|like|love) to (?:know|learn|hear|read) (?:more )?about"
    r"|(?:any(?:thing)? )?(?:(?:fun|interesting|key) )?facts? (?:about|on)"
    r"|anything interesting (?:about|on)"
    r"|what(?:'s|’s|s| is) the (?:deal|story) with)\s+"
    r"(?:(?:the|an?)\s+)?(.+?)[\s?.!]*$",
    re.IGNORECASE,
)
# A question that is a name alone ("Warsaw?", "the 1973 oil crisis"): the gist of the
# article titled so, where one is, as "tell me about Warsaw" (``named_alone``).
_ALONE = lazy(r"^\s*(?:(?:the|an?)\s+)?([^?!.,;:]+?)[\s?.!]*$", re.IGNORECASE)
# A first word that makes it a question, or a follow-up ("and the zoo?"), not a name.
_QUESTION_WORDS = frozenset(
    "who whom whose what whats when where why how which is are was were do does did can "
    "could will would should has have had and but or so also then plus".split()
)
MAX_NAME_WORDS = 6
# How a question asking for a gist is written where a member wrote only a link.
GIST = "tl;dr"
# How many of an article's first sentences answer: a news article's opening (its lede)
# says what it reports, the rest tells more. Three a page, as answers are.
OPENING_SENTENCES = 6


def asks_gist(question: str) -> bool:
    """Whether ``question`` asks only for an article's gist.

    >>> asks_gist("tl;dr?"), asks_gist("what is this article about?"), asks_gist("key points")
    (True, True, True)
    >>> asks_gist("what about China?"), asks_gist("explain the sanctions"), asks_gist("point")
    (False, False, False)
    >>> asks_gist("what about the us?"), asks_gist("give us a summary")
    (False, True)
    """
    if THE_US.search(question):  # "what about the us?" names the US, as China is named,
        # as the question is read (reading.the_us): not "give us a summary"
        return False
    words = re.findall(r"[^\W\d_]+", question.casefold())
    asking = _ASKING.intersection(words) or (
        _MAIN.intersection(words) and _POINT.intersection(words)
    )
    return bool(asking) and all(w in _ASKING or w in _AROUND for w in words)


def gist_subject(question: str) -> str:
    """What a question asking for a gist names besides ("tl;dr Warsaw", "summarize the
    Harvard article", "what is the oil crisis article about?", or asking of the
    article itself: "when was the earthquake article published?"): the article it
    means, by a part of its title; "" where it asks no gist or names nothing else.

    >>> gist_subject("tl;dr Warsaw"), gist_subject("What is the oil crisis article about?")
    ('Warsaw', 'oil crisis')
    >>> gist_subject("what's the Rohingya story about"), gist_subject("what did the story say")
    ('Rohingya', '')
    >>> gist_subject("tl;dr"), gist_subject("what about China?"), gist_subject("explain jets")
    ('', '', '')
    >>> gist_subject("when was the earthquake article published?")
    'earthquake'
    >>> gist_subject("who wrote the ASML story?"), gist_subject("what is article 49 from?")
    ('ASML', '')
    >>> gist_subject("what are the main points of the cocoa story?")
    'cocoa'
    """
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", question)
    folded = {w.casefold() for w in words}
    # "what does the article say about elephants?" asks about elephants: searched.
    told = _ARTICLE & folded and not _SAYS_ABOUT.search(question)
    of_it = told and _OF_IT & folded
    told = told and ("about" in folded or _TELLS & folded or of_it)
    # "the main points of the cocoa story" (not "the main point of the fee", its aim)
    main_points = _MAIN & folded and "points" in folded
    if not (_NAMING & folded or told or main_points):
        return ""
    around = _ASKING | _AROUND | _TELLS | (_OF_IT | _OF_IT_AROUND if of_it else frozenset())
    named = [w for w in words if w.casefold() not in around]
    return " ".join(named)


def told_about(question: str) -> str:
    """What a question asking to be told about something names ("tell me about the
    Yuan dynasty", "what do you know about Warsaw?"), which is an article's gist where
    it is that article's title (``titled_so``); "" for other questions.

    >>> told_about("Tell me about the Yuan dynasty?"), told_about("what do you know about Warsaw")
    ('Yuan dynasty', 'Warsaw')
    >>> told_about("what should I know about the Huguenots"), told_about("fun facts about Warsaw")
    ('Huguenots', 'Warsaw')
    >>> told_about("i want to learn about Islam"), told_about("what's the deal with Islamism?")
    ('Islam', 'Islamism')
    >>> told_about("who told me about Warsaw?"), told_about("tell me about")
    ('', '')
    """
    found = _TOLD.match(question)
    return found.group(1) if found else ""


def named_alone(question: str) -> str:
    """A question that is a name alone, and asks nothing of it ("Warsaw?", "the Yuan
    dynasty"), which is an article's gist where it is that article's title, as
    ``told_about``'s is; "" for other questions.

    >>> named_alone("Warsaw?"), named_alone("the Yuan dynasty"), named_alone("who won?")
    ('Warsaw', 'Yuan dynasty', '')
    >>> named_alone("and the zoo?"), named_alone("Rohingya refugees face aid cuts?")
    ('', 'Rohingya refugees face aid cuts')
    >>> named_alone("jets -Warsaw")
    ''
    """
    found = _ALONE.match(question)
    if not found:
        return ""
    words = found.group(1).split()
    if len(words) > MAX_NAME_WORDS or words[0].casefold() in _QUESTION_WORDS:
        return ""
    if any(w.startswith("-") for w in words):  # "-Warsaw" asks for passages without it
        return ""
    return found.group(1)


def title_asked(question: str) -> str:
    """What ``question`` names that an article's title may be, whose gist it then asks:
    what it asks to be told about (``told_about``: "tell me about Warsaw") or a name
    alone (``named_alone``: "Warsaw?"); "" for other questions."""
    return told_about(question) or named_alone(question)


def titled_so(subject: str, title: str, analyzer: Analyzer) -> bool:
    """Whether ``subject`` says ``title`` word for word, as terms ("the Normans",
    "Norman" for "Normans"), with no word more or fewer."""
    terms = analyzer.analyze(subject)
    return bool(terms) and terms == analyzer.analyze(title)
