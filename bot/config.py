"""Settings from the environment and .env, checked once at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import dotenv_values

from index.answers import DEFAULT_TOP
from index.errors import QabotError

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DEFAULT_DATABASE = Path(".qabot") / "qabot.sqlite3"
DEFAULT_INDEX_DIR = Path(".qabot") / "index"
MAX_ANSWER_COUNT = 10
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# Every setting read from the environment or .env (.env.example explains each).
NAMES = (
    "DISCORD_TOKEN",
    "DEV_GUILD_ID",
    "MODERATOR_ROLE_IDS",
    "CORPUS_DIR",
    "CORPUS_MAX_FILE_MB",
    "ANSWER_COUNT",
    "COOLDOWN_SECONDS",
    "DATABASE_PATH",
    "KEEP_DAYS",
    "INDEX_DIR",
    "LOG_LEVEL",
    "REMOVED_DIR",
    "ALLOW_PRIVATE_URLS",
    "SHARD_COUNT",
    "SHARD_IDS",
    "DISCORD_API_URL",
    "DISCORD_GATEWAY_URL",
)


class ConfigError(QabotError):
    """A setting has a value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Every setting; see .env.example for what each one means."""

    corpus_dir: Path = BUNDLED_CORPUS
    answer_count: int = DEFAULT_TOP
    log_level: str = "INFO"
    discord_token: str = field(default="", repr=False)  # never printed
    dev_guild_id: int | None = None
    moderator_role_ids: frozenset[int] = frozenset()
    cooldown_seconds: float = 5.0
    database_path: Path = DEFAULT_DATABASE
    keep_days: int = 365  # questions and votes older than this are deleted; 0: kept
    index_dir: Path = DEFAULT_INDEX_DIR
    corpus_max_file_mb: float = 50.0
    removed_dir: Path | None = None  # None: "removed" beside the corpus folder
    allow_private_urls: bool = False
    shard_count: int | None = None  # None: as many as Discord recommends
    shard_ids: tuple[int, ...] | None = None  # the shards this process serves; None: all
    # A Discord-compatible server instead of Discord ("": Discord's own addresses).
    discord_api_url: str = ""
    discord_gateway_url: str = ""

    @property
    def syncs_commands(self) -> bool:
        """Whether this process syncs the commands: the one serving shard 0 (or all)."""
        return self.shard_ids is None or 0 in self.shard_ids

    @property
    def max_file_bytes(self) -> int:
        return int(self.corpus_max_file_mb * 1024 * 1024)

    @property
    def removed_folder(self) -> Path:
        """Where /remove moves articles (and /restore finds them): REMOVED_DIR, else
        "removed" beside the corpus."""
        return self.removed_dir or self.corpus_dir.parent / "removed"


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | str | None = ".env"
) -> Settings:
    """Settings from ``environ`` (default: the process environment) over ``env_file``."""
    values: dict[str, str | None] = {}
    if env_file is not None and Path(env_file).is_file():
        values.update(dotenv_values(env_file))
    values.update(os.environ if environ is None else environ)

    def get(name: str) -> str:
        assert name in NAMES, name  # a new setting is named in NAMES and .env.example
        return (values.get(name) or "").strip()

    corpus, database, index_dir = get("CORPUS_DIR"), get("DATABASE_PATH"), get("INDEX_DIR")
    guild = get("DEV_GUILD_ID")
    return Settings(
        corpus_dir=Path(corpus).expanduser() if corpus else BUNDLED_CORPUS,
        answer_count=_count("ANSWER_COUNT", get("ANSWER_COUNT"), DEFAULT_TOP),
        log_level=_log_level(get("LOG_LEVEL")),
        discord_token=get("DISCORD_TOKEN"),
        dev_guild_id=_snowflake("DEV_GUILD_ID", guild) if guild else None,
        moderator_role_ids=frozenset(
            _snowflake("MODERATOR_ROLE_IDS", part)
            for part in get("MODERATOR_ROLE_IDS").replace(",", " ").split()
        ),
        cooldown_seconds=_seconds("COOLDOWN_SECONDS", get("COOLDOWN_SECONDS"), 5.0),
        database_path=Path(database).expanduser() if database else DEFAULT_DATABASE,
        keep_days=_days("KEEP_DAYS", get("KEEP_DAYS")),
        index_dir=Path(index_dir).expanduser() if index_dir else DEFAULT_INDEX_DIR,
        corpus_max_file_mb=_megabytes("CORPUS_MAX_FILE_MB", get("CORPUS_MAX_FILE_MB")),
        removed_dir=Path(removed).expanduser() if (removed := get("REMOVED_DIR")) else None,
        allow_private_urls=_flag("ALLOW_PRIVATE_URLS", get("ALLOW_PRIVATE_URLS")),
        **shards(get("SHARD_COUNT"), get("SHARD_IDS")),
        discord_api_url=_url("DISCORD_API_URL", get("DISCORD_API_URL"), ("https", "http")),
        discord_gateway_url=_url("DISCORD_GATEWAY_URL", get("DISCORD_GATEWAY_URL"), ("wss", "ws")),
    )


def shards(count: str, ids: str, names: tuple[str, str] = ("SHARD_COUNT", "SHARD_IDS")) -> dict:
    """``shard_count`` and ``shard_ids`` from their written forms ("4", "0-1,3"); the
    ``names`` of the setting or option are those an error names.

    >>> shards("4", "0-1,3")
    {'shard_count': 4, 'shard_ids': (0, 1, 3)}
    """
    count_name, ids_name = names
    total = None
    if count:
        if not count.isdigit() or not 1 <= int(count) <= 100_000:
            raise ConfigError(
                f"{count_name} must be a whole number of shards from 1, not {count!r}"
            )
        total = int(count)
    if not ids:
        return {"shard_count": total, "shard_ids": None}
    if total is None:
        raise ConfigError(
            f"{ids_name} needs {count_name}: set both, so that the processes split the "
            "same number of shards"
        )
    chosen: set[int] = set()
    for part in ids.replace(" ", "").split(","):
        low, dash, high = part.partition("-")
        if not low.isdigit() or (dash and not high.isdigit()):
            raise ConfigError(f"{ids_name} must be shard numbers like 0-3 or 0,2, not {ids!r}")
        chosen.update(range(int(low), int(high if dash else low) + 1))
    if not chosen or max(chosen) >= total:
        raise ConfigError(f"{ids_name} must name shards from 0 to {total - 1}, not {ids!r}")
    return {"shard_count": total, "shard_ids": tuple(sorted(chosen))}


def _flag(name: str, raw: str) -> bool:
    value = raw.lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def _count(name: str, raw: str, default: int) -> int:
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_ANSWER_COUNT:
        raise ConfigError(
            f"{name} must be a whole number from 1 to {MAX_ANSWER_COUNT}, not {raw!r}"
        )
    return int(raw)


def _snowflake(name: str, raw: str) -> int:
    if not raw.isdigit():
        raise ConfigError(
            f"{name} must hold Discord ids (numbers; right-click > Copy ID), not {raw!r}"
        )
    return int(raw)


def _seconds(name: str, raw: str, default: float) -> float:
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1
    if not 0 <= value <= 3600:
        raise ConfigError(f"{name} must be a number of seconds from 0 to 3600, not {raw!r}")
    return value


def _days(name: str, raw: str) -> int:
    if not raw:
        return 365
    if not raw.isdigit() or int(raw) > 36_500:
        raise ConfigError(
            f"{name} must be a whole number of days (0 keeps everything), not {raw!r}"
        )
    return int(raw)


def _megabytes(name: str, raw: str) -> float:
    if not raw:
        return 50.0
    try:
        value = float(raw)
    except ValueError:
        value = 0
    if not 0 < value <= 10_000:
        raise ConfigError(f"{name} must be a number of megabytes above 0, not {raw!r}")
    return value


def _url(name: str, raw: str, schemes: tuple[str, str]) -> str:
    """A server's address, as written (without a trailing slash); "" if unset."""
    if not raw:
        return ""
    parts = urlsplit(raw)
    if parts.scheme not in schemes or not parts.hostname:
        raise ConfigError(
            f"{name} must be a {schemes[0]}:// (or {schemes[1]}://) address of a "
            f"Discord-compatible server, not {raw!r}; leave it empty for Discord"
        )
    return raw.rstrip("/")


def _log_level(raw: str) -> str:
    level = raw.upper() or "INFO"
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {raw!r}")
    return level
