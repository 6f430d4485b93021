"""What a question asks (a time, a name, a place, a cause) and whether a text tells it
(index/asked.py)."""

from index.answers import answer
from index.asked import (
    BLAMED,
    BORN,
    DESTINATION,
    ELIGIBLE,
    FLED_TO,
    FUTURE_TIME,
    LASTING,
    MADE_IN,
    TO_COME,
    asks_again,
    asks_blame,
    asks_destination,
    asks_eligible,
    asks_future,
    asks_made_when,
    asks_next,
    asks_when,
    asks_year,
    blame_asked,
    country_asked,
    dates_in,
    decision_asked,
    grew_up_asked,
    hardest_hit,
    job_asked,
    kinds_asked,
    lasting_told,
    leader_asked,
    lengths_in,
    origin_asked,
    purpose_asked,
    reacting_anyone,
    reaction_alone,
    tells_again,
    tells_when,
    time_asked,
    time_unsaid,
)
from index.asked_amounts import (
    numbers_in,
)


def test_what_time_asks_when_told_first_by_a_time_of_day():
    assert asks_when("what time did the quake hit?")
    assert tells_when("The quake hit at midday.", "what time did the quake hit?")
    assert not tells_when("It struck on Friday.", "what time did the quake hit?")
    assert tells_when("It struck on Friday.", "when did the quake hit?")  # a day is a when
    # ...and not unsaid where a passage says a time of day only ("at 5 pm")
    assert time_unsaid(["MSPs decide normally at 5 pm."], "what time do MSPs decide?") == ""
    assert time_unsaid(["MSPs decide on motions."], "what time do MSPs decide?") == "when"
    # A time of day tells "when?" too ("They escaped ... at about 9.40 a.m."); an amount
    # with a point is none
    for told in ("They escaped at about 9.40 a.m.", "It is open from 8.30am", "at 6 pm"):
        assert time_unsaid([told], "when did they escape?") == "", told
    assert time_unsaid(["It cost 9.40 dollars."], "when did it cost that?") == "when"


def test_a_time_is_what_when_and_how_long_ask():
    for question in (
        "when did the coup happen?",
        "since when can't russian planes fly over europe",
        "anyone know when the coup was",
        "overthrown when",
        "when the coup?",
        "what year did the army take power?",
        "how long ago was the coup?",
    ):
        assert time_asked(question) == "when", question
    assert time_asked("how long is the flight to Vietnam?") == "how long"
    assert time_asked("how much longer is the trip?") == "how long"  # ...than before
    assert time_asked("eclipse totality duration") == "how long"  # as chat asks it
    # "how soon" asks when, and is said so.
    assert time_asked("how soon will Thailand get the jets?") == "how soon"
    assert asks_when("how soon?") and asks_when("when?") and not asks_when("how long?")
    assert time_unsaid(["Thailand chose the Gripen."], "how soon?") == "how soon"
    assert time_unsaid(["The jets will be delivered in 2027."], "how soon?") == ""
    # "when" opening a clause, or beside another question word, asks no time.
    for question in (
        "what did he do when he arrived?",
        "when was the coup and who led it?",
        "When Corliss was given the Rumford medal the committee said that no one invention"
        " since Watt's time has so enhanced the efficiency of the steam engine.",
        "who sells jets?",
    ):
        assert time_asked(question) == "", question
    asked = "when was the nuclear deal signed?"
    assert time_unsaid(["They signed a deal on nuclear power."], asked) == "when"
    for text in ("It was signed in 2019.", "They signed it on Tuesday.", "Signed last spring."):
        assert time_unsaid([text], asked) == "", text
    assert time_unsaid(["A deal.", "In March it was signed."], asked) == ""  # any one
    # A year asked is told by a date, not by a word placing it in time.
    year = "what year was the deal signed?"
    assert time_unsaid(["It was signed after the war."], year) == "when"
    assert time_unsaid(["It was signed in 1955.", "On Wednesdays."], year) == ""
    # The question's own time is none it is told.
    assert time_unsaid(["Putin met him in 2021."], "when in 2021 did they meet?") == "when"
    # ...but "until when" asks with its "until", and a passage saying it tells the time.
    until = "the price of oil is a stable commodity until when?"
    assert time_unsaid(["Until the oil shock, the price had remained stable."], until) == ""
    assert time_unsaid(["The price had remained stable."], until) == "when"
    flight = "how long is the flight to Vietnam?"
    assert time_unsaid(["Flights to Vietnam start in the spring."], flight) == "how long"
    for text in ("The flight takes nine hours.", "It is 6,700 km long."):
        assert time_unsaid([text], flight) == "", text
    assert time_unsaid(["A deal."], "who signed the deal?") == ""  # none asked


def test_what_kind_of_answer_is_asked_and_what_a_text_writes():
    assert kinds_asked("who sells jets to myanmar?") == (True, False, False)
    assert kinds_asked("what is the population of Warsaw?") == (False, True, False)
    assert kinds_asked("in what year did the coup happen?") == (False, False, True)
    # a word before what is named ("shipping companies"), but no verb ("do people")
    assert kinds_asked("which shipping companies avoid the red sea?") == (True, False, False)
    assert kinds_asked("what do people think of the fee?") == (False, False, False)
    assert kinds_asked("which days do you have to pay?") == (False, False, True)
    assert kinds_asked("what day of the week is it held?") == (False, False, False)
    assert numbers_in("Six elephants, 300 tanks and a half.") == {"six", "300", "half"}
    assert dates_in("In January 2021, in the 1920s and the 5th century.") == {
        "january",
        "2021",
        "1920s",
        "5th century",
    }


def test_a_length_of_time_is_an_amount_then_its_unit():
    for text in (
        "25 years in prison",
        "a six-day strike",
        "about an hour and a half later",
        "the outcome is known in seconds",
        "traffic jams stretched for hours afterwards",
    ):
        assert LASTING.search(text), text
    for text in ("until 2044", "opened in 1977", "in the second round"):
        assert not LASTING.search(text), text


def test_an_age_is_no_length_of_time():
    # "...his 19-year-old son, Suleman" told how much longer the Red Sea detour takes
    assert not list(lengths_in("Pakistani businessman Shahzada Dawood and his 19-year-old son"))
    assert not list(lengths_in("Alice Munro, 92 years old, has died"))
    found = lengths_in("a 19-year-old ran a six-day race")
    assert [m.group() for m in found] == ["a six-day"]


def test_how_long_it_lasted_is_told_by_a_length_or_its_end_and_not_by_how_fast_it_came():
    lasted = lasting_told("how long did the blackout last?")
    assert lasted("The lights went out for up to 4 minutes and 28 seconds.")
    assert lasted("By Tuesday morning supply had been restored.")  # its end, with a time
    assert not lasted("Power vanished from the grid within five seconds.")
    assert not lasted("Supply had been restored.")  # ...an end at no time told
    assert not lasted("Sinner came back from two sets down on Sunday.")
    # ...asked how long it was out or went on, as how long it lasted
    for asked in ("how long was the power out?", "how long were they without power?"):
        assert not lasting_told(asked)("Power vanished from the grid within five seconds.")
        assert lasting_told(asked)("By Tuesday morning supply had been restored.")
    # Asked how long it took, what it was done within tells it.
    assert lasting_told("how long did the count take?")("The count was done within five days.")


def test_a_date_a_day_or_a_season_tells_when():
    asked = "when did they meet?"
    for text in (
        "They met in 2019.",
        "They met on Monday.",
        "They met two years ago.",
        "Last spring.",
        "They scored in the 34th minute.",  # a match's minute ("when did brazil score?")
        "The attack began over the Easter weekend.",  # a holiday
        "A week later, Trump paused the higher rates.",  # after the news's own time
        "He scored the winner four minutes from the end.",  # a match's time from its end
        "They equalised in stoppage time.",
    ):
        assert tells_when(text, asked), text
    # Words placing something in time tell that it has one (time_unsaid), not when.
    assert not tells_when("Warsaw was rebuilt after World War II.", asked)
    assert not tells_when("It was rebuilt in 1945.", "what happened in 1945?")  # told


def test_when_a_thing_was_made_is_told_by_the_year_it_was_made_in():
    for question in ("when was the key bridge built?", "when was openai founded"):
        assert asks_made_when(question), question
    assert not asks_made_when("when did the bridge collapse?")
    assert MADE_IN.search("The 2.6-kilometre bridge, opened in 1977, carried 30,000 cars")
    assert not MADE_IN.search("It reopened on Saturday.")
    assert MADE_IN.search("Jensen Huang, who co-founded the company in 1993, told...")
    assert not MADE_IN.search("General Min Aung Hlaing, who launched the coup in 2021")


def test_where_a_journey_was_to_end_is_told_by_where_it_was_bound():
    for asked in ("where was it going?", "where was the flight headed?", "its destination?"):
        assert asks_destination(asked), asked
    for asked in ("where will the circus go?", "where did the envoy travel?"):
        assert asks_destination(asked), asked
    for asked in ("where did it go down?", "where is he going to stay?", "where is it?"):
        assert not asks_destination(asked), asked
    assert DESTINATION.search("The ship, the Dali, was leaving the port for Sri Lanka")
    assert DESTINATION.search("Its director said the company would travel to China")
    assert DESTINATION.search("An Air India flight to London crashed into a hostel")
    assert not DESTINATION.search("Flights to Asia resumed on Monday")
    assert not DESTINATION.search("Delta said its flight was cancelled")
    # Where people fled or were sent, which a follow-up reads (FLED_TO)
    assert FLED_TO.search("Evacuees drove west toward British Columbia")
    assert FLED_TO.search("Others were sent east to Edmonton and Grande Prairie")
    assert not FLED_TO.search("Vaudreuil sent Dieskau to Fort St. Frederic")  # sent another


def test_who_leads_something_is_asked_by_its_verbs_and_by_its_head_of():
    for question, words in (
        ("who runs the bank of japan?", "who runs "),
        ("Who is leading the rebels", "Who is leading "),
        ("who was head of the cannes jury?", "who was head of "),
        ("whos the leader of the junta", "whos the leader of "),
    ):
        assert leader_asked(question) == (len(words), len(question)), question
    # ...and by what is led, then its head
    assert leader_asked("who is the junta leader?") == (11, 17)
    assert leader_asked("who is asml's boss?") == (7, 14)
    for question in ("who ran?", "who is the president of chile?", "who is the leader?"):
        assert leader_asked(question) == (0, 0), question


def test_when_will_asks_a_time_to_come():
    assert asks_future("when will the vaccine be available?")
    assert asks_future("when is the bridge expected to reopen?")
    assert not asks_future("when was the vaccine approved?")
    assert asks_future("when can you buy it outside the us?")  # when one can
    for text in ("...early next year", "later this month", "in the coming weeks", "until 2044"):
        assert FUTURE_TIME.search(text), text
    assert not FUTURE_TIME.search("The outbreak began in 2019 and peaked last year.")
    assert FUTURE_TIME.search("The job cuts will be mostly completed by the end of the year")
    assert not FUTURE_TIME.search("...killed an estimated 140,000 by the end of that year")


def test_whats_next_asks_what_is_to_come():
    for question in ("what's next for starship?", "what happens next?", "what will happen now?"):
        assert asks_next(question), question
    assert not asks_next("what happened next?")  # the story's next step: bot/talk.py
    assert not asks_next("who is next in line?")
    assert not asks_next("what happens to companies that break it?")
    # who, which or where of what will be, or of next year
    for question in (
        "which country will host it?",
        "where is eurovision next year?",
        "which country hosts eurovision next",  # "next" last: the one to come
    ):
        assert asks_next(question), question
    assert not asks_next("who won last year?") and not asks_next("when will it open?")
    for text in ("NASA plans to use...", "said it expected to launch", "later this decade"):
        assert TO_COME.search(text), text
    assert TO_COME.search("He is scheduled to meet with Russian President Vladimir Putin.")
    assert TO_COME.search("The Bank of England was likely to keep interest rates at 5.25 percent")
    assert not TO_COME.search("the two seats next to the missing panel were empty")
    assert not TO_COME.search("investors had expected the move")
    assert not TO_COME.search("Controllers would have sent the booster into the sea instead")


def test_what_year_is_told_by_a_year():
    assert asks_year("what year was the fire?") and not asks_year("when was the fire?")
    text = "The cause of the fire of April 2019 was not found on Saturday."
    assert tells_when(text, "what year was the fire?") == {"2019"}
    assert tells_when(text, "when was the fire?") == {"april", "2019", "saturday"}


def test_what_a_thing_is_for_is_told_by_its_name_and_for_or_to():
    told = purpose_asked("what's the vaccine for?")
    assert told and told.search("approved the first vaccine for chikungunya")
    assert not told.search("expected to launch the vaccine in the United States")
    fee = purpose_asked("what is the fee for?")
    assert fee and fee.search("a five-euro fee to enter its historic centre")
    assert purpose_asked("what did they pay for?") is None  # asks what was bought
    # a medicine named after what it treats
    drug = purpose_asked("what is wegovy used for?")
    assert drug and drug.search("The weight-loss drug Wegovy cut the risk of heart attacks")
    assert not drug.search("the Danish company that makes Wegovy and Ozempic")


def test_who_can_get_it_asks_whom_it_is_for():
    for question in (
        "who can get it?",
        "who is eligible?",
        "who qualifies for the vaccine?",
        "who is the chikungunya vaccine for?",
    ):
        assert asks_eligible(question), question
    assert not asks_eligible("who can stop it?") and not asks_eligible("who makes it?")
    assert ELIGIBLE.search("...is approved for adults aged 18 and older")
    assert not ELIGIBLE.search("his defence minister offered to resign")


def test_whose_fault_asks_whom_blame_is_laid_on():
    for question in ("who's to blame for the floods?", "whose fault was it?", "who is blamed?"):
        assert asks_blame(question), question
    assert not asks_blame("did the government blame renewables?")  # a denial answers it
    assert not asks_blame("who is responsible for operating the voting equipment?")  # a job
    assert asks_blame("who is responsible for the m&s hack?")  # ...but not of a deed
    # the word it asks by, which an answer need not write
    assert blame_asked("who's to blame for the runway crash?", "blame")
    assert not blame_asked("who's to blame for the runway crash?", "runway")
    assert not blame_asked("did the government blame renewables?", "blame")


def test_how_people_reacted_asks_of_no_one_named():
    assert reacting_anyone("how did people react to the vision pro?")
    assert reacting_anyone("how did the public respond?")
    assert not reacting_anyone("how did china respond?")
    assert not reacting_anyone("what did people say?")
    assert reaction_alone("how did people react?")  # ...to the news followed up
    assert not reaction_alone("how did people react to the vision pro?")


def test_a_decision_or_announcement_asked_is_asked_by_its_verb():
    assert decision_asked("what did intel announce?", "announce")
    assert decision_asked("what did the eu court decide about google?", "decide")
    assert not decision_asked("what did intel announce?", "intel")
    assert not decision_asked("when did intel announce the cuts?", "announce")
    assert BLAMED.search("The regional government has been criticised for...")
    assert not BLAMED.search("Critics said the grid was less stable")


def test_where_one_is_from_asks_the_origin_of_whom_it_names(all_news):
    assert origin_asked("where is sinner from?") == "sinner"
    assert origin_asked("where does lyles come from?") == "lyles"
    assert origin_asked("what nationality is the pope?") == "the pope"
    assert origin_asked("what's mbappe's nationality?") == "mbappe"
    assert origin_asked("where is the bridge?") is None
    assert origin_asked("when was the british nationality act passed?") is None
    assert BORN.search("Born in Chicago in 1955, Prevost...")
    assert BORN.search("Gukesh, who is from Chennai, wept")
    assert not BORN.search("the first from his country to win")
    # ...and where one grew up, "grow up" how it asks ("alice munro | where did she grow
    # up?" said no answer: no article writes "grow")
    assert origin_asked("where did alice munro grow up?") == "alice munro"
    assert grew_up_asked("where did she grow up?", "grow")
    assert not grew_up_asked("how fast did the fire grow?", "grow")
    found = answer(
        all_news, "where did she grow up?", earlier="alice munro", recent=("obituary.md",)
    )
    assert found.hits and "Canadian" in found.hits[0].passage.text, found.hits


def test_whether_it_will_happen_again_is_told_by_what_is_to_come_or_may():
    for asked in (
        "will it happen again?",
        "could it erupt again?",
        "is it going to happen again",
        "will rates go up again?",
        "will there be more?",
        # ...or go further
        "will they go up more?",
        "will rates rise any further?",
        "will rates rise further in japan?",
    ):
        assert asks_again(asked), asked
    for asked in ("is notre dame open again?", "when did it happen?", "what happened again?"):
        assert not asks_again(asked), asked
    assert tells_again("...said that more eruptions could follow for years.")
    assert tells_again("Economists said further rate increases were likely to be small.")
    assert not tells_again("The volcano erupted for the third time since December.")


def test_a_country_is_asked_alone_by_which_country():
    for question in ("which country?", "What countries?", "which country is he from?"):
        assert country_asked(question), question
    for question in ("which country won the euros?", "which countries did the virus reach?"):
        assert not country_asked(question), question  # more asked than the kind


def test_hit_hardest_is_how_a_question_asks_which_were_most_affected(all_news):
    assert hardest_hit("which countries were hit hardest by tariffs?", "hardest")
    assert hardest_hit("which towns were worst hit?", "worst")
    assert hardest_hit("what are the worst-affected areas?", "worst")
    assert not hardest_hit("what was the worst day for markets?", "worst")
    assert not hardest_hit("who hit hardest?", "hit")
    # "hardest", weighed as a word, quoted the Myanmar quake's "...the civil war has made
    # it hard to reach many areas"
    found = answer(all_news, "which countries were hit hardest by tariffs?")
    assert found.hits[0].passage.article_id == "tariffs.md", found.hits[0].passage.text


def test_ones_job_is_how_a_question_asks_what_they_do():
    assert job_asked("what is his job?", "job")
    assert job_asked("what was dan's former occupation?", "occupation")
    assert not job_asked("how many jobs did intel cut?", "jobs")
    assert not job_asked("what jobs are at risk?", "jobs")
