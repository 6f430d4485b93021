import numpy as np
import pytest

from index.build import open_index
from index.query import build_query
from index.search import COVERAGE_POWER, _best, _first_pass, _lookup_sorted
from tests.conftest import write


def ranked_texts(index, question: str) -> list[str]:
    query = build_query(question, index.analyzer, index.vocabulary)
    return [index.passages[r.number].text for r in index.rank(query, 5)]


def test_an_article_about_the_subject_beats_a_lone_matching_sentence(tmp_path):
    write(tmp_path, "recipes.md", "Jets of water clean the kitchen floor.")
    write(
        tmp_path,
        "myanmar.md",
        "Myanmar buys weapons abroad. Its air force flies old jets. Russia supplies the junta.",
    )
    texts = ranked_texts(open_index(tmp_path), "which jets does myanmar fly")
    assert texts[0] == "Its air force flies old jets."


def test_neighbours_lend_words_but_only_matching_sentences_are_ranked(tmp_path):
    write(
        tmp_path,
        "a.md",
        "State television MRTV reported the visit. "
        "The delegation includes ministers. Nothing else happened.",
    )
    texts = ranked_texts(open_index(tmp_path), "MRTV delegation")
    assert set(texts) == {
        "State television MRTV reported the visit.",
        "The delegation includes ministers.",
    }


def test_coverage_of_the_article_is_reported(tmp_path):
    write(tmp_path, "a.md", "Six elephants went to the circus. The circus is in Moscow.")
    index = open_index(tmp_path)
    query = build_query("elephants circus moscow", index.analyzer, index.vocabulary)
    best = index.rank(query, 1)[0]
    assert best.coverage == 1.0
    assert best.relevance > 0


def _words(rng, sizes, span=200_000):
    """Question words as (sorted passages, scores, importance) with distinct scores."""
    return [
        (
            np.sort(rng.choice(span, size, replace=False)).astype(np.int32),
            rng.random(size).astype(np.float32) * 5 + 0.01,
            float(rng.random() + 0.1),
        )
        for size in sizes
    ]


def _first_pass_by_hand(words, k):
    """Every passage's sum and covered importance, the k best by sum * covered**power."""
    totals: dict[int, list[float]] = {}
    for docs, scores, importance in words:
        for doc, score in zip(docs.tolist(), scores.tolist(), strict=True):
            total = totals.setdefault(doc, [0.0, 0.0])
            total[0] += score
            total[1] += importance
    ranked = sorted(totals, key=lambda d: -totals[d][0] * totals[d][1] ** COVERAGE_POWER)
    return {d: totals[d][0] for d in ranked[:k]}


@pytest.mark.parametrize(
    "sizes",
    [[40_000, 3_000], [50_000, 2_000, 800], [6_000, 5_000], [20_000], [30_000, 200], [500, 400]],
)
def test_first_pass_keeps_the_k_best_whether_or_not_the_common_word_is_skipped(sizes):
    rng = np.random.default_rng(len(sizes) * 1000 + sizes[0])
    words = _words(rng, sizes)
    docs, own = _first_pass(words, 300)
    expected = _first_pass_by_hand(words, 300)
    assert set(docs.tolist()) == set(expected)
    assert np.allclose([expected[d] for d in docs.tolist()], own)


@pytest.mark.parametrize("size", [10, 299, 300, 301, 5_000, 100_000])
def test_best_finds_the_k_largest_values(size):
    values = np.random.default_rng(size).random(size)
    found = _best(values, 300)
    assert sorted(found.tolist()) == sorted(np.argsort(-values)[:300].tolist())


@pytest.mark.parametrize("wanted, held", [(50, 20_000), (7_000, 20_000), (3_000, 3_000)])
def test_looking_up_sorted_documents_finds_what_a_search_finds(wanted, held):
    rng = np.random.default_rng(wanted + held)
    docs = np.sort(rng.choice(100_000, held, replace=False)).astype(np.int32)
    values = rng.random(held).astype(np.float32) + 0.5
    asked = np.sort(rng.choice(100_000, wanted, replace=False)).astype(np.int32)
    held_by = dict(zip(docs.tolist(), values.tolist(), strict=True))
    expected = [held_by.get(d, 0.0) for d in asked.tolist()]
    assert np.array_equal(_lookup_sorted(docs, values, asked), np.array(expected, np.float32))
