"""`qabot run`: start the bot, and end with one clear sentence when it cannot start."""

from __future__ import annotations

import asyncio
import logging
import sys

import aiohttp
import discord

from index.errors import QabotError

from .config import load_settings

log = logging.getLogger(__name__)


def run() -> int:
    """Run the bot until stopped; returns the exit status."""
    from . import create_bot

    try:
        settings = load_settings()
        if not settings.discord_token:
            return _fail(
                "DISCORD_TOKEN is not set: put the bot's token in the environment or in .env "
                "(see .env.example)."
            )
        bot = create_bot()
    except QabotError as error:
        return _fail(f"{error}.")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    try:
        asyncio.run(_serve(bot, settings.discord_token))
    except discord.LoginFailure:
        return _fail(
            "Discord rejected DISCORD_TOKEN: reset the token in the developer portal "
            "(Bot > Reset Token) and put the new one in .env."
        )
    except discord.PrivilegedIntentsRequired:
        return _fail(
            "Discord refused a privileged intent: turn it on in the developer portal "
            "(Bot > Privileged Gateway Intents) or remove it from the bot."
        )
    except (aiohttp.ClientConnectionError, OSError) as error:
        return _fail(f"cannot reach Discord ({type(error).__name__}); check the network.")
    except KeyboardInterrupt:
        pass
    finally:
        root.removeHandler(handler)
    return 0


async def _serve(bot: discord.Client, token: str) -> None:
    async with bot:
        await bot.start(token)


def _fail(sentence: str) -> int:
    print(f"qabot: error: {sentence}", file=sys.stderr)
    return 1
