"""Benchmarks and the data builders they share with the tests; not part of the installed package."""
