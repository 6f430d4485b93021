"""The sentence of a message that asks, and the context around it."""

import pytest

from index.answers import answer
from index.asking import asking_sentence, denied_again, unaddressed
from tests.conftest import first_quoted, over_news


@pytest.mark.parametrize(
    "message, asked, context",
    [
        # chat does not capitalise after a full stop
        ("I read about the visit. who greeted him?", "who greeted him?", "I read about the visit."),
        ("So he went. What did they say? Thanks!", "What did they say?", "So he went. Thanks!"),
        ("wait... who supplies the jets??", "who supplies the jets??", "wait..."),
        # a "but" or a colon before a question word ends what is said before it
        ("quick one: who won the super bowl?", "who won the super bowl?", "quick one:"),
        ("not sure if you know but who runs openai", "who runs openai", "not sure if you know but"),
        (
            "I know Russia sells arms, but what about China?",
            "what about China?",
            "I know Russia sells arms, but",
        ),
    ],
)
def test_the_sentence_asking_is_told_from_the_rest(message, asked, context):
    assert asking_sentence(message) == (asked, context)


@pytest.mark.parametrize(
    "message",
    [
        "What office was held by George W. Bush?",  # an initial
        "What did the U.S. say to Mr. Costa?",  # an initialism, an abbreviation
        "Who is Putin? When did he meet him?",  # two questions: asked whole
        "ok so. putin. the visit",  # no question mark nor word: nothing says which asks
        "who supplies Myanmar's jets?",
    ],
)
def test_a_message_with_no_one_asking_sentence_is_asked_whole(message):
    assert asking_sentence(message) == (message, "")


def test_the_sentences_around_a_question_are_read_as_what_it_follows_up(seed_index):
    # The words around count less, and those no article holds are not said missing.
    chatty = answer(seed_index, "hey, I was reading about it and got curious. who greeted him?")
    assert chatty.missing == () and "greeted by a Moscow" in chatty.hits[0].passage.text
    # "what about China?" after what it is about: passages naming China, as a follow-up.
    china = answer(seed_index, "I know Russia sells arms to Myanmar. But what about China?")
    assert [h.passage.text[:25] for h in china.hits] == ["Russia, along with China,"]
    # A question naming nothing the corpus holds is asked with its sentences.
    true = answer(seed_index, "Myanmar gave elephants to Russia. Is that true?")
    assert "six elephants" in true.hits[0].passage.text


@pytest.mark.parametrize(
    "question, earlier, read",
    [
        ("who doesn't?", "venice → who has to pay?", "who doesn't have to pay?"),
        ("and which ones can't?", "which ones can vote?", "which ones can't vote?"),
        ("who isn't?", "who is exempt?", "who isn't exempt?"),
        # ...only a question denied alone, after one asked with a verb to deny
        ("who doesn't pay?", "who has to pay?", "who doesn't pay?"),
        ("who doesn't?", "venice", "who doesn't?"),
    ],
)
def test_a_question_denied_alone_is_the_one_before_denied(question, earlier, read):
    assert denied_again(question, earlier) == read


def test_who_doesnt_after_who_has_to_pay_is_told_who_is_exempt(tmp_path):
    index = over_news(tmp_path, "news6")
    found = answer(index, "who doesn't?", earlier="venice → who has to pay?")
    assert found.hits[0].passage.text.startswith("Visitors staying overnight in the city")


@pytest.mark.parametrize(
    "message, asked",
    [
        ("hey bot, who runs nvidia?", "who runs nvidia?"),
        ("hi all what happened in chile", "what happened in chile"),
        ("ok, why?", "why?"),
        ("wait how many died", "how many died"),
        # several words of chat
        ("ok so what's the deal with the tariffs", "what's the deal with the tariffs"),
        ("lol why did they win", "why did they win"),
        # ...before a verb asking whether, and chat's "or what" closing it
        ("so did lyles actually win or what", "did lyles actually win"),
        ("wait is it true or not?", "is it true?"),
        # ...and "and" or "but" before a question word ("and who makes it?" after the
        # chikungunya vaccine quoted its approval), not before what it asks of
        ("and who makes it?", "who makes it?"),
        ("but why did they strike?", "why did they strike?"),
        ("and china?", "and china?"),
        ("which is it, red or what?", "which is it, red or what?"),
        # nothing after the greeting, or no question word after a word of chat
        ("hey bot", "hey bot"),
        ("wait times at airports?", "wait times at airports?"),
        ("hey bottle prices?", "bottle prices?"),
    ],
)
def test_a_greeting_opening_a_question_is_no_part_of_it(message, asked):
    assert unaddressed(message) == asked


def test_a_question_opened_by_a_greeting_is_answered_as_asked_without_it(tmp_path):
    # "hey" before "who runs X?" kept the reading of whom a company's head is from it:
    # "...Liang Wenfeng, who also runs a hedge fund" came first
    found = first_quoted(over_news(tmp_path, "news6", "news8"), "hey bot, who runs nvidia?")
    assert found.startswith("Its chief executive, Jensen Huang")


@pytest.mark.parametrize(
    "message", ["quick one: who won the super bowl?", "I have a question. who won the super bowl?"]
)
def test_a_question_after_an_aside_is_asked_anew_not_as_following_it_up(tmp_path, message):
    # read as what the question follows up, the aside made it a follow-up, and "It was
    # the Eagles' second Super Bowl title, after their win over the New England Patriots
    # in 2018" came first, before the news of the win
    found = first_quoted(over_news(tmp_path, "news9"), message)
    assert found.startswith("The Philadelphia Eagles beat the Kansas City Chiefs 40-22")


def test_whether_one_won_asked_with_chat_around_it_is_told_by_the_news(all_news):
    # not "Lyles, who had been sixth at the halfway mark, said he did not think he had won
    # until..." ("so", "actually" and "or what" kept the news of the win from coming first)
    found = first_quoted(all_news, "so did lyles actually win or what")
    assert found.startswith("Noah Lyles of the United States won the Olympic 100 metres")


def test_who_said_what_a_question_asks_whether_is_so_is_no_part_of_it(all_news):
    # its "said" found "Observers said his choice of name recalled Leo XIII..."
    found = first_quoted(all_news, "someone said the pope is american??")
    assert found.startswith("He took the name Leo XIV and is the first pope"), found
    assert unaddressed("my friend says bitcoin hit 100k") == "bitcoin hit 100k"
    assert unaddressed("what did people say about it?") == "what did people say about it?"


def test_whether_what_was_said_is_true_asks_what_was_said(all_news):
    # "my friend says nvidia is worth more than apple. true?" said no answer: "true?" was
    # asked, the statement read as what it follows up
    assert asking_sentence("nvidia is worth more than apple. true?") == (
        "nvidia is worth more than apple.",
        "",
    )
    found = first_quoted(all_news, "my friend says nvidia is worth more than apple. true?")
    assert found.startswith("Nvidia became the world's most valuable listed company"), found
    found = first_quoted(all_news, "the pope is from chicago. is that right?")
    assert found.startswith("Born in Chicago in 1955"), found


def test_and_before_a_question_word_is_no_part_of_it(all_news):
    earlier, article = "what did the fda approve?", "vaccine.md"
    found = answer(all_news, "and who makes it?", earlier=earlier, recent=(article,))
    assert found.hits[0].passage.text.startswith("The vaccine, called Ixchiq and made by")
