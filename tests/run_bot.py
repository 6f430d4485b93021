"""`qabot run` against the local Discord server: ``python -m tests.run_bot REST_BASE
GATEWAY_URL ARGS...`` points discord.py at the given server (as the in-process tests do
with monkeypatch), then runs the qabot command with ARGS."""

from __future__ import annotations

import sys

import discord
import yarl

from bot.cli import main

if __name__ == "__main__":
    rest, gateway, *args = sys.argv[1:]
    discord.http.Route.BASE = rest
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    raise SystemExit(main(args))
