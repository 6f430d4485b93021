import asyncio
import dataclasses

import pytest

from bot.config import Settings
from bot.cooldown import Cooldown, OnCooldown
from bot.served import ServedIndex
from bot.service import MAX_ASK_CHARS, MAX_CHOICES, AnswerService, Vote
from bot.store import Store
from index.errors import ArticleGone, QuestionTooLong, WhichArticle
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
    service = service_over(corpus, tmp_path, Cooldown(60))
    yield service
    service.close()


def service_over(corpus, tmp_path, cooldown=None):
    """A service answering one passage a page from ``corpus``, its index in ``tmp_path``
    and its store in memory."""
    settings = Settings(corpus_dir=corpus, answer_count=1, index_dir=tmp_path / "ix")
    served = ServedIndex(settings.corpus_dir, settings.index_dir)
    return AnswerService(settings, served, Store(":memory:"), cooldown or Cooldown(0))


async def test_ask_remembers_the_answer_for_more_and_context(service):
    asked = await service.ask("elephants", 1, None, None)
    assert asked.answer.found and asked.answer.more
    first = asked.answer.hits[0]
    question, quoted, gone = service.context(asked.answer_id, 0)
    assert gone == ()
    assert question == "elephants"
    [context] = quoted
    assert context.passage == first.passage
    # Named alone: an article's opening first (firsts/ledes.py, lede_first).
    assert first.passage.text == "Two elephants left the zoo."
    assert [p.text for p in context.around] == [first.passage.text, "Nobody saw them."]
    paged = await service.page(asked.answer_id, 1)
    assert paged is not None
    second = paged.answer
    assert second.hits[0].passage.text == "Six elephants came."
    _, quoted, _ = service.context(asked.answer_id, 1)
    assert quoted[0].passage == second.hits[0].passage
    assert [p.text for p in quoted[0].around] == [
        "The tent went up.",
        "Six elephants came.",
        "The show began.",
    ]
    assert await service.page(asked.answer_id + 99, 1) is None


async def test_context_and_paging_name_an_article_the_index_no_longer_holds(service, tmp_path):
    asked = await service.ask("elephants zoo", 1, None, None)
    assert asked.answer.hits[0].article.id == "b.md"
    write(tmp_path / "corpus", "b.md", "---\ntitle: Zoo\n---\nThe zoo closed.")
    await service.reload_corpus()
    assert service.context(asked.answer_id, 0)[1:] == ([], ("Zoo",))
    paged = await service.page(asked.answer_id, 0)
    assert paged is not None and paged.removed == ()  # changed, not removed
    (tmp_path / "corpus" / "b.md").unlink()
    await service.reload_corpus()
    paged = await service.page(asked.answer_id, 0)
    assert paged is not None and paged.removed == ("Zoo",)


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


async def test_a_changed_vote_is_told_apart_from_a_new_one_and_a_repeat(service):
    asked = await service.ask("elephants", 1, None, None)
    assert service.vote(asked.answer_id, 0, 7, up=True) is Vote.NEW
    assert service.vote(asked.answer_id, 0, 7, up=True) is Vote.SAME
    assert service.vote(asked.answer_id, 0, 7, up=False) is Vote.CHANGED
    assert service.vote(asked.answer_id, 0, 8, up=False) is Vote.NEW


async def test_a_follow_up_is_answered_with_the_earlier_subject(service):
    first = await service.ask("where did the elephants go?", 1, 5, None)
    follow = await service.ask("and the zoo?", 2, 5, None, follows=first.answer_id)
    assert follow.earlier == "where did the elephants go?"
    assert follow.answer.hits[0].passage.text == "Two elephants left the zoo."
    again = await service.ask("and the circus?", 3, 5, None, follows=follow.answer_id)
    assert again.earlier == "where did the elephants go? → and the zoo?"  # in order asked
    # Further on, the chain's first question (its subject) and the last one followed.
    more = await service.ask("and the park?", 4, 5, None, follows=again.answer_id)
    assert more.earlier == "where did the elephants go? → and the circus?"
    paged = await service.page(follow.answer_id, 0)  # paging keeps reading it so
    assert paged is not None and paged.earlier == follow.earlier


async def test_a_question_of_its_own_comes_after_the_answer_before(service):
    first = await service.ask("was there a tent?", 1, 5, None)
    assert first.answer.hits[0].article.title == "Circus"
    alone = await service.ask("elephants", 2, 5, None)
    assert alone.answer.hits[0].passage.text == "Two elephants left the zoo."
    # After an answer from the circus, its elephants: the question goes on about it.
    after = await service.ask("elephants", 3, 5, None, after=first.answer_id)
    assert after.answer.hits[0].passage.text == "Six elephants came."
    paged = await service.page(after.answer_id, 0)  # paging keeps reading it so
    assert paged is not None and paged.answer.hits[0].passage.text == "Six elephants came."
    # A follow-up is led by what it follows, not by the answer before.
    follow = await service.ask("and the zoo?", 4, 5, None, follows=alone.answer_id, after=1)
    assert follow.answer.hits[0].passage.text == "Two elephants left the zoo."
    # After an answer that quoted nothing, the articles of the one before it still lead.
    nothing = await service.ask("what about tigers?", 6, 5, None, after=first.answer_id)
    assert not nothing.answer.found
    later = await service.ask("elephants", 7, 5, None, after=nothing.answer_id)
    assert later.answer.hits[0].passage.text == "Six elephants came."


async def test_suggestions_offer_this_channels_answered_questions_then_titles(service):
    await service.ask("where did the elephants go?", 1, 5, 50)
    await service.ask("elephants of the other channel", 2, 5, 60)
    await service.ask("ornithology", 3, 5, 50)  # no answer: not suggested
    assert await service.suggestions("eleph", 50) == ["where did the elephants go?"]
    assert await service.suggestions("zo", 50) == ["Zoo"]
    assert (await service.suggestions("", 50))[0] == "where did the elephants go?"
    assert len(await service.suggestions("", 50)) <= MAX_CHOICES


async def test_an_answer_asked_within_a_removed_article_says_so(service):
    asked = await service.ask("elephants", 1, 5, None, article="Zoo")
    assert asked.within == "Zoo" and asked.answer.found
    (service.served.corpus_dir / "b.md").unlink()
    service.served.refresh()
    with pytest.raises(ArticleGone, match="'Zoo', is no longer in the corpus"):
        await service.page(asked.answer_id, 0)
    follow = await service.ask("and lions?", 2, 5, None, follows=asked.answer_id)
    assert follow.within == ""  # the follow-up searches every article left


async def test_an_article_whose_id_is_too_long_for_a_choice_is_chosen_by_title(tmp_path):
    corpus = tmp_path / "corpus"
    deep = "d" * 60 + "/" + "e" * 60
    write(corpus, f"{deep}/a.md", "---\ntitle: Deep news\n---\nSix elephants.\n")
    service = service_over(corpus, tmp_path)
    [(title, value)] = await service.articles("deep")
    assert (title, value) == ("Deep news", "Deep news")
    asked = await service.ask("elephants", 1, None, None, article=value)
    assert asked.within == "Deep news" and asked.answer.found
    service.close()


async def test_questions_past_keep_days_are_deleted_as_the_bot_runs(service):
    old = (await service.ask("elephants", 1, None, None)).answer_id
    new = (await service.ask("zoo", 2, None, None)).answer_id
    service.store._db.execute(  # as if asked 40 days ago
        "UPDATE answers SET asked_at = asked_at - 40 * 86400 WHERE id = ?", (old,)
    )
    service.settings = dataclasses.replace(service.settings, keep_days=30)
    running = asyncio.create_task(service.forget_old())

    async def deleted() -> None:
        while service.store.question(old) is not None:
            await asyncio.sleep(0.01)

    await asyncio.wait_for(deleted(), 5)
    assert service.store.question(new) is not None
    assert not running.done()  # and looks again every FORGET_SECONDS
    running.cancel()
    service.settings = dataclasses.replace(service.settings, keep_days=0)  # kept for ever
    await asyncio.wait_for(service.forget_old(), 1)


async def test_tldr_in_reply_to_an_answer_quotes_the_opening_of_its_article(service):
    asked = await service.ask("elephants zoo", 1, None, None)
    assert asked.answer.hits[0].article.id == "b.md"
    gist = await service.ask("tl;dr?", 2, None, None, follows=asked.answer_id)
    assert gist.answer.gist and gist.within == "Zoo" and gist.earlier == ""
    assert [h.passage.text for h in gist.answer.hits] == ["Two elephants left the zoo."]
    turned = await service.page(gist.answer_id, 1)  # its pages stay in that article
    assert turned is not None
    assert [h.passage.text for h in turned.answer.hits] == ["Nobody saw them."]
    with pytest.raises(WhichArticle):  # asked alone, of two articles
        await service.ask("tl;dr?", 3, None, None)


async def test_when_an_article_was_published_is_told_by_its_opening_and_source(service):
    # "published" is in no article: it said so. The source line under each quote says
    # the article's title, outlet, date and link.
    asked = await service.ask("when was the zoo article published?", 1, None, None)
    assert asked.answer.gist and asked.within == "Zoo"
    assert asked.answer.hits[0].passage.text == "Two elephants left the zoo."


async def test_tell_me_about_an_articles_title_quotes_its_opening(service):
    asked = await service.ask("Tell me about the zoo?", 1, None, None)
    assert asked.answer.gist and asked.within == "Zoo"
    assert [h.passage.text for h in asked.answer.hits] == ["Two elephants left the zoo."]
    # What no article is titled is searched as any question.
    other = await service.ask("tell me about elephants", 2, None, None)
    assert not other.answer.gist and other.within == ""
    assert "elephants" in other.answer.hits[0].passage.text


async def test_tldr_with_a_link_stays_in_the_article_of_that_page(linked_pages, tmp_path):
    service = service_over(linked_pages, tmp_path)
    try:
        asked = await service.ask("tl;dr https://news.example.com/ships", 1, None, None)
        assert asked.within == "Ships"
        assert [h.passage.text for h in asked.answer.hits] == ["Ships sailed."]
        turned = await service.page(asked.answer_id, 1)  # the link is not needed again
        assert turned is not None and turned.answer.hits[0].passage.text == "They sank."
    finally:
        service.close()
