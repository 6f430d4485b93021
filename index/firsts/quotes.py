"""What someone said: a quotation of whom is asked first."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ..asked import ASKS_REACTION, reacting_anyone
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked, numbers_of
from ..reading import the_us
from ..seeming import term_ids, titles_holding
from ..synonyms import ABBREVIATIONS
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    WORDS,
    as_sure_as,
    first_telling,
    holds_any,
    moved_first,
    nearly_first,
    put_first,
    put_first_in_its_article,
    sentence_after,
    sentence_before,
    told_first,
    told_in_first_article,
)

# A speaker named by a pronoun alone: '"...," he told reporters', "she said".
SAID_BY_PRONOUN = lazy(
    r"\b(?:he|she|they)\s+(?:said|says|told|tells|added|adds|warned|warns|wrote|writes|"
    r"explained|insisted|stressed|replied|declared)\b",
    re.IGNORECASE,
)


# "What did X say?": asks for X's words. A quotation of three words or more, in straight
# or curly quotation marks.
# "How did X react?" asks it too: news tells a reaction by the words ("Swift said later
# that the cancellations had filled her with 'a new sense of fear'...").
WHAT_SAID = lazy(
    rf"\bwhat\s+(?:did|does|do|has|have)\s+(.+?)\s+say\b|{ASKS_REACTION.pattern}", re.I
)
# "Say" of "what did he say?", which asks a quotation, not a sentence saying "said"
# (told_in_article), asked of whom a pronoun stands for...
SAY_WORDS = frozenset({"say", "says", "said"})
ASKS_HIS_WORDS = lazy(r"\bwhat\s+(?:did|does|has|have)\s+(?:he|she|they)\s+say\b", re.I)
# ...whose words a sentence quotes with a pronoun saying them ("...he called for "a Church
# that builds bridges"": SAID_BY_PRONOUN's verbs, a word between, and calling)
_PRONOUN_SAYING = lazy(
    r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|called|told|wrote|added|urged|warned"
    r"|spoke|declared|promised)\b",
    re.I,
)


def quoted_by_pronoun(text: str) -> bool:
    """Whether ``text`` quotes (QUOTATION) words a pronoun says (_PRONOUN_SAYING)."""
    return bool(QUOTATION.search(text) and _PRONOUN_SAYING.search(text))


# "What did X say about Y?": what Y is.
_SAID_ABOUT = lazy(r"\bsay\s+(?:about|on|of|regarding)\s+(.+?)\W*$", re.I)
QUOTATION = lazy(r"[\"“]\s*\w+[^\"“”]*?\s\w+[^\"“”]*?\s\w+[^\"“”]*[\"”]")


# Quotation marks around words someone said, not a thing's name ("...caused machines to
# show the "blue screen of death""): a verb of saying in the sentence, or words enough
_SPEAKING = lazy(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|asked|called|declared|announced"
    r"|warned|vowed|insisted|according\s+to)\b",
    re.I,
)
SPEECH_WORDS = 5


def _speech(text: str) -> bool:
    """Whether ``text`` quotes words someone said (QUOTATION, _SPEAKING or SPEECH_WORDS
    words inside)."""
    quoted = QUOTATION.search(text)
    if quoted is None:
        return False
    return _SPEAKING.search(text) is not None or len(WORDS.findall(quoted.group())) >= SPEECH_WORDS


def quoted_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what someone said and its first passage
    quotes no one, the first of the next DEFAULT_TOP - 1 that quotes, and nearly as
    relevant (asked by a pronoun, of the first's article, else its first quotation of
    whom ``query`` carries: _quote_in_article), put first: "what did mbappe say?"
    quoted "Real Madrid announced on Monday that it had signed ... Kylian Mbappe" before
    '"A dream come true," Mbappe wrote...'."""
    asked = WHAT_SAID.search(question)
    if not asked:
        return ranked
    # ...naming them as the question does, by the last of its words at least ("taylor
    # swift": "Swift said..."; "munro's daughter": not Atwood's words on Munro), of a
    # role by the role ("the mayor of venice": "Mayor Luigi Brugnaro said...", not
    # residents saying the fee turned Venice into...)
    named = re.split(r"\s+of\s+", asked[1] or asked[2], maxsplit=1, flags=re.I)[0]
    if asked[2] and reacting_anyone(question) and ranked:
        # "how did people react to the vision pro?": no one named, a judgement told ("Some
        # early reviewers praised the display but complained..."), however less relevant
        # than "Apple plans to sell the Vision Pro in other countries..."
        return told_in_first_article(index, ranked, _JUDGED.search) or ranked
    speaker = index.analyzer.analyze(the_us(named))[-1:]  # "the us": the US, no pronoun
    if not speaker and ranked:  # "what did he say?": a quote in the first's article
        article = index.passages.article[ranked[0].number]
        same = [r for r in ranked if index.passages.article[r.number] == article]
        first = first_telling(index, same, QUOTATION.search, DEFAULT_TOP)
        if first >= 0 or query is None or query.own < 0:
            return moved_first(ranked, same[first]) if first > 0 else ranked
        return _quote_in_article(index, query, ranked, person=named.lower() in ("he", "she"))

    # ...or by the name an abbreviation spells ("The United States ... said")
    spelled = ABBREVIATIONS.get(speaker[0], "") if speaker else ""
    speakers = [set(speaker), set(index.analyzer.analyze(spelled))] if spelled else [set(speaker)]

    def by_speaker(text: str) -> bool:
        terms = set(index.analyzer.analyze(text))
        return any(said <= terms for said in speakers)

    def quotes(text: str) -> bool:
        return _speech(text) and by_speaker(text)

    def says(text: str) -> bool:  # ...quoted or not
        saying = QUOTATION.search(text) or re.search(_SAYING, text, re.I)
        return bool(saying) and by_speaker(text)

    about = _SAID_ABOUT.search(question)
    of_terms = set(index.analyzer.analyze(about[1])) if about else set()
    if about and ranked:
        # ...saying it of what is asked about, quoted or not, where one of the first does,
        # in an article titled with it ("what did sunak say about inflation?": "...Sunak
        # ... said the figures showed his economic plan was working" of "UK inflation
        # falls...", not his election-night quote)
        of = term_ids(index, index.analyzer.analyze(about[1]))
        numbers = numbers_of(ranked, DEFAULT_TOP)
        titled = titles_holding(index, [of], numbers) if of else np.zeros(0, bool)
        nearly = nearly_first(ranked)
        for place, (r, near, fits) in enumerate(zip(ranked, nearly, titled.tolist(), strict=False)):
            if near and fits and says(index.passages.text(r.number)):
                return moved_first(ranked, r) if place else ranked
        # ...or, the first titled with it and no one near saying it, the first of its
        # article's first LEDE_REACH that does, however less relevant ("what did the us
        # say about martial law?": "The United States, South Korea's main ally, said it
        # had not been told...", 0.3 as relevant as "...martial law had been declared")
        if titled.size and titled[0]:
            told = put_first_in_its_article(index, ranked, says, near=0.0)
            if told is not ranked:
                return told
    # ...and where the first names them with what is asked about, a quote or saying of
    # theirs in its article or on it, not of something else ("what did the fda say about
    # milk?": "Raw milk ... carries a risk, and the Food and Drug Administration advised
    # people not to drink it", not the FDA's quote on chikungunya nor "The FDA said the
    # most common side effects were..."; "what did google say about the ruling?": its
    # spokesperson's "We are disappointed with the decision of the court")
    candidates = ranked
    top_text = index.passages.text(ranked[0].number) if ranked else ""
    if about and by_speaker(top_text) and holds_any(index, top_text, of_terms):
        span, text = index.span_of(ranked[0].number), index.passages.text
        candidates = [
            r for r in ranked if r.number in span or holds_any(index, text(r.number), of_terms)
        ]
    first = first_telling(index, candidates, quotes, DEFAULT_TOP)
    if first >= 0:
        return moved_first(ranked, candidates[first]) if first > 0 else ranked
    # (saying it unquoted: the last of their words right before a verb of saying, or their
    # name set between: "The committee's chairman, Jorgen Watne Frydnes, warned...")
    written = WORDS.findall(named)
    said = (
        re.compile(rf"\b{re.escape(written[-1])}(?:\s+\w+|,\s+[^,.;]{{1,60}},)?\s+{_SAYING}", re.I)
        if written
        else None
    )
    if asked[2] and said is not None:
        # A reaction, by what they said unquoted too: "how did china respond to the
        # tariffs?" is told by "China said it would fight back and later announced..."
        first = first_telling(index, candidates, said.search, REACTION_REACH)
        if first >= 0:
            return moved_first(ranked, candidates[first]) if first > 0 else ranked
    if said is not None and (len(written) > 1 or _SAID_ABOUT.search(question)):
        # ...and what one named by a role of something says unquoted, their name set
        # between ("what did the nobel committee chairman say?": "The committee's
        # chairman, Jorgen Watne Frydnes, warned...", not "The Norwegian Nobel Committee
        # said..."), or anyone says about something ("what did microsoft say about the
        # outage?": "Microsoft said fewer than 1 percent of Windows machines were
        # affected", not CrowdStrike's crash; not "what do experts say?", of no one named)
        first = first_telling(index, candidates, said.search, DEFAULT_TOP)
        if first > 0:
            return moved_first(ranked, candidates[first])
    # ...save where the first says they said it, unquoted ("what did officials say about
    # the fire?": "...as a wildfire approached, officials said on Wednesday", not the
    # blackout's "Critics blamed ... which they said made it less stable")
    if ranked and said is not None and said.search(index.passages.text(ranked[0].number)):
        return ranked
    # ...else by a pronoun right after a sentence of its article naming them, which
    # names no one asked and is less relevant so ('"We will not leave anyone behind," he
    # told reporters' after "President Gabriel Boric declared...", 0.45 as relevant)
    after_named = {
        index.passages.text(r.number)
        for r in ranked[:DEFAULT_TOP]
        if _said_after_naming(index, r.number, speaker)
    }
    if after_named or not ranked:
        return put_first(index, ranked, after_named.__contains__, near=AMOUNT_NEAR)
    # ...or, found by none of the question's words, right after one of the first naming
    # them ("what did the president say?" after Chile's quake, asked anew: "President
    # Gabriel Boric declared..." third, his quote eighth)
    for r in ranked[:DEFAULT_TOP]:
        after = sentence_after(index, r.number)
        if after >= 0 and _said_after_naming(index, after, speaker):
            return [as_sure_as(r, after), *(x for x in ranked if x.number != after)]
    # ...or, where the first's article is titled with them, its first quotation by a
    # pronoun: they are whom it is about ("what did the pope say?": 'Speaking from the
    # balcony..., he called for "a Church that builds bridges"', not "Observers said his
    # choice of name recalled Leo XIII, a pope of the late 19th century...")
    top = ranked[0]
    if speaker and titles_holding(index, [term_ids(index, speaker)], np.array([top.number]))[0]:

        def quoting(number: int) -> bool:
            return quoted_by_pronoun(index.passages.text(number))

        return told_first(ranked, top, index.span_of(top.number), quoting) or ranked
    return ranked


# How people react, no one named (asked.reacting_anyone), is told by a judgement of
# what they reacted to
_JUDGED = lazy(
    r"\b(?:prais|complain|critici[sz]|welcom|celebrat|condemn|hail|mock|cheer|protest|applaud"
    r"|outrag|anger|angr|furious|delight)\w*",
    re.I,
)


# How far down "how did X react?" looks for X saying something: named alone ("how did
# china respond?"), X is named by many sentences alike ("Its director said the company
# would travel to China..." before "China said it would fight back", seventh, 0.91 as
# relevant).
REACTION_REACH = 10
# The verbs a reaction is reported by, after whoever reacted.
_SAYING = r"(?:said|says|vowed|warned|called|announced|responded|replied|condemned)\b"


def _said_after_naming(index: Index, number: int, speaker: Sequence[str]) -> bool:
    """Whether passage ``number`` says who speaks by a pronoun alone ("he told reporters")
    and the one before it, of its article, holds the terms ``speaker``."""
    before = sentence_before(index, number)
    if before < 0:
        return False
    if not SAID_BY_PRONOUN.search(index.passages.text(number)):
        return False
    return set(speaker) <= set(index.analyzer.analyze(index.passages.text(before)))


def _quote_in_article(
    index: Index, query: Query, ranked: list[Ranked], person: bool = False
) -> list[Ranked]:
    """``ranked`` with the first quotation in its first passage's article of whom the
    question it follows up named (a sentence holding a word it carries) first, as sure
    as that one; as it was where the article quotes them nowhere. "what did he say?"
    after Mbappe's age: '"A dream come true," Mbappe wrote on social media' says no
    "said", which the sentences found did. Asked of a ``person`` ("he", "she") that the
    article quotes nowhere, what someone named says there, unquoted ("...who is the ceo?
    | what did he say?": "Chief executive Pat Gelsinger said the company's revenue...",
    not "Intel said on Thursday it would cut...")."""
    carried = set().union(*(term_ids(index, w.alternatives) for w in query.carried_words))
    top = ranked[0]

    def saying(tells: Callable[[str], object]) -> Callable[[int], bool]:
        # ...a sentence that ``tells`` it (quotes speech, names someone saying it), holding
        # a word carried
        return lambda number: (
            bool(tells(index.passages.text(number)))
            and bool(carried.intersection(index.docs.terms_of(number).tolist()))
        )

    span = index.span_of(top.number)
    # (speech quoted: not the "blue screen of death" that CrowdStrike's update "caused
    # machines to show", before "CrowdStrike's chief executive, George Kurtz, said...")
    told = told_first(ranked, top, span, saying(_speech))
    if told is None and person:
        told = told_first(ranked, top, span, saying(_NAMED_SAYING.search))
    return told or ranked


# Someone named by two words or more right before a verb of saying ("Chief executive Pat
# Gelsinger said"; not "Intel said")
_NAMED_SAYING = lazy(rf"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:\w+\s+)?{_SAYING}")
