import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import write

QUESTION = "who supplies Myanmar's jets?"
SUPPLIER = "Russia, along with China, is a major supporter and arms **supplier**"


def test_qabot_alone_says_what_it_can_do(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: qabot") and "restore" in out and "Start with: qabot ask" in out


def test_ask_answers_from_the_bundled_corpus(capsys):
    assert main(["ask", QUESTION]) == 0
    out = capsys.readouterr().out
    quotes = [line for line in out.splitlines() if line.startswith("> ")]
    assert any(SUPPLIER in q for q in quotes[:2])
    assert any("fighter jets**" in q for q in quotes)
    assert "paragraph 3, sentence 1" in out


def test_the_readmes_example_is_what_ask_prints(capsys):
    # The first answer a newcomer reads, in the README, is the tool's own, word for word.
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split(f'$ qabot ask "{QUESTION}"\n', 1)[1].split("```", 1)[0]
    assert main(["ask", QUESTION]) == 0
    assert capsys.readouterr().out.strip() == example.strip()


def test_ask_reads_discord_markup_as_the_bot_does(capsys):
    assert main(["ask", QUESTION]) == 0
    plain = capsys.readouterr().out
    # A message pasted from Discord: a mention, bold, a custom emoji.
    assert main(["ask", "<@1234> who **supplies** Myanmar's jets? <:party:5678>"]) == 0
    assert capsys.readouterr().out == plain
    assert main(["ask", "<@1234> <:party:5678>"]) == 1
    assert "no word to search for" in capsys.readouterr().err


def test_ask_within_one_article_by_title_or_id(capsys, tmp_path):
    write(tmp_path, "zoo.md", "---\ntitle: Zoo news\n---\nSix elephants live at the zoo.\n")
    write(tmp_path, "circus.md", "---\ntitle: Circus\n---\nThe circus sold its elephants.\n")
    assert main(["ask", "elephants", "--corpus", str(tmp_path), "--article", "zoo NEWS"]) == 0
    out = capsys.readouterr().out
    assert "Six **elephants** live" in out and "circus" not in out
    assert main(["ask", "elephants", "--corpus", str(tmp_path), "--article", "circus.md"]) == 0
    assert "Zoo" not in capsys.readouterr().out


def test_ask_json_contract(capsys):
    assert main(["ask", QUESTION, "--json", "--top", "2"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["question"] == QUESTION
    assert len(record["results"]) == 2
    first = record["results"][0]
    assert set(first) >= {"text", "title", "source", "doc_id", "paragraph", "sentence", "score"}
    assert first["doc_id"] == "000_ca0daf8963f53742.txt"


def test_no_answer_gives_empty_results(capsys):
    assert main(["ask", "capital of France", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"] == []


def test_ask_prints_the_footer_an_embed_would_show(capsys):
    assert main(["ask", "fighterjets"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "-# Passage 1 of 1 · Read “fighterjets” as “fighter jets”"


def test_tldr_on_the_bundled_corpus_quotes_its_opening(capsys):
    assert main(["ask", "tl;dr", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["gist"] is True
    assert [(r["paragraph"], r["sentence"]) for r in record["results"]] == [(1, 1), (1, 2), (1, 3)]


def test_questions_from_stdin_one_json_object_a_line(capsys, monkeypatch):
    lines = f"{QUESTION}\n\n???\n{'x' * 600}\nelephants\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert main(["ask", "--json", "-"]) == 1  # one question was too long
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["question"][:8] for r in records] == [QUESTION[:8], "???", "x" * 8, "elephant"]
    assert records[1]["results"] == []
    assert "500" in records[2]["error"]
    assert records[3]["results"][0]["text"].startswith("In January, Myanmar gifted")


def test_sources_lists_the_articles(capsys):
    assert main(["sources"]) == 0
    assert "Myanmar junta leader arrives in Russia for official visit" in capsys.readouterr().out
    assert main(["sources", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing[0]["sentences"] == 24


def test_corpus_option_and_warnings_name_bad_files(capsys, tmp_path):
    write(tmp_path / "c", "a.md", "The circus got six elephants.")
    write(tmp_path / "c", "b.txt", "café".encode("latin-1"))
    assert main(["ask", "elephants", "--corpus", str(tmp_path / "c")]) == 0
    captured = capsys.readouterr()
    assert "six **elephants**" in captured.out
    assert "warning: b.txt: is not UTF-8" in captured.err


def test_a_web_page_left_in_the_corpus_is_named_with_how_to_add_its_article(capsys, tmp_path):
    corpus = tmp_path / "c"
    write(corpus, "a.md", "The circus got six elephants.")
    page = "<html><body><article><h1>Dam opens</h1><p>The new dam opened on Monday.</p>"
    write(corpus, "dam.html", page + "</article></body></html>")
    write(corpus, "notes.pdf", b"%PDF-1.4")
    write(corpus, "report.docx", b"PK\x03\x04")
    assert main(["index", "--corpus", str(corpus)]) == 0
    err = capsys.readouterr().err
    assert "dam.html: a web page, not an article file; skipped (`qabot add` or /add" in err
    assert "report.docx: a Word document, not an article file; skipped (`qabot add` or" in err
    assert (
        "notes.pdf: not an article file (expected .md, .markdown, .txt, .json, .jsonl); skipped"
        in err
    )


def test_corpus_from_environment(capsys, monkeypatch, tmp_path):
    write(tmp_path / "env-corpus", "a.md", "Only about nuclear power.")
    monkeypatch.setenv("CORPUS_DIR", str(tmp_path / "env-corpus"))
    assert main(["sources"]) == 0
    assert "a.md" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["ask", ""], "question is empty"),
        (["ask", "x" * 501], "the limit is 500"),
        (["ask", "q", "--corpus", "/no/such/dir"], "does not exist"),
        (["ask", "q", "--article", "Zoo news"], "no article 'Zoo news' in the corpus: give its"),
    ],
)
def test_errors_go_to_stderr_with_status_1(capsys, argv, message):
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "qabot: error: " in captured.err and message in captured.err


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["ask", "--help"], ["sources", "--help"], ["shell", "--help"], ["eval", "--help"]],
)
def test_help_everywhere(capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0
    assert "usage: qabot" in capsys.readouterr().out


def test_bad_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "q", "--top", "0"])
    assert exit_.value.code == 2
    assert "--top" in capsys.readouterr().err


def test_eval_reports_the_figures(capsys):
    data = Path(__file__).parent / "data"
    assert (
        main(["eval", str(data / "dev_questions.jsonl"), "--corpus", str(data / "seed"), "--json"])
        == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert figures["answerable"] + figures["no_answer_cases"] == figures["cases"]
    assert 0 < figures["success@1"] <= figures["success@3"] <= 1


def test_eval_asks_conversations_turn_by_turn(capsys, tmp_path):
    talks = tmp_path / "talks.jsonl"
    turns = [
        {"question": "who supplies Myanmar's jets?", "expected": ["arms supplier"]},
        {"question": "and China?", "expected": ["along with China"]},
        {"question": "what about elephants?", "expected": ["six elephants"]},
    ]
    talks.write_text(json.dumps({"turns": turns}) + "\n", encoding="utf-8")
    seed = Path(__file__).parent / "data" / "seed"
    assert main(["eval", str(talks), "--corpus", str(seed), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["cases"] == 3 and figures["success@1"] == 1.0
    # A turn missed is listed with the question asked before it.
    turns[1]["expected"] = ["never quoted"]
    talks.write_text(json.dumps({"turns": turns}) + "\n", encoding="utf-8")
    assert main(["eval", str(talks), "--corpus", str(seed), "--json"]) == 0
    failures = json.loads(capsys.readouterr().out)["failures"]
    assert [(f["question"], f["after"]) for f in failures] == [
        ("and China?", "who supplies Myanmar's jets?")
    ]


def test_installed_console_script_and_shell(tmp_path):
    qabot = Path(sys.executable).parent / "qabot"
    commands = "/help\n/ask who supplies Myanmar's jets?\nelephants\n/sources\n/reload\n/nope\n"
    done = subprocess.run(
        [str(qabot), "shell"],
        input=commands,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "24 sentences" in out
    assert SUPPLIER in out
    assert "six **elephants**" in out
    assert "Nothing changed: 1 article, 24 sentences." in out
    assert "Unknown command '/nope'" in out


def test_index_is_saved_then_loaded_and_rebuilt_when_the_corpus_changes(capsys, tmp_path):
    corpus = tmp_path / "c"
    write(corpus, "a.md", "Six elephants went to the circus.")
    assert main(["index", "--corpus", str(corpus)]) == 0
    assert "built the index (no saved index yet" in capsys.readouterr().out
    assert main(["ask", "elephants", "--corpus", str(corpus)]) == 0
    assert capsys.readouterr().err == ""  # loaded silently
    write(corpus, "b.md", "They signed a reactor deal.")
    assert main(["ask", "reactor", "--corpus", str(corpus)]) == 0
    captured = capsys.readouterr()
    assert "rebuilt the index: 1 file changed" in captured.err
    assert "**reactor**" in captured.out
    assert (tmp_path / ".qabot" / "index").is_dir()


def test_synonyms_are_listed_added_and_removed_as_by_the_moderators_command(
    tmp_path, capsys, monkeypatch
):
    corpus = tmp_path / "corpus"
    write(corpus, "moon.md", "---\ntitle: Moon\n---\nThe lander landed near the crater.")
    monkeypatch.setenv("CORPUS_DIR", str(corpus))
    assert main(["synonyms"]) == 0
    assert capsys.readouterr().out.startswith("No synonyms of this community yet.")
    assert main(["ask", "where did the probe land?"]) == 0
    assert "no article mentions “probe”" in capsys.readouterr().out
    assert main(["synonyms", "--add", "probe lander spacecraft", "--by", "tester"]) == 0
    assert "Added the synonyms **probe** · **lander** · **spacecraft**" in capsys.readouterr().out
    assert main(["ask", "where did the probe land?"]) == 0
    assert "The **lander landed**" in capsys.readouterr().out
    assert main(["synonyms", "--add", "probe"]) == 1
    assert "a group needs two different words at least" in capsys.readouterr().err
    assert main(["synonyms", "--remove", "spacecraft", "--by", "tester"]) == 0
    assert "Removed the synonyms" in capsys.readouterr().out
    assert main(["ask", "where did the probe land?"]) == 0
    assert "no article mentions “probe”" in capsys.readouterr().out
    assert main(["insights"]) == 0
    assert "tester added the synonyms *probe lander spacecraft*" in capsys.readouterr().out
    (corpus / ".synonyms.txt").unlink()
    (corpus / ".synonyms.txt").mkdir()  # where the file cannot be written
    assert main(["synonyms", "--add", "probe lander"]) == 1
    assert ".synonyms.txt cannot be written in the corpus folder (" in capsys.readouterr().err
    assert sorted(p.name for p in corpus.iterdir()) == [".synonyms.txt", "moon.md"]  # no litter


def test_add_remove_and_insights_as_the_moderators_commands(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus"
    write(corpus, "old.md", "---\ntitle: Old news\n---\nThe circus elephants performed.")
    monkeypatch.setenv("CORPUS_DIR", str(corpus))
    article = write(
        tmp_path, "laos.md", "---\ntitle: Dam collapse in Laos\n---\nA dam collapsed in Attapeu."
    )
    assert main(["add", str(article), "--by", "tester"]) == 0
    out = capsys.readouterr().out
    assert "Added *Dam collapse in Laos* (`dam-collapse-in-laos.md`): 1 sentence" in out
    assert "> A dam collapsed in Attapeu." in out
    assert main(["add", str(article)]) == 1  # the same text again
    assert "already in the corpus: “Dam collapse in Laos”" in capsys.readouterr().err
    assert main(["ask", "where did the dam collapse?"]) == 0
    assert "**dam collapsed**" in capsys.readouterr().out
    assert main(["article", "Dam collapse in Laos"]) == 0  # as a file, to correct
    shown = capsys.readouterr().out
    assert shown == "---\ntitle: Dam collapse in Laos\n---\nA dam collapsed in Attapeu.\n"
    fixed = write(tmp_path, "laos.md", shown.replace("Attapeu", "Sanamxay"))
    assert main(["add", str(fixed), "--replace"]) == 0  # the same title, a corrected text
    assert "It replaces *Dam collapse in Laos*" in capsys.readouterr().out
    assert main(["ask", "where did the dam collapse?"]) == 0
    assert "Sanamxay" in capsys.readouterr().out
    assert main(["remove", "Dam collapse in Laos", "--by", "tester"]) == 0
    assert "Removed *Dam collapse in Laos*" in capsys.readouterr().out
    assert (tmp_path / "removed" / "dam-collapse-in-laos-2.md").is_file()  # the second out
    assert main(["ask", "where did the dam collapse?"]) == 0
    assert "no answer" in capsys.readouterr().out
    assert main(["restore"]) == 0  # what can be brought back, the last removed first
    assert capsys.readouterr().out.splitlines()[1:] == [
        "• *Dam collapse in Laos* (`dam-collapse-in-laos-2.md`)",
        "• *Dam collapse in Laos* (`dam-collapse-in-laos.md`)",
    ]
    assert main(["restore", "dam-collapse-in-laos-2.md", "--by", "tester"]) == 0
    assert "Restored *Dam collapse in Laos* (`dam-collapse-in-laos.md`)" in capsys.readouterr().out
    assert main(["ask", "where did the dam collapse?"]) == 0
    assert "Sanamxay" in capsys.readouterr().out
    assert main(["restore", "Dam collapse in Laos"]) == 0  # the version it replaced
    assert "(`dam-collapse-in-laos-2.md`), since `dam-collapse-in-laos.md` is another" in (
        capsys.readouterr().out
    )
    # An article of a bulk file: its line goes out alone, and comes back to its place.
    write(corpus, "bulk.jsonl", '{"title": "Flood", "text": "The river flooded."}\n')
    assert main(["remove", "bulk.jsonl:1"]) == 0
    assert "(`/restore` brings it back)" in capsys.readouterr().out
    assert main(["restore", "Flood"]) == 0
    assert "Restored *Flood* (`bulk.jsonl:1`): 1 sentence." in capsys.readouterr().out
    assert main(["insights", "--days", "3"]) == 0
    out = capsys.readouterr().out
    assert "tester added *Dam collapse in Laos*" in out
    assert "tester removed *Dam collapse in Laos*" in out
    assert "tester restored *Dam collapse in Laos*" in out
    assert main(["forget", "7"]) == 0  # a member who asked by mail: none of theirs here
    assert capsys.readouterr().out.startswith("Done: your Discord id is off the 0 questions")
    assert main(["insights", "--csv"]) == 0
    assert capsys.readouterr().out.startswith("kind,count,question,detail,when")


def test_add_takes_several_files_and_names_those_it_could_not_add(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus"
    write(corpus, "old.md", "---\ntitle: Old news\n---\nThe circus elephants performed.")
    monkeypatch.setenv("CORPUS_DIR", str(corpus))
    laos = write(tmp_path, "laos.md", "---\ntitle: Dam in Laos\n---\nA dam collapsed.")
    again = write(tmp_path, "again.md", "---\ntitle: Old\n---\nThe circus elephants performed!")
    assert main(["add", str(laos), str(tmp_path / "gone.md"), str(again)]) == 1  # not all
    out = capsys.readouterr().out
    assert "Added *Dam in Laos* (`dam-in-laos.md`): 1 sentence" in out
    assert f"Not added: {tmp_path / 'gone.md'}: cannot be read (No such file or directory)" in (
        out.replace("\\", "")
    )
    assert "Not added: " in out and "is already in the corpus: “Old news” (old.md)." in out
    assert main(["add", str(again), str(tmp_path / "gone.md")]) == 1
    assert "none could be added" in capsys.readouterr().err


def test_add_refuses_a_private_address_unless_allowed(capsys):
    assert main(["add", "http://127.0.0.1:9/article"]) == 1
    err = capsys.readouterr().err
    assert "not a public internet address" in err and "ALLOW_PRIVATE_URLS=true" in err


def test_a_cold_ask_imports_only_what_answering_needs(tmp_path):
    """Most of a one-question run is imports (issue 15: a cold `qabot ask` within 0.5 s):
    asking from a saved index loads no event loop, database, builder, shell or Discord."""
    from tests.conftest import SEED_DIR

    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "CORPUS_DIR": str(SEED_DIR),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATABASE_PATH": str(tmp_path / "qabot.sqlite3"),
    }
    run = [sys.executable, "-c"]
    subprocess.run(
        [*run, "from bot.cli import main; main(['index'])"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
        check=True,
    )

    def cold_ask(question: str, modules: set[str]) -> tuple[str, str, str]:
        """A cold `qabot ask QUESTION`: its output, its errors, and which of ``modules``
        it imported."""
        script = (
            f"import sys; from bot.cli import main; main(['ask', {question!r}]); "
            f"print(sorted(m for m in sys.modules if m in {sorted(modules)!r}))"
        )
        done = subprocess.run(
            [*run, script], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        out, _, imported = done.stdout.rstrip("\n").rpartition("\n")
        return out, done.stderr, imported

    modules = {"asyncio", "sqlite3", "discord", "aiohttp", "concurrent.futures.process"}
    modules |= {"index.build", "index.chunks", "index.evaluation", "bot.shell", "bot.store"}
    out, errors, imported = cold_ask("who supplies Myanmar's jets?", modules)
    assert "**supplier**" in out and errors == ""  # answered from the saved index
    assert imported == "[]"
    # Nor, for a plainly English question it cannot answer, the language model (0.8 s).
    out, _, imported = cold_ask("what is the population of mars", {"py3langid"})
    assert "I found no answer" in out and imported == "[]"
    # Nor, for a hyphenated word (one word or two?), wordfreq: the index keeps its list.
    out, _, imported = cold_ask("Russian-made jets?", {"wordfreq", "simplemma"})
    assert "**Russian-made fighter jets**" in out and imported == "[]"


def test_ctrl_c_stops_a_command_without_a_traceback(tmp_path):
    import signal
    import time

    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATABASE_PATH": str(tmp_path / "qabot.sqlite3"),
    }

    def as_a_terminal_starts_it() -> None:
        # Ctrl-C heard, whatever this test process ignores or blocks: a child inherits
        # both, and a shell runs a command started with "&" with SIGINT ignored (the
        # suite run so, in the background, saw the shell deaf to it).
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    shell = subprocess.Popen(
        [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main(['shell']))"],
        env=env,
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_a_terminal_starts_it,
    )
    shell.stdin.write("elephants\n")
    shell.stdin.flush()
    assert "**elephants**" in shell.stdout.readline()  # the shell is up and waiting
    time.sleep(0.2)
    status = Path(f"/proc/{shell.pid}/status")
    signals = [ln for ln in status.read_text().splitlines() if ln.startswith("Sig")]
    threads = len(list(Path(f"/proc/{shell.pid}/task").iterdir()))
    shell.send_signal(signal.SIGINT)
    # Stopped by the signal alone: its input is closed only after (an end of input
    # first would end the shell as /quit does, and the test would race the two).
    try:
        stopped = shell.wait(timeout=30)
    except subprocess.TimeoutExpired:
        shell.kill()
        stopped = None
    out, err = shell.communicate(timeout=30)
    assert stopped == 130, (stopped, threads, signals, err[-2000:])
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_the_shell_at_a_terminal_edits_lines_and_keeps_their_history(tmp_path):
    """At a terminal the shell prompts, and the arrow keys recall and edit earlier lines."""
    import os
    import pty
    import select
    import signal
    import time

    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "TERM": "xterm",
        "INDEX_DIR": str(tmp_path / "index"),
        "DATABASE_PATH": str(tmp_path / "qabot.sqlite3"),
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: the shell on the terminal's other end
        os.chdir(tmp_path)
        os.execve(
            sys.executable,
            [
                sys.executable,
                "-c",
                "import sys; from bot.cli import main; sys.exit(main(['shell']))",
            ],
            {**env, "PYTHONPATH": str(Path(__file__).parent.parent)},
        )
    seen = b""

    def until(text: bytes) -> None:
        """Read the terminal until ``text``; what follows it is kept for the next call
        (readline redraws the prompt as a line is edited: a prompt seen before the answer
        is not the one after it)."""
        nonlocal seen
        while text not in seen:
            ready, _, _ = select.select([fd], [], [], 30)
            assert ready, seen.decode(errors="replace")[-500:]
            seen += os.read(fd, 4096)
        seen = seen.split(text, 1)[1]

    until(b"qabot> ")
    os.write(fd, b"elephants\r")
    until(b"**elephants**")
    until(b"qabot> ")
    # Up recalls "elephants"; Ctrl-A goes to the line's start, where "/ask " is typed.
    os.write(fd, b"\x1b[A\x01/ask \r")
    until(b"**elephants**")
    until(b"qabot> ")
    os.write(fd, b"\x04")  # Ctrl-D ends the shell
    for _ in range(300):  # 30 s: a shell that does not end fails the test, never hangs it
        ended, status = os.waitpid(pid, os.WNOHANG)
        if ended:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    assert ended and os.waitstatus_to_exitcode(status) == 0


def test_an_article_is_named_as_discord_names_it(capsys):
    # The bundled corpus: a part of only one title names it, as /ask article: takes it.
    assert main(["article", "junta leader"]) == 0
    assert capsys.readouterr().out.startswith("---\ntitle: Myanmar junta leader arrives")
    assert main(["ask", "who supplies jets?", "--article", "leader arrives"]) == 0
    assert "**supplier**" in capsys.readouterr().out
    assert main(["article", "zebras"]) == 1
    assert "no article 'zebras'" in capsys.readouterr().err


def test_articles_of_one_title_are_named_by_id(capsys, tmp_path):
    corpus = tmp_path / "c"
    write(corpus, "a.md", "---\ntitle: Update\npublished: 2024-01-02\n---\nThe dam opened.")
    write(corpus, "b.md", "---\ntitle: Update\npublished: 2024-02-03\n---\nThe bridge shut.")
    assert main(["sources", "--corpus", str(corpus)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed == [
        "**Update** · 2024-02-03 · 1 sentence · `b.md`",
        "**Update** · 2024-01-02 · 1 sentence · `a.md`",
    ]
    assert main(["article", "Update", "--corpus", str(corpus)]) == 1
    assert "2 articles answer to 'Update' (a.md, b.md): give one's id" in capsys.readouterr().err
    assert main(["ask", "tl;dr update", "--corpus", str(corpus)]) == 1
    assert "2 articles answer to 'update'" in capsys.readouterr().err
    assert main(["ask", "tl;dr", "--article", "b.md", "--corpus", str(corpus)]) == 0
    assert "The bridge shut." in capsys.readouterr().out
