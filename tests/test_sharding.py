"""Two bot processes, each serving one of two shards, against the local Discord server,
which routes each guild to its shard as Discord does."""

from __future__ import annotations

import asyncio
import dataclasses
import logging

import pytest

from bot import create_bot
from tests.conftest import write
from tests.discord_server import GUILD_ID, TOKEN
from tests.e2e import ALICE, MODERATOR, QUESTION, SUPPLIER, embed_text


async def start(settings):
    client = create_bot(settings, guild_ready_timeout=0.05)
    task = asyncio.create_task(client.start(TOKEN))
    ready = asyncio.create_task(client.wait_until_ready())
    await asyncio.wait({task, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    assert ready.done(), "the bot did not become ready"
    return client, task


@pytest.fixture
async def two_processes(server, settings, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    other = server.add_guild()
    while (other >> 22) % 2 == (GUILD_ID >> 22) % 2:  # one guild on each shard
        other = server.add_guild()
    by_shard = {(GUILD_ID >> 22) % 2: GUILD_ID, (other >> 22) % 2: other}
    bots = {}
    for shard in (0, 1):
        own = dataclasses.replace(
            settings,
            shard_count=2,
            shard_ids=(shard,),
            database_path=tmp_path / f"shard{shard}.sqlite3",
        )
        bots[shard] = await start(own)
        bots[shard][0].service.follow_seconds = 2.0  # as in production
    yield server, {s: bots[s][0] for s in bots}, by_shard
    for client, task in bots.values():
        if not client.is_closed():
            await client.close()
        await asyncio.wait_for(task, 10)


def asked_in(bot) -> list[str]:
    return [a.question for a in bot.service.store.askings(0)]


async def test_each_guild_is_answered_by_the_process_of_its_shard(two_processes, caplog):
    server, bots, by_shard = two_processes
    assert sorted(tuple(i["shard"]) for i in server.identifies) == [(0, 2), (1, 2)]
    assert server.command_puts == 1  # synced by the process serving shard 0 only
    for shard, guild in by_shard.items():
        answer = (await server.slash("ask", ALICE, guild_id=guild, question=QUESTION)).messages
        assert SUPPLIER in embed_text(answer[-1])
        reply = await server.say(ALICE, f"<@1100000000000000002> elephants {shard}", guild_id=guild)
        assert "**elephants**" in embed_text(reply)
    for shard, bot in bots.items():
        assert asked_in(bot) == [QUESTION, f"elephants {shard}"]  # its guild's, no other
    logged = "\n".join(r.getMessage() for r in caplog.get_records("setup"))
    assert "shard 0 of 2 ready: 1 server(s)" in logged  # the logs name the shard
    assert "shard 1 of 2 ready: 1 server(s)" in logged


async def test_a_reload_in_one_process_reaches_the_other(two_processes, corpus):
    server, bots, by_shard = two_processes
    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    done = await server.slash("reload", MODERATOR, guild_id=by_shard[1])
    assert "Added: *Nuclear deal*" in embed_text(done.messages[-1])
    started = asyncio.get_running_loop().time()
    while "nuclear.md" not in bots[0].service.served.index.articles:
        assert asyncio.get_running_loop().time() - started < 3, "not served within 3 s"
        await asyncio.sleep(0.05)
    answer = await server.slash("ask", ALICE, guild_id=by_shard[0], question="reactor deal")
    assert "They signed a **reactor deal**." in embed_text(answer.messages[-1])


async def test_a_process_that_dies_leaves_the_other_serving_its_guilds(two_processes):
    server, bots, by_shard = two_processes
    await bots[1].close()
    answer = await server.slash("ask", ALICE, guild_id=by_shard[0], question=QUESTION)
    assert SUPPLIER in embed_text(answer.messages[-1])
    with pytest.raises(TimeoutError):  # shard 1's guild has no process now
        await server.slash("ask", ALICE, guild_id=by_shard[1], question=QUESTION, wait=False)
        await asyncio.wait_for(asyncio.Event().wait(), 0.5)
