import numpy as np
import pytest

from index.build import build_index
from index.query import build_query
from index.ranking import COVERAGE_POWER, Postings, _first_pass, dated_year, rank
from tests.conftest import write, write_dated


def ranked_texts(index, question: str) -> list[str]:
    query = build_query(question, index.analyzer, index.vocabulary)
    return [index.passages[r.number].text for r in rank(index, query, 5)]


def test_an_article_about_the_subject_beats_a_lone_matching_sentence(tmp_path):
    write(tmp_path, "recipes.md", "Jets of water clean the kitchen floor.")
    write(
        tmp_path,
        "myanmar.md",
        "Myanmar buys weapons abroad. Its air force flies old jets. Russia supplies the junta.",
    )
    texts = ranked_texts(build_index(tmp_path), "which jets does myanmar fly")
    assert texts[0] == "Its air force flies old jets."


def test_neighbours_lend_words_but_only_matching_sentences_are_ranked(tmp_path):
    write(
        tmp_path,
        "a.md",
        "State television MRTV reported the visit. "
        "The delegation includes ministers. Nothing else happened.",
    )
    texts = ranked_texts(build_index(tmp_path), "MRTV delegation")
    assert set(texts) == {
        "State television MRTV reported the visit.",
        "The delegation includes ministers.",
    }


def test_coverage_of_the_article_is_reported(tmp_path):
    write(tmp_path, "a.md", "Six elephants went to the circus. The circus is in Moscow.")
    index = build_index(tmp_path)
    query = build_query("elephants circus moscow", index.analyzer, index.vocabulary)
    best = rank(index, query, 1)[0]
    assert best.coverage == 1.0
    assert best.relevance > 0


def _words(rng, sizes, span=200_000):
    """Question words' postings: sorted passages, distinct scores, an importance."""
    return [
        Postings(
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


def test_a_year_no_passage_writes_is_told_by_the_dates_of_articles_published_in_it(tmp_path):
    # News writes "on Sunday", not "in 2024": the article dated 2024 tells the year asked.
    write_dated(tmp_path, "final.md", "2024-07-14", "Spain won the final on Sunday in Berlin.")
    write_dated(tmp_path, "cup.md", "2022-12-18", "Argentina won the final in Qatar.")
    write_dated(tmp_path, "vote.md", "2023-05-01", "The vote was held on Sunday.")
    index = build_index(tmp_path)
    assert ranked_texts(index, "who won the 2024 final")[0] == (
        "Spain won the final on Sunday in Berlin."
    )
    assert ranked_texts(index, "who won the 2022 final")[0] == "Argentina won the final in Qatar."
    query = build_query("who won the 2024 final", index.analyzer, index.vocabulary)
    assert [dated_year(index, w) for w in query.words] == [0, 2024, 0]
    best = rank(index, query, 1)[0]
    assert best.coverage == 1.0  # its article holds the year by its date


def test_a_year_most_articles_are_dated_in_tells_none_of_them_apart(tmp_path):
    for name in ("a.md", "b.md", "c.md"):
        write_dated(tmp_path, name, "2026-01-20", f"Text of {name[0]} on Sunday.")
    write_dated(tmp_path, "d.md", "2025-03-01", "Text of d on Monday.")
    index = build_index(tmp_path)
    query = build_query("what happened in 2026 or 2025 or 2019", index.analyzer, index.vocabulary)
    assert [dated_year(index, w) for w in query.words if w.written[:2] == "20"] == [0, 2025, 0]
