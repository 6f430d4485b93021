from bot.store import Store
from index.answers import answer


def test_questions_shown_passages_and_votes_survive_reopening(tmp_path, seed_index):
    path = tmp_path / "sub" / "db.sqlite3"
    store = Store(path)
    result = answer(seed_index, "who supplies Myanmar's jets?")
    answer_id = store.record_question(result.question, 7, 8, 9)
    store.record_shown(answer_id, 0, result.hits)
    store.record_vote(answer_id, 0, 3, user_id=7, vote=1)
    store.record_vote(answer_id, 0, 3, user_id=7, vote=-1)  # a change of mind replaces
    store.close()
    reopened = Store(path)
    assert reopened.question(answer_id) == "who supplies Myanmar's jets?"
    shown = reopened.shown(answer_id, 0, 3)
    assert shown[0].passage_id == "000_ca0daf8963f53742.txt#p3s1"
    assert reopened.votes() == [(result.question, -1, [s.passage_id for s in shown])]
    assert reopened.question(answer_id + 1) is None
