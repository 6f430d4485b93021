"""The production bot from create_bot(), run by the real discord.py client against
tests/discord_server.py on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gc
import re
import shutil
import time
from dataclasses import replace

import discord
import pytest

from bot import create_bot, render
from tests.conftest import SEED_FILE, write
from tests.discord_server import (
    BOT_ID,
    BOT_ROLE_ID,
    EMBED_LINKS,
    GUILD_ID,
    HELPER_ROLE_ID,
    MANAGE_GUILD,
    MODERATOR_ROLE_ID,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    THREAD,
    TOKEN,
    VIEW_AND_SEND,
    FakeDiscord,
    Fault,
    Member,
    as_forward,
)
from tests.discord_server import user as discord_user
from tests.e2e import (
    ADMIN,
    ALICE,
    BOB,
    MODERATOR,
    QUESTION,
    SUPPLIER,
    buttons,
    embed_text,
)


async def test_ask_quotes_the_right_sentence_with_its_source(server, bot):
    interaction = await server.slash("ask", ALICE, question=QUESTION)
    message = interaction.messages[-1]
    text = embed_text(message)
    assert SUPPLIER in text
    assert "Myanmar junta leader arrives in Russia for official visit" in text
    assert "paragraph 3, sentence 1" in text
    assert message["allowed_mentions"] == {"parse": []}
    # Every passage that clears the cut is on this page: no More to offer.
    assert "Passages 1–3 of 3" in text
    assert set(buttons(message)) == {"Context", "👍", "👎"}
    synced = {c["name"]: c for c in server.commands[GUILD_ID]}
    menu = synced.pop("Answer this question")
    assert menu["type"] == 3  # on messages, under Apps; read in the menu, so translated
    assert menu["name_localizations"]["fr"] == "Répondre à cette question"
    assert set(synced) == {
        "ask",
        "sources",
        "article",
        "help",
        "forget",
        "reload",
        "add",
        "edit",
        "remove",
        "restore",
        "insights",
        "synonyms",
    }
    assert synced["ask"]["options"][0]["max_length"] == 300
    assert synced["ask"]["options"][1]["autocomplete"]  # article:, from the titles
    assert synced["ask"]["options"][2] | {"description_localizations": None} == {
        "type": 5,  # a boolean
        "name": "private",
        "description": "Only you see the answer (default: everyone in the channel)",
        "required": False,
        "description_localizations": None,
    }
    for name in ("reload", "add", "edit", "remove", "restore", "insights", "synonyms"):
        assert int(synced[name]["default_member_permissions"]) == MANAGE_GUILD
        assert synced[name]["contexts"] == [0]  # servers only, never DMs
    # Descriptions in the languages most used besides English; names stay the same.
    for command in synced.values():
        for locale in ("es-ES", "es-419", "fr", "de", "pt-BR"):
            assert command["description_localizations"][locale] != command["description"]
        assert not command.get("name_localizations")
    for command in synced.values():  # options too
        for option in command.get("options", []):
            assert option["description_localizations"]["de"] != option["description"]
    question = synced["ask"]["options"][0]
    assert question["description_localizations"]["fr"].startswith("Votre question")


async def test_no_privileged_intent_is_requested(server, bot):
    intents = discord.Intents.none()
    intents.value = server.identifies[0]["intents"]
    assert not (intents.message_content or intents.members or intents.presences)
    assert intents.guild_messages and intents.dm_messages
    # Its status says how to ask it.
    presence = server.identifies[0]["presence"]
    assert presence["status"] == "online"
    status = presence["game"]  # discord.py's name for the field
    assert status["type"] == 4 and status["state"].startswith("Ask me: /ask")
    assert not server.presences  # no presence update needed


async def test_no_answer_says_so_without_buttons(server, bot):
    message = (await server.slash("ask", ALICE, question="capital of France?")).messages[-1]
    assert "no answer to that in the corpus" in embed_text(message)
    assert message["components"] == []


async def test_passages_that_came_close_are_shown_to_who_asks_for_them(server, bot):
    message = (await server.slash("ask", ALICE, question="population of Myanmar")).messages[-1]
    assert "no answer to that in the corpus" in embed_text(message)
    assert set(buttons(message)) == {"Closest passages"}
    pressed = await server.click(message, buttons(message)["Closest passages"]["custom_id"], BOB)
    closest = pressed.messages[-1]
    assert closest["flags"] & 64 and closest["components"] == []
    assert "**Myanmar" in embed_text(closest)
    assert "Closest passages: none was taken for an answer" in embed_text(closest)
    assert "no answer" in embed_text(server.messages[int(message["id"])])


async def test_passages_that_only_seem_to_answer_are_closest_passages(server, bot):
    asked = "how many jets has Russia supplied?"
    message = (await server.slash("ask", ALICE, question=asked)).messages[-1]
    assert "the passages about it do not say how many" in embed_text(message)
    pressed = await server.click(message, buttons(message)["Closest passages"]["custom_id"], BOB)
    closest = embed_text(pressed.messages[-1])
    assert "arms **supplier**" in closest and "Closest passages:" in closest


async def test_mention_in_a_channel_and_in_a_dm(server, bot):
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    assert SUPPLIER in embed_text(reply)
    assert reply["allowed_mentions"]["parse"] == [] and not reply["allowed_mentions"].get(
        "replied_user"
    )
    dm = await server.say(BOB, QUESTION, in_guild=False, mentions_bot=False)
    assert SUPPLIER in embed_text(dm)
    assert "guild_id" not in dm
    # Discord's formatting is read as the words it shows, and echoed so.
    bold = await server.say(ALICE, f"<@{BOT_ID}> **who** supplies ||Myanmar's|| `jets`?")
    assert bold["embeds"][0]["title"] == QUESTION and SUPPLIER in embed_text(bold)
    # An emoji's shortcode left as text is no word of it, and is echoed as typed.
    shortcode = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION} :thinking:")
    assert shortcode["embeds"][0]["title"] == f"{QUESTION} :thinking:"
    assert SUPPLIER in embed_text(shortcode) and "No article mentions" not in embed_text(shortcode)
    # Said around the question, the rest of the message is read as what it follows up.
    chatty = await server.say(ALICE, f"hey <@{BOT_ID}>, I was reading the news. {QUESTION}")
    assert SUPPLIER in embed_text(chatty) and "No article mentions" not in embed_text(chatty)


async def test_in_a_thread_questions_are_answered_and_followed_up_there(server, bot):
    thread = str(GUILD_ID + THREAD)
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", in_thread=True)
    assert reply["channel_id"] == thread and SUPPLIER in embed_text(reply)
    follow = await server.say(BOB, "and China?", replying_to=reply)
    assert follow["channel_id"] == thread
    assert "Read as a follow-up to: who supplies Myanmar's jets?" in embed_text(follow)
    asked = await server.slash("ask", ALICE, in_thread=True, question="Myanmar military junta")
    first = asked.messages[-1]
    assert first["channel_id"] == thread and "Passages 1–3 of " in embed_text(first)
    more = await server.click(first, buttons(first)["More"]["custom_id"], ALICE)
    assert more.callbacks[0]["type"] == 7 and "Passages 4–6 of " in embed_text(more.messages[-1])
    # What the thread asked is offered as one types there; the channel saw none of it.
    offered = await server.autocomplete("ask", BOB, in_thread=True, question="junta")
    assert "Myanmar military junta" in [c["name"] for c in offered]
    offered = await server.autocomplete("ask", BOB, question="junta")
    assert "Myanmar military junta" not in [c["name"] for c in offered]


async def test_a_thread_that_withholds_sending_is_named_to_moderators(server, bot):
    thread = f"<#{GUILD_ID + THREAD}>"
    # Send Messages in Threads taken away: the channel is answered, its thread is not.
    await server.set_bot_permissions(VIEW_AND_SEND | EMBED_LINKS)
    await asyncio.sleep(0.1)
    assert SUPPLIER in embed_text(await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}"))
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", in_thread=True, wait=False)
    await asyncio.sleep(0.3)
    assert not [m for m in server.messages.values() if m["channel_id"] == str(GUILD_ID + THREAD)]
    status = embed_text((await server.slash("help", MODERATOR)).callbacks[0]["data"])
    assert f"{thread} withholds Send Messages in Threads: questions asked there go" in status
    assert "withholds Send Messages:" not in status  # the channel itself is answered
    await server.set_bot_permissions(VIEW_AND_SEND | EMBED_LINKS | SEND_MESSAGES_IN_THREADS)
    await asyncio.sleep(0.1)
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", in_thread=True)
    status = embed_text((await server.slash("help", MODERATOR)).callbacks[0]["data"])
    assert "withholds" not in status


async def test_a_message_follows_up_the_members_last_answer_without_a_reply(server, bot):
    def dm(text):
        return server.say(BOB, text, in_guild=False, mentions_bot=False)

    await dm("Myanmar military junta")
    more = await dm("tell me more")  # no reply: in a DM, the last answer is meant
    assert "Passages 4–6 of " in embed_text(more)
    china = await dm("and China?")
    assert "Read as a follow-up to: Myanmar military junta" in embed_text(china)
    assert "**China**" in embed_text(china)
    # A question of its own is not a follow-up.
    assert "follow-up" not in embed_text(await dm(QUESTION))
    # One speaking of what the last answer named by a pronoun is.
    used = embed_text(await dm("where have they been used?"))
    assert f"Read as a follow-up to: {QUESTION}" in used
    assert "Russian-made **fighter jets** have been **used**" in used
    # So is a question word with one common word the articles it quoted hold ("who
    # helped?": "...helping them maintain their air force"); one naming a thing they
    # lack is not.
    assert f"Read as a follow-up to: {QUESTION}" in embed_text(await dm("who helped?"))
    assert "follow-up" not in embed_text(await dm("who won the cup?"))
    # That found nothing, but asked of its own: a pronoun now means what it named.
    assert "Read as a follow-up to: who won the cup?" in embed_text(await dm("when did they win?"))
    # In a channel, without a reply, the member's own last answer there is meant, not
    # another member's, nor one from elsewhere (Bob's DM).
    channel = await server.say(ALICE, f"<@{BOT_ID}> and China?")
    assert "follow-up" not in embed_text(channel)
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    bobs = await server.say(BOB, f"<@{BOT_ID}> where have they been used?")
    assert "follow-up" not in embed_text(bobs)
    alices = await server.say(ALICE, f"<@{BOT_ID}> where have they been used?")
    assert f"Read as a follow-up to: {QUESTION}" in embed_text(alices)
    # A reply to another member's message asks about that message, as before.
    theirs = server.member_message(BOB, "Russia sells jets to Myanmar")
    about = await server.say(ALICE, f"<@{BOT_ID}> is it true?", replying_to=theirs)
    assert "pick Apps › Answer this question" in about["content"]


async def test_a_question_of_its_own_comes_after_the_members_last_answer_there(server, bot):
    # Of passages scoring nearly as well, those of the articles their last answer quoted
    # come first (AnswerService.ask's ``after``): the articles are kept with the question.
    store = bot.service.store
    await server.say(ALICE, f"<@{BOT_ID}> what did the circus elephants do?")
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    assert store.question(2).recent[0] == "circus.md"  # the first quoted first
    await server.say(BOB, f"<@{BOT_ID}> {QUESTION}")  # Bob asked nothing before
    assert store.question(3).recent == ()
    await server.slash("ask", ALICE, question="what did the elephants do?")
    assert store.question(4).recent == (SEED_FILE.name,)


async def test_a_mention_of_the_bots_role_is_a_mention_of_the_bot(server, bot, monkeypatch):
    monkeypatch.setattr("bot.client.QUIET_SECONDS", 0.2)
    # Typing "@qabot", a member may pick the role Discord made for the bot. Where Discord
    # shows the bot that message's text, it is answered, the role left out of the title.
    server.role_mention_shows_text = True
    reply = await server.say(ALICE, f"<@&{BOT_ROLE_ID}> {QUESTION}", mentions_bot=False)
    assert SUPPLIER in embed_text(reply)
    assert reply["embeds"][0]["title"] == QUESTION
    # Where it hides the text, the member learns what to pick; the hint does not stay.
    server.role_mention_shows_text = False
    hint = await server.say(ALICE, f"<@&{BOT_ROLE_ID}> {QUESTION}", mentions_bot=False)
    assert "pick me (marked APP), not the role" in hint["content"]
    await wait_deleted(server, hint)
    # Another role's mention is not for the bot.
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(
            server.say(ALICE, f"<@&{MODERATOR_ROLE_ID}> {QUESTION}", mentions_bot=False), 0.5
        )


async def test_messages_without_the_mention_fields_are_still_read(server, bot):
    # A Discord-like server may leave out "mentions" and "mention_roles": discord.py then
    # sets neither attribute on the message.
    fields = ("mentions", "mention_roles")
    dm = await server.say(BOB, QUESTION, in_guild=False, mentions_bot=False, leave_out=fields)
    assert SUPPLIER in embed_text(dm)
    with pytest.raises(TimeoutError):  # in a channel, without them, nothing says it is for me
        await asyncio.wait_for(server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", leave_out=fields), 0.5)
    # A reply to a message of the bot's it did not record, sent without its components.
    unknown = server.member_message(
        BOB, "An old message of mine.", author=discord_user(BOT_ID, "qabot")
    )
    del unknown["components"]
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", replying_to=unknown)
    assert SUPPLIER in embed_text(reply)


async def test_a_question_forwarded_to_the_bot_is_answered(server, bot):
    # A member forwards someone's question from a channel to the bot's DM.
    asked = server.member_message(BOB, QUESTION)
    reply = await server.say(ALICE, "", in_guild=False, mentions_bot=False, forwarding=asked)
    assert SUPPLIER in embed_text(reply)
    assert reply["embeds"][0]["title"] == QUESTION
    # A forward's reference is the message it forwards: forwarding one of the bot's
    # answers (shown as text) is no reply to it, so no follow-up of its question.
    answer = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    as_text = {**answer, "content": "the circus elephants"}
    again = await server.say(ALICE, "", in_guild=False, mentions_bot=False, forwarding=as_text)
    assert "elephants" in embed_text(again) and "follow-up" not in embed_text(again)
    # Answer this question on a forwarded message reads what it forwards.
    forward = as_forward(server.member_message(BOB, ""), asked)
    taken = await server.message_command("Answer this question", ALICE, forward)
    assert SUPPLIER in embed_text(taken.messages[-1])


async def test_a_slow_answer_to_a_mention_shows_typing_first(server, bot, monkeypatch):
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    assert server.typing == []  # a quick answer needs none
    monkeypatch.setattr("bot.replies.DEFER_AFTER_SECONDS", 0)
    reply = await server.say(ALICE, f"<@{BOT_ID}> the circus elephants")
    assert server.typing == [int(reply["channel_id"])]
    typed_at = next(i for i, r in enumerate(server.requests) if r.path.endswith("/typing"))
    posted_at = max(i for i, r in enumerate(server.requests) if r.path.endswith("/messages"))
    assert typed_at < posted_at


async def test_of_two_quick_edits_the_latest_is_shown_whichever_answer_comes_first(
    server, bot, monkeypatch
):
    reply = await server.say(ALICE, f"<@{BOT_ID}> the circus elephants")
    question = server.said[-1]
    asking = bot.service.ask

    async def slow_for_jets(question: str, *args, **kwargs):  # the first edit's answer
        if "jets" in question:
            await asyncio.sleep(0.5)
        return await asking(question, *args, **kwargs)

    monkeypatch.setattr(bot.service, "ask", slow_for_jets)
    await server.edit_said(question, f"<@{BOT_ID}> {QUESTION}")  # jets: answered late
    await asyncio.sleep(0.05)
    await server.edit_said(question, f"<@{BOT_ID}> where did the elephants go?")
    await asyncio.sleep(1.0)  # both answers are in by now
    shown = server.messages[int(reply["id"])]
    assert "elephants" in embed_text(shown) and SUPPLIER not in embed_text(shown)
    # The late answer is taken for none: editing back to its question answers it again.
    monkeypatch.setattr(bot.service, "ask", asking)
    await server.edit_said(question, f"<@{BOT_ID}> {QUESTION}")
    await server.wait_for_message(lambda m: m["id"] == reply["id"] and SUPPLIER in embed_text(m))


async def test_an_edit_made_while_the_answer_was_coming_is_answered_in_its_reply(
    server, bot, monkeypatch
):
    asking = bot.service.ask

    async def slow_for_elephants(question: str, *args, **kwargs):
        if "elephants" in question:
            await asyncio.sleep(0.5)
        return await asking(question, *args, **kwargs)

    monkeypatch.setattr(bot.service, "ask", slow_for_elephants)
    replying = asyncio.create_task(server.say(ALICE, f"<@{BOT_ID}> the circus elephants"))
    await asyncio.sleep(0.2)  # the answer is on its way
    await server.edit_said(server.said[-1], f"<@{BOT_ID}> {QUESTION}")
    reply = await replying
    assert "elephants" in embed_text(reply)  # the first answer, then the edit's
    await server.wait_for_message(lambda m: m["id"] == reply["id"] and SUPPLIER in embed_text(m))


async def test_an_edited_question_is_answered_again_in_the_same_reply(server, bot):
    reply = await server.say(ALICE, f"<@{BOT_ID}> the circus elephants")
    question = server.said[-1]
    assert "elephants" in embed_text(reply)
    before = len(server.messages)
    await server.edit_said(question, f"<@{BOT_ID}> {QUESTION}")
    edited = await server.wait_for_message(
        lambda m: m["id"] == reply["id"] and SUPPLIER in embed_text(m)
    )
    assert len(server.messages) == before  # the same reply, nothing new in the channel
    assert set(buttons(edited)) == {"Context", "👍", "👎"}
    # Its buttons and replies now go with the new question.
    follow = await server.say(BOB, f"<@{BOT_ID}> and China?", replying_to=edited)
    assert "follow-up to: who supplies Myanmar's jets?" in embed_text(follow)
    # An edit that leaves the question as it was (a link preview added), or takes the
    # mention away, changes nothing.
    patches = sum(r.method == "PATCH" for r in server.requests)
    await server.edit_said(question, f"<@{BOT_ID}>  {QUESTION} ")
    await server.edit_said(question, QUESTION)
    await asyncio.sleep(0.3)
    assert sum(r.method == "PATCH" for r in server.requests) == patches


async def test_a_mention_added_by_an_edit_soon_after_is_answered(server, bot):
    await server.say(ALICE, QUESTION, mentions_bot=False, wait=False)
    forgot = server.said[-1]
    await server.say(BOB, "how many elephants?", mentions_bot=False, wait=False)
    late = server.said[-1]
    await asyncio.sleep(0.2)
    before = len(server.messages)
    # An hour after writing it, the edit is too late to be a question asked now.
    await server.edit_said(late, f"<@{BOT_ID}> how many elephants?", "2026-11-29T01:00:00+00:00")
    await server.edit_said(forgot, f"<@{BOT_ID}> {QUESTION}")
    reply = await server.wait_for_message(
        lambda m: str((m.get("message_reference") or {}).get("message_id")) == forgot["id"]
    )
    assert SUPPLIER in embed_text(reply)
    await asyncio.sleep(0.2)
    assert len(server.messages) == before + 1  # that one reply, nothing for the late edit
    # From then on its edits are followed as any answered question's.
    await server.edit_said(forgot, f"<@{BOT_ID}> the circus elephants")
    await server.wait_for_message(lambda m: m["id"] == reply["id"] and "circus" in embed_text(m))


async def test_a_deleted_question_takes_its_answer_along(server, bot):
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    await server.delete_said(server.said[-1])
    for _ in range(100):
        if int(reply["id"]) in server.deleted:
            break
        await asyncio.sleep(0.02)
    assert int(reply["id"]) in server.deleted


async def test_questions_deleted_in_bulk_take_their_answers_along(server, bot):
    first = await server.say(BOB, f"<@{BOT_ID}> {QUESTION}")
    second = await server.say(BOB, f"<@{BOT_ID}> the circus elephants")
    kept = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    await server.delete_said_in_bulk(server.said[:2])  # a moderator purges bob's messages
    for _ in range(100):
        if {int(first["id"]), int(second["id"])} <= set(server.deleted):
            break
        await asyncio.sleep(0.02)
    assert {int(first["id"]), int(second["id"])} <= set(server.deleted)
    assert int(kept["id"]) not in server.deleted


async def test_an_answer_stands_on_its_own_once_its_question_is_old(server, bot, monkeypatch):
    monkeypatch.setattr("bot.service.FOLLOW_EDITS_SECONDS", 0)
    reply = await server.say(ALICE, f"<@{BOT_ID}> the circus elephants")
    question = server.said[-1]
    await server.edit_said(question, f"<@{BOT_ID}> {QUESTION}")
    await server.delete_said(question)
    await asyncio.sleep(0.3)
    assert "elephants" in embed_text(server.messages[int(reply["id"])])
    assert int(reply["id"]) not in server.deleted


async def test_messages_that_do_not_mention_the_bot_are_ignored(server, bot):
    before = len(server.messages)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(
            server.say(ALICE, "just chatting about elephants", mentions_bot=False), 0.5
        )
    assert len(server.messages) == before


async def test_the_asker_pages_the_public_answer_back_and_forth(server, bot):
    first = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    assert "Passages 1–3 of " in embed_text(first)
    assert set(buttons(first)) == {"More", "Context", "👍", "👎"}  # no Previous on page 1
    more = await server.click(first, buttons(first)["More"]["custom_id"], ALICE)
    assert more.callbacks[0]["type"] == 7  # the answer message is updated in place
    second = more.messages[-1]
    assert "Passages 4–6 of " in embed_text(second)
    assert embed_text(second) != embed_text(first)
    back = await server.click(second, buttons(second)["Previous"]["custom_id"], ALICE)
    assert back.callbacks[0]["type"] == 7
    assert embed_text(back.messages[-1]) == embed_text(first)


async def test_others_who_page_get_a_private_copy_to_turn(server, bot):
    first = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    bobs = await server.click(first, buttons(first)["More"]["custom_id"], BOB)
    reply = bobs.callbacks[0]
    assert reply["type"] == 4 and reply["data"]["flags"] & 64  # a private copy
    copy = bobs.messages[-1]
    assert "Passages 4–6 of " in embed_text(copy)
    assert embed_text(server.messages[int(first["id"])]) == embed_text(first)  # untouched
    turned = await server.click(copy, buttons(copy)["Previous"]["custom_id"], BOB)
    assert turned.callbacks[0]["type"] == 7  # his copy turns in place
    assert "Passages 1–3 of " in embed_text(turned.messages[-1])


async def test_more_stops_where_the_passages_stop_and_stays_on_the_question(server, bot):
    message = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    pages = [message]
    while "More" in buttons(message):
        message = await server.click(message, buttons(message)["More"]["custom_id"], ALICE)
        message = message.messages[-1]
        pages.append(message)
    total = int(re.search(r"Passages 1–3 of (\d+)", embed_text(pages[0]))[1])
    assert 3 < total <= 12 and len(pages) == -(-total // 3)
    assert f"of {total}" in embed_text(pages[-1]) and "Previous" in buttons(pages[-1])
    # Every quoted passage names a word of the question.
    for page in pages:
        for quote in embed_text(page).split("\n> ")[1:]:
            assert "**" in quote.split("\n")[0], quote


async def test_context_shows_the_neighbours_of_the_page_shown(server, bot):
    first = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    second = (await server.click(first, buttons(first)["More"]["custom_id"], ALICE)).messages[-1]
    context = await server.click(second, buttons(second)["Context"]["custom_id"], BOB)
    reply = context.callbacks[0]
    assert reply["type"] == 4 and reply["data"]["flags"] & 64  # ephemeral
    description = reply["data"]["embeds"][0]["description"]
    index = bot.service.served.index
    shown = bot.service.store.shown(bot.service.store.answer_of_message(int(first["id"])), 3, 3)
    assert len(shown) == 3
    blocks = description.split("\n\n")
    for passage, block in zip(shown, blocks, strict=True):
        number = index.locate(passage.article_id, passage.paragraph, passage.sentence)
        around = index.neighbours(number, around=1)
        quoted = block.split("\n— ")[0]
        expected = " ".join(
            f"**{render.escape(render.flat(p.text))}**"
            if p.text == passage.text
            else render.escape(render.flat(p.text))
            for p in around
        )
        assert quoted == expected
        assert f"paragraph {passage.paragraph}, sentence {passage.sentence}" in block


async def test_feedback_is_recorded_with_question_and_passages(server, bot):
    message = (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    vote = await server.click(message, buttons(message)["👎"]["custom_id"], BOB)
    assert vote.callbacks[0]["data"]["flags"] & 64
    votes = bot.service.store.votes()
    assert votes[0][0] == QUESTION and votes[0][1] == -1
    assert "000_ca0daf8963f53742.txt#p3s1" in votes[0][2]


async def test_buttons_keep_working_after_a_restart(server, settings):
    client = create_bot(settings, guild_ready_timeout=0.05)
    task = asyncio.create_task(client.start(TOKEN))
    await asyncio.wait_for(client.wait_until_ready(), 10)
    message = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    await client.close()
    await task
    restarted = create_bot(settings, guild_ready_timeout=0.05)
    task = asyncio.create_task(restarted.start(TOKEN))
    await asyncio.wait_for(restarted.wait_until_ready(), 10)
    try:
        more = await server.click(message, buttons(message)["More"]["custom_id"], BOB)
        assert "Passages 4–6" in embed_text(more.messages[-1])
    finally:
        await restarted.close()
        await task


async def test_refused_commands_are_logged_and_mentions_still_answered(server, settings, caplog):
    # Discord keeps the commands of the last sync; a refused one must not stop the bot.
    invalid = {"message": "Invalid Form Body", "code": 50035}
    server.faults.append(Fault("PUT", r"/applications/\d+/guilds/\d+/commands", 400, body=invalid))
    client = create_bot(settings, guild_ready_timeout=0.05)
    task = asyncio.create_task(client.start(TOKEN))
    try:
        await asyncio.wait_for(client.wait_until_ready(), 10)
        assert "refused the slash commands (400 Invalid Form Body)" in caplog.text
        reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
        assert SUPPLIER in embed_text(reply)
    finally:
        await client.close()
        await task


@pytest.mark.parametrize("refused", ["drop", "refuse"])
async def test_without_embed_links_the_answer_is_text(server, bot, refused):
    # An admin took Embed Links away; Discord drops the embed, or refuses the message.
    server.embeds_without_permission = refused
    await server.set_bot_permissions(VIEW_AND_SEND)
    await asyncio.sleep(0.1)  # the role update reaches the bot
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    reply = await server.wait_for_message(
        lambda m: (m["content"] or "").startswith("**who supplies")
    )
    assert not reply["embeds"] and reply["allowed_mentions"]["parse"] == []
    lines = reply["content"].splitlines()
    assert lines[0] == f"**{QUESTION}**" and SUPPLIER in reply["content"]
    assert lines[-1].startswith("-# Passages 1–3 of ")
    context = await server.click(reply, buttons(reply)["Context"]["custom_id"], ALICE)
    assert "Context: " in embed_text(context.messages[-1])  # buttons answer as before
    # A page turned in place is an embed (Discord lets a button's answer embed): the text
    # of the first page goes, not left above it.
    await server.say(ALICE, f"<@{BOT_ID}> Myanmar military junta")
    paged = await server.wait_for_message(
        lambda m: "**Myanmar military junta**" in (m["content"] or "")
    )
    more = await server.click(paged, buttons(paged)["More"]["custom_id"], ALICE)
    assert "Passages 4–6" in embed_text(more.messages[-1]) and not more.messages[-1]["content"]
    edits = [r for r in server.requests if r.method == "PATCH" and "/messages/" in r.path]
    assert len(edits) == (2 if refused == "drop" else 0)  # a dropped embed, then the text
    # A question edited there is answered again as text too.
    await server.edit_said(server.said[0], f"<@{BOT_ID}> where are the circus elephants?")
    again = await server.wait_for_message(
        lambda m: m["id"] == reply["id"] and "elephants" in (m["content"] or "")
    )
    assert not again["embeds"] and again["content"].startswith("**where are the circus")


async def test_a_server_that_does_not_echo_embeds_keeps_them(server, bot):
    server.echo_embeds = False  # the bot may embed links: nothing was dropped
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    await asyncio.sleep(0.3)  # time for a wrong edit, which would follow the post
    assert SUPPLIER in embed_text(server.messages[int(reply["id"])])
    assert not [r for r in server.requests if r.method == "PATCH"]


async def test_without_message_history_the_answer_is_no_reply(server, bot):
    # Discord refuses a reply where the bot may not read the history (160002).
    await server.set_bot_permissions(VIEW_AND_SEND & ~READ_MESSAGE_HISTORY | EMBED_LINKS)
    await asyncio.sleep(0.1)
    before = set(server.messages)
    asking = asyncio.create_task(server.say(ALICE, f"<@{BOT_ID}> {QUESTION}"))
    try:
        posted = await server.wait_for_message(
            lambda m: int(m["id"]) not in before and m.get("embeds")
        )
    finally:
        asking.cancel()
    assert SUPPLIER in embed_text(posted) and "message_reference" not in posted
    assert [r.status for r in server.requests if r.status == 403] == [403]  # the reply, once


async def test_where_it_may_not_send_the_bot_stays_silent(server, bot, caplog):
    await server.set_bot_permissions(VIEW_AND_SEND & ~SEND_MESSAGES | EMBED_LINKS)
    await asyncio.sleep(0.1)
    with pytest.raises(TimeoutError):
        await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", timeout=1)
    assert "may not post in channel" in caplog.text and "Traceback" not in caplog.text
    posted = [r for r in server.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert posted and all(r.status == 403 for r in posted)


async def test_a_moderators_help_names_the_permissions_channels_withhold(server, bot):
    channel = f"<#{GUILD_ID + 1}>"  # the local Discord's channel
    await server.set_bot_permissions(VIEW_AND_SEND & ~SEND_MESSAGES | EMBED_LINKS)
    await asyncio.sleep(0.1)
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", wait=False)
    await asyncio.sleep(0.3)  # refused: nothing is posted, a moderator must learn why
    status = embed_text((await server.slash("help", MODERATOR)).callbacks[0]["data"])
    assert f"{channel} withholds Send Messages: questions asked there go unanswered" in status
    await server.set_bot_permissions(VIEW_AND_SEND)  # now it may post, but not embed
    await asyncio.sleep(0.1)
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    status = embed_text((await server.slash("help", MODERATOR)).callbacks[0]["data"])
    assert f"{channel} withholds Embed Links: answers there go as plain text" in status
    assert "Send Messages" not in status  # it posted since: granted again
    assert "withholds" not in embed_text((await server.slash("help", ALICE)).callbacks[0]["data"])
    await server.set_bot_permissions(VIEW_AND_SEND | EMBED_LINKS)
    await asyncio.sleep(0.1)
    await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    status = embed_text((await server.slash("help", MODERATOR)).callbacks[0]["data"])
    assert "withholds" not in status


async def test_a_question_asked_without_the_bot_is_answered_from_the_message_menu(server, bot):
    story = (
        "I read a long piece this morning about the junta leader's trip to Moscow, the band "
        "that greeted him and what the two governments want from each other. "
    )
    text = f"{story * 2}Who supplies Myanmar's jets? @everyone, anyone know?"
    asked = server.member_message(BOB, text)  # over 300 characters: its questions are asked
    interaction = await server.message_command("Answer this question", ALICE, asked)
    reply = interaction.callbacks[0]
    assert reply["type"] == 4 and not reply["data"].get("flags", 0) & 64  # for everyone
    message = interaction.messages[-1]
    embed = message["embeds"][0]
    assert embed["title"] == "Who supplies Myanmar's jets? \\@everyone, anyone know?"
    assert embed["url"] == f"https://discord.com/channels/{GUILD_ID}/{GUILD_ID + 1}/{asked['id']}"
    assert SUPPLIER in embed["description"]
    assert "Asked by bob" in embed["footer"]["text"]
    assert message["allowed_mentions"] == {"parse": []}
    # A reply to it is a follow-up of that question, as for any answer.
    follow_up = await server.say(ALICE, f"<@{BOT_ID}> and China?", replying_to=message)
    assert "Read as a follow-up to: Who supplies Myanmar's jets?" in embed_text(follow_up)


async def test_a_menu_answer_keeps_naming_who_asked_when_its_pages_turn(server, bot):
    asked = server.member_message(BOB, "Myanmar military junta?")
    first = (await server.message_command("Answer this question", ALICE, asked)).messages[-1]
    more = await server.click(first, buttons(first)["More"]["custom_id"], ALICE)
    turned = more.messages[-1]["embeds"][0]
    assert "Passages 4–6 of " in turned["footer"]["text"]
    assert "Asked by bob" in turned["footer"]["text"]
    assert turned["url"] == first["embeds"][0]["url"]


async def test_the_message_menu_on_what_is_no_question_answers_privately(server, bot):
    async def menu(target: dict) -> str:
        interaction = await server.message_command("Answer this question", ALICE, target)
        reply = interaction.callbacks[0]
        assert reply["type"] == 4 and reply["data"]["flags"] & 64
        return reply["data"]["content"]

    answer = (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    assert "one of my own messages" in await menu(answer)
    assert "no text" in await menu(server.member_message(BOB, "  "))
    assert "no text" in await menu(server.member_message(BOB, f"<@{BOT_ID}> 👍"))
    rambling = server.member_message(BOB, "A long story without a question. " * 20)
    assert "no sentence of it ends in “?”" in await menu(rambling)  # too long, asks nothing


async def test_sources_and_help(server, bot, monkeypatch):
    sources = (await server.slash("sources", ALICE)).messages[-1]
    text = embed_text(sources)
    assert "Myanmar junta leader arrives in Russia" in text and "Circus news" in text
    # A list that takes a while to make (a large corpus) is deferred, then sent.
    monkeypatch.setattr("bot.replies.DEFER_AFTER_SECONDS", 0)
    slow = await server.slash("sources", MODERATOR)
    assert slow.callbacks[0]["type"] == 5 and slow.callbacks[0]["data"]["flags"] & 64
    assert "`000_ca0daf8963f53742.txt`" in embed_text(slow.messages[-1])
    monkeypatch.setattr("bot.replies.DEFER_AFTER_SECONDS", 1.0)
    help_reply = (await server.slash("help", ALICE)).callbacks[0]
    assert help_reply["data"]["flags"] & 64
    assert "/ask" in help_reply["data"]["embeds"][0]["description"]
    assert len(help_reply["data"]["embeds"]) == 1  # no moderators' part, no status
    assert "**Status**" not in help_reply["data"]["embeds"][0]["description"]
    # A moderator's /help has the moderators' part in an embed of its own, ending with how
    # the bot is doing; both within a message's limit.
    shown = (await server.slash("help", MODERATOR)).callbacks[0]["data"]["embeds"]
    assert [embed["title"] for embed in shown] == [
        "How to ask me",
        "For moderators (Manage Server, or a moderator role)",
    ]
    assert "/reload" not in shown[0]["description"]
    status = shown[1]["description"].split("**Status**\n", 1)[1]
    assert re.search(r"qabot [\d.]+\S*; serving the index saved <t:\d+:f> \(<t:\d+:R>\)", status)
    assert re.search(r"Up since <t:\d+:f>", status) and "Shard 0 of 1" in status


async def test_reload_is_refused_for_members_and_done_for_moderators(server, bot, corpus):
    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    refused = await server.slash("reload", ALICE)
    assert "only moderators" in refused.messages[-1]["content"]
    assert refused.messages[-1]["flags"] & 64
    before = (await server.slash("ask", ALICE, question="reactor")).messages[-1]
    assert "no answer to that in the corpus" in embed_text(before)
    (corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    done = await server.slash("reload", MODERATOR)
    assert done.callbacks[0]["type"] == 5  # deferred, privately
    report = embed_text(done.messages[-1])
    assert done.messages[-1]["flags"] & 64
    assert "Added: *Nuclear deal* (`nuclear.md`)" in report
    assert "broken.txt" in report and "binary" in report
    answer = (await server.slash("ask", ALICE, question="reactor deal")).messages[-1]
    assert "They signed a **reactor deal**." in embed_text(answer)
    by_permission = await server.slash("reload", ADMIN)
    # Nothing changed since: one line, and the unreadable file is not told again.
    again = embed_text(by_permission.messages[-1])
    assert "Nothing changed: 3 articles" in again
    assert "1 file still cannot be read, as reported before" in again
    assert "broken.txt" not in again
    # A moderator who missed the report finds it in their /sources; members never see it.
    listed = (await server.slash("sources", MODERATOR)).messages[-1]
    first = listed["embeds"][0]["description"].splitlines()[0]
    assert first.startswith("⚠️ Cannot be read: broken.txt") and "binary" in first
    assert listed["embeds"][0]["footer"]["text"].endswith("3 articles, 1 file that cannot be read")
    public = (await server.slash("sources", ALICE)).messages[-1]
    assert "broken" not in embed_text(public)


async def test_a_failed_reload_keeps_answering(server, bot, corpus):
    shutil.rmtree(corpus)
    failed = await server.slash("reload", ADMIN)
    assert "Reload failed" in failed.messages[-1]["content"]
    assert "still answering" in failed.messages[-1]["content"]
    assert SUPPLIER in embed_text(
        (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    )


async def test_quoted_everyone_pings_nobody(server, bot):
    message = (await server.slash("ask", ALICE, question="circus elephants performed")).messages[-1]
    text = embed_text(message)
    assert "\\@everyone" in text and "\\<\\@&1200000000000000003>" in text
    assert message["allowed_mentions"] == {"parse": []}


async def test_over_long_and_empty_questions_get_kind_replies(server, bot, monkeypatch):
    monkeypatch.setattr("bot.client.QUIET_SECONDS", 0.2)
    long_ask = await server.slash("ask", ALICE, question="why " * 100)
    assert "limit is 300" in long_ask.messages[-1]["content"]
    assert long_ask.messages[-1]["flags"] & 64
    empty_ask = await server.slash("ask", ALICE, question="\u200b?")
    assert "empty" in empty_ask.messages[-1]["content"] and empty_ask.messages[-1]["flags"] & 64
    # By mention, the reply does not stay in the channel: it deletes itself.
    for typed, said in [
        ("why " * 200, "limit is 300"),
        ("", "Ask me a question"),
        ("?", "Ask me a question"),  # nothing to search for: the same hint
        ("\u200b", "Ask me a question"),
    ]:
        reply = await server.say(ALICE, f"<@{BOT_ID}> {typed}")
        assert said in reply["content"], typed
        await wait_deleted(server, reply)
    # A bare mention in reply to someone's question: that message is read through the menu.
    asked = server.member_message(BOB, QUESTION)
    reply = await server.say(ALICE, f"<@{BOT_ID}>", replying_to=asked)
    assert "pick Apps › Answer this question" in reply["content"]
    # So is one asking about that message: "is this true?" searched the news for "true".
    claim = server.member_message(BOB, "Russia gave Myanmar ten jets last week")
    for typed in ("is this true?", "fact check", "source?"):
        reply = await server.say(ALICE, f"<@{BOT_ID}> {typed}", replying_to=claim)
        assert "pick Apps › Answer this question" in reply["content"], typed
    # Where Discord shows the bot the message replied to, that message is answered.
    server.message_content_intent = True
    answered = await server.say(ALICE, f"<@{BOT_ID}> is this true?", replying_to=asked)
    embed = answered["embeds"][0]
    assert SUPPLIER in embed["description"] and "Asked by bob" in embed["footer"]["text"]
    assert embed["title"] == QUESTION
    in_dm = await server.say(ALICE, "?", in_guild=False, mentions_bot=False)
    assert "Ask me a question in words" in in_dm["content"]  # a DM is private: it stays
    await asyncio.sleep(0.4)
    assert int(in_dm["id"]) not in server.deleted


async def wait_deleted(server: FakeDiscord, message: dict) -> None:
    for _ in range(100):
        if int(message["id"]) in server.deleted:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"message {message['content']!r} was not deleted")


async def test_a_long_mention_is_asked_by_its_questions(server, bot):
    story = "I was reading about the visit to Moscow and the band that played there. " * 4
    reply = await server.say(ALICE, f"<@{BOT_ID}> {story}Who supplies Myanmar's jets? Thanks!")
    assert SUPPLIER in embed_text(reply)
    assert reply["embeds"][0]["title"] == "Who supplies Myanmar's jets?"


async def test_a_cooldown_by_mention_is_quiet_too(server, bot, monkeypatch):
    monkeypatch.setattr("bot.client.QUIET_SECONDS", 0.2)
    bot.service.cooldown.seconds = 30
    first = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    again = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    assert "you can ask again in" in again["content"]
    await wait_deleted(server, again)
    # What posts as an answer does counts as one: "what's new?", "tell me more".
    for said, reply_to in (("what's new?", None), ("tell me more", first)):
        refused = await server.say(ALICE, f"<@{BOT_ID}> {said}", replying_to=reply_to)
        assert "you can ask again in" in refused["content"], said
    asked = (await server.slash("ask", ALICE, question="latest news")).messages[-1]
    assert asked["flags"] & 64 and "you can ask again in" in asked["content"]


async def test_rate_limited_callback_is_retried(server, bot):
    server.faults.append(
        Fault(
            "POST",
            r"/interactions/\d+/[^/]+/callback",
            429,
            body={"message": "You are being rate limited.", "retry_after": 0.2, "global": False},
            headers={"Via": "1.1 google", "X-RateLimit-Scope": "user"},
        )
    )
    interaction = await server.slash("ask", ALICE, question=QUESTION)
    assert SUPPLIER in embed_text(interaction.messages[-1])
    callbacks = [r for r in server.requests if r.path.endswith("/callback")]
    assert [r.status for r in callbacks] == [429, 200]


async def test_gateway_close_4000_resumes_and_answers(server, bot):
    await server.close_gateway(4000)
    await server.wait_connected()
    assert server.resumes == 1 and len(server.identifies) == 1
    assert SUPPLIER in embed_text(
        (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    )


async def test_cooldown_shows_the_time_left(server, bot):
    bot.service.cooldown.seconds = 30
    await server.slash("ask", ALICE, question=QUESTION)
    again = await server.slash("ask", ALICE, question=QUESTION)
    assert "you can ask again in" in again.messages[-1]["content"]
    assert again.messages[-1]["flags"] & 64
    other = await server.slash("ask", BOB, question=QUESTION)
    assert SUPPLIER in embed_text(other.messages[-1])


async def test_slow_answers_are_deferred_then_delivered(server, bot, monkeypatch):
    monkeypatch.setattr("bot.replies.DEFER_AFTER_SECONDS", 0)
    interaction = await server.slash("ask", ALICE, question=QUESTION)
    assert interaction.callbacks[0]["type"] == 5  # "qabot is thinking…"
    assert SUPPLIER in embed_text(interaction.messages[-1])


async def test_a_private_question_is_answered_to_the_asker_alone(server, bot, monkeypatch):
    asked = await server.slash("ask", ALICE, question="Myanmar military junta", private=True)
    reply = asked.callbacks[0]
    assert reply["type"] == 4 and reply["data"]["flags"] & 64
    first = asked.messages[-1]
    assert set(buttons(first)) == {"More", "Context", "👍", "👎"}
    more = await server.click(first, buttons(first)["More"]["custom_id"], ALICE)
    assert more.callbacks[0]["type"] == 7  # a private answer turns in place
    assert "Passages 4–6 of " in embed_text(more.messages[-1])
    # Never offered to others as they type; a public question is.
    await server.slash("ask", ALICE, question="where are the circus elephants?", private=True)
    assert await server.autocomplete("ask", BOB, question="elephants") == []
    assert await server.autocomplete("ask", BOB, question="military junta") == []
    # Slow: the "thinking" is private too.
    monkeypatch.setattr("bot.replies.DEFER_AFTER_SECONDS", 0)
    slow = await server.slash("ask", ALICE, question=QUESTION, private=True)
    assert slow.callbacks[0]["type"] == 5 and slow.callbacks[0]["data"]["flags"] & 64
    assert SUPPLIER in embed_text(slow.messages[-1])


SEED_ID = SEED_FILE.name


async def test_a_question_asked_within_one_article_stays_there(server, bot):
    choices = await server.autocomplete("ask", ALICE, question="", article="junta leader")
    assert choices == [
        {"name": "Myanmar junta leader arrives in Russia for official visit", "value": SEED_ID}
    ]
    first = (
        await server.slash("ask", ALICE, question="Myanmar military junta", article=SEED_ID)
    ).messages[-1]
    footer = first["embeds"][0]["footer"]["text"]
    assert "Only in: Myanmar junta leader arrives in Russia for official visit" in footer
    more = await server.click(first, buttons(first)["More"]["custom_id"], ALICE)
    assert "Only in: Myanmar junta" in more.messages[-1]["embeds"][0]["footer"]["text"]
    # Typed as a title rather than picked, it is found too; elsewhere, nothing answers.
    circus = await server.slash("ask", ALICE, question="elephants", article="circus NEWS")
    assert "the circus **elephants**" in embed_text(circus.messages[-1])
    nothing = await server.slash("ask", ALICE, question="performed", article=SEED_ID)
    said = embed_text(nothing.messages[-1])
    assert "no answer to that in *Myanmar junta leader arrives in Russia" in said
    assert "Ask without `article:` to search every article" in said
    # A follow-up stays in the article.
    follow = await server.say(BOB, f"<@{BOT_ID}> and the circus?", replying_to=first)
    assert "Only in: Myanmar junta" in embed_text(follow)
    # Part of one title is enough; part of several, or of none, is not.
    partial = await server.slash("ask", ALICE, question="elephants", article="circus")
    assert "Only in: Circus news" in embed_text(partial.messages[-1])
    unknown = await server.slash("ask", ALICE, question="elephants", article="Zoo news")
    reply = unknown.messages[-1]
    assert reply["flags"] & 64 and "no article 'Zoo news' in the corpus" in reply["content"]


async def test_articles_of_one_title_are_told_apart_where_members_pick_them(server, bot, corpus):
    write(corpus, "u1.md", "---\ntitle: Update\npublished: 2024-01-02\n---\nThe dam opened.\n")
    write(corpus, "u2.md", "---\ntitle: Update\npublished: 2024-02-03\n---\nThe bridge shut.\n")
    await server.slash("reload", ADMIN)
    choices = await server.autocomplete("ask", ALICE, question="", article="upda")
    assert choices == [
        {"name": "Update · 2024-01-02", "value": "u1.md"},
        {"name": "Update · 2024-02-03", "value": "u2.md"},
    ]
    picked = await server.slash("ask", ALICE, question="tl;dr", article="u2.md")
    assert "The bridge shut." in embed_text(picked.messages[-1])
    typed = (await server.slash("ask", ALICE, question="tl;dr", article="Update")).messages[-1]
    assert typed["flags"] & 64 and "2 articles answer to 'Update'" in typed["content"]
    assert "suggestions tell them apart" in typed["content"] and ".md" not in typed["content"]
    mentioned = await server.say(ALICE, f"<@{BOT_ID}> tl;dr update")
    assert "2 articles answer to 'update'" in mentioned["content"]


async def test_sources_pages_turn(server, bot, corpus):
    for number in range(20):
        write(
            corpus, f"extra{number:02}.md", f"---\ntitle: Extra {number:02}\n---\nText {number}.\n"
        )
    await server.slash("reload", ADMIN)
    first = (await server.slash("sources", ALICE)).messages[-1]
    assert "Page 1 of 2" in embed_text(first)
    assert set(buttons(first)) == {"Next"}
    assert "`extra00.md`" not in embed_text(first)  # file names are for moderators
    turned = await server.click(first, buttons(first)["Next"]["custom_id"], ALICE)
    assert turned.callbacks[0]["type"] == 7
    assert "Page 2 of 2" in embed_text(turned.messages[-1])
    assert set(buttons(turned.messages[-1])) == {"Previous"}
    bobs = await server.click(first, buttons(first)["Next"]["custom_id"], BOB)
    assert bobs.callbacks[0]["type"] == 4 and bobs.callbacks[0]["data"]["flags"] & 64
    assert "Page 2 of 2" in embed_text(bobs.messages[-1])
    moderators = (await server.slash("sources", MODERATOR)).messages[-1]
    assert moderators["flags"] & 64 and "`extra00.md`" in embed_text(moderators)
    private_turn = await server.click(
        moderators, buttons(moderators)["Next"]["custom_id"], MODERATOR
    )
    assert private_turn.callbacks[0]["type"] == 7
    assert "`extra19.md`" in embed_text(private_turn.messages[-1])


async def test_sources_searched_by_title_turn_their_own_pages(server, bot, corpus):
    for number in range(25):
        kind = "Dam" if number % 5 else "Circus"
        write(corpus, f"x{number:02}.md", f"---\ntitle: {kind} news {number:02}\n---\nText.\n")
    await server.slash("reload", ADMIN)
    dams = (await server.slash("sources", ALICE, search="dam NEWS")).messages[-1]
    text = embed_text(dams)
    assert "titles holding “dam NEWS”" in text and "20 articles" in text
    assert "Dam news 01" in text and "Circus news" not in text and "Myanmar" not in text
    turned = await server.click(dams, buttons(dams)["Next"]["custom_id"], ALICE)
    page = embed_text(turned.messages[-1])
    assert "Page 2 of 2" in page and "Dam news 24" in page and "Circus" not in page
    nothing = (await server.slash("sources", ALICE, search="zebras")).messages[-1]
    assert "No article's title holds “zebras”" in embed_text(nothing)
    assert nothing["components"] == []


async def test_sources_pages_turned_slowly_are_deferred_first(server, bot, corpus, monkeypatch):
    for number in range(20):
        write(corpus, f"extra{number:02}.md", f"---\ntitle: Extra {number:02}\n---\nText.\n")
    await server.slash("reload", ADMIN)
    first = (await server.slash("sources", ALICE)).messages[-1]
    # After a reload the list is made again: on a large corpus, that takes a while.
    write(corpus, "extra20.md", "---\ntitle: Extra 20\n---\nText.\n")
    await server.slash("reload", ADMIN)
    monkeypatch.setattr("bot.replies.DEFER_AFTER_SECONDS", 0)
    turned = await server.click(first, buttons(first)["Next"]["custom_id"], ALICE)
    assert turned.callbacks[0]["type"] == 6  # a silent wait, then the same message changes
    assert turned.messages[-1]["id"] == first["id"]
    assert "Page 2 of 2" in embed_text(server.messages[int(first["id"])])
    write(corpus, "extra21.md", "---\ntitle: Extra 21\n---\nText.\n")
    await server.slash("reload", ADMIN)
    bobs = await server.click(first, buttons(first)["Next"]["custom_id"], BOB)
    assert bobs.callbacks[0]["type"] == 5 and bobs.callbacks[0]["data"]["flags"] & 64
    assert "Page 2 of 2" in embed_text(bobs.messages[-1]) and bobs.messages[-1]["flags"] & 64


async def test_unexpected_errors_get_a_private_apology_and_a_logged_traceback(
    server, bot, monkeypatch, caplog
):
    async def broken(*args, **kwargs):
        raise RuntimeError("boom in /srv/private/path")

    monkeypatch.setattr(bot.service, "find", broken)
    reply = (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    assert reply["flags"] & 64
    assert "something went wrong" in reply["content"]
    assert "boom" not in reply["content"] and "/srv" not in reply["content"]
    assert "boom in /srv/private/path" in caplog.text and "Traceback" in caplog.text
    mention = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    assert "something went wrong" in mention["content"]


async def test_two_reloads_at_once_share_one_outcome(server, bot, corpus):
    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    first, second = await asyncio.gather(
        server.slash("reload", MODERATOR), server.slash("reload", ADMIN)
    )
    for done in (first, second):
        assert "Added: *Nuclear deal* (`nuclear.md`)" in embed_text(done.messages[-1])


@pytest.mark.parametrize(
    "status, headers, body",
    [
        (
            429,
            {"Via": "1.1 google", "X-RateLimit-Global": "true", "X-RateLimit-Scope": "global"},
            {"message": "You are being rate limited.", "retry_after": 0.2, "global": True},
        ),
        (502, {}, {"message": "Bad Gateway", "code": 0}),
    ],
    ids=["global-429", "502"],
)
async def test_replies_survive_global_rate_limits_and_server_errors(
    server, bot, status, headers, body
):
    server.faults.append(
        Fault("POST", r"/interactions/\d+/[^/]+/callback", status, body=body, headers=headers)
    )
    server.faults.append(
        Fault("POST", r"/channels/\d+/messages", status, body=body, headers=headers)
    )
    interaction = await server.slash("ask", ALICE, question=QUESTION)
    assert SUPPLIER in embed_text(interaction.messages[-1])
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    assert SUPPLIER in embed_text(reply)
    for route in ("/callback", "/messages"):
        sent = [r.status for r in server.requests if r.path.endswith(route)]
        assert sent == [status, 200], route


async def test_reconnect_request_and_dropped_connection_resume(server, bot):
    await server.send_reconnect()
    await server.wait_connected()
    server.drop_gateway()
    await server.wait_connected()
    assert server.resumes == 2 and len(server.identifies) == 1
    assert SUPPLIER in embed_text(
        (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    )


async def test_reload_is_refused_in_dms_and_for_forged_members_and_nothing_reloads(
    server, bot, corpus
):
    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    forged = Member(1400000000000000009, "forger", roles=(1200000000000000077,))
    for member, in_guild in ((ADMIN, False), (forged, True), (ALICE, True)):
        refused = await server.slash("reload", member, in_guild=in_guild)
        assert "only moderators" in refused.messages[-1]["content"]
    assert "nuclear.md" not in bot.service.served.index.articles


async def test_a_flood_from_one_member_does_not_slow_the_others(server, bot):
    bot.service.cooldown.seconds = 60
    flood = [server.slash("ask", ALICE, question=QUESTION) for _ in range(30)]
    others = [
        server.slash("ask", Member(1500000000000000000 + n, f"user{n}"), question=QUESTION)
        for n in range(10)
    ]
    done = await asyncio.gather(*flood, *others)
    flooded, answered = done[:30], done[30:]
    refused = [i for i in flooded if "you can ask again" in (i.messages[-1]["content"] or "")]
    assert len(refused) == 29  # one question went through
    assert all(SUPPLIER in embed_text(i.messages[-1]) for i in answered)


async def test_500_questions_while_reloading_five_times(server, bot, corpus):
    questions = [
        (QUESTION, SUPPLIER),
        ("elephants circus", "six **elephants** to the Moscow **Circus**"),
        ("when was the coup", "launched the **coup** in 2021"),
    ]
    users = [Member(1600000000000000000 + n, f"member{n}") for n in range(50)]
    latencies: list[float] = []

    async def ask(number: int) -> None:
        question, expected = questions[number % len(questions)]
        user = users[number % len(users)]
        started = asyncio.get_running_loop().time()
        if number % 4 == 0:
            reply = await server.say(user, f"<@{BOT_ID}> {question}")
        else:
            reply = (await server.slash("ask", user, question=question)).messages[-1]
        latencies.append(asyncio.get_running_loop().time() - started)
        assert expected in embed_text(reply), (question, embed_text(reply))

    async def reloads() -> None:
        for round_ in range(5):
            write(corpus, f"extra{round_}.md", f"---\ntitle: Extra {round_}\n---\nNote {round_}.\n")
            done = await server.slash("reload", ADMIN)
            assert "Reloaded" in embed_text(done.messages[-1])
            await asyncio.sleep(0.05)

    async def batches() -> None:
        for start in range(0, 500, 25):
            await asyncio.gather(*(ask(n) for n in range(start, start + 25)))

    await asyncio.gather(batches(), reloads())
    assert len(latencies) == 500
    latencies.sort()
    p50, p95 = latencies[250] * 1000, latencies[475] * 1000
    print(f"\n500 questions during 5 reloads: answer latency p50 {p50:.1f} ms, p95 {p95:.1f} ms")


async def test_a_reload_by_another_bot_process_is_picked_up(server, bot, corpus, tmp_path):
    from bot.served import ServedIndex

    other_process = ServedIndex(corpus, bot.settings.index_dir)
    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    other_process.refresh()
    for _ in range(100):
        if "nuclear.md" in bot.service.served.index.articles:
            break
        await asyncio.sleep(0.05)
    answer = (await server.slash("ask", ALICE, question="reactor deal")).messages[-1]
    assert "They signed a **reactor deal**." in embed_text(answer)


@pytest.mark.parametrize(
    "target, error, said",
    [
        ("index.build.save_index", OSError(28, "No space left on device"), "No space left"),
        ("index.build.assemble", RuntimeError("boom at /srv/secret"), "unexpected error (Runt"),
    ],
    ids=["disk-full", "crash-mid-build"],
)
async def test_a_failed_reload_says_why_and_keeps_serving(
    server, bot, corpus, monkeypatch, target, error, said
):
    def fail(*args, **kwargs):
        raise error

    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    bot.service.served.isolated = False  # the fault is injected into this process
    monkeypatch.setattr(target, fail)
    failed = await server.slash("reload", ADMIN)
    content = failed.messages[-1]["content"]
    assert said in content and "still answering" in content and "/srv" not in content
    assert SUPPLIER in embed_text(
        (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    )
    assert "nuclear.md" not in bot.service.served.index.articles


async def test_a_reply_to_an_answer_is_a_follow_up_answered_as_a_reply(server, bot):
    first = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    # Discord's reply with the mention on (its default) lists the bot among the mentions.
    follow = await server.say(BOB, "and China?", replying_to=first)
    assert follow["message_reference"]["message_id"] != first["id"]  # a reply to Bob's
    text = embed_text(follow)
    assert SUPPLIER.replace("China", "**China**") in text
    assert "Read as a follow-up to: who supplies Myanmar's jets?" in text
    # A reply to a slash command's answer is followed up the same way.
    asked = (await server.slash("ask", ALICE, question="elephants")).messages[-1]
    again = await server.say(BOB, "when was that?", replying_to=asked)
    assert "follow-up to: elephants" in embed_text(again)
    assert "**elephants**" in embed_text(again)
    # A server that sends only the replied-to message's id: the store knows the answer.
    bare = await server.say(BOB, "and China?", replying_to=first, send_replied=False)
    assert "Read as a follow-up to: who supplies Myanmar's jets?" in embed_text(bare)


async def test_thanks_greetings_and_help_are_not_searched_for(server, bot, monkeypatch):
    monkeypatch.setattr("bot.client.QUIET_SECONDS", 0.2)
    first = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    answers = len([m for m in server.messages.values() if m.get("embeds")])
    for said in ("thanks!", "Thank you so much 🙏", "ok cool", "👍"):
        welcome = await server.say(ALICE, f"<@{BOT_ID}> {said}", replying_to=first)
        assert welcome["content"] == "You're welcome!", said
        await wait_deleted(server, welcome)
    assert len([m for m in server.messages.values() if m.get("embeds")]) == answers
    fresh = await server.say(BOB, f"<@{BOT_ID}> 👍")  # not after an answer: how to ask
    assert "Ask me a question" in fresh["content"]
    # "help" and "hi" say how to ask, rather than search the news for them.
    helped = await server.say(BOB, f"<@{BOT_ID}> help")
    assert helped["content"].startswith("I answer questions from the news articles I have")
    greeted = await server.say(BOB, f"hello <@{BOT_ID}>!")
    assert greeted["content"].startswith("Hi! I answer questions")
    asked = (await server.slash("ask", BOB, question="help")).messages[-1]
    assert asked["flags"] & 64 and asked["content"].startswith("I answer questions")
    # "source?" and, in reply to an answer, "that's wrong" get pointers, not searches.
    where = await server.say(ALICE, f"<@{BOT_ID}> source?", replying_to=first)
    assert where["content"].startswith("Each passage I quote names its source")
    wrong = await server.say(ALICE, f"<@{BOT_ID}> that's wrong", replying_to=first)
    assert "Press 👎 under the answer" in wrong["content"]
    follow = await server.say(ALICE, f"<@{BOT_ID}> thanks, and China?", replying_to=first)
    assert "follow-up to: who supplies Myanmar's jets?" in embed_text(follow)
    # "Is this true?" of nothing said: which claim? Of an answer: the quotes are checkable.
    unsaid = await server.say(BOB, f"<@{BOT_ID}> is this true?")
    assert unsaid["content"].startswith("Ask me about the claim itself")
    doubted = await server.say(ALICE, f"<@{BOT_ID}> is this true?", replying_to=first)
    assert doubted["content"].startswith("I quote the articles word for word")


async def test_tldr_quotes_the_opening_of_the_article_meant(server, bot, corpus, monkeypatch):
    monkeypatch.setattr("bot.client.QUIET_SECONDS", 0.2)
    # Of two articles, alone, it asks which: quietly, with how to name one.
    which = await server.say(ALICE, f"<@{BOT_ID}> tl;dr?")
    assert "reply “tl;dr” to one of my answers" in which["content"]
    await wait_deleted(server, which)
    # In reply to an answer: the opening of the article it quoted first.
    first = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    gist = await server.say(BOB, f"<@{BOT_ID}> tl;dr", replying_to=first)
    text = embed_text(gist)
    assert "> The leader of Myanmar's military junta has arrived in Russia" in text
    assert "The article's first sentences" in text and "follow-up" not in text
    # Named with /ask's article: option.
    named = (await server.slash("ask", BOB, question="key takeaways", article="Circus")).messages
    assert "the circus elephants performed again" in embed_text(named[-1])
    # The article its title names.
    titled = await server.say(BOB, f"<@{BOT_ID}> tl;dr circus")
    assert "the circus elephants performed again" in embed_text(titled)
    # The page a link in it is (Discord's <> against a preview around it).
    source = "---\ntitle: Ships\nsource: https://news.example.com/ships\n---\nShips sailed."
    write(corpus, "ships.md", source)
    await server.slash("reload", MODERATOR)
    linked = await server.say(ALICE, f"<@{BOT_ID}> tl;dr <https://news.example.com/ships>")
    assert "> Ships sailed." in embed_text(linked)
    # A link alone asks the same, by mention or with Answer this question on it.
    alone = await server.say(ALICE, f"<@{BOT_ID}> https://news.example.com/ships")
    assert "> Ships sailed." in embed_text(alone)
    shared = server.member_message(BOB, "https://news.example.com/ships")
    picked = await server.message_command("Answer this question", ALICE, shared)
    assert "> Ships sailed." in embed_text(picked.messages[-1])
    # A page no article comes from is said to be none, quietly.
    other = await server.say(ALICE, f"<@{BOT_ID}> https://news.example.com/planes")
    assert "no article of the corpus comes from https://news.example.com/planes" in other["content"]


async def test_asking_which_articles_it_knows_gets_the_list(server, bot):
    listed = await server.say(ALICE, f"<@{BOT_ID}> list the articles")
    assert listed["embeds"][0]["title"] == "Articles I know"
    assert "Circus news" in embed_text(listed) and "no answer" not in embed_text(listed)
    asked = (await server.slash("ask", BOB, question="what topics do you cover?")).messages
    assert asked[-1]["embeds"][0]["title"] == "Articles I know"
    # /ask reads a request before small talk, as a mention does: "the sources" lists them.
    sources = (await server.slash("ask", BOB, question="the sources")).messages
    assert sources[-1]["embeds"][0]["title"] == "Articles I know"


async def test_why_in_reply_to_an_answer_gets_the_sentences_around_it(server, bot):
    first = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    more = await server.click(first, buttons(first)["More"]["custom_id"], ALICE)
    turned = more.messages[-1]  # the answer shows its second page now
    why = await server.say(BOB, f"<@{BOT_ID}> why?", replying_to=turned)
    assert str(why["message_reference"]["message_id"]) == server.said[-1]["id"]  # a reply
    context = embed_text(why).replace("**", "")
    assert context.startswith("Context: Myanmar military junta")
    quote = re.search(r"^> (.*)$", embed_text(turned), re.MULTILINE)[1].replace("**", "")
    assert quote[:40] in context  # the page shown, not the first


async def test_tell_me_more_in_reply_to_an_answer_gets_its_next_page(server, bot):
    first = await server.say(ALICE, f"<@{BOT_ID}> Myanmar military junta")
    assert "Passages 1–3 of " in embed_text(first)
    more = await server.say(BOB, f"<@{BOT_ID}> tell me more", replying_to=first)
    assert "Passages 4–6 of " in embed_text(more)
    further = await server.say(BOB, f"<@{BOT_ID}> what else?", replying_to=more)
    assert "Passages 7–9 of " in embed_text(further)
    last = await server.say(BOB, f"<@{BOT_ID}> more", replying_to=further)
    assert "Passage 10 of 10" in embed_text(last)
    # No more passages: more of the article, the sentences around the last page shown.
    done = await server.say(BOB, f"<@{BOT_ID}> more please", replying_to=last)
    assert embed_text(done).replace("**", "").startswith("Context: Myanmar military junta")
    quote = re.search(r"^> (.*)$", embed_text(last), re.MULTILINE)[1].replace("**", "")
    assert quote[:40] in embed_text(done).replace("**", "")


async def test_whats_new_lists_the_newest_articles(server, bot, corpus):
    for day in (3, 1, 2):
        write(
            corpus,
            f"news{day}.md",
            f"---\ntitle: Dam news {day}\npublished: 2025-07-0{day}\n---\nA dam collapsed.\n",
        )
    await server.slash("reload", ADMIN)
    reply = await server.say(ALICE, f"<@{BOT_ID}> what's new?")
    text = embed_text(reply)
    assert text.index("Dam news 3") < text.index("Dam news 2") < text.index("Dam news 1")
    assert "Myanmar junta" not in text  # no date: not listed
    assert int(reply["id"]) not in server.deleted  # an answer, not a quiet hint
    asked = (await server.slash("ask", BOB, question="latest news")).messages[-1]
    assert "Dam news 3" in embed_text(asked) and not asked["flags"] & 64
    said = server.member_message(BOB, "any news?")  # asked in the channel, without me
    picked = (await server.message_command("Answer this question", ALICE, said)).messages[-1]
    assert "Dam news 3" in embed_text(picked)
    thanks = server.member_message(BOB, "thanks everyone!")
    picked = (await server.message_command("Answer this question", ALICE, thanks)).messages[-1]
    assert picked["flags"] & 64
    assert picked["content"] == "That message asks nothing I can answer from the news."
    # Where the bot may not embed links, the list comes as text.
    await server.set_bot_permissions(VIEW_AND_SEND)
    as_text = await server.say(ALICE, f"<@{BOT_ID}> any news?")
    assert as_text["content"].startswith("**What's new**\nThe newest articles I have:")


async def test_a_reply_the_bot_cannot_read_gets_a_quiet_hint(server, bot, monkeypatch):
    monkeypatch.setattr("bot.client.QUIET_SECONDS", 0.2)
    first = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    # With the mention off, Discord shows a bot without the message-content intent no text.
    hint = await server.say(BOB, "and China?", replying_to=first, mentions_bot=False)
    assert "turn the mention on" in hint["content"]
    await wait_deleted(server, hint)


async def test_messages_from_bots_are_never_answered(server, bot):
    before = len(server.messages)
    other_bot = {**discord_user(1700000000000000001, "otherbot"), "bot": True}
    itself = {**discord_user(BOT_ID, "qabot"), "bot": True}
    for author in (other_bot, itself):
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(server.say(ALICE, f"<@{BOT_ID}> {QUESTION}", author=author), 0.5)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(
                server.say(ALICE, QUESTION, in_guild=False, mentions_bot=False, author=author),
                0.5,
            )
    assert len(server.messages) == before


async def test_a_member_with_a_role_that_is_not_a_moderator_role_cannot_reload(server, bot, corpus):
    helper = Member(1400000000000000010, "helper", roles=(HELPER_ROLE_ID,))
    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    refused = await server.slash("reload", helper)
    assert "only moderators" in refused.messages[-1]["content"]
    assert "nuclear.md" not in bot.service.served.index.articles
    help_reply = (await server.slash("help", helper)).callbacks[0]["data"]["embeds"][0]
    assert "/reload" not in help_reply["description"]
    moderator_help = (await server.slash("help", MODERATOR)).callbacks[0]["data"]["embeds"][-1]
    assert "/reload" in moderator_help["description"]


async def test_ask_suggests_earlier_answered_questions_and_titles(server, bot):
    await server.slash("ask", ALICE, question="where are the circus elephants?")
    await server.slash("ask", ALICE, question="ornithology")  # no answer: never suggested
    choices = await server.autocomplete("ask", BOB, question="circ")
    names = [c["name"] for c in choices]
    assert names == ["where are the circus elephants?", "Circus news"]
    assert all(c["value"] == c["name"] for c in choices)
    everything = await server.autocomplete("ask", BOB, question="")
    assert 1 <= len(everything) <= 25 and "ornithology" not in [c["name"] for c in everything]


async def test_ask_suggests_only_what_the_channel_has_seen(server, bot):
    # A question asked in a DM is the member's own: suggested to them there, to no one else.
    mine = "where are the circus elephants, please?"
    await server.slash("ask", ALICE, in_guild=False, question=mine)
    offered = await server.autocomplete("ask", ALICE, in_guild=False, question="circus")
    assert [c["name"] for c in offered][:1] == [mine]
    for member, in_guild in ((BOB, False), (BOB, True), (ALICE, True)):
        offered = await server.autocomplete("ask", member, in_guild=in_guild, question="circus")
        assert mine not in [c["name"] for c in offered]
    # A question taken back (deleted, by its member or a moderator) is offered no more.
    await server.say(ALICE, f"<@{BOT_ID}> where are the circus elephants now?")
    asked = server.said[-1]
    offered = await server.autocomplete("ask", BOB, question="circus")
    assert "where are the circus elephants now?" in [c["name"] for c in offered]
    await server.delete_said(asked)
    # So is one Answer this question answered, once that message is deleted.
    theirs = server.member_message(BOB, "which circus got the elephants?")
    await server.message_command("Answer this question", ALICE, theirs)
    offered = await server.autocomplete("ask", BOB, question="circus")
    assert "which circus got the elephants?" in [c["name"] for c in offered]
    await server.delete_said(theirs)
    await asyncio.sleep(0.1)
    offered = [c["name"] for c in await server.autocomplete("ask", BOB, question="circus")]
    assert "where are the circus elephants now?" not in offered
    assert "which circus got the elephants?" not in offered


async def test_the_defer_comes_before_discords_acknowledgement_deadline(server, bot, monkeypatch):
    # An answer slower than Discord's 3 s: the bot must say "thinking" before the deadline,
    # which the local server enforces as Discord does (10062 Unknown interaction).
    real_find = bot.service.find

    async def slow(*args, **kwargs):
        await asyncio.sleep(server.ack_deadline + 0.3)
        return await real_find(*args, **kwargs)

    monkeypatch.setattr(bot.service, "find", slow)
    interaction = await server.slash("ask", ALICE, question=QUESTION)
    assert interaction.refused == []
    assert interaction.callbacks[0]["type"] == 5
    assert SUPPLIER in embed_text(interaction.messages[-1])


async def test_an_answer_reaches_the_member_through_three_5xx_in_a_row(server, bot, caplog):
    server.faults.append(
        Fault("POST", r"/interactions/\d+/[^/]+/callback", 503, count=3, body={"code": 0})
    )
    await server.slash("ask", ALICE, question=QUESTION, wait=False)
    posted = await server.wait_for_message(
        lambda m: SUPPLIER in embed_text(m) and m["content"].startswith("For alice")
    )
    assert posted["allowed_mentions"] == {"parse": []}
    # The answer is remembered under the channel message: a reply to it follows it up.
    follow = await server.say(BOB, "and China?", replying_to=posted)
    assert "follow-up to: who supplies" in embed_text(follow)
    gc.collect()
    await asyncio.sleep(0.05)
    assert "never retrieved" not in caplog.text


async def test_a_private_answer_that_cannot_be_sent_is_never_posted_for_all(server, bot, caplog):
    server.faults.append(
        Fault("POST", r"/interactions/\d+/[^/]+/callback", 503, count=3, body={"code": 0})
    )
    await server.slash("ask", ALICE, question=QUESTION, private=True, wait=False)
    for _ in range(200):
        if "the private reply to an interaction failed" in caplog.text:
            break
        await asyncio.sleep(0.05)
    assert "the private reply to an interaction failed" in caplog.text
    assert not any(SUPPLIER in embed_text(m) for m in server.messages.values())


async def test_an_answer_posted_in_the_channel_follows_its_permissions(server, bot, caplog):
    five_xx = Fault("POST", r"/interactions/\d+/[^/]+/callback", 503, count=3, body={"code": 0})
    await server.set_bot_permissions(VIEW_AND_SEND)  # no Embed Links
    server.faults.append(five_xx)
    await server.slash("ask", ALICE, question=QUESTION, wait=False)
    posted = await server.wait_for_message(
        lambda m: (m["content"] or "").startswith("For alice:\n**who supplies")
    )
    assert not posted["embeds"] and SUPPLIER in posted["content"]
    assert len(posted["content"]) <= 2000
    await server.set_bot_permissions(VIEW_AND_SEND & ~SEND_MESSAGES)
    server.faults.append(replace(five_xx))
    before = len(server.messages)
    await server.slash("ask", BOB, question=QUESTION, wait=False)
    for _ in range(100):  # the 5xx are retried with a second or more between them
        if "may not post in channel" in caplog.text:
            break
        await asyncio.sleep(0.1)
    assert "may not post in channel" in caplog.text
    assert len(server.messages) == before


async def test_an_edit_to_no_answer_without_embed_links_becomes_text(server, bot):
    await server.set_bot_permissions(VIEW_AND_SEND)  # no Embed Links: embeds dropped
    reply = await server.say(ALICE, f"<@{BOT_ID}> {QUESTION}")
    await server.wait_for_message(  # posted, its embed dropped, then made text
        lambda m: m["id"] == reply["id"] and SUPPLIER in (m["content"] or "")
    )
    # Edited into a question with no answer (no buttons): the embed alone would leave
    # the message empty (50006); the text takes its place.
    await server.edit_said(server.said[-1], f"<@{BOT_ID}> capital of France?")
    edited = await server.wait_for_message(
        lambda m: m["id"] == reply["id"] and "no answer" in (m["content"] or "")
    )
    assert edited["embeds"] == []


async def test_a_changed_vote_is_acknowledged_as_changed(server, bot):
    message = (await server.slash("ask", ALICE, question=QUESTION)).messages[-1]
    said = []
    for emoji in ("👍", "👍", "👎"):
        vote = await server.click(message, buttons(message)[emoji]["custom_id"], BOB)
        said.append(vote.messages[-1]["content"])
    assert said[0].startswith("Thanks")
    assert said[1].startswith("You already marked this answer 👍")
    assert said[2].startswith("Changed your vote to 👎")
    assert [v[1] for v in bot.service.store.votes()] == [-1]
    # Only a 👎 offers to say what was wrong; said after the vote went back to 👍, the
    # words have nothing to go with.
    down = (await server.click(message, buttons(message)["👎"]["custom_id"], BOB)).messages[-1]
    assert "Say what was wrong" in buttons(down)  # already 👎: what was wrong, said later
    up = (await server.click(message, buttons(message)["👍"]["custom_id"], BOB)).messages[-1]
    assert buttons(up) == {}
    again = await server.click(message, buttons(message)["👎"]["custom_id"], BOB)
    why = buttons(again.messages[-1])["Say what was wrong"]["custom_id"]
    await server.click(message, buttons(message)["👍"]["custom_id"], BOB)
    opened = await server.click(again.messages[-1], why, BOB)
    late = await server.submit(opened, BOB, "it quotes the wrong visit")
    assert late.messages[-1]["content"].startswith("Your vote on that answer is no 👎 now")
    assert bot.service.store.downvotes(0) == []


async def test_a_member_who_asks_to_be_forgotten_is(server, bot):
    first = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    await server.click(first, buttons(first)["👎"]["custom_id"], ALICE)
    await server.click(first, buttons(first)["👍"]["custom_id"], BOB)
    forgot = (await server.slash("forget", ALICE)).messages[-1]
    assert forgot["flags"] & 64  # said to her alone
    assert forgot["content"].startswith("Done: your Discord id is off the 1 question you asked me")
    assert "your 1 vote is deleted" in forgot["content"]
    assert "deleted after 365 days" in forgot["content"]
    assert [v[1] for v in bot.service.store.votes()] == [1]  # Bob's stays
    # Her answer's buttons still work, for anyone: its pages are no one's to turn now.
    more = await server.click(first, buttons(first)["More"]["custom_id"], ALICE)
    assert more.callbacks[0]["data"]["flags"] & 64  # a private copy, not the public answer
    assert "Passages 4–6 of " in embed_text(more.messages[-1])
    helped = (await server.slash("help", ALICE)).messages[-1]
    assert "`/forget` takes your id off them" in embed_text(helped)


async def test_the_buttons_of_an_answer_deleted_past_keep_days_say_so(server, bot):
    first = (await server.slash("ask", ALICE, question="Myanmar military junta")).messages[-1]
    store = bot.service.store
    assert store.forget_before(time.time() + 1) == 1  # as the bot does past KEEP_DAYS
    for label in ("More", "Context", "👍"):
        pressed = (await server.click(first, buttons(first)[label]["custom_id"], BOB)).messages
        said = pressed[-1]["content"] or embed_text(pressed[-1])
        assert pressed[-1]["flags"] & 64 and "no longer have that" in said, label
    assert store.votes() == []  # no vote recorded for an answer no one has


async def test_markup_and_invisible_characters_in_a_question(server, bot):
    typed = (
        f"<@{BOT_ID}> <@&{MODERATOR_ROLE_ID}> who sup\u00adplies Myan\u200bmar's jets? "
        "<:jet:1234567890> https://example.com/x"
    )
    reply = await server.say(ALICE, typed)
    text = embed_text(reply)
    assert SUPPLIER in text
    title = reply["embeds"][0]["title"]
    assert title.startswith("\\@moderators who supplies Myanmar's jets? :jet:")
    assert "example.com" not in title and "<" not in title.replace("\\<", "")


async def test_a_question_in_another_language_is_told_which_languages_are_answered(server, bot):
    message = (
        await server.slash("ask", ALICE, question="Кто поставляет самолёты Мьянме?")
    ).messages[-1]
    text = embed_text(message)
    assert "looks like Russian" in text and "articles in English" in text
    assert message["components"] == []


async def test_an_article_is_read_whole_privately_with_its_file(server, bot):
    read = await server.slash("article", ALICE, article="junta leader")  # part of a title
    message = read.messages[-1]
    assert message["flags"] & 64
    text = embed_text(message)
    assert "**Myanmar junta leader arrives in Russia for official visit** · 7 paragraphs" in text
    assert "six elephants to the Moscow Circus" in text and "`000_" not in text
    [attached] = server.files[int(message["id"])]
    assert attached["filename"] == "myanmar-junta-leader-arrives-in-russia-for-official-visit.md"
    assert attached["data"].startswith(b"---\ntitle: Myanmar junta leader arrives in Russia")
    # A moderator is told the file and how to correct it.
    for_moderator = embed_text(
        (await server.slash("article", MODERATOR, article="junta")).messages[-1]
    )
    assert "`000_ca0daf8963f53742.txt`" in for_moderator and "replace: True" in for_moderator
    unknown = (await server.slash("article", ALICE, article="zebras")).messages[-1]
    assert unknown["flags"] & 64 and "no article 'zebras'" in unknown["content"]
    # Larger than Discord lets the bot attach: its beginning, without the file.
    server.attachment_size_limit = 1000
    large = (await server.slash("article", ALICE, article="junta leader")).messages[-1]
    assert "larger than Discord lets me attach" in embed_text(large)
    assert int(large["id"]) not in server.files


ELSEWHERE = 1500000000000000001  # a server the bot is not in


async def test_a_member_who_added_the_bot_to_their_account_asks_anywhere(server, bot):
    synced = {c["name"]: c for c in server.commands[GUILD_ID]}
    for name in ("ask", "Answer this question", "sources", "article", "help", "forget"):
        assert synced[name]["integration_types"] == [0, 1], name  # server and user installs
        assert synced[name]["contexts"] == [0, 1, 2], name  # servers, its DMs, group DMs
    for name in ("add", "edit", "remove", "restore", "insights", "reload"):
        assert synced[name]["integration_types"] == [0] and synced[name]["contexts"] == [0]
    # In a server the bot is not in, Discord delivers the command through the member's
    # own install; the answer and its buttons go through the interaction.
    asked = await server.slash("ask", ALICE, guild_id=ELSEWHERE, question=QUESTION)
    answer = asked.messages[-1]
    assert SUPPLIER in embed_text(answer) and not answer["flags"] & 64
    context = await server.click(answer, buttons(answer)["Context"]["custom_id"], ALICE)
    assert "**Russia, along with China" in embed_text(context.messages[-1])
    said = server.member_message(BOB, "who supplies Myanmar's jets?", guild_id=ELSEWHERE)
    taken = await server.message_command("Answer this question", ALICE, said)
    assert SUPPLIER in embed_text(taken.messages[-1])
    # Manage Server there is no say over this bot's corpus: no files, no status.
    owner = Member(1400000000000000042, "owner", permissions=MANAGE_GUILD | VIEW_AND_SEND)
    listed = await server.slash("sources", owner, guild_id=ELSEWHERE)
    assert "`000_ca0daf8963f53742.txt`" not in embed_text(listed.messages[-1])
    helped = (await server.slash("help", owner, guild_id=ELSEWHERE)).messages[-1]
    assert "For moderators" not in embed_text(helped)
