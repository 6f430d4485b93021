from bot.markup import Typed, asked_in, read_typed

NAMES = {("@", 11): "alice", ("@&", 22): "moderators", ("#", 33): "general"}


def names(kind: str, ident: int) -> str | None:
    return NAMES.get((kind, ident))


def test_mentions_channels_and_emoji_are_out_of_the_question_and_named_in_the_title():
    typed = read_typed(
        "<@99> what did <@!11> and <@&22> say in <#33> about jets <a:party:5> </ask:6>",
        names,
        skip={99},
    )
    assert typed.question == "what did and say in about jets"
    assert typed.title == "what did @alice and @moderators say in #general about jets :party: /ask"


def test_an_emoji_shortcode_typed_as_text_is_out_of_the_question_and_kept_in_the_title():
    typed = read_typed("who is morgan michaels :thinking: :+1::flag_mm:", names)
    assert typed.question == "who is morgan michaels"
    assert typed.title == "who is morgan michaels :thinking: :+1::flag_mm:"
    # Colons around no name are words and times: "re:", "at 10:30:15", "a:b".
    typed = read_typed("re: the 10:30:15 flight, ratio 2:1:x and a:b", names)
    assert typed.question == "re: the 10:30:15 flight, ratio 2:1:x and a:b"


def test_unknown_mentions_get_a_neutral_name_and_timestamps_a_date():
    typed = read_typed("jets <@12345> <@&6> <#7> since <t:1609459200:R>", names)
    assert typed.question == "jets since"
    assert typed.title == "jets @someone @a role #a channel since 2021-01-01 00:00 UTC"


def test_links_and_invisible_characters_leave_both():
    typed = read_typed("sup\u00adplies <https://x.org/a> https://y.org/b jets\u200b?", names)
    assert typed.question == typed.title == "supplies jets?"
    assert typed.links == ("https://x.org/a", "https://y.org/b")  # kept apart
    # @everyone and @here are pings, not words: echoed, not searched.
    pinged = read_typed("@everyone who supplies jets? @here", names)
    assert (pinged.question, pinged.title) == (
        "who supplies jets?",
        "@everyone who supplies jets? @here",
    )
    # A link alone asks what that page's article says: its gist.
    alone = read_typed("<https://x.org/a>", names)
    assert (alone.question, alone.title) == ("tl;dr", "tl;dr https://x.org/a")


def test_a_long_message_asks_its_questions_the_last_that_fit():
    story = "We talked about the visit for a long while yesterday. " * 8
    assert asked_in("who supplies\n Myanmar's jets?", 300) == "who supplies Myanmar's jets?"
    assert asked_in(f"{story}Who supplies Myanmar's jets? Thanks!", 300) == (
        "Who supplies Myanmar's jets?"
    )
    twice = f"Is it China? {story}Is it China? Or Russia?"
    assert asked_in(twice, 300) == "Is it China? Or Russia?"  # each question once
    assert asked_in(f"Is it China? {story}Or Russia?", 15) == "Or Russia?"
    assert asked_in(story, 300) == " ".join(story.split())  # no question: too long, as it is


def test_the_bots_role_is_left_out_like_the_bot():
    typed = read_typed("<@&98> jets? <@!99> and <@&22>", names, skip={98, 99})
    assert typed.question == "jets? and"
    assert typed.title == "jets? and @moderators"


def test_a_command_typed_as_text_is_no_word_of_the_question():
    for typed in (
        "<@1> /ask who supplies jets?",
        "!ask who supplies jets?",
        "Ask: who supplies jets?",
    ):
        read = read_typed(typed, lambda kind, number: None, skip={1})
        assert read == Typed("who supplies jets?", "who supplies jets?"), typed
    kept = read_typed("ask the junta who supplies jets", lambda kind, number: None)
    assert kept.question == "ask the junta who supplies jets"


def test_discord_formatting_is_read_as_the_words_it_shows():
    typed = read_typed("> **who** supplies ||Myanmar||'s `jets`?", names)
    assert typed == Typed("who supplies Myanmar's jets?", "who supplies Myanmar's jets?")
    assert read_typed("-# __why__ *did* ~~they~~ _leave_?", names).question == "why did they leave?"
    # What only looks like formatting stays: words joined by underscores, arithmetic,
    # and the quotes that ask for a phrase word for word.
    kept = 'what is snake_case_name, 5 * 3, "fighter jets"?'
    assert read_typed(kept, names).question == kept
    # A code block's first line, one word, names its language, which Discord hides
    # (whatever the word: "0" too); its code is read.
    for block, shown in (("```py\nwho leads?```", "who leads?"), ("```0\n0```", "0")):
        assert read_typed(block, names).question == shown, block
