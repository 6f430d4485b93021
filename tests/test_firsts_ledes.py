"""What firsts/ledes.py puts first: an article's opening, for a question naming one thing."""

import shutil

import pytest

from index.answers import answer
from index.build import build_index
from tests.conftest import (
    ALL_NEWS,
    DATA,
    first_following,
    first_quoted,
    one_article,
    over_news,
    write,
)


def test_whether_a_country_won_is_told_by_the_news_of_who_did(tmp_path):
    text = (
        "Austria won the Eurovision Song Contest in Basel on Saturday.\n\n"
        "Protesters called for Israel to be banned from the contest.\n\n"
        "Spain won all seven of their matches in the contest.\n"
    )
    write(tmp_path, "a.md", f"---\ntitle: Austria wins Eurovision\n---\n{text}")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nBeta news about other countries.\n")
    index = build_index(tmp_path)
    assert first_quoted(index, "did israel win eurovision?").startswith("Austria won")
    # ...not where it asks of more than a country ("any matches"), told as before
    assert first_quoted(index, "did spain win any matches?").startswith("Spain won all")


def test_a_thing_named_alone_is_answered_first_by_an_article_opening(seed_index):
    # Any sentence saying "Myanmar" would do: "...joint military exercises..." came first.
    for asked in (
        "myanmar?",
        "tell me about Myanmar",
        "what's going on with russia",
        "what is happening to the junta?",
        "whats going on at the junta",
        "the junta?",
        "what happened in myanmar?",  # news: what happened is what it opens with
        "what's the latest on the junta",
        "yo whats up with russia",
        "what has the junta done?",  # what it did is the news
        "whats the deal with russia",
        "whats the deal w russia",  # chat's "w": with
        "what's the story with the junta",  # "story" is chat's, a VAGUE word
        "what did the junta do wrong?",  # a member's colour ("wrong") aside
        "tell me about the junta thing",  # ...and a thing's or a situation's
        "any news on the junta situation?",
    ):
        first = answer(seed_index, asked).hits[0].passage
        assert (first.paragraph, first.sentence) == (1, 1), asked
    # "who went to Russia?": the opening, then the sentence naming whom it describes
    # ("...joint military exercises..." came first).
    went = [h.passage.text for h in answer(seed_index, "who went to russia").hits[:2]]
    assert went[0].startswith("The leader of Myanmar's military junta has arrived")
    assert went[1].startswith("General Min Aung Hlaing")
    # Asked something of it, or two things, the answer to that comes first.
    for asked in ("where is Myanmar?", "when was the coup?", "myanmar jets", "elephants"):
        first = answer(seed_index, asked).hits[0].passage
        assert (first.paragraph, first.sentence) != (1, 1), asked


def test_of_openings_saying_it_the_one_of_the_article_most_about_it_comes_first(tmp_path):
    write(
        tmp_path,
        "rates.md",
        "---\ntitle: Bank of England cuts interest rates\n---\nThe Bank of England cut its"
        " main interest rate on Thursday, and lenders followed.\n\nMortgage lenders will"
        " pass on the cut.\n",
    )
    write(
        tmp_path,
        "inflation.md",
        "---\ntitle: UK inflation falls\n---\nInflation fell to 2 percent, the Bank of"
        " England's target.\n\nThe Bank of England may keep its interest rate.\n\n"
        "Inflation rose in services.\n",
    )
    write(
        tmp_path,
        "eclipse.md",
        "---\ntitle: Millions watch eclipse\n---\nMillions watched as the Moon blocked the"
        " Sun.\n\nThe eclipse lasted four minutes.\n",
    )
    write(
        tmp_path,
        "lander.md",
        "---\ntitle: Japan's lunar lander touches down\n---\nJapan landed a spacecraft on the"
        " Moon on Saturday, on a far side of a long mission.\n\nThe Smart Lander for"
        " Investigating Moon touched down.\n\nOnly four others have landed on the Moon.\n",
    )
    index = build_index(tmp_path)
    # Titled with it (a small word of its name between its words), ...
    for asked in (
        "tell me about the bank of england",
        "what did the bank of england do?",
        "how is the bank of england doing?",
    ):
        assert answer(index, asked).hits[0].passage.text.startswith("The Bank of England cut")
    # Asked of someone by a role, not: what the lenders did is not the bank's news.
    first = answer(index, "what did the lenders do?").hits[0].passage.text
    assert first.startswith("Mortgage lenders will pass")
    # ...saying it in the most sentences, and asked "what about X?" first of all.
    assert answer(index, "what about inflation?").hits[0].passage.text.startswith("Inflation fell")
    assert answer(index, "tell me about the moon").hits[0].passage.text.startswith("Japan landed")


def test_who_won_is_answered_by_the_opening_of_the_news_of_the_win(tmp_path):
    index = over_news(tmp_path, "news9")
    # "...beat the Kansas City Chiefs 40-22 ... to win the Super Bowl", not "It was the
    # Eagles' second Super Bowl title, after their win over the New England Patriots"
    assert first_quoted(index, "who won the super bowl?").startswith("The Philadelphia Eagles")
    # ...not "who won it in 2018?", which asks more than the news of the win
    first = first_quoted(index, "who won the super bowl in 2018?")
    assert first.startswith("It was the Eagles' second")


def test_a_country_named_alone_is_answered_by_an_opening_naming_its_people(tmp_path):
    write(
        tmp_path,
        "india.md",
        "---\ntitle: Talks\n---\nIndian Prime Minister Narendra Modi arrived in Moscow.\n\n"
        "Russia sells India arms and India buys Russian oil.\n",
    )
    write(tmp_path, "b.md", "---\ntitle: B\n---\nAn atomic clock ticked.\n\nNuclear talks.\n")
    index = build_index(tmp_path)
    assert answer(index, "news about India").hits[0].passage.text.startswith("Indian Prime")
    # Another word of a group is no such opening: "atomic" does not open on "nuclear".
    assert answer(index, "nuclear?").hits[0].passage.text == "Nuclear talks."


def test_what_happened_to_a_thing_only_a_title_names_is_told_by_the_titled_opening(tmp_path):
    # "Chinese start-up DeepSeek wipes nearly 600 billion dollars off Nvidia": its opening
    # names Nvidia alone, and 'Nvidia said DeepSeek's work was "an excellent AI
    # advancement"' came first
    found = first_quoted(over_news(tmp_path, "news8"), "what happened with deepseek?")
    assert found.startswith("Shares in the chipmaker Nvidia fell 17 percent")


def test_does_it_work_after_an_answer_is_told_by_the_news_of_what_it_did(all_news):
    # its "work" was searched: only "...government employees were told to work from
    # home" and the like held it, and no answer came
    found = first_following(all_news, "does it work?", "tell me about wegovy", "wegovy.md")
    assert found.startswith("The weight-loss drug Wegovy cut the risk of heart attacks")


def test_what_happened_after_an_answer_is_told_by_the_news_of_it(all_news):
    # "CrowdStrike's shares fell 11 percent on Friday.", the shortest sentence naming it,
    # came first
    found = first_following(all_news, "what happened?", "crowdstrike", "outage.md")
    assert found.startswith("A faulty software update from the cybersecurity company")
    found = first_following(all_news, "what happened?", "louvre", "heist.md")
    assert found.startswith("Thieves stole eight pieces of jewellery")
    # ...and what is going on, however written (the insurers' "...crossing the Red Sea"
    # came first for "what's going on?", read as "what is")
    for asked in ("what's going on?", "whats happening?", "what is going on?"):
        found = first_following(all_news, asked, "red sea", "shipping.md")
        assert found.startswith("Maersk and Hapag-Lloyd said on Friday"), asked


@pytest.mark.parametrize(
    "asked, first",
    [
        # "CrowdStrike's shares fell 11 percent on Friday.", the shortest naming it, came
        # first: two words opening it, and "exactly" closing it, asked nothing more
        ("ok so what happened with crowdstrike exactly", "A faulty software update"),
        # the insurers' "...crossing the Red Sea" came first ("can someone" before "explain")
        ("can someone explain the red sea shipping thing", "Maersk and Hapag-Lloyd said"),
    ],
)
def test_the_news_asked_in_chat_words_is_told_by_its_opening(all_news, asked, first):
    assert first_quoted(all_news, asked).startswith(first), asked


def test_a_name_with_a_small_word_inside_named_alone_is_answered_by_its_articles_opening(
    all_news,
):
    # "of" between its words is the name's, not a word asked around it: "Economists said
    # the Bank of England was likely to keep interest rates..." (inflation's) came first
    found = first_quoted(all_news, "bank of england")
    assert found.startswith("The Bank of England cut its main interest rate")


def test_what_did_it_do_after_a_subject_is_answered_by_its_articles_opening(tmp_path):
    index = over_news(tmp_path, "news7", "news3")
    # "The trial was paid for by Novo Nordisk, the Danish company that makes Wegovy and
    # Ozempic" (shorter, "makes") came first; the news is the opening's
    found = answer(index, "what does it do?", earlier="wegovy", recent=("wegovy.md",))
    assert found.hits[0].passage.text.startswith("The weight-loss drug Wegovy cut the risk")
    found = answer(index, "what did they do?", earlier="intel", recent=("layoffs.md",))
    assert found.hits[0].passage.text.startswith("Intel said on Thursday it would cut")


@pytest.mark.parametrize(
    "earlier, article, first",
    [
        # not "Apple plans to sell the Vision Pro in other countries later in the year."
        ("vision pro", "headset.md", "Apple's Vision Pro headset went on sale"),
        # not "The trial was paid for by Novo Nordisk, the Danish company that makes Wegovy"
        ("wegovy", "wegovy.md", "The weight-loss drug Wegovy cut the risk"),
        # ...but a first opening with it tells what it is, not the news of the outbreak
        ("mpox", "mpox.md", "Mpox spreads through close contact"),
    ],
)
def test_what_it_is_where_nothing_says_is_answered_by_the_opening(
    all_news, earlier, article, first
):
    assert first_following(all_news, "what is it?", earlier, article).startswith(first)


def test_what_a_countrys_head_did_is_answered_by_the_opening_of_its_news(all_news):
    # a role named with its country asks the news of them: not "The United States, South
    # Korea's main ally, said it had not been told..." (holding "South Korea's" as written)
    for question in (
        "what did south korea's president do?",
        "what did the president of south korea do?",
    ):
        found = first_quoted(all_news, question)
        assert found.startswith("South Korean President Yoon Suk Yeol lifted"), question


def test_what_happened_asked_in_other_words_than_the_opening_is_told_by_it(all_news):
    # the three first are the election's, none saying "Romanian" and the news's opening
    # "election": that opening ("...won Romania's presidential run-off")
    found = first_quoted(all_news, "what happened in the romanian election?")
    assert found.startswith("Nicusor Dan"), found
    # ...not where the first says more of what is asked than the opening ("lunar", not
    # "moon", but "earlier attempts")
    found = first_quoted(all_news, "what happened to japan's earlier moon attempts?")
    assert found.startswith("Japan's two earlier attempts"), found
    # ...and so "what happened on X?": the Alaska Airlines flight's news, not "Alaska
    # Airlines grounded all 65 of its Max 9 jets overnight"
    found = first_quoted(all_news, "what happened on the alaska airlines flight?")
    assert found.startswith("A panel covering an unused emergency exit"), found
    # ...and so a subject's results: the news of India's election, its title naming
    # neither ("Modi claims third term..."), not "The BJP's biggest setback came in..."
    for question in ("india election results", "what was the result of the india election?"):
        found = first_quoted(all_news, question)
        assert found.startswith("Indian Prime Minister Narendra Modi claimed victory"), question


def test_a_thing_of_several_words_named_alone_is_answered_by_an_opening_saying_them(tmp_path):
    # Among other news, the quake's "A magnitude 8.8 earthquake in 2010 killed..." came
    # first: short, and saying "earthquake" as the opening does.
    for name in ("quake.md", "final.md", "rates.md"):
        shutil.copy(DATA / "news" / name, tmp_path)
    index = build_index(tmp_path)
    for asked in (
        "any news about the chile earthquake?",
        "chile earthquake",
        "tell me about chile's earthquake",
        "was there an earthquake in chile?",  # whether it happened: the news of it
    ):
        first = answer(index, asked).hits[0].passage
        assert first.text.startswith("A magnitude 7.1 earthquake struck central Chile"), asked


def test_a_thing_named_alone_is_answered_by_an_opening_its_title_helps_say(tmp_path):
    # "Wildfire forces evacuation of Canadian town of Jasper": its opening says "ordered to
    # leave", and "Jasper, a town of about 4,700 people, ..." came first.
    for name in ("wildfire.md", "rail.md", "lander.md"):
        shutil.copy(DATA / "news2" / name, tmp_path)
    first = answer(build_index(tmp_path), "jasper evacuation").hits[0].passage.text
    assert first.startswith("About 25,000 residents and visitors were ordered to leave")


def test_who_won_this_year_is_the_news_of_now(all_news):
    # "this year" is no word the opening writes: "It was the Eagles' second Super Bowl
    # title, after their win ... in 2018" came first
    found = first_quoted(all_news, "who won the super bowl this year?")
    assert found.startswith("The Philadelphia Eagles beat the Kansas City Chiefs")


def test_what_a_thing_was_doing_is_told_by_it_in_a_continuous_tense(tmp_path):
    index = one_article(
        tmp_path,
        "All 379 passengers escaped from a Japan Airlines plane after colliding with a coast "
        "guard aircraft at Haneda.\n\nFive of the six crew members on the coast guard plane "
        "were killed.\n\nThe coast guard aircraft had been preparing to carry relief supplies "
        "to areas hit by an earthquake.",
    )
    # the first two name the coast guard's plane; the third what it was doing, in its
    # synonym's name
    found = answer(index, "what was the coast guard plane doing?").hits[0].passage.text
    assert found.startswith("The coast guard aircraft had been preparing"), found


def test_a_name_alone_is_told_first_where_its_article_first_names_it(all_news):
    # Not "The door plug was found two days later in the back garden...", the shortest
    # sentence saying both words, five sentences on
    found = first_quoted(all_news, "door plug")
    assert found.startswith("The plane was climbing through about 16,000 feet when the panel")
    # ...so is a word of another language ("About 106,000 hibakusha are still alive...")
    assert first_quoted(all_news, "hibakusha").startswith("The survivors, known in Japanese as")
    # ...and asked what happened, following it up ("The door plug was found...", before)
    found = first_following(all_news, "what happened?", "door plug", "doorplug.md")
    assert found.startswith("The plane was climbing through about 16,000 feet when the panel")


@pytest.mark.parametrize(
    "asked, news",
    [
        # not "It is Argentina's third major title in a row, after the 2021 Copa America...",
        # nor, for its "team", "Coach Lionel Scaloni said the team had..."
        ("which team won the copa america?", "Argentina beat Brazil 4-3 on penalties"),
        # not "Sinner is the first Italian man to win the Australian Open..."
        ("which player won the australian open?", "Jannik Sinner came back from two sets"),
    ],
)
def test_which_one_of_a_kind_won_is_told_by_the_news_of_the_win(all_news, asked, news):
    assert first_quoted(all_news, asked).startswith(news)


def test_what_one_decided_is_told_by_the_news_its_title_says(all_news):
    # Not '"We are disappointed with the decision of the court," a Google spokesperson
    # said...', the one sentence saying both words, under "EU court upholds..."
    found = first_quoted(all_news, "what did the court decide?")
    assert found.startswith("The European Union's top court on Tuesday upheld a 2.4 billion")
    # ...of what it named too, the "decision" sentence holding "google" as well
    for asked in (
        "what did the eu court decide about google?",
        "what did the court decide about google?",
    ):
        found = first_quoted(all_news, asked)
        assert found.startswith("The European Union's top court on Tuesday upheld a 2.4"), asked
    # ...save where the first writes the verb: "...dismissed Google's final appeal, ruling
    # that the company had unfairly favoured..." (test_firsts.py)


@pytest.mark.parametrize(
    "question, news",
    [
        # not "Chief executive Pat Gelsinger said the company's revenue had not grown..."
        ("what did intel announce?", "Intel said on Thursday it would cut"),
        # the verb is how it asks: searched whole, no article naming SpaceX answered it
        ("what did spacex announce?", "SpaceX caught the first stage"),
    ],
)
def test_what_one_announced_is_its_news(all_news, question, news):
    assert first_quoted(all_news, question).startswith(news)


@pytest.mark.parametrize(
    "question, news",
    [
        # not "The two leaders agreed to expand the joint production of spare parts in India"
        ("tell me something about india", "India won the T20 World Cup"),
        # not "The trial was paid for by Novo Nordisk, the Danish company that makes Wegovy"
        ("what should i know about wegovy?", "The weight-loss drug Wegovy cut the risk"),
    ],
)
def test_what_to_know_about_something_is_its_news(all_news, question, news):
    assert first_quoted(all_news, question).startswith(news)


def test_what_one_named_like_a_role_did_is_their_news(all_news):
    # "Sinner" ends as "winner" does, yet the corpus writes it capitalised: a name, not
    # a role, whose news is asked, not '"I'm still trying to realise what happened,"
    # Sinner said after the match'
    found = first_quoted(all_news, "what did sinner do?")
    assert found.startswith("Jannik Sinner came back from two sets down")


def test_what_only_a_title_says_is_told_by_its_opening(all_news):
    # no sentence of "Chocolate prices climb as cocoa hits a record high" says "record"
    # or "hit": the shortest saying "cocoa" came first ("Some chocolate makers are
    # testing recipes that use less cocoa...")
    found = first_quoted(all_news, "what record did cocoa hit?")
    assert found.startswith("The price of cocoa passed 10,000 dollars a tonne")


def test_what_a_title_says_is_told_by_a_sentence_saying_it_too(tmp_path):
    # ...not where a sentence says it ("record"), however far down it ranks: the opening
    # says no more of it than the first does
    title = "---\ntitle: Cocoa hits a record high\n---\n"
    text = (
        "Cocoa prices rose again on Monday in New York and London.\n\nFarmers grow cocoa."
        "\n\nAfter a long season of storms, drought and disease on farms across the whole"
        " of West Africa, traders said the price was a record.\n"
    )
    index = build_index(write(tmp_path, "cocoa.md", title + text).parent)
    assert not first_quoted(index, "what record did cocoa hit?").startswith("Cocoa prices")


def test_a_country_told_about_is_told_by_the_opening_of_the_article_titled_with_it(tmp_path):
    # no opening ranked among the first ten ("Its director said the company would travel
    # to China and Kazakhstan next year" came first): the one article titled with China
    index = over_news(tmp_path, *ALL_NEWS, "distractors")
    found = first_quoted(index, "tell me about china")
    assert found.startswith("China's special envoy for Asian affairs held talks")


def test_a_sentence_opening_with_a_possessive_is_told_itself(tmp_path):
    # "Its director" is the circus's: the sentence before says nothing of Peru
    text = (
        "The circus opened a new show.\n\nFounded in 1920, the circus toured the world.\n\n"
        "Its director said the company would travel to Peru next year.\n"
    )
    index = build_index(write(tmp_path, "circus.md", "---\ntitle: Circus\n---\n" + text).parent)
    assert first_quoted(index, "tell me about peru").startswith("Its director said")


def test_news_from_a_country_is_told_by_an_opening(all_news):
    # "from" left "any news from india?" asking no topic: "It was India's first world
    # title in any format..." came first, after the newest article's order
    found = first_quoted(all_news, "any news from india?")
    assert found.startswith("India won the T20 World Cup on Saturday")
