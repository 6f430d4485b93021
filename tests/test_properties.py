"""Property-based tests: odd input never breaks the splitter, the analyzer or an answer."""

from __future__ import annotations

import random
import re
from urllib.parse import unquote

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot import embeds, render
from bot.markup import asked_in, unformatted
from index.analysis import Analyzer
from index.answers import MAX_QUESTION_CHARS, answer, clean_question
from index.corpus import article_markdown, read_article_bytes
from index.errors import QuestionError
from index.sentences import MAX_SENTENCE_CHARS, split_sentences

ODD = [
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\x00",
    "\x07",
    "\r",
    "\t",
    "\n\n",
    "@everyone",
    "@here",
    "<@123>",
    "<@&456>",
    "<#789>",
    "**",
    "__",
    "~~",
    "||",
    "`",
    "```",
    "> ",
    "# ",
    "[link](https://example.org)",
    ". ",
    "...",
    "?!",
    "U.S.",
    "Gen. ",
    "3rd",
    "1990’s",
    "$600m",
    "30%",
    "£",
    "¼",
    "²",
    "Twenty-First",
    "cease-fire",
    "Co-Operation’s",
    "e-",
    "-mail",
    "-",
    "air strikes",
    "Kiev",
    "gov’t",
    '"',
    "“",
    "’s",
    "אבג",
    "مرحبا",
    "日本語",
    "🙂",
    "e\u0301",
]
text = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(ODD)), max_size=30).map("".join)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check_spans(value: str) -> None:
    spans = split_sentences(value)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(value)
        sentence = value[start:end]
        assert sentence == sentence.strip() and sentence
        assert end - start <= MAX_SENTENCE_CHARS
        previous_end = end


@SETTINGS
@given(text)
def test_sentences_always_slice_back_to_the_text(value):
    check_spans(value)


@SETTINGS
@given(text)
def test_formatting_marks_leave_every_letter_and_digit_in_order(value):
    def kept(v: str) -> str:
        return "".join(c for c in v if c.isalnum())

    # ...but a code block's language name, which Discord hides ("```0\n0```" shows "0";
    # test_markup has it)
    assume(not re.search(r"```\w+\n", value))
    assert kept(unformatted(value)) == kept(value)


def test_a_100_kb_text_splits_quickly_and_exactly():
    rng = random.Random(5)
    pieces = [
        "The junta met.",
        "Gen. Min said:",
        '"We agree."',
        "U.S. jets",
        "1. Item",
        "...",
        "\n",
        "@everyone",
        "\u200b",
        "and so on, " * 150,  # no sentence end for 1,650 characters
    ]
    value = " ".join(rng.choice(pieces) for _ in range(10_000))[:100_000]
    check_spans(value)
    terms = Analyzer().tokens(value)
    assert terms and all(value[t.start : t.end].strip() for t in terms)


@SETTINGS
@given(text)
def test_analyzer_terms_point_at_their_words(value):
    for term in Analyzer().tokens(value):
        assert term.term
        assert value[term.start : term.end].strip()


@SETTINGS
@given(text)
def test_any_question_gets_an_answer_inside_discord_limits(seed_index, value):
    try:
        result = answer(seed_index, value)
    except QuestionError:
        cleaned = clean_question(value)
        assert not any(c.isalnum() for c in cleaned) or len(cleaned) > MAX_QUESTION_CHARS
        return
    embed = embeds.answer_embed(result)
    assert len(embed.title or "") <= embeds.TITLE_LIMIT
    assert len(embed.description or "") <= embeds.DESCRIPTION_LIMIT
    assert len(embed) <= embeds.TOTAL_LIMIT
    # Echoed text can never open a mention, a masked link or formatting.
    assert "<@" not in (embed.title or "").replace("\\<@", "")
    assert render.answer_markdown(result)


def test_a_100_kb_question_is_refused_not_searched(seed_index):
    try:
        answer(seed_index, "why " * 25_000)
    except QuestionError as error:
        assert "limit is 500" in str(error)
    else:
        raise AssertionError("a 100 kB question was answered")


@SETTINGS
@given(text, st.integers(min_value=1, max_value=400))
def test_the_question_of_a_message_fits_or_is_the_whole_message(value, limit):
    asked = asked_in(value, limit)
    whole = " ".join(value.split())
    assert len(asked) <= limit or asked == whole
    if asked != whole:  # its questions, each as written in the message
        assert asked.endswith("?") and all(part in whole for part in asked.split("? "))


@SETTINGS
@given(text.filter(lambda v: v.split()))
def test_a_link_to_a_sentence_names_its_words_and_nothing_ends_it(value):
    link = render.sentence_link("https://example.org/a?b=1#top", value)
    page, _, directive = link.partition("#top:~:text=")
    assert page == "https://example.org/a?b=1"
    assert not set(directive) & set(" -&#<>()\n")  # the directive's syntax stays its own
    terms = [unquote(term) for term in directive.split(",")]
    words = value.split()
    assert " ".join(terms) in (" ".join(words), f"{' '.join(words[:4])} {' '.join(words[-4:])}")
    target = render.link_target(link)
    assert not set(target) & set(" <>()")  # safe inside [text](<target>)


# Printable text with Markdown's marks: what /add writes is read back as it was.
markdownish = st.lists(
    st.one_of(
        st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12),
        st.sampled_from(
            [
                "*",
                "_",
                "#",
                "1.",
                "- ",
                "> ",
                "[1]",
                "<b>",
                "&amp;",
                "\\",
                "`",
                "```",
                "<!--",
                "-->",
                "|",
                "~~",
                "~",
            ]
        ),
    ),
    min_size=1,
    max_size=12,
).map("".join)


@SETTINGS
@given(st.lists(markdownish, min_size=1, max_size=4))
def test_an_article_written_as_markdown_reads_back_as_its_paragraphs(paragraphs):
    written = [" ".join(p.split()) for p in paragraphs if p.strip()]
    assume(written)
    text = article_markdown({"title": "T"}, paragraphs)
    articles, problems = read_article_bytes("a.md", text.encode())
    assert not problems
    read = [articles[0].text[a:b] for a, b in articles[0].paragraphs]
    assert read == written
