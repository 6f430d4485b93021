"""An interactive prompt that takes the bot's commands and prints what the bot would post."""

from __future__ import annotations

from typing import TextIO

from index.answers import answer

from . import render
from .messages import error_reply
from .served import ServedIndex

PROMPT = "qabot> "
COMMANDS = "/ask QUESTION, /sources, /reload, /help, /quit"


def run_shell(served: ServedIndex, top: int, stdin: TextIO, stdout: TextIO) -> int:
    """Read commands from ``stdin`` until /quit or end of input."""
    interactive = stdin.isatty()
    if interactive:
        print(f"qabot shell over {served.corpus_dir}. Commands: {COMMANDS}.", file=stdout)
    while True:
        if interactive:
            print(PROMPT, end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            return 0
        if line.strip():
            print(reply(served, line.strip(), top), end="\n\n", file=stdout, flush=True)


def reply(served: ServedIndex, line: str, top: int) -> str:
    """What the bot posts for one command line; errors get the bot's replies to them."""
    command, _, rest = line.partition(" ")
    if not command.startswith("/"):
        command, rest = "/ask", line  # like mentioning the bot with a question
    if command == "/reload":
        try:
            return render.changes_markdown(served.refresh())
        except Exception as error:
            return error_reply(error, "reload", reloading=True)
    try:
        if command == "/ask":
            result = answer(served.index, rest, top=top)
            return render.answer_markdown(result, render.foreign(served.index, result))
        if command == "/sources":
            return "\n".join(render.sources_lines(served.index))
        if command == "/help":
            return render.help_markdown(served.index, moderator=True)
    except Exception as error:
        return error_reply(error, f"shell command {command!r}")
    return f"Unknown command {command!r}. Commands: {COMMANDS}."
