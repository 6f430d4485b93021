"""The edge of qabot: settings, the Discord client, the CLI shim and rendering."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import QABot
    from .config import Settings
    from .served import ServedIndex


def create_bot(
    settings: Settings | None = None, served: ServedIndex | None = None, **client_options: Any
) -> QABot:
    """The production bot, not yet started, with ``settings`` (default: from the
    environment and .env); its index is loaded, or built and saved, here (or ``served``
    is the one loaded already, as in the processes `qabot run --processes` forks).

    ``client_options`` go to discord.Client (tests shorten ``guild_ready_timeout``).
    Raises QabotError when a setting or the corpus cannot be used.
    """
    # Imported here so that the CLI's other commands do not pay for importing discord.py.
    from .client import QABot
    from .config import load_settings
    from .cooldown import Cooldown
    from .curation import Curator
    from .served import ServedIndex
    from .service import AnswerService
    from .store import Store

    settings = settings or load_settings()
    if served is None:
        served = ServedIndex(
            settings.corpus_dir, settings.index_dir, max_file_bytes=settings.max_file_bytes
        )
        served.refresh()
    store = Store(settings.database_path)
    service = AnswerService(settings, served, store, Cooldown(settings.cooldown_seconds))
    curator = Curator(settings, served, store, service.reload_corpus)
    bot = QABot(settings=settings, service=service, curator=curator, **client_options)
    # What is loaded by now lives as long as the process: the garbage collector need not
    # walk it again, so its full collections stay short and never stall the event loop.
    gc.freeze()
    return bot
