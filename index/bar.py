"""The no-answer bar: how relevant a passage must be, and how much of the question its
article must hold, to be quoted."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from .asked import asks_when, is_year, tells_when
from .asked_amounts import AMOUNT, amount_asked, counted
from .index import Index
from .patterns import lazy
from .query import Query, Word
from .ranking import Ranked, numbers_of
from .seeming import POINTING, sentences_hold, term_ids, title_ids

# A passage is quoted only if its BM25 score reaches MIN_RELEVANCE of the best score the
# question could reach (every question word once, in a passage of average length), and
# its article holds at least MIN_COVERAGE of the question's words, weighted by
# importance. Raw BM25 scores have no fixed scale; these shares do. Calibrated with
# benchmarks/quality.py on tests/data/dev_questions.jsonl (docs/answer-quality.md, "No answer").
MIN_RELEVANCE = 0.2
# ...a question word that a passage's article's title holds, and it does not, counting for
# it at this share of the word's importance (``reaching``): for the bar, not the rank.
TITLE_WEIGHT = 0.2
MIN_COVERAGE = 0.6
# A question of LONG_QUESTION words or more that has one the corpus lacks needs only
# PARAPHRASE_COVERAGE: that word is most likely its own wording of what a passage says
# otherwise ("in the vicinity of the school" for "near the campus"), where a short
# question lacking one ("the population of myanmar") asks what the corpus does not hold.
# On SQuAD's answerable questions (benchmarks/reqa.py) this took abstentions from 35 to
# 19 of 1,455, and every no-answer of dev_questions.jsonl stayed one; 0.5 left 23, five
# words 27, three words the same 19.
LONG_QUESTION = 4
PARAPHRASE_COVERAGE = 0.45
# ...and then a passage quoted must hold PARAPHRASED_HELD of the question itself: of the
# 45 ReQA questions so answered, one lost its right answer (P@1 0.796 -> 0.795), and
# "who leads the kachin independence army?" no longer quotes a docstring's "...and
# independently controllable." (saying_enough).
PARAPHRASED_HELD = 0.3
# A question of SEVERAL_WORDS words the corpus all holds needs only SEVERAL_COVERAGE: one
# of them an article lacks is a smaller share of what it asks ("who invented packet
# switching?": the packet switching article never says "invented", 0.598 of the
# question, and "Wei Yilin invented a suspension method" was quoted instead), while
# "the population of myanmar", two words, still needs 0.6.
SEVERAL_WORDS, SEVERAL_COVERAGE = 3, 0.55


def coverage_needed(query: Query) -> float:
    """The share of the question a passage's article must hold to be quoted."""
    words = query.own_words
    unseen = [w for w in words if not w.alternatives]
    # A year is no wording of the question's own: "who won the 2020 election?" asks
    # about one no article names.
    if len(unseen) == 1 and len(words) >= LONG_QUESTION and not is_year(unseen[0].written):
        return PARAPHRASE_COVERAGE
    if not unseen and len(words) >= SEVERAL_WORDS:
        return SEVERAL_COVERAGE
    return MIN_COVERAGE


def reaching(index: Index, query: Query) -> Callable[[Ranked], bool]:
    """Whether a passage's relevance reaches a bar, counting each question word it does
    not hold and its article's title does at TITLE_WEIGHT of the word's importance (what
    a passage of average length holding it once scores): news names its subject in the
    title and the lede, then "the cathedral", "the fire" ("when did the notre dame fire
    happen?" is told by "The cause of the fire of April 2019...", under "Notre-Dame de
    Paris reopens..."). For the bar alone: it ranks as it did."""
    # the words some passage holds: one only titles hold ("blackout" in "...Europe's
    # worst blackouts") would lend every sentence of the article the bar; it lends it to
    # those holding all the others ("tell me about the spanish blackout": "Almost all of
    # Spain and Portugal lost electricity...", not only "Spanish Prime Minister...")
    # (not the words a question asks by, which the sentence telling it need not write:
    # "how long did the spanish blackout last?": "...by Tuesday morning more than 99
    # percent of supply had been restored")
    words, titled = [], []
    for w in query.words:
        if (ids := term_ids(index, w.alternatives)) and not w.asks:
            (words if sentences_hold(index, w) else titled).append((w.importance, ids))

    def reaches(r: Ranked, bar: float) -> bool:
        if r.relevance >= bar or not words or query.ideal <= 0:
            return r.relevance >= bar
        held = set(index.docs.terms_of(r.number).tolist())
        title = title_ids(index, r.number)
        lent = sum(i for i, ids in words if ids & title and not ids & held)
        if all(ids & held for _, ids in words):
            lent += sum(i for i, ids in titled if ids & title)
        return r.relevance + TITLE_WEIGHT * lent / query.ideal >= bar

    return reaches


def covers(
    index: Index, question: str, min_coverage: float, followed: np.ndarray | None
) -> Callable[[Ranked], bool]:
    """Whether a passage's article holds enough of the question (``min_coverage``), or,
    where a follow-up asks how many of a thing, the passage is of an article it follows
    up (``followed``: their passages; None: it follows none), holds PARAPHRASE_COVERAGE
    and counts it: "how many countries are affected?" after coral bleaching is told by
    "Bleaching has been confirmed in at least 53 countries...", though its article
    writes no "affected". Not in another article naming the thing ("how many guards did
    it have?" after the Louvre's robbery, not a strike's guards), nor for a question of
    its own ("how many people died in the spanish blackout?" is not told by the pope's
    "a crowd of about 150,000 people")."""
    counting = _count_asked(question)
    timing = asks_when(question) and POINTING_BACK.search(question) is not None
    if followed is None or (counting is None and not timing):
        return lambda r: r.coverage >= min_coverage
    text = index.passages.text

    def counts(r: Ranked) -> bool:
        if r.coverage < PARAPHRASE_COVERAGE or not np.isin(r.number, followed):
            return False
        if counting is None:  # "when do they start?" after the tariffs: "...from April 5"
            return bool(tells_when(text(r.number), question))
        return counting.search(text(r.number)) is not None

    return lambda r: r.coverage >= min_coverage or counts(r)


def _count_asked(question: str) -> re.Pattern[str] | None:
    """What tells the number "how many X?" asks of its thing (``asked_amounts.counted``); None
    where it asks no "how many", or counts nothing it names ("how many?")."""
    counting = counted(question) if amount_asked(question) == "how many" else None
    return None if counting is AMOUNT else counting


def saying_enough(index: Index, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """Those of ``ranked`` that hold PARAPHRASED_HELD of the question themselves, a
    question word by any of its terms: a question with a word of its own wording is
    answered by a passage saying the rest, not by one sharing a word with it in an article
    holding the rest ("who leads the kachin independence army?" quoted "All of these are
    optional and independently controllable.", a docstring's)."""
    if not ranked:
        return ranked
    held = importance_held(index, query.words, numbers_of(ranked))
    enough = (held >= PARAPHRASED_HELD * query.ideal).tolist()
    return [r for r, kept in zip(ranked, enough, strict=True) if kept]


def importance_held(index: Index, words: Sequence[Word], numbers: np.ndarray) -> np.ndarray:
    """For each passage of ``numbers``, the importance of the ``words`` it holds (a word
    of its, or a synonym)."""
    held = np.zeros(numbers.size)
    for word in words:
        if word.alternatives:
            held += word.importance * index.bm25.holding(word.alternatives, numbers)
    return held


# A follow-up asking where, why, when or how long (far, old...) of what it points back to
# ("where was it played?", "why does it matter?", "how long did it take?") asks of what it
# follows, whatever else its words are said of; not how many or how much ("how many
# children did she have?" asks of children).
POINTING_BACK = lazy(
    r"^\s*(?:where|why|when|how(?!\s+(?:many|much)\b))\b.*" + POINTING.pattern, re.I
)
