from bisect import bisect_left

import pytest

from index.terms import STRIDE, Terms


@pytest.mark.parametrize("size", [0, 1, STRIDE - 1, STRIDE, STRIDE + 1, 5 * STRIDE + 7])
def test_lookups_agree_with_a_plain_bisection(size):
    strings = sorted({f"w{n * 7919 % 100_003:06d}" for n in range(size)})
    terms = Terms.from_strings(strings)
    probes = strings + ["", "a", "w", "w0", "x", "w0000005", "w999999z"]
    probes += [s + "!" for s in strings[::5]] + [s[:-1] for s in strings[::3]]
    for probe in probes:
        position = bisect_left(strings, probe)
        expected = position if position < size and strings[position] == probe else None
        assert terms.id(probe) == expected, probe
        prefix = probe[:3]
        starting = [i for i, s in enumerate(strings) if s.startswith(prefix)]
        assert list(terms.starting_with(prefix)) == starting, prefix
