"""Split text into sentences: nltk's Punkt with parameters built here, plus a few rules."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from .nltk_parts import punkt_classes
from .patterns import lazy

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

Span = tuple[int, int]

# Punkt learns abbreviations from training text; we have none offline and nltk's
# punkt_tab data may be missing, so the parameters are written down here instead.
# Types are lowercase and without the final period, as Punkt stores them.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cmdr adm brig rev hon pres gov
    sen rep amb supt insp det jr sr st mt ft ave blvd rd co corp inc ltd bros dept univ
    assn jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur
    thurs fri sat sun no nos vol vols p pp fig figs ch sec art para ed eds est approx ca
    cf vs etc al i.e e.g a.m p.m n° ph.d calif fla conn mich minn tenn tex ariz okla
    penn
    """.split()
)

# Capitalised, these words almost always open a sentence. Punkt uses them to decide
# that "U.S. How" or "and co. They" ends a sentence although "U.S." and "co." are
# abbreviations, while "U.S. Government" and "Co. at noon" do not.
SENTENCE_STARTERS = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my
    there here but and or so yet nor if when while as after before since although though
    because how what why who whom whose where which did does do is are was were has have
    had can could will would should may might must not no one some many most all both
    each however meanwhile also then still despite during according in on at for from by
    with mr. mrs. ms. dr.
    """.split()
)

# Bump when a change here moves any sentence boundary: saved indexes are then rebuilt
# (it is part of the analyzer's fingerprint).
SPLITTER_VERSION = 4

# A sentence longer than this (text without sentence punctuation: a pasted transcript,
# a list run together) is cut at its last clause boundary past half of it, else at a
# space: a passage is quoted whole, and an answer's embed shows 4,096 characters of three
# passages, which a 20,000-word "sentence" filled with its beginning, its matched words
# unseen. The longest sentence of the 16 SQuAD articles is 1,222 characters, of news far
# less.
MAX_SENTENCE_CHARS = 1000
_CLAUSE_END = lazy(r"[;:,)\]]\s|\s[-–—]\s")
_SPACE = lazy(r"\s")

# A candidate sentence end as Punkt gives its context: a word of letters, its mark, space
# and the next word.
_PLAIN_END = lazy(r"([^\W\d_]+)([.?!])\s+[^\W_]")

_INITIALISM = lazy(r"(?:[a-z]\.)+[a-z]")


class _Abbreviations(frozenset):
    """The abbreviation list, plus every initialism such as u.s.a or e.u."""

    def __contains__(self, typ: object) -> bool:
        return super().__contains__(typ) or bool(
            isinstance(typ, str) and _INITIALISM.fullmatch(typ)
        )


@cache
def _punkt() -> PunktSentenceTokenizer:
    """Punkt with the parameters above, made on first use: answering from a saved index
    never splits sentences, and importing nltk is most of a one-question run."""
    parameters, tokenizer = punkt_classes()
    params = parameters()
    params.abbrev_types = _Abbreviations(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    # Seen capitalised at a sentence start and lowercase inside sentences: Punkt's
    # orthographic heuristic then reads a capitalised occurrence as a sentence start.
    beginning_upper, middle_lower = 1 << 1, 1 << 5
    params.ortho_context = defaultdict(
        int, dict.fromkeys(SENTENCE_STARTERS, beginning_upper | middle_lower)
    )

    class Tokenizer(tokenizer):
        def text_contains_sentbreak(self, text: str) -> bool:
            # Most candidates are a plain word's end before the next word. Punkt then
            # decides the break from the word alone (no abbreviation, initial, number or
            # ellipsis; no collocations are set): answered here without tokenizing and
            # annotating the context (100k sentences in one process: 27.8 -> 26.1 s).
            plain = _PLAIN_END.match(text)
            if plain and (
                plain[2] != "."
                or (len(plain[1]) > 1 and plain[1].lower() not in params.abbrev_types)
            ):
                return True
            return super().text_contains_sentbreak(text)

    return Tokenizer(params)


# A period that is part of a marker, not the end of a sentence, is hidden from Punkt by
# replacing it with this character; every other character keeps its offset.
_MASK = "_"
_SPACED_ELLIPSIS = lazy(r"\.(?:[ \t]\.){2,}")
_LIST_MARKER = lazy(
    r"(?:^|(?<=\s))(?P<bullet>[•⁃▪◦‣]\s*)?(?P<label>\d{1,3}|[a-zA-Z])(?P<punct>\.\)|\)|\.)(?=\s)"
)
_BULLET = lazy(r"(?:^|(?<=\s))[•⁃▪◦‣]")
# The end of a sentence's mark with no space after it; the mark is matched first, so the
# search skips from mark to mark instead of trying the lookbehinds at every character.
_MISSING_SPACE = lazy(r"[.!?](?:(?<=[a-z]{2}[.!?])|(?<=\d[.!?]))(?=[A-Z][a-z])")
_LINE_END = lazy(r"[.!?:;…\"”'’)\]]\s*$")
# An initial followed by another: "J. A. Hobson" (Punkt reads "A" as a sentence's first
# word after "J."; "Plan B. A new plan" is two sentences); and "c." for circa before a
# number ("In 1939, c. 1,300,000 people lived in Warsaw").
_INITIAL_BEFORE_INITIAL = lazy(
    r"(?<![\w.])(?:[A-Z](\.)(?=[ \t]+[A-Z]\.(?:\s|$))|c(\.)(?=[ \t]+\d))"
)


def split_sentences(text: str) -> list[Span]:
    """Return the (start, end) offsets of the sentences of ``text``.

    Each sentence is ``text[start:end]``: no character is added or removed.

    >>> text = 'Gen. Min arrived in the U.S. on Monday. "We will talk," he said. It rained.'
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['Gen. Min arrived in the U.S. on Monday.', '"We will talk," he said.', 'It rained.']
    """
    masked = list(text)
    hard = {0, len(text)}
    for rule in (_newline_list, _list_items, _ellipses, _missing_spaces, _initials):
        hard.update(rule(text, masked))
    masked_text = "".join(masked)
    spans: list[Span] = []
    cuts = sorted(hard)
    for start, end in zip(cuts, cuts[1:], strict=False):
        pieces = [(start + a, start + b) for a, b in _punkt().span_tokenize(masked_text[start:end])]
        spans.extend(_join_continuations(text, pieces))
    kept = [_strip(text, span) for span in spans if text[span[0] : span[1]].strip()]
    return [piece for span in kept for piece in _bounded(text, span)]


def _bounded(text: str, span: Span) -> list[Span]:
    """``span`` in pieces of at most MAX_SENTENCE_CHARS, each ending at its last clause
    boundary (a comma, a semicolon, a dash) past half of that, else at its last space."""
    start, end = span
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        half = start + MAX_SENTENCE_CHARS // 2
        window = text[half : start + MAX_SENTENCE_CHARS]
        boundary = [m.end() for m in _CLAUSE_END.finditer(window)]
        spaces = [m.end() for m in _SPACE.finditer(window)]
        cut = half + (boundary or spaces or [len(window)])[-1]
        pieces.append(_strip(text, (start, cut)))
        start = _strip(text, (cut, end))[0]
    pieces.append((start, end))
    return pieces


def _strip(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _join_continuations(text: str, spans: list[Span]) -> Iterator[Span]:
    """Undo Punkt's breaks before a lowercase word: 'great." she said', 'Yahoo! in'."""
    current: Span | None = None
    for span in spans:
        if current is not None and _starts_lowercase(text[span[0] : span[1]]):
            current = (current[0], span[1])
            continue
        if current is not None:
            yield current
        current = span
    if current is not None:
        yield current


def _starts_lowercase(sentence: str) -> bool:
    for char in sentence:
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False


def _newline_list(text: str, masked: list[str]) -> Iterator[int]:
    """Lines none of which ends like a sentence are items of a list, one sentence each."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) > 1 and not any(_LINE_END.search(m.group()) for m in lines):
        yield from (m.start() for m in lines)


def _list_items(text: str, masked: list[str]) -> Iterator[int]:
    """A text opening with '1.', 'a)' or a bullet is a list: each item is a sentence."""
    if _BULLET.match(text.lstrip()):
        yield from (m.start() for m in _BULLET.finditer(text))
    # Markers count only when one opens the text: most texts are spared the search.
    if not _LIST_MARKER.match(text, len(text) - len(text.lstrip())):
        return
    markers = list(_LIST_MARKER.finditer(text))
    if not markers or text[: markers[0].start()].strip():
        return
    expected = markers[0].group("label")
    for marker in markers:
        if marker.group("label") != expected:
            continue
        yield marker.start()
        if "." in marker.group("punct"):
            masked[marker.start("punct")] = _MASK
        expected = _successor(expected)


def _successor(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _ellipses(text: str, masked: list[str]) -> Iterator[int]:
    """Spaced ellipses: '. . .' continues a sentence; a fourth period ends it."""
    for match in _SPACED_ELLIPSIS.finditer(text):
        for i in range(match.start(), match.end()):
            if text[i] == ".":
                masked[i] = _MASK
        if match.group().count(".") < 4 or not re.match(r"\s+[A-Z]", text[match.end() :]):
            continue
        attached = match.start() > 0 and not text[match.start() - 1].isspace()
        # "compounds. . . . The" ends at the word's own period and the ellipsis opens
        # the next sentence; "a period . . . . Next" ends after the fourth period.
        yield match.start() + 1 if attached else match.end()


def _initials(text: str, masked: list[str]) -> Iterator[int]:
    """The period of an initial before another initial ends no sentence ("J. A.
    Hobson"), nor that of "c." before a number (circa); no cut of its own."""
    for match in _INITIAL_BEFORE_INITIAL.finditer(text):
        masked[match.start(1) if match.group(1) else match.start(2)] = _MASK
    yield from ()


def _missing_spaces(text: str, masked: list[str]) -> Iterator[int]:
    """'Hello world.Today is Tuesday.' is two sentences; e-mail and web addresses are not."""
    for match in _MISSING_SPACE.finditer(text):
        cut = match.end()  # where the next sentence starts
        word_start = max(text.rfind(" ", 0, cut), text.rfind("\n", 0, cut)) + 1
        word_end = re.compile(r"\s|$").search(text, cut).start()
        word = text[word_start:word_end]
        left = re.search(r"[A-Za-z]+(?=[.!?]$)", text[word_start:cut])
        if "@" in word or "/" in word or "www" in word.lower():
            continue
        if left and left.group().lower() in ABBREVIATIONS:
            continue
        yield cut
