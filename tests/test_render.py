import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import embeds, render
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


def test_no_answer_says_so_and_names_the_words_no_article_holds(seed_index):
    said = render.answer_markdown(answer(seed_index, "capital of France"))
    assert said.startswith("I found no answer to that in the corpus: no article mentions ")
    assert "“capital” or “France”" in said  # as the question wrote them
    # A question of stop words alone: no word to name.
    assert render.answer_markdown(answer(seed_index, "what is it?")) == render.NO_ANSWER


def test_no_answer_says_what_the_passages_do_not_say(seed_index):
    result = answer(seed_index, "how many jets has russia supplied?")
    said = render.answer_markdown(result)
    assert "the passages about it do not say how many." in said
    assert render.answer_json(result)["unsaid"] == "how many"


def test_no_answer_names_the_countries_whose_articles_do_not_answer(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: A\n---\nIndia said it would buy jets.")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nMyanmar flies Russian jets.")
    result = answer(build_index(tmp_path), "what did India say about Myanmar's jets?")
    said = render.answer_markdown(result)
    assert "no article naming “India” and “Myanmar” answers it" in said
    assert render.answer_json(result)["unnamed"] == ["India", "Myanmar"]


def test_two_things_answered_in_turn_are_noted_under_the_answer(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: A\n---\nASML makes chip machines.")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nThe Bank of England cut rates.")
    result = answer(build_index(tmp_path), "compare ASML and the Bank of England")
    assert "No article answers both: passages on “ASML” and on “the Bank of England”, in turn" in (
        render.answer_notes(answer=result)
    )
    assert render.answer_json(result)["sides"] == ["ASML", "the Bank of England"]


def test_words_no_article_holds_are_noted_under_an_answer(seed_index):
    result = answer(seed_index, "who supplies Myanmar's jets and submarines?")
    assert result.found and result.missing == ("submarines",)
    assert "No article mentions: submarines" in embeds.answer_embed(result).footer.text
    assert render.answer_json(result)["missing"] == ["submarines"]
    twice = answer(seed_index, "Giraffes or giraffes in Myanmar?")
    assert twice.missing == ("Giraffes",)  # once, case aside, as first written
    mended = answer(seed_index, "who suplies Myanmar's jets?")  # a typo is no missing word
    assert mended.found and mended.missing == ()


def test_an_answer_put_newest_first_says_so(tmp_path):
    for day in ("2025-07-14", "2025-07-20"):
        write(tmp_path, f"{day}.md", f"---\npublished: {day}\n---\nThe dam held on {day}.")
    result = answer(build_index(tmp_path), "latest on the dam?")
    assert render.NEWEST_FIRST in embeds.answer_embed(result).footer.text
    assert render.answer_json(result)["newest_first"] is True
    assert render.answer_json(result)["gist"] is False


def test_typos_are_named_with_the_words_they_were_read_as(seed_index):
    result = answer(seed_index, "who suplies Myanmar's elefants? SUPLIES!")
    assert result.mended == (("suplies", "supplier"), ("elefants", "elephants"))
    footer = embeds.answer_embed(result).footer.text
    assert "Read “suplies” as “supplier”, “elefants” as “elephants”" in footer
    assert render.answer_json(result)["mended"][1] == {
        "written": "elefants",
        "read_as": "elephants",
    }
    assert answer(seed_index, "who supplies Myanmar's jets?").mended == ()


def test_quoted_markdown_and_mentions_are_escaped(tmp_path):
    write(
        tmp_path,
        "a.txt",  # a .txt body is not read as Markdown: its marks are quoted
        "---\ntitle: *Bold* title\nsource: https://example.org/x_y\n---\n"
        "Hey @everyone, read <@123> and **this** about_elephants.\n",
    )
    text = render.answer_markdown(answer(build_index(tmp_path), "elephants"))
    assert "\\<\\@123>" in text and "\\*\\*this\\*\\*" in text
    assert "Hey \\@everyone" in text
    # The title links to the article, its source URL's site named as the outlet.
    assert "[*\\*Bold\\* title*](<https://example.org/x_y>) · example.org · " in text
    # Paragraph and sentence link to the sentence in the page (a text fragment), with
    # nothing in the link that could end it early or mention anyone.
    fragment = (
        "Hey%20%40everyone%2C%20read%20%3C%40123%3E%20and%20%2A%2Athis%2A%2A%20about_elephants."
    )
    sentence = f"[paragraph 1, sentence 1](<https://example.org/x_y#:~:text={fragment}>)"
    assert text.endswith(sentence)


def test_a_source_that_is_not_a_link_is_the_outlet(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: T\nsource: The Irrawaddy\n---\nSix elephants came.\n")
    text = render.answer_markdown(answer(build_index(tmp_path), "elephants"))
    assert "— *T* · The Irrawaddy · paragraph 1, sentence 1" in text


def test_json_has_the_contract_fields(seed_index):
    result = render.answer_json(answer(seed_index, "elephants"))
    assert result["question"] == "elephants"
    hit = result["results"][0]
    for key in ("text", "title", "source", "doc_id", "paragraph", "sentence", "score"):
        assert key in hit
    assert hit["text"].startswith("In January, Myanmar gifted six elephants")
    assert "**elephants**" in hit["highlighted"]
    assert hit["link"] is None  # the seed's source is no URL


def test_json_links_to_the_sentence_where_the_source_is_a_url(tmp_path):
    write(tmp_path, "a.md", "---\nsource: https://x.org/a\n---\nSix elephants came.\n")
    hit = render.answer_json(answer(build_index(tmp_path), "elephants"))["results"][0]
    assert hit["link"] == "https://x.org/a#:~:text=Six%20elephants%20came."


def test_sources_list_the_newest_first_then_the_undated_by_title(tmp_path):
    for name, published in (("b", "2025-01-02"), ("a", ""), ("c", "2025-03-01"), ("d", "")):
        write(
            tmp_path,
            f"{name}.md",
            f"---\ntitle: {name.upper()}\npublished: {published}\n---\nText.",
        )
    lines = render.sources_lines(build_index(tmp_path))
    assert [line[2] for line in lines] == ["C", "B", "A", "D"]  # "**C**..."


def test_sources_name_files_only_for_moderators(seed_index):
    title = "**Myanmar junta leader arrives in Russia for official visit** · 24 sentences"
    assert render.sources_lines(seed_index) == [title]
    assert render.sources_lines(seed_index, files=True) == [f"{title} · `000_ca0daf8963f53742.txt`"]


def test_help_covers_what_members_can_do_and_moderators_see_theirs(seed_index):
    member = render.help_markdown(seed_index, cooldown=5, max_chars=300)
    assert "1 news article (24 sentences)" in member
    for feature in (
        "/ask",
        "Mention me",
        "Reply to one of my answers",
        "direct message",
        "**More**",
        "**Previous**",
        "**Context**",
        "👍/👎",
        "/sources",
        "300 characters",
        "every 5 s",
        "double quotes",
        "“tl;dr”",
        "“tell me about” and an article's title",
        "“IISS”",
        "the link of one of my articles",
    ):
        assert feature in member, feature
    assert "/reload" not in member
    moderator = render.help_markdown(seed_index, moderator=True)
    assert "One question every" not in moderator
    for command in ("/reload", "/add url:", "/remove article:", "/insights"):
        assert command in moderator and command not in member


# Discord's markdown (discord.com/developers/docs/reference#message-formatting and the
# client's rules): inline, anywhere in a line, and at the start of a line only.
INLINE = set("\\*_~`|[]<@")
LINE_START = re.compile(r"[ \t]*(?:[#>+\-]|\d+\.)")
ASCII_PUNCTUATION = re.compile(r"\\([!-/:-@\[-`{-~])")
MARKDOWN_TEXT = st.lists(
    st.sampled_from(
        list("*_~`|[]()<>@#-+.:!\\/ \n\t") + list("aZ19") + ["\u200b", "é", "**", "<@1>"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(MARKDOWN_TEXT)
def test_escaped_text_shows_every_character_as_typed(text):
    escaped = render.escape(text)
    # Discord drops a backslash before ASCII punctuation: the reader sees the text as typed.
    assert ASCII_PUNCTUATION.sub(r"\1", escaped) == text
    # No inline markdown character stands unescaped.
    position = 0
    while position < len(escaped):
        if escaped[position] == "\\":
            assert position + 1 < len(escaped) and ASCII_PUNCTUATION.match(escaped, position)
            position += 2
            continue
        assert escaped[position] not in INLINE, (text, escaped, position)
        position += 1
    # No line starts with a heading, list or quote marker.
    for line in escaped.split("\n"):
        assert not LINE_START.match(line), (text, line)


@settings(max_examples=200, deadline=None)
@given(MARKDOWN_TEXT, st.data())
def test_highlighting_adds_only_bold_around_the_words(text, data):
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=4)))
    spans = tuple((a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b)
    shown = render.highlighted(text, spans)
    assert ASCII_PUNCTUATION.sub(r"\1", shown.replace("**", "")) == text
    for line in shown.split("\n"):  # ...and no line starts with a marker
        assert not LINE_START.match(line.removeprefix("**")), (text, spans, line)


def test_a_highlight_escapes_no_line_start_inside_a_line():
    # "**al**\-Jolani": the words after a highlight were escaped as if a line began there
    shown = render.highlighted("leader Abu Mohammed al-Jolani", ((20, 22),))
    assert shown == "leader Abu Mohammed **al**-Jolani"
    assert render.highlighted("war.\n- Peace", ((0, 3),)) == "**war**.\n\\- Peace"


def test_no_answer_names_the_languages_it_can_answer_in():
    from index.languages import Foreign

    assert render.no_answer() == render.NO_ANSWER
    said = render.no_answer(Foreign("Russian", ("English", "Spanish")))
    assert "articles in English and Spanish" in said and "looks like Russian" in said


def test_the_status_names_version_times_unreadable_files_and_the_shard():
    status = render.status_markdown(
        version="0.1.0",
        saved_at=1764460800.5,
        started_at=1764464400,
        unreadable=2,
        shard=1,
        shards=4,
        latency_ms=42.4,
        synonyms=3,
        synonyms_skipped=1,
    )
    assert "• 3 groups of the community's synonyms, 1 line of their file not taken: see" in status
    assert "qabot 0.1.0; serving the index saved <t:1764460800:f> (<t:1764460800:R>)" in status
    assert "Up since <t:1764464400:f>" in status
    assert "2 files of the corpus cannot be read: see `/sources`" in status
    assert "Shard 1 of 4, gateway latency 42 ms" in status
    quiet = render.status_markdown(
        version="0.1.0", saved_at=None, started_at=0, unreadable=0, latency_ms=float("nan")
    )
    assert "not saved" in quiet and "cannot be read" not in quiet and "Shard" not in quiet
    assert "synonyms" not in quiet


def test_phrases_no_passage_says_are_named(seed_index):
    result = answer(seed_index, 'who supplies "fighter planes" to Myanmar?')
    footer = embeds.answer_embed(result).footer.text
    assert "No passage says “fighter planes” word for word: the nearest are shown" in footer
    assert render.answer_json(result)["unquoted"] == ["fighter planes"]
    said = render.no_answer(unquoted=("fighter planes",))
    assert said.startswith("I found no answer to that in the corpus: no article says “fighter")


def test_an_article_is_shown_whole_and_as_a_file_the_corpus_reads_back(seed_index, tmp_path):
    info = seed_index.infos[0]
    paragraphs = seed_index.paragraphs(info.id)
    card = render.article_card(info, paragraphs, 24)
    assert card.startswith(
        "**Myanmar junta leader arrives in Russia for official visit** · 7 paragraphs, 24 "
        "sentences\n\nThe leader of Myanmar's military junta"
    )
    assert "`000_ca0daf8963f53742.txt`" not in card  # files are for moderators
    assert "replace: True" in render.article_card(info, paragraphs, 24, files=True)
    write(tmp_path / "again", "again.md", render.article_file(info, paragraphs))
    again = build_index(tmp_path / "again")
    assert again.infos[0].title == info.title
    assert [p.text for p in again.passages] == [p.text for p in seed_index.passages]


def test_whats_new_lists_the_newest_articles_or_says_why_not(tmp_path):
    front = "title: Dam\noutlet: Mekong Daily\npublished: 2025-07-14"
    write(tmp_path, "a.md", f"---\n{front}\n---\nA.\n")
    listed = render.latest_markdown(build_index(tmp_path).latest(5))
    assert listed == (
        "The newest articles I have:\n• *Dam* · Mekong Daily · 2025-07-14\n"
        "Ask me about any of them."
    )
    assert render.latest_markdown([]).startswith("None of my articles has a publication date")
