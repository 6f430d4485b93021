import numpy as np
import pytest

from index.arrays import lookup_sorted, top_k


@pytest.mark.parametrize("size", [10, 299, 300, 301, 5_000, 100_000])
def test_best_finds_the_k_largest_values(size):
    values = np.random.default_rng(size).random(size)
    found = top_k(values, 300)
    assert sorted(found.tolist()) == sorted(np.argsort(-values)[:300].tolist())


@pytest.mark.parametrize("wanted, held", [(50, 20_000), (7_000, 20_000), (3_000, 3_000)])
def test_looking_up_sorted_documents_finds_what_a_search_finds(wanted, held):
    rng = np.random.default_rng(wanted + held)
    docs = np.sort(rng.choice(100_000, held, replace=False)).astype(np.int32)
    values = rng.random(held).astype(np.float32) + 0.5
    asked = np.sort(rng.choice(100_000, wanted, replace=False)).astype(np.int32)
    held_by = dict(zip(docs.tolist(), values.tolist(), strict=True))
    expected = [held_by.get(d, 0.0) for d in asked.tolist()]
    assert np.array_equal(lookup_sorted(docs, values, asked), np.array(expected, np.float32))
