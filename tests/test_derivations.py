import pytest

from index.analysis import Analyzer
from index.answers import answer
from index.build import build_index
from index.derivations import derived
from tests.conftest import write


@pytest.mark.parametrize(
    "verb, noun",
    [
        ("respond", "response"),
        ("decide", "decision"),
        ("defend", "defence"),
        ("oppose", "opposition"),
        ("produce", "production"),
        ("destroy", "destruction"),
        ("intervene", "intervention"),
        ("provoke", "provocation"),
        ("apply", "application"),
        ("justify", "justification"),
        ("occupy", "occupation"),
        ("admit", "admission"),
        ("describe", "description"),
        ("receive", "reception"),
        ("assume", "assumption"),
        ("expel", "expulsion"),
        ("resolve", "resolution"),
        ("detain", "detention"),
    ],
)
def test_a_verb_and_its_noun_the_stemmer_parts_find_each_other(verb, noun):
    analyzer = Analyzer()
    (verb_term,), (noun_term,) = analyzer.analyze(verb), analyzer.analyze(noun)
    assert verb_term != noun_term  # Snowball leaves them apart
    assert noun_term in derived(verb_term) and verb_term in derived(noun_term)


@pytest.mark.parametrize(
    "one, other",
    [("commit", "commission"), ("depose", "deposit"), ("intend", "intense"), ("block", "bloc")],
)
def test_words_that_only_look_derived_stay_apart(one, other):
    analyzer = Analyzer()
    (one_term,), (other_term,) = analyzer.analyze(one), analyzer.analyze(other)
    assert other_term not in derived(one_term) and one_term not in derived(other_term)


def test_a_question_verb_the_corpus_lacks_finds_its_noun(tmp_path):
    text = "Opposition forces fought the junta. In response, the junta bombed villages."
    write(tmp_path, "a.md", f"---\ntitle: A\n---\n{text}")
    index = build_index(tmp_path)
    found = answer(index, "who opposes the junta?")
    assert not found.missing and found.hits[0].passage.text.startswith("Opposition")
    found = answer(index, "how did the junta respond?")
    assert not found.missing and found.hits[0].passage.text.startswith("In response")
