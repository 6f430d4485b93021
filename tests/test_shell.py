import shutil

from bot.served import ServedIndex
from bot.shell import reply
from tests.conftest import write


def test_reply_runs_each_bot_command(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Circus\n---\nSix elephants went to the circus.\n")
    served = ServedIndex(tmp_path, tmp_path / ".index")
    assert "six **elephants**" in reply(served, "/ask how many elephants?", 3).lower()
    assert reply(served, "elephants", 3) == reply(served, "/ask elephants", 3)
    assert reply(served, "/sources", 3).startswith("**Circus**")
    assert "/ask" in reply(served, "/help", 3)
    assert reply(served, "/reload", 3).startswith("Nothing changed: 1 article(s)")


def test_a_failed_reload_is_explained_and_answers_continue(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "Six elephants went to the circus.")
    served = ServedIndex(corpus, tmp_path / ".index")
    served.refresh()
    shutil.rmtree(corpus)
    message = reply(served, "/reload", 3)
    assert "does not exist" in message and "still" in message
    assert "**elephants**" in reply(served, "elephants", 3)


def test_question_errors_are_kind_messages(tmp_path):
    write(tmp_path, "a.md", "Six elephants.")
    assert "question is empty" in reply(ServedIndex(tmp_path, tmp_path / ".index"), "/ask", 3)
