"""Patterns compiled at their first use: the same matches, no compiling at import."""

import importlib
import pkgutil
import re

import index
import index.firsts
from index.patterns import lazy


def test_a_lazy_pattern_matches_as_the_compiled_one_does():
    text = "Russia supplies jets; JETS and a jet-ski. Jets!"
    source, flags = r"\b(?P<word>jet)s?\b", re.I
    compiled, made = re.compile(source, flags), lazy(source, flags)
    assert made.search(text).group() == compiled.search(text).group() == "jets"
    assert made.match(text) is compiled.match(text) is None
    assert made.fullmatch("Jets").group("word") == "Jet"
    assert made.findall(text) == compiled.findall(text) == ["jet", "JET", "jet", "Jet"]
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert made.sub("X", text) == compiled.sub("X", text)
    assert made.split(text) == compiled.split(text)
    assert (made.flags, made.groups, dict(made.groupindex)) == (
        compiled.flags,
        compiled.groups,
        {"word": 1},
    )


def test_a_lazy_pattern_compiles_at_its_first_use_and_once():
    made = lazy(r"\bjets?\b")
    assert made.pattern == r"\bjets?\b"  # its text, read to build other patterns
    assert "search" not in vars(made)  # not compiled yet
    assert made.search("the jets")
    search = vars(made)["search"]  # compiled: its methods kept, looked up directly
    assert made.search is search and made.sub("planes", "the jets") == "the planes"


def test_no_module_of_the_index_compiles_a_pattern_when_imported():
    # A one-question `qabot ask` uses a third of the modules' patterns: one compiled at
    # import (`re.compile` where `lazy` would do) costs every start.
    modules = [f"index.{m.name}" for m in pkgutil.iter_modules(index.__path__)]
    modules += [f"index.firsts.{m.name}" for m in pkgutil.iter_modules(index.firsts.__path__)]
    compiled = [
        f"{name}.{attribute}"
        for name in modules
        for attribute, value in vars(importlib.import_module(name)).items()
        if isinstance(value, re.Pattern)
    ]
    assert len(modules) > 60
    assert compiled == []
