from bisect import bisect_left

import numpy as np
import pytest

from index.strings import STRIDE, SortedStrings, Strings


@pytest.mark.parametrize("size", [0, 1, STRIDE - 1, STRIDE, STRIDE + 1, 5 * STRIDE + 7])
def test_lookups_agree_with_a_plain_bisection(size):
    strings = sorted({f"w{n * 7919 % 100_003:06d}" for n in range(size)})
    table = SortedStrings.from_strings(strings)
    probes = strings + ["", "a", "w", "w0", "x", "w0000005", "w999999z"]
    probes += [s + "!" for s in strings[::5]] + [s[:-1] for s in strings[::3]]
    for probe in probes:
        position = bisect_left(strings, probe)
        expected = position if position < size and strings[position] == probe else None
        assert table.id(probe) == expected, probe
        prefix = probe[:3]
        starting = [i for i, s in enumerate(strings) if s.startswith(prefix)]
        assert list(table.starting_with(prefix)) == starting, prefix


def test_rows_and_concat_keep_each_string_whole():
    first, second = Strings.pack(["Six", "", "éléphants"]), Strings.pack(["jets", "x"])
    joined = Strings.concat([first.rows(np.array([2, 0])), second, first.rows(np.array([1]))])
    assert [joined[i] for i in range(len(joined))] == ["éléphants", "Six", "jets", "x", ""]
    again = Strings.from_arrays(joined.to_arrays())
    assert [again[i] for i in range(len(again))] == [joined[i] for i in range(len(joined))]
