import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

from bot.store import Origin, Question, Store
from index.answers import answer


def test_questions_shown_passages_and_votes_survive_reopening(tmp_path, seed_index):
    path = tmp_path / "sub" / "db.sqlite3"
    store = Store(path)
    result = answer(seed_index, "who supplies Myanmar's jets?")
    answer_id = store.record_question(Question(result.question, 7, 8, 9))
    store.record_shown(answer_id, 0, result.hits)
    store.record_vote(answer_id, 0, 3, user_id=7, vote=1)
    store.record_vote(answer_id, 0, 3, user_id=7, vote=-1)  # a change of mind replaces
    store.close()
    reopened = Store(path)
    assert reopened.question(answer_id).question == "who supplies Myanmar's jets?"
    shown = reopened.shown(answer_id, 0, 3)
    assert shown[0].passage_id == "000_ca0daf8963f53742.txt#p3s1"
    assert reopened.votes() == [(result.question, -1, [s.passage_id for s in shown])]
    assert reopened.question(answer_id + 1) is None


def test_a_file_written_by_an_older_bot_gains_the_new_columns(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE answers (id INTEGER PRIMARY KEY, question TEXT NOT NULL, user_id INTEGER,"
        " guild_id INTEGER, channel_id INTEGER, asked_at REAL NOT NULL);"
        "INSERT INTO answers VALUES (1, 'elephants', 7, 8, 9, 0);"
        "CREATE TABLE shown (answer_id INTEGER NOT NULL, rank INTEGER NOT NULL,"
        " article_id TEXT NOT NULL, paragraph INTEGER NOT NULL, sentence INTEGER NOT NULL,"
        " text TEXT NOT NULL, PRIMARY KEY (answer_id, rank));"
    )
    old.commit()
    old.close()
    store = Store(path)
    asked = store.question(1)
    assert asked is not None and (asked.question, asked.title, asked.earlier) == (
        "elephants",
        "elephants",
        "",
    )
    assert asked.origin is None
    store.record_message(1, 555)
    assert store.answer_of_message(555) == 1 and store.answer_of_message(556) is None


def test_the_message_a_question_was_taken_from_is_remembered(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    origin = Origin("bob", "https://discord.com/channels/1/2/3")
    taken = store.record_question(Question("jets?", 7, 1, 2, origin=origin))
    typed = store.record_question(Question("jets?", 7, 1, 2))
    assert store.question(taken).origin == origin
    assert store.question(typed).origin is None


def test_answered_questions_match_literally_within_one_channel(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    for question, channel, found in [
        ("100% of jets?", 9, True),
        ("1000 jets", 9, True),
        ("jets_here", 9, True),
        ("100% of jets?", 10, True),  # another channel's (a moderators' channel, a DM)
        ("100% nothing", 9, False),
    ]:
        store.record_question(Question(question, 7, 1, channel), found=found)
    store.record_question(Question("100% OF JETS?", 7, 1, 9), found=True)
    assert store.answered_questions(9, "100%", 25) == ["100% of jets?"]
    assert store.answered_questions(9, "s_h", 25) == ["jets_here"]
    assert store.answered_questions(11, "jets", 25) == []
    assert store.answered_questions(None, "jets", 25) == []


def test_questions_deleted_or_forgotten_are_suggested_no_more(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    asked = store.record_question(Question("jets?", 7, 1, 9, asked_in=100), found=True)
    store.record_message(asked, 200)
    by_command = store.record_question(Question("tanks?", 7, 1, 9), found=True)
    store.record_message(by_command, 201)  # /ask: the bot's answer is the message
    store.record_question(Question("ships?", 8, 1, 9), found=True)
    theirs = Origin("bob", "https://discord.com/channels/1/9/300")
    store.record_question(Question("boats?", 7, 1, 9, origin=theirs), found=True)
    assert store.answered_questions(9, "", 25) == ["boats?", "ships?", "tanks?", "jets?"]
    assert store.withdraw({300}) == 1  # the message Answer this question answered
    assert store.withdraw({100, 201}) == 2  # the member's message, the bot's answer
    assert store.withdraw(()) == 0
    assert store.answered_questions(9, "", 25) == ["ships?"]
    store.forget_member(8)
    assert store.answered_questions(9, "", 25) == []
    assert store.question(asked).question == "jets?"  # its buttons still work


def test_the_latest_answer_to_a_members_message_keeps_its_reply_and_first_time(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    assert store.answered(77) is None
    first = store.record_question(Question("elephants", 7, 1, 2, asked_in=77))
    store.record_message(first, 555)
    asked_at = store.answered(77).asked_at
    edited = store.record_question(Question("jets", 7, 1, 2, asked_in=77))
    answered = store.answered(77)  # the edit's answer is not shown yet: the first is
    assert (answered.answer_id, answered.question, answered.reply_id) == (first, "elephants", 555)
    assert answered.asked_at == asked_at  # the window runs from the first answer
    store.record_message(edited, 555)
    answered = store.answered(77)
    assert (answered.answer_id, answered.question, answered.reply_id) == (edited, "jets", 555)
    assert store.answer_of_message(555) == edited  # the reply shows the latest answer


def test_suggestions_are_read_beside_the_writer_and_see_its_latest_writes(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    store.record_question(Question("where are the elephants?", 7, 1, 2), found=True)
    with ThreadPoolExecutor(1) as worker:  # as the bot reads them, off its event loop
        first = worker.submit(store.answered_questions, 2, "eleph", 5).result()
        store.record_question(Question("how many elephants?", 7, 1, 2), found=True)
        store.record_question(Question("how many elephants?", 8, 1, 2), found=True)
        second = worker.submit(store.answered_questions, 2, "eleph", 5).result()
    assert first == ["where are the elephants?"]
    assert second == ["how many elephants?", "where are the elephants?"]
    store.close()


def test_a_member_forgotten_keeps_their_questions_unnamed_and_loses_their_votes(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    mine = store.record_question(Question("elephants", 7, 8, 9, asked_in=70))
    theirs = store.record_question(Question("jets", 6, 8, 9))
    store.record_vote(mine, 0, 3, user_id=7, vote=1)
    store.record_vote(theirs, 0, 3, user_id=7, vote=-1)
    store.record_vote(theirs, 0, 3, user_id=6, vote=1)
    assert store.forget_member(7) == (1, 2)
    asked = store.question(mine)
    assert asked is not None and asked.question == "elephants"  # buttons keep working
    assert asked.user_id is None and store.answered(70) is None
    assert store.question(theirs).user_id == 6
    assert [vote for _, vote, _ in store.votes()] == [1]  # only the other member's
    assert store.forget_member(7) == (0, 0)


def test_what_is_older_than_the_cutoff_is_deleted_whole(tmp_path, seed_index):
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    hits = answer(seed_index, "who supplies Myanmar's jets?").hits
    old, new = (store.record_question(Question(q, 7, 8, 9)) for q in ("old", "new"))
    for answer_id in (old, new):
        store.record_shown(answer_id, 0, hits)
        store.record_vote(answer_id, 0, 3, user_id=7, vote=1)
    store.record_audit("mod", "added", "a.md", "A", "a.md")
    aged = sqlite3.connect(path)  # as if asked and added 400 days ago
    aged.execute("UPDATE answers SET asked_at = asked_at - 400 * 86400 WHERE id = ?", (old,))
    aged.execute("UPDATE audit SET at = at - 400 * 86400")
    aged.commit()
    aged.close()
    assert store.forget_before(time.time() - 365 * 86400) == 1
    assert store.question(old) is None and store.shown(old) == []
    assert store.question(new) is not None and len(store.shown(new)) == len(hits)
    assert [q for q, _, _ in store.votes()] == ["new"]
    assert store.audit(0) == []
    assert store.forget_before(time.time() - 365 * 86400) == 0


def test_what_a_member_says_was_wrong_goes_with_their_downvote(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    answer_id = store.record_question(Question("elephants", 7, 8, 9))
    assert not store.explain_vote(answer_id, 0, 7, "wrong circus")  # no vote yet
    store.record_vote(answer_id, 0, 3, user_id=7, vote=-1)
    assert store.explain_vote(answer_id, 0, 7, "wrong circus")
    [down] = store.downvotes(0)
    assert (down.question, down.comment) == ("elephants", "wrong circus")
    store.record_vote(answer_id, 0, 3, user_id=7, vote=1)  # a change of mind: no 👎 left
    assert store.downvotes(0) == [] and not store.explain_vote(answer_id, 0, 7, "still")


def test_the_last_answer_of_a_member_there_is_found_while_recent(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    start = time.time()
    first = store.record_question(Question("jets?", 7, None, 5), found=True)
    store.record_message(first, 501)
    hidden = store.record_question(Question("arms?", 7, None, 5, private=True), found=True)
    store.record_message(hidden, 503)  # shown to them alone: a follow-up would show it
    unposted = store.record_question(Question("tanks?", 7, None, 5), found=True)  # not shown
    # A follow-up that found nothing leaves the answer before it to lean on.
    boats = store.record_question(Question("and boats?", 7, None, 5, earlier="jets?"))
    store.record_message(boats, 502)
    store.record_question(Question("ships?", 8, None, 5))  # another member's
    assert unposted > first
    assert store.last_answer(5, 7, start - 1) == first
    assert store.last_answer(5, 7, time.time() + 1) is None  # too old by then
    # A question of its own that found nothing is leaned on: "it" is what it named.
    subs = store.record_question(Question("submarines?", 7, None, 5))
    store.record_message(subs, 504)
    assert store.last_answer(5, 7, start - 1) == subs
    store.withdraw([501, 504])  # their messages deleted
    assert store.last_answer(5, 7, start - 1) is None
    store.close()
