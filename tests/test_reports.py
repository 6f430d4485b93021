from bot import reports
from bot.removed import RemovedArticle
from index.changes import Changes
from index.corpus import Problem

LATIN1 = Problem("old/latin1.md", "not UTF-8 (byte 0xe9 at offset 3)")


def test_a_reload_names_articles_by_title_and_each_unreadable_file_once():
    changes = Changes(
        added=("laos.md",),
        changed=(),
        removed=("circus_md",),
        articles=2,
        sentences_before=30,
        sentences_after=28,
        problems=(LATIN1, Problem("x.md", "empty")),
        titles={"laos.md": "Dam *collapse*", "circus_md": ""},
        new_problems=(LATIN1,),
    )
    said = reports.changes_markdown(changes).splitlines()
    assert said[:3] == [
        "Reloaded: 2 articles, 28 sentences (was 30).",
        "Added: *Dam \\*collapse\\** (`laos.md`)",  # the title escaped, its file named
        "Removed: `circus_md`",  # no title: the file alone
    ]
    assert said[3:] == [
        "Could not read 1 file or line:",
        "• old/latin1.md: not UTF-8 (byte 0xe9 at offset 3)",
        "1 file still cannot be read, as reported before (a moderator's /sources lists them).",
    ]
    unchanged = Changes((), (), (), 2, 28, 28, ())
    assert reports.changes_markdown(unchanged) == "Nothing changed: 2 articles, 28 sentences."
    # ...where the bot's start read files changed while it was down, it says so
    started = Changes((), (), (), 2, 28, 28, (), at_start=1)
    assert reports.changes_markdown(started) == (
        "Nothing changed: 2 articles, 28 sentences. 1 file added, changed or removed before"
        " the bot started was read then: served."
    )


def test_what_can_be_restored_is_listed_the_last_removed_first():
    assert reports.removed_markdown_list(()) == "The removed folder holds no article to restore."
    listed = reports.removed_markdown_list(
        (
            RemovedArticle("dam-2.md", "Dam", 2.0, "dam.md"),
            RemovedArticle("bulk.jsonl:3", "", 1.0, "bulk.jsonl:7"),
        )
    )
    assert listed.splitlines()[1:] == ["• *Dam* (`dam-2.md`)", "• `bulk.jsonl:3`"]
