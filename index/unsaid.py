"""What a question asks that the first passages found do not say (an amount, a time, a
score, a colour, whose a thing is...): the answer then says so instead of quoting them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .asked import asks_when, time_unsaid
from .asked_amounts import (
    AGED,
    HARMED,
    ONE_HARMED,
    SCORE,
    amount_asked,
    amount_unsaid,
    asks_score,
    counted,
    counted_thing,
    harm_counted,
)
from .asked_by import BIRTH_NAME, BIRTH_TIME, COLOUR, DANGER, MATERIAL, OWNER, PENALTY
from .firsts.ages import age_told, age_written
from .firsts.counts import length_told
from .firsts.dates import event_dated
from .firsts.placing import (
    DEFAULT_TOP,
    LEDE_REACH,
    counts_any,
    nearly_first,
    told_in_first_article,
    told_in_first_articles,
)
from .index import Index
from .query import Query, Word
from .ranking import Ranked
from .seeming import term_ids


def left_unsaid(index: Index, question: str, query: Query, ranked: Sequence[Ranked]) -> str:
    """What ``question`` asks that the first passages (``ranked``) do not say: an amount
    none of the first DEFAULT_TOP holds ("how much does a tank cost?"; for "how old",
    none of the first AGE_REACH nearly as relevant writes an age either, and for "how
    long" none a length of time), or a time none of those nearly as relevant as the
    first tells (_timed) nor one of the first's article dating what it lacks, which
    timed_first puts first (``event_dated``: "when does the ban start?": "The ban takes
    effect in late 2025"); "" otherwise."""
    shown_first = [index.passages.text(r.number) for r in ranked[:DEFAULT_TOP]]
    if counted(question) is AGED:  # an age where counted_first looks for one tells it,
        # or one of whom it asks among the first shown
        told = age_told(index, question, ranked, query) or age_written(
            index, question, shown_first, query
        )
        return "" if told else amount_asked(question)
    if length_told(index, question, ranked):
        return ""  # ...and so does a length of time where _lasting_first looks
    if asks_score(question) and not any(SCORE.search(text) for text in shown_first):
        return "the score"  # "what was the score?" after an earthquake
    if COLOUR.asked(question) and not any(COLOUR.told.search(text) for text in shown_first):
        return COLOUR.unsaid  # "what colour is the vision pro?"
    for asked in (OWNER, MATERIAL):  # ...among those telling_first looks in
        if asked.asked(question) and not any(
            asked.told.search(index.passages.text(r.number)) for r in ranked[:LEDE_REACH]
        ):
            return asked.unsaid  # "who owns the stadium?": not "...at the Ernst Happel
            # Stadium"; "what is the spire made of?": not "...is topped by a golden rooster"
    if DANGER.asked(question) and not told_in_first_article(index, ranked, DANGER.told.search):
        return DANGER.unsaid  # "is bitcoin dangerous?": not "Bitcoin rose above 100,000..."
    if BIRTH_NAME.asked(question) and not told_in_first_article(
        index, ranked, BIRTH_NAME.told.search
    ):
        return BIRTH_NAME.unsaid  # "what was putin's real name?": not "...President Putin"
    if BIRTH_TIME.asked(question) and not told_in_first_article(
        index, ranked, BIRTH_TIME.told.search
    ):
        return BIRTH_TIME.unsaid  # "when was gukesh born?": not "...Kasparov, who was 22
        # when he won the title in 1985"
    if PENALTY.asked(question) and not told_in_first_articles(
        index, ranked, PENALTY.told.search, query
    ):
        return PENALTY.unsaid  # "what happens if you don't pay for the vision pro?"
    if _uncountable(index, question, query, ranked):
        return "how many"
    timed = _timed(question, ranked, shown_first)
    if asks_when(question) and (dated := event_dated(index, question, query, ranked)):
        timed = [*timed, index.passages.text(dated.number)]
    unsaid = amount_unsaid(shown_first, question) or time_unsaid(timed, question)
    return unsaid or ("how many" if _harm_uncounted(index, question, query, ranked) else "")


def _uncountable(index: Index, question: str, query: Query, ranked: Sequence[Ranked]) -> bool:
    """Whether ``question`` counts a thing that none of the first DEFAULT_TOP passages'
    articles writes by any word for it: no number of theirs counts it ("how many apps
    does the vision pro have?" quoted the headset's "...costs 3,499 dollars")."""
    word = counted_thing(question) if amount_asked(question) == "how many" else ""
    asked = [w for w in query.words if w.written.lower() == word] if word else []
    if not asked:
        return False
    articles = {int(index.passages.article[r.number]) for r in ranked[:DEFAULT_TOP]}
    return not any(article_holds(index, a)(w) for a in articles for w in asked)


def _harm_uncounted(index: Index, question: str, query: Query, ranked: Sequence[Ranked]) -> bool:
    """Whether ``question`` asks how many died or were hurt (``asked_amounts.harm_counted``) and
    none of the first DEFAULT_TOP counts any harm in an article holding each word naming
    what they were harmed in: any number is no count of the dead ("how many people died
    in the notre dame fire?" quoted "...reopened on Saturday, five and a half years after
    a fire..."; "how many were injured in the super bowl?" "Eagles quarterback Jalen Hurts
    was named..."), nor a count in another article ("how many people died in the india
    election?": the Air India crash's "...killing 241 of the 242 people on board")."""
    subject = harm_counted(question)
    if subject is None:
        return False
    named = [w for w in query.own_words if w.alternatives and w.written.lower() in subject]
    for r in ranked[:DEFAULT_TOP]:
        text = index.passages.text(r.number)
        if not HARMED.search(text) or not (counts_any(text) or ONE_HARMED.search(text)):
            continue
        held = article_holds(index, int(index.passages.article[r.number]))
        if all(held(w) for w in named):
            return False
    return True


def article_holds(index: Index, article: int) -> Callable[[Word], bool]:
    """Whether the article ``article`` (its number) writes a word, by any of its terms, in
    a passage or its title."""
    here = np.array([article], dtype=np.int64)
    title = set(index.titles.terms_of(article).tolist())

    def holds(word: Word) -> bool:
        terms = word.alternatives
        return bool(index.article_bm25.holding(terms, here)[0]) or bool(
            term_ids(index, terms) & title
        )

    return holds


def _timed(question: str, ranked: Sequence[Ranked], texts: Sequence[str]) -> Sequence[str]:
    """Of the first passages' ``texts``, those that may tell when ``question`` asks it:
    nearly as relevant as the first (TIMED_NEAR), as timed_first puts one first. "When
    will india get the spare parts" quoted "...joint production of spare parts in India"
    for the "last year" of a passage half as relevant. (All for "how long": "how long has
    Russia been India's arms supplier?" is answered by "Russia has long been...".)"""
    if not asks_when(question):
        return texts
    return [t for t, near in zip(texts, nearly_first(ranked), strict=True) if near]
