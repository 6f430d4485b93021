"""An interactive prompt that takes the bot's commands and prints what the bot would post."""

from __future__ import annotations

from typing import TextIO

from index.answers import answer
from index.errors import QabotError

from . import render
from .library import Library
from .messages import describe

PROMPT = "qabot> "
COMMANDS = "/ask QUESTION, /sources, /reload, /help, /quit"


def run_shell(library: Library, top: int, stdin: TextIO, stdout: TextIO) -> int:
    """Read commands from ``stdin`` until /quit or end of input."""
    interactive = stdin.isatty()
    if interactive:
        print(f"qabot shell over {library.directory}. Commands: {COMMANDS}.", file=stdout)
    while True:
        if interactive:
            print(PROMPT, end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            return 0
        if line.strip():
            print(reply(library, line.strip(), top), end="\n\n", file=stdout, flush=True)


def reply(library: Library, line: str, top: int) -> str:
    """What the bot posts for one command line; errors become the message a user sees."""
    command, _, rest = line.partition(" ")
    if not command.startswith("/"):
        command, rest = "/ask", line  # like mentioning the bot with a question
    try:
        if command == "/ask":
            return render.answer_markdown(answer(library.index, rest, top=top))
        if command == "/sources":
            return "\n".join(render.sources_lines(library.index))
        if command == "/help":
            return render.help_markdown(library.index)
        if command == "/reload":
            return _reload(library)
    except QabotError as error:
        return f"Sorry: {render.escape(describe(error))}."
    return f"Unknown command {command!r}. Commands: {COMMANDS}."


def _reload(library: Library) -> str:
    try:
        return render.changes_markdown(library.reload())
    except QabotError as error:
        reason = render.escape(describe(error))
        return f"Reload failed: {reason}. The articles loaded before are still answering."
