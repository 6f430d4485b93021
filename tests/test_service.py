import pytest

from bot.config import Settings
from bot.cooldown import Cooldown, OnCooldown
from bot.served import ServedIndex
from bot.service import MAX_ASK_CHARS, AnswerService
from bot.store import Store
from index.errors import QuestionTooLong
from tests.conftest import write


@pytest.fixture
def service(tmp_path):
    corpus = tmp_path / "corpus"
    write(
        corpus,
        "a.md",
        "---\ntitle: Circus\n---\nThe tent went up. Six elephants came.\n\nThe show began.",
    )
    write(corpus, "b.md", "---\ntitle: Zoo\n---\nTwo elephants left the zoo. Nobody saw them.")
    settings = Settings(corpus_dir=corpus, answer_count=1, index_dir=tmp_path / "ix")
    served = ServedIndex(settings.corpus_dir, settings.index_dir)
    service = AnswerService(settings, served, Store(":memory:"), Cooldown(60))
    yield service
    service.close()


async def test_ask_remembers_the_answer_for_more_and_context(service):
    asked = await service.ask("elephants", 1, None, None)
    assert asked.answer.found and asked.answer.more
    first = asked.answer.hits[0]
    question, quoted = service.context(asked.answer_id, 0)
    assert question == "elephants"
    [context] = quoted
    assert context.passage == first.passage
    assert first.passage.text == "Six elephants came."
    assert [p.text for p in context.around] == [
        "The tent went up.",
        first.passage.text,
        "The show began.",
    ]
    second = await service.more(asked.answer_id, 1)
    assert second is not None and second.hits[0].passage != first.passage
    _, quoted = service.context(asked.answer_id, 1)
    assert quoted[0].passage == second.hits[0].passage
    assert await service.more(asked.answer_id + 99, 1) is None


async def test_context_leaves_out_a_passage_the_index_no_longer_holds(service, tmp_path):
    asked = await service.ask("elephants zoo", 1, None, None)
    assert asked.answer.hits[0].article.id == "b.md"
    write(tmp_path / "corpus", "b.md", "---\ntitle: Zoo\n---\nThe zoo closed.")
    await service.reload_corpus()
    assert service.context(asked.answer_id, 0)[1] == []


async def test_ask_checks_the_length_then_the_cooldown(service):
    with pytest.raises(QuestionTooLong):
        await service.ask("x" * (MAX_ASK_CHARS + 1), 1, None, None)
    await service.ask("elephants", 1, None, None)  # the too-long question did not count
    with pytest.raises(OnCooldown):
        await service.ask("elephants", 1, None, None)


async def test_votes_name_the_passages_shown(service):
    asked = await service.ask("elephants", 1, None, None)
    service.vote(asked.answer_id, 0, 7, up=False)
    [(question, vote, passages)] = service.store.votes()
    hit = asked.answer.hits[0]
    expected = f"{hit.article.id}#p{hit.passage.paragraph}s{hit.passage.sentence}"
    assert (question, vote, passages) == ("elephants", -1, [expected])
