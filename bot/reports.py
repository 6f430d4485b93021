"""The moderators' reports as Discord markdown: what a reload, an /add, a /remove or a
/restore changed, what can be restored, and /insights."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from index.changes import Changes

from .render import counted, escape, flat, problem_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from index.community import Community
    from index.corpus import Problem

    from .curation import Added, Regrouped, Removed
    from .insights import Insights
    from .removed import RemovedArticle

TOP = 10  # entries of each /insights list shown in the message (the CSV has them all)


def changes_markdown(changes: Changes) -> str:
    """What a reload changed: articles by title (file in brackets), and each file that
    could not be read with the reason, told once (until the file changes)."""
    still = len(changes.problems) - len(changes.new_problems)
    known = (
        f" {counted(still, 'file')} still cannot be read, as reported before (a moderator's "
        "/sources lists them)."
        if still
        else ""
    )
    if not changes.any and not changes.new_problems:
        return (
            f"Nothing changed: {counted(changes.articles, 'article')}, "
            f"{counted(changes.sentences_after, 'sentence')}.{_at_start(changes)}{known}"
        )
    lines = [
        f"Reloaded: {counted(changes.articles, 'article')}, "
        f"{counted(changes.sentences_after, 'sentence')} (was {changes.sentences_before})."
    ]
    for label, ids in (
        ("Added", changes.added),
        ("Changed", changes.changed),
        ("Removed", changes.removed),
    ):
        if ids:
            named = [_named(changes.titles.get(i, ""), i) for i in ids]
            lines.append(f"{label}: " + ", ".join(named))
    if not changes.any:
        lines.append("No article was added, changed or removed.")
    lines.extend(_unread(changes.new_problems))
    if known:
        lines.append(known.strip())
    return "\n".join(lines)


def _at_start(changes: Changes) -> str:
    """Where a reload found nothing new, the files the bot's start read anew, if any: a
    moderator who copied articles in before a restart is told they are served."""
    if not changes.at_start:
        return ""
    files = counted(changes.at_start, "file")
    were = "was" if changes.at_start == 1 else "were"
    return f" {files} added, changed or removed before the bot started {were} read then: served."


def _unread(problems: Sequence[Problem]) -> list[str]:
    """The lines naming each file (or JSONL line) a refresh newly could not read, and why."""
    if not problems:
        return []
    unread = counted(len(problems), "file or line", "files or lines")
    return [f"Could not read {unread}:", *(f"• {escape(problem_text(p))}" for p in problems)]


def _named(title: str, article_id: str) -> str:
    """An article by title, its file in brackets; by file alone when it has no title."""
    file = f"`{_path(article_id)}`"
    return f"*{escape(title)}* ({file})" if title else file


def added_markdown(added: Added) -> str:
    """What /add did: each article's title, file and sentence count, and its first
    sentences as they will be quoted; of several links or files, those not added and why."""
    lines = []
    for article in added.articles:
        name = _named(article.title, article.file)
        if article.problem:
            lines.append(f"Written as {name}, but it cannot be read: {escape(article.problem)}")
            continue
        done = "Restored" if article.restored_from else "Edited" if article.edited else "Added"
        if article.restored_from not in ("", article.file):  # its name was taken again
            name += f", since `{_path(article.restored_from)}` is another article's now"
        lines.append(f"{done} {name}: {counted(article.sentences, 'sentence')}. It starts:")
        lines.extend(f"> {escape(flat(text))}" for text in article.opening)
        if article.replaced is not None and article.edited:
            lines.append(f"Its earlier version: {_moved(article.replaced)}.")
        elif article.replaced is not None:
            gone = article.replaced
            lines.append(f"It replaces {_named(gone.title, gone.file)}: {_moved(gone)}.")
    lines.extend(f"Not added: {escape(left.said)}." for left in added.not_added)
    lines.append(f"The corpus now has {counted(added.changes.articles, 'article')}.")
    # Besides its own (said above), what the refresh newly could not read: another file
    # changed meanwhile, or one this change left unread.
    written = {article.file for article in added.articles}
    lines.extend(_unread([p for p in added.changes.new_problems if p.path not in written]))
    return "\n".join(lines)


def removed_markdown(removed: Removed) -> str:
    """What /remove did, and how to undo it."""
    if removed.unread:  # a file that gave no article: nothing for /restore to bring back
        said = (
            f"Moved `{_path(removed.file)}`, a file I could not read "
            f"({escape(flat(removed.unread))}), to `{_path(removed.moved_to)}`: reloads no "
            "longer name it."
        )
    else:
        said = f"Removed {_named(removed.title, removed.file)}: {_moved(removed)}."
    if removed.changes is None:
        return said
    now = f"{said} The corpus now has {counted(removed.changes.articles, 'article')}."
    return "\n".join([now, *_unread(removed.changes.new_problems)])


def removed_markdown_list(articles: Sequence[RemovedArticle]) -> str:
    """What /restore can bring back, the last removed first (for surfaces without
    autocomplete: the shell and `qabot restore`)."""
    if not articles:
        return "The removed folder holds no article to restore."
    lines = ["Removed, the last first (restore one by its file or title):"]
    lines.extend(f"• {_named(a.title, a.path)}" for a in articles)
    return "\n".join(lines)


def _moved(removed: Removed) -> str:
    """Where an article moved out of the corpus went, and how to undo it."""
    return f"moved to `{_path(removed.moved_to)}` (`/restore` brings it back)"


def _path(path: object) -> str:
    """A path shown in backticks (which it cannot hold)."""
    return str(path).replace("`", "")


SYNONYMS_HOW = (
    "`/synonyms add: probe lander spacecraft` makes a question with one of the words find "
    "passages with the others too (weighted below the word itself): for words members "
    "use that the articles write otherwise (`/insights` lists the words no article holds)."
)


def synonyms_markdown(community: Community) -> str:
    """The community's synonym groups (``/synonyms``), and the lines of their file that
    could not be taken, with why."""
    if not community.groups:
        lines = ["No synonyms of this community yet. " + SYNONYMS_HOW]
    else:
        lines = [f"**Synonyms of this community** ({counted(len(community.groups), 'group')})"]
        lines.extend(f"• {_group(words)}" for words in community.groups)
        lines.append("`/synonyms remove: WORD` takes a group out.")
    if community.skipped:
        lines.append("\n**Not taken from the file** (they are left out at the next change)")
        lines.extend(f"• {escape(flat(why))}" for why in community.skipped)
    return "\n".join(lines)


def regrouped_markdown(done: Regrouped) -> str:
    """What ``/synonyms add:`` or ``remove:`` did."""
    if done.added:
        said = (
            f"Added the synonyms {_group(done.group)}: a question with one of them now finds "
            "passages with the others too."
        )
    else:
        said = f"Removed the synonyms {_group(done.group)}."
    return f"{said} {counted(len(done.community.groups), 'group')} in all (`/synonyms` lists them)."


def _group(words: Sequence[str]) -> str:
    return " · ".join(f"**{escape(word)}**" for word in words)


def insights_markdown(insights: Insights) -> str:
    """/insights as markdown: the figures, then each list (its first TOP entries)."""
    lines = [
        f"**Last {counted(insights.days, 'day')}**: {counted(insights.asked, 'question')}, "
        f"{insights.answered_share:.0%} answered."
    ]

    def questions(title: str, rows: tuple[tuple[str, int], ...]) -> None:
        if rows:
            lines.append(f"\n**{title}**")
            lines.extend(f"• {escape(flat(q))} ({n}×)" for q, n in rows[:TOP])
            if len(rows) > TOP:
                lines.append(f"…and {len(rows) - TOP} more (ask for the CSV)")

    questions("Not answered", insights.unanswered)
    if insights.downvotes:
        lines.append("\n**Marked 👎**")
        for vote in insights.downvotes[:TOP]:
            shown = ", ".join(f"`{p.replace('`', '')}`" for p in vote.passages) or "no passage"
            why = f" — “{escape(flat(vote.comment))}”" if vote.comment else ""
            lines.append(f"• {escape(flat(vote.question))}: {shown}{why}")
    questions("Most asked", insights.most_asked)
    if insights.lacking:
        lines.append(
            "\n**Words no article holds** (articles to add? or, for a word the articles "
            "write otherwise, `/synonyms add:`)"
        )
        words = [f"{escape(w)} ({n}×)" for w, n in insights.lacking[:TOP]]
        lines.append("• " + ", ".join(words))
    if insights.quoted:
        lines.append("\n**Articles quoted most**")
        for article_id, title, count in insights.quoted[:TOP]:
            lines.append(f"• {_named(title, article_id)}: in {counted(count, 'answer')}")
    if insights.audit:
        lines.append("\n**Corpus changes**")
        for change in insights.audit[:TOP]:
            when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(change.at))
            name = _named(change.title, change.file)
            lines.append(f"• {when} UTC: {escape(change.who)} {change.action} {name}")
    return "\n".join(lines)
