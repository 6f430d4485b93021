"""Discord markup in what members type: taken out of the question, shown as names in its echo."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from index.answers import clean_question, is_empty
from index.errors import QabotError

if TYPE_CHECKING:
    import discord

# <@id> and <@!id> (a member), <@&id> (a role), <#id> (a channel), <:name:id> and
# <a:name:id> (custom emoji), <t:seconds:style> (a timestamp), </name:id> (a command).
_MARKUP = re.compile(
    r"<(?P<kind>@!?|@&|#)(?P<id>\d+)>"
    r"|<a?:(?P<emoji>\w+):\d+>"
    r"|<t:(?P<time>-?\d+)(?::[tTdDfFR])?>"
    r"|</(?P<command>[\w -]+):\d+>"
)
# A sentence's end, for finding the questions of a long message.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# What a mention is called when its name is not known (a member the bot has not seen).
_UNKNOWN = {"@": "@someone", "@&": "@a role", "#": "#a channel"}

# Looks up the name of a member ("@"), role ("@&") or channel ("#") by id; None: unknown.
Names = Callable[[str, int], "str | None"]


@dataclass(frozen=True)
class Typed:
    """A question as typed in Discord, read two ways."""

    question: str  # what is analysed: every piece of markup taken out
    title: str  # what is echoed above the answer: mentions and emoji shown by name


def read_typed(text: str, names: Names, skip: Collection[int] = ()) -> Typed:
    """``text`` without its markup, and with its markup as names, both cleaned as every
    question is (index.answers.clean_question: links and invisible characters out); a
    mention of a member or role in ``skip`` (the bot itself and its role: ``own_ids``) is
    dropped from both.

    >>> read_typed("<@1> what did <@&2> say in <#3>? <:wave:4>", lambda k, i: "mods", skip={1})
    Typed(question='what did say in ?', title='what did @mods say in #mods? :wave:')
    """

    def name(match: re.Match[str]) -> str:
        if match["kind"]:
            kind = "@" if match["kind"] == "@!" else match["kind"]
            if kind in ("@", "@&") and int(match["id"]) in skip:
                return " "
            known = names(kind, int(match["id"]))
            return f"{kind[0]}{known}" if known else _UNKNOWN[kind]
        if match["emoji"]:
            return f":{match['emoji']}:"
        if match["time"]:
            try:
                when = datetime.fromtimestamp(int(match["time"]), UTC)
            except (OverflowError, OSError, ValueError):
                return " "
            return when.strftime("%Y-%m-%d %H:%M UTC")
        return f"/{match['command']}"

    return Typed(clean_question(_MARKUP.sub(" ", text)), clean_question(_MARKUP.sub(name, text)))


def asked_in(text: str, limit: int) -> str:
    """The question a message asks, to answer it when a member picks "Answer this
    question" on it: all of it when it fits in ``limit`` characters; else its sentences
    that end in "?", the last ones that fit ("I read about the coup. Who supplies
    Myanmar's jets? Thanks!" asks the middle one); else all of it, which check_question
    then refuses as too long.

    >>> asked_in("Long intro. " * 9 + "Who leads? When? Bye.", 40)
    'Who leads? When?'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    questions = list(dict.fromkeys(s for s in _SENTENCE_END.split(text) if s.endswith("?")))
    while questions and len(" ".join(questions)) > limit:
        questions.pop(0)
    return " ".join(questions) or text


class NoQuestion(QabotError):
    """A message picked for "Answer this question" that asks nothing the bot can take."""


def message_question(text: str, names: Names, limit: int, skip: Collection[int] = ()) -> Typed:
    """The question of someone's message, read as a question typed in Discord
    (``asked_in``, then ``read_typed``); NoQuestion, in words for the member who picked
    it, if the message has no words or is too long and asks nothing."""
    typed = read_typed(asked_in(text, limit), names, skip)
    if is_empty(typed.question):
        raise NoQuestion("that message has no text I can read as a question")
    if len(typed.question) > limit:
        raise NoQuestion(
            f"that message is longer than a question may be ({limit} characters) and no "
            "sentence of it ends in “?”: ask its question with /ask"
        )
    return typed


def text_of(message: discord.Message) -> str:
    """What a message says: its text, or, forwarded from elsewhere (it has none of its
    own), the text of the message it forwards."""
    if message.content:
        return message.content
    snapshots = getattr(message, "message_snapshots", ())
    return (snapshots[0].content or "") if snapshots else ""


# The message reference type of a forward (MessageReferenceType.forward): this module is
# imported without discord.py by the CLI.
_FORWARD = 1


def is_forward(message: discord.Message) -> bool:
    """Whether ``message`` forwards another (its reference is no reply)."""
    reference = message.reference
    return reference is not None and getattr(reference.type, "value", 0) == _FORWARD


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
_FILLER = frozenset(
    "you so much very a lot it that this bot man mate again all the beaucoup muchas schön".split()
)


# What the bot says to thanks: a reply that asks nothing gets no answer quoted again.
THANKED = "You're welcome!"
# What it says to "help", "what can you do?" or a greeting, instead of searching the
# news for "help" (and quoting a sentence about helping) or finding no answer to "hi".
HOW_TO_ASK = (
    "I answer questions from the news articles I have, quoting the sentences that answer "
    "them with their source. Ask me one, e.g. “who supplies Myanmar's jets?” (in a "
    "channel, mention me first), or use /ask; /help tells the rest."
)
GREETED = f"Hi! {HOW_TO_ASK}"
_GREETINGS = frozenset("hi hello hey heya hiya yo howdy greetings sup gm hallo hola salut".split())
_DAYTIMES = frozenset("morning afternoon evening".split())  # "good morning"
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
    }
)


def small_talk(text: str, after_answer: bool = False) -> str:
    """What to say to a message that asks the news nothing: thanks ("thanks!", or a 👍
    ``after_answer``, in reply to one), a greeting, a question about the bot itself
    ("help", "what can you do?"), a request for sources ("source?") or, in reply to an
    answer, a complaint ("wrong!"); "" for anything else, which is a question.

    >>> small_talk("Thanks!"), small_talk("help?") == HOW_TO_ASK, small_talk("who won?")
    ("You're welcome!", True, '')
    """
    if acknowledges(text) or (after_answer and text.strip() and is_empty(text)):
        return THANKED
    words = _words(text)
    if " ".join(words) in _ABOUT_ME:
        return HOW_TO_ASK
    if _only(words, _GREETINGS | _DAYTIMES, _GREETING_FILLER):
        return GREETED
    if _only(words, _SOURCE, _SOURCE_FILLER):
        return WHERE_FROM
    said = re.sub(r"\bnot (right|true|correct|accurate)\b", "wrong", " ".join(words))
    if after_answer and _only(said.split(), _WRONG, _WRONG_FILLER):
        return MARK_IT
    return ""


# "source?", "link please": where a quote comes from is said under it.
_SOURCE = frozenset("source sources link links citation cite proof reference ref".split())
_SOURCE_FILLER = frozenset("what where is the s it this from please pls any a your".split())
WHERE_FROM = (
    "Each passage I quote names its source under it: the article's title (a link to it "
    "when it has a web page, and “paragraph N, sentence M” links to the sentence itself), "
    "the outlet and the date. /article shows an article whole; /sources lists them all."
)
# "wrong!", "that's not right", in reply to an answer: the 👎 tells the moderators.
_WRONG = frozenset("wrong incorrect false inaccurate nonsense useless bad irrelevant".split())
_WRONG_FILLER = frozenset(
    "that s is this answer the totally completely so very not right a it quite all".split()
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
    }
)


def asks_whats_new(text: str) -> bool:
    """Whether ``text`` asks what is new ("what's new?", "latest news"): the newest
    articles answer it, not a search for the word "new".

    >>> asks_whats_new("What's new?"), asks_whats_new("what's new in Myanmar?")
    (True, False)
    """
    return " ".join(_words(text)) in _WHATS_NEW


# Words that ask for more of an answer ("tell me more", "what else?", "go on").
_MORE = frozenset("more else continue next others further on".split())  # "go on"
_MORE_FILLER = frozenset(
    "tell me us any anything what and please pls show give some go keep going is there "
    "other can you".split()
)
# Said when an answer asked for more has no more passages.
NO_MORE = "That is all I found on it: no more passages."


def asks_for_more(text: str) -> bool:
    """Whether ``text`` (a reply to an answer) asks for more of it, and nothing else.

    >>> asks_for_more("Tell me more!"), asks_for_more("what else?"), asks_for_more("and China?")
    (True, True, False)
    """
    return _only(_words(text), _MORE, _MORE_FILLER)


def acknowledges(text: str) -> bool:
    """Whether ``text`` only thanks or acknowledges ("thanks!", "ok, got it", "ty so
    much"), asking nothing.

    >>> acknowledges("Thanks a lot!"), acknowledges("thanks, and China?"), acknowledges("ok")
    (True, False, True)
    """
    return _only(_words(text), _THANKS, _FILLER)


def _words(text: str) -> list[str]:
    """The words of ``text``, lowercase, without digits or punctuation."""
    return re.findall(r"[^\W\d_]+", text.casefold())


def _only(words: list[str], keys: frozenset[str], filler: frozenset[str]) -> bool:
    """Whether ``words`` are all ``keys`` or ``filler``, one at least a key."""
    return (
        bool(words)
        and all(w in keys or w in filler for w in words)
        and any(w in keys for w in words)
    )


def own_ids(me: discord.abc.Snowflake, guild: discord.Guild | None) -> frozenset[int]:
    """The ids a mention of the bot is written with: its own, and in a server the role
    Discord made for it (named as it is, and offered beside it when a member types "@")."""
    role = guild.self_role if guild is not None else None
    return frozenset({me.id} if role is None else {me.id, role.id})


def mention_names(guild: discord.Guild | None, message: discord.Message | None = None) -> Names:
    """Looks up the names of members, roles and channels mentioned (bot/markup.py)."""

    def name(kind: str, ident: int) -> str | None:
        if kind == "@":
            people = getattr(message, "mentions", ())  # a server may leave the field out
            found = next((u for u in people if u.id == ident), None)
            found = found or (guild.get_member(ident) if guild else None)
            return found.display_name if found else None
        if guild is None:
            return None
        found = guild.get_role(ident) if kind == "@&" else guild.get_channel_or_thread(ident)
        return found.name if found else None

    return name
