"""`qabot run`: start the bot, and end with one clear sentence when it cannot start."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Iterator
from dataclasses import replace

import aiohttp
import discord
import yarl

from index.errors import QabotError

from .config import Settings, load_settings, shards
from .served import ServedIndex

log = logging.getLogger(__name__)


def run(shard_count: str = "", shard_ids: str = "", processes: int = 1) -> int:
    """Run the bot until stopped; returns the exit status. ``shard_count`` and
    ``shard_ids`` (qabot run's options, as written) win over the settings; with
    ``processes`` over 1, that many bot processes share the shards (bot/processes.py)."""
    try:
        settings = load_settings()
        if shard_count or shard_ids:
            count = shard_count or str(settings.shard_count or "")
            names = ("--shard-count", "--shard-ids")
            settings = replace(settings, **shards(count, shard_ids, names))
        if not settings.discord_token:
            return _fail(
                "DISCORD_TOKEN is not set: put the bot's token in the environment or in .env "
                "(see .env.example)."
            )
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)-8s %(process)d %(name)s: %(message)s")
        )
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(settings.log_level)
        try:
            if processes > 1:
                from .processes import run_processes

                return run_processes(settings, processes, serve)
            return serve(settings)
        finally:
            root.removeHandler(handler)
    except QabotError as error:
        return _fail(f"{error}.")


def serve(settings: Settings, served: ServedIndex | None = None) -> int:
    """One bot process, until stopped; its exit status, with one sentence if it fails."""
    from . import create_bot

    try:
        bot = create_bot(settings, served)
    except QabotError as error:
        return _fail(f"{error}.")
    try:
        with _pointed_at(settings):
            asyncio.run(_serve(bot, settings.discord_token))
    except discord.LoginFailure:
        return _fail(
            "Discord rejected DISCORD_TOKEN: reset the token in the developer portal "
            "(Bot > Reset Token) and put the new one in .env."
        )
    except discord.ConnectionClosed as error:
        if error.code != 4011:
            return _fail(f"Discord closed the connection (code {error.code}); see the log.")
        return _fail(
            "Discord requires more shards for a bot in this many servers (close code 4011): "
            "raise SHARD_COUNT, or leave it unset to use Discord's recommendation."
        )
    except discord.PrivilegedIntentsRequired:
        return _fail(
            "Discord refused a privileged intent: turn it on in the developer portal "
            "(Bot > Privileged Gateway Intents) or remove it from the bot."
        )
    except (aiohttp.ClientConnectionError, OSError) as error:
        if settings.discord_api_url or settings.discord_gateway_url:
            return _fail(
                f"cannot reach the server of DISCORD_API_URL or DISCORD_GATEWAY_URL "
                f"({type(error).__name__}); check that it runs, or leave both empty for Discord."
            )
        return _fail(f"cannot reach Discord ({type(error).__name__}); check the network.")
    except QabotError as error:  # a setting Discord refused (bot/client.py)
        return _fail(f"{error}.")
    except KeyboardInterrupt:
        pass
    return 0


@contextlib.contextmanager
def _pointed_at(settings: Settings) -> Iterator[None]:
    """discord.py talks to the Discord-compatible server of DISCORD_API_URL and
    DISCORD_GATEWAY_URL, if set, while the bot runs (discord.py reads both from class
    attributes; they are put back after)."""
    route, socket = discord.http.Route, discord.gateway.DiscordWebSocket
    before = route.BASE, socket.DEFAULT_GATEWAY
    if settings.discord_api_url:
        route.BASE = settings.discord_api_url
        log.info("using the Discord-compatible server at %s", settings.discord_api_url)
    if settings.discord_gateway_url:
        socket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)
    try:
        yield
    finally:
        route.BASE, socket.DEFAULT_GATEWAY = before


async def _serve(bot: discord.Client, token: str) -> None:
    async with bot:
        await bot.start(token)


def _fail(sentence: str) -> int:
    print(f"qabot: error: {sentence}", file=sys.stderr)
    return 1
