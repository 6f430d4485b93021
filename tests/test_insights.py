import csv
import dataclasses
import io

from bot import reports
from bot.insights import gather, insights_csv
from bot.store import Question, Store
from index import community
from index.analysis import Analyzer
from index.answers import answer
from index.build import build_index
from index.lookups import lookups
from tests.conftest import write


def test_questions_are_grouped_counted_and_voted_on(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    asked = [
        ("Who supplies Myanmar's jets?", True),
        ("who supplies myanmar jets", True),
        ("what about Laos?", False),
        ("What about LAOS", False),
        ("ornithology", False),
    ]
    ids = [store.record_question(Question(q, 7, 1, 2), found=f) for q, f in asked]
    store.record_question(Question("other server", 7, 9, 2), found=False)
    store.record_vote(ids[0], 0, 3, 8, -1)
    store.record_audit("mod (5)", "added", "a.md", "Alpha", "a.md")
    found = gather(store, Analyzer(), days=7, guild_id=1)
    assert (found.asked, found.answered) == (5, 2)
    assert found.unanswered == (("what about Laos?", 2), ("ornithology", 1))
    assert set(found.most_asked[:2]) == {
        ("Who supplies Myanmar's jets?", 2),
        ("what about Laos?", 2),
    }
    assert [v.question for v in found.downvotes] == ["Who supplies Myanmar's jets?"]
    assert [(a.who, a.title) for a in found.audit] == [("mod (5)", "Alpha")]
    rows = list(csv.reader(io.StringIO(insights_csv(found))))
    assert rows[0] == ["kind", "count", "question", "detail", "when"]
    assert ["unanswered", "2", "what about Laos?", "", ""] in rows
    assert any(r[0] == "downvoted" for r in rows) and any(r[0] == "corpus" for r in rows)
    assert gather(store, Analyzer(), days=7, now=10**10).asked == 0  # outside the window


def test_words_no_article_holds_are_counted_as_answering_reads_them(tmp_path):
    zoo = "Six elephants live at the zoo. The Prime Minister came to the Zoological Society "
    zoo += "of London."
    write(tmp_path / "corpus", "a.md", f"---\ntitle: Zoo\n---\n{zoo}\n")
    index = build_index(tmp_path / "corpus")
    store = Store(tmp_path / "db.sqlite3")
    for question in [
        "Are there Giraffes at the zoo?",
        "how many giraffes and giraffes?",  # once a question
        "any penguins?",
        "how many elefants?",  # a typo of a word the corpus holds: not lacking
        "where do the elephants live?",
        "did the PM come?",  # an abbreviation of words the corpus says: not lacking
        "what does the ZS do?",  # two letters: no name is guessed from them
        "what does the ZSL do?",  # an acronym of a name the corpus writes: not lacking
    ]:
        store.record_question(Question(question, 7, 1, 2), found=False)
    corpus = lookups(index)
    found = gather(store, index.analyzer, days=7, vocabulary=index.vocabulary, corpus=corpus)
    assert found.lacking == (("Giraffes", 2), ("penguins", 1), ("ZS", 1))
    assert ["lacking", "2", "", "Giraffes", ""] in list(
        csv.reader(io.StringIO(insights_csv(found)))
    )
    assert gather(store, index.analyzer, days=7).lacking == ()  # without the vocabulary
    # Once the community's synonyms give a word one the articles write, it lacks no more.
    grouped = dataclasses.replace(
        index.analyzer, community_terms=community.read("giraffe elephant", index.analyzer).terms
    )
    found = gather(store, grouped, days=7, vocabulary=index.vocabulary, corpus=corpus)
    assert found.lacking == (("penguins", 1), ("ZS", 1))


def test_the_articles_quoted_most_are_counted_by_answers(tmp_path, seed_index):
    store = Store(tmp_path / "db.sqlite3")
    for question, guild in (("who supplies Myanmar's jets?", 1), ("elephants", 1), ("jets", 9)):
        result = answer(seed_index, question)
        answer_id = store.record_question(Question(question, 7, guild, 2), found=True)
        store.record_shown(answer_id, 0, result.hits)
        store.record_shown(answer_id, 3, result.hits)  # a second page does not count twice
    found = gather(store, Analyzer(), days=7, guild_id=1)
    title = "Myanmar junta leader arrives in Russia for official visit"
    assert found.quoted == (("000_ca0daf8963f53742.txt", title, 2),)  # this server's two
    assert f"**Articles quoted most**\n• *{title}* (`000_ca0daf8963f53742.txt`): in 2 " in (
        reports.insights_markdown(found)
    )
    rows = list(csv.reader(io.StringIO(insights_csv(found))))
    assert ["quoted", "2", "", f"{title} (000_ca0daf8963f53742.txt)", ""] in rows
