"""What the end-to-end tests of the bot share: members, the local Discord server and the
bot started against it (fixtures, registered by tests/conftest.py), and readers of what
the bot sent."""

from __future__ import annotations

import asyncio
import json
import logging
import shutil

import discord
import pytest
import yarl

from bot import create_bot
from bot.config import Settings, load_settings
from tests.discord_server import (
    GUILD_ID,
    MANAGE_GUILD,
    MODERATOR_ROLE_ID,
    TOKEN,
    FakeDiscord,
    Member,
)
from tests.news_site import NewsSite

ALICE = Member(1400000000000000001, "alice")
BOB = Member(1400000000000000002, "bob")
MODERATOR = Member(1400000000000000003, "mod", roles=(MODERATOR_ROLE_ID,))
ADMIN = Member(1400000000000000004, "admin", permissions=MANAGE_GUILD | (1 << 10) | (1 << 11))
QUESTION = "who supplies Myanmar's jets?"
SUPPLIER = "Russia, along with China, is a major supporter and arms **supplier**"


@pytest.fixture
async def server(monkeypatch):
    fake = FakeDiscord()
    await fake.start()
    monkeypatch.setattr(discord.http.Route, "BASE", fake.rest_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url)
    )
    yield fake
    await fake.stop()


@pytest.fixture
async def site():
    """The local news site (tests/news_site.py), for /add url:."""
    news = NewsSite()
    await news.start()
    yield news
    await news.stop()


@pytest.fixture
def corpus(tmp_path):
    from tests.conftest import SEED_FILE, write  # conftest imports this module

    directory = tmp_path / "corpus"
    directory.mkdir()
    shutil.copy(SEED_FILE, directory)
    write(
        directory,
        "circus.md",
        "---\ntitle: Circus news\n---\n"
        "Attention @everyone and <@&1200000000000000003>: the circus elephants "
        "performed again.\n",
    )
    return directory


@pytest.fixture
def settings(corpus, tmp_path) -> Settings:
    """The bot's settings as the environment would give them, read from no environment."""
    environ = {
        "DISCORD_TOKEN": TOKEN,
        "CORPUS_DIR": str(corpus),
        "DEV_GUILD_ID": str(GUILD_ID),
        "MODERATOR_ROLE_IDS": str(MODERATOR_ROLE_ID),
        "COOLDOWN_SECONDS": "0",
        "DATABASE_PATH": str(tmp_path / "qabot.sqlite3"),
        "INDEX_DIR": str(tmp_path / "index"),
        "ANSWER_COUNT": "3",
        # The tests' news site is on 127.0.0.1; its oversized page is 300 kB.
        "ALLOW_PRIVATE_URLS": "true",
        "CORPUS_MAX_FILE_MB": "0.1",
    }
    return load_settings(environ, env_file=None)


@pytest.fixture
async def bot(server, settings, caplog):
    caplog.set_level(logging.DEBUG)  # everything the bot and discord.py log, scanned below
    client = create_bot(settings, guild_ready_timeout=0.05)
    client.service.follow_seconds = 0.05
    task = asyncio.create_task(client.start(TOKEN))
    ready = asyncio.create_task(client.wait_until_ready())
    await asyncio.wait({task, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()  # start() failed: raise its error here
    assert ready.done(), "the bot did not become ready"
    yield client
    await client.close()
    await asyncio.wait_for(task, 10)
    assert_no_message_can_mention(server)
    records = caplog.get_records("setup") + caplog.get_records("call") + caplog.records
    logged = "\n".join(
        logging.Formatter().format(record) for record in records
    )  # messages, arguments and tracebacks alike
    assert_token_never_leaks(server, logged)


def assert_token_never_leaks(server: FakeDiscord, logged: str) -> None:
    """The token goes to Discord only to log in: never in a log line or a message."""
    assert logged and TOKEN not in logged
    sent = json.dumps([r.body for r in server.requests], default=str)
    assert TOKEN not in sent
    assert TOKEN not in json.dumps(list(server.messages.values()), default=str)


def assert_no_message_can_mention(server: FakeDiscord) -> None:
    """Every message the bot sent or edited, by any route, disabled all mentions."""
    for request in server.requests:
        body = request.body if isinstance(request.body, dict) else {}
        if request.path.endswith("/callback"):
            if body.get("type") not in (4, 7):
                continue
            body = body.get("data") or {}
        elif request.method not in ("POST", "PATCH") or not (
            "/messages" in request.path or request.path.startswith("/webhooks/")
        ):
            continue
        mentions = body.get("allowed_mentions")
        assert mentions is not None and mentions.get("parse") == [], (request.path, body)
        assert not mentions.get("users") and not mentions.get("roles")
        assert not mentions.get("replied_user")


def embed_text(message: dict) -> str:
    parts = []
    for embed in message["embeds"]:
        footer = (embed.get("footer") or {}).get("text", "")
        parts.append(f"{embed.get('title', '')}\n{embed.get('description', '')}\n{footer}")
    return "\n".join(parts)


def buttons(message: dict) -> dict[str, dict]:
    """Buttons by label (or emoji name)."""
    found = {}
    for row in message["components"]:
        for item in row["components"]:
            name = item.get("label") or item["emoji"]["name"]
            found[name] = item
    return found
