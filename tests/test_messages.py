import logging

from bot.messages import APOLOGY, Surface, describe, error_reply
from index.errors import CorpusMissing, IndexNotSaved, QuestionTooLong, SeveralArticles


def test_known_errors_are_said_kindly_and_escaped():
    reply = error_reply(QuestionTooLong(301, 300), "asking")
    assert reply.startswith("Sorry: the question is 301 characters long; the limit is 300")
    assert "/srv/my\\_corpus" in error_reply(CorpusMissing("/srv/my_corpus"), "asking")


def test_anything_else_is_logged_with_its_traceback_and_apologised_for(caplog):
    try:
        raise RuntimeError("boom at /srv/secret")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR):
            reply = error_reply(error, "answering a mention")
    assert reply == APOLOGY
    assert "answering a mention failed" in caplog.text and "boom at /srv/secret" in caplog.text
    assert caplog.records[0].exc_info is not None


def test_a_failed_reload_says_why_and_that_the_old_articles_answer(caplog):
    known = error_reply(CorpusMissing("corpus"), "reload", reloading=True)
    assert known.startswith("Reload failed: corpus directory 'corpus' does not exist")
    assert known.endswith("The articles loaded before are still answering.")
    with caplog.at_level(logging.ERROR):
        unknown = error_reply(KeyError("x"), "reload", reloading=True)
    assert "an unexpected error (KeyError)" in unknown and "still answering" in unknown


def test_each_surface_names_its_own_settings_and_options():
    missing = CorpusMissing("nowhere")
    assert "--corpus (or CORPUS_DIR)" in describe(missing, Surface.CLI)
    assert "--corpus" not in describe(missing, Surface.BOT) and "CORPUS_DIR" in describe(missing)
    assert "--corpus" not in str(missing) and "CORPUS_DIR" not in str(missing)
    assert "INDEX_DIR" in describe(IndexNotSaved("ix", "No space left on device"))
    several = SeveralArticles("update", [f"{n}.md" for n in range(7)])
    assert describe(several, Surface.CLI) == (
        "7 articles answer to 'update' (0.md, 1.md, 2.md, 3.md, 4.md, …): give one's id, "
        "as `qabot sources` lists them"
    )
    assert ".md" not in describe(several)  # members are not shown the corpus's files
    assert "suggestions tell them apart" in describe(several)
