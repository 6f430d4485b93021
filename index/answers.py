"""Answer a question: the best passages above the no-answer threshold, highlighted, deduplicated."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import zip_longest

import numpy as np

from .aliases import with_aliases
from .analysis import Token
from .arrays import find_sorted
from .asked import (
    asks_cause_alone,
    asks_when,
    is_year,
    judges_amount,
    kinds_asked,
)
from .asking import asking_sentence, denied_again
from .bar import (
    MIN_RELEVANCE,
    PARAPHRASE_COVERAGE,
    coverage_needed,
    covers,
    reaching,
    saying_enough,
)
from .chat import ASIDES, spelled_out
from .compared import sides, sides_measured, sides_of_kind
from .corpus import Article
from .defining import Asked, defines, subject_asked, subject_followed, titled
from .errors import (
    BadPassageCount,
    EmptyQuestion,
    NoArticleLinked,
    QuestionTooLong,
    UnknownArticle,
    WhichArticle,
)
from .excluded import excluded, holding
from .firsts.affirmed import affirmed_first
from .firsts.dates import news_dated_first
from .firsts.focus import covered_first, focused_first, own_first, titled_first
from .firsts.ledes import lede_first, titled_news_first
from .firsts.named import named_second
from .firsts.others import agent_here_first, of_another_first
from .firsts.places import in_place_first, whole_name_first
from .firsts.placing import (
    DEFAULT_TOP,
    LEDE_REACH,
)
from .firsts.reasons import asks_why, explains_news, gives_reason
from .firsts.recent import recent_first
from .firsts.telling import telling_first
from .firsts.told import of_asked_before_first, told_after, told_in_article, what_tells
from .followed import (
    elsewhere,
    followed_passages,
    held_carried,
    held_in,
    names_nothing,
    naming_its_own,
    of_followed,
    undated_query,
)
from .index import Index
from .lookups import lookups
from .names import SMALL_WORDS
from .opening import GIST, OPENING_SENTENCES, asks_gist, gist_subject, title_asked, titled_so
from .passages import Passage
from .patterns import lazy
from .phrases import Said, quoted, saying, spans
from .query import Query, build_query
from .ranking import CANDIDATES, Ranked, dated_year, rank
from .recency import LATEST_POOL, asks_latest, newest_first
from .rerank import FUNCTION_WORDS, rerank
from .rerank_weights import WEIGHTS
from .seeming import (
    beyond_names,
    by_agent_asked,
    by_year_asked,
    countries_named,
    holding_role_asked,
    in_places_asked,
    in_places_carried,
    names_as_typed,
    on_topic_carried,
    out_of_names,
    titled_only,
    titled_subject,
    written_as_name,
    year_of_typed,
)
from .unsaid import left_unsaid

MAX_QUESTION_CHARS = 500
# Between the questions a follow-up carries, the first naming the subject: "jets? → and
# China?" (the bot writes ``earlier`` so; ``_switched`` reads the last of them)
CHAIN = " → "
# A cause asked alone of what is followed up, asked as why (``answer``)
_WHY_ASKED = "why did it happen?"
# Pages after the first offer only passages scoring at least this share of the best one,
# so that More stays on the question instead of drifting to whatever shares a word: of
# the passages at places 2-10 for the dev and held-out questions (seed + distractors),
# every right one scored 0.3 of the first or more, and 70% of the others less. The first
# page is not cut so (on SQuAD's questions, right passages do fall below it).
RELATIVE_FLOOR = 0.3
# Of the passages naming what "what is X?" or "where is X?" asks about, the best ranked
# this many are read for a sentence saying what or where it is (index/defining.py). At
# 1M sentences (issue 15's corpus, throwaway script) such a question took 5-8 ms against
# 1 ms without looking and 2-4 ms at 100; reading all 1,970 naming "Russia", 180 ms. At
# 100, "where is Warsaw?" missed "Warsaw lies in east-central Poland", 115th of 124.
DEFINING_READ = 300
# The most passages an answer offers, all its pages together (More stops there).
MAX_PASSAGES = 12
# The passages the rules choosing the first choose among, however many a page shows, so
# that a member sees first what a page of ten would (evaluation.DEPTH): at three, 7 of
# 1,530 questions over 79 articles had another first, 5 of them wrong where ten's was
# right, none the other way.
CHOSEN_AMONG = 10
# Candidates fetched beyond those offered, so that collapsing duplicates still fills them.
_SPARE = 20
# Invisible characters that split or hide words when pasted into a question: soft hyphen,
# zero-width spaces and joiners, bidirectional marks, the byte-order mark.
_INVISIBLE = lazy("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# A link, bare or between <> as Discord's link without preview.
_LINK = lazy(r"<?(?:https?://|www\.)[^\s>]+>?", re.IGNORECASE)

# Chat's "w/" for "with" ("who is he meeting w/ in moscow"), which else leaves a "w", and
# its "w" alone between words in small letters ("whats the deal w the venice entry fee")
_CHAT_WITH = lazy(r"\b[wW]/(?=\s|$)|(?<=[a-z] )w(?= [a-z])")


Span = tuple[int, int]


@dataclass(frozen=True)
class Hit:
    """A quoted passage, where it comes from, and why it was chosen."""

    number: int  # the passage's position in the index
    passage: Passage
    article: Article
    score: float
    relevance: float  # score / the best score the question could reach
    highlights: tuple[Span, ...]  # spans of passage.text whose words match the question
    also_in: tuple[str, ...] = ()  # other articles quoting the same sentence


@dataclass(frozen=True)
class Answer:
    """The passages that answer ``question``, or none: then the corpus holds no answer."""

    question: str
    question_terms: tuple[str, ...]  # the question as analysed, in order
    hits: tuple[Hit, ...]
    offset: int = 0  # how many better passages were shown before these (paging)
    total: int = 0  # how many passages the answer offers, all pages together
    missing: tuple[str, ...] = ()  # the question's words no article holds (nor a typo of)
    # The phrases it quotes that no passage says word for word: answered without them.
    unquoted: tuple[str, ...] = ()
    # Its words taken for typos: (as written, the corpus word it was read as).
    mended: tuple[tuple[str, str], ...] = ()
    near: bool = False  # passages came close, all under the bar for an answer
    closest: bool = False  # ``hits`` are those, shown as asked for (``strict`` false)
    newest_first: bool = False  # asked for the latest: the passages go by date, newest first
    excluded: tuple[str, ...] = ()  # words it excludes ("-Russia"): no passage quoted holds them
    gist: bool = False  # it asked for an article's gist: ``hits`` are the article's opening
    # What it asks that the passages about it do not say ("how many"): not answered.
    unsaid: str = ""
    # The countries and names it asks about, each whole as typed, whose articles held none
    # of the passages found (``seeming.names_as_typed``).
    unnamed: tuple[str, ...] = ()
    # The two things it compares where no article answers both: its passages are on
    # each in turn (compared.sides: "compare ASML and the Bank of England").
    sides: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.hits)

    @property
    def more(self) -> bool:
        """Whether passages beyond these are offered too."""
        return self.offset + len(self.hits) < self.total


def clean_question(question: str) -> str:
    """The question as it is analysed: NFKC, invisible characters and links taken out,
    chat's "w/" written out, white space collapsed.

    >>> clean_question("who sup\u00adplies Myan\u200bmar's jets? https://example.com/a")
    "who supplies Myanmar's jets?"
    >>> clean_question("who is he meeting w/ in moscow")
    'who is he meeting with in moscow'
    """
    question = _INVISIBLE.sub("", unicodedata.normalize("NFKC", question))
    question = _CHAT_WITH.sub("with", question)
    return " ".join(_LINK.sub(" ", question).split())


def check_question(question: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """The question cleaned (clean_question); QuestionTooLong if it is longer than
    ``limit`` (an edge may ask for less), EmptyQuestion if no letter or digit is left."""
    question = clean_question(question)
    if len(question) > limit:
        raise QuestionTooLong(len(question), limit)
    if is_empty(question):
        raise EmptyQuestion()
    return question


def is_empty(question: str) -> bool:
    """Whether ``question`` has nothing to search for: no letter or digit ("?", "👍")."""
    return not any(c.isalnum() for c in question)


def answer(
    index: Index,
    question: str,
    top: int = DEFAULT_TOP,
    offset: int = 0,
    earlier: str = "",
    *,
    within: str = "",
    weights: Mapping[str, float] = WEIGHTS,
    strict: bool = True,
    recent: Collection[str] = (),
) -> Answer:
    """The ``top`` best passages for ``question`` after the first ``offset`` (``_answer``;
    ``recent``: the ids of the articles the answer before quoted, the one it follows up
    or the member's last, ``recent_first``);
    where it compares two things that no article holds together ("compare ASML and the
    Bank of England": it said no article naming "asml" answers it), the passages on
    each, in turn (``sides``)."""
    found = _answer(index, question, top, offset, earlier, within, weights, strict, recent)
    if not found.hits and earlier and asks_cause_alone(question):
        # "what caused it?" after Voyager 1's news: its article writes no "cause" ("Engineers
        # traced the problem to a single faulty chip"), which other articles' do: asked
        # why, where a reason comes first (not the news alone: why asked of it quotes it)
        why = _answer(index, _WHY_ASKED, top, offset, earlier, within, weights, strict, recent)
        told = why.hits and gives_reason(why.hits[0].passage.text)
        return replace(why, question=question) if told else found
    if not found.hits and earlier and (switched := _switched(index, question, earlier)):
        # "and the australian open?" after "who won the tour de france?" asks "who won the
        # australian open?": the names carried weighed against its article
        again = _answer(index, switched, top, offset, "", within, weights, strict, recent)
        if again.hits:
            return replace(again, question=question)
    compared = sides(question)
    if compared is None:
        return found
    # each side asked what it compares them by ("which cost more, notre dame or the
    # titan?": each one's price), or with the kind "which X" names, where both so find
    # passages ("which quake ..., chile or myanmar?"), else as written
    each: list[Answer] = []
    measured = sides_measured(question)
    for asked in filter(None, (measured, sides_of_kind(question), compared)):
        each = [_answer(index, side, top + offset, 0, earlier, within, weights) for side in asked]
        if all(side.hits for side in each):
            break
    # (both in one article, the question answers them together, save where each is asked
    # what they are compared by: "who is older, hopfield or hinton?", "Hopfield, 91, ...",
    # "Hinton, 76, ...", not the opening naming both)
    together = found.hits and asked is not measured and _together(index, each)
    if not all(side.hits for side in each) or together:
        return found
    turns = zip_longest(*(side.hits for side in each))
    merged = list({h.number: h for turn in turns for h in turn if h is not None}.values())
    return replace(
        found,
        question_terms=tuple(dict.fromkeys(t for side in each for t in side.question_terms)),
        hits=tuple(merged[offset : offset + top]),
        offset=offset,
        total=len(merged),
        missing=(),
        unsaid="",
        unnamed=(),
        near=False,
        closest=False,
        sides=compared,
    )


# A follow-up naming another subject: "and the australian open?", "what about intel?"
_SWITCHED = lazy(
    r"^\W*(?:and|what\s+about|how\s+about)\s+(?:(?:in|at|on|for)\s+)?(\w.*?)\W*$",
    re.I,
)
_WORD = lazy(r"[\w'’-]+")
_DETERMINED = lazy(r"\b(?:the|a|an)\s+$", re.I)
_DETERMINER = lazy(r"^(?:the|a|an)\s+", re.I)


def _switched(index: Index, question: str, earlier: str) -> str:
    """The question ``earlier`` (the last of a chain) asked of what the follow-up
    ``question`` names instead of the name it named ("and the australian open?" after "who
    won the tour de france?": "who won the australian open?"), the words the corpus
    writes as names and the small words between them (SMALL_WORDS) read as that name,
    else the subject it asked to have introduced ("who is the new pope?"); "" where it
    has neither, or ``question`` switches to none."""
    switched = _SWITCHED.match(question)
    if switched is None:
        return ""
    # (a country alone asks the same of it, as on_topic_carried reads it: "what about the
    # us?" after "bank of england rates" is not "the us rates", the tariffs' "rates")
    terms = index.analyzer.analyze(switched[1])
    if not terms or (len(terms) <= 2 and countries_named(index.analyzer, switched[1])):
        return ""
    last = earlier.rsplit(CHAIN, 1)[-1]
    words = list(_WORD.finditer(last))
    named = [written_as_name(index, m.group()) for m in words]
    runs: list[list[int]] = []  # each run of names: where it starts and ends in ``last``
    joined = False  # whether the word before ends the last run
    for at, (m, name) in enumerate(zip(words, named, strict=True)):
        between = (
            joined and m.group().lower() in SMALL_WORDS and at + 1 < len(words) and named[at + 1]
        )
        if name or between:
            if joined:
                runs[-1][1] = m.end()
            else:
                runs.append([m.start(), m.end()])
        joined = name or between
    if not runs:  # ...or what it asked to have introduced ("who is the new pope?")
        asked = subject_asked(last)
        at = last.rfind(asked.subject) if asked else -1
        if at < 0:
            return ""
        runs = [[at, at + len(asked.subject)]]
    (start, end), rest = runs[0], runs[1:]
    phrase = switched[1]
    if _DETERMINED.search(last[:start]):  # "who won the" + "the australian open"
        phrase = _DETERMINER.sub("", phrase)
    parts = [last[:start], phrase]
    at = end
    for begin, stop in rest:
        parts.append(last[at:begin])
        at = stop
    parts.append(last[at:])
    return "".join(parts)


def _together(index: Index, each: Sequence[Answer]) -> bool:
    """Whether an article holds every word of both ``each``'s questions."""
    held: set[int] | None = None
    for term in (t for side in each for t in side.question_terms):
        postings = index.article_bm25.documents((term,))
        articles = set(postings[0].tolist()) if postings else set()
        held = articles if held is None else held & articles
    return bool(held)


def _answer(
    index: Index,
    question: str,
    top: int,
    offset: int,
    earlier: str,
    within: str,
    weights: Mapping[str, float],
    strict: bool = True,
    recent: Collection[str] = (),
) -> Answer:
    """The ``top`` best passages for ``question`` after the first ``offset``.

    ``earlier`` is the question this one follows up ("and China?" after "who supplies
    Myanmar's jets?"): its words count too, at a lower weight (index/query.py).
    ``within`` is the id of the one article to answer from ("": all); UnknownArticle
    if the index holds none such. Phrases the question puts in double quotes ("fighter
    jets") must be said word for word by every passage quoted; when no passage says
    them all, the question is answered as if unquoted, and ``unquoted`` names them.
    ``weights`` are the reranker's (index/rerank.py); benchmarks pass others to
    cross-validate them. ``recent`` are the articles the answer before quoted (the one
    this question follows up, else the member's last): of its first passages scoring
    nearly as well, one of theirs comes first (``recent_first``).
    Passages under the no-answer thresholds are not quoted, and ``near`` says whether
    there were any; not ``strict``, they are (``closest``), for a member who asked to
    see them anyway.
    """
    if links_in(question) and is_empty(clean_question(question)):
        question = f"{GIST} {question}"  # a link alone asks what that page's article says
    within = within or article_linked(index, question)  # "what does <link> say of ..."
    question = check_question(question)
    if top < 1:
        raise BadPassageCount(top)
    passages: range | np.ndarray | None = None
    if within:
        if within not in index.spans:
            raise UnknownArticle(within)
        passages = index.spans[within]
    if asks_gist(question) or (within and _names_gist(index, question, within)):
        return _opening(index, question, within or _sole_article(index), top, offset)
    searched, without = excluded(question)  # "-Russia": no passage holding it
    # "I was reading about the visit. who greeted him?": the sentence asking, the rest
    # read as what it follows up
    searched, context = _asking(index, spelled_out(searched))
    searched = denied_again(searched, earlier)  # "who doesn't?" after "who has to pay?"
    if famed := _FAMED.fullmatch(searched):  # "why is gukesh famous?": who he is
        searched = f"what is {famed['subject']}?"
    searched, latest = asks_latest(searched)  # "latest" is no word to search for
    phrases = quoted(searched)
    said = saying(index, phrases, passages) if phrases else None
    # ...without its words asking for the latest, which no article need write ("now")
    earlier = " ".join(part for part in (context, asks_latest(clean_question(earlier))[0]) if part)
    if earlier and judges_amount(searched):  # ...of the article followed alone
        searched = _COMPARED_ASKED
        if passages is None and (followed := next(iter(recent), "")) in index.spans:
            passages = index.spans[followed]
    query = build_query(searched, index.analyzer, index.vocabulary, earlier, lookups(index))
    if earlier and _KIND_ALONE.fullmatch(searched) and not held_in(index, query, recent):
        # "which companies?" after the Red Sea's ships: the kind of name asked, which the
        # article it follows up never writes ("Maersk and Hapag-Lloyd said..."): "who?"
        # where it asks a name, else "which?"
        searched = "who?" if kinds_asked(searched)[0] else "which?"
        query = build_query(searched, index.analyzer, index.vocabulary, earlier, lookups(index))
    query = undated_query(index, query, next(iter(recent), ""))
    query = held_carried(index, query, next(iter(recent), ""))
    wanted = set(query.weights)  # a property computed from the words: read it once
    missing, mended = _missing_and_mended(index, query)
    if mended and (read := _typed_as_read(searched, mended)) != searched:
        # what the question asks, a typo read as mended, asked as mended ("how many peple
        # died in mecca": people counted, not the temperature's "51.8 degrees")
        searched = read
        query = build_query(searched, index.analyzer, index.vocabulary, earlier, lookups(index))
        query = held_carried(
            index, undated_query(index, query, next(iter(recent), "")), next(iter(recent), "")
        )
        wanted = set(query.weights)
    if not within and not phrases and (titled := titled_only(index, query, searched)):
        return _opening(index, question, titled, top, offset)  # "blackout?": its title's
    if not wanted or query.ideal <= 0:
        unquoted = phrases if said is not None else ()
        return Answer(
            question, query.question_terms, (), missing=missing, unquoted=unquoted, mended=mended
        )
    limit = max(MAX_PASSAGES, offset + top)
    pool = max(limit + _SPARE, LATEST_POOL if latest or without else 0)
    candidates, kept = _candidates(index, query, pool, passages, said)
    if earlier and (aliased := with_aliases(index, searched, query, candidates)) is not None:
        # "where did they find the panel?" after the door plug: "The door plug was
        # found..." ("the panel, known as a door plug"), asked again with the article's
        # other name for it. Following up only: a member who has read an answer asks by
        # its words, where the article goes on by another name (asked anew, the question
        # names what it asks of as it chooses; over a million sentences, looking costs
        # 0.1-0.3 ms a question)
        query, wanted = aliased, set(aliased.weights)
        candidates, kept = _candidates(index, query, pool, passages, said)
    # "how did the markets react?" asked with no pronoun right after an answer: naming
    # nothing but words English uses often, it asks of the articles that answer quoted,
    # as a follow-up does (all its words its own)
    anew = not earlier and bool(recent) and names_nothing(index, query, searched)
    asked_of = replace(query, own=len(query.words)) if anew else query
    followed = (
        followed_passages(index, asked_of, recent) if (earlier or anew) and not within else None
    )
    if followed is not None:  # ...and the best of the articles it follows up
        candidates = _merged(candidates, {r.number: r for r in rank(index, query, pool, followed)})
    asked = None if phrases else subject_asked(searched)  # "who is X?", "where is X?"
    if asked and earlier:  # "what is it?" after "deepseek": what DeepSeek is
        asked = subject_followed(asked, earlier)
    if asked and mended:  # "who is Min Aung Hlang?": as the typo was read
        asked = replace(asked, subject=_as_read(asked.subject, mended))
    defining = _defining(index, query, asked, pool, passages) if asked else {}
    if defining:
        candidates = _merged(candidates, defining)
    if without:
        candidates = _holding_none(index, candidates, without)
    unquoted = phrases if said is not None and not kept else ()  # none says them
    min_coverage = coverage_needed(query)
    reranked = rerank(index, query, searched, candidates, weights)
    lowered: dict[int, float] = {}  # the relevance some passages need, under MIN_RELEVANCE
    if (query.own >= 0 or anew) and query.own_words:
        if not anew:
            reranked = naming_its_own(index, query, reranked, searched, next(iter(recent), ""))
        if followed is not None:
            reranked, lowered = of_followed(index, query, reranked, followed, min_coverage)
    came = len(reranked)
    reranked = in_places_asked(index, query, reranked, searched)
    reranked = in_places_carried(index, query, reranked)
    reranked = on_topic_carried(index, query, searched, reranked)  # "what about the us?"
    set_aside = len(reranked) < came  # passages from articles naming no country asked
    reranked = holding_role_asked(index, query, searched, reranked)  # "the president of"
    if defining:  # what says what X is answers "what is X?" first, however it ranks
        reranked = _defining_first(index, reranked, defining)
    reranked = told_after(index, searched, query, reranked)  # "...Sinner won. The 22-year-old"
    covering = covers(index, searched, min_coverage, followed)
    reaches = reaching(index, query)
    ranked = [
        r for r in reranked if reaches(r, lowered.get(r.number, MIN_RELEVANCE)) and covering(r)
    ]
    # "how old was he?": told in the article followed, the one the answer before quoted first
    # (asked anew naming nothing, as a follow-up: "any criticism?" after the food study)
    ranked = told_in_article(index, searched, asked_of, ranked, reranked, next(iter(recent), ""))
    if min_coverage == PARAPHRASE_COVERAGE:  # its own wording: the passage says the rest
        ranked = saying_enough(index, query, ranked)
    ranked = by_agent_asked(index, query, searched, ranked)  # "what did the court say?"
    of_year = by_year_asked(index, query, searched, ranked)  # "the 2026 world cup"
    undated = year_of_typed(searched) if ranked and not of_year else ""
    ranked = of_year
    # What only seems to answer: passages not saying the amount or time asked, or
    # matching names alone (seeming.py).
    unsaid = left_unsaid(index, searched, query, ranked) if ranked else ""

    def matched(text: str) -> tuple[Span, ...]:  # made only where names alone reads one
        return _Marks(index, wanted).spans(text)

    # "who won the euro 2028 final?": a year no article writes nor was published in is
    # what the question asks about (the final of 2024 does not answer it)
    year_missing = any(map(is_year, missing))
    if unsaid or year_missing:
        ranked = []
    ranked = beyond_names(index, searched, query, ranked, matched, reranked)
    ranked = out_of_names(index, query, searched, ranked)  # "vision" of no "Vision Pro"
    if not (ranked or unsaid or year_missing or missing or within or phrases) and (
        titled := titled_subject(index, query, searched)
    ):  # "which countries were affected by the blackout?": no sentence says "blackout"
        # nor answers it; the article titled with it opens with what it was
        return _opening(index, question, titled, top, offset)
    near = not ranked and bool(reranked)  # passages came, all under the bar
    unnamed: tuple[str, ...] = ()
    if not ranked and set_aside and not unsaid:  # "no article naming “Thailand” answers it"
        unnamed = names_as_typed(index, query, searched)
    if not ranked and undated and not unsaid:  # ...nor “2024 tour de france”, where only
        # another year's is told: the year and what of it, not the country in its name
        unnamed = (undated,)
    if near and not strict:
        ranked = reranked
    floor = RELATIVE_FLOOR * max((r.score for r in ranked), default=0.0)
    # The first CHOSEN_AMONG stay while the firsts below choose among them, whatever the
    # page's size: with one passage a page, "how much does wegovy cost per month?" quoted
    # the trial's lede, the price third having been cut; with three, "who is the new
    # pope?" quoted "He took the name Leo XIV..." where ten a page quoted the news
    # naming him.
    shown_first = max(top, CHOSEN_AMONG)
    ranked = [r for i, r in enumerate(ranked) if i < shown_first or r.score >= floor]
    if ranked and not near:
        ranked = titled_first(index, query, covered_first(index, query, ranked))
        ranked = in_place_first(index, query, ranked, searched)  # "...in bangkok?"
        ranked = whole_name_first(index, query, ranked, searched)  # "new delhi", not "delhi"
    if ranked and not near:  # "myanmar?": an article's opening sentence, if one of ten is
        # "what is X?" that nothing defines (asked so, not "what is "X"?"): X's opening
        ranked = lede_first(index, searched, query, ranked, defined=bool(defining) or not asked)
        ranked = titled_news_first(index, query, ranked)  # "what record did cocoa hit?"
    if ranked:  # "who?": the sentence naming whom the first describes or quotes, second
        ranked = named_second(index, searched, ranked)
    # "did anyone die of mpox?": a sentence saying it of its title's subject; a time asked
    # is told by a date first (telling_first), not by the words asked of the subject
    if ranked and not near and not asks_when(searched):
        # "what does the union want?" after its leader: "...over its demand to cut"
        ranked = focused_first(index, query, own_first(index, query, ranked, searched), searched)
    if ranked and not near:  # "did anyone die?" of Milton: not "...Hurricane Helene killed"
        ranked = agent_here_first(index, searched, query, of_another_first(index, query, ranked))
    if ranked and not near:  # "who was hacked?": not "...was not a cyberattack"
        ranked = affirmed_first(index, searched, query, ranked)
    if ranked and not near:  # "when?": a first passage saying a date, if one of three does
        ranked = telling_first(index, searched, ranked, query)
    if ranked and not near and not within:  # asking on about what was quoted
        ranked = recent_first(index, ranked, recent, bool(earlier), searched, query)
        # "when?" after "spain blackout": the news's time, its opening's
        ranked = news_dated_first(index, ranked, searched, query, earlier, recent)
        # "where?" after "how many died?": where they died
        ranked = of_asked_before_first(index, searched, query, ranked, earlier, recent)
    if (
        ranked
        and not near
        and earlier
        and elsewhere(index, query, searched, ranked, recent, earlier)
    ):
        # ...of the article followed, those that reached the bar ("what about services?"
        # after "inflation uk": "Prices in the services sector ... still rose by 5.7
        # percent", not the Air India "...since the aircraft entered service in 2011")
        ours = [r for r in ranked if index.info_of(r.number).id in recent]
        if not ours:
            near = True  # "how did they fix it?" of Voyager 1: not CrowdStrike's "a fix"
        ranked = ours or (ranked if not strict else [])
    dated = newest_first(index, ranked, query) if latest and ranked else None
    ranked = dated if dated is not None else ranked
    ranked = [r for i, r in enumerate(ranked) if i < top or r.score >= floor]
    found = _folded(index, ranked, limit, range(offset, offset + top))
    marks = _Marks(index, wanted, phrases if kept else ())
    page = tuple(_hit(index, r, marks, also) for r, also in found[offset : offset + top])
    total = min(len(found), limit)
    return Answer(
        question,
        query.question_terms,
        page,
        offset,
        total,
        missing,
        unquoted,
        _shaping(mended, page),
        near=near,
        closest=near and not strict,
        newest_first=dated is not None,
        excluded=without,
        unsaid=unsaid,
        unnamed=unnamed,
    )


def _shaping(mended: Sequence[tuple[str, str]], page: Sequence[Hit]) -> tuple[tuple[str, str], ...]:
    """The readings of ``mended`` that shaped the passages of ``page`` (all, where it
    shows none): a word read as a name of several words ("president" as "Vladimir
    Putin") only where one says its last; "who is the president there?" after a
    question on Chile quoted "President Gabriel Boric..." and said it read "president"
    as "Vladimir Putin"."""
    return tuple(
        (written, read)
        for written, read in mended
        if " " not in read.strip()
        or any(read.split()[-1].casefold() in h.passage.text.casefold() for h in page)
        or not page
    )


def _missing_and_mended(
    index: Index, query: Query
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The question's own words no article holds (a year, nor tells by its date:
    ``dated_year``), and those read as another (a typo mended, an abbreviation spelled
    out: each as written and as read), each once, case aside, as first written."""
    unknown: dict[str, str] = {}
    read_as: dict[str, tuple[str, str]] = {}
    for word in query.own_words:
        if not word.alternatives and not dated_year(index, word):
            unknown.setdefault(word.written.casefold(), word.written)
        elif word.read_as:
            read_as.setdefault(word.written.casefold(), (word.written, word.read_as))
    return tuple(unknown.values()), tuple(read_as.values())


def _folded(
    index: Index, ranked: Sequence[Ranked], limit: int, page: range
) -> list[tuple[Ranked, list[int]]]:
    """The first ``limit`` of ``ranked`` with sentences repeated word for word folded
    into the first (each with the articles of its repeats, for "also in"). Sentences
    that read alike score alike by their own words: only candidates that share that
    score with another are read and compared, which spares reading most. Once ``limit``
    are found, only a candidate that may repeat one on the ``page`` shown is looked at."""
    alike = Counter(r.own for r in ranked)
    found: list[tuple[Ranked, list[int]]] = []
    by_text: dict[str, int] = {}
    shown: set[float] = set()
    for r in ranked:
        if len(found) >= limit:
            shown = shown or {f.own for f, _ in found[page.start : page.stop]}
            if r.own not in shown:
                continue
        if alike[r.own] > 1:
            key = _normalise(index.passages.text(r.number))
            if key in by_text:
                found[by_text[key]][1].append(int(index.passages.article[r.number]))
                continue
            by_text[key] = len(found)
        found.append((r, []))
    return found


def _names_gist(index: Index, question: str, within: str) -> bool:
    """Whether ``question``, asked within the article ``within``, asks for its gist by
    naming it: "tl;dr Warsaw", or "tell me about Warsaw" or "Warsaw?" where it is titled
    so."""
    if gist_subject(question):
        return True
    told = title_asked(question)
    return bool(told) and titled_so(told, index.articles[within].title, index.analyzer)


def _sole_article(index: Index) -> str:
    """The id of the corpus's one article; WhichArticle where it holds several."""
    if len(index.articles) != 1:
        raise WhichArticle(len(index.articles))
    return next(iter(index.articles))


def links_in(text: str) -> tuple[str, ...]:
    """The links ``text`` holds, as written (Discord's <> against a preview aside).

    >>> links_in("tl;dr <https://example.com/a> www.example.com/b")
    ('https://example.com/a', 'www.example.com/b')
    """
    return tuple(link.strip("<>") for link in _LINK.findall(text))


def article_linked(index: Index, question: str, links: Sequence[str] = ()) -> str:
    """The id of the article a ``question`` links to, which it is asked within ("tl;dr
    https://...", "who is quoted in https://..."): the one whose source is one of
    ``links`` (else of the question's own links); "" where none is, and NoArticleLinked
    where the question asks that page's gist, which no other article can answer."""
    links = tuple(links) or links_in(question)
    if not links:
        return ""
    for link in links:
        if (found := index.linked(link)) is not None:
            return found.id
    if asks_gist(clean_question(question)):
        raise NoArticleLinked(links[0])
    return ""  # a page no article comes from: asked of them all, as before


def _opening(index: Index, question: str, article_id: str, top: int, offset: int) -> Answer:
    """The first sentences of the article ``article_id`` (OPENING_SENTENCES), quoted for
    a ``question`` asking its gist: a news article's opening says what it reports. Where
    it asks what a pattern tells apart (``what_tells``: "how long did the blackout last?")
    and the first does not write it, the first of them that does goes first, and the
    answer is no longer the opening as it stands ("Power began returning ... by the
    evening, and by Tuesday morning more than 99 percent of supply had been restored")."""
    info = index.articles[article_id]
    numbers = index.spans[article_id][:OPENING_SENTENCES]
    text = index.passages.text
    tells = what_tells(index, question)
    told = None
    if tells is not None and not tells(text(numbers[0])):
        told = next((n for n in numbers if tells(text(n))), None)
    elif tells is None and asks_why(question):  # ...or why, by what explains it, of its
        # first LEDE_REACH ("why did the blackout happen?": "Critics blamed the high share
        # of solar power on the grid...", the article never saying "blackout" but its title)
        reach = index.spans[article_id][:LEDE_REACH]
        told = next((n for n in reach if explains_news(text(n))), None)
    if told is not None:
        numbers = [told, *(n for n in numbers if n != told)]
    page = tuple(
        Hit(n, index.passages[n], info, 0.0, 1.0, ()) for n in numbers[offset : offset + top]
    )
    return Answer(question, (), page, offset, len(numbers), gist=told is None)


def _candidates(
    index: Index, query: Query, k: int, scope: range | None, said: Said | None
) -> tuple[list[Ranked], bool]:
    """rank()'s ``k`` best passages within ``scope`` (one article's, if given) and, when
    the question quotes phrases (``said``), among those saying them; answered as if
    unquoted when none does. Returns them and whether the phrases were required."""
    if said is not None and said.exact and said.passages.size:
        return rank(index, query, k, said.passages), True
    if said is not None and not said.exact:
        # Too many passages hold the phrases' words to read them all: the best ranked are.
        text = index.passages.text
        ranked = rank(index, query, max(k, CANDIDATES), said.passages)
        saying_them = [r for r in ranked if said.says(text(r.number))][:k]
        if saying_them:
            return saying_them, True
    return rank(index, query, k, scope), False


def _defining(
    index: Index, query: Query, asked: Asked, k: int, scope: range | None
) -> dict[int, Ranked]:
    """The passages (within ``scope``) that say what ``asked``'s subject is, or where ("X
    is a ...", "X, a researcher at ...", "X lies in ...": defining.defines), else, where
    none does, those naming it after a title or role ("President X": defining.titled),
    else those saying what a person named in full is by their surname, by number, as
    ranked: of those holding its words, the DEFINING_READ best ranked are read."""
    held = saying(index, (asked.subject,), scope, read_all=0)  # its passages, unread
    if held is None or not held.passages.size:
        return {}
    text, analyzer = index.passages.text, index.analyzer
    ranked = rank(index, query, max(k, DEFINING_READ), held.passages)
    found = {r.number: r for r in ranked if defines(text(r.number), asked, analyzer)}
    # ...else those naming it in full after a title or role ("who is margrethe vestager?":
    # "...when competition commissioner Margrethe Vestager said...", not "Vestager, who
    # leaves office in November, ...")
    found = found or {r.number: r for r in ranked if titled(text(r.number), asked, analyzer)}
    if not found and (surname := _surnamed(index, asked, held.passages)):
        # ...a person named in full, by the surname their article goes on with ("who is
        # jonas vingegaard?": "Vingegaard, the Danish rider who won the two previous
        # Tours, came second...", not the opening's "...ahead of Jonas Vingegaard")
        said = saying(index, (surname.subject,), scope, read_all=0)
        article = index.passages.article
        ours = (
            said.passages[np.isin(article[said.passages], article[held.passages])]
            if said is not None
            else np.zeros(0, np.int64)
        )
        if ours.size:
            again = rank(index, query, max(k, DEFINING_READ), ours)
            found = {r.number: r for r in again if defines(text(r.number), surname, analyzer)}
    return found


def _surnamed(index: Index, asked: Asked, passages: np.ndarray) -> Asked | None:
    """``asked`` of its subject's last word, where the subject is a name of two words or
    more that the first of ``passages`` writes capitalised ("Jonas Vingegaard"); else
    None."""
    words = asked.subject.split()
    if len(words) < 2 or asked.where:
        return None
    named = re.search(
        r"\s+".join(map(re.escape, words)), index.passages.text(int(passages[0])), re.I
    )
    if named is None or not all(w[:1].isupper() for w in named.group().split()):
        return None
    return replace(asked, subject=words[-1])


def _as_read(text: str, mended: Sequence[tuple[str, str]]) -> str:
    """``text`` with each of its words that a typo was ``mended`` from read as mended.

    >>> _as_read("Min Aung Hlang", [("Hlang", "hlaing")])
    'Min Aung hlaing'
    """
    read = {written.casefold(): read_as for written, read_as in mended}
    return " ".join(read.get(word.casefold(), word) for word in text.split())


def _typed_as_read(text: str, mended: Sequence[tuple[str, str]]) -> str:
    """``text`` with each word a typo was ``mended`` from replaced by what it was read as,
    the rest as typed.

    >>> _typed_as_read("how many peple died?", [("peple", "people")])
    'how many people died?'
    """
    read = {
        written.casefold(): read_as
        for written, read_as in mended
        if written.isalpha() and read_as.isalpha()  # a word for a word, not "boe" for
        # "bank of england", whose short name the question's checks read as it is
    }
    return _WORD.sub(lambda m: read.get(m.group().casefold(), m.group()), text)


def _defining_first(
    index: Index, ranked: list[Ranked], defining: Mapping[int, Ranked]
) -> list[Ranked]:
    """``ranked`` with the ``defining`` passages first, the earliest in its article first:
    news introduces a person or a thing where it first names them ("General Min Aung
    Hlaing, who launched the coup"), later sentences say "Min Aung Hlaing" alone."""

    def place(r: Ranked) -> tuple[int, int]:
        passage = index.passages[r.number]
        return passage.paragraph, passage.sentence

    first = sorted((r for r in ranked if r.number in defining), key=place)
    return first + [r for r in ranked if r.number not in defining]


def _merged(candidates: list[Ranked], more: Mapping[int, Ranked]) -> list[Ranked]:
    """``candidates`` and ``more`` (by number), each once, best score first."""
    merged = {r.number: r for r in candidates} | dict(more)
    return sorted(merged.values(), key=lambda r: -r.score)


def _holding_none(index: Index, candidates: list[Ranked], without: tuple[str, ...]) -> list[Ranked]:
    """The ``candidates`` holding none of the words ``without`` ("-Russia": Russia)."""
    numbers = np.array([c.number for c in candidates], dtype=np.int64)
    _, held = find_sorted(holding(index, without), numbers)
    return [c for c, out in zip(candidates, held.tolist(), strict=True) if not out]


def _asking(index: Index, question: str) -> tuple[str, str]:
    """The sentence of ``question`` that asks and the sentences around it
    (``asking_sentence``), where that sentence names something the corpus holds; else
    (``question``, ""): "Myanmar gave Russia elephants. Is that true?" is asked whole.
    A question of one sentence is asked without the greeting opening it ("hey bot, who
    runs nvidia?": ``asking.unaddressed``)."""
    asked, context = asking_sentence(question)
    if not context:
        return asked, ""
    if all(t.word.lower() in ASIDES for t in index.analyzer.tokens(context)):
        return asked, ""  # "quick one: who won...?": nothing it follows up
    vocabulary = index.vocabulary
    if any(vocabulary.idf_of(t.term) is not None for t in index.analyzer.tokens(asked)):
        return asked, context
    return question, ""


# "Why is gukesh famous?": who he is, which news says where it first names him ("India's
# Gukesh Dommaraju became the youngest world chess champion...", not "Gukesh, who is from
# Chennai, wept at the board"), asked so (not "what is X known for?", which a passage
# may answer in those words: SQuAD's "Tugh Temür is known for his cultural contribution")
_FAMED = lazy(
    r"\W*why\s+(?:is|was|are|were)\s+(?P<subject>[^?!.]+?)\s+(?:so\s+)?"
    r"(?:famous|well[\s-]known|notable)\W*",
    re.IGNORECASE,
)

# "Is that a lot?" after an amount quoted (``asked.judges_amount``): how it compares with
# the usual, which news tells by what is normal or a record ("Dubai normally gets about 95
# millimetres in a whole year", "It was the most rain since records began in 1949")
_COMPARED_ASKED = "is that normal or a record?"
# A follow-up asking only the kind of what it names ("which companies?", "what other
# teams?"), not a time ("what year?": asks when) nor what happened ("what happened?").
_KIND_ALONE = lazy(
    # (not "which countries?", told by countries named: firsts.kinds.countries_first)
    r"\s*(?:which|what)\s+(?:other\s+)?(?!(?:years|dates|days|months|times|ages|news|countries"
    r"|nations)\b)"
    r"[a-z]+[^s\W]s(?:\s+exactly)?[\s?!.]*",
    re.IGNORECASE,
)


def _hit(index: Index, ranked: Ranked, marks: _Marks, also: list[int]) -> Hit:
    passage = index.passages[ranked.number]
    others = dict.fromkeys(index.infos[a].id for a in also)
    others.pop(passage.article_id, None)
    return Hit(
        ranked.number,
        passage,
        index.articles[passage.article_id],
        ranked.score,
        ranked.relevance,
        marks.spans(passage.text),
        tuple(others),
    )


class _Marks:
    """Finds the words of a text that match the question's terms, and the phrases it
    quotes, whole."""

    def __init__(self, index: Index, terms: set[str], phrases: tuple[str, ...] = ()) -> None:
        self._analyzer = index.analyzer
        self._terms = terms
        self._words = {w for term in terms for w in index.vocabulary.words_of(term)}
        self._phrases = phrases

    def spans(self, text: str) -> tuple[Span, ...]:
        words = _in_their_names(text, self._analyzer.marks(text, self._words, self._terms))
        found = [(t.start, t.end) for t in words]
        if self._phrases:
            found = sorted(found + spans(text, self._phrases, self._analyzer))
        return tuple(found)


# Two capitalised words or more side by side: a name ("Min Aung Hlaing's").
_NAME_RUN = lazy(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def _in_their_names(text: str, words: list[Token]) -> list[Token]:
    """``words`` (a text's matches) but for a word matched alone inside a name where
    the text also matches it beside other question words in another: asked about Min Aung
    Hlaing, "...Min Aung Hlaing's fourth trip ... from Aung San Suu Kyi's government"
    marks his name, not the "Aung" of hers."""
    runs = []
    for run in _NAME_RUN.finditer(text):
        # "The Myanmar junta": a capitalised small word opening a sentence names nothing
        words_of_run = re.finditer(r"\S+", run.group())
        names = [m for m in words_of_run if m.group().lower() not in FUNCTION_WORDS]
        if len(names) > 1:
            runs.append((run.start() + names[0].start(), run.end()))
    if not runs:
        return words
    inside = [
        next((i for i, (start, end) in enumerate(runs) if start <= t.start and t.end <= end), -1)
        for t in words
    ]
    together = Counter(i for i in inside if i >= 0)
    named = {t.term for t, i in zip(words, inside, strict=True) if i >= 0 and together[i] > 1}
    return [
        t
        for t, i in zip(words, inside, strict=True)
        if not (i >= 0 and together[i] == 1 and t.term in named)
    ]


def _normalise(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
