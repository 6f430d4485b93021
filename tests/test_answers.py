import pytest

from index.answers import MAX_QUESTION_CHARS, answer
from index.build import build_index
from index.errors import QuestionError
from index.query import build_query
from index.ranking import rank
from tests.conftest import write

SUPPLIER = "Russia, along with China, is a major supporter and arms supplier"
JETS = "Russian-made fighter jets"


def test_the_example_question(seed_index):
    result = answer(seed_index, "who supplies Myanmar's jets?")
    texts = [hit.passage.text for hit in result.hits]
    assert len(texts) <= 3
    assert any(t.startswith(SUPPLIER) for t in texts[:2])
    assert any(t.startswith(JETS) for t in texts)
    first = result.hits[0]
    assert first.article.title == "Myanmar junta leader arrives in Russia for official visit"
    assert (first.passage.paragraph, first.passage.sentence) == (3, 1)
    assert first.score > 0 and first.relevance > 0


def test_highlights_mark_the_matched_words(seed_index):
    hit = answer(seed_index, "who supplies Myanmar's jets?").hits[0]
    words = [hit.passage.text[a:b] for a, b in hit.highlights]
    assert words == ["supplier", "Myanmar's"]


@pytest.mark.parametrize(
    "question", ["???", "what is it", "the of and", "capital of France", "ornithology"]
)
def test_no_answer_is_an_empty_answer_not_noise(seed_index, question):
    result = answer(seed_index, question)
    assert not result.found
    assert result.hits == ()


@pytest.mark.parametrize("question", ["", "   ", "x" * (MAX_QUESTION_CHARS + 1)])
def test_empty_and_overlong_questions_are_refused(seed_index, question):
    with pytest.raises(QuestionError):
        answer(seed_index, question)


def test_top_and_more_page_through_the_passages(seed_index):
    first = answer(seed_index, "Myanmar military junta", top=2)
    second = answer(seed_index, "Myanmar military junta", top=2, offset=2)
    assert len(first.hits) == 2 and first.more
    assert {h.number for h in first.hits}.isdisjoint(h.number for h in second.hits)
    assert first.hits[-1].score >= second.hits[0].score


def test_the_same_sentence_in_two_articles_is_quoted_once(tmp_path):
    sentence = "Six elephants were gifted to the Moscow Circus."
    write(tmp_path, "a.md", f"---\ntitle: A\n---\n{sentence}\n")
    write(tmp_path, "b.md", f"---\ntitle: B\n---\nSomething else. {sentence}\n")
    result = answer(build_index(tmp_path), "elephants circus", top=3)
    assert len(result.hits) == 1
    assert result.hits[0].also_in == ("b.md",)


def test_a_sentence_quoted_with_other_case_and_punctuation_is_quoted_once(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: A\n---\nSix elephants were gifted to the Moscow Circus.\n")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nSix elephants were gifted to the moscow circus!\n")
    write(tmp_path, "c.md", "---\ntitle: C\n---\nSix elephants were gifted to the Kyiv circus.\n")
    result = answer(build_index(tmp_path), "elephants gifted circus", top=3)
    quoted = sorted((hit.article.id, hit.also_in) for hit in result.hits)
    assert quoted in ([("a.md", ("b.md",)), ("c.md", ())], [("b.md", ("a.md",)), ("c.md", ())])


def test_a_repeat_ranked_below_the_page_still_names_its_article(tmp_path):
    # a.md's copy borrows "Kazakhstan" from the sentence before and ranks first; c.md's
    # sentence comes second, which fills the page of one and sets "more"; b.md's copy
    # comes third and must still be recognised as the shown sentence.
    sentence = "Six elephants were gifted to the Moscow Circus."
    write(tmp_path, "a.md", f"---\ntitle: A\n---\nKazakhstan sent them. {sentence}\n")
    write(tmp_path, "b.md", f"---\ntitle: B\n---\nSomething else. {sentence}\n")
    write(tmp_path, "c.md", "---\ntitle: C\n---\nKazakhstan elephants joined the circus.\n")
    index = build_index(tmp_path)
    question = "elephants circus gifted kazakhstan"
    ranked = rank(index, build_query(question, index.analyzer, index.vocabulary), 3)
    assert [index.passages[r.number].article_id for r in ranked] == ["a.md", "c.md", "b.md"]
    result = answer(index, question, top=1)
    assert result.more
    assert [(h.article.id, h.also_in) for h in result.hits] == [("a.md", ("b.md",))]
