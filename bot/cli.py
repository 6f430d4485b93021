"""The qabot command: ask, sources, article, shell, eval, index, the moderators' add,
remove, restore, synonyms and insights, forget, and run; over the same functions as the bot."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from index.answers import DEFAULT_TOP, answer, article_linked
from index.errors import QabotError
from index.index import Index
from index.refresh import Action

from . import render
from .config import MAX_ANSWER_COUNT, Settings, load_settings
from .insights import DEFAULT_DAYS, MAX_DAYS
from .markup import no_names, read_typed
from .messages import Surface, describe, refreshed
from .progress import progress_bar
from .served import ServedIndex
from .titles import article_named, gist_article

# What only some commands use is imported by them: a cold `qabot ask` imports what
# answering needs (issue 15: at most 0.5 s in all), not asyncio, SQLite or the shell.


def main(argv: Sequence[str] | None = None) -> int:
    """Run one qabot command; returns the exit status."""
    parser = _parser()
    if not (sys.argv[1:] if argv is None else argv):  # `qabot` alone: what it can do
        parser.print_help()
        return 0
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        if getattr(args, "corpus", None):
            settings = replace(settings, corpus_dir=Path(args.corpus))
        return args.command(args, settings)
    except QabotError as error:
        print(f"qabot: error: {describe(error, Surface.CLI)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (qabot ... | head): not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:  # Ctrl-C: stopped as asked, no traceback (a saved index is
        print(file=sys.stderr)  # only ever replaced whole, so none is left half written)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qabot",
        description="Answer questions from a corpus of news articles by quoting the "
        "sentences that answer them, as the Discord bot would.",
        epilog='Start with: qabot ask "who supplies Myanmar\'s jets?", or qabot shell. '
        "qabot COMMAND -h tells more of each.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    corpus = argparse.ArgumentParser(add_help=False)
    corpus.add_argument(
        "--corpus",
        metavar="DIR",
        help="the folder of article files "
        "(default: CORPUS_DIR from the environment or .env, else the bundled corpus/)",
    )

    ask = commands.add_parser(
        "ask",
        parents=[corpus],
        help="answer a question",
        description="Print the passages that answer QUESTION.",
    )
    ask.add_argument(
        "question",
        metavar="QUESTION",
        help="the question; '-' reads questions from standard input, one a line",
    )
    ask.add_argument(
        "--top",
        type=_top,
        metavar="K",
        help=f"how many passages to quote, 1-{MAX_ANSWER_COUNT} "
        f"(default: ANSWER_COUNT or {DEFAULT_TOP})",
    )
    ask.add_argument(
        "--article",
        metavar="ARTICLE",
        default="",
        help="answer from this article only: its id or title as `qabot sources` shows, its "
        "link, or a part of only one title (as /ask article:)",
    )
    ask.add_argument(
        "--json",
        action="store_true",
        help='print {"question": ..., "results": [...]} (one object a line)',
    )
    ask.set_defaults(command=_ask)

    sources = commands.add_parser(
        "sources",
        parents=[corpus],
        help="list the articles",
        description="List the articles in the corpus.",
    )
    sources.add_argument("--json", action="store_true", help="print a JSON list")
    sources.set_defaults(command=_sources)

    article = commands.add_parser(
        "article",
        parents=[corpus],
        help="print an article whole, as a .md file (as /article attaches it)",
        description="Print ARTICLE (its id, as `qabot sources` shows, its title, or a part "
        "of only one title) as "
        "a .md file the corpus reads back the same: correct it and `qabot add FILE "
        "--replace` to put it in place.",
    )
    article.add_argument("article", metavar="ARTICLE")
    article.set_defaults(command=_article)

    shell = commands.add_parser(
        "shell",
        parents=[corpus],
        help="type the bot's commands and see its replies",
        description="An interactive prompt: /ask QUESTION, /sources, /reload, /help, /quit. "
        "A line without a command is a question.",
    )
    shell.set_defaults(command=_shell)

    evaluation = commands.add_parser(
        "eval",
        parents=[corpus],
        help="measure answer quality on a question set",
        description='FILE is JSONL: {"question": ..., "expected": ["substring", ...]} a line; '
        '"expected": [] means the corpus holds no answer. Or conversations, {"turns": '
        '[{"question": ..., "expected": [...]}, ...]} a line: each turn is asked after those '
        "before it, as in a DM (follow-ups read as the bot reads them), and counts as a "
        "question.",
    )
    evaluation.add_argument("file", metavar="FILE")
    evaluation.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluation.set_defaults(command=_eval)

    index = commands.add_parser(
        "index",
        parents=[corpus],
        help="build and save the index of the corpus",
        description="Build the index of the corpus and save it (under INDEX_DIR, default "
        ".qabot/index). The other commands and the bot load the saved index, and rebuild "
        "it by themselves, re-reading only changed files, when the corpus has changed.",
    )
    index.set_defaults(command=_index)

    add = commands.add_parser(
        "add",
        parents=[corpus],
        help="add articles from files or links (as /add)",
        description="Add the article(s) of each FILE (.md, .txt, .docx, .json, .jsonl, .html) "
        "or web page at URL to the corpus as .md files, then refresh the index once; the same "
        "checks as /add. Of several, those that cannot be added are named, the others added.",
    )
    add.add_argument("source", metavar="FILE|URL", nargs="+")
    add.add_argument(
        "--by", metavar="NAME", help="who adds it, for the audit (default: your user name)"
    )
    add.add_argument(
        "--replace",
        action="store_true",
        help="put it in the place of the article with the same link or title (an update: "
        "that one goes to the removed folder)",
    )
    add.set_defaults(command=_add)

    remove = commands.add_parser(
        "remove",
        parents=[corpus],
        help="move an article to the removed folder (as /remove)",
        description="Move ARTICLE (its id, as `qabot sources` shows, or its exact title) "
        "out of the corpus into the removed folder (REMOVED_DIR), then refresh the index.",
    )
    remove.add_argument("article", metavar="ARTICLE")
    remove.add_argument("--by", metavar="NAME", help="who removes it (default: your user name)")
    remove.set_defaults(command=_remove)

    restore = commands.add_parser(
        "restore",
        parents=[corpus],
        help="bring back an article removed before (as /restore)",
        description="Move ARTICLE (its file in the removed folder, REMOVED_DIR, or its title) "
        "back into the corpus, then refresh the index. Without ARTICLE, list what can be "
        "restored, the last removed first.",
    )
    restore.add_argument("article", metavar="ARTICLE", nargs="?", default="")
    restore.add_argument("--by", metavar="NAME", help="who restores it (default: your user name)")
    restore.set_defaults(command=_restore)

    synonyms = commands.add_parser(
        "synonyms",
        parents=[corpus],
        help="words members use for what the articles write otherwise (as /synonyms)",
        description="List the community's synonym groups (kept in the corpus folder's "
        ".synonyms.txt), or add or remove one: a question with one word of a group finds "
        "passages with the others too, weighted below the word itself. A running bot "
        "serves a change within 2 seconds.",
    )
    change = synonyms.add_mutually_exclusive_group()
    change.add_argument("--add", metavar="WORDS", help='a group: "probe lander spacecraft"')
    change.add_argument("--remove", metavar="WORDS", help="a group to take out (one of its words)")
    synonyms.add_argument("--by", metavar="NAME", help="who changes them (default: your user name)")
    synonyms.set_defaults(command=_synonyms)

    insights = commands.add_parser(
        "insights",
        parents=[corpus],
        help="what members asked and what went unanswered (as /insights)",
        description="From the bot's SQLite file (DATABASE_PATH), over all servers: questions "
        "asked, the share answered, unanswered questions grouped, answers marked 👎, the most "
        "asked questions, and who added, replaced, removed or restored articles.",
    )
    insights.add_argument(
        "--days", type=_days, default=DEFAULT_DAYS, metavar="N", help="over N days (default 7)"
    )
    insights.add_argument("--csv", action="store_true", help="print the lists as CSV")
    insights.set_defaults(command=_insights)

    forget = commands.add_parser(
        "forget",
        help="delete a member's votes and take their id off their questions (as /forget)",
        description="For a member who asks elsewhere (by mail) what /forget does: in the "
        "bot's SQLite file (DATABASE_PATH), take USER_ID (their Discord id: right-click > "
        "Copy User ID) off the questions they asked and delete their votes; prints what "
        "to tell them.",
    )
    forget.add_argument("user_id", metavar="USER_ID", type=_user_id)
    forget.set_defaults(command=_forget)

    bot = commands.add_parser(
        "run",
        help="start the Discord bot",
        description="Start the Discord bot with the settings from the environment and .env "
        "(DISCORD_TOKEN, CORPUS_DIR, ...; see .env.example).",
    )
    bot.add_argument(
        "--shard-count",
        metavar="N",
        default="",
        help="the total number of shards (default: SHARD_COUNT, else Discord's recommendation)",
    )
    bot.add_argument(
        "--shard-ids",
        metavar="IDS",
        default="",
        help="the shards this process serves, e.g. 0-3 or 0,2 (default: SHARD_IDS, else all)",
    )
    bot.add_argument(
        "--processes",
        type=_processes,
        default=1,
        metavar="N",
        help="run N bot processes sharing the shards and one loaded index (default 1)",
    )
    bot.set_defaults(command=_run)
    return parser


def _top(raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_ANSWER_COUNT:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_ANSWER_COUNT}")
    return int(raw)


def _processes(raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= 64:
        raise argparse.ArgumentTypeError("must be a whole number from 1 to 64")
    return int(raw)


def _user_id(raw: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 2**64:
        raise argparse.ArgumentTypeError("must be a Discord user id (a number)")
    return int(raw)


def _days(raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_DAYS}")
    return int(raw)


def _add(args: argparse.Namespace, settings: Settings) -> int:
    from . import reports
    from .curation import curating  # aiohttp: only adding and removing need it

    who = args.by or f"{getpass.getuser()} (cli)"
    served = _served(settings, announce=False)
    added = curating(settings, served, lambda c: c.add_sources(args.source, who, args.replace))
    print(reports.added_markdown(added))
    return 0 if all(not a.problem for a in added.articles) and not added.not_added else 1


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    from . import reports
    from .curation import curating

    who = args.by or getpass.getuser()
    served = _served(settings, announce=False)
    removed = curating(settings, served, lambda c: c.remove(args.article, who))
    print(reports.removed_markdown(removed))
    return 0


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    from .service import Forgotten
    from .store import Store

    store = Store(settings.database_path)
    try:
        questions, votes = store.forget_member(args.user_id)
    finally:
        store.close()
    print(render.forgotten_markdown(Forgotten(questions, votes, settings.keep_days)))
    return 0


def _restore(args: argparse.Namespace, settings: Settings) -> int:
    from . import reports
    from .curation import curating
    from .removed import RemovedFolder

    if not args.article:
        removed = RemovedFolder(settings.corpus_dir, settings.removed_folder)
        print(reports.removed_markdown_list(removed.articles()))
        return 0
    who = args.by or getpass.getuser()
    served = _served(settings, announce=False)
    restored = curating(settings, served, lambda c: c.restore(args.article, who))
    print(reports.added_markdown(restored))
    return 0 if all(not a.problem for a in restored.articles) else 1


def _synonyms(args: argparse.Namespace, settings: Settings) -> int:
    from . import reports
    from .curation import curating

    served = _served(settings, announce=False)
    if args.add is None and args.remove is None:
        print(reports.synonyms_markdown(served.regroup()))
        return 0
    who = args.by or getpass.getuser()
    if args.add is not None:
        done = curating(settings, served, lambda c: c.add_synonyms(args.add, who))
    else:
        done = curating(settings, served, lambda c: c.remove_synonyms(args.remove, who))
    print(reports.regrouped_markdown(done))
    return 0


def _insights(args: argparse.Namespace, settings: Settings) -> int:
    from . import reports
    from .insights import gathered, insights_csv

    found = gathered(settings.database_path, _open(settings), args.days)
    print(insights_csv(found) if args.csv else reports.insights_markdown(found), end="")
    if not args.csv:
        print()
    return 0


def _served(settings: Settings, announce: bool = True) -> ServedIndex:
    """The corpus index, loaded or (re)built and saved, saying so when it was built."""
    served = ServedIndex(
        settings.corpus_dir, settings.index_dir, progress_bar(), settings.max_file_bytes
    )
    served.refresh()
    assert served.last is not None
    if announce and served.last.action is not Action.LOADED:
        print(f"qabot: {refreshed(served.last)}", file=sys.stderr)
    for problem in served.index.problems:
        print(f"qabot: warning: {render.problem_text(problem)}", file=sys.stderr)
    return served


def _open(settings: Settings) -> Index:
    return _served(settings).index


def _index(args: argparse.Namespace, settings: Settings) -> int:
    served = _served(settings, announce=False)
    assert served.last is not None
    print(f"{refreshed(served.last)}; saved in {served.saved}")
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    index = _open(settings)
    top = args.top or settings.answer_count
    within = ""
    if args.article:
        within = article_named(index, args.article).id
    if args.question != "-":
        _print_answer(index, args.question, top, args.json, sys.stdout, within)
        return 0
    status = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            _print_answer(index, line, top, args.json, sys.stdout, within)
        except QabotError as error:
            status = 1
            message = describe(error, Surface.CLI)
            if args.json:
                record = {"question": line.strip(), "results": [], "error": message}
                print(json.dumps(record, ensure_ascii=False), flush=True)
            else:
                print(f"qabot: error: {message}", file=sys.stderr)
    return status


def _print_answer(
    index: Index, question: str, top: int, as_json: bool, out: TextIO, within: str = ""
) -> None:
    # As the bot reads them: Discord's markup out ("<@1>", "**jets**"), then within the
    # article a link or a title names ("<link>", "tl;dr Warsaw"), said in the footer.
    typed = read_typed(question, no_names)
    question = typed.question
    linked = article_linked(index, question, typed.links)
    within = within or linked or gist_article(index, question)
    result = answer(index, question, top=top, within=within)
    if as_json:
        print(json.dumps(render.answer_json(result), ensure_ascii=False), file=out, flush=True)
    else:
        text = render.answer_markdown(result, render.foreign(index, result))
        title = (index.articles[within].title or within) if within else ""
        notes = [render.page_label(result)] if result.found else []
        notes += render.answer_notes(within=title, answer=result)
        print(render.footed(text, notes), end="\n\n", file=out, flush=True)


def _article(args: argparse.Namespace, settings: Settings) -> int:
    index = _open(settings)
    info = article_named(index, args.article)
    print(render.article_file(info, index.paragraphs(info.id)), end="")
    return 0


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    index = _open(settings)
    if args.json:
        listing = [
            {
                "doc_id": a.id,
                "title": a.title,
                "source": a.source,
                "published": a.published,
                "author": a.author,
                "path": a.path,
                "sentences": len(index.spans[a.id]),
            }
            for a in index.articles.values()
        ]
        print(json.dumps(listing, ensure_ascii=False, indent=2))
    else:
        print("\n".join(render.sources_lines(index, files=True)))  # a maintainer's view
    return 0


def _shell(args: argparse.Namespace, settings: Settings) -> int:
    from .shell import run_shell

    return run_shell(settings, _served(settings), sys.stdin, sys.stdout)


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from index.evaluation import evaluate, is_conversations, read_cases, read_conversations

    after: list[str] = []  # a conversation's turn: the question asked before it
    if is_conversations(args.file):  # follow-ups: each turn asked after those before it
        from .conversations import evaluate_conversations

        conversations = read_conversations(args.file)
        result = evaluate_conversations(settings, _served(settings), conversations)
        after = [t[i - 1].question if i else "" for t in conversations for i in range(len(t))]
    else:
        result = evaluate(_open(settings), read_cases(args.file))
    failed = [(o, after[i] if after else "") for i, o in enumerate(result.outcomes) if not o.passed]
    figures = {
        "cases": len(result.outcomes),
        "answerable": len(result.answerable),
        "success@1": round(result.success_at(1), 4),
        "success@3": round(result.success_at(3), 4),
        "mrr@10": round(result.mrr, 4),
        "no_answer_cases": len(result.unanswerable),
        "no_answer_correct": result.no_answer_correct,
    }
    if args.json:
        figures["failures"] = [
            {
                "question": o.case.question,
                **({"after": before} if after else {}),
                "expected": list(o.case.expected),
                "rank": o.rank,
                "first": o.first,
            }
            for o, before in failed
        ]
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    for name, value in figures.items():
        print(f"{name:>18}  {value}")
    for outcome, before in failed:
        want = "no answer" if not outcome.case.expected else f"rank {outcome.rank or '>10'}"
        print(f"FAIL ({want}): {outcome.case.question!r}")
        if before:
            print(f"      after: {before!r}")
        print(f"      first: {outcome.first[:100]!r}")
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from .run import run

    return run(args.shard_count, args.shard_ids, args.processes)


if __name__ == "__main__":
    sys.exit(main())
