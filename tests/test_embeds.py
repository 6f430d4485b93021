from dataclasses import replace

from bot import embeds
from bot.store import Origin
from index.answers import answer
from index.build import build_index
from tests.conftest import write


def test_answer_embeds_stay_inside_discord_limits(tmp_path):
    long_sentence = "performed remarkably well again " * 400 + "tonight."
    title = "A title " * 100
    for number in range(10):
        write(
            tmp_path,
            f"a{number}.md",
            f"---\ntitle: {title}{number}\nsource: https://example.org/{number}\n---\n"
            f"The elephants {number} {long_sentence}\n",
        )
    result = answer(build_index(tmp_path), "elephants performed " * 20, top=10)
    assert len(result.hits) == 10
    embed = embeds.answer_embed(result)
    # Sources cut to fit lose their links rather than show a link's markup cut in two.
    assert embed.description.count("[") == embed.description.count("](<")
    assert len(embed.title) <= embeds.TITLE_LIMIT
    assert len(embed.description) <= embeds.DESCRIPTION_LIMIT
    assert len(embed) <= embeds.TOTAL_LIMIT
    assert embed.description.count("…") >= 10
    assert embed.description.count("**") % 2 == 0  # no bold left open by a cut


def test_links_to_sentences_go_first_when_the_passages_do_not_fit(tmp_path):
    for number in range(10):
        text = f"The elephants {number} performed again tonight in the big top of the city."
        source = f"source: https://example.org/news/{number}"
        write(tmp_path, f"a{number}.md", f"---\ntitle: Circus {number}\n{source}\n---\n{text}\n")
    result = answer(build_index(tmp_path), "elephants performed tonight", top=10)
    roomy = embeds.answer_embed(result).description
    assert roomy.count(":~:text=The%20elephants") == 10  # each passage links to its sentence
    tight = embeds.answer_embed(result, limit=2000).description
    assert ":~:text=" not in tight and tight.count("](<https://example.org/") == 10


def test_answer_text_fits_a_message_with_every_source(tmp_path):
    long_sentence = "performed remarkably well again " * 400 + "tonight."
    for number in range(10):
        text = f"---\ntitle: Circus {number}\n---\nThe elephants {number} {long_sentence}\n"
        write(tmp_path, f"a{number}.md", text)
    result = answer(build_index(tmp_path), "elephants performed " * 20, top=10)
    text = embeds.answer_text(result, "a question with <@123> in it " * 20)
    assert len(text) <= embeds.CONTENT_LIMIT
    assert text.startswith("**a question with \\<\\@123>")  # escaped as in a title
    assert all(f"*Circus {number}*" in text for number in range(10))  # every source kept
    assert text.count("**") % 2 == 0
    assert text.splitlines()[-1].startswith("-# Passages 1–10 of ")


def test_answer_text_of_a_short_answer_is_the_embed_as_it_is(seed_index):
    result = answer(seed_index, "who supplies Myanmar's jets?")
    embed = embeds.answer_embed(result)
    lines = embeds.answer_text(result).split("\n")
    assert lines[0] == f"**{embed.title}**" and lines[-1] == f"-# {embed.footer.text}"
    assert "\n".join(lines[1:-1]) == embed.description


def test_clip_cuts_at_a_space_and_keeps_markup_balanced():
    assert embeds.clip("short", 10) == "short"
    assert embeds.clip("one two three four", 10) == "one two…"
    clipped = embeds.clip("aaaa **bold words here** tail", 14)
    assert clipped.count("**") % 2 == 0 and clipped.endswith("…")
    assert not embeds.clip("abc \\*def", 6).rstrip("…").endswith("\\")


def test_no_answer_embed(seed_index):
    embed = embeds.answer_embed(answer(seed_index, "capital of France"))
    assert "no answer" in embed.description


def test_question_in_the_title_is_escaped(seed_index):
    result = answer(seed_index, "**who** supplies <@123> jets?")
    assert embeds.answer_embed(result).title.startswith("\\*\\*who\\*\\* supplies \\<\\@123>")


def test_sources_are_paged():
    lines = [f"**Article {n}** · 3 sentences" for n in range(40)]
    pages = embeds.sources_pages(lines)
    assert len(pages) == 3
    listing = embeds.source_list(lines)
    assert embeds.sources_embed(listing, 99).footer.text == "Page 3 of 3 · 40 articles"
    long_lines = ["x" * 600 for _ in range(20)]
    assert all(len(page) <= embeds.DESCRIPTION_LIMIT for page in embeds.sources_pages(long_lines))
    # A message's text holds less: whole lines within the limit asked for.
    lines = ["x" * 450 for _ in range(20)]
    first = embeds.sources_pages(lines, embeds.CONTENT_LIMIT)[0]
    assert len(first) <= embeds.CONTENT_LIMIT and first.split("\n") == ["x" * 450] * 4


def test_the_footer_counts_the_passages_of_every_page(seed_index):
    result = answer(seed_index, "Myanmar military junta", top=2)
    assert embeds.answer_embed(result).footer.text.startswith(f"Passages 1–2 of {result.total} ·")
    last = replace(result, offset=result.total - 1, hits=result.hits[:1])
    assert embeds.answer_embed(last).footer.text.startswith(
        f"Passage {result.total} of {result.total} ·"
    )


def test_a_follow_up_and_a_removed_article_are_noted(seed_index):
    result = answer(seed_index, "and China?", earlier="who supplies Myanmar's jets?")
    embed = embeds.answer_embed(
        result, "and China?", earlier="who supplies Myanmar's jets?", removed=("Old news",)
    )
    assert "Read as a follow-up to: who supplies Myanmar's jets?" in embed.footer.text
    assert "No longer in the corpus: Old news" in embed.footer.text


def test_a_question_taken_from_a_message_links_to_it_and_names_its_author(seed_index):
    result = answer(seed_index, "who supplies Myanmar's jets?")
    origin = Origin("bob *the* builder", "https://discord.com/channels/1/2/3")
    embed = embeds.answer_embed(result, origin=origin)
    assert embed.url == origin.url
    assert " · Asked by bob *the* builder · " in embed.footer.text  # a footer shows text
    text = embeds.answer_text(result, origin=origin)
    assert "Asked by bob \\*the\\* builder" in text  # a message would read it as markdown
    nothing = embeds.answer_embed(answer(seed_index, "capital of France?"), origin=origin)
    assert nothing.url == origin.url and nothing.footer.text == "Asked by bob *the* builder"


def test_a_moderators_help_keeps_its_status_within_a_messages_limits(seed_index):
    from bot import render

    text = render.help_markdown(seed_index, cooldown=5, keep_days=90)
    withheld = "\n".join(
        f"• <#{n}> withholds Send Messages: questions go unanswered" for n in range(80)
    )
    more = render.moderators_help_markdown(f"• Shard 0 of 1\n{withheld}")
    member, moderators = embeds.help_embeds(text, more)
    assert member.description == text and "/reload" not in text
    assert moderators.description.startswith("• `/add url:`") and "**Status**\n• Shard 0" in (
        moderators.description
    )
    assert len(moderators.description) <= embeds.DESCRIPTION_LIMIT
    assert len(member) + len(moderators) <= embeds.TOTAL_LIMIT
    assert embeds.help_embeds(text) == [member]  # a member's: one
