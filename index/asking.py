"""The sentence of a member's message that asks, the sentences said around it, and a
question denied alone ("who doesn't?") read as the one before denied."""

from __future__ import annotations

import re

from .patterns import lazy
from .sentences import ABBREVIATIONS

# A sentence asking without its "?": one opening with a question word.
_ASKS = lazy(r"(?:who|whom|whose|what|when|where|why|how|which)\b", re.IGNORECASE)
# Where a message's sentences end: ".", "!" or "?" (and runs of them) before a space.
# Chat does not capitalise, so Punkt, which wants a capital after a boundary, is not
# asked: "got curious. who greeted him?" is two sentences. A "but" or a colon before a
# question word ends what is said before it too: "not sure if you know but who is
# running openai now" said no article naming OpenAI answers it; "quick one: who won the
# super bowl?" quoted the Eagles' 2018 title before the news of the win.
_END = lazy(r"[.!?]+(?=\s+\S)|(?<=\w)(?:,?\s+but|:)(?=\s+" + _ASKS.pattern + ")", re.IGNORECASE)
_WORD_BEFORE = lazy(r"[\w.]+$")


def asking_sentence(message: str) -> tuple[str, str]:
    """The one sentence of ``message`` that asks (ends with "?", else opens with a question
    word) and the rest, said around it: ("who greeted min aung hlaing?", "hey, I was
    reading about the visit.").
    (``message``, "") where it is one sentence, or asks in none or in several.

    >>> asking_sentence("I know Russia sells arms. But what about China? Thanks!")
    ('what about China?', 'I know Russia sells arms. Thanks!')
    >>> asking_sentence("What did the U.S. say to Mr. Costa?")
    ('What did the U.S. say to Mr. Costa?', '')
    >>> asking_sentence("thats a lot. what did the judge say")
    ('what did the judge say', 'thats a lot.')
    >>> asking_sentence("my friend says nvidia is worth more than apple. true?")
    ('nvidia is worth more than apple.', '')
    """
    sentences, start = [], 0
    for end in _END.finditer(message):
        before = _WORD_BEFORE.search(message, 0, end.start())
        word = before.group().lower() if before else ""
        if end.group() == "." and (len(word) == 1 or "." in word or word in ABBREVIATIONS):
            continue  # an initial ("George W. Bush"), an initialism ("U.S."), "Mr."
        sentences.append(message[start : end.end()].strip())
        start = end.end()
    sentences.append(message[start:].strip())
    asking = [s for s in sentences if s.endswith("?")]
    if not asking:  # chat leaves the "?" off: "thats a lot. what did the judge say"
        asking = [s for s in sentences if _ASKS.match(s)]
    if len(sentences) < 2 or len(asking) != 1:
        return unaddressed(message), ""
    said = " ".join(s for s in sentences if s is not asking[0])
    if _TRUE_ALONE.fullmatch(asking[0]):
        return unaddressed(said), ""  # "nvidia is worth more than apple. true?": what was said
    return unaddressed(asking[0]), said


# Whether what was said is true, asked alone after it ("...apple. true?", "is that right?")
_TRUE_ALONE = lazy(
    r"\W*(?:(?:is\s+(?:that|this|it)\s+)?(?:true|right|correct|accurate)|true\s+or\s+(?:false|not)"
    r"|(?:fact|real)\s+or\s+(?:fake|fiction))\W*",
    re.IGNORECASE,
)


# A greeting or a word of chat opening a question, and whom it addresses: "hey bot, who
# runs nvidia?" asks "who runs nvidia?" ("hey" stood before the "who" that the reading
# of "who runs X?" looks for first); "so", "ok", "wait" only before a comma, a
# question word or a verb asking whether ("so did lyles win?": the news of the win, as
# "did lyles win?" quotes it; "wait times at airports?" asks of wait times).
# Several chat words may open it ("ok so what's the deal with the tariffs"), and so may
# "and" or "but" ("and who makes it?"; not "and china?", which asks the same of china).
_CHAT_OPENING = r"(?:so|and|but|ok|okay|wait|um+|hmm+|oh|btw|lol|well|alright|anyway)"
_WHETHER = r"(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b"
_ADDRESSED = lazy(
    r"^\W*(?:(?:hey|hi|hiya|hello|yo)(?:\s+(?:bot|qabot|there|guys|all|everyone|folks)\b)?+"
    rf"\s*[,!:;-]?|(?:{_CHAT_OPENING}\s*,?\s+)*{_CHAT_OPENING}\s*(?:[,!:;-]|(?=\s+"
    + rf"(?:{_ASKS.pattern}|{_WHETHER})"
    + r")))\s+(?=\w)",
    re.IGNORECASE,
)


# ...and who said what it asks whether is so ("someone said the pope is american??": not
# "Observers said his choice of name recalled Leo XIII"), as "i heard" is a stop word's
_HEARSAY = lazy(
    r"^\W*(?:i\s+(?:read|saw)|(?:some(?:one|body)|people|every(?:one|body)|they|a\s+friend"
    r"|my\s+\w+)\s+(?:said|says|told\s+me|(?:is|are)\s+saying|claims?|claimed))"
    r"(?:\s+that)?\s+(?=\w)",
    re.IGNORECASE,
)


# ...and the "or what" or "or not" closing one asking whether ("so did lyles win or
# what"), which asks no more than "did lyles win?"
_CLOSING = lazy(rf"^(\W*{_WHETHER}.*?)\s*,?\s+or\s+(?:what|not)\s*([?!.]*)\s*$", re.I)


def unaddressed(question: str) -> str:
    """``question`` without the greeting or chat word opening it (_ADDRESSED), who said
    what it asks is so (_HEARSAY), nor the "or what" closing it (_CLOSING).

    >>> unaddressed("hey bot, who runs nvidia?"), unaddressed("wait times at airports?")
    ('who runs nvidia?', 'wait times at airports?')
    >>> unaddressed("so did lyles win or what"), unaddressed("is it pink or not?")
    ('did lyles win', 'is it pink?')
    >>> unaddressed("someone said the pope is american??")
    'the pope is american??'
    """
    unframed = _HEARSAY.sub("", _ADDRESSED.sub("", question, count=1), count=1)
    return _CLOSING.sub(r"\1\2", unframed)


# "Who doesn't?" after "who has to pay?": the question before, denied.
_DENIED_ALONE = lazy(
    r"\W*(?:and\s+)?(?P<wh>who|what|which(?:\s+[a-z]+)?)\s+(?P<neg>(?:does|do|did|is|are|"
    r"was|were|can|could|will|would|has|have|had)n['’]?t|won['’]?t|can['’]?t)\W*",
    re.I,
)
_ASKED_WITH = lazy(
    r"\b(?P<wh>who|what|which(?:\s+[a-z]+)?)\s+(?P<aux>has|have|had|does|do|did|is|are|was"
    r"|were|can|could|will|would|must)\s+(?P<rest>[^?.!]+)",
    re.I,
)


def asks_denied(question: str) -> bool:
    """Whether ``question`` asks the question before denied, and nothing else ("who
    doesn't?", "and which ones can't?")."""
    return _DENIED_ALONE.fullmatch(question) is not None


def denied_again(question: str, earlier: str) -> str:
    """``question`` as the last question of ``earlier`` denied, where it asks that alone
    ("who doesn't?" after "who has to pay?": "who doesn't have to pay?"); else itself."""
    alone = _DENIED_ALONE.fullmatch(question)
    before = list(_ASKED_WITH.finditer(earlier)) if alone else []
    if not alone or not before:
        return question
    asked = before[-1]
    neg, rest = alone["neg"].lower(), asked["rest"].strip()
    # "has to pay" denied by "doesn't": "doesn't have to pay"
    if asked["aux"].lower() in ("has", "have", "had") and neg[:2] in ("do", "di"):
        rest = f"have {rest}"
    return f"{alone['wh']} {alone['neg']} {rest}?"
