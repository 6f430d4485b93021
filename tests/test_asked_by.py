"""Tests of index/asked_by.py: what a question asks by a word its answer need not write."""

import pytest

from index.asked_by import (
    ACTION,
    ACTION_TAKEN,
    BIRTH_NAME,
    CAST,
    DANGER,
    FUNDED_BY,
    FUNDING,
    HARM_DONE,
    LAST_TIME,
    OBJECTION,
    ORDINAL,
    PENALTY,
)


def test_who_paid_for_a_thing_asks_its_funding():
    for question in (
        "who paid for notre-dame?",
        "who funded it?",
        "where did the money come from?",
        "who paid?",  # following it up ("notre dame | who paid?")
    ):
        assert FUNDING.asked(question), question
    assert not FUNDING.asked("who pays the venice fee?")  # who pays it, not for it
    assert FUNDED_BY.search("The trial was paid for by Novo Nordisk")
    assert FUNDING.told.search("...craftsmen and donors") and not FUNDED_BY.search("donors")


@pytest.mark.parametrize(
    "question",
    [
        "any criticism?",
        "were there any complaints?",
        "who criticised the climate deal?",
        "who was criticised for the valencia floods?",
        "did anyone complain?",
        "who is against it?",  # synonyms read "is against" as "oppose"
        "is anyone against the fee?",
        "who opposes it?",
        "what do critics say?",
        "what were the complaints about the vision pro?",
        "what's the main criticism?",
        "who doesn't like it?",  # ...and "doesn't like" as "criticise"
    ],
)
def test_who_objects_is_asked_by_its_words_as_the_question_stands(question):
    assert OBJECTION.asked(question)


@pytest.mark.parametrize(
    "question",
    [
        # its words describing someone, or naming what is asked of (ReQA's questions)
        "What type of amendments might members opposed to a bill put on the table?",
        "What criticism in NY times article that impacts the quality of Education at Harvard?",
        "who leads the opposition?",  # a party
        "what was the fine against google?",
        "who did critics blame?",  # whom they blame, not whether they object
    ],
)
def test_who_objects_is_not_asked_by_its_words_alone(question):
    assert not OBJECTION.asked(question)


def test_who_objects_is_told_by_an_objection_in_words_of_its_own():
    told = OBJECTION.told.search
    assert told("Tech companies said the law had been rushed through in a week")
    assert told("Other scientists noted that the study was observational and could not prove")
    assert told("Some mental health groups warned that it could cut off teenagers")
    assert told("Some residents protested, saying the fee turned Venice into a theme park")
    # ...not a warning issued, nor a party's name
    assert not told("...hours after the national weather agency Aemet had issued a red warning.")
    assert not told("The opposition alliance led by the Congress party won 234 seats")


def test_what_befalls_whoever_does_not_do_a_thing_is_asked_so_and_told_by_a_penalty():
    for asked in (
        "what happens if you don't pay the venice fee?",
        "what if companies fail to comply?",
        "what happens to companies that break the ban?",
        "what's the penalty for not paying?",
        "what is the fine for not paying in venice?",
    ):
        assert PENALTY.asked(asked), asked
    # ...not what happens otherwise, nor a penalty in a match
    for asked in (
        "what happens next?",
        "what happens if it rains?",
        "who missed a penalty for brazil?",
    ):
        assert not PENALTY.asked(asked), asked
    assert PENALTY.told.search("...visitors without a code face fines of up to 300 euros")
    assert PENALTY.told.search("Errant members ... may be expelled from their parties outright")
    assert not PENALTY.told.search(
        "...the mace is displayed in a glass case suspended from the lid"
    )


def test_whether_a_thing_is_dangerous_is_asked_so_and_told_by_harm():
    for asked in ("is mpox dangerous", "is bird flu dangerous?", "how dangerous is mpox?"):
        assert DANGER.asked(asked), asked
    assert DANGER.asked("is it deadly?") and DANGER.by("is it deadly?", "deadly")
    assert not DANGER.asked("what is the most dangerous place?")
    # harm done to people, not to a virus ("...pasteurisation kills it")
    assert HARM_DONE.search("...where more than 15,600 cases and 537 deaths have been reported")
    assert not HARM_DONE.search("...but said pasteurisation kills it")
    # ...or feared
    assert DANGER.told.search("Raw milk, which is not pasteurised, carries a risk")
    assert DANGER.told.search("Critics warn that its price could fall just as quickly.")
    assert DANGER.asked("is bitcoin risky?") and DANGER.by("is bitcoin risky?", "risky")


def test_when_it_last_happened_is_asked_so_and_told_by_what_is_the_first_since():
    for asked in (
        "when did an american last win the olympic 100m?",
        "who was the last american to win the 100m before lyles?",
        "when was the last one?",
        "the last time the bjp lost its majority?",
    ):
        assert LAST_TIME.asked(asked), asked
    # ...not "last" of a time, nor the verb
    for asked in ("what happened last week?", "when was it last year?", "when did it last?"):
        assert not LAST_TIME.asked(asked), asked
    assert LAST_TIME.told.search("It was the first American win in the event since 2004.")
    assert LAST_TIME.told.search("...raised interest rates for the first time in 17 years")
    assert not LAST_TIME.told.search("Lyles won the first heat on Sunday.")


def test_what_is_done_about_it_is_asked_so_and_told_by_a_deed_first():
    for asked in (
        "what is being done about the houthis?",
        "has anyone tried to stop the houthis?",
        "what was done to stop the fires?",
        "what can be done to help coral reefs?",
        "did the government do anything about the blackout?",
        "red sea | what are they doing about it?",
    ):
        assert ACTION.asked(asked), asked
    assert ACTION.by("has anyone tried to stop them?", "stop")
    for asked in ("why did the ships stop?", "what did the rebels try to do?"):
        assert not ACTION.asked(asked), asked
    # a deed against it first, else what people were told or helped to do
    assert ACTION_TAKEN.search("The US has carried out air strikes on Houthi targets.")
    assert ACTION_TAKEN.search("Firefighters from Canada and Mexico have joined the effort.")
    assert not ACTION_TAKEN.search("More than 150,000 people were ordered to leave.")
    assert ACTION.told.search("More than 150,000 people were ordered to leave.")
    assert not ACTION.told.search("He had pledged allegiance to the group.")


def test_a_real_name_is_asked_so_and_told_by_the_name_born_with():
    assert BIRTH_NAME.asked("what was alice munro's real name?")
    assert BIRTH_NAME.by("what was her real name?", "real")
    assert not BIRTH_NAME.asked("what was the name of the ship?")
    assert BIRTH_NAME.told.search("Born Alice Laidlaw in Wingham, Ontario, in 1931, she...")
    assert BIRTH_NAME.told.search("JJ, whose real name is Johannes Pietsch, is 24")
    assert not BIRTH_NAME.told.search("She was born in Wingham, Ontario, in 1931.")


def test_which_of_its_kind_is_asked_so_and_told_by_an_ordinal():
    for asked in ("is this the first gdl strike?", "is it the only vaccine for chikungunya?"):
        assert ORDINAL.asked(asked), asked
    assert not ORDINAL.asked("who was the first to arrive?")
    assert ORDINAL.told.search("It is the fourth strike by the union in the dispute.")
    assert ORDINAL.told.search("...its 15th European Cup")
    # "only" asks, but tells nothing ("Only about one in five long-distance trains...")
    assert not ORDINAL.told.search("Only about one in five long-distance trains was running")


def test_who_is_in_a_film_is_asked_so_and_told_by_a_part_played():
    for asked in (
        "who is in it?",
        "who is in the film anora?",
        "who acted in anora?",
        "who is the star?",  # ...its star, or lead
        "who is the lead actress in anora?",
        "who stars in it?",
        "who played the lead in anora?",  # ...or who played it
    ):
        assert CAST.asked(asked), asked
    assert not CAST.asked("who is the star player?")  # no film's
    assert CAST.by("who acted in anora?", "acted")
    assert not CAST.asked("who is in charge?")
    assert CAST.told.search("Mikey Madison, who plays the title role, is 25")
