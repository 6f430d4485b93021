from types import SimpleNamespace

from bot.refusals import MAX_CHANNELS, Refusal, Refusals


def channel(channel_id: int, guild_id: int | None = 1) -> SimpleNamespace:
    """A channel as discord.py gives one: a guild's, a partial one (guild_id), or a DM."""
    guild = SimpleNamespace(id=guild_id) if guild_id is not None else None
    return SimpleNamespace(id=channel_id, guild=guild)


def test_refusals_are_kept_by_server_newest_first_until_granted():
    refusals = Refusals()
    refusals.note(channel(10), Refusal.POST)
    refusals.note(channel(11), Refusal.EMBED)
    refusals.note(SimpleNamespace(id=12, guild_id=2), Refusal.REPLY)  # a partial channel
    refusals.note(channel(13, None), Refusal.POST)  # a DM: no moderator to tell
    assert [(r.channel_id, r.refusal) for r in refusals.of(1)] == [
        (11, Refusal.EMBED),
        (10, Refusal.POST),
    ]
    assert [r.channel_id for r in refusals.of(2)] == [12]
    assert refusals.of(None) == []
    refusals.note(channel(10), Refusal.POST)  # refused again: the newest now
    assert [r.channel_id for r in refusals.of(1)] == [10, 11]
    refusals.granted(channel(10), Refusal.POST, Refusal.REPLY)
    assert [r.channel_id for r in refusals.of(1)] == [11]


def test_a_server_keeps_the_channels_refused_last():
    refusals = Refusals()
    for number in range(MAX_CHANNELS + 5):
        refusals.note(channel(number), Refusal.POST)
        refusals.note(channel(number), Refusal.EMBED)
    kept = {r.channel_id for r in refusals.of(1)}
    assert kept == set(range(5, MAX_CHANNELS + 5))
