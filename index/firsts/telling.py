"""The passage telling what a question asks first: the steps of telling_first."""

from __future__ import annotations

import re

from ..asked import (
    BORN,
    DESTINATION,
    ELIGIBLE,
    TO_COME,
    asks_destination,
    asks_eligible,
    asks_made_when,
    asks_next,
    birthplace_asked,
    origin_asked,
    purpose_asked,
    time_asked,
)
from ..asked_amounts import (
    FREE,
    MONEY,
    SCORE,
    amount_asked,
    asks_change,
    asks_free,
    asks_margin,
    asks_money,
    asks_score,
    difference_telling,
    judges_price,
    tells_margin,
)
from ..asked_by import (
    ACTION,
    ACTION_TAKEN,
    CAST,
    COLOUR,
    DANGER,
    ENDED,
    FUNDED_BY,
    FUNDING,
    HARM_DONE,
    LAST_TIME,
    MAKER,
    MATERIAL,
    OBJECTION,
    ORDINAL,
    OWNER,
    PENALTY,
    AskedBy,
)
from ..index import Index
from ..patterns import lazy
from ..query import Query
from ..ranking import Ranked, numbers_of
from ..seeming import names_origin_near
from .counts import (
    before_first,
    changed_first,
    counted_before_first,
    counted_first,
    headline_first,
    lasting_first,
    money_now_first,
    money_opening_first,
    often_first,
    portion_first,
    sized_beside_first,
)
from .dates import made_first, this_time_first, timed_first, told_done_first
from .deeds import (
    busy_first,
    did_what_first,
    done_by_first,
    done_to_first,
    else_first,
    first_done_first,
    means_first,
    stranded_first,
    what_done_first,
    whom_done_first,
)
from .kinds import countries_first, kind_named_first, model_first, most_first, named_first
from .places import placed_first
from .placing import (
    AMOUNT_NEAR,
    LEDE_REACH,
    first_holding,
    moved_first,
    own_word,
    put_first,
    put_first_in_its_article,
    told_in_first_article,
    told_in_first_articles,
)
from .quotes import quoted_first
from .reasons import WHY_NEAR, reason_first
from .told import to_come_after
from .who import (
    agent_first,
    anyone_first,
    award_first,
    blamed_first,
    current_first,
    doer_first,
    doing_first,
    former_role_first,
    leader_first,
    listed_first,
    names_listed_first,
    new_holder_first,
    opponent_first,
    placed_so_first,
    reacting_first,
    researcher_first,
    role_named_first,
    successor_first,
    survived_first,
    survivors_first,
    winner_first,
    won_what_first,
)


def telling_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with a passage telling what ``question`` asks put first: what was, not
    what will be, asked what was (told_done_first), a date for "when?" (timed_first),
    then a number of what "how many?" counts, beside the verb it counts by where
    ``query`` says its words, or an age (counted_first), who lived for "how many
    survived?" (survivors_first), the number a headline gives of what "how many X?"
    counts (headline_first), how often, a place, a score, harm for "is X dangerous?", an
    objection for "who is against X?", a deed for "what is being done about X?", a part
    played for "who is in it?", an ordinal for "is this the first X?" and the first
    since for "when did X last happen?" (``asked_by.DANGER``, ``asked_by.OBJECTION``,
    ``asked_by.ACTION``, ``asked_by.CAST``, ``asked_by.ORDINAL``, ``asked_by.LAST_TIME``), a penalty
    for "what happens if you don't pay?", of the first articles (``asked_by.PENALTY``), what
    came back for "is X over?" (``asked_by.ENDED``), a superlative written for "which was the
    worst?" or most of them placed for "where did most die?" (most_first), countries
    named for "which countries?" or "did other countries help?" (countries_first),
    where or
    when it was first done (first_done_first), money, a margin, where a journey was to
    end, what is to come ("what's next for X?"), what a
    thing is for ("what's the vaccine for?"), its aim ("what's the point of X?", "why is
    X in Russia?") and whom it exempts ("do kids pay?": _near_opening_first), what it
    was doing (busy_first) and whom it is for ("who can get it?"), a name, a length of
    time, the word of a degree asked ("how close?": _degree_first), blame laid where
    "who's to blame?" asks it (blamed_first), the title of whoever leads what "who runs
    X?" names (leader_first), the role "who was the X?" asks written before a name
    (role_named_first), the deed "who hacked X?" asks ascribed (doer_first), the award
    "who was man of the match?" asks (award_first), a win for "who won X?"
    (winner_first), what allows or bars what "can X do it?" asks (_ALLOWED), names
    listed after the verb "who died?" asks (listed_first), a list of names for "who were
    the passengers?" (names_listed_first), the verb "who makes X?" asks written before
    "by" (agent_first), the means "how did X do it?" asks written after the doer and the
    deed (means_first), the verb "who declared X?" asks written done, where the first
    writes it in the passive with no "by" (doing_first), the deed "who cried when X?"
    asks (reacting_first), the newest news of who holds a role now (current_first), a
    former role for "what did he do before?" (former_role_first), whom one was replaced
    by for "who came after X?" (successor_first), the place "who came third?" asks
    (placed_so_first), the model "what kind of plane?" asks (model_first), who did a
    study (researcher_first),
    one named with the kind's word "which airline?" asks (kind_named_first), the verb
    "who did X replace?" asks in X's article (whom_done_first), X before a verb in the
    past for "what did X do?" (did_what_first), a reason
    for "why?" (reason_first), then a quote of whom "what did X say?" names
    (quoted_first). First of all, what "was anyone hurt?" asks said of anyone, and what
    "who survived X?" asks said of whoever did it (anyone_first); whether some lived, by
    their lives or deaths (survived_first)."""
    ranked = anyone_first(index, question, query, told_done_first(index, question, ranked))
    ranked = stranded_first(index, question, survived_first(index, question, ranked))
    ranked = counted_first(index, question, timed_first(index, question, ranked, query), query)
    ranked = counted_before_first(index, question, query, ranked)  # "how many seats?"
    ranked = sized_beside_first(index, question, query, ranked)
    ranked = survivors_first(index, question, ranked)
    if asks_made_when(question) and ranked:
        ranked = made_first(index, ranked)
    ranked = headline_first(index, question, query, ranked)
    ranked = often_first(index, question, ranked)
    ranked = placed_first(index, question, ranked, query)
    if asks_score(question):  # "what was the score of the final?": "beat Brazil 4-3"
        ranked = put_first(index, ranked, SCORE.search)
    if COLOUR.asked(question):  # "what colour was the smoke?": "White smoke rose..."
        ranked = put_first(index, ranked, COLOUR.told.search)
    if OWNER.asked(question):  # "who owns google?": "Google, a unit of Alphabet, ..."
        ranked = put_first(index, ranked, OWNER.told.search, LEDE_REACH, AMOUNT_NEAR)
    if MATERIAL.asked(question):  # "what was the titan made of?": "...whose hull was made
        # of carbon fibre", a sentence naming no titan
        ranked = put_first_in_its_article(index, ranked, MATERIAL.told.search, near=0.0)
    if MAKER.asked(question):  # "who makes it?" after the Wegovy trial: "Novo Nordisk,
        # the Danish company that makes Wegovy", the verb weighing little
        ranked = put_first(index, ranked, MAKER.told.search, LEDE_REACH, AMOUNT_NEAR)
        # ...or its article's, naming it no more ("who made anora?": "The film was directed
        # by Sean Baker...", under the opening)
        if ranked:
            ranked = told_in_first_article(index, ranked, MAKER.told.search) or ranked
    # "what happens if you don't pay the venice fee?": its article's penalty, however less
    # relevant ("...visitors without a code face fines of up to 300 euros", not "Around
    # 80,000 visitors a day paid the fee")
    if PENALTY.asked(question) and ranked and query is not None:
        ranked = told_in_first_articles(index, ranked, PENALTY.told.search, query) or ranked
    ranked = _told_in_article_first(index, question, ranked)
    ranked = most_first(index, question, ranked)
    ranked = countries_first(index, question, query, ranked)
    # "is it free to visit notre-dame?": where the first tells no price, its article's
    # "...and entry will remain free", else its price
    if asks_free(question) and ranked and not MONEY.search(index.passages.text(ranked[0].number)):
        told = told_in_first_article(index, ranked, FREE.search)
        ranked = told or told_in_first_article(index, ranked, MONEY.search) or ranked
    if asks_money(question):  # "how much is it?": "a five-euro fee", not "29 busy days"
        ranked = put_first(index, ranked, MONEY.search, LEDE_REACH, AMOUNT_NEAR)
        if judges_price(question) and ranked:  # ...or, whether it is cheap, its article's
            # price however less relevant ("is the vision pro cheap?": "The device ...
            # costs 3,499 dollars, far more than rival headsets", naming no vision pro)
            ranked = told_in_first_article(index, ranked, MONEY.search) or ranked
        ranked = money_now_first(index, question, ranked)  # ...now: not "...in late 2022"
        # ...the news's, in its opening
        ranked = money_opening_first(index, question, query, ranked)
    if asks_change(question):  # "how much did the boj raise rates?": "...to 0.1 percent"
        ranked = changed_first(index, question, query, ranked)
    ranked = before_first(index, question, query, ranked)  # "what was it before?": "down from"
    ranked = portion_first(index, question, query, ranked)  # "how much of X": a share
    if asks_margin(question):  # "by how much did lyles win?": "...by five thousandths"
        ranked = put_first(index, ranked, tells_margin, LEDE_REACH, AMOUNT_NEAR)
        # ...or its article's, under the bar ("what was the winning margin in the 100m
        # final?" names neither Lyles nor his time)
        ranked = told_in_first_article(index, ranked, tells_margin, LEDE_REACH) or ranked
    if difference := difference_telling(question):  # "how much higher is the risk?"
        ranked = put_first(index, ranked, difference, LEDE_REACH, AMOUNT_NEAR)
    if asks_destination(question):  # "where was the ship going?": "...the port for Sri Lanka"
        ranked = put_first(index, ranked, DESTINATION.search, LEDE_REACH, AMOUNT_NEAR)
    ranked = first_done_first(index, question, _origin_first(index, question, ranked, query))
    ranked = else_first(index, question, query, ranked)
    if asks_next(question):  # "what's next for starship?": "NASA plans to use..."
        # ...or the sentence after one of the first telling it ("where will it be next
        # year?" after Eurovision: "Austria will now host the 2026 contest.", after
        # "Switzerland hosted because Nemo won last year's contest in Sweden.")
        ranked = to_come_after(index, put_first(index, ranked, TO_COME.search))
    if purpose := purpose_asked(question):  # "what's the vaccine for?": "...vaccine for"
        ranked = put_first(index, ranked, purpose.search, LEDE_REACH)
    ranked = busy_first(index, question, _near_opening_first(index, question, ranked))
    if asks_eligible(question):  # "who can get it?": "...is approved for adults aged 18..."
        ranked = put_first(index, ranked, ELIGIBLE.search, LEDE_REACH, AMOUNT_NEAR)
    ranked = lasting_first(index, question, named_first(index, question, ranked), query)
    ranked = blamed_first(index, question, _degree_first(index, question, query, ranked))
    ranked = role_named_first(index, question, leader_first(index, question, query, ranked))
    ranked = new_holder_first(index, question, query, ranked)  # "who is the new prime minister?"
    ranked = award_first(index, question, doer_first(index, question, ranked))
    ranked = winner_first(index, question, ranked)  # "who won the cricket?": the news
    if _ASKS_ALLOWED.match(question):  # "can asml sell to china?": "...has been barred by
        # the Dutch government from selling its most advanced equipment to China", not
        # "China still accounted for about a third of its sales"
        ranked = put_first(index, ranked, _ALLOWED.search)
    ranked = agent_first(index, question, listed_first(index, question, query, ranked))
    ranked = names_listed_first(index, question, ranked)
    ranked = means_first(index, question, query, ranked)
    ranked = reacting_first(index, question, query, doing_first(index, question, query, ranked))
    ranked = former_role_first(index, question, current_first(index, question, query, ranked))
    ranked = successor_first(index, question, ranked)  # "who was ceo after murati?"
    ranked = model_first(index, question, placed_so_first(index, question, query, ranked))
    ranked = opponent_first(index, question, ranked)
    ranked = kind_named_first(index, question, researcher_first(index, question, ranked))
    ranked = done_to_first(index, question, query, done_by_first(index, question, query, ranked))
    ranked = did_what_first(index, question, query, ranked)  # "what did china do?"
    ranked = won_what_first(index, question, ranked)  # "what did pogacar win?": the news
    ranked = whom_done_first(
        index, question, query, what_done_first(index, question, query, ranked)
    )
    ranked = reason_first(index, question, this_time_first(index, question, query, ranked), query)
    return quoted_first(index, question, ranked, query)


# What a question asks by a word its answer need not write (an ``asked_by.AskedBy``), told by
# a sentence of the first's article however less relevant, where the first does not tell
# it: first by the pattern beside it, where one is given, else by what tells it at all.
_TOLD_IN_ARTICLE: tuple[tuple[AskedBy, re.Pattern[str] | None], ...] = (
    # "is mpox dangerous?": "...537 deaths have been reported", the harm its article
    # tells, done (not "...declared a public health emergency"), else feared ("is bird
    # flu dangerous?": "Raw milk ... carries a risk")
    (DANGER, HARM_DONE),
    # "who was criticised for the valencia floods?": "The regional government has been
    # criticised...", under the opening; "what were the complaints about the vision pro?":
    # "...praised the display but complained" (of its article: "who criticised the climate
    # deal?" is not told by "Scientists have warned that the hajj will increasingly take
    # place in dangerous heat...")
    (OBJECTION, None),
    # "what is being done about the houthis?": "The United States and Britain have carried
    # out air strikes on Houthi targets", not "The Houthis say they are targeting ships
    # linked to Israel...": a deed against it first, else what people were told to do
    (ACTION, ACTION_TAKEN),
    # "who paid for notre-dame?": "The money came from some 340,000 donors...", not the
    # opening naming it
    (FUNDING, FUNDED_BY),
    # "is the blackout over?": "Power began returning ... had been restored", not the
    # opening telling it began
    (ENDED, None),
    # "who is in it?" after Anora's director: "Mikey Madison, who plays the title role...",
    # not "The film was directed by Sean Baker"
    (CAST, None),
    # "is this the first gdl strike?": "It is the fourth strike by the union in the
    # dispute", not "GDL leader Claus Weselsky said..."
    (ORDINAL, None),
    # "when did an american last win the olympic 100m?": "It was the first American win in
    # the event since Justin Gatlin in 2004", under the opening that names the 100m and
    # the day it was won
    (LAST_TIME, None),
)


def _told_in_article_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, for each of _TOLD_IN_ARTICLE that ``question`` asks, the sentence
    of the first's article telling it first (``placing.told_in_first_article``)."""
    for asked, first in _TOLD_IN_ARTICLE:
        if asked.asked(question) and ranked:
            told = told_in_first_article(index, ranked, first.search) if first else None
            ranked = told or told_in_first_article(index, ranked, asked.told.search) or ranked
    return ranked


# Whether one can or may do something: what allows, bars or restricts it, or says it can
_ASKS_ALLOWED = lazy(r"^\W*(?:can|could|may)\b", re.I)
_ALLOWED = lazy(
    r"\b(?:barred|bans?|banned|banning|allow(?:s|ed)?|permit(?:s|ted)?|prohibit(?:s|ed)?"
    r"|forbid(?:s|den)?|restrict(?:s|ed|ions?)?|blocked|exempt|can(?:not|'t|’t)?|may|able)\b",
    re.I,
)


# "What's the point of the venice fee?", "what is the aim of the ban?": what it is meant
# to do, which news writes as an aim said ("Mayor Luigi Brugnaro said the aim was to
# discourage day-trippers..."), in a sentence that need not name the fee
_ASKS_AIM = lazy(
    r"^\W*what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:main\s+)?"
    r"(?:point|purpose|aim|goal|idea|objective|reason)\s+(?:of|behind|for)\b",
    re.I,
)
_AIM = lazy(
    r"\b(?:the|its|their|his|her)\s+(?:main\s+)?(?:aim|goal|purpose|idea|point|objective)\s+"
    r"(?:is|was|being|will\s+be)\s+to\b|\b(?:is|are|was|were)\s+(?:meant|designed|intended)"
    r"\s+to\b|\bin\s+(?:a\s+bid|an\s+effort|order)\s+to\b|\baim(?:ed|s)?\s+(?:at|to)\b",
    re.I,
)


# "Do kids pay?", "does everyone have to pay the fee?", "is the fee for everyone?": who
# pays and who does not, which news tells by whom it exempts ("Visitors staying
# overnight, residents, students and children under 14 are exempt"); not "do you have to
# pay to get into venice now?", which asks whether there is a fee at all
_ASKS_WHO_PAYS = lazy(
    r"^\W*(?:do|does|did|will|must|should|would)\s+(?!(?:you|we|i|one|they)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:have\s+to\s+)?pay\b"
    r"|^\W*(?:is|are)\s+(?:it|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+for\s+(?:everyone|everybody|all)\b"
    r"|^\W*(?:is|are)\b.*\bfree\s+for\s+(?!(?:everyone|everybody|all)\b)",  # "...free for kids?"
    re.I,
)
_EXEMPT = lazy(
    r"\bexempt(?:ed|ion|ions)?\b|\bfree\s+(?:for|of\s+charge)\b"
    r"|\bdo(?:es)?\s+not\s+(?:have|need)\s+to\s+pay\b",
    re.I,
)


# "Why is min aung hlaing in russia?", "why did modi go to moscow?": what a visit is for,
# which news writes as its aim ("The delegation aims to strengthen cooperation...")
_ASKS_WHY_THERE = lazy(
    r"^\W*why\s+(?:is|are|was|were|did|does|do|has|have|will)\s+.+?\s+"
    r"(?:in|visit|visiting|visited|go\s+to|going\s+to|gone\s+to|went\s+to|travel\s+to"
    r"|travelling\s+to|traveling\s+to|come\s+to|coming\s+to|arrive\s+in)\s+[\w'’-]+\W*$",
    re.I,
)


# What is asked so, and what tells it in a sentence that need not say the question's
# words, near its article's opening (_near_opening_first)
_TOLD_NEAR_OPENING = ((_ASKS_AIM, _AIM), (_ASKS_WHY_THERE, _AIM), (_ASKS_WHO_PAYS, _EXEMPT))


def _near_opening_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks as one of _TOLD_NEAR_OPENING does and its
    first passage does not tell it, the first sentence of the first's LEDE_REACH that does
    first, as sure as the first: the point of a thing by the aim its article says ("Mayor
    Luigi Brugnaro said the aim was to discourage day-trippers..." for "what's the point
    of the venice fee?", naming neither; the first was "Some residents protested, saying
    the fee turned Venice into a theme park..."), whether some pay by whom it exempts
    ("...residents, students and children under 14 are exempt" for "do kids pay the
    venice fee?", not "Around 80,000 visitors a day paid the fee...")."""
    for asks, tells in _TOLD_NEAR_OPENING:
        if ranked and asks.match(question):
            ranked = told_in_first_article(index, ranked, tells.search, LEDE_REACH) or ranked
    return ranked


# "How heavy is it?", "how accurate was the landing?": asks how far it is so, which a
# sentence of its article saying the word tells ("...complained that the headset was
# heavy"), not a sentence naming it more often; not a measure ("how big?"), an amount
# or a time, which the others look for.
_ASKS_DEGREE = lazy(r"^\W*how (\w+) (?:is|was|are|were|did|does|do|has|have)\b", re.I)
_NO_DEGREE = frozenset("much many long old often soon come about".split())


def _degree_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how far something is so ("how heavy is
    the vision pro?") and its first passage does not say the word, the first of the
    next LEDE_REACH - 1 of that article that does, WHY_NEAR as relevant, put first: the
    article names its subject in its title and the lede, and the rest without it ("Some
    early reviewers ... complained that the headset was heavy", 0.41 as relevant as
    "Apple plans to sell the Vision Pro in other countries")."""
    asked = _ASKS_DEGREE.match(question)
    if not asked or query is None or amount_asked(question) or time_asked(question):
        return ranked
    degree = asked.group(1).lower()
    word = own_word(query, degree)
    if degree in _NO_DEGREE or word is None:
        return ranked
    numbers = numbers_of(ranked, LEDE_REACH)
    article = index.passages.article
    says = index.bm25.holding(word.alternatives, numbers) & (
        article[numbers] == article[numbers[0]]
    )
    if says[0]:
        return ranked
    chosen = first_holding(ranked, says, LEDE_REACH, WHY_NEAR)
    return moved_first(ranked, chosen) if chosen else ranked


def _origin_first(
    index: Index, question: str, ranked: list[Ranked], query: Query | None = None
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks where one is from (``origin_asked``) and
    its first passage does not tell it, the first of the next LEDE_REACH - 1 of its
    article that does, AMOUNT_NEAR as relevant, put first: a birth (BORN), or a country
    or its people written near the one asked of ("where is sinner from?" quoted "He had
    beaten ... the Serbian's run of 33 straight wins in Melbourne", not "Sinner is the
    first Italian man to win the Australian Open")."""
    subject = origin_asked(question)
    if subject is None:
        return ranked
    analyzer = index.analyzer
    own = set(analyzer.analyze(subject))
    if not own and query is not None:  # "where is he from?" after "sinner": whom it follows
        own = {t for w in query.carried_words for t in w.itself}

    born = birthplace_asked(question)

    def tells(text: str) -> bool:
        return bool(BORN.search(text)) or (not born and names_origin_near(analyzer, text, own))

    # a birth asked, only a birth tells it, however much more the others hold the name
    # ("Born in Chicago in 1955, Prevost...", a quarter as relevant as "He took the name
    # Leo XIV and is the first pope from the United States")
    return put_first_in_its_article(index, ranked, tells, near=0.0 if born else AMOUNT_NEAR)
