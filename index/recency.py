"""Questions that ask for the latest on something ("what's the latest on Myanmar?"): the
words that ask so, and the newest-first order they ask for."""

from __future__ import annotations

import re

from .index import Index, date_key
from .patterns import lazy
from .query import Query
from .ranking import Ranked, numbers_of
from .seeming import term_ids, titles_holding

# Words that ask for the newest passages rather than name what they are about: a news
# text rarely says "latest", so searched for they only made the question go unanswered;
# "what's new about ...", "news on ...", "... today", "... this week", "... last week" ask
# the same, and "now" ("where is he now?"; not "currently", which answers say too: "its
# President (currently ...)").
_ASKING_LATEST = lazy(
    r"(?P<quoted>\"[^\"]*\"|“[^”]*”)"  # a quoted phrase is said as written: kept whole
    r"|\b(?:(?:the\s+)?(?:very\s+)?(?:latest|newest|most\s+recent)|recent(?:ly)?|lately"
    # "any update", "update on ...", "updates?": asking for news; not a thing named so
    # ("who made the faulty update?", "the software update crashed...")
    r"|(?:any|an)\s+updates?|^\W*updates?|updates?(?=\s+(?:on|about|regarding|re)\b)"
    # (not "what is new delhi trying to do?": a name, "new" before a word of its own)
    r"|what(?:['’]?s|\s+is)\s+new(?=\s*(?:$|[?!.,;:]|(?:with|in|on|about|for|at|regarding"
    r"|from|today|then|there|here|lately|recently)\b))|anything\s+new"
    r"|(?:any\s+|the\s+)?news(?=\s+(?:about|on|regarding|from)\b)"
    r"|today|tonight|yesterday|(?:this|last|past)\s+(?:week|month)|last\s+night"
    r"|(?:right\s+)?now|at\s+the\s+moment|these\s+days"
    r"|(?:the\s+)?past\s+few\s+days)\b",
    re.IGNORECASE,
)
# How many of the best passages a question asking for the latest orders by date: the
# newest articles on a subject need not be among the dozen that read best.
LATEST_POOL = 100


def asks_latest(question: str) -> tuple[str, bool]:
    """The question without the words that ask for the latest, and whether it had any;
    the question as it was where nothing else would be left to search for.

    >>> asks_latest("what's the latest on Myanmar?")
    ("what's on Myanmar?", True)
    >>> asks_latest('who said "the latest"?'), asks_latest("latest?")
    (('who said "the latest"?', False), ('latest?', False))
    >>> asks_latest("what's new in myanmar?"), asks_latest("what is new delhi doing?")
    (('in myanmar?', True), ('what is new delhi doing?', False))
    """
    kept = _ASKING_LATEST.sub(lambda m: m["quoted"] or " ", question)
    searched = " ".join(kept.split())
    if searched == question or not any(c.isalnum() for c in searched):
        return question, False
    return searched, True


def newest_first(
    index: Index, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked] | None:
    """``ranked`` with the passages of the articles published last first (ISO dates;
    undated ones after them), in their order otherwise; None where no article of theirs
    is dated: then there is no newest to put first. Those of articles titled with each
    of the ``query``'s own words (a follow-up naming none: those it carries), where any
    is, go before the rest: the latest on Nvidia is the news about it ("how big is nvidia
    now?" quoted an article on Intel naming its rivals Nvidia and AMD, newer than the one
    on Nvidia's market value). Where an article's opening came first, each article's
    opening goes before its other passages."""
    keys = [date_key(index.info_of(r.number).published) for r in ranked]
    if not any(keys):
        return None
    words = [w.alternatives for w in query.own_words if w.alternatives] if query else []
    if query and not words:  # "what is it now?" after "uk inflation": of the words carried
        # (not "The Bank of England cut its main interest rate...", newer, of no inflation)
        words = [w.alternatives for w in query.carried_words if w.alternatives]
    if words:
        titled = titles_holding(index, [term_ids(index, w) for w in words], numbers_of(ranked))
        if titled.any():
            keys = list(zip(titled.tolist(), keys, strict=True))
    if index.span_of(ranked[0].number).start == ranked[0].number:
        # ...and, where an opening came first (its gist asked: "any news about japan?"),
        # an article's opening before its other passages ("The Bank of Japan raised
        # interest rates...", not "Japan was the last major economy to keep rates below
        # zero.")
        keys = [
            (key, index.span_of(r.number).start == r.number)
            for key, r in zip(keys, ranked, strict=True)
        ]
    order = sorted(range(len(ranked)), key=lambda i: keys[i], reverse=True)  # stable
    return [ranked[i] for i in order]
