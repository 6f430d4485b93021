import re
from pathlib import Path

import pytest

from bot.config import BUNDLED_CORPUS, NAMES, ConfigError, load_settings


def test_defaults_need_no_environment(tmp_path):
    settings = load_settings({}, env_file=tmp_path / "missing.env")
    assert settings.corpus_dir == BUNDLED_CORPUS
    assert settings.answer_count == 3


def test_environment_overrides_dotenv(tmp_path):
    env = tmp_path / ".env"
    env.write_text("CORPUS_DIR=/from/dotenv\nANSWER_COUNT=5\nDISCORD_TOKEN=secret-token\n")
    settings = load_settings({"ANSWER_COUNT": "2"}, env_file=env)
    assert str(settings.corpus_dir) == "/from/dotenv"
    assert settings.answer_count == 2
    assert settings.discord_token == "secret-token"
    assert "secret-token" not in repr(settings)


def test_discord_settings(tmp_path):
    settings = load_settings(
        {
            "DEV_GUILD_ID": "123",
            "MODERATOR_ROLE_IDS": "4, 5 6",
            "COOLDOWN_SECONDS": "2.5",
            "DATABASE_PATH": str(tmp_path / "x.db"),
            "DISCORD_API_URL": "http://127.0.0.1:8080/api/v10/",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:8081",
        },
        env_file=None,
    )
    assert settings.discord_api_url == "http://127.0.0.1:8080/api/v10"
    assert settings.discord_gateway_url == "ws://127.0.0.1:8081"
    assert settings.dev_guild_id == 123
    assert settings.moderator_role_ids == {4, 5, 6}
    assert settings.cooldown_seconds == 2.5
    assert settings.database_path == tmp_path / "x.db"
    assert load_settings({"KEEP_DAYS": "0"}, env_file=None).keep_days == 0  # kept for ever
    assert load_settings({}, env_file=None).keep_days == 365


@pytest.mark.parametrize(
    "name, value",
    [
        ("ANSWER_COUNT", "0"),
        ("ANSWER_COUNT", "many"),
        ("LOG_LEVEL", "LOUD"),
        ("DEV_GUILD_ID", "my-server"),
        ("MODERATOR_ROLE_IDS", "12,mods"),
        ("COOLDOWN_SECONDS", "-1"),
        ("COOLDOWN_SECONDS", "soon"),
        ("CORPUS_MAX_FILE_MB", "0"),
        ("CORPUS_MAX_FILE_MB", "big"),
        ("KEEP_DAYS", "-1"),
        ("KEEP_DAYS", "a year"),
        ("DISCORD_API_URL", "discord.example/api"),  # no scheme
        ("DISCORD_API_URL", "ws://127.0.0.1/api/v10"),  # the gateway's scheme
        ("DISCORD_GATEWAY_URL", "https://127.0.0.1"),
    ],
)
def test_bad_values_name_the_setting(tmp_path, name, value):
    with pytest.raises(ConfigError, match=name):
        load_settings({name: value}, env_file=None)


def test_env_example_names_every_setting_and_only_those():
    example = Path(__file__).resolve().parent.parent / ".env.example"
    named = re.findall(r"^([A-Z_]+)=", example.read_text(encoding="utf-8"), re.MULTILINE)
    assert sorted(named) == sorted(NAMES)


def test_shard_settings():
    base = {"SHARD_COUNT": "4"}
    assert load_settings(base, env_file=None).shard_ids is None
    settings = load_settings({**base, "SHARD_IDS": "0-1, 3"}, env_file=None)
    assert (settings.shard_count, settings.shard_ids, settings.syncs_commands) == (
        4,
        (0, 1, 3),
        True,
    )
    assert not load_settings({**base, "SHARD_IDS": "2,3"}, env_file=None).syncs_commands
    for bad, said in [
        ({"SHARD_IDS": "0"}, "SHARD_IDS needs SHARD_COUNT"),
        ({**base, "SHARD_IDS": "4"}, "from 0 to 3"),
        ({**base, "SHARD_IDS": "a-b"}, "like 0-3 or 0,2"),
        ({"SHARD_COUNT": "0"}, "SHARD_COUNT must be"),
    ]:
        with pytest.raises(ConfigError, match=said):
            load_settings(bad, env_file=None)
