"""What a follow-up asks of the articles it follows: the passages of those articles, the
words carried that they hold, and when it is asked anew of others."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

import numpy as np

from .asked_by import OBJECTION
from .bar import MIN_RELEVANCE, POINTING_BACK, importance_held
from .firsts.told import what_tells
from .index import Index
from .lookups import lookups
from .query import Query, Word, build_query
from .ranking import Ranked, dated_year, held_by_articles, numbers_of
from .reading import said_of_something
from .seeming import is_light, passages_of, read_by
from .unsaid import article_holds

# How common in English (wordfreq's Zipf scale) each word of a question asked right after
# an answer must be for it to ask of that answer's articles though it leans on no pronoun
# ("how did markets react?" after India's election: "Shares in Mumbai fell..."; "did the
# us know?" after the Syrian rebels). Over the 79 articles' sets, 3.0 and 4.0 mended the
# same seven turns, 5.0 three of them; none went down at any.
GENERIC_ZIPF = 4.0


def naming_its_own(
    index: Index, query: Query, ranked: list[Ranked], question: str = "", followed: str = ""
) -> list[Ranked]:
    """The passages that hold one of a follow-up's own words: "and China?" after a
    question about Myanmar's suppliers is answered by passages naming China, and "what
    about India?" by none when no passage does. (A follow-up of stop words alone, "when
    was that?", has no own words and keeps every passage, and so does one of light
    verbs alone: the "get" of "how big did it get?" is no subject of its own, nor a word
    English uses too often to weigh anything that no article writes.) Where a follow-up
    asks where, why or when of what it points back to and only other articles say its
    words, it asks of the article it follows (POINTING_BACK, _the_subject; the one the
    answer before quoted first, ``followed``, where it ranks: "when do they start?" after
    the tariffs and China's response, not the blackout's "Power began returning..."):
    every passage is kept, that article's first. A passage telling what is asked names it
    (``what_tells``: "how many people were in it?" after the Wegovy trial, "The study
    followed 17,604 adults...")."""
    wanted = _own_ids(index, query)
    if wanted is None:
        return ranked
    tells = what_tells(index, question, query)
    naming = [
        r
        for r in ranked
        if _names_any(index, r.number, wanted)
        or (tells is not None and tells(index.passages.text(r.number)))
    ]
    if POINTING_BACK.search(question) and ranked:
        subject = _the_subject(index, query, ranked)
        if followed in index.spans:
            its = index.passages.article[index.spans[followed].start]
            if np.isin(index.passages.article[numbers_of(ranked)], its).any():
                subject = np.array([its])
        if not np.isin(index.passages.article[numbers_of(naming)], subject).any():
            # "where was it played?" after the final: only films and the seed's "played
            # an invaluable role" say "play"; "when did it begin?" after the Boeing
            # strike, another strike "which began in November": its passages first
            ours = np.isin(index.passages.article[numbers_of(ranked)], subject).tolist()
            return [r for r, o in zip(ranked, ours, strict=True) if o] + [
                r for r, o in zip(ranked, ours, strict=True) if not o
            ]
    return naming


def _names_any(index: Index, number: int, wanted: np.ndarray) -> bool:
    """Whether passage ``number`` holds one of the term ids ``wanted``, or, an article's
    opening, its title does: the opening tells the title's news ("what went wrong?" after
    Japan's lunar landing: "...but its lander's solar cells were not generating
    electricity", titled "...touches down but solar panels fail")."""
    if np.isin(index.docs.terms_of(number), wanted).any():
        return True
    columns = index.passages.column
    if columns("paragraph")[number] != 1 or columns("sentence")[number] != 1:
        return False
    return bool(np.isin(index.titles.terms_of(index.passages.article[number]), wanted).any())


def _asking_words(index: Index, query: Query) -> list[Word]:
    """A follow-up's own words, light verbs and those it asks by aside ("what is it
    called?" after Japan's lunar lander names nothing: "The Smart Lander for
    Investigating Moon, or SLIM, ...", not CrowdStrike's "emergency call lines")."""
    return [
        w
        for w in query.own_words
        if (w.alternatives or w.importance > 0)
        and not w.asks
        and not is_light(index.analyzer, w, verbs=True)
    ]


def _own_ids(index: Index, query: Query) -> np.ndarray | None:
    """The term ids of a follow-up's own words, light verbs aside save what their phrase
    means ("get out": escape; sorted; empty: the index holds none), or None where it has
    no such word (naming_its_own)."""
    words = _asking_words(index, query)
    # "how did people get out?" after Haneda's collision: "All 379 passengers and crew
    # escaped..." names no people
    meant = [
        t
        for w in query.own_words
        if is_light(index.analyzer, w, verbs=True)
        for t, _ in read_by(index.analyzer, w, verbs=True)
    ]
    if not words and not meant:
        return None
    terms = [t for w in words for t in w.alternatives] + meant
    ids = {term_id for term in terms if (term_id := index.vocabulary.terms.id(term)) is not None}
    return np.array(sorted(ids), dtype=np.int32)


# An answer quoting more articles than this found no one subject to follow up.
FOLLOWED_MOST = 2


def names_nothing(index: Index, query: Query, question: str) -> bool:
    """Whether ``question`` names nothing, its words all ones English uses often (each
    at GENERIC_ZIPF at least: "markets", "us", "know", the participle closing a
    question in the passive: "evacuated", or how an objection is asked: "any
    objections?"), typed in small letters: "what happened to the markets?", not "what
    happened to asml?" nor "what is Tesla?"."""
    words = [w for w in query.own_words if w.alternatives]
    if not words or any(c.isupper() for c in question):
        return False
    passive = said_of_something(question)  # "was anyone evacuated?": said of someone
    return all(
        index.vocabulary.zipf(written := w.written.lower()) >= GENERIC_ZIPF
        or written == passive
        or OBJECTION.by(question, written)
        for w in words
    )


def followed_passages(index: Index, query: Query, recent: Collection[str]) -> np.ndarray | None:
    """The passages of the articles ``recent`` that a follow-up ``query`` asks of, in
    order, or None (no article or more than FOLLOWED_MOST, or no word of its own): of
    the one quoted first alone, where it holds a word of the follow-up's own ("is there
    a vaccine?" after mpox's symptoms, quoted before chikungunya's fever, asks of mpox,
    not of the article whose opening says "vaccine" and "fever" both)."""
    held = [a for a in recent if a in index.spans]
    if query.own < 0 or not query.own_words or not 0 < len(held) <= FOLLOWED_MOST:
        return None
    if len(held) > 1:
        first = passages_of(index, held[:1])
        if any(
            index.bm25.holding(w.alternatives, first).any()
            for w in query.own_words
            if w.alternatives
        ):
            return first
    return passages_of(index, held)


def undated_query(index: Index, query: Query, followed: str) -> Query:
    """``query`` without the years it carries that the article ``followed`` (the answer
    before quoted it first) was published in: "where was it held?" after "eurovision
    2025" asks of the contest that article reports, which says "on Saturday", not "in
    2025" (carried, the year, held only by the article's date, kept its sentences under
    the bar, and "...fail to stop under-16s from holding accounts" was quoted)."""
    if query.own < 0 or followed not in index.spans:
        return query
    published = str(index.years()[index.passages.article[index.spans[followed].start]])
    carried = [w for w in query.carried_words if list(w.alternatives) != [published]]
    if len(carried) == len(query.carried_words):
        return query
    return replace(query, words=(*query.own_words, *carried))


def held_carried(index: Index, query: Query, followed: str) -> Query:
    """``query`` without the words it carries that the article ``followed`` (the answer
    before quoted it first) writes nowhere, nor its title, where it carries others: the
    answer before was told in other words ("why did it take so long?" after "how did they
    fix it?" of Voyager 1, answered by "...the team split it into sections and moved
    them...": "fix", carried, kept each of its sentences under the bar), and the article
    holds most of what is carried."""
    if query.own < 0 or followed not in index.spans:
        return query
    held = article_holds(index, int(index.passages.article[index.spans[followed].start]))
    carried = [w for w in query.carried_words if not w.alternatives or held(w)]
    if not carried or len(carried) == len(query.carried_words):
        return query
    # ...where the article holds most of them (by importance): one holding too little of
    # what was carried is no subject of it ("was anyone hurt?" after "what happened to
    # the alaska airlines jet?", whose answer quoted a runway crash's "plane")
    if 2 * sum(w.importance for w in carried) < sum(w.importance for w in query.carried_words):
        return query
    return replace(query, words=(*query.own_words, *carried))


def held_in(index: Index, query: Query, recent: Collection[str]) -> bool:
    """Whether a passage of the articles ``recent`` holds a word of ``query``'s own (so
    where it follows up none: ``followed_passages``)."""
    followed = followed_passages(index, query, recent)
    return followed is None or any(
        index.bm25.holding(w.alternatives, followed).any()
        for w in query.own_words
        if w.alternatives
    )


def of_followed(
    index: Index, query: Query, ranked: list[Ranked], followed: np.ndarray, min_coverage: float
) -> tuple[list[Ranked], dict[int, float]]:
    """``ranked`` (naming a follow-up's own words) with those from the articles it
    follows up (``followed``: their passages; their article holding ``min_coverage`` of
    the question) first, and the relevance they need, by number: MIN_RELEVANCE of what
    the follow-up's own words could reach. Its carried words found the article; a
    sentence of it need not repeat them ("was anyone hurt?" after the
    Alaska Airlines door plug: "Several people suffered minor injuries", not Haneda's
    "...coast guard plane ... serious injuries", holding the "plane" that "jet" carried).
    Not where another article says more of those words: the answer before may have
    quoted the wrong one ("when did it lose contact?" after "how much did a seat cost?"
    quoted election seats, whose "lost their seats" says no contact).
    """
    words = _asking_words(index, query)
    if not ranked or not words:
        return ranked, {}
    numbers = numbers_of(ranked)
    held = importance_held(index, words, numbers)
    covered = np.array([r.coverage >= min_coverage for r in ranked], dtype=bool)
    ours = np.isin(numbers, followed) & covered
    if not (ours & (held > 0)).any() or held[ours].max() < held[~ours].max(initial=0.0):
        return ranked, {}
    first = (ours & (held > 0)).tolist()
    mine = [r for r, kept in zip(ranked, first, strict=True) if kept]
    rest = [r for r, kept in zip(ranked, first, strict=True) if not kept]
    bar = MIN_RELEVANCE * min(1.0, sum(w.importance for w in query.own_words) / query.ideal)
    return mine + rest, dict.fromkeys((r.number for r in mine), bar)


# The share of the words a follow-up carries (by importance) that an article it is
# answered from, which the answer before did not quote, must hold to be of the same thing
# (``elsewhere``).
ELSEWHERE_HELD = 0.5


def elsewhere(
    index: Index,
    query: Query,
    question: str,
    ranked: list[Ranked],
    recent: Collection[str],
    earlier: str = "",
) -> bool:
    """Whether a follow-up ``query`` naming nothing of its own (``question``:
    ``names_nothing``; a participle closing a question in the passive is said of
    someone: "was anyone evacuated?" after Dubai's floods, not Florida's evacuation),
    whether it asks by a pronoun of what the answer before named, of anyone ("was anyone
    injured?" after Jasper's wildfire, not the Myanmar quake's injured), in the passive
    ("were flights cancelled?" after Dubai's floods, not CrowdStrike's) or by no such
    word ("is climate change to blame?" after Valencia's floods, not the coral reefs'
    "...driven by climate change"), is answered first
    from an article that answer did not quote (``recent``) and that holds less than half
    of the words carried (as themselves, numbers aside, by importance): of something
    else ("how did they fix it?" after Voyager 1's distance: "...a fix had been
    released" of CrowdStrike's outage, which writes "trips" and "one" but no "Voyager";
    Voyager's article writes no "fix"; "what caused it?" after Japan Airlines' runway
    collision: "The update to CrowdStrike's Falcon software caused...", whose article
    writes "airlines" alone), or none of the names carried (words rarer than
    GENERIC_ZIPF: "who are their customers?" after ASML's shares, not Nvidia's). An
    article holding half may be what the answer before should have quoted ("what kind
    of plane was it?" after Haneda's fault was answered from Dubai's floods). Where no
    answer before quoted anything (``recent`` empty) and the question before
    (``earlier``) named its subject only by words no article holds (all its words rarer
    than GENERIC_ZIPF), any is."""
    article = index.info_of(ranked[0].number).id
    if article in recent or query.own < 0:
        return False
    if not names_nothing(index, query, question):  # "what about nvidia, who buys its chips?"
        return False
    if not recent:  # no answer before quoted anything, and the question before named
        # only what no article holds: nothing the corpus tells of is named back ("when will they
        # come home?" after the Starliner quoted Syria's "...forced about 13 million from
        # their homes")
        before = build_query(earlier, index.analyzer, index.vocabulary, corpus=lookups(index))
        named = [  # ...the words naming its subject, rarer than GENERIC_ZIPF
            w
            for w in before.own_words
            if index.vocabulary.zipf(w.written.lower()) < GENERIC_ZIPF and not dated_year(index, w)
        ]
        return bool(named) and not any(w.alternatives for w in named)
    # each carried word as itself, not its synonyms ("voyager" is no "trip")
    carried = [
        (term, w.importance)
        for w in query.carried_words
        if not (term := max(w.alternatives, key=w.alternatives.get)).isdigit()
    ]
    where = passages_of(index, [article])
    held = sum(weight for term, weight in carried if index.bm25.holding([term], where).any())
    if bool(carried) and held < ELSEWHERE_HELD * sum(weight for _, weight in carried):
        return True
    # ...or lacks the weightiest of the names carried, words rarer than GENERIC_ZIPF ("who
    # are their customers?" after ASML's shares: not Nvidia's "Customers such as
    # Microsoft...", whose article holds "shares" and "rose" but no "ASML"; "what caused
    # it?" after "wildfire jasper → where did people go?": not Los Angeles' "The cause of
    # the fires is still under investigation", whose article holds "wildfire", no "Jasper")
    names = [  # (carried words are written unseen: their terms say them)
        w
        for w in query.carried_words
        if w.itself and index.vocabulary.zipf(w.itself[0]) < GENERIC_ZIPF
    ]
    weightiest = max(names, key=lambda w: w.importance, default=None)
    return weightiest is not None and not index.bm25.holding(weightiest.itself, where).any()


def _the_subject(index: Index, query: Query, ranked: list[Ranked]) -> np.ndarray:
    """The articles of ``ranked`` that hold the most of what the follow-up ``query``
    carries (by importance): those it follows up."""
    numbers = numbers_of(ranked)
    held = held_by_articles(index, numbers, query.carried_words)
    return index.passages.article[numbers[held == held.max()]]
