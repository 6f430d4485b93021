"""Rerank a question's first candidates by a small learned linear model of how each one
matches the question: its words, its paragraph's, the sentence before, and what is asked."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from .asked import dates_in, kinds_asked
from .asked_amounts import numbers_in
from .index import Index
from .patterns import lazy
from .query import Query, Word
from .ranking import Ranked, held_together, numbers_of
from .rerank_weights import WEIGHTS

# How many of rank()'s first candidates are reranked: 10, 20 and 30 gave the same figures
# to within 0.005, 5 and 7 a lower MRR@10 (0.837, 0.841 against 0.844; fit_rerank.py).
DEPTH = 10
# A term is its article's subject where that article's title holds it and the article
# holds this share of the passages saying it (0.7 and 0.8 gave the same cross-validated
# figures, 0.6 and 0.95 lower); terms said in more passages than the cap are no one
# article's subject (and looking costs more).
_SUBJECT_MAX_DF, _SUBJECT_SHARE = 300, 0.8
# A paragraph is looked for at most this many sentences after a candidate.
_PARAGRAPH_REACH = 64
_WRITTEN = lazy(r"\w+")
_CAPITALISED = lazy(r"\b[A-Z]\w+")
_NAMES = lazy(r"\b[A-Z]\w+(?:\s+[A-Z]\w+)+")
_NAMED_OPENING = lazy(r"[A-Z]\w+(?:\s+[A-Z]\w+)+(?=,)")
# Words that name nothing although capitalised (after a quote, in a heading).
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for by with from and or is are was were be been being do "
    "does did what which who whom whose when where why how that this these those it its as "
    "into than then there their they he she his her".split()
)

# The features, in the order of a row; WEIGHTS (rerank_weights.py) gives each one's weight.
FEATURES = (
    "log_score",  # log of rank()'s score over the first candidate's
    "relevance",  # BM25, neighbours included, over the best the question could reach
    "own",  # BM25 of the sentence's own words over the same
    "own_cov",  # share of the question (by importance) the sentence holds, a synonym or a
    # mended word at its weight, words read from one written word only together
    "para_cov",  # share its paragraph holds
    "wbigram",  # the question's written word pairs (stop words kept) found in the sentence
    "length",  # log of 1 + the sentence's distinct terms
    "inv_rank",  # 1 / rank()'s place
    "first",  # the paragraph's first sentence
    "exact",  # share of the question (by importance) found written the same way
    "who",  # a who question, and a capitalised word the question lacks
    "number",  # a how-many/much question, and a number the question lacks
    "when",  # a when/what-year question, and a year, month or century the question lacks
    "prev_cov",  # share of the question the sentence before (same paragraph) holds
    "who_name",  # a who question, and a name of two capitalised words the question lacks
    "subject",  # share of the question the sentence lacks that is its article's subject
    "prefix",  # share of the question it lacks, a word beginning as one of its does
)
# How many letters a question word and a sentence's word begin with alike for "prefix":
# 5 (fit_rerank.py, cross-validated: ReQA P@1 0.786 -> 0.790, MRR@10 0.850 -> 0.852); 4
# gave 0.791 / 0.853 but takes "supplies" for "support" ("who supplies Myanmar's
# jets?" then quoted "...generally support Moscow's..." before the fighter jets), 6 and 7
# 0.789.
PREFIX_LETTERS = 5


def rerank(
    index: Index,
    query: Query,
    question: str,
    ranked: Sequence[Ranked],
    weights: Mapping[str, float] = WEIGHTS,
) -> list[Ranked]:
    """``ranked`` with its first DEPTH candidates in the order of the linear model
    ``weights`` over their features (ties keep rank()'s order); the rest as they were."""
    head = list(ranked[:DEPTH])
    if len(head) < 2:
        return list(ranked)
    rows = features(index, query, question, head)
    vector = np.array([weights.get(name, 0.0) for name in FEATURES])
    order = np.argsort(-(rows @ vector), kind="stable")
    return [head[i] for i in order] + list(ranked[DEPTH:])


def features(index: Index, query: Query, question: str, ranked: Sequence[Ranked]) -> np.ndarray:
    """One row of FEATURES for each of ``ranked`` (rank()'s candidates, best first)."""
    ideal = query.ideal
    words = [w for w in query.words if w.alternatives]
    numbers = numbers_of(ranked)
    # Each one's place in its paragraph, from 1.
    sentence_number = index.passages.column("sentence")[numbers]
    first = numbers - sentence_number + 1  # the first sentence of each one's paragraph
    end = _paragraph_ends(numbers, index.passages.article, index.passages.column("paragraph"))
    before = np.where(sentence_number > 1, numbers - 1, -1)
    lengths = (index.docs.indptr[numbers + 1] - index.docs.indptr[numbers]).tolist()
    # As lists of shares: Python floats are read faster one by one than numpy's.
    *shares, lacking = _held(index, words, numbers, before, first, end)
    held, prev_cov, in_paragraph, lent = ((found / ideal).tolist() for found in shares)
    opens = (sentence_number == 1).tolist()

    written = _WRITTEN.findall(question.lower())
    written_pairs = set(zip(written, written[1:], strict=False))
    # Each question word as a passage's words are compared (lowercase, as written; a
    # symbol read as a word, "%", is no such word), with its Word (None: none is its own).
    word_of = dict(zip(query.question_terms, query.words, strict=False))
    shown = [
        (found[0], word_of.get(t.term))
        for t in query.read
        if (found := _WRITTEN.findall(question[t.start : t.end].lower()))
    ]
    # ...or as it was read: the last word of the person "the general" stands for,
    # "hlaing", of the word a typo was mended to.
    exact_words = {
        (first, *_WRITTEN.findall(word.read_as.lower() if word else "")[-1:]): (
            word.importance if word else 0.0
        )
        for first, word in shown
    }
    named = set(written)  # "myanmar" names Myanmar, whatever the case a question uses
    # ...and so does the question a follow-up carries words from: "who declared it?"
    # after "did south korea declare martial law?" names South Korea
    named.update(t for w in query.carried_words for t in w.alternatives)
    asked_numbers, asked_dates = numbers_in(question), dates_in(question)
    asks = kinds_asked(question)
    best = ranked[0].score
    # Each question word, by the letters it begins with (after a space: a word of the
    # sentence begins so), which candidates hold none of its terms, and its weight.
    begun = [
        (" " + first[:PREFIX_LETTERS], lacking.get(id(word)), word.importance if word else 0.0)
        for first, word in shown
        if len(first) >= PREFIX_LETTERS
    ]
    rows = []
    for place, r in enumerate(ranked):
        text = index.passages.text(r.number)
        text_words = _WRITTEN.findall(text.lower())
        found_words = set(text_words)
        rows.append(
            (
                math.log(r.score / best) if r.score > 0 and best > 0 else -10.0,
                r.relevance,
                r.own / ideal,
                held[place],
                in_paragraph[place],
                _pairs_in(text_words, written_pairs) / max(len(written_pairs), 1),
                math.log1p(lengths[place]),
                1 / (place + 1),
                float(opens[place]),
                sum(w for forms, w in exact_words.items() if found_words.intersection(forms))
                / ideal,
                float(asks[0] and new_name(text, named)),
                float(asks[1] and bool(numbers_in(text) - asked_numbers)),
                float(asks[2] and bool(dates_in(text) - asked_dates)),
                prev_cov[place],
                float(asks[0] and _new_full_name(text, named)),
                lent[place],
                _begun_alike(place, begun, text_words) / ideal,
            )
        )
    return np.array(rows, dtype=float).reshape(len(ranked), len(FEATURES))


def _paragraph_ends(numbers: np.ndarray, article: np.ndarray, paragraph: np.ndarray) -> np.ndarray:
    """The passage after the last of each candidate's paragraph (looked for up to
    _PARAGRAPH_REACH passages on)."""
    reach = numbers[:, None] + np.arange(1, _PARAGRAPH_REACH)
    inside = np.minimum(reach, article.size - 1)
    same = (
        (reach < article.size)
        & (article[inside] == article[numbers][:, None])
        & (paragraph[inside] == paragraph[numbers][:, None])
    )
    return numbers + 1 + np.where(same.all(1), same.shape[1], np.argmin(same, 1))


def _held(
    index: Index,
    words: Sequence[Word],
    numbers: np.ndarray,
    before: np.ndarray,
    first: np.ndarray,
    end: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict[int, list[bool]]]:
    """The importance of the question words each candidate holds (a synonym or a mended
    word at its weight; words read from one written word, "UN", only where it holds them
    all), the sentence before it holds (-1: none), its paragraph holds,
    and those it lacks that are its article's subject (``_subject_of``); and, by the id
    of each word, which candidates hold none of its terms: one lookup of every term's
    postings for all of them."""
    n = numbers.size
    probe = np.concatenate([numbers, before, first, end])
    held, prev, in_paragraph, lent = np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n)
    lacking: dict[int, list[bool]] = {}  # by each word's id: the candidates lacking it
    candidate_articles = index.passages.article[numbers]
    # The terms of the candidates' titles: only these may be a candidate's subject.
    titled = set(
        np.concatenate(
            [index.titles.terms_of(a) for a in set(candidate_articles.tolist())]
        ).tolist()
    )
    found_here: list[np.ndarray] = []
    for word in words:
        best = max(word.alternatives.values())
        here, there, around = np.zeros(n), np.zeros(n, bool), np.zeros(n, bool)
        subject = np.zeros(n, bool)
        for term, weight in word.alternatives.items():
            for docs in index.bm25.documents((term,)):
                if not docs.size:
                    continue
                if (term_id := index.bm25.terms.id(term)) in titled:
                    subject |= candidate_articles == _subject_of(index, term_id, docs)
                at = np.searchsorted(docs, probe)
                hit = docs[np.minimum(at, docs.size - 1)] == probe
                here = np.maximum(here, weight / best * hit[:n])
                there |= hit[n : 2 * n]
                around |= at[3 * n :] > at[2 * n : 3 * n]
        found_here.append(here)
        prev += word.importance * there
        in_paragraph += word.importance * around
        lent += word.importance * (subject & (here == 0))
        lacking[id(word)] = (here == 0).tolist()
    for word, here in zip(words, held_together(words, found_here), strict=True):
        held += word.importance * here  # "nations" alone is no UN
    return held, prev, in_paragraph, lent, lacking


def _subject_of(index: Index, term_id: int, docs: np.ndarray) -> int:
    """The article whose subject the term ``term_id`` is, by the number: the one whose
    title holds it and that holds _SUBJECT_SHARE of the passages saying it (``docs``),
    in a corpus of other articles too; -1 for none. Its sentences speak of it without
    naming it ("the deal" in an article titled "Thailand picks Swedish Gripen fighter
    jets...")."""
    if docs.size > _SUBJECT_MAX_DF:
        return -1
    articles, counts = np.unique(index.passages.article[docs], return_counts=True)
    main = int(articles[np.argmax(counts)])
    if counts.max() < _SUBJECT_SHARE * docs.size:
        return -1
    if len(index.spans[index.infos[main].id]) > len(index.passages) / 2:
        return -1  # the corpus is mostly that article: it is about everything
    return main if bool((index.titles.terms_of(main) == term_id).any()) else -1


def new_name(text: str, named: set[str], start: int = 1) -> bool:
    """Whether ``text`` holds a capitalised word from ``start`` on (past its first: any
    sentence's first word is capitalised) that the question does not name (``named``,
    its words in lowercase)."""
    return any(
        (lower := w.lower()) not in named and lower not in FUNCTION_WORDS
        for w in _CAPITALISED.findall(text, start)
    )


def names_someone_new(text: str, question: str) -> bool:
    """Whether ``text`` holds a name of two capitalised words or more, past its first
    word or opening it before a comma ("Rahul Gandhi, the Congress leader, said..."), that
    ``question`` names none of: someone the question does not ask of ("Russian President
    Vladimir Putin" is of "who is the president of brazil?"). Stricter than
    the reranker's ``_new_full_name``, which counts two unnamed words in a row beside
    named ones ("Yoon Suk Yeol" of "South Korean President Yoon Suk Yeol")."""
    named = set(_WRITTEN.findall(question.lower()))
    opening = _NAMED_OPENING.match(text)
    found = [opening] if opening else []
    return any(_all_new(m.group(), named) for m in [*found, *_NAMES.finditer(text, 1)])


def _all_new(run: str, named: set[str]) -> bool:
    """Whether the capitalised words ``run`` are a name of two words or more none of which
    is named (``named``) or a function word, a sentence's function words before it aside
    ("When Albert Einstein formulated...": Albert Einstein; "The Kremlin": no name)."""
    words = [w.lower() for w in run.split()]
    while words and words[0] in FUNCTION_WORDS:
        words.pop(0)
    return len(words) > 1 and not any(w in named or w in FUNCTION_WORDS for w in words)


def _new_full_name(text: str, named: set[str]) -> bool:
    """Whether ``text`` holds two or more capitalised words together past its first that
    the question does not name ("Min Aung Hlaing", "Vladimir Putin"; "Yoon Suk Yeol" of
    "South Korean President Yoon Suk Yeol" where the question names South Korea): a
    name it may ask for."""
    for m in _NAMES.finditer(text, 1):
        run = 0  # capitalised words in a row the question does not name
        for w in m.group().split():
            run = 0 if w.lower() in named or w.lower() in FUNCTION_WORDS else run + 1
            if run == 2:
                return True
    return False


def _pairs_in(sequence: list[str], pairs: set[tuple[str, str]]) -> int:
    return sum(1 for pair in zip(sequence, sequence[1:], strict=False) if pair in pairs)


def _begun_alike(
    place: int, begun: Sequence[tuple[str, list[bool] | None, float]], words: Sequence[str]
) -> float:
    """The weight of the question words (``begun``: " " and the letters each begins
    with, whether each candidate lacks all its terms, None for all of them, its weight)
    that the candidate at ``place`` lacks, but where one of its ``words`` begins as it
    does: forms the stemmer and the synonyms keep apart ("Frenchmen" for "French",
    "Normandy" for "Normans")."""
    lacked = [(start, w) for start, lacks, w in begun if lacks is None or lacks[place]]
    if not lacked:
        return 0.0
    written = " " + " ".join(words)
    return sum(w for start, w in lacked if start in written)
