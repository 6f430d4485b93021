from bot import render
from index.answers import answer
from index.build import build_index
from tests.conftest import write


def test_answer_markdown_quotes_highlights_and_names_the_source(seed_index):
    text = render.answer_markdown(answer(seed_index, "who supplies Myanmar's jets?"))
    assert (
        "> Russia, along with China, is a major supporter and arms **supplier** to "
        "**Myanmar's** military junta." in text
    )
    assert (
        "— *Myanmar junta leader arrives in Russia for official visit* · paragraph 3, sentence 1"
        in text
    )
    assert "> Russian-made **fighter jets** have been used" in text


def test_no_answer_says_so(seed_index):
    assert render.answer_markdown(answer(seed_index, "capital of France")) == render.NO_ANSWER


def test_quoted_markdown_and_mentions_are_escaped(tmp_path):
    write(
        tmp_path,
        "a.md",
        "---\ntitle: *Bold* title\nsource: https://example.org/x_y\n---\n"
        "Hey @everyone, read <@123> and **this** about_elephants.\n",
    )
    text = render.answer_markdown(answer(build_index(tmp_path), "elephants"))
    assert "\\<@123>" in text and "\\*\\*this\\*\\*" in text
    assert "*\\*Bold\\* title*" in text
    assert "<https://example.org/x_y>" in text  # links stay clickable, without preview


def test_json_has_the_contract_fields(seed_index):
    result = render.answer_json(answer(seed_index, "elephants"))
    assert result["question"] == "elephants"
    hit = result["results"][0]
    for key in ("text", "title", "source", "doc_id", "paragraph", "sentence", "score"):
        assert key in hit
    assert hit["text"].startswith("In January, Myanmar gifted six elephants")
    assert "**elephants**" in hit["highlighted"]


def test_sources_and_help_describe_the_corpus(seed_index):
    lines = render.sources_lines(seed_index)
    assert lines == [
        "**Myanmar junta leader arrives in Russia for official visit** · 24 sentences · "
        "`000_ca0daf8963f53742.txt`"
    ]
    assert "1 news article(s) (24 sentences)" in render.help_markdown(seed_index)
