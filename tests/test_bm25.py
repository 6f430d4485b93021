import math

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.bm25 import BM25, BM25Params, lucene_idf, okapi_idf


def dense(index: BM25, terms: list[str]) -> np.ndarray:
    scores = np.zeros(index.n_docs)
    docs, values = index.scores(terms)
    scores[docs] = values
    return scores


def test_same_scores_as_rank_bm25_okapi_on_the_seed_article(seed_index):
    docs = [seed_index.analyzer.analyze(p.text) for p in seed_index.passages]
    reference = BM25Okapi(docs)  # k1=1.5, b=0.75, epsilon=0.25
    ours = BM25.build(docs, BM25Params(variant="okapi", k1=1.5, b=0.75, epsilon=0.25))
    questions = [
        "who supplies Myanmar's jets?",
        "Myanmar Myanmar junta",  # repeated terms count twice in both
        "russia military",  # terms in over half the passages: negative Okapi IDF
        "elephants circus nuclear",
        "words the corpus never uses",
    ]
    for question in questions:
        terms = seed_index.analyzer.analyze(question)
        # Weights are stored as float32 (half the memory): equal to 6 significant digits.
        np.testing.assert_allclose(dense(ours, terms), reference.get_scores(terms), rtol=1e-6)


def test_lucene_scores_by_hand():
    docs = [["a", "b"], ["a", "a", "c", "d"], ["e"]]
    index = BM25.build(docs, BM25Params(variant="lucene", k1=1.2, b=0.75))
    avg = 7 / 3
    idf_a = math.log(1 + (3 - 2 + 0.5) / (2 + 0.5))
    tf_doc1 = 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 4 / avg))
    assert dense(index, ["a"])[1] == pytest.approx(idf_a * tf_doc1)
    assert dense(index, ["a"])[2] == 0


def test_okapi_idf_floors_negative_values_at_epsilon_times_mean():
    df = np.array([1.0, 9.0])
    raw = np.log(10 - df + 0.5) - np.log(df + 0.5)
    assert raw[1] < 0
    idf = okapi_idf(df, 10, epsilon=0.25)
    assert idf[0] == pytest.approx(raw[0])
    assert idf[1] == pytest.approx(0.25 * raw.mean())


def test_lucene_idf_is_never_negative():
    assert (lucene_idf(np.arange(0, 101, dtype=float), 100) > 0).all()


def test_top_returns_best_first_and_only_matching_passages():
    docs = [["x"], ["jet", "jet"], ["jet", "x", "y", "z"], []]
    index = BM25.build(docs)
    top = index.top(["jet"], 10)
    assert [number for number, _ in top] == [1, 2]
    assert top[0][1] > top[1][1] > 0
    assert index.top(["jet"], 1) == top[:1]
    assert index.top(["unknown"], 3) == []


def test_holding_tells_which_documents_hold_any_of_the_terms():
    index = BM25.build([["x"], ["jet", "jet"], ["tank", "x"], []])
    wanted = np.array([3, 0, 1, 2, 2])
    assert index.holding(["jet", "tank"], wanted).tolist() == [False, False, True, True, True]
    assert index.holding(["unknown"], wanted).tolist() == [False] * 5


def test_empty_passages_do_not_break_the_average():
    index = BM25.build([[], []])
    assert index.top(["a"], 3) == []


def test_unknown_variant_is_refused():
    with pytest.raises(ValueError, match="variant"):
        BM25Params(variant="bm42")
