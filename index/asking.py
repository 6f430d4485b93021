"""The sentence of a member's message that asks, and the sentences said around it."""

from __future__ import annotations

import re

from .sentences import ABBREVIATIONS

# Where a message's sentences end: ".", "!" or "?" (and runs of them) before a space.
# Chat does not capitalise, so Punkt, which wants a capital after a boundary, is not
# asked: "got curious. who greeted him?" is two sentences.
_END = re.compile(r"[.!?]+(?=\s+\S)")
_WORD_BEFORE = re.compile(r"[\w.]+$")
# A sentence asking without its "?": one opening with a question word.
_ASKS = re.compile(r"(?:who|whom|whose|what|when|where|why|how|which)\b", re.IGNORECASE)


def asking_sentence(message: str) -> tuple[str, str]:
    """The one sentence of ``message`` that asks (ends with "?", else opens with a question
    word) and the rest, said around it: ("who greeted min aung hlaing?", "hey, I was
    reading about the visit.").
    (``message``, "") where it is one sentence, or asks in none or in several.

    >>> asking_sentence("I know Russia sells arms. But what about China? Thanks!")
    ('But what about China?', 'I know Russia sells arms. Thanks!')
    >>> asking_sentence("What did the U.S. say to Mr. Costa?")
    ('What did the U.S. say to Mr. Costa?', '')
    >>> asking_sentence("thats a lot. what did the judge say")
    ('what did the judge say', 'thats a lot.')
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
        return message, ""
    return asking[0], " ".join(s for s in sentences if s is not asking[0])
