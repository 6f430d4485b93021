"""/add, /remove and /insights end to end: the real discord.py client against the local
Discord server, and a local news site for links."""

from __future__ import annotations

import csv
import dataclasses
import io
import re

import pytest

from tests.discord_server import Upload
from tests.e2e import ALICE, BOB, MODERATOR, buttons, embed_text
from tests.news_site import PAGES

GRIPEN_TITLE = "Thailand buys four more Gripen fighter jets from Sweden"
GRIPEN_QUESTION = "how many Gripen jets is Thailand buying?"


def private_text(interaction) -> str:
    message = interaction.messages[-1]
    assert message["flags"] & 64, "the reply must be private"
    return (message.get("content") or "") + embed_text(message)


async def test_members_are_refused_privately_and_nothing_changes(server, bot, site, corpus):
    before = sorted(p.name for p in corpus.iterdir())
    for name, options in [
        ("add", {"url": site.url("/news/gripen.html")}),
        ("remove", {"article": "circus.md"}),
        ("edit", {"article": "circus.md"}),
        ("restore", {"article": "circus.md"}),
        ("insights", {}),
        ("synonyms", {"add": "pachyderm elephant"}),
    ]:
        refused = await server.slash(name, ALICE, **options)
        assert "only moderators" in private_text(refused), name
    assert sorted(p.name for p in corpus.iterdir()) == before
    assert site.hits == []
    assert await server.autocomplete("remove", ALICE, article="circ") == []
    assert await server.autocomplete("edit", ALICE, article="circ") == []
    assert await server.autocomplete("restore", ALICE, article="") == []


async def test_a_page_added_by_link_answers_members(server, bot, site, corpus):
    unanswered = (await server.slash("ask", ALICE, question=GRIPEN_QUESTION)).messages[-1]
    assert "no answer" in embed_text(unanswered)
    added = await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"))
    report = private_text(added)
    assert f"Added *{GRIPEN_TITLE}*" in report and "sentences. It starts:" in report
    assert "> The Royal Thai Air Force has signed a deal with Saab" in report
    written = corpus / "thailand-buys-four-more-gripen-fighter-jets-from-sweden.md"
    text = written.read_text()
    for field in (
        f"source: {site.url('/news/gripen.html')}",
        "published: 2025-08-26",
        "outlet: The Bangkok Courier",
        "added_by: mod (",
    ):
        assert field in text
    answer = (await server.slash("ask", ALICE, question=GRIPEN_QUESTION)).messages[-1]
    assert "four more **Gripen**" in embed_text(answer)
    assert f"[*{GRIPEN_TITLE}*](<{site.url('/news/gripen.html')}>)" in embed_text(answer)
    again = await server.slash("add", MODERATOR, url=site.url("/moved"))  # the same page
    assert "already in the corpus" in private_text(again) and GRIPEN_TITLE in private_text(again)


LAOS = (
    b"---\ntitle: Dam collapse in Laos\n---\nA dam collapsed in Attapeu on Sunday.\n\n"
    b"About 1,300 villagers were moved by boat.\n"
)


async def test_a_file_added_by_a_moderator_answers_members(server, bot, corpus):
    upload = Upload("laos.md", LAOS)
    added = await server.slash("add", MODERATOR, file=upload)
    assert "Added *Dam collapse in Laos* (`dam-collapse-in-laos.md`): 2 sentences" in (
        private_text(added)
    )
    answer = (await server.slash("ask", ALICE, question="how many villagers were moved?")).messages
    assert "1,300 **villagers**" in embed_text(answer[-1])


async def test_a_word_document_added_by_a_moderator_answers_members(server, bot, corpus):
    from docx import Document

    document = Document()
    document.add_heading("Dam collapse in Laos", level=0)
    document.add_paragraph("A dam collapsed in Attapeu on Sunday.")
    document.add_paragraph("About 1,300 villagers were moved by boat.")
    saved = io.BytesIO()
    document.save(saved)
    added = await server.slash("add", MODERATOR, file=Upload("laos.docx", saved.getvalue()))
    assert "Added *Dam collapse in Laos* (`dam-collapse-in-laos.md`): 2 sentences" in (
        private_text(added)
    )
    answer = (await server.slash("ask", ALICE, question="how many villagers were moved?")).messages
    assert "1,300 **villagers**" in embed_text(answer[-1])


async def test_an_article_pasted_into_the_form_answers_members(server, bot, corpus):
    before = sorted(p.name for p in corpus.iterdir())
    opened = await server.slash("add", MODERATOR)  # neither a file nor a link: a form
    assert opened.modal is not None and opened.modal["title"] == "Add an article"
    laos = "A dam collapsed in Attapeu on Sunday.\r\n\r\nAbout 1,300 villagers were\nmoved by boat."
    refused = await server.submit(opened, MODERATOR, "Dam collapse", laos, "", "4 March", "")
    assert "Published: “4 March” is no date I can read; write it as 2024-03-04 or 4 March 2024" in (
        private_text(refused)
    )
    assert sorted(p.name for p in corpus.iterdir()) == before
    opened = await server.slash("add", MODERATOR)
    link, title = "https://example.com/laos-dam", "Dam collapse in Laos"
    added = await server.submit(opened, MODERATOR, title, laos, link, "2024-03-04", "Ann Lee")
    assert f"Added *{title}* (`dam-collapse-in-laos.md`): 2 sentences" in private_text(added)
    written = (corpus / "dam-collapse-in-laos.md").read_text()
    for field in (f"source: {link}", "published: 2024-03-04", "author: Ann Lee", "added_by: mod"):
        assert field in written
    answer = (await server.slash("ask", ALICE, question="how many villagers were moved?")).messages
    assert "1,300 **villagers** were **moved** by boat." in embed_text(answer[-1])
    # With replace: True the form updates the article with the same title.
    opened = await server.slash("add", MODERATOR, replace=True)
    assert opened.modal["title"] == "Update an article"
    fixed = laos.replace("1,300", "1,500")
    updated = await server.submit(opened, MODERATOR, title, fixed, "Vientiane Times", "", "")
    assert f"It replaces *{title}*" in private_text(updated)
    answer = (await server.slash("ask", ALICE, question="how many villagers were moved?")).messages
    assert "1,500 **villagers**" in embed_text(answer[-1])


async def test_an_article_is_corrected_in_the_edit_form(server, bot, corpus):
    await server.slash("add", MODERATOR, file=Upload("laos.md", LAOS))
    suggested = await server.autocomplete("edit", MODERATOR, article="laos")
    assert [c["value"] for c in suggested] == ["dam-collapse-in-laos.md"]
    opened = await server.slash("edit", MODERATOR, article="dam-collapse-in-laos.md")
    assert opened.modal is not None and opened.modal["title"] == "Edit an article"
    shown = [
        component.get("value")
        for row in opened.modal["components"]
        for component in row.get("components", [row.get("component", {})])
    ]
    text = "A dam collapsed in Attapeu on Sunday.\n\nAbout 1,300 villagers were moved by boat."
    assert shown == ["Dam collapse in Laos", text, None, None, None]
    same = await server.submit(opened, MODERATOR, "Dam collapse in Laos", text, "", "", "")
    assert "nothing changed in “Dam collapse in Laos”" in private_text(same)
    opened = await server.slash("edit", MODERATOR, article="dam-collapse-in-laos.md")
    title = "Dam collapse in southern Laos"
    fixed = text.replace("1,300", "1,500")
    edited = await server.submit(
        opened, MODERATOR, title, fixed, "Vientiane Times", "2018-07-23", ""
    )
    report = private_text(edited)
    assert f"Edited *{title}* (`dam-collapse-in-laos.md`): 2 sentences" in report
    assert "Its earlier version: moved to `" in report and "/restore" in report
    written = (corpus / "dam-collapse-in-laos.md").read_text()  # the same file, so the same id
    assert f"title: {title}" in written and "outlet: Vientiane Times" in written
    assert "published: 2018-07-23" in written
    answer = (await server.slash("ask", ALICE, question="how many villagers were moved?")).messages
    assert "1,500 **villagers**" in embed_text(answer[-1]) and title in embed_text(answer[-1])
    # An article of another kind (the seed's .txt) keeps its id: the new file says it.
    opened = await server.slash("edit", MODERATOR, article="000_ca0daf8963f53742.txt")
    seed_text = opened.modal["components"][1]
    seed_text = seed_text.get("components", [seed_text.get("component")])[0]["value"]
    retitled = await server.submit(
        opened, MODERATOR, "Junta chief in Moscow", seed_text, "", "", ""
    )
    assert "Edited *Junta chief in Moscow*" in private_text(retitled)
    assert "000_ca0daf8963f53742.txt" in bot.service.served.index.articles
    shown = private_text(await server.slash("insights", MODERATOR, days=7))
    assert f"mod ({MODERATOR.id}) edited *{title}*" in shown
    blank = (await server.slash("add", MODERATOR)).modal  # the forms of /add stay empty
    assert not [
        component["value"]
        for row in blank["components"]
        for component in row.get("components", [row.get("component", {})])
        if component.get("value")
    ]
    nothing = await server.slash("edit", MODERATOR, article="no *such* article")
    assert "No article “no \\*such\\* article” in the corpus" in private_text(nothing)


async def test_an_article_too_long_for_the_form_keeps_its_text_when_edited(server, bot, corpus):
    long_text = "\n\n".join(f"Villagers of district {n} were moved by boat." for n in range(120))
    # No date to read, and a source that is no link.
    front = "---\ntitle: Dam collapse\nsource: the district office\npublished: last Tuesday\n---\n"
    upload = Upload("laos.md", f"{front}{long_text}\n".encode())
    await server.slash("add", MODERATOR, file=upload)
    opened = await server.slash("edit", MODERATOR, article="dam-collapse.md")
    labels = [
        component.get("label") or row.get("label")
        for row in opened.modal["components"]
        for component in row.get("components", [row.get("component", {})])
    ]
    assert "Text" not in labels and len(labels) == 4  # more than a form's field takes
    # Its link and date left as they were are kept, though they read as none.
    title = "Dam collapse in Laos"
    office, tuesday = "the district office", "last Tuesday"
    edited = await server.submit(opened, MODERATOR, title, office, tuesday, "")
    assert "Edited *Dam collapse in Laos* (`dam-collapse.md`): 120 sentences" in (
        private_text(edited)
    )
    written = (corpus / "dam-collapse.md").read_text()
    assert long_text in written and "published: last Tuesday" in written
    assert "source: the district office" in written and "outlet:" not in written
    opened = await server.slash("edit", MODERATOR, article="dam-collapse.md")
    refused = await server.submit(opened, MODERATOR, title, office, "next Tuesday", "")
    assert "Published: “next Tuesday” is no date I can read" in private_text(refused)


async def test_several_links_are_added_at_once_and_those_that_fail_named(server, bot, site, corpus):
    await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"))
    links = [site.url(p) for p in ("/news/laos-dam.html", "/missing", "/news/gripen.html")]
    added = await server.slash("add", MODERATOR, url="  ".join(links))
    report = private_text(added)
    assert report.count("Added *") == 1 and "sentences. It starts:" in report
    shown = report.replace("\\", "")  # the links' escapes
    assert f"Not added: {links[1]} answered HTTP 404." in shown
    assert f"Not added: {links[2]}: {GRIPEN_TITLE} is already in the corpus" in shown
    assert "nothing added" not in shown  # something was
    assert [p.name for p in corpus.glob("dam-collapse-*.md")]
    none = await server.slash("add", MODERATOR, url=f"{links[1]} {links[2]}")
    assert "none could be added" in private_text(none) and "HTTP 404" in private_text(none)
    many = await server.slash("add", MODERATOR, url=" ".join(f"{links[1]}?{n}" for n in range(11)))
    assert "at most 10 are added at once" in private_text(many)


async def test_a_news_feed_adds_its_latest_articles(server, bot, site, corpus):
    added = private_text(await server.slash("add", MODERATOR, url=site.url("/feed.xml")))
    assert added.count("Added *") == 2 and "Not added" in added and "HTTP 404" in added
    assert site.hits.index("/news/gripen.html") >= 0 and len(list(corpus.glob("*.md"))) == 3
    answer = (await server.slash("ask", ALICE, question=GRIPEN_QUESTION)).messages[-1]
    assert "Gripen" in embed_text(answer)
    # Added again later: what it added is already in the corpus, said so.
    again = private_text(await server.slash("add", MODERATOR, url=site.url("/feed.xml")))
    assert "none could be added" in again and "is already in the corpus" in again
    empty = private_text(await server.slash("add", MODERATOR, url=site.url("/empty-feed.xml")))
    assert "is a news feed that links no article" in empty
    among = private_text(
        await server.slash("add", MODERATOR, url=f"{site.url('/feed.xml')} {site.url('/missing')}")
    )
    assert "is a news feed: add it alone" in among.replace("\\", "")


async def test_an_updated_page_or_corrected_file_replaces_its_article(server, bot, site, corpus):
    await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"))
    original = (PAGES / "gripen.html").read_bytes()
    site.edited["/news/gripen.html"] = original.replace(b"four more", b"six more")
    again = await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"))
    assert "add it with replace: True" in private_text(again)  # how to put it in place
    replaced = await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"), replace=True)
    report = private_text(replaced)
    assert f"It replaces *{GRIPEN_TITLE}*" in report and "moved to" in report
    answer = (await server.slash("ask", ALICE, question=GRIPEN_QUESTION)).messages[-1]
    assert "six more **Gripen**" in embed_text(answer)
    assert "four more" not in embed_text(answer)
    name = "thailand-buys-four-more-gripen-fighter-jets-from-sweden.md"
    gone = (corpus.parent / "removed").iterdir()
    assert [p.name for p in gone if not p.name.startswith(".")] == [name]  # .moves.jsonl
    # The new version has the old one's file, so the article keeps its id.
    assert "six more" in (corpus / name).read_text()
    assert not list(corpus.glob("thailand-*-2.md"))
    # A file with a corrected text replaces the article of the same title.
    await server.slash("add", MODERATOR, file=Upload("laos.md", LAOS.replace(b"1,300", b"1,200")))
    fixed = Upload("laos.md", LAOS)
    await server.slash("add", MODERATOR, file=fixed, replace=True)
    answer = (await server.slash("ask", ALICE, question="how many villagers were moved?")).messages
    assert "1,300 **villagers**" in embed_text(answer[-1])
    shown = private_text(await server.slash("insights", MODERATOR, days=7))
    assert f"replaced *{GRIPEN_TITLE}*" in shown and "replaced *Dam collapse in Laos*" in shown


@pytest.mark.parametrize(
    "options, said",
    [
        ({"url": "/news/front-page.html"}, "no article text"),
        ({"url": "/report.pdf"}, "not a web page"),
        ({"url": "/binary.html"}, "binary"),
        ({"url": "/oversized.html"}, "larger than 0.1 MB"),
        ({"url": "/missing"}, "HTTP 404"),
        ({"url": "ftp://example.com/x"}, "not an http or https link"),
        ({"file": Upload("report.pdf", b"%PDF-1.7")}, "cannot be added"),
        ({"file": Upload("big.txt", b"x " * 60_000)}, "larger than 0.1 MB"),
        ({"file": Upload("latin1.md", b"caf\xe9")}, "not UTF-8"),
        ({"file": Upload("laos.md", b"A dam broke."), "url": "/moved"}, "not both"),
    ],
)
async def test_bad_input_is_refused_privately_and_changes_nothing(
    server, bot, site, corpus, options, said
):
    if "url" in options and options["url"].startswith("/"):
        options = {**options, "url": site.url(options["url"])}
    before = sorted(p.name for p in corpus.iterdir())
    refused = await server.slash("add", MODERATOR, **options)
    assert said in private_text(refused)
    assert sorted(p.name for p in corpus.iterdir()) == before


async def test_private_addresses_are_refused_unless_allowed(server, bot, site, corpus):
    bot.curator.settings = dataclasses.replace(bot.curator.settings, allow_private_urls=False)
    for path in ("/news/gripen.html", "/moved"):
        refused = await server.slash("add", MODERATOR, url=site.url(path))
        assert "not a public internet address" in private_text(refused)
        assert "ALLOW\\_PRIVATE\\_URLS=true" in private_text(refused)
    assert site.hits == []


async def test_remove_moves_the_article_out_and_members_are_no_longer_answered(server, bot, corpus):
    question = "circus elephants performed"
    assert "**elephants**" in embed_text(
        (await server.slash("ask", ALICE, question=question)).messages[-1]
    )
    choices = await server.autocomplete("remove", MODERATOR, article="circ")
    assert choices == [{"name": "Circus news", "value": "circus.md"}]
    removed = await server.slash("remove", MODERATOR, article="circus.md")
    assert "Removed *Circus news* (`circus.md`): moved to" in private_text(removed)
    assert not (corpus / "circus.md").exists()
    assert (corpus.parent / "removed" / "circus.md").is_file()
    after = (await server.slash("ask", ALICE, question=question)).messages[-1]
    assert "Circus news" not in embed_text(after)
    missing = await server.slash("remove", MODERATOR, article="circus.md")
    assert "no article 'circus.md'" in private_text(missing)
    # Removed by mistake: the report's button brings it back.
    report = removed.messages[-1]
    undone = await server.click(report, buttons(report)["Restore it"]["custom_id"], MODERATOR)
    assert "Restored *Circus news* (`circus.md`)" in private_text(undone)
    assert (corpus / "circus.md").is_file()
    assert "**elephants**" in embed_text(
        (await server.slash("ask", ALICE, question=question)).messages[-1]
    )


async def test_synonyms_a_moderator_adds_answer_members_in_their_own_words(server, bot, corpus):
    question = "what did the pachyderms do?"
    before = (await server.slash("ask", ALICE, question=question)).messages[-1]
    assert "no article mentions “pachyderms”" in embed_text(before)
    listed = await server.slash("synonyms", MODERATOR)
    assert "No synonyms of this community yet." in private_text(listed)
    added = await server.slash("synonyms", MODERATOR, add="pachyderm, elephant")
    assert "Added the synonyms **pachyderm** · **elephant**" in private_text(added)
    assert (corpus / ".synonyms.txt").read_text(encoding="utf-8").endswith("pachyderm elephant\n")
    after = (await server.slash("ask", ALICE, question=question)).messages[-1]
    assert "circus **elephants** performed" in embed_text(after)
    listed = await server.slash("synonyms", MODERATOR)
    assert "• **pachyderm** · **elephant**" in private_text(listed)
    choices = await server.autocomplete("synonyms", MODERATOR, remove="pach")
    assert choices == [{"name": "pachyderm elephant", "value": "pachyderm elephant"}]
    for options, said in [
        ({"add": "the elephant"}, "“the” is too common a word to search for"),
        ({"add": "elephant pachyderm"}, "“pachyderm elephant” is a group already"),
        ({"remove": "giraffe"}, "no group holds “giraffe”"),
        ({"add": "a b", "remove": "c"}, "Give either `add:` or `remove:`"),
    ]:
        assert said in private_text(await server.slash("synonyms", MODERATOR, **options))
    removed = await server.slash("synonyms", MODERATOR, remove="pachyderm elephant")
    assert "Removed the synonyms **pachyderm** · **elephant**. 0 groups" in private_text(removed)
    again = (await server.slash("ask", ALICE, question=question)).messages[-1]
    assert "no article mentions “pachyderms”" in embed_text(again)
    changes = private_text(await server.slash("insights", MODERATOR))
    assert f"mod ({MODERATOR.id}) added the synonyms *pachyderm elephant*" in changes


async def test_a_file_that_cannot_be_read_is_moved_out_from_discord(server, bot, corpus):
    # Moderators with no shell could not clear a file every reload names.
    (corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    await server.slash("reload", MODERATOR)
    choices = await server.autocomplete("remove", MODERATOR, article="brok")
    assert choices == [{"name": "⚠ broken.txt (not read)", "value": "broken.txt"}]
    # Before the articles, where nothing is typed yet: the few a moderator may clear.
    assert (await server.autocomplete("remove", MODERATOR, article=""))[0]["value"] == "broken.txt"
    assert await server.autocomplete("remove", ALICE, article="brok") == []
    moved = private_text(await server.slash("remove", MODERATOR, article="broken.txt"))
    assert "Moved `broken.txt`, a file I could not read (is a binary file" in moved
    assert "reloads no longer name it" in moved
    assert not (corpus / "broken.txt").exists()
    assert (corpus.parent / "removed" / "broken.txt").is_file()
    listed = (await server.slash("sources", MODERATOR)).messages[-1]
    assert "Cannot be read" not in embed_text(listed)


async def test_a_removed_article_is_restored_from_discord(server, bot, site, corpus):
    await server.slash("remove", MODERATOR, article="circus.md")
    await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"))
    await server.slash("remove", MODERATOR, article=GRIPEN_TITLE)
    # Suggested the last removed first, by title and when; the value is the file.
    gripen = "thailand-buys-four-more-gripen-fighter-jets-from-sweden.md"
    when = r" \(removed \d{4}-\d\d-\d\d \d\d:\d\d UTC\)"
    choices = await server.autocomplete("restore", MODERATOR, article="")
    assert [c["value"] for c in choices] == [gripen, "circus.md"]
    assert re.fullmatch(re.escape(GRIPEN_TITLE) + when, choices[0]["name"])
    [circus] = await server.autocomplete("restore", MODERATOR, article="CIRC")
    assert circus["value"] == "circus.md" and circus["name"].startswith("Circus news (removed ")
    restored = await server.slash("restore", MODERATOR, article="circus.md")
    assert "Restored *Circus news* (`circus.md`): " in private_text(restored)
    assert "**elephants**" in embed_text(
        (await server.slash("ask", ALICE, question="circus elephants performed")).messages[-1]
    )
    # Its page added again since: restoring the old version would hold its link twice.
    await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"))
    site.edited["/news/gripen.html"] = (
        (PAGES / "gripen.html").read_bytes().replace(b"four more", b"six more")
    )
    await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"), replace=True)
    refused = private_text(await server.slash("restore", MODERATOR, article=gripen))
    assert "is already in the corpus" in refused and "/remove that one first" in refused
    assert "six more" in (corpus / gripen).read_text()
    nothing = private_text(await server.slash("restore", MODERATOR, article="no such"))
    assert "no article of the removed folder matches “no such”" in nothing
    shown = private_text(await server.slash("insights", MODERATOR, days=7))
    assert f"mod ({MODERATOR.id}) restored *Circus news*" in shown


async def test_insights_show_unanswered_downvoted_and_corpus_changes(server, bot, site):
    for question in ("what about Laos?", "What about LAOS", "who supplies Myanmar's jets?"):
        await server.slash("ask", ALICE, question=question)
    answered = (await server.slash("ask", BOB, question="circus elephants")).messages[-1]
    voted = await server.click(answered, buttons(answered)["👎"]["custom_id"], BOB)
    # He may say what was wrong: a button under the thanks opens a form.
    thanks = voted.messages[-1]
    assert thanks["flags"] & 64 and "the moderators will look at this answer" in thanks["content"]
    opened = await server.click(thanks, buttons(thanks)["Say what was wrong"]["custom_id"], BOB)
    assert opened.modal is not None and opened.modal["title"] == "What was wrong with the answer?"
    said = await server.submit(opened, BOB, "I asked about the  zoo,\nnot the circus")
    assert said.messages[-1]["content"].startswith("Thanks: the moderators will read it")
    await server.slash("add", MODERATOR, url=site.url("/news/gripen.html"))
    shown = await server.slash("insights", MODERATOR, days=7)
    text = private_text(shown)
    assert "4 questions, 50% answered" in text
    assert "• what about Laos? (2×)" in text
    assert "**Marked 👎**\n• circus elephants:" in text
    assert "— “I asked about the zoo, not the circus”" in text  # as he said it, on one line
    assert "**Words no article holds** (articles to add? or, for a word the" in text
    assert "`/synonyms add:`)\n• Laos (2×)" in text
    assert f"mod ({MODERATOR.id}) added *{GRIPEN_TITLE}*" in text
    with_csv = await server.slash("insights", MODERATOR, days=7, csv=True)
    [sent] = server.files[int(with_csv.messages[-1]["id"])]
    assert sent["filename"] == "insights-7d.csv"
    rows = list(csv.reader(io.StringIO(sent["data"].decode())))
    assert ["unanswered", "2", "what about Laos?", "", ""] in rows
    # Larger than Discord lets the bot attach: the summary, saying where the CSV is.
    server.attachment_size_limit = 10
    large = await server.slash("insights", MODERATOR, days=7, csv=True)
    assert "larger than Discord lets me attach" in private_text(large)
    assert int(large.messages[-1]["id"]) not in server.files
