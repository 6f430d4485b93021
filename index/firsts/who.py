"""Who did, won, leads, lived or is to blame: telling_first's steps for whom is asked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

import numpy as np

from ..asked import ASKS_SURVIVED, BLAMED, asks_blame, is_past, leader_asked
from ..defining import is_role
from ..derivations import derived
from ..index import Index, date_key
from ..patterns import lazy
from ..query import Query, Word, head_terms
from ..ranking import Ranked, numbers_of
from ..rerank import FUNCTION_WORDS, names_someone_new
from ..seeming import is_light, read_by, term_ids, titles_holding
from .affirmed import negated_at
from .named import LISTS_NAMED
from .others import opens_elsewhere
from .placing import (
    AMOUNT_NEAR,
    DEFAULT_TOP,
    LEDE_REACH,
    TIMED_NEAR,
    WORDS,
    article_first,
    as_sure_as,
    first_holding,
    first_telling_first,
    holds_any,
    moved_first,
    names_in,
    nearly_first,
    opening_first,
    own_word,
    own_words_in,
    put_first,
    put_first_in_its_article,
    sure_first,
    told_in_first_article,
)
from .reasons import WHY_NEAR, explains_news
from .told import DOER, LIVED_OR_DIED

# "Was anyone hurt in the door plug incident?", "has anybody been arrested over the
# heist?": what is asked of anyone, the verb after it...
_ANYONE_ASKED = lazy(
    r"^\W*(?:was|were|is|are|has|have|had|did)\s+"
    r"(?:(?:any|some)(?:one|body)|any\s+(?:humans?|people|persons?))\s+"
    # ..."did anyone famous die?": someone named
    r"(?P<notable>(?:famous|notable|important|prominent|well-known)\s+)?(?:been\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.I,
)
# ...or whether something did it to anyone ("did the door plug incident kill anyone?")
_DONE_TO_ANYONE = lazy(
    r"^\W*(?:did|does|has|have|had|will)\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?P<verb>kill|hurt|injure|harm)\s+(?:any|some)(?:one|body)\b",
    re.I,
)
# ...and "who survived the air india crash?": what is asked of whoever did it, its verb
_WHO_DID = lazy(r"^\W*who\s+(?P<verb>[a-z]+ed)\b", re.I)


def _meant(index: Index, word: Word) -> list[str]:
    """The terms a light verb means in its phrase ("get" of "get bird flu": catch), none
    for another word."""
    if not is_light(index.analyzer, word, verbs=True):
        return []
    return [term for term, _ in read_by(index.analyzer, word)]


def anyone_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whether anyone was or did something
    (_ANYONE_ASKED, or "did X kill anyone?": _DONE_TO_ANYONE) and its first passage does
    not say it (the verb, nor a synonym), the first of the next LEDE_REACH - 1 of the
    first's article that does, however less relevant, put first: the rest of the
    question names what it is asked of, which the sentence saying it need not repeat
    ("was anyone hurt in the door plug incident?":
    "Several people suffered minor injuries...", a quarter as relevant as "The door plug
    was found two days later..."). Asked who did it (_WHO_DID), one of the next
    DEFAULT_TOP - 1 of the first's article, nearly as relevant (TIMED_NEAR): "who survived
    the air india crash?" is told by "The only survivor, a British man...", not the
    opening's "...killing 241 of the 242 people on board" ("who scored on his birthday?"
    is then told by "...before Kansas City scored its first points", not by "...Cooper
    DeJean returned for a touchdown on his 22nd birthday": a cost kept for two gained). A
    death asked is told by lives too, and where none of those tells it, by the first of
    the first's article's first LEDE_REACH sentences ("did anyone die in the alaska
    airlines incident?": "All 171 passengers and six crew members survived")."""
    anyone = _ANYONE_ASKED.match(question) or _DONE_TO_ANYONE.match(question)
    asked = anyone or _WHO_DID.match(question)
    reach, near = (LEDE_REACH, 0.0) if anyone else (DEFAULT_TOP, TIMED_NEAR)
    if asked is None or query is None or len(ranked) < 2:
        return ranked
    verb_at = asked.start("verb")
    said = [w for t, w in zip(query.read, query.words, strict=False) if t.start == verb_at]
    verb = {term for w in said for term in w.alternatives}
    if not verb:
        return ranked
    # ...a death asked, by lives too ("did anyone die?": "All 171 passengers and six crew
    # members survived")
    dying = not verb.isdisjoint(index.analyzer.analyze("die died killed dead"))

    title, asked_terms = index.info_of(ranked[0].number).title, query.question_terms

    def tells(text: str) -> bool:  # ...of what is asked, not of another place
        if opens_elsewhere(index, text, asked_terms, title):
            return False
        return holds_any(index, text, verb) or (dying and LIVED_OR_DIED.search(text) is not None)

    # ...whether anyone did it, by the verb itself before a synonym ("has anyone caught
    # bird flu?": "One dairy worker in Texas caught the virus...", not the opening's "...it
    # is spreading between cows", "caught" read as "spread" too; who did it, by either:
    # "who scored for england?" is told by "...Cole Palmer equalised for England"; a death
    # or life asked, by either: "did anyone survive the haneda crash?" is told by "All 379
    # passengers and crew escaped...", not "...its captain survived with serious injuries")
    lives = dying or not verb.isdisjoint(index.analyzer.analyze("survive alive"))
    # (a light verb by what its phrase means: "did any humans get bird flu?": caught)
    meant = {t for w in said for t in _meant(index, w)}
    itself = (meant or {t for w in said for t in w.itself}) if anyone and not lives else set()

    def says_itself(text: str) -> bool:
        return holds_any(index, text, itself) and tells(text)

    first = put_first_in_its_article(index, ranked, says_itself, reach, near) if itself else ranked
    if first is not ranked:
        return first
    if meant and anyone:  # ...a light verb's meaning, of the first's article however far
        # down ("did any humans get bird flu?": "One dairy worker in Texas caught the
        # virus...", fifth, holding no "humans")
        told = told_in_first_article(index, ranked, says_itself)
        if told is not None:
            return told
    notable = anyone.groupdict().get("notable") if anyone else None  # (_DONE_TO_ANYONE: none)
    if notable and ranked:  # ...someone named, asked someone famous
        # ("did anyone famous die in the air india crash?": "Among the dead was Vijay
        # Rupani, a former chief minister...", not the opening's "...killing 241", whose
        # "Air India" the question names)

        def names_one(text: str) -> bool:
            return tells(text) and names_someone_new(text, question)

        told = told_in_first_article(index, ranked, names_one, LEDE_REACH)
        if told is not None:
            return told
    moved = put_first_in_its_article(index, ranked, tells, reach, near)
    if moved is not ranked or not dying or tells(index.passages.text(ranked[0].number)):
        return moved
    # ...of the first's article's first sentences, where none found tells it: the sentence
    # saying it need hold no word asked
    return told_in_first_article(index, ranked, tells, LEDE_REACH) or ranked


# ...of those named before the verb ("did the crew survive?": "...with 22 crew members on
# board, all of whom survived", not "Six construction workers ... were presumed dead")
_WHO_SURVIVED = lazy(
    r"^\W*(?:did|have|has|had|were|was|are|is)\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?P<who>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+(?:surviv|make it|(?:still\s+)?alive"
    r"|ok\b|okay|alright|all\s+right|safe|unharmed|unhurt)",
    re.I,
)


def survived_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whether some lived (ASKS_SURVIVED) and its
    first passage does not say whether, the first of the next LEDE_REACH - 1 of its
    article that does (LIVED_OR_DIED), AMOUNT_NEAR as relevant, put first; of those
    naming whom it asks of (_WHO_SURVIVED), where one does."""
    if not ranked or not ASKS_SURVIVED.search(question):
        return ranked
    asked = _WHO_SURVIVED.search(question)
    if asked and (terms := set(index.analyzer.analyze(asked["who"]))):

        def of_them(text: str) -> bool:
            return bool(LIVED_OR_DIED.search(text)) and holds_any(index, text, terms)

        told = put_first_in_its_article(index, ranked, of_them, near=AMOUNT_NEAR)
        if told is not ranked or of_them(index.passages.text(ranked[0].number)):
            return told
    return put_first_in_its_article(index, ranked, LIVED_OR_DIED.search, near=AMOUNT_NEAR)


def survivors_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks how many lived (_COUNTS_SURVIVORS) and its
    first passage does not say who did (_LIVED), the first of the next LEDE_REACH - 1 of
    its article that does, AMOUNT_NEAR as relevant, put first: "how many people survived
    the air india crash?" is told by "The only survivor, a British man...", not by the
    lede's "killing 241 of the 242", a number of the dead (counted_first's)."""
    if not _COUNTS_SURVIVORS.search(question):
        return ranked
    return put_first_in_its_article(index, ranked, _LIVED.search, near=AMOUNT_NEAR)


# ...or how many lived, which those who lived tell ("All 379 passengers and crew escaped")
_COUNTS_SURVIVORS = lazy(r"\bhow many\b.*\b(?:surviv\w*|escaped|made it)\b", re.I)
_LIVED = lazy(r"\b(?:surviv\w*|escaped|alive|rescued)\b", re.I)


def blamed_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who is to blame and its first passage lays
    blame on no one (BLAMED, not denied), the first of the next LEDE_REACH - 1 of its
    article that does put first, however less relevant: the opening names the subject, the
    sentence laying blame need not ("who's to blame for the valencia floods?": "The
    regional government has been criticised for...", 0.23 as relevant as the opening);
    else the first of the article that does, else that says whose deed it was or what
    explains it (``_ascribes``)."""
    if not ranked or not asks_blame(question):
        return ranked
    text = index.passages.text
    if _lays_blame(text(ranked[0].number)):
        return ranked
    blamed = article_first(index, ranked, lambda n: _lays_blame(text(n)))
    if blamed is not ranked:
        return blamed
    # ...or, where none of those does, the first of its article that does, else that says
    # whose deed it was or what explains it: "who's to blame for the m&s hack?" is told by
    # "The attack is thought to have been carried out by a group known as Scattered
    # Spider", "who's to blame for the runway crash?" by "Transcripts ... showed that the
    # coast guard plane had not been cleared to enter the runway"
    return (
        told_in_first_article(index, ranked, _lays_blame)
        or told_in_first_article(index, ranked, _ascribes)
        or ranked
    )


def _ascribes(text: str) -> bool:
    """Whether ``text`` says whose deed it was (DOER) or what explains the news."""
    return bool(DOER.search(text)) or explains_news(text)


def _lays_blame(text: str) -> bool:
    """Whether ``text`` blames or criticises (BLAMED) other than after a negation ("...said
    renewable energy was not to blame")."""
    return any(not negated_at(text, found.start()) for found in BLAMED.finditer(text))


def award_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who won a player's award (_AWARD: "who was
    man of the match in the t20 final?", or the best player: ``_awarded``) and its first
    passage does not write it, the first of its article's first LEDE_REACH that does,
    however less relevant, put first: "...and was named player of the match", not
    "After the final, Kohli and captain Rohit Sharma both announced their retirement from
    T20 international cricket", which holds more of the question's other words; else
    the first of the first DEFAULT_TOP that does ("who was india's best player in the
    final?" quoted the chess champion's "India's Gukesh ... in the final game")."""
    award = _awarded(question)
    if award is None or not ranked or award.search(index.passages.text(ranked[0].number)):
        return ranked
    told = told_in_first_article(index, ranked, award.search, LEDE_REACH)
    return told or put_first(index, ranked, award.search, near=AMOUNT_NEAR)


# "Who won the cricket?", "who won the election?": the news, which says who won by a word
# of winning (or a prize awarded: "The Nobel Prize in Physics was awarded ... to")
# ...or which side did ("which country won the cricket?", "which team won?")
_ASKS_WINNER = lazy(
    r"^\W*(?:who|(?:which|what)\s+(?:team|country|nation|side|club|party|player|rider|driver"
    r"|candidate|film|movie|song)s?)\s+(?:won|wins|has\s+won)\b",
    re.I,
)
WON = lazy(
    r"\b(?:won|wins?|winning|winners?|beat|beats|beating|beaten|defeat(?:s|ed|ing)?|edged?"
    r"|champions?|title|victory|victorious|triumph(?:s|ed)?|landslide|award(?:s|ed)?|prize"
    r"|gold|elected|topped|tops)\b",
    re.I,
)


def winner_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who won (_ASKS_WINNER) and its first
    passage says no winning (WON), the first of its article's first LEDE_REACH that
    does put first: "who won the cricket?" is told by "India won the T20 World Cup...",
    not by "After the final, Kohli and captain Rohit Sharma both announced their
    retirement from T20 international cricket", the one sentence naming cricket. Not
    where it asks a player's award (award_first: "who won the super bowl mvp?")."""
    if not ranked or not _ASKS_WINNER.match(question) or _awarded(question) is not None:
        return ranked
    return told_in_first_article(index, ranked, WON.search, LEDE_REACH) or ranked


# "What did pogacar win?", "what has sinner won?"
_ASKS_WON_WHAT = lazy(
    r"^\W*what\s+(?:did|has|have|had)\s+(?:[\w'’.-]+\s+){1,4}?(?:win|won)\W*$", re.I
)


def won_what_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what someone won (_ASKS_WON_WHAT), its
    first passage's article's opening saying a win (WON), where nearly as relevant
    (TIMED_NEAR), put first: news opens with the win ("what did pogacar win?": "Tadej
    Pogacar won the Tour de France for the third time...", not "Pogacar also won the Giro
    d'Italia in May..."; "what did lyles win?": not "...said he did not think he had won";
    "what did sinner win?": "...to beat Daniil Medvedev and win the Australian Open", not
    "The 22-year-old Italian won 3-6, 3-6, 6-4, 6-4, 6-3...", the first writing "won")."""
    if not ranked or not _ASKS_WON_WHAT.match(question):
        return ranked
    return opening_first(index, ranked, lambda n: WON.search(index.passages.text(n)), TIMED_NEAR)


def _awarded(question: str) -> re.Pattern[str] | None:
    """What writes the player's award ``question`` asks who won: the one it names ("man of
    the match"), or for the best player of a game ("who was the best player in the
    final?", "super bowl mvp?") its player of the match or most valuable player, of a
    tournament or a season (naming no game) its player of those; None where it asks none."""
    if asked := _AWARD.search(question):
        return re.compile(rf"\b(?:man|woman|player)\s+of\s+the\s+{asked[1]}\b", re.I)
    if not _BEST_PLAYER.search(question):
        return None
    if _A_GAME.search(question) or not _A_SEASON.search(question):
        of = "match|game|final"
        other = r"|\bmost\s+valuable\s+player\b|\bmvp\b"
    else:
        of = "tournament|series|season|year"
        other = r"|\bbest\s+player\b"
    return re.compile(rf"\b(?:man|woman|player)\s+of\s+the\s+(?:{of})\b{other}", re.I)


def doer_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who did a deed it names (_ASKS_DOER_OF:
    "who hacked m&s?", "who was behind the m&s hack?") and its first passage ascribes it to
    no one (DOER), the first sentence of its article that does, as sure as the first
    (as blame laid, however less relevant: blamed_first), put first: "The attack is
    thought to have been carried out by a group known as Scattered Spider", which names
    neither a hack nor M&S, not the lede's "...hackers had stolen some personal data"."""
    if not ranked or not _ASKS_DOER_OF.match(question):
        return ranked
    return told_in_first_article(index, ranked, DOER.search) or ranked


# Who did a deed named: who was behind it or carried it out, or the deed's verb of a crime
# or an attack (not "who won the final?", whose answer is the news; nor "who is responsible
# for operating the voting equipment?", a role; nor "who did the X...", which asks whom X
# did something to as often: "Who did the Mongols send to Bukhara as administrators?"; nor
# "who was hacked?", the victim)
_ASKS_DOER_OF = lazy(
    r"^\W*who(?:(?:'s|’s|\s+(?:is|was|were|are))?\s+behind|\s+(?:carried\s+out|hacked"
    r"|attacked|bombed|robbed|stole|killed|shot|planned))\b",
    re.I,
)


# A player's award, man or player of what ("man of the match", "player of the tournament")
_AWARD = lazy(
    r"\b(?:man|woman|player)\s+of\s+the\s+(match|tournament|game|series|final|season|year)\b",
    re.I,
)


# ...or the best player, which such an award names ("who was the best player in the
# final?", "super bowl mvp?"), of a game or of a tournament or season
_BEST_PLAYER = lazy(
    r"\b(?:best|star|top|standout|outstanding|most\s+valuable)\s+(?:player|performer)s?\b"
    r"|\bmvp\b|\bplayed\s+(?:the\s+)?best\b",
    re.I,
)
_A_GAME = lazy(r"\b(?:final|match|game|super\s+bowl)\b", re.I)
_A_SEASON = lazy(r"\b(?:tournament|cup|championship|euros?|season|series|year)\b", re.I)


# "Who did the study?", "who carried out the research?": those who did it, whom news
# names by their trade or part in it ("Researchers at Harvard found...", "...said lead
# author Mingyang Song"), in a sentence that need not name the study.
_ASKS_RESEARCHER = lazy(
    r"^\W*who\s+(?:did|does|do|ran|runs|run|conducted|conducts|carried\s+out|led|leads|"
    r"wrote|writes|made|makes)\s+(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:study|studies|research|survey|trial|report|paper|experiment)\b",
    re.I,
)
_RESEARCHER = lazy(r"\b(?:[Rr]esearchers|[Ss]cientists|lead author|led by|[Aa]uthors?\b)")


def researcher_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who did a study (_ASKS_RESEARCHER) and
    its first passage names none who did (_RESEARCHER), the first sentence of the first's
    article that does put first, as sure as the first."""
    if not ranked or not _ASKS_RESEARCHER.match(question):
        return ranked
    return told_in_first_article(index, ranked, _RESEARCHER.search) or ranked


# "Who is the new prime minister?", "who's the next president?": whoever became one, which
# news tells by the becoming ("Keir Starmer will become Britain's prime minister...", tenth
# and 0.9 as relevant, not "Indian Prime Minister Narendra Modi arrived in Moscow...")
_ASKS_NEW_HOLDER = lazy(
    r"^\W*who(?:'s|’s|\s+is|\s+will\s+be)\s+(?:the\s+)?(?:new|next|incoming)\s+"
    r"(?P<role>[\w'’ -]+?)\W*$",
    re.I,
)
_BECAME = lazy(
    r"\b(?:became|become|becomes|becoming|elected|appointed|sworn\s+in|succeeds|succeeded"
    r"|took\s+office"
    # ...or won the vote for it ("...won Romania's presidential run-off")
    r"|won\s+(?:\w+['’]s\s+)?(?:[\w-]+\s+){0,2}(?:election|run-?off|vote|ballot))\b",
    re.I,
)


def new_holder_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who newly holds a role (_ASKS_NEW_HOLDER)
    and its first passage tells no one becoming anything (_BECAME: "...cardinals elected
    Robert Francis Prevost, 69, as the new leader..." for "who is the new pope?"), the
    first of its first LEDE_REACH, TIMED_NEAR as relevant (WHY_NEAR of the first's
    article), that does, holding each word of the role (by any of its alternatives, or a
    word derived from one), put first: "who is the new romanian president?" "Nicusor Dan
    ... won Romania's presidential run-off", not "He defeated George Simion, leader of
    the ... Union of Romanians"."""
    asked = _ASKS_NEW_HOLDER.match(question)
    if asked is None or query is None or not ranked:
        return ranked
    # each word of the role by its alternatives or a word derived from one ("president":
    # "presidential")
    role = [
        {*w.alternatives, *(d for t in w.alternatives for d in derived(t))}
        for w in own_words_in(query, asked["role"])
    ]
    if not role or _BECAME.search(index.passages.text(ranked[0].number)):
        return ranked

    def tells(text: str) -> bool:
        return bool(_BECAME.search(text)) and all(holds_any(index, text, t) for t in role)

    # of the first's own article, WHY_NEAR as relevant (its lede, half as relevant as
    # "He defeated..." beside it)
    mine = put_first_in_its_article(index, ranked, tells, LEDE_REACH, WHY_NEAR)
    return mine if mine is not ranked else put_first(index, ranked, tells, LEDE_REACH, TIMED_NEAR)


# Whom a thing is led by, named ("led by coordinator Vic Fangio")
_LED_BY = lazy(r"\bled\s+by\s+(?:[a-z]+\s+){0,3}[A-Z]")


def leader_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who leads something ("who runs nvidia?")
    and its first passage names no head by a title (HEADS), the first of the next
    LEDE_REACH - 1, WHY_NEAR as relevant, that does, in an article holding each word of
    what is led, put first: "Its chief executive, Jensen Huang, who co-founded the
    company..." (0.73 as relevant) over "...Liang Wenfeng, who also runs a hedge fund"
    from an article on DeepSeek that names Nvidia too, but not Nvidia's head. Where the
    first names the title and no one, the first of its article's next that names
    someone, WHY_NEAR as relevant, goes first."""
    # ...or who its head is ("who is the boss of asml?", "who is asml's boss?")
    start, end = leader_asked(question)
    if not end or query is None:
        return ranked
    led = [
        w
        for w, token in zip(query.own_words, query.read, strict=False)
        if w.alternatives and start <= token.start < end
    ]
    numbers = numbers_of(ranked, LEDE_REACH)
    heads = head_terms(index.analyzer)
    # (a head named by title, or by whom it is led: "The Eagles' defence, led by
    # coordinator Vic Fangio, ...", where the opening's "Kansas City Chiefs" is a title)
    titled = index.bm25.holding(heads, numbers) | np.array(
        [bool(_LED_BY.search(index.passages.text(n))) for n in numbers.tolist()], bool
    )
    if (
        len(led) == 1
        and titled.size
        and not (titled[0] and index.bm25.holding(led[0].alternatives, numbers[:1])[0])
    ):
        # ...or, where the first does not name the head of what is led, one naming whose
        # it is, a name's before its name ("who leads reform?": "...and Nigel Farage's
        # Reform UK won five", not "Rahul Gandhi, the Congress leader, said...")
        owned = re.compile(rf"\b[A-Z][\w-]+['’]s\s+{re.escape(led[0].written.title())}\b")
        held = [bool(owned.search(index.passages.text(n))) for n in numbers.tolist()]
        if (chosen := first_holding(ranked, held, LEDE_REACH, WHY_NEAR)) is not None:
            return moved_first(ranked, chosen)
    if not titled.any():
        return _head_in_article(index, led, ranked, heads)
    if titled[0]:  # ...naming them, or the first of its article's that names someone
        # ("who is the leader of myanmar?": "The leader of Myanmar's military junta has
        # arrived in Russia" names no one; "General Min Aung Hlaing, who launched...")
        return put_first_in_its_article(
            index, ranked, partial(names_someone_new, question=question), LEDE_REACH, WHY_NEAR
        )
    articles = index.passages.article[numbers]
    for word in led:  # ...by the word itself: "who leads labour?" is not told by the
        # Cannes jury "led by the American director...", of a film on a sex worker
        titled &= index.article_bm25.holding(word.itself, articles)
    chosen = first_holding(ranked, titled, LEDE_REACH, WHY_NEAR)
    return moved_first(ranked, chosen) if chosen else _head_in_article(index, led, ranked, heads)


# "Who was the judge in the ftx case?": the role asked (the last of at most three words
# after "the", before what it is the role of or the question's end)...
_ASKS_ROLE = lazy(
    r"^\W*who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"([a-z][\w-]+)(?=\s+(?:of|in|at|for|on|behind|during|who|that)\b|\W*$)",
    re.I,
)


def role_named_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who holds a role ("who was the judge in the
    ftx case?") and its first passage does not write the role before a name, the first of
    the next LEDE_REACH - 1, TIMED_NEAR as relevant, that does ("Judge Lewis Kaplan
    said...", "The committee's chairman, Jørgen Watne Frydnes, ..."), put first: "The judge
    also ordered him to forfeit..." names no one, and came first, 0.64 as relevant."""
    asked = _ASKS_ROLE.match(question)
    if not asked or asked[1].lower() in FUNCTION_WORDS or _WHICH_HOLDER.search(asked[0]):
        return ranked
    # The role (or its plural), then a capitalised word that is not a function word.
    names = re.compile(
        rf"\b{re.escape(asked[1])}s?,?\s+(?-i:(?!(?:{'|'.join(_CAPITAL_FUNCTION)})\b)"
        r"[A-Z][\w'’.-]*[a-z])",
        re.I,
    )

    def names_holder(text: str) -> bool:  # ...not one gone ("He succeeds Pope Francis, who
        # died on Easter Monday...", for "who is the pope?")
        return any(
            not _SUCCEEDED.search(text, 0, m.start()) and not _DIED.match(text, m.end())
            for m in names.finditer(text)
        )

    return put_first(index, ranked, names_holder, LEDE_REACH)


# A holder named gone: succeeded ("succeeds Pope Francis"), or dead ("..., who died")
_SUCCEEDED = lazy(
    r"\b(?:succeeds|succeeded|succeeding|replaces|replaced|replacing|former|late)\s+\Z", re.I
)
_DIED = lazy(r",?\s+who\s+died\b", re.I)


# ...not which of its holders: "who is the new pope?" is not told by "He succeeds Pope
# Francis, who died on Easter Monday"
_WHICH_HOLDER = lazy(
    r"\b(?:new|next|former|previous|old|late|last|first|outgoing|incoming|current|acting)\b",
    re.I,
)
# "Who is boeing's ceo?", "who's the head of the sec?": who holds a role now...
_ASKS_HOLDER_NOW = lazy(r"^\W*who(?:'s|’s|\s+is|\s+are)\s+(.+)", re.I)
# ...or who heads it, by the verb ("who runs openai?": "Sam Altman will return as chief
# executive of OpenAI...", not "...chaired by Bret Taylor, a former co-chief executive of
# Salesforce")
_ASKS_HEAD_NOW = lazy(r"^\W*who\s+(?:runs|leads|heads|manages)\s+\w", re.I)
# ...not one the news says is gone
_GONE = lazy(r"\b(?:former|previous|outgoing|(?<=the\s)late|then|ex)\b", re.I)
# How relevant a newer article's passage need be to tell who holds it now: nearly the first
NOW_NEAR = 0.9


def current_first(index: Index, question: str, query: Query, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who holds a role now (in the present
    tense, naming a role: ``is_role``), the first of its first DEFAULT_TOP, NOW_NEAR as
    relevant and holding each of the ``query``'s words the first holds, of the article
    published last, where that is not the first's and writes no holder gone ("former"),
    put first: "who is boeing's ceo?" is told by "Boeing's new chief executive, Kelly
    Ortberg, ..." (September) over "Boeing's chief executive, Dave Calhoun, ..."
    (January), 0.97 as relevant; not "who is the boj governor?" by Florida's "Governor Ron
    DeSantis", which names no bank. Undated articles tell nothing of it. Where the first
    writes a holder gone, the first of those writing none comes first, of any date ("who
    is the ceo?" after OpenAI: "Sam Altman will return as chief executive...", not
    "...Bret Taylor, a former co-chief executive of Salesforce"), TIMED_NEAR as relevant.
    Who heads a thing, asked by the verb ("who runs openai?": _ASKS_HEAD_NOW), asks so too."""
    asked = _ASKS_HOLDER_NOW.match(question)
    roles = [w for w in WORDS.findall(asked[1].lower()) if is_role(w)] if asked else []
    if not (roles or _ASKS_HEAD_NOW.match(question)) or len(ranked) < 2:
        return ranked
    role_terms = {t for w in roles for t in index.analyzer.analyze(w)}

    def gone(number: int) -> bool:
        return _holder_gone(index, index.passages.text(number), role_terms)

    words = [set(term_ids(index, w.alternatives)) for w in query.own_words if w.alternatives]

    def held(number: int) -> set[int]:  # which of the words
        terms = set(index.docs.terms_of(number).tolist())
        return {i for i, ids in enumerate(words) if ids & terms}

    top = held(ranked[0].number)

    def now_held(near: float) -> dict[int, str]:  # those writing no holder gone: their dates
        return {
            r.number: date_key(index.info_of(r.number).published)
            for r, close in zip(ranked, nearly_first(ranked, DEFAULT_TOP, near), strict=False)
            if close and not gone(r.number) and top <= held(r.number)
        }

    if gone(ranked[0].number):
        # ...and, of the same news, one writing no holder gone before one that does, nearly
        # as relevant ("who is the ceo?" after OpenAI, "who runs openai?": "Sam Altman will
        # return as chief executive...", 0.83 as relevant as "...a new board chaired by
        # Bret Taylor, a former co-chief executive of Salesforce")
        near = now_held(TIMED_NEAR)
        held_now = next((r for r in ranked[1:] if r.number in near), None)
        if held_now is not None:
            return moved_first(ranked, held_now)
    dates = now_held(NOW_NEAR)
    first = dates.get(ranked[0].number, "")
    newest = max(dates, key=lambda n: dates[n], default=None)
    if newest is None or not first or dates[newest] <= first:
        return ranked
    return moved_first(ranked, next(r for r in ranked if r.number == newest))


def _holder_gone(index: Index, text: str, roles: set[str]) -> bool:
    """Whether ``text`` writes a holder gone (_GONE: "former", "the late"): right before
    each time it writes the role asked (``roles``, terms: "...a new board chaired by Bret
    Taylor, a former co-chief executive of Salesforce" writes no chair gone; "chair" of
    "chaired" is of "chairman"), or anywhere where it writes none of those terms ("who is
    the ceo?": the same sentence's "former co-chief executive")."""
    if not _GONE.search(text):
        return False
    tokens = index.analyzer.tokens(text)
    written = [i for i, t in enumerate(tokens) if any(_same_role(t.term, r) for r in roles)]
    if not written:
        return True
    return all(
        any(_GONE.fullmatch(t.word) for t in tokens[max(0, i - _GONE_REACH) : i]) for i in written
    )


def _same_role(term: str, role: str) -> bool:
    """Whether ``term`` is of the role ``role`` (a term): the same, or one the start of the
    other ("chair" of "chairman")."""
    return term.startswith(role) or (role.startswith(term) and len(term) > 3)


# How many words before a role asked a word saying its holder gone stands ("a former
# co-chief executive")
_GONE_REACH = 3


# "Who came third in the tour de france?", "which country finished second?", "who won
# second prize at cannes?", "who won silver?": a place in a race or a contest...
_ASKS_PLACED = lazy(
    r"\b(?:came|come|comes|finished|finish|finishes|placed|ended|end|ends|was|were)\s+"
    r"(?:up\s+)?(?:in\s+)?(first|second|third|fourth|fifth|sixth|last)\b"
    r"|\b(?:won|win|wins|took|take|takes|got|get|gets)\s+(?:the\s+)?"
    r"(?:(second|third|fourth|fifth)\s+(?:prize|place)|(silver|bronze))\b"
    r"|\b(runners?[- ]up)\b",
    re.I,
)
_PLACE_OF = {"silver": "second", "bronze": "third", "runner-up": "second"}
# ...which a sentence writes as that place, the prize or the medal of it, or, second, as
# whom the winner beat or finished ahead of: "...won the Olympic 100 metres title in
# Paris on Sunday, beating Jamaica's Kishane Thompson in a photo finish", "Austria
# finished with 436 points, ahead of Israel's Yuval Raphael"
_SECOND_TOLD = (
    r"|\brunners?[- ]up\b|\bsilver\b"
    r"|\b(?:ahead\s+of|beating|edging(?:\s+out)?)\s+(?:the\s+)?(?-i:[A-Z])"
)
_THIRD_TOLD = r"|\bbronze\b"


def placed_so_first(
    index: Index, question: str, query: Query, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who came in a place (_ASKS_PLACED), the
    first of its first DEFAULT_TOP, nearly as relevant (TIMED_NEAR), writing that place
    as one (finished, came or was third, in third place, third prize, the bronze; second,
    the runner-up or whom the winner beat) put first: "Remco Evenepoel of Belgium
    finished third in his first Tour", 0.64 as relevant as "Tadej Pogacar won the Tour de
    France for the third time". Where none of them does, the first of the first's
    article's LEDE_REACH that does: "...and Estonia in third place" names no Eurovision
    ("who came third at eurovision?"), "The Grand Prix, the festival's second prize,
    went to..." no Cannes. A follow-up ("who came second?" after the 100 metres) names no
    race, and another's would do: it is told by the first's article alone ("...beating
    Jamaica's Kishane Thompson", not "Vingegaard ... came second")."""
    asked = _ASKS_PLACED.search(question)
    if not asked:
        return ranked
    word = next(w for w in asked.groups() if w).lower()
    word = "runner-up" if word.startswith("runner") else word
    place = _PLACE_OF.get(word, word)
    also = {"second": _SECOND_TOLD, "third": _THIRD_TOLD}.get(place, "")
    escaped = re.escape(place)
    placed = (
        rf"\b(?:came|finished|placed|ended(?: up)?|was|were)\s+(?:in\s+)?{escaped}\b"
        rf"|\b(?:in\s+)?{escaped}\s+(?:place|prize)\b"
    )
    # the place written as one (AMOUNT_NEAR as relevant) before whom the winner beat
    # ("Vingegaard ... came second", 0.6 as relevant as "...6 minutes and 17 seconds ahead
    # of Jonas Vingegaard", which "ahead" for "second" raises: synonyms.ALSO_FINDS)
    exact, any_so = re.compile(placed, re.I), re.compile(placed + also, re.I)
    for told_so, near in ((exact, AMOUNT_NEAR), (any_so, TIMED_NEAR)):
        if query.own < 0 and (
            told := first_telling_first(index, ranked, told_so.search, near=near)
        ):
            return told
    return told_in_first_article(index, ranked, any_so.search, LEDE_REACH) or ranked


# "Who did they play?", "who did gukesh face?", "who did sinner beat in the final?": whom
# one played or beat, which news tells by whom one beat, finished ahead of or lost to, by
# a name after, at most two small words between ("...beating China's Ding Liren", "...beat
# the Kansas City Chiefs 40-22", "...beaten 10-time champion Novak Djokovic", "...ahead of
# Jonas Vingegaard"); "who was he beaten by?" asks the winner
_ASKS_OPPONENT = lazy(
    r"^\W*who\s+(?:(?:did|do|does|will|would|is|are|was|were)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:play|playing|face|facing|meet|meeting)"
    r"|(?:did|do|does|will|would)\s+(?:[\w'’-]+\s+){1,4}?(?:beat|defeat))\b",
    re.I,
)
_OPPONENT_NAMED = lazy(
    r"\b(?:beat|beats|beaten|beating|defeated|defeating|edged|edging|against|versus|vs\.?|"
    r"lost\s+to|ahead\s+of)\s+(?:(?-i:[a-z\d][\w-]*)\s+){0,2}(?-i:[A-Z])",
    re.I,
)


def opponent_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks whom one played or beat (_ASKS_OPPONENT)
    and its first passage names no opponent (_OPPONENT_NAMED), the first of the first's
    article's first LEDE_REACH sentences that does, as sure as the first, put first: "who
    did he play" after "gukesh" quoted "The match was played over 14 classical games",
    where "...beating China's Ding Liren in the final game..." tells it (writing no
    "play")."""
    if not _ASKS_OPPONENT.match(question):
        return ranked
    return told_in_first_article(index, ranked, _OPPONENT_NAMED.search, LEDE_REACH) or ranked


# "Who makes the chikungunya vaccine?", "who directed anora?": the verb asked, right after
# "who" (not an auxiliary: "who is", "who did")...
_ASKS_AGENT = lazy(r"^\W*who\s+([a-z][\w-]+)\b", re.I)
# ...or which maker does it ("which company makes the chikungunya vaccine?": "...made by
# the French drugmaker Valneva")
_ASKS_MAKER = lazy(
    r"^\W*(?:which|what)\s+(?:company|companies|firm|firms|maker|makers|drugmaker|"
    r"manufacturer|group|organi[sz]ation|agency|country|team)\s+([a-z][\w-]+)\b",
    re.I,
)
# ...and "how is chikungunya spread?", "how does it spread?": by what, the verb last
# ("...a virus spread by mosquitoes", not "Chikungunya has spread to more than 110
# countries")
_ASKS_MEANS = lazy(r"^\W*how\s+(?:is|are|was|were|does|do|did)\s+.+?\s([a-z][\w-]+)\W*$", re.I)
_NO_AGENT = frozenset(
    "is was are were be been am s did does do has have had will would shall should can "
    "could may might must else".split()
)
# ...and a word before "by", which may be that verb's participle ("made by the French
# drugmaker Valneva")
_BEFORE_BY = lazy(r"\b([a-z][\w-]+)\s+by\b", re.I)
# ...or, after "by", the noun of whoever does it before their name ("...went to "All We
# Imagine as Light" by the Indian director Payal Kapadia": directed by her)
_BY_DOER = lazy(r"\bby\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\s+[A-Z]")
# ...which is the verb's with one of these endings ("direct": director; "write": writer)
_DOER_ENDINGS = ("or", "er", "r")


def agent_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who does something ("who makes the
    chikungunya vaccine?") and its first passage does not write that verb before "by",
    the first of the next DEFAULT_TOP - 1, TIMED_NEAR as relevant, that does, put first:
    "The vaccine, called Ixchiq and made by the French drugmaker Valneva, ..." (0.77 as
    relevant) over the FDA's approving "the first vaccine for chikungunya"; so too where
    it asks how something is done (_ASKS_MEANS: "how is chikungunya spread?"). Where the
    first does not say the verb at all, the first of the first's article among the first
    LEDE_REACH that does, however relevant."""
    asked = (
        _ASKS_AGENT.match(question) or _ASKS_MAKER.match(question) or _ASKS_MEANS.match(question)
    )
    if not asked or asked[1].lower() in _NO_AGENT:
        return ranked
    verb = index.analyzer.analyze(asked[1])
    if len(verb) != 1:
        return ranked
    # (as written, not analysed: "supplior" is no word to look up)
    doers = {f"{verb[0]}{end}{plural}" for end in _DOER_ENDINGS for plural in ("", "s")}

    def done_by(text: str) -> bool:
        return any(index.analyzer.analyze(m[1]) == verb for m in _BEFORE_BY.finditer(text)) or any(
            m[1].lower() in doers for m in _BY_DOER.finditer(text)
        )

    first = index.passages.text(ranked[0].number) if ranked else ""
    held = set(index.analyzer.analyze(first))
    written = {w.lower() for w in WORDS.findall(first)}
    if doers & written and names_someone_new(first, question):
        # a first naming whoever does it by their noun tells who: "Rahul Gandhi, the
        # Congress leader, said..." for "who leads the congress party?", not "The
        # opposition alliance led by the Congress party won 234 seats"
        return ranked
    if ranked and verb[0] not in held and not done_by(first):
        # the first names whom it is done to, not the verb ("Syrian rebels took control of
        # the capital..."): its article's sentence saying it done by one tells who ("The
        # offensive was led by the Islamist group...", seventh), not "The opposition
        # alliance led by the Congress party..." of another
        return put_first_in_its_article(index, ranked, done_by, near=0.0)
    return put_first(index, ranked, done_by)


def doing_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who did something (the verb right after
    "who") and its first passage writes that verb only in the passive with no "by",
    done by no one, the first of the next DEFAULT_TOP - 1, TIMED_NEAR as relevant, that
    writes it done, put first: "who declared martial law?" is told by "...Yoon Suk Yeol
    lifted martial law ... after declaring it", not by "It was the first time martial law
    had been declared in South Korea since 1980". A first passage not writing the verb
    may tell it otherwise ("who won the chess world championship?": "...Gukesh Dommaraju
    became the youngest world chess champion")."""
    asked = _ASKS_AGENT.match(question)
    if query is None or not asked or asked[1].lower() in _NO_AGENT:
        return ranked
    word = own_word(query, asked[1].lower())
    if word is None or len(ranked) < 2:
        return ranked
    terms = set(word.alternatives)
    # the verb itself, not a synonym: "who died?" is told by "The five people aboard ...
    # were killed"
    verb = set(index.analyzer.analyze(asked[1]))

    def doings(text: str) -> list[tuple[bool, bool]]:  # for each time it writes the verb,
        # whether done, and whether it is the verb itself done in the past (not a noun:
        # "...before the catch")
        found = []
        for t in index.analyzer.tokens(text):
            if t.term not in terms:
                continue
            if t.term in verb and _NOUN_BEFORE.search(text, 0, t.start):
                found.append((False, False))
                continue
            done = (
                t.term not in verb
                or not _PASSIVE_BEFORE.search(text, 0, t.start)
                or bool(_BY_AFTER.match(text, t.end))
            )
            found.append((done, done and t.term in verb and is_past(t.word.lower())))
        return found

    first = doings(index.passages.text(ranked[0].number))
    if not first or any(done for done, _ in first):
        return ranked

    # ...done in the past first, of the first's article, however less relevant ("who
    # caught the booster?": "SpaceX caught the first stage...", third, not "Catching
    # boosters instead of landing them on legs..." after "...if any of hundreds of checks
    # had failed before the catch"), else done at all ("...after declaring it")
    def past(text: str) -> bool:
        return any(p for _, p in doings(text))

    told = put_first_in_its_article(index, ranked, past, near=0.0)
    if told is not ranked:
        return told
    return put_first(index, ranked, lambda text: any(d for d, _ in doings(text)))


def reacting_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who did something when something else was
    (_ASKS_DOING_WHEN: "who cried when hidankyo won?", what follows the verb telling
    only when) and its first passage writes no word of the verb, the first of its
    article that does, however less relevant, put first: "Toshiyuki Mimaki, a co-chair of
    the group ..., wept as he heard the news", not the opening telling the win."""
    asked = _ASKS_DOING_WHEN.match(question)
    if query is None or not asked or asked[1].lower() in _NO_AGENT or not ranked:
        return ranked
    word = own_word(query, asked[1].lower())
    if word is None:
        return ranked
    writes = partial(holds_any, index, terms=set(word.alternatives))
    if writes(index.passages.text(ranked[0].number)):
        return ranked
    return put_first_in_its_article(index, ranked, writes, near=0.0)


# Who did something, then a word saying when (not what was done to whom)
_ASKS_DOING_WHEN = lazy(r"^\W*who\s+([a-z][\w-]+)\s+(?:when|as|after|while|once|before)\s", re.I)


def former_role_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks what someone did before (_ASKS_DONE_BEFORE:
    "what did he do before?", "what was starmer's job before?") and its first passage
    writes no former role, the first sentence of its article that does (_FORMER_ROLE:
    "a former lawyer") of one it names, by a name the first writes, put first: "uk
    election | who is the new pm? | what did he do before?" is told by "Starmer, a former
    lawyer who led the party from its heavy defeat in 2019, promised...", not the opening
    again."""
    if not ranked or not _ASKS_DONE_BEFORE.match(question):
        return ranked
    named = names_in(index, index.passages.text(ranked[0].number))

    def told(text: str) -> bool:
        return bool(_FORMER_ROLE.search(text)) and not named.isdisjoint(names_in(index, text))

    return told_in_first_article(index, ranked, told) or ranked


def successor_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who came after someone (_ASKS_AFTER_ONE:
    "who was ceo after murati?", "who came after murati?") and its first passage says no
    one replaced or succeeded anyone (_SUCCEEDED), the first sentence of its article
    that does put first: "She was replaced after two days by Emmett Shear...", after
    "Mira Murati, the chief technology officer, had briefly served as interim chief
    executive"."""
    if not ranked or not _ASKS_AFTER_ONE.match(question):
        return ranked
    return told_in_first_article(index, ranked, _SUCCEEDED.search) or ranked


# Who came after someone, or held a role after them
_ASKS_AFTER_ONE = lazy(
    r"^\W*who\s+(?:came|was|is|became|took\s+over)\s+(?:(?:the\s+)?[\w-]+\s+){0,2}?after\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\W*$",  # (not "...after altman was fired?": Murati, then)
    re.I,
)
# ...which news tells by who replaced or succeeded them
_SUCCEEDED = lazy(r"\b(?:replaced|replaces|succeeded|succeeds|successor|took\s+over\s+from)\b")


# What someone did before, asked of them by a pronoun or a name ("what did he do before
# politics?", "what was his job before?")
_ASKS_DONE_BEFORE = lazy(
    r"^\W*what\s+(?:did|was|were)\s+(?:[\w'’-]+\s+){1,3}?(?:do|doing|job|work|career)"
    r"\s+before\b",
    re.I,
)
# ...which news writes beside their name ("Starmer, a former lawyer who...")
_FORMER_ROLE = lazy(r"\b(?:a|an)\s+former\s+[a-z]|\bpreviously\s+(?:worked|served)\b")


# A verb's word as a noun: a determiner right before it ("before the catch")
_NOUN_BEFORE = lazy(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.I)
# A verb in the passive: a form of "be" right before it, an adverb between at most ("had
# been declared", "was narrowly won")...
_PASSIVE_BEFORE = lazy(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.I)
# ...done by whom "by" names, within a few words ("was paid for by Novo Nordisk", "was
# founded in 2023 in Hangzhou by Liang Wenfeng")
_BY_AFTER = lazy(r"(?:\s+[\w-]+){0,4}?\s+by\b")


# "Who died?", "who was arrested?": whom the verb befell, which news lists after it ("Those
# killed were Stockton Rush, ...", "The dead included...") by their names
_ASKS_WHO_BEFELL = lazy(r"^\W*who\s+(?:(?:was|were|got|has been|have been)\s+)?([a-z]+)\W*$", re.I)
_LISTED_AFTER = lazy(
    r"\s+(?:were|was|are|is|included|include|includes)\s+(?:[\w'-]+\s+){0,3}?"
    r"[A-Z][\w'-]+\s+[A-Z][\w'-]+"
)


# "Who were the passengers?", "who are the victims?": who some were, by their names; and
# so who was aboard ("who was on board?", "who was on the titan sub?")
_WHO_WERE = lazy(
    r"\W*who\s+(?:(?:were|are)\s+(?:the\s+)?(?:[a-z]+s|people)"
    r"|(?:was|were|is|are)\s+(?:on\s+board|aboard|on\s+(?:the|a)\s))\b",
    re.I,
)


def names_listed_first(index: Index, question: str, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who some were (_WHO_WERE) and its first
    passage lists no names, the first sentence of its article that does (LISTS_NAMED:
    "Those killed were Stockton Rush, ...") first, as sure as the first: "who were the
    passengers?" after the Titan's implosion quoted "Passengers paid 250,000 dollars
    each...", "who were the people on the titan sub?" the lede counting them."""
    if not ranked or not _WHO_WERE.match(question):
        return ranked
    top = ranked[0]
    if LISTS_NAMED.match(index.passages.text(top.number)):
        return ranked
    for number in index.span_of(top.number):
        text = index.passages.text(number)
        if LISTS_NAMED.match(text) and names_someone_new(" " + text, question):
            return sure_first(ranked, top, number)
    return ranked


def listed_first(
    index: Index, question: str, query: Query | None, ranked: list[Ranked]
) -> list[Ranked]:
    """``ranked`` with, where ``question`` asks who alone with a verb (_ASKS_WHO_BEFELL),
    the first of its first LEDE_REACH, WHY_NEAR as relevant, that writes the verb (or a
    synonym) with names listed right after it, put first: "who died?" after the Titan's
    implosion, "Those killed were Stockton Rush, chief executive of OceanGate, ...", 0.32
    as relevant as the opening's "The five people aboard ... were killed"."""
    asked = _ASKS_WHO_BEFELL.match(question)
    word = own_word(query, asked[1].lower()) if asked and query is not None else None
    if word is None:
        return ranked
    terms = set(word.alternatives)

    def listed(text: str) -> bool:
        return any(
            t.term in terms and _LISTED_AFTER.match(text, t.end)
            for t in index.analyzer.tokens(text)
        )

    return put_first(index, ranked, listed, LEDE_REACH, WHY_NEAR)


# Function words as a sentence's first word writes them, which name no one.
_CAPITAL_FUNCTION = sorted(word.capitalize() for word in FUNCTION_WORDS)


def _head_in_article(
    index: Index, led: Sequence[Word], ranked: list[Ranked], heads: Sequence[str]
) -> list[Ranked]:
    """``ranked`` with, where none of its first LEDE_REACH nearly as relevant names a head
    by a title, the first sentence that does of the first of their articles whose title
    names what is led (``led``) and that names one, put first, as sure as the first
    passage: "who runs asml?" quoted "Shares in ASML rose 6 percent..." from "Dutch
    chipmaker ASML beats forecasts...", whose "Chief executive Christophe Fouquet
    said..." does not write "ASML"."""
    if not ranked or not led:
        return ranked
    numbers = numbers_of(ranked, LEDE_REACH)
    about = np.ones(numbers.size, bool)
    for word in led:
        about &= titles_holding(index, [term_ids(index, word.alternatives)], numbers)
    for number in dict.fromkeys(numbers[about].tolist()):
        span = index.span_of(number)
        passages = np.arange(span.start, span.stop)
        named = index.bm25.holding(heads, passages)
        if named.any():
            told = int(passages[int(np.argmax(named))])
            held = next((r for r in ranked if r.number == told), None)
            return moved_first(ranked, held) if held else [as_sure_as(ranked[0], told), *ranked]
    return ranked
