import json

import pytest

from index.corpus import paragraph_spans, read_corpus
from index.sentences import MAX_SENTENCE_CHARS, split_sentences
from tests.conftest import DATA, SEED_DIR

GOLDEN_RULES_REQUIRED = 48


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def flat(text: str) -> str:
    return " ".join(text.split())


def golden_cases(subset: str) -> list[dict]:
    cases = json.loads((DATA / "golden_en.json").read_text(encoding="utf-8"))
    return [c for c in cases if c["set"] == subset]


def test_golden_rules_score(capsys):
    cases = golden_cases("golden_rules")
    failed = [
        c["name"]
        for c in cases
        if [flat(s) for s in sentences(c["text"])] != [flat(e) for e in c["expected"]]
    ]
    passed = len(cases) - len(failed)
    with capsys.disabled():
        print(f"\nGolden Rules: {passed}/{len(cases)} passed; failing: {failed}")
    assert len(cases) == 52
    assert passed >= GOLDEN_RULES_REQUIRED, failed


def test_seed_article_has_24_sentences_in_paragraph_order():
    article = read_corpus(SEED_DIR).articles[0]
    found = [
        sentence
        for start, end in paragraph_spans(article.text)
        for sentence in sentences(article.text[start:end])
    ]
    assert len(found) == 24
    assert found[6] == (
        "Russia, along with China, is a major supporter and arms supplier to Myanmar's "
        "military junta."
    )
    assert found[-1].endswith("further solidifying their bilateral relationship.")


def test_quotation_after_colon_stays_one_sentence():
    text = (
        'Morgan Michaels told AFP: "Russia has played an invaluable role in helping them '
        'maintain their air force." Continued Russian support is vital.'
    )
    assert sentences(text) == [
        'Morgan Michaels told AFP: "Russia has played an invaluable role in helping them '
        'maintain their air force."',
        "Continued Russian support is vital.",
    ]


def test_quotation_ending_in_comma_does_not_split():
    text = (
        'It happened in 2021. "The two sides will discuss current international issues," '
        "the Kremlin said in a statement."
    )
    assert sentences(text)[1] == (
        '"The two sides will discuss current international issues," the Kremlin said in a '
        "statement."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gen. Min Aung Hlaing met Sen. Smith in Jan. last year.", 1),
        ("The U.S. Army left. The E.U. stayed.", 2),
        ("Shares of Acme Co. rose. Then they fell.", 2),
        ("", 0),
        ("   \n  ", 0),
        ("No final period", 1),
        # Initials one after another are one name ("J. A." read "A" as a first word).
        ("Theorists such as J. A. Hobson (1858–1940) wrote. Lenin agreed.", 2),
        ("It was Plan B. A new plan came.", 2),
        ("In 1939, c. 1,300,000 people lived in Warsaw (c. 1455–1536). It grew.", 2),
    ],
)
def test_abbreviations_and_edges(text, expected):
    assert len(sentences(text)) == expected


@pytest.mark.parametrize("case", golden_cases("golden_rules"), ids=lambda c: c["name"])
def test_sentences_are_exact_substrings(case):
    text = case["text"]
    spans = split_sentences(text)
    assert spans == sorted(spans)
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()
        assert text[start:end]


def test_a_sentence_without_an_end_is_cut_at_clause_boundaries():
    clause = "the talks went on, "  # 19 characters
    text = (clause * 200).strip() + " and ended."
    spans = split_sentences(text)
    assert len(spans) == 4 and all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[start:end].endswith(",") for start, end in spans[:-1])  # at a comma
    assert " ".join(text[start:end] for start, end in spans) == text  # nothing lost
    words = " ".join(["word"] * 400)  # no clause boundary: at a space
    assert all(
        words[a:b].split(" ") == ["word"] * len(words[a:b].split(" "))
        for a, b in split_sentences(words)
    )
    assert split_sentences("x" * 2500) == [(0, 1000), (1000, 2000), (2000, 2500)]


@pytest.mark.parametrize(
    "context",
    [
        "rained. Then",
        "Monday. The",
        "rained! Then",
        "why? The",
        "Mr. Smith",
        "Gen. Min",
        "co. They",
        "etc. and",
        "A. Hobson",
        "U.S. How",
        "1990. The",
        "rained.. Then",
        "rained. . .",
        "well-known. The",
        "(rained. Then",
        "Möngke. The",
        "rained.\nThen",
    ],
)
def test_punkt_decides_a_plain_word_end_as_without_the_shortcut(context):
    """Contexts of a plain word's end are decided without Punkt's annotation; the answer
    is Punkt's own, and every other context is Punkt's to decide."""
    from index.sentences import _punkt

    tokenizer = _punkt()
    own = type(tokenizer).__mro__[1].text_contains_sentbreak(tokenizer, context)
    assert tokenizer.text_contains_sentbreak(context) == own
