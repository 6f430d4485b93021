"""Discord markup in what members type: taken out of the question, shown as names in its echo."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from index.answers import clean_question, is_empty, links_in
from index.errors import QabotError
from index.opening import GIST

if TYPE_CHECKING:
    import discord

# <@id> and <@!id> (a member), <@&id> (a role), <#id> (a channel), <:name:id> and
# <a:name:id> (custom emoji), <t:seconds:style> (a timestamp), </name:id> (a command);
# an emoji's :shortcode: left as typed (the app turns those it knows into the emoji;
# others, and a command-line question's, stay text: ":thinking:" was asked as "thinking").
_MARKUP = re.compile(
    r"<(?P<kind>@!?|@&|#)(?P<id>\d+)>"
    r"|<a?:(?P<emoji>\w+):\d+>"
    r"|(?<!\w):(?P<shortcode>[a-z0-9_+-]*[a-z_][a-z0-9_+-]*|[+-]1):(?!\w)"
    r"|<t:(?P<time>-?\d+)(?::[tTdDfFR])?>"
    r"|</(?P<command>[\w -]+):\d+>"
    r"|(?<![\w.])(?P<ping>@(?:everyone|here))\b"  # pings, no words of a question
)
# Discord's formatting, around words a member means as written: **bold**, *italic*,
# __underline__, _italic_, ~~struck~~, ||spoiler||, `code`, ```a block```; each kept
# without its marks (the inner words of a pair, as Discord shows them).
_PAIRED = re.compile(
    r"```(?:\w*\n)?(?P<block>.+?)```"
    r"|(?P<mark>\*\*|__|~~|\|\||`+)(?P<inner>.+?)(?P=mark)"
    r"|(?<!\w)(?P<one>[*_])(?!\s)(?P<lone>.+?)(?<!\s)(?P=one)(?!\w)",
    re.DOTALL,
)
# A line's heading, subtext or quote marks ("# ", "-# ", "> "), at its start or, lines
# joined, after a space.
_LINE_MARKS = re.compile(r"(?:^|(?<=\s))(?:#{1,3}|-#|>{1,3})\s+")
# A sentence's end, for finding the questions of a long message.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A command typed as text before a question ("/ask who...", "!ask", "ask:"): the slash
# menu missed, or a habit of other bots; not a word of the question.
_TYPED_COMMAND = re.compile(r"^\s*(?:[/!.]ask\b:?|ask:)\s*", re.IGNORECASE)
# What a mention is called when its name is not known (a member the bot has not seen).
_UNKNOWN = {"@": "@someone", "@&": "@a role", "#": "#a channel"}

# Looks up the name of a member ("@"), role ("@&") or channel ("#") by id; None: unknown.
Names = Callable[[str, int], "str | None"]


def no_names(kind: str, ident: int) -> None:
    """Names for where no server is at hand (the CLI, the shell): every mention is
    shown as Discord shows one it cannot resolve."""
    return None


@dataclass(frozen=True)
class Typed:
    """A question as typed in Discord, read two ways."""

    question: str  # what is analysed: every piece of markup taken out
    title: str  # what is echoed above the answer: mentions and emoji shown by name
    links: tuple[str, ...] = ()  # the links it held, taken out of both ("tl;dr <link>")


def read_typed(text: str, names: Names, skip: Collection[int] = ()) -> Typed:
    """``text`` without its markup, and with its markup as names, both without Discord's
    formatting marks (``unformatted``) and cleaned as every question is
    (index.answers.clean_question: links and invisible characters out); a
    mention of a member or role in ``skip`` (the bot itself and its role: ``own_ids``) is
    dropped from both, and so is "/ask" typed as text before the question; the links it
    held are kept apart, and a link alone asks for its article's gist ("tl;dr").

    >>> read_typed("<@1> what did <@&2> say in <#3>? <:wave:4>", lambda k, i: "mods", skip={1})
    Typed(question='what did say in ?', title='what did @mods say in #mods? :wave:', links=())
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
        if match["shortcode"]:
            return match.group()
        if match["ping"]:
            return match["ping"]  # echoed as written (rendering escapes it)
        if match["time"]:
            try:
                when = datetime.fromtimestamp(int(match["time"]), UTC)
            except (OverflowError, OSError, ValueError):
                return " "
            return when.strftime("%Y-%m-%d %H:%M UTC")
        return f"/{match['command']}"

    text = unformatted(text)
    question, title = _MARKUP.sub(" ", text), _MARKUP.sub(name, text)
    question = clean_question(_TYPED_COMMAND.sub("", question))
    title = clean_question(_TYPED_COMMAND.sub("", title))
    links = links_in(text)
    if links and is_empty(question):  # a link alone asks what that page's article says
        question, title = GIST, f"{GIST} {' '.join(links)}"
    return Typed(question, title, links)


def unformatted(text: str) -> str:
    """``text`` without Discord's formatting marks, its words kept.

    >>> unformatted("> **who** supplies ||Myanmar||'s `jets`? ~~x~~ _now_ snake_case 2*3")
    "who supplies Myanmar's jets? x now snake_case 2*3"
    """
    for _ in range(3):  # nested: ***both*** is ** around *...*
        text = _PAIRED.sub(lambda m: m["block"] or m["inner"] or m["lone"] or "", text)
    return _LINE_MARKS.sub("", text)


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


def question_of(
    message: discord.Message, guild: discord.Guild | None, limit: int, skip: Collection[int] = ()
) -> Typed:
    """``message_question`` of a Discord message: what it says (``text_of``), its
    mentions named as ``guild`` names them."""
    return message_question(text_of(message), mention_names(guild, message), limit, skip)


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
