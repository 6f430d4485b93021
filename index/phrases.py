"""Phrases a question puts in quotes ("fighter jets"), and the passages that say them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from .analysis import Analyzer
from .arrays import find_sorted
from .index import Index
from .patterns import lazy

# Text between double quotes, straight or curly (“ ” „), as members quote a phrase. Single
# quotes are left alone: they are apostrophes as often ("Myanmar's", "'90s").
_QUOTED = lazy(r'["“”„]([^"“”„]*)["“”„]')


def quoted(question: str) -> tuple[str, ...]:
    """The phrases ``question`` puts in double quotes and that hold a word, each once,
    in order, white space collapsed.

    >>> quoted('who said “a new  era” or "a new era" or "?"')
    ('a new era',)
    """
    found = (" ".join(m.split()) for m in _QUOTED.findall(question))
    return tuple(dict.fromkeys(p for p in found if any(c.isalnum() for c in p)))


# Passages holding every term of the quoted phrases are read word for word up to this
# many (2,000 take about 35 ms at 1M sentences); beyond, only those the question ranks
# best are (``Said.exact`` false): "said" alone is held by a sixth of a news corpus.
READ_ALL = 2000


@dataclass(frozen=True)
class Said:
    """The passages that may say a question's quoted phrases, and how to tell."""

    passages: np.ndarray  # in order: each holds every index term of the phrases
    exact: bool  # whether each of ``passages`` was read and says them all
    wanted: tuple[str, ...]  # each phrase's words as recorded, space-separated
    analyzer: Analyzer = field(repr=False)

    def says(self, text: str) -> bool:
        """Whether ``text`` says every phrase word for word."""
        # Most passages holding a phrase's terms do not say it: a look at the text spares
        # reading their words one by one.
        if not self.analyzer.may_hold(text, self._words):
            return False
        padded = " " + " ".join(_recorded(text, self.analyzer)) + " "
        return all(f" {phrase} " in padded for phrase in self.wanted)

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(word for phrase in self.wanted for word in phrase.split())


def saying(
    index: Index,
    phrases: tuple[str, ...],
    within: range | None = None,
    read_all: int = READ_ALL,
) -> Said | None:
    """The passages (numbered ``within``, if given) that say every one of ``phrases``
    word for word, as their words are recorded (case, accents and possessives aside,
    hyphens as spaces); None when no phrase has a word the index looks passages up by
    (stop words alone: "to be or not to be"), which then cannot be required.

    The passages holding all of the phrases' index terms are found from the postings,
    the rarest term's first; up to ``read_all`` of them are then read word for word.
    """
    analyzer = index.analyzer
    wanted: list[str] = []
    terms: set[str] = set()
    for phrase in phrases:
        own = {term for w in analyzer.words(phrase) if (term := analyzer.pair(w)[1])}
        if own:
            wanted.append(" ".join(_recorded(phrase, analyzer)))
            terms |= own
    if not wanted:
        return None
    postings = index.bm25.documents(terms)
    found = np.zeros(0, dtype=np.int32)
    if len(postings) == len(terms):  # else a term no passage holds
        postings.sort(key=len)
        found = postings[0]
        if within is not None:
            start, stop = np.searchsorted(found, [within.start, within.stop])
            found = found[start:stop]
        for docs in postings[1:]:
            found = found[find_sorted(docs, found)[1]]
    said = Said(found, False, tuple(wanted), analyzer)
    if found.size > read_all:
        return said
    text = index.passages.text
    keep = [n for n in found.tolist() if said.says(text(n))]
    return replace(said, passages=np.array(keep, dtype=found.dtype), exact=True)


def said_anywhere(index: Index, phrase: str) -> bool:
    """Whether a passage of ``index`` says ``phrase`` word for word (or, its words held
    together by more passages than are read, may well). The passages holding its words
    are read until one says it: most often the first."""
    held = saying(index, (phrase,), read_all=0)
    if held is None or not held.passages.size:
        return False
    if held.passages.size > READ_ALL:
        return True
    text = index.passages.text
    return any(held.says(text(n)) for n in held.passages.tolist())


def spans(text: str, phrases: tuple[str, ...], analyzer: Analyzer) -> list[tuple[int, int]]:
    """Where ``text`` says each of ``phrases`` word for word (as ``Said.says`` does),
    from its first word's start to its last word's end, to highlight it whole.

    >>> spans("Russian-made fighter jets and Fighter Jets.", ("fighter jets",), Analyzer())
    [(13, 25), (30, 42)]
    """
    located = analyzer.located(text)
    words = _recorded(text, analyzer, located)
    found = []
    for phrase in phrases:
        wanted = _recorded(phrase, analyzer)
        n = len(wanted)
        for i in range(len(words) - n + 1):
            if n and words[i : i + n] == wanted:
                found.append((located[i][1], located[i + n - 1][2]))
    return found


def _recorded(
    text: str, analyzer: Analyzer, located: list[tuple[str, int, int]] | None = None
) -> list[str]:
    """The words of ``text`` as the index records them (stop words included), in order;
    a hyphenated word read whole without its hyphens, as its term is ("cease-fire" says
    "ceasefire")."""
    located = analyzer.located(text) if located is None else located
    return [word.replace("-", "") for word, _, _ in located]
