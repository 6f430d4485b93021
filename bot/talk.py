"""What members say to the bot that asks the news nothing: thanks, greetings, "help",
"source?"."""

from __future__ import annotations

import re
from enum import Enum

from index.asked import asks_cause_alone, asks_next_alone, judges_amount, reaction_alone
from index.asked_amounts import HOW_WORDS
from index.asking import asks_denied, unaddressed
from index.chat import EVERYONE_ALL_RIGHT, HOW_GRAVE, MARGIN_NAMED, TIME_UNITS
from index.opening import asks_gist

# Words that thank or acknowledge and ask nothing: "thanks!", "ok cool", "ty 🙏", in the
# languages the commands are translated into too. A reply made of them to an answer is
# no follow-up question (read as one, its stop words would ask the question again).
_THANKS = frozenset(
    """
    thanks thank thx ty tysm tyvm cheers appreciated appreciate ok okay k kk cool great
    nice awesome perfect amazing brilliant excellent lol lmao haha hah got gotcha neat
    merci gracias danke obrigado obrigada vielen dank bien super
    """.split()
)
# "never mind": nothing to answer, nothing to thank for.
_NEVER_MIND = frozenset({"nvm", "never mind", "nevermind", "forget it", "no worries"})
NO_PROBLEM = "No problem."
# Praise that thanks only in reply to an answer ("good bot", "well done"): alone, "good"
# may start a question.
_PRAISE = frozenset("good well done wow helpful interesting".split())
_FILLER = frozenset(
    "you so much very a lot it that this bot man mate again all the beaucoup muchas schön "
    "everyone guys folks one job work answer".split()
)


# What the bot says to thanks: a reply that asks nothing gets no answer quoted again.
THANKED = "You're welcome!"
# What it says to "help", "what can you do?" or a greeting, instead of searching the
# news for "help" (and quoting a sentence about helping) or finding no answer to "hi".
HOW_TO_ASK = (
    "I answer questions from the news articles I have, quoting the sentences that answer "
    "them with their source. Ask me one, e.g. “who supplies Myanmar's jets?” (in a "
    "channel, mention me first), or use /ask; /sources lists the articles, /help tells "
    "the rest."
)
GREETED = f"Hi! {HOW_TO_ASK}"
_GREETINGS = frozenset("hi hello hey heya hiya yo howdy greetings sup gm hallo hola salut".split())
_DAYTIMES = frozenset("morning afternoon evening".split())  # "good morning"
# "how are you?" greets too: searched, it found "no answer".
_HOW_ARE_YOU = frozenset(
    f"{how} {are} {you}{doing}"
    for how in ("how", "hows")
    for are in ("are", "r", "is")
    for you in ("you", "u", "it")
    for doing in ("", " doing", " going")
) | frozenset({"whats up", "what s up", "wassup", "whatsup", "how s it going"})
# "bye", "good night": said goodbye to, not searched for.
_FAREWELLS = frozenset("bye goodbye byebye cya night goodnight later ciao".split())
_FAREWELL_FILLER = frozenset("good see you u ok okay thanks for now all everyone then".split())
BYE = "Bye! Ask me anytime."
_GREETING_FILLER = _DAYTIMES | frozenset("there everyone all good bot folks guys".split())
# Questions about the bot itself, as members write them (words only, lowercase).
_ABOUT_ME = frozenset(
    {
        "help",
        "help me",
        "helpme",
        "commands",
        "usage",
        "how to use",
        "how do i use you",
        "how do i use this",
        "how does this work",
        "how do you work",
        "what can you do",
        "what do you do",
        "what are you",
        "who are you",
        "what are your commands",
        "who r u",
        "who are u",
        "what r u",
        "what do you know",
        "what do u know",
        "what do you know about",
        "what can i ask",
        "what can i ask you",
        "what should i ask",
        "what questions can i ask",
        "what can you answer",
        # what it may be asked, as members put it: searched, they found nothing
        "what can you tell me",
        "what can you tell me about",
        "what can u tell me",
        "tell me everything",
        "tell me everything you know",
        "what else do you know",
        "what else can you tell me",
        # who or what the bot is: searched, "who made you?" quoted "Russian-made jets"
        *(
            f"who {verb} {you}"
            for verb in ("made", "built", "created", "wrote", "programmed")
            for you in ("you", "u", "this bot", "this", "the bot")
        ),
        *(
            f"{are} {you} {what}"
            for are in ("are", "r")
            for you in ("you", "u")
            for what in (
                "a bot",
                "an ai",
                "ai",
                "a robot",
                "human",
                "a human",
                "real",
                "a real person",
                "a chatbot",
            )
        ),
        "what is this bot",
        "what s this bot",
        "whats this bot",
        "what bot is this",
        "what kind of bot are you",
    }
)


def small_talk(text: str, after_answer: bool = False) -> str:
    """What to say to a message that asks the news nothing: thanks ("thanks!", or a 👍
    ``after_answer``, in reply to one), a greeting, a question about the bot itself
    ("help", "what can you do?"), a request for sources ("source?"), a follow-up of no
    answer ("tell me more", not ``after_answer``) or, in reply to an answer, a complaint
    ("wrong!"); "" for anything else, which is a question ("tl;dr?"
    too: an article's opening answers it, index/opening.py).

    >>> small_talk("Thanks!"), small_talk("help?") == HOW_TO_ASK, small_talk("who won?")
    ("You're welcome!", True, '')
    >>> small_talk("hey bot, thanks")  # a greeting opening it aside (``unaddressed``)
    "You're welcome!"
    """
    text = unaddressed(text)
    if acknowledges(text) or (after_answer and (_approves(text) or _praises(text))):
        return THANKED
    words = _words(text)
    phrase = " ".join(words)
    if phrase in _NEVER_MIND:
        return NO_PROBLEM
    if after_answer and phrase in _WHOSE_NEWS:  # of the answer's article, not of the bot
        return WHERE_FROM
    if phrase in _ABOUT_ME:
        return HOW_TO_ASK
    if _only(words, _GREETINGS | _DAYTIMES, _GREETING_FILLER) or _asks_how_i_am(words):
        return GREETED
    if _only(words, _FAREWELLS, _FAREWELL_FILLER) or phrase in {"see you", "see ya"}:
        return BYE
    if _only(words, _SOURCE, _SOURCE_FILLER) or phrase in _SOURCE_PHRASES:
        return WHERE_FROM
    if phrase in _FORGET_ME:
        return USE_FORGET
    if after_answer and phrase in _DOUBTS:
        return CHECK_IT
    if not after_answer and phrase in _IS_IT_TRUE:  # of nothing said: of which claim?
        return ASK_THE_CLAIM
    if not after_answer and (asks_for_more(text) or asks_why(text)):
        return REPLY_TO_FOLLOW  # "tell me more", "why?": of which answer?
    said = re.sub(
        r"\bnot (right|true|correct|accurate|what i (asked|meant|wanted))\b", "wrong", phrase
    )
    if after_answer and _only(said.split(), _WRONG, _WRONG_FILLER):
        return MARK_IT
    return ""


# "source?", "link please": where a quote comes from is said under it.
_SOURCE = frozenset("source sources link links citation cite proof reference ref".split())
_SOURCE_FILLER = frozenset("what where is the s it this from please pls any a your".split())
_SOURCE_PHRASES = frozenset(
    {
        "where is this from",
        "where s this from",
        "where does this come from",
        "where did you get this",
        "where did you get that",
        "where are you getting this from",
        "where do you get this from",
        "how do you know",
        "how do you know that",
        # the date is under each quote too
        "when was this published",
        "when was this written",
        "when is this from",
        "what date is this from",
        "how old is this",
        "how old is this article",
        "how old is this news",
        "is this recent",
        "is this up to date",
        "is this old news",
        "what article is this from",
        "which article is this from",
        "what article is this",
        "which article is this",
        "what outlet is this from",
        "which outlet is this from",
    }
)
# In reply to an answer, who made "this" is who wrote the news quoted ("who wrote
# this?" said how to use the bot, as it does unfollowed: "this" is then the bot).
_WHOSE_NEWS = frozenset(
    f"who {verb} {this}"
    for verb in ("wrote", "published", "reported", "said")
    for this in ("this", "that", "it", "this article", "the article")
)
WHERE_FROM = (
    "Each passage I quote names its source under it: the article's title (a link to it "
    "when it has a web page, and “paragraph N, sentence M” links to the sentence itself), "
    "the outlet and the date. /article shows an article whole, with its author; /sources "
    "lists them all."
)
# "tell me more", "why?" not in reply to an answer: they follow one up, and say nothing
# of which (searched, they found "no answer").
REPLY_TO_FOLLOW = (
    "To follow up one of my answers, reply to it (with the mention on): “tell me more” "
    "gives its next passages, “why?” the sentences around them. Or ask me a question."
)
# "really?", "are you sure?", in reply to an answer: the quotes are there to be checked.
_DOUBTS = frozenset(
    {
        "really",
        "really though",
        "seriously",
        "hmm",
        "hm",
        "huh",
        "sure",
        "are you sure",
        "r u sure",
        "you sure",
        "is that true",
        "is this true",
        "is that right",
        "is this right",
        "is that correct",
        "is it true",
        "no way",
        # "no article mentions “confirmed”" before
        "is that confirmed",
        "is this confirmed",
        "is that accurate",
        "is this accurate",
        "is that real",
        "are you certain",
    }
)
CHECK_IT = (
    "I quote the articles word for word, so I am as sure as they are: each quote names its "
    "article, and “paragraph N, sentence M” links to the sentence itself, for you to check. "
    "If a quote does not answer what you asked, press 👎."
)
# "is this true?", "fact check" of no answer (a link aside: no page is read): what to ask.
_IS_IT_TRUE = frozenset(
    {
        "is this true",
        "is that true",
        "is it true",
        "is this right",
        "is this correct",
        "is this real",
        "is this fake",
        "true or false",
        "fact check",
        "fact check this",
    }
)
ASK_THE_CLAIM = (
    "Ask me about the claim itself (“did Russia supply Myanmar's jets?”): I quote what the "
    "articles say of it, each quote with its source."
)
# "forget me", "delete my data": what /forget does, asked in words.
_FORGET_ME = frozenset(
    {
        "forget me",
        "forget about me",
        "delete my data",
        "remove my data",
        "delete my questions",
        "delete my history",
        "what do you know about me",
        "what data do you keep",
        "what do you store",
    }
)
USE_FORGET = (
    "I keep the questions you ask me and your votes, for the buttons, replies and the "
    "moderators' counts (which name no one). /forget deletes your votes and takes your "
    "id off your questions; /help says how long the rest is kept."
)
# "wrong!", "that's not right", in reply to an answer: the 👎 tells the moderators.
_WRONG = frozenset("wrong incorrect false inaccurate nonsense useless bad irrelevant".split())
_WRONG_FILLER = frozenset(
    "that s is this answer the totally completely so very not right a it quite all bot "
    "you are re thats".split()
)
MARK_IT = (
    "Sorry about that. Press 👎 under the answer: the moderators see the question and "
    "the passages I quoted, and can add what the articles lack."
)


# What members write to ask what the corpus has that is new (words only, lowercase).
_WHATS_NEW = frozenset(
    {
        "what s new",
        "whats new",
        "what is new",
        "anything new",
        "any news",
        "news",
        "latest",
        "latest news",
        "the latest",
        "what s the latest",
        "whats the latest",
        "what is the latest",
        "recent news",
        "headlines",
        "today s headlines",
        "what s the news",
        "whats the news",
        "what s happening",
        "whats happening",
        "updates",
        "any updates",
        "any update",
        "any news today",
        "news today",
        "today s news",
        "todays news",
        "breaking news",
        "breaking",
        "top stories",
        "top news",
        "what happened today",
        "what happened this week",
        "what happened last week",
        "what happened yesterday",
        "what happened recently",
        "what happened lately",
        "what happened this month",
        "news from last week",
        "last week s news",
        "news this week",
        "news from this week",
        "this week s news",
        "this weeks news",
        "what s going on",
        "whats going on",
        "what is going on",
        # more than an answer gave: searched, "any other news?" quoted "...state news
        # agency TASS"
        "any other news",
        "other news",
        "what else is new",
        "what else is going on",
        "anything else new",
        # the headlines, the big stories, what to know: searched, "what's the biggest
        # story?" quoted "Lower food prices were the biggest reason...", "tell me
        # something interesting" the Bank of England's "interest rates"
        *(f"{ask} headlines" for ask in ("the", "give me the", "show me the", "what are the")),
        *(
            f"{ask} {big} {thing}"
            for ask in ("what s the", "whats the", "what is the", "the")
            for big in ("biggest", "big", "main", "top")
            for thing in ("story", "stories", "news")
        ),
        "tell me something interesting",
        "anything interesting",
        "what should i know",
        "what should i know today",
        # the newest article asked by its name ("no article mentions “article”")
        *(
            f"{ask}{the} {newest} {thing}".strip()
            for ask in ("what s", "whats", "what is", "which is", "show me", "")
            for the in (" the", "")
            for newest in ("newest", "latest", "most recent", "last")
            for thing in ("article", "articles", "story", "stories", "news")
        ),
    }
)


# What members write to see the articles the bot knows (words only, lowercase): the
# list /sources shows answers it, not a search for the word "articles".
_LIST_ARTICLES = frozenset(
    f"{verb}{article} {things}".strip()
    for verb in ("list", "list all", "show", "show me", "show all", "see", "")
    for article in ("", " the", " your", " all the", " all your")
    for things in ("articles", "sources", "stories", "article list", "list of articles")
) - {"sources"} | frozenset(  # "sources?" alone, as "source?", asks where quotes come from
    {
        "what articles do you have",
        "which articles do you have",
        "what articles are there",
        "what articles",
        "which articles",
        "what sources do you have",
        "what news do you have",
        "what stories do you have",
        "how many articles do you have",
        "how many articles",
        "how many articles are there",
        "how many articles do you know",
        "how many stories",
        "how many stories are there",
        "how many stories do you have",
        "how many sources",
        "how many sources do you have",
        "what topics",
        "what topics are there",
        "what topics do you know",
        "what topics do you know about",
        "what topics do you cover",
        "what do you cover",
        "what can i ask about",
        "what can i ask you about",
        "what topics can i ask about",
        "what topics can i ask you about",
        "what subjects can i ask about",
        "what can you tell me about",
    }
)


def asks_for_articles(text: str) -> bool:
    """Whether ``text`` asks which articles the bot knows ("list articles", "what topics
    do you cover?"): /sources' list answers it.

    >>> asks_for_articles("List the articles!"), asks_for_articles("articles on Myanmar")
    (True, False)
    >>> asks_for_articles("how many articles are there?")
    True
    """
    return " ".join(_words(text)) in _LIST_ARTICLES


def asks_whats_new(text: str) -> bool:
    """Whether ``text`` asks what is new ("what's new?", "latest news"): the newest
    articles answer it, not a search for the word "new".

    >>> asks_whats_new("What's new?"), asks_whats_new("what's new in Myanmar?")
    (True, False)
    >>> asks_whats_new("what's the newest article?"), asks_whats_new("the last story on India")
    (True, False)
    >>> asks_whats_new("what is the big news today?"), asks_whats_new("what's new right now")
    (True, True)
    """
    phrase = " ".join(_words(text))
    return phrase in _WHATS_NEW or _NOW_CLOSING.sub("", phrase) in _WHATS_NEW


# A time closing it that is now ("what is the big news today?": searched, it quoted "...told
# a news conference in Tallahassee")
_NOW_CLOSING = re.compile(r"\s+(?:today|now|right now|tonight|this morning|at the moment)$")


# What asks, in reply to an answer, why or how it is so ("why?", "how so?", "context?"):
# the articles' sentences around the quotes say more of it than the quotes.
_WHY = frozenset(
    {
        "why",
        "how",
        "how so",
        "why so",
        "why is that",
        "why tho",
        "why though",
        "y",
        "y tho",
        "y though",
        "how come",
        "what for",  # "who won the physics nobel?" ... "what for?"
        "for what",
        # what the article says next: "what happened next?" after "who was left out?" of
        # the tariffs ("Canada and Mexico were left out..."; "Stock markets fell sharply")
        "what happened next",
        "what happened then",
        "what happened after that",
        "then what",
        "and then",
        "explain",
        "explain please",
        "explain that",
        "what do you mean",
        "meaning",
        "context",
        "more context",
        "any context",
        "in what context",
        "what",
        "wait what",
        "i don t understand",
        "i dont understand",
        "i don t get it",
        "i dont get it",
        # why it matters: what the article says around it ("why does it matter?" after the
        # Bank of Japan's rise: "...ending eight years of negative rates", "Japan was the
        # last major economy to keep rates below zero")
        *(
            f"{asked} {this} {matters}"
            for this in ("it", "this", "that")
            for asked, matters in (
                ("why does", "matter"),
                ("why is", "important"),
                ("why is", "significant"),
                ("why is", "a big deal"),
                ("what does", "mean"),
            )
        ),
        "so what",
    }
)


def asks_why(text: str) -> bool:
    """Whether ``text`` (a reply to an answer) asks only why or how it is so.

    >>> asks_why("Why?"), asks_why("how so?"), asks_why("why did Russia help?")
    (True, True, False)
    >>> asks_why("y tho"), asks_why("why does it matter?"), asks_why("why does it matter to japan?")
    (True, True, False)
    """
    return " ".join(_words(text)) in _WHY


# What a mention in reply to someone else's message asks of that message ("@qabot is
# this true?", "fact check"): the bot cannot read it without the Message Content intent.
_ABOUT_THEIRS = _DOUBTS | frozenset(
    {
        "true",
        "true or false",
        "fact check",
        "fact check this",
        "fact check that",
        "factcheck",
        "check this",
        "check that",
        "verify",
        "verify this",
        "verify that",
        "is this legit",
        "is that legit",
        "source",
        "source for this",
        "source for that",
        "thoughts",
        "any thoughts",
        "what do you think",
        "explain",
        "explain this",
        "explain that",
        "answer this",
        "answer that",
        "can you answer this",
        "can you answer that",
        "what about this",
    }
)


_POLITE = frozenset("please pls plz bro lol".split())


def asks_about_theirs(text: str) -> bool:
    """Whether ``text`` (a mention in reply to another member's message) asks only about
    that message: whether it is true, a source for it, what the bot thinks of it.

    >>> asks_about_theirs("is this true?"), asks_about_theirs("who supplies jets?")
    (True, False)
    """
    return " ".join(w for w in _words(text) if w not in _POLITE) in _ABOUT_THEIRS


# Words that ask for more of an answer ("tell me more", "what else?", "go on").
_MORE = frozenset("more else continue next others further on".split())  # "go on"
_MORE_FILLER = frozenset(
    "tell me us any anything what and please pls show give some go keep going is there "
    "other can you who where which anyone".split()  # "who else?", "where else?"
)
# A reply that only prompts the answer on ("and?", "so?", "and then?").
# ...and "what's going on?" as "what is going on?" is read ("go on": not "what's next?")
_PROMPTS = frozenset(
    {"and", "so", "and then", "then what", "ok and", "and so", "what then"}
    | {"what s going on", "whats going on"}
)


# How a follow-up of the last answer begins ("and China?", "what about India?").
_FOLLOWING = re.compile(r"(?:and|what about|how about|but|also)\b", re.IGNORECASE)
# The words that name someone or something only after it was named: "who greeted him?",
# "when did they meet?", "where is it?" ("it" in "is it true that..." too: a claim checked
# right after an answer is most often about it).
_PRONOUNS = frozenset(
    "he him his himself she her hers herself they them their theirs themselves it its".split()
)
# "there" last names a place only after it was named: "who is the president there?",
# "what happened there?" ("is there a tsunami warning?", "what sanctions are there?" ask
# whether there are any).
_THERE = re.compile(r"\b(?!(?:is|are|was|were|be|been)\b)\w+\s+there[\s?!.]*$", re.IGNORECASE)
# "this" or "that" where a pronoun stands, a question's subject or its last word, names
# what was just answered: "when did this happen?", "when did this last happen?", "who
# did that?" (not "this year", nor "how do we know that it works?"; "what is this?" may
# ask what the bot is).
_THIS = re.compile(
    r"^\W*(?:when|where|why|how|who)\b.*?(?:"
    r"\b(?:did|does|do|was|is|were|will|has|have|had|would|could|can)\s+(?:this|that)\b"
    rf"(?!\s+(?:{'|'.join(sorted(TIME_UNITS))})\b)"
    r"|\b(?:this|that)[\s?!.]*$)",
    re.IGNORECASE,
)
# A question word alone asks about what was just answered: "when?", "how long?", "since
# when?", "by how much?", "for how much?", "where exactly?", "when was that?" (as a new
# question it holds nothing to search); "what is this?" may ask what the bot is.
_HOW = "|".join(HOW_WORDS)
_ASKING_ALONE = re.compile(
    r"(?:(?:since|until|till|by|for|from|to|in|at|with)\s+)?"
    r"(?:when|where|who|whom|whose|what|which|how)"
    rf"(?:\s+(?:{_HOW}|exactly|else|then))?"
    r"(?:\s+(?:was|is|were|did|does|do)\s+that)?[\s?!.]*"
    # "when was this?", "where is this?", "how old is this?" (not "what is this?", which
    # may ask what the bot is)
    rf"|(?:when|where|how(?:\s+(?:{_HOW}))?)\s+(?:was|is|were|did|does|do)\s+this[\s?!.]*"
    # "what was the score?", "final score?", "what were the results?", "what was the
    # margin of victory?": the result of what was just answered
    r"|(?:what(?:'s|’s|s| is| was| are| were)?\s+(?:the\s+)?)?(?:final\s+)?(?:score"
    rf"|results?|outcomes?|{MARGIN_NAMED})"
    r"[\s?!.]*"
    # "who is the star?", "who stars?": who acts in the film just answered (asked_by.CAST)
    r"|who(?:\s+is|\s+was|['’]s|s)\s+(?:the\s+)?(?:star|lead|lead\s+actor|lead\s+actress"
    r"|main\s+actor|main\s+actress)[\s?!.]*|who\s+(?:stars|starred)[\s?!.]*"
    # "was everyone ok?": whether those of what was just answered lived ("everyone" and
    # "ok" name nothing to search)
    rf"|{EVERYONE_ALL_RIGHT}[\s?!.]*"
    # "when was the last time?": the last time of what was just answered
    r"|(?:when|where)\s+(?:was|is|were|will\s+be)\s+the\s+(?:last|first|previous|next)"
    r"\s+(?:time|one)[\s?!.]*"
    # "what happened?", "what is happening?", "what's going on?": the news just answered,
    # whose article opens with it (asked with no answer before, what's new: request_in)
    r"|what(?:\s+(?:has|had|is|was)|['’]?s)?\s+(?:happened|happening|going\s+on)"
    r"(?:\s+(?:then|exactly))?[\s?!.]*"
    # "how many were there?", "how many before?": a count of what was just answered ("how
    # many cases are there?" names what it counts; "were there" alone asks whether any)
    r"|how\s+(?:many|much)(?:\s+(?:is|are|was|were)\s+there)?"
    r"(?:\s+(?:before|then|now|altogether|in\s+total))?[\s?!.]*"
    # "will there be more?": whether what was just answered will recur ("will there be
    # more eruptions?" names what it asks of)
    r"|(?:will|would|could|might|may|can)\s+there\s+be\s+(?:any\s+)?(?:more|another|others)"
    r"(?:\s+(?:of\s+them|soon|again))?[\s?!.]*"
    # "what age?", "what year?": how old or when, of what was just answered
    r"|(?:(?:at|in|on|from|since|until)\s+)?(?:what|which)\s+(?:age|year|date|day|month|time)"
    r"(?:\s+(?:was|is|were|did|does|do)\s+(?:that|this|it))?[\s?!.]*"
    # "what's the age limit?", "is there a minimum age?": of the rule just answered
    r"|(?:(?:what(?:'s|’s|s| is| was| are| were)?|is\s+there)\s+(?:the\s+|an?\s+)?)?"
    r"(?:age\s+(?:limit|cut-?off|restriction|requirement)|(?:minimum|legal)\s+age)s?[\s?!.]*",
    re.IGNORECASE,
)


def leans_on_earlier(text: str) -> bool:
    """Whether ``text`` only makes sense after an answer: it asks for more of it, why, its
    gist or whether it is true, goes on from it ("and China?") or speaks of what it named
    by a pronoun ("who greeted him?"); with no reply (members rarely reply to a message),
    it follows up the member's last answer there, in a DM or a channel.

    >>> leans_on_earlier("and China?"), leans_on_earlier("tl;dr"), leans_on_earlier("who won?")
    (True, True, False)
    >>> leans_on_earlier("who greeted him?"), leans_on_earlier("who greeted Min Aung Hlaing?")
    (True, False)
    >>> leans_on_earlier("when?"), leans_on_earlier("How long?"), leans_on_earlier("what is this?")
    (True, True, False)
    >>> leans_on_earlier("how far?"), leans_on_earlier("how soon?"), leans_on_earlier("by when?")
    (True, True, True)
    >>> leans_on_earlier("for how much?"), leans_on_earlier("to whom?")
    (True, True)
    >>> leans_on_earlier("when was this?"), leans_on_earlier("how long was this?")
    (True, True)
    >>> leans_on_earlier("what was the score?"), leans_on_earlier("who scored?")
    (True, False)
    >>> leans_on_earlier("what were the results?"), leans_on_earlier("the results of the vote?")
    (True, False)
    >>> leans_on_earlier("what was the cause?"), leans_on_earlier("what was the cause of the fire?")
    (True, False)
    >>> leans_on_earlier("is that a lot?"), leans_on_earlier("is that a lot of rain for dubai?")
    (True, False)
    >>> leans_on_earlier("who is the president there?"), leans_on_earlier("is there a war?")
    (True, False)
    >>> leans_on_earlier("what happened there"), leans_on_earlier("what sanctions are there?")
    (True, False)
    >>> leans_on_earlier("who wrote this?"), leans_on_earlier("who wrote the Bible?")
    (True, False)
    >>> leans_on_earlier("when was the last time?"), leans_on_earlier("when was the last war?")
    (True, False)
    >>> leans_on_earlier("what age?"), leans_on_earlier("in what year?")
    (True, True)
    >>> leans_on_earlier("what's the age limit?"), leans_on_earlier("age limit for tiktok?")
    (True, False)
    >>> leans_on_earlier("when did this happen?"), leans_on_earlier("who did that?")
    (True, True)
    >>> leans_on_earlier("when did this year's festival start?"), leans_on_earlier("what is this?")
    (False, False)
    >>> leans_on_earlier("who doesn't?"), leans_on_earlier("who doesn't pay the fee?")
    (True, False)
    >>> leans_on_earlier("what happened?"), leans_on_earlier("what happened at the louvre?")
    (True, False)
    >>> leans_on_earlier("what is happening?"), leans_on_earlier("what is happening in gaza?")
    (True, False)
    >>> leans_on_earlier("how many were there?"), leans_on_earlier("how many cases are there?")
    (True, False)
    >>> leans_on_earlier("will there be more?"), leans_on_earlier("will there be more eruptions?")
    (True, False)
    >>> leans_on_earlier("how did people react?"), leans_on_earlier("how did china react?")
    (True, False)
    >>> leans_on_earlier("how bad?"), leans_on_earlier("how bad was the flooding?")
    (True, False)
    """
    words = _words(text)
    phrase = " ".join(words)
    return (
        asks_for_more(text)
        or asks_why(text)
        or asks_gist(text)
        or phrase in _DOUBTS
        or phrase in _WHOSE_NEWS
        or bool(_FOLLOWING.match(text.strip()))
        or not _PRONOUNS.isdisjoint(words)
        or bool(_THERE.search(text))
        or bool(_ASKING_ALONE.fullmatch(text.strip()))
        or bool(_THIS.search(text))
        or asks_next_alone(text)
        or asks_cause_alone(text)  # "what was the cause?"
        or judges_amount(text)  # "is that a lot?"
        or reaction_alone(text)  # "how did people react?"
        or asks_denied(text.strip())  # "who doesn't?" after "who has to pay?"
        or bool(HOW_GRAVE.fullmatch(text.strip()))  # "how bad?": what was just answered
    )


def asks_for_more(text: str) -> bool:
    """Whether ``text`` (a reply to an answer) asks for more of it, and nothing else.

    >>> asks_for_more("Tell me more!"), asks_for_more("and?"), asks_for_more("and China?")
    (True, True, False)
    """
    words = _words(text)
    return " ".join(words) in _PROMPTS or _only(words, _MORE, _MORE_FILLER)


class Request(Enum):
    """What a message asks of the bot itself, answered without a search."""

    MORE = "more"  # "tell me more": the next page of the answer it follows (none: around it)
    WHY = "why"  # "why?": the sentences around the answer it follows
    WHATS_NEW = "whats new"  # "what's new?": the newest articles
    ARTICLES = "articles"  # "list the articles": /sources' list


def request_in(text: str, following: bool) -> Request | None:
    """What ``text`` asks of the bot rather than of the news; None for neither. "Tell me
    more" and "why?" ask it only ``following`` an answer (a reply to it, or in a DM
    the last one); unfollowed, they are small talk (small_talk says to reply). The
    Discord client, /ask and the shell all read messages so, then small talk.

    >>> request_in("why?", True), request_in("why?", False), request_in("what's new", False)
    (<Request.WHY: 'why'>, None, <Request.WHATS_NEW: 'whats new'>)
    >>> request_in("whats happening?", False), request_in("whats happening?", True)
    (<Request.WHATS_NEW: 'whats new'>, None)
    """
    if following and asks_for_more(text):
        return Request.MORE
    if following and asks_why(text):
        return Request.WHY
    if asks_whats_new(text) and not (following and _ASKING_ALONE.fullmatch(text.strip())):
        return Request.WHATS_NEW  # (following an answer, "what's happening?" asks its news)
    if asks_for_articles(text):
        return Request.ARTICLES
    return None


# Emoji that approve or thank (a 👍 in reply to an answer), and what only modifies them
# (skin tones, the emoji presentation selector, the joiner).
_APPROVING = frozenset("👍👌🙏❤♥💯🔥✅🎉👏🙂😊😀😃😄😁🥰😍💪🤝")
_MODIFIERS = frozenset("\ufe0f\u200d🏻🏼🏽🏾🏿")


def _approves(text: str) -> bool:
    """Whether ``text`` is only emoji that approve or thank ("👍", "🙏🏽"); "?" or "🤔"
    are no thanks.

    >>> _approves("👍"), _approves("🙏🏽 ❤️"), _approves("?"), _approves("🤔")
    (True, True, False, False)
    """
    marks = [c for c in text if not c.isspace() and c not in _MODIFIERS]
    return bool(marks) and all(c in _APPROVING for c in marks)


def acknowledges(text: str) -> bool:
    """Whether ``text`` only thanks or acknowledges ("thanks!", "ok, got it", "ty so
    much"), asking nothing.

    >>> acknowledges("Thanks a lot!"), acknowledges("thanks, and China?"), acknowledges("ok")
    (True, False, True)
    """
    return _only(_words(text), _THANKS, _FILLER)


def _praises(text: str) -> bool:
    """Whether ``text`` only praises or thanks ("good bot", "well done, thanks").

    >>> _praises("Good bot!"), _praises("good question: who won?")
    (True, False)
    """
    return _only(_words(text), _THANKS | _PRAISE, _FILLER)


def _words(text: str) -> list[str]:
    """The words of ``text``, lowercase, without digits or punctuation."""
    return re.findall(r"[^\W\d_]+", text.casefold())


def _asks_how_i_am(words: list[str]) -> bool:
    """Whether ``words`` ask how the bot is, after a greeting or not ("hey, how are you")."""
    at = 0
    while at < len(words) and (words[at] in _GREETINGS or words[at] in _GREETING_FILLER):
        at += 1
    return " ".join(words[at:]) in _HOW_ARE_YOU


def _only(words: list[str], keys: frozenset[str], filler: frozenset[str]) -> bool:
    """Whether ``words`` are all ``keys`` or ``filler``, one at least a key."""
    return (
        bool(words)
        and all(w in keys or w in filler for w in words)
        and any(w in keys for w in words)
    )
