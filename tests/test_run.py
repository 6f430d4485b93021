"""`qabot run` ends with one clear sentence, never a traceback or the token, if it cannot start."""

from __future__ import annotations

import asyncio
import threading

import discord
import pytest
import yarl

from bot.cli import main
from tests.conftest import SEED_DIR
from tests.discord_server import TOKEN, FakeDiscord, Fault


@pytest.fixture
def server(monkeypatch):
    """The fake Discord on a loop of its own, since `qabot run` runs its own loop."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    fake = FakeDiscord()
    asyncio.run_coroutine_threadsafe(fake.start(), loop).result(10)
    # As an operator points the bot at a Discord-compatible server.
    monkeypatch.setenv("DISCORD_API_URL", fake.rest_base)
    monkeypatch.setenv("DISCORD_GATEWAY_URL", fake.gateway_url)
    yield fake
    # qabot run puts discord.py's addresses back when it ends.
    assert discord.http.Route.BASE == "https://discord.com/api/v10"
    assert yarl.URL("wss://gateway.discord.gg/") == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


@pytest.fixture(autouse=True)
def settings(monkeypatch, tmp_path):
    monkeypatch.setenv("CORPUS_DIR", str(SEED_DIR))
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "db.sqlite3"))


MISSING_ACCESS = {"message": "Missing Access", "code": 50001}


def one_sentence(captured) -> str:
    assert "Traceback" not in captured.err + captured.out
    assert TOKEN not in captured.err + captured.out
    lines = [line for line in captured.err.splitlines() if line.startswith("qabot: error:")]
    assert len(lines) == 1, captured.err
    return lines[0]


def test_missing_token(capsys):
    assert main(["run"]) == 1
    assert "DISCORD_TOKEN is not set" in one_sentence(capsys.readouterr())


def test_bad_setting_is_named(capsys, monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("DEV_GUILD_ID", "my-server")
    assert main(["run"]) == 1
    assert "DEV_GUILD_ID" in one_sentence(capsys.readouterr())


def test_rejected_token(capsys, monkeypatch, server):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    server.faults.append(
        Fault("GET", "/users/@me", 401, body={"message": "401: Unauthorized", "code": 0})
    )
    assert main(["run"]) == 1
    assert "Discord rejected DISCORD_TOKEN" in one_sentence(capsys.readouterr())


def test_missing_privileged_intent(capsys, monkeypatch, server):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    server.close_on_identify = 4014
    assert main(["run"]) == 1
    assert "privileged intent" in one_sentence(capsys.readouterr())


def test_sharding_required_says_to_set_shard_count(capsys, monkeypatch, server):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    server.max_guilds_per_shard = 0  # more guilds than one shard may hold: close 4011
    assert main(["run", "--shard-count", "1"]) == 1
    assert "raise SHARD_COUNT" in one_sentence(capsys.readouterr())


def test_shard_options_are_checked(capsys, monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert main(["run", "--shard-ids", "0-1"]) == 1
    assert "--shard-ids needs --shard-count" in one_sentence(capsys.readouterr())
    assert main(["run", "--shard-count", "2", "--shard-ids", "2"]) == 1
    assert "--shard-ids must name shards from 0 to 1" in one_sentence(capsys.readouterr())


def test_a_server_that_refuses_the_commands_is_named(capsys, monkeypatch, server):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("DEV_GUILD_ID", "1200000000000000999")  # a server the bot is not in
    server.faults.append(
        Fault("PUT", r"/applications/\d+/guilds/\d+/commands", 403, body=MISSING_ACCESS)
    )
    assert main(["run"]) == 1
    sentence = one_sentence(capsys.readouterr())
    assert "DEV_GUILD_ID 1200000000000000999" in sentence and "Missing Access" in sentence
    assert "applications.commands" in sentence
