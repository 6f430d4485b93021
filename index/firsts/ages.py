"""How old: the age a sentence writes of whom a question asks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..asked_amounts import AGED
from ..defining import is_role
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked
from .placing import first_telling

# "How old?" is answered first by a passage writing an age ("...died at the age of 92")
# among the first AGE_REACH nearly as relevant: a sentence saying one is all but always
# the answer, and "how old was munro?" ranked the obituary's lede fourth, after three
# sentences naming Munro more often. Half as relevant as the first is near enough: "how
# old was the suspect?" after "why were the taylor swift concerts cancelled?" quoted the
# news of the cancelling (its words carried) before "The main suspect, a 19-year-old
# Austrian, ...", 0.57 as relevant.
AGE_REACH, AGE_NEAR = 10, 0.5


# A sentence giving the age of whom the one before named, referring back to them: "The
# 22-year-old Italian won..." after "Jannik Sinner came back...", "She, 92, ...".
AGED_BACK = lazy(r"\s*(?:the\s+\d{1,3}-year-old\b|(?:he|she),\s+\d{1,3},)", re.I)


NAME = r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*"


def age_told(
    index: Index, question: str, ranked: Sequence[Ranked], query: Query | None = None
) -> bool:
    """Whether one of the first AGE_REACH of ``ranked``, nearly as relevant as the first,
    writes the age ``question`` asks (``age_telling``): where counted_first looks for one to
    put first."""
    aged = age_telling(index, question, query=query)
    return first_telling(index, ranked, aged, AGE_REACH, AGE_NEAR) >= 0


def age_written(
    index: Index, question: str, texts: Iterable[str], query: Query | None = None
) -> bool:
    """Whether one of ``texts`` writes the age ``question`` asks (``age_telling``): not only
    an age, one of whom it asks ("how old was ding?" is not told by "The 18-year-old
    won ... after Ding blundered")."""
    return any(map(age_telling(index, question, query=query), texts))


# The name written right before an age, whose age it is: "Garry Kasparov, who was 22",
# "Mbappe, 25, joins", "Pope Francis, who died on Easter Monday at the age of 88".
_NAME_BEFORE = lazy(rf"({NAME})(?:,\s+(?:who\s+)?|,\s+who\s+(?:[\w’'-]+\s+){{1,8}})?$")
# A sentence opening with whom a follow-up asks of ("how old is he?": "He succeeds...")
_OPENS_WITH_PRONOUN = lazy(r"\W*(?:he|she|they)\b", re.I)
_NAMES = lazy(NAME)
_AGE_VERB = lazy(r"(?:is|was|are|were)\b", re.I)  # "is 24": told by a verb


def age_telling(
    index: Index, question: str, named: bool = False, query: Query | None = None
) -> Callable[[str], bool]:
    """What tells the age ``question`` asks: an age (AGED), not one told of a name it
    does not ask where the sentence names one it asks ("how old is gukesh?": "Gukesh
    broke the record set by Garry Kasparov, who was 22"); ``named``, only one told right
    after a name it asks ("Hinton, 76"). A follow-up's ``query`` asks of the words it
    carries too ("how old is he?" after "who is gukesh?")."""
    asked = set(index.analyzer.analyze(question))
    if query is not None:
        asked.update(t for w in query.carried_words for t in w.alternatives)

    def names_asked(name: str) -> bool:  # by a word of its own, not its title: "pope leo
        # age" asks no age of "Pope Francis, who died ... at the age of 88"
        own = [w for w in name.split() if not is_role(w.lower())] or [name]
        return not asked.isdisjoint(index.analyzer.analyze(" ".join(own)))

    def tells(text: str) -> bool:
        for found in AGED.finditer(text):
            start = found.start()
            after_name = text[start + 1 : start + 2] == ","  # "Mbappe, 25,": its name ends there
            before = _NAME_BEFORE.search(text[: start + 1 if after_name else start])
            whose = before.group(1) if before else ""
            if before and before.group(0).endswith(", ") and _AGE_VERB.match(found.group()):
                # an aside closed, the age is the subject's: "JJ, whose real name is
                # Johannes Pietsch, is 24" (not "...Garry Kasparov, who was 22")
                whose = _NAMES.search(text).group()
            if before and names_asked(whose):
                return True
            if named:
                continue
            if not before:
                back = AGED_BACK.match(text)
                if back and start < back.end() and any(map(names_asked, _NAMES.findall(text))):
                    continue  # whom the sentence before named: "The 18-year-old won ...
                    # after Ding blundered" tells no age of Ding
                return True
            if not any(names_asked(name) for name in _NAMES.findall(text)):
                # "how old is the new pope?": "Robert Prevost, 69, ..."; not, where it
                # opens with him, the age of another it names ("He succeeds Pope
                # Francis, who died ... at the age of 88")
                return not _OPENS_WITH_PRONOUN.match(text)
        return False

    return tells
