"""The edge of qabot: settings, the Discord client, the CLI shim and rendering."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import QABot


def create_bot(**client_options: Any) -> QABot:
    """The production bot, configured from the environment and .env, not yet started.

    ``client_options`` go to discord.Client (tests shorten ``guild_ready_timeout``).
    Raises QabotError when a setting or the corpus cannot be used.
    """
    # Imported here so that the CLI's other commands do not pay for importing discord.py.
    from .client import QABot
    from .config import load_settings
    from .library import Library
    from .store import Store

    settings = load_settings()
    library = Library(
        settings.corpus_dir, settings.index_dir, max_file_bytes=settings.max_file_bytes
    )
    library.reload()
    return QABot(
        settings=settings, library=library, store=Store(settings.database_path), **client_options
    )
