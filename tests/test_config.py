import pytest

from bot.config import BUNDLED_CORPUS, ConfigError, load_settings


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


@pytest.mark.parametrize(
    "name, value", [("ANSWER_COUNT", "0"), ("ANSWER_COUNT", "many"), ("LOG_LEVEL", "LOUD")]
)
def test_bad_values_name_the_setting(tmp_path, name, value):
    with pytest.raises(ConfigError, match=name):
        load_settings({name: value}, env_file=None)
