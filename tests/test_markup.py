from bot.markup import read_typed

NAMES = {("@", 11): "alice", ("@&", 22): "moderators", ("#", 33): "general"}


def names(kind: str, ident: int) -> str | None:
    return NAMES.get((kind, ident))


def test_mentions_channels_and_emoji_are_out_of_the_question_and_named_in_the_title():
    typed = read_typed(
        "<@99> what did <@!11> and <@&22> say in <#33> about jets <a:party:5> </ask:6>",
        names,
        skip=99,
    )
    assert typed.question == "what did and say in about jets"
    assert typed.title == "what did @alice and @moderators say in #general about jets :party: /ask"


def test_unknown_mentions_get_a_neutral_name_and_timestamps_a_date():
    typed = read_typed("jets <@12345> <@&6> <#7> since <t:1609459200:R>", names)
    assert typed.question == "jets since"
    assert typed.title == "jets @someone @a role #a channel since 2021-01-01 00:00 UTC"


def test_links_and_invisible_characters_leave_both():
    typed = read_typed("sup\u00adplies <https://x.org/a> https://y.org/b jets\u200b?", names)
    assert typed.question == typed.title == "supplies jets?"
