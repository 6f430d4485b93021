"""What amount a question asks and whether a text tells it (index/asked_amounts.py)."""

from index.asked_amounts import (
    AGED,
    AMOUNT,
    FREE,
    HARMED,
    MARGIN,
    MEASURED,
    MONEY,
    ONE_HARMED,
    SCORE,
    SHARE,
    amount_asked,
    amount_unsaid,
    asks_change,
    asks_earned,
    asks_free,
    asks_margin,
    asks_money,
    asks_price,
    asks_score,
    asks_size,
    change_verb,
    changed_thing,
    compares_size,
    counted,
    counted_subject,
    counted_verb,
    counted_word,
    difference_telling,
    harm_counted,
    how_asked_alone,
    judges_price,
    names_age_limit,
    says_how_often,
    tells_how_often,
    tells_margin,
)


def test_an_amount_is_what_how_many_and_how_much_ask():
    assert amount_asked("How many tanks did Russia sell?") == "how many"
    assert amount_asked("how much   oil?") == amount_asked("how much does a tank cost?")
    assert amount_asked("how much oil?") == "how much"
    assert amount_asked("What is the price of a Gripen?") == "how much"
    assert amount_asked("what did the jets cost?") == "how much"
    # "how much does Russia help?" asks how far, not an amount; other questions neither.
    assert amount_asked("how much does Russia help India?") == ""
    assert amount_asked("how much support does Russia give?") == ""  # a word of degree
    assert amount_asked("who supplies India?") == ""
    # ...but by a verb of change, how much it changed: "...by 20 percent"
    assert amount_asked("how much has chocolate gone up?") == "how much"
    assert amount_asked("how much does the drug cut the risk?") == "how much"
    # A quantity asked by its name is asked so, and said so where no passage holds it.
    assert amount_asked("What's the population of Warsaw?") == "the population"
    # ...a measure by its name as its "how" asks it, and as chat asks it too ("titan
    # depth", as "gukesh age?")
    assert amount_asked("what is the speed of the new jets?") == "how fast"
    assert amount_asked("what was the depth of the titanic wreck?") == "how deep"
    assert amount_asked("titan depth") == amount_asked("chile quake depth?") == "how deep"
    assert amount_asked("myanmar quake magnitude") == "how strong"
    assert amount_asked("what category was milton?") == "how strong"
    # ...and how many live in a place named asks its population, not in "the camps"
    assert amount_asked("how many people live in japan?") == "the population"
    assert amount_asked("how many people live in the camps?") == "how many"
    # ...a rate by its name, as it is now too, by a share; not a rate of something
    for asked in (
        "what is the bank of japan's new interest rate?",
        "japan interest rate",
        "what is the new bank of japan rate?",  # (four words before "rate")
    ):
        assert amount_asked(asked) == "the rate", asked
    for asked in ("what is the rate of growth?", "what is the boj doing about rates?"):
        assert amount_asked(asked) == "", asked
    rate = counted("what is the rate now?")
    assert rate is not None and rate.search("in a range of zero to 0.1 percent")
    raised = "raised interest rates for the first time in 17 years"
    assert amount_unsaid([raised], "what is the interest rate?") == "the rate"
    # ...a weight, told in its units, not by a price ("how much does it weigh?")
    for asked in ("how much does vision pro weigh?", "vision pro weight"):
        assert amount_asked(asked) == "the weight", asked
    assert amount_asked("how much weight do people lose on wegovy?") == "how much"
    priced = "The device costs 3,499 dollars."
    assert amount_unsaid([priced], "how much does the headset weigh?") == "the weight"
    assert amount_unsaid(["It weighs about 600 grams."], "how much does it weigh?") == ""
    # ...how big a place is by its people or its area, not by any figure
    town = counted("how big is the town?")
    assert town is not None and town.search("Jasper, a town of about 4,700 people, is")
    assert town.search("an area of 36,000 hectares")
    assert not town.search("About 25,000 residents and visitors were ordered to leave")
    # ...a population, by its owner too ("what's jasper's population?"), as itself
    assert amount_asked("what's jasper's population?") == amount_asked("jasper population")
    assert amount_asked("jasper population") == "the population"
    # ...told by a number of people a place has, not by any number of people
    population = counted("what is the population of jasper?")
    assert population is not None
    for told in ("a town of about 4,700 people", "its 3,700 residents", "home to 9 million people"):
        assert population.search(told), told
    killed = "struck central Myanmar, killing more than 1,700 people"
    assert not population.search(killed)
    assert amount_unsaid([killed], "what is the population of myanmar?") == "the population"
    assert amount_asked("depth") == amount_asked("how does depth matter?") == ""
    assert amount_unsaid(["They cache the expressions for speed."], "what is the speed?") == (
        "how fast"
    )
    assert amount_unsaid(["It flies at 2,100 km/h."], "what is the speed of the jets?") == ""
    assert amount_asked("what is the rate of growth?") == ""  # a rate may be "slow"
    # A price asked as chat asks it, by the thing and "price" or "cost" ("vision pro price?")
    for typed in ("vision pro price", "venice fee cost?", "wegovy price?", "bitcoin price now"):
        assert amount_asked(typed) == "how much" and asks_price(typed), typed
    # ...or by the thing before "price" ("what is the bitcoin price now?")
    assert amount_asked("what is the bitcoin price now?") == "how much"
    for typed in ("the price", "whats the price", "cost of living crisis"):
        assert amount_asked(typed) == "", typed
    # A heat, by a temperature only ("how cold did it get?" quoted "...gets about 95
    # millimetres"), as news writes it ("49C")
    for text, unsaid in (
        ("Dubai normally gets about 95 millimetres in a year.", "how cold"),
        ("Temperatures reached 51.8 degrees Celsius.", ""),
        ("It hit 49C in Mecca.", ""),
        ("Highs of 120F were recorded.", ""),
    ):
        assert amount_unsaid([text], "how cold did it get?") == unsaid, text
    # An age, asked as chat asks it ("gukesh age?" quoted "Gukesh, who is from Chennai,
    # wept..."): as "how old" is; an age of history or an age group is none.
    for typed in (
        "gukesh age?",
        "what is his age",
        "mbappe's age",
        "age of the pope",
        "what age is jj",
    ):
        assert amount_asked(typed) == "how old", typed
    for typed in (
        "is this the bronze age?",
        "what age group is banned?",
        "what is the voting age?",
    ):
        assert amount_asked(typed) == "", typed
    # ...and by its limit ("what age limit does the ban set?" said no article naming
    # Australia answers it: "limit" weighed as a word): the words naming it ask.
    for typed in ("what age limit does the ban set?", "is there a minimum age?"):
        assert amount_asked(typed) == "how old", typed
    assert names_age_limit("what age limit does the ban set?", "limit")
    assert names_age_limit("what are the age restrictions?", "restrictions")
    assert names_age_limit("is there a minimum age?", "minimum")
    assert not names_age_limit("what limit does the ban set?", "limit")
    assert not names_age_limit("what is the minimum wage?", "minimum")
    asked = "how many tanks did Russia sell?"
    assert amount_unsaid(["Russia supplies India with tanks."], asked) == "how many"
    assert amount_unsaid(["In 2021 the army seized power."], asked) == "how many"  # a year
    for text in ("It sold 300 tanks.", "Thousands died.", "His fourth trip.", "None did."):
        assert amount_unsaid([text], asked) == "", text
    # "first" tells how often, but counts nothing: "the first time it had happened" is
    # no number of people who died in a blackout.
    first = ["Sanchez said it was the first time such a collapse had happened."]
    assert amount_unsaid(first, "how many people died in the blackout?") == "how many"
    assert amount_unsaid(first, "how often has it happened?") == ""
    assert amount_unsaid(["Russia supplies tanks.", "It sold 300."], asked) == ""  # any one
    # A length of time counts nothing else: "within ten days" sold no tickets.
    refunds = ["Ticket holders will be refunded within ten days."]
    assert amount_unsaid(refunds, "how many tickets were sold?") == "how many"
    assert amount_unsaid(refunds, "how many days until the refunds?") == ""
    # "How far?" is told by a distance, a journey's time or a comparison, not any figure
    assert amount_unsaid(["Mecca reached 51.8 degrees."], "how far is mecca?") == "how far"
    for text in ("Santiago is about 250 kilometres north.", "It is a two-hour drive away."):
        assert amount_unsaid([text], "how far is santiago?") == "", text
    # "each one" is no number the question says ("...one Commissioner for each state")
    one = ["There is one Commissioner for each of the 28 states."]
    assert amount_unsaid(one, "for each of the 28 states, how many are there for each one?") == ""
    # An age is a number: "his fourth trip" says no one's.
    assert amount_asked("How old is he?") == "how old"
    assert amount_asked("how often has he been?") == "how often"
    assert amount_unsaid(["His fourth trip."], "how old is he?") == "how old"
    assert amount_unsaid(["Min Aung Hlaing, 68, left."], "how old is he?") == ""
    # The question's own number is none it is told.
    assert amount_unsaid(["It sold 300 tanks."], "how many of the 300 tanks work?") == "how many"
    assert amount_unsaid(["It sold 300 tanks."], "who sells tanks?") == ""  # none asked


def test_a_measure_asked_alone_is_told_only_by_a_number():
    # "how far?" after an answer asks it of that answer's passages: in figures.
    assert how_asked_alone("how far?") == ("far", 4)
    assert how_asked_alone("How long was that?") == ("long", 4)
    assert how_asked_alone("how far away is it?") == ("far", 4)  # "away" asks no more
    assert how_asked_alone("how long did it last?") == ("long", 4)  # nor the verb "last"
    assert how_asked_alone("how hot was it?") == ("hot", 4)  # a measure asked alone
    assert how_asked_alone("how far is Mandalay from Yangon?") is None
    assert amount_asked("how far?") == "how far" and amount_asked("how big is it?") == "how big"
    assert amount_unsaid(["Russia is a major supplier."], "how big?") == "how big"
    assert amount_unsaid(["His fourth trip."], "how far?") == "how far"  # no measure
    assert amount_unsaid(["It flew 6,700 km."], "how far?") == ""
    # A size told by what it compares with ("how big was the search area?"); a height,
    # which may be a rate's, not so
    for told in (
        "It covered an area larger than Connecticut.",
        "It is about the size of Wales.",
        "Starship, the largest and most powerful rocket ever built.",  # ...with all others
    ):
        assert amount_unsaid([told], "how big was the area?") == "", told
    assert amount_unsaid(["Inflation was higher than expected."], "how high is it?") == "how high"
    # "how cheap was it?" asks a number too: "for less than 6 million dollars"
    assert amount_asked("how cheap was it?") == "how cheap"
    assert amount_unsaid(["It was cheap."], "how cheap was it?") == "how cheap"


def test_a_score_asked_alone_is_told_by_a_result_or_points():
    assert asks_score("what was the score?") and asks_score("final score?")
    assert asks_score("score?")  # alone, after an answer on a match
    assert not asks_score("who scored?") and not asks_score("did he score a goal?")
    assert asks_score("score of the euro final") and asks_score("spain vs england score")
    # ...and what it is of, named before "score?" ("super bowl score?"); not a verb's
    assert asks_score("super bowl score?") and asks_score("eagles chiefs final score")
    assert not asks_score("when did palmer score?") and not asks_score("will he score")
    assert not asks_score("scores of people died") and not asks_score("did kane score v spain")
    # ...or between "the" and "score" ("what was the super bowl score?")
    assert asks_score("what was the super bowl score?") and asks_score("what's the match score")
    assert not asks_score("what was the best way to score?")
    # ...asked to be shown it ("show me the super bowl score" quoted "It was the Eagles'
    # second Super Bowl title..."), not told to one ("tell me the score" asks it too)
    assert asks_score("show me the super bowl score") and asks_score("give me the final score")
    assert not asks_score("show me how to score")
    assert SCORE.search("Argentina beat Brazil 4-3 on penalties.")
    assert SCORE.search("The 18-year-old won 7.5 points to 6.5 after Ding blundered.")
    assert not SCORE.search("Rates rose from 5 to 6 percent.")
    # A measure asked of something asks a number in figures ("six elephants" tell no
    # height); an age is told by an age.
    assert amount_asked("how tall is Putin?") == "how tall"
    assert amount_unsaid(["Myanmar gifted six elephants."], "how tall are they?") == "how tall"
    assert amount_unsaid(["It is about 250 kilometres away."], "how far is it?") == ""
    assert amount_unsaid(["Six elephants joined in 2024."], "how old is the circus?") == "how old"
    assert amount_unsaid(["She died at the age of 92."], "how old was she?") == ""
    # ...in words too: "who was three when the bomb fell", "a five-year-old"
    for told in ("Mimaki, who was three when the bomb fell, wept.", "A five-year-old died."):
        assert amount_unsaid([told], "how old was he?") == "", told
    assert amount_unsaid(["The toll was three on Friday."], "how old was he?") == "how old"
    # ...and a thing's by when it was new; not any time before
    new = "The plane had been delivered to Alaska Airlines less than three months earlier."
    assert amount_unsaid([new], "how old was the plane?") == ""
    earlier = "The plane had landed in Portland three months earlier."
    assert amount_unsaid([earlier], "how old was the plane?") == "how old"
    # With more, "how big" may ask a degree, which words tell ("a major supplier").
    assert amount_asked("how big is Russia's support?") == ""
    assert amount_asked("how hot did it get in mecca?") == "how hot"
    # "how much is the X?" asks a price; "how much is Russia involved?" how far
    assert amount_asked("how much is the vision pro?") == "how much"
    assert amount_asked("how much is Russia involved?") == ""
    assert amount_asked("how much is apple's headset?") == "how much"
    assert amount_asked("how much is it?") == "how much"  # after an answer on a thing
    assert amount_asked("how much is it used?") == ""
    assert amount_asked("how deep are the ties between them?") == ""


def test_what_how_many_counts_is_told_by_a_number_of_it():
    hours = counted("How many hours do train drivers work?")
    assert hours is not None
    assert hours.search("cut the working week from 38 hours to 35 hours")
    assert hours.search("It lasted six long hours.")  # up to two words between
    assert hours.search("a one-hour walkout")  # the word's first letters, one or many
    assert not hours.search("a six-day strike after hours of talks")
    assert not hours.search("38 trains ran, and the hours were long")
    frenchmen = counted("How many Frenchmen won the Battle of Carillon?")
    assert frenchmen is not None and frenchmen.search("...some 3,600 Frenchmen defeated...")
    assert counted("how many more goals did he score?").search("He scored 256 goals.")
    # ...or by the noun the word counted names a kind of ("dairy herds": herds)
    herds = counted("how many dairy herds have bird flu?")
    assert herds is not None and herds.search("The virus has infected 36 herds since")
    assert not counted("how many goals has he scored?").search("He has 3 titles.")
    # ...or by a synonym of it ("how many cars used the bridge?")
    cars = counted("how many cars used the bridge?")
    assert cars is not None and cars.search("It carried about 30,000 vehicles a day.")
    assert not cars.search("It carried about 30,000 people a day.")
    # ...or by what the word also finds, one way ("how many homes burned?" after the Los
    # Angeles fires quoted "...has burned more than 23,000 acres", the verb held)
    homes = counted("how many homes burned?")
    assert homes is not None and homes.search("...destroyed more than 12,000 buildings")
    assert not counted("how many buildings burned?").search("...destroyed 12,000 homes")
    # ...or none of them
    assert counted("how many points did the uk get?").search("It received no points at all.")
    # ...or by the number of them come to one
    cases = counted("how many cases?")
    assert cases is not None
    assert cases.search("The number of measles cases in an outbreak in Texas has risen to 259")
    assert not cases.search("The number of cases is unknown, 12 officials said.")
    # people by who they are, and by a number, not a share of them
    people = counted("how many ppl were in the trial?")
    assert people is not None and people.search("The study followed 17,604 adults aged 45")
    assert people.search("About 25,000 residents and visitors were ordered to leave")
    assert not people.search("...by 20 percent in people who were overweight")
    assert counted("how much oil?") is None
    age = counted("how old is Mbappe?")  # an age, as news writes one
    assert age is not None
    for text in ("died at the age of 92", "aged 92", "a 25-year-old forward", "Mbappe, 25, joins"):
        assert age.search(text), text
    assert not age.search("He scored 25 goals in 2013, his best year.")
    assert age.search("Mikey Madison, who plays the title role, is 25 and had...")
    # ...or an age limit
    assert age.search("a law banning children under 16") and age.search("under-16s")
    assert not age.search("over 50 countries") and not age.search("under 5 percent")
    for text in ("Inflation is 3.6 percent.", "The deal is 4 billion euros.", "It was 51 degrees"):
        assert not age.search(text), text
    assert counted("who counts the votes?") is None
    # "how far": a length, not a number in a name ("Voyager 1"); "how high" a height, a
    # rate, a price or a heat, not a count
    far = counted("how far away is voyager?")
    assert far is not None and far.search("now more than 24 billion kilometres from Earth")
    assert not far.search("NASA's Voyager 1 spacecraft is sending data again")
    assert counted("how high is inflation?").search("Inflation rose to 3.6 percent")
    high = counted("how high was the alaska airlines jet?")
    assert high is not None and high.search("The plane was climbing through about 16,000 feet")
    assert not high.search("Alaska Airlines grounded all 65 of its Max 9 jets")
    for told in ("It costs 3,499 dollars", "rose to 4%", "reached 51.8 degrees"):
        assert high.search(told), told
    # "a single shot" counts one
    assert counted("how many shots do you need?").search("It is given as a single shot")
    # "how deep", "how far down": a length down, not one across
    for asked in ("how deep is the titanic?", "how far down is the titanic?"):
        deep = counted(asked)
        assert deep is not None and deep.search("some 3,800 metres down in the North Atlantic")
        assert deep.search("at a depth of 35 kilometres") and not deep.search(
            "The wreck lies about 600 kilometres off the coast of Newfoundland"
        )
    # Counting nothing named ("how many have they sold?"): any number, a year aside.
    sold = counted("how many have they sold?")
    assert sold is not None
    assert sold.search("about 200,000 units") and sold.search("Five of the six crew")
    assert not sold.search("the first since the Apple Watch in 2015")
    assert counted("how many sold?") is counted("how many died?") is AMOUNT  # as chat asks


def test_the_verb_how_many_counts_by_is_the_one_right_after_it():
    assert counted_verb("how many died in the haneda crash?") == "died"
    assert counted_verb("How many were killed?") == "killed"
    assert counted_verb("how many sold?") == "sold"  # a past without "-ed", as chat asks
    assert counted_verb("how many ppl died in valencia") == "died"  # people, as chat types
    # ...or after people named by who they are
    assert counted_verb("how many pilgrims died?") == "died"
    assert counted_verb("how many passengers were killed?") == "killed"
    # ...not a noun counted, an auxiliary before the verb, nor one telling another
    for question in (
        "how many goals?",
        "how many have they sold?",
        "how many visitors will notre dame get?",  # the subject of another verb
    ):
        assert counted_verb(question) == "", question
    assert counted_verb("how many were told to go?") == "go"  # not the telling


def test_a_price_asked_is_told_by_money():
    for asked in ("how much is it?", "how much does it cost?", "how much are the tickets?"):
        assert asks_price(asked), asked
    assert asks_price("how much is apple's headset?")  # of whose it is, as of "the"
    # ...or by what is charged, not a charge laid
    for asked in ("how much did apple charge for it?", "how much is apple charging for it?"):
        assert asks_price(asked) and amount_asked(asked) == "how much", asked
    assert not asks_price("what was sbf charged with?")
    # ...of a thing alone ("how much is cocoa now?"), or by its owner ("bitcoin's price")
    for asked in ("how much is cocoa now?", "how much is gold?", "what is bitcoin's price?"):
        assert asks_price(asked) and amount_asked(asked) == "how much", asked
    # ...or by the time or the one it is paid for
    for asked in ("how much is wegovy a month", "how much is it per person?"):
        assert asks_price(asked) and amount_asked(asked) == "how much", asked
    assert not asks_price("how much is it used?")  # ...not how far it is done
    for asked in ("how much did intel lose?", "how many people paid?", "what is the fee?"):
        assert not asks_price(asked), asked
    # "fee" said, people counted
    assert not asks_price("how many people paid the fee on the first weekend?")
    # ...nor how far a price changed (a share tells it: "...still rose by 5.7 percent")
    for asked in (
        "how much did services prices rise?",
        "how much have fares gone up?",
        "what are the services prices doing?",  # it quoted a strike's cost in euros
    ):
        assert not asks_price(asked), asked
    for text in ("a five-euro fee", "costs 3,499 dollars", "$2.7 billion", "18 billion yen"):
        assert MONEY.search(text), text
    assert not MONEY.search("The fee applies on 29 busy days.")
    assert not MONEY.search("Turnout was 55 per cent.")
    # ...and what is won, earned or received, which a share does not tell
    for asked in ("how much did he win?", "how much is mbappe getting paid?"):
        assert asks_earned(asked), asked
    for asked in ("how much is he paid?", "how much will she be paid?", "how much was he paid?"):
        assert asks_earned(asked), asked
    assert asks_earned("how much does the nobel prize winner get?")  # four words between
    for asked in ("how much weight did they lose?", "how much rain did dubai get?"):
        assert not asks_earned(asked), asked
    # ...not a price paid ("how much was paid for kellanova?")
    for asked in ("how much was paid for kellanova?", "how much has been paid?"):
        assert not asks_earned(asked), asked
    # ...and money asked by name, whatever is done with it
    assert asks_money("how much money does bankman-fried have to give up?")
    assert asks_money("How much cash was stolen?")
    assert not asks_money("how much weight did they lose?")
    # ...and damage, as news counts it
    assert asks_money("how much damage did the fires do?")
    assert asks_money("how much value has m&s lost?")
    # ...and what was lost, no thing named
    for asked in ("how much did m&s lose?", "how much will boeing lose from the strike?"):
        assert asks_money(asked), asked
    assert not asks_money("how much weight did people lose on wegovy?")


def test_how_much_more_asks_a_difference_told_by_a_number_before_the_word_compared():
    tells = difference_telling("how much higher is the risk of death?")
    assert tells is not None
    assert tells("those who ate the most had a 4 percent higher risk of death")
    assert tells("the risk was twice as high")
    assert not tells("People who eat the most have a slightly higher risk of dying early")
    assert difference_telling("how much did prices rise?") is None  # a change, not this


def test_by_how_much_asks_a_margin_no_money_won():
    for asked in ("by how much did lyles win?", "how much did pogacar win the tour by?"):
        assert asks_margin(asked) and not asks_earned(asked), asked
    assert not asks_margin("how much did he win?") and asks_earned("how much did he win?")
    # ...or by its name, not a profit margin
    for asked in ("what was the winning margin in the final?", "what was the margin of victory?"):
        assert asks_margin(asked), asked
    assert not asks_margin("what is nvidia's profit margin?")
    assert MARGIN.search("Lyles was given the gold by five thousandths of a second")
    assert MARGIN.search("India beat South Africa by seven runs")
    assert not MARGIN.search("The ban was passed by parliament in a week")
    assert MARGIN.search("The Bank of England cut its rate by a quarter of a percentage point")
    # a score gives the margin too
    assert tells_margin("The Philadelphia Eagles beat the Kansas City Chiefs 40-22")
    assert not tells_margin("It was the Eagles' second Super Bowl title")
    # ...and so does a gap to whoever came next, not a time alone
    assert tells_margin("finishing the race 6 minutes and 17 seconds ahead of Vingegaard")
    assert tells_margin("He crossed the line two seconds clear of Evenepoel")
    assert not tells_margin("Pogacar won the Giro d'Italia in May, ahead of the Tour")
    # ...and an election's share of the vote or majority, not a turnout
    assert tells_margin("Nicusor Dan won the run-off on Sunday with 53.6 percent of the vote")
    assert tells_margin("Labour won 412 of the 650 seats, a majority of 174")
    assert not tells_margin("Turnout was 64 percent, the highest since 1996.")


def test_how_often_is_said_as_such_or_told_by_an_ordinal():
    for text in ("for a record fourth time", "he won twice", "three times", "the 2nd time"):
        assert says_how_often(text) and tells_how_often(text), text
    # ...or as a habit
    for text in ("a weekly injection", "twice a day", "three times a week", "every year"):
        assert says_how_often(text), text
    assert not says_how_often("the week before")
    for text in ("the first team to do so", "his fourth trip to Russia"):
        assert tells_how_often(text) and not says_how_often(text), text


def test_how_fast_is_told_by_a_speed_not_any_figure():
    speed = counted("how fast was milton?")
    assert speed is not None and amount_asked("how fast was milton?") == "how fast"
    for text in ("winds of 120 miles per hour", "trains at 300 km/h", "gusts of 75 mph"):
        assert speed.search(text), text
    assert not speed.search("Milton weakened to a Category 1 storm")
    # ...or by a race's time, timed to hundredths, not any time in seconds
    assert speed.search("Both men were timed at 9.79 seconds")
    assert not speed.search("The grid lost power within 5 seconds")
    # ...which a race's time asks by name, not a time of day
    for question in ("what was lyles' winning time?", "what time did lyles run?"):
        assert amount_asked(question) == "how fast", question
    assert amount_asked("what time did the eclipse start?") != "how fast"


def test_a_number_of_a_measure_is_no_count_of_things():
    for text in ("burned more than 23,000 acres", "grew to 36,000 hectares", "a 3 km queue"):
        assert MEASURED.search(text), text
    assert not MEASURED.search("destroyed more than 12,000 buildings")
    # ...nor a number joined to its unit by a hyphen ("a six-day strike" counts days)
    strikes = counted("how many strikes have there been?")
    assert not strikes.search("German train drivers began a six-day strike on Wednesday")
    assert strikes.search("It is the fourth strike by the union") and strikes.search("two strikes")


def test_how_much_a_thing_changed_is_told_by_a_share():
    for question in ("how much did the boj raise rates?", "how much has bitcoin risen?"):
        assert asks_change(question), question
    # ...the verb of the change, a gain, and a loss only of a thing named ("how much did
    # intel lose?" asks money)
    assert change_verb("how much did the boj raise rates?") == "raise"
    assert change_verb("how much did bitcoin gain?") == "gain"
    assert change_verb("how much weight do people lose on wegovy?") == "lose"
    assert change_verb("how much did intel lose?") == ""
    # what changed itself, not what a change was done to
    assert changed_thing("how much did asml's sales grow?") == "sales"
    assert changed_thing("how much did the boj raise rates?") == ""
    for question in ("how much does it cost?", "how much rain?"):
        assert not asks_change(question), question  # money, or no change
    assert asks_change("how much did prices rise?")  # how far they rose, not money
    for text in ("up from minus 0.1 percent", "by a quarter of a percentage point", "doubling"):
        assert SHARE.search(text), text
    assert not SHARE.search("for the first time in 17 years")


def test_how_strong_is_told_by_a_magnitude_a_category_or_winds_speed():
    for question in ("how strong was it?", "how powerful was the quake?"):
        strength = counted(question)
        assert strength is not None, question
        for text in ("A magnitude 7.7 earthquake struck", "a Category 3 storm", "winds of 120 mph"):
            assert strength.search(text), text
        assert not strength.search("More than 3 million homes and businesses lost power")


def test_how_old_a_thing_is_is_told_by_the_year_it_was_made():
    assert AGED.search("The 2.6-kilometre bridge, opened in 1977, carried 30,000 vehicles.")
    assert AGED.search("a cathedral dating back to 1163") and AGED.search("founded in 2015 by")
    assert AGED.search("Launched in 1977, the probe became the first human-made object")
    assert not AGED.search("It opened in 19 places.")  # no year
    assert not AGED.search("The bridge carried 30,000 vehicles a day in 1977.")  # no making


def test_people_counted_are_counted_by_the_verb_after_them():
    assert counted_verb("how many people had to leave jasper?") == "leave"
    assert counted_verb("How many people lost power?") == "lost"
    assert counted_verb("how many people have been evacuated") == "evacuated"
    # ...what they were told to do, whoever told them
    assert counted_verb("how many people were told to evacuate for milton?") == "evacuate"
    assert counted_verb("how many were told to leave?") == "leave"  # no one named
    # ...and the word counted itself, past "more" ("how many more fans?")
    assert counted_word("how many people live there?") == "people"
    assert counted_word("how many more fans came?") == "fans" and counted_word("who?") == ""
    assert counted_verb("how many people were ordered to leave?") == "leave"
    assert counted_verb("how many goals did he score?") == ""


def test_how_much_is_paid_is_asked_as_a_price():
    assert asks_price("how much will rich countries pay for climate?")
    assert asks_price("How much did Mars pay for Kellanova?")
    assert asks_price("how much has the government spent?")
    assert not asks_price("how many people paid?")  # counts them
    assert not asks_price("who paid for it?")  # asks no amount


def test_a_price_asked_is_told_by_money_a_share_or_free_not_by_any_number():
    floods = "how much did the dubai floods cost?"
    assert amount_unsaid(["More than 250 millimetres of rain fell."], floods) == "how much"
    for text in (
        "Damage was put at 2.1 billion dollars.",
        "Fines of up to 49.5 million Australian dollars.",
        "Insurers paid out $3bn.",
        "Repairs cost 40 percent more than planned.",
    ):
        assert amount_unsaid([text], floods) == "", text
    entry = "how much does it cost to get in?"
    assert amount_unsaid(["Entry is free, but booking is recommended."], entry) == ""
    assert amount_unsaid(["About 80,000 visitors a day came."], entry) == "how much"
    # "how much is the..." names no money: any amount tells it, as before
    assert amount_unsaid(["The rate rose to 3.6."], "how much is the rate?") == ""


def test_a_size_is_asked_by_how_big_or_far_and_told_by_a_comparison():
    assert asks_size("how big was the search area?") and asks_size("how far is it?")
    assert not asks_size("how many died?") and not asks_size("how long did it last?")
    assert compares_size("It covered an area larger than the state of Connecticut.")
    assert compares_size("a fire about the size of Wales")
    assert compares_size("Starship, the largest rocket ever built")
    assert not compares_size("Prices were higher than expected.")


def test_whether_it_is_dear_or_cheap_asks_its_price():
    for question in ("was the vision pro expensive?", "is it cheap?", "is wegovy too pricey"):
        assert judges_price(question) and asks_price(question), question
    assert not judges_price("why is cocoa so expensive?")  # a reason


def test_whether_it_costs_anything_asks_whether_it_is_free():
    questions = ("is it free to visit notre-dame?", "does it cost anything?", "do you have to pay?")
    for question in questions:
        assert asks_free(question), question
    assert not asks_free("is the sea free of plastic?")  # free of something, not of charge
    assert FREE.search("entry will remain free") and not FREE.search("a five-euro fee")


def test_a_count_of_harm_is_asked_with_what_it_was_in():
    assert harm_counted("how many people died in the india election?") == ("india", "election")
    assert harm_counted("how many were injured at the super bowl?") == ("super", "bowl")
    assert harm_counted("how many deaths were there?") == ()
    assert harm_counted("how many people died in total?") == ()  # everyone, in nothing
    assert harm_counted("how many died in all at the hajj?") == ("hajj",)
    assert harm_counted("how many people voted?") is None  # no harm
    assert harm_counted("how did the jet burn?") is None  # no count
    # the harm written so, lowercase: not a name ("Jalen Hurts")
    assert HARMED.search("Five of the six crew members were killed")
    assert not HARMED.search("Eagles quarterback Jalen Hurts was named most valuable player")


def test_one_harmed_counts_one_where_a_count_of_harm_is_asked():
    # one who died or was hurt, counted by "a" or "one"; not what killed
    assert ONE_HARMED.search("A school-age child died last month, the first measles death")
    assert ONE_HARMED.search("A man was killed and two were hurt")
    assert ONE_HARMED.search("One of the passengers has been injured")
    assert not ONE_HARMED.search("A fire that killed dozens swept the town")
    assert not ONE_HARMED.search("An explosion killed five workers")
    child = ["A school-age child died last month, the first measles death since 2015."]
    assert amount_unsaid(child, "how many died?") == ""
    assert amount_unsaid(child, "how many people voted?") == "how many"  # no harm asked


def test_whose_count_is_asked_is_named_after_the_auxiliary():
    assert counted_subject("how many runs did kohli score?") == "kohli"
    assert counted_subject("how many seats did modi's party win?") == "modi"
    assert counted_subject("how many goals did mbappe score for psg?") == "mbappe"
    # ...not where "have" is the verb, nor where no one is named so
    assert counted_subject("how many states have bird flu in cows?") == ""
    assert counted_subject("how many people died?") == ""
