"""Answer quality on the development set must not slide back below what was reached."""

from index.evaluation import Case, evaluate, read_cases
from tests.conftest import DATA

# Reached on 2026-11-29 with Lucene IDF, k1 1.2, b 0.5, relevance threshold 0.3.
SUCCESS_AT_1 = 0.83
SUCCESS_AT_3 = 0.93
NO_ANSWER_CORRECT = 9


def test_development_set_quality(seed_index, capsys):
    cases = read_cases(DATA / "dev_questions.jsonl")
    result = evaluate(seed_index, cases)
    with capsys.disabled():
        print(
            f"\ndev set: {len(result.answerable)} answerable, success@1 "
            f"{result.success_at(1):.3f}, success@3 {result.success_at(3):.3f}, MRR@10 "
            f"{result.mrr:.3f}; no-answer {result.no_answer_correct}/{len(result.unanswerable)}"
        )
    assert len(cases) >= 40 and len(result.unanswerable) >= 5
    assert result.success_at(1) >= SUCCESS_AT_1
    assert result.success_at(3) >= SUCCESS_AT_3
    assert result.no_answer_correct >= NO_ANSWER_CORRECT


def test_metrics_by_hand(seed_index):
    cases = [
        Case("elephants", ("six elephants",)),  # rank 1
        Case("capital of France", ()),  # correctly unanswered
        Case("ornithology", ("never quoted",)),  # not found
    ]
    result = evaluate(seed_index, cases)
    assert result.success_at(1) == 0.5
    assert result.mrr == 0.5
    assert result.no_answer_correct == 1
    assert [o.case.question for o in result.failures] == ["ornithology"]
