import pytest

from index.analysis import Analyzer
from index.build import build_index
from index.phrases import quoted, saying, spans
from tests.conftest import one_article, write


def test_quoted_takes_double_quotes_straight_or_curly_not_apostrophes():
    assert quoted('who said "a new era"?') == ("a new era",)
    assert quoted("who said “a new era” and „ein Land“?") == ("a new era", "ein Land")
    assert quoted("Myanmar's 'jets' and the '90s") == ()
    assert quoted('"  fighter\n jets " or "?" or ""') == ("fighter jets",)
    assert quoted('"jets" and "jets"') == ("jets",)  # each once
    assert quoted('an unclosed "quote') == ()


def test_saying_finds_the_passages_that_say_a_phrase_word_for_word(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: A\n---\nThe Fighter-Jets flew. The jets of fighter men.\n")
    write(corpus, "b.md", "---\ntitle: B\n---\nNew fighter jets arrived. Tanks arrived.\n")
    index = build_index(corpus)
    texts = lambda said: [index.passages.text(n) for n in said.passages]  # noqa: E731
    # Case and hyphens aside; the same words in another order are not the phrase.
    assert texts(saying(index, ("fighter jets",))) == [
        "The Fighter-Jets flew.",
        "New fighter jets arrived.",
    ]
    assert texts(saying(index, ("fighter jets",), index.spans["b.md"])) == [
        "New fighter jets arrived."
    ]
    # Stop words count: "the jets" is said by one passage only, though both hold "jets".
    assert texts(saying(index, ("the jets",))) == ["The jets of fighter men."]
    assert texts(saying(index, ("fighter jets", "arrived"))) == ["New fighter jets arrived."]
    assert saying(index, ("fighter tanks",)).passages.size == 0
    assert saying(index, ("submarines",)).passages.size == 0  # a word no passage holds
    assert saying(index, ("to be or not to be",)) is None  # nothing to look it up by


def test_spans_cover_each_saying_of_a_phrase_whole():
    text = "Myanmar’s fighter jets, and the Myanmar fighter jets."
    assert [text[a:b] for a, b in spans(text, ("myanmar's fighter jets",), Analyzer())] == [
        "Myanmar’s fighter jets",
        "Myanmar fighter jets",
    ]
    assert spans(text, ("jets fighter",), Analyzer()) == []


def test_a_hyphenated_word_read_whole_says_it_without_its_hyphen(tmp_path):
    index = one_article(tmp_path, "A cease-fire held. The ceasefire broke.\n")
    texts = [index.passages.text(n) for n in saying(index, ("ceasefire held",)).passages]
    assert texts == ["A cease-fire held."]
    text = "A cease-fire held, and a ceasefire broke."
    assert [text[a:b] for a, b in spans(text, ("cease-fire",), Analyzer())] == [
        "cease-fire",
        "ceasefire",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The cease-fire's end came on Monday.",
        "Myanmar`s jets and Myanmar’s JETS flew; they don`t land.",
        "Möngke's army took the CAFÉ in Kraków.",
        "Air-strikes hit; air strikes, airstrikes.",
        "U.S. officials said the U.S.-made jets flew.",
        "Ｆｕｌｌ width ｊｅｔｓ.",
    ],
)
def test_a_look_at_the_text_never_turns_away_one_that_says_the_phrase(text):
    # Analyzer.may_hold spares reading most passages word for word: it must never say
    # no where reading them would say yes.
    analyzer = Analyzer()
    recorded = [w.replace("-", "") for w, _, _ in analyzer.located(text)]
    for n in (1, 2):
        for i in range(len(recorded) - n + 1):
            words = recorded[i : i + n]
            assert analyzer.may_hold(text, words), (text, words)
    assert not analyzer.may_hold("Air strikes hit.", ["air", "force"])
