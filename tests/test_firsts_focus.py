"""Tests of index/firsts/focus.py: the sentence about the subject, a follow-up's own words."""

from index.answers import answer
from index.build import build_index
from index.firsts.focus import covered_first
from index.query import build_query
from index.ranking import Ranked
from tests.conftest import first_following, first_quoted, over_articles, write


def test_a_sentence_saying_what_is_asked_of_its_articles_subject_comes_first(tmp_path):
    write(
        tmp_path,
        "mpox.md",
        "---\ntitle: WHO declares mpox a global emergency\n---\nThe WHO declared an"
        " emergency over mpox in Africa.\n\nA new strain of mpox has been found in Kenya.\n\n"
        "More than 15,600 cases and 537 deaths have been reported in Congo.\n",
    )
    write(tmp_path, "b.md", "---\ntitle: B\n---\nBeta news about other countries.\n")
    index = build_index(tmp_path)
    # "mpox" is its title's: the sentence saying deaths need not name it
    found = answer(index, "did anyone die of mpox?")
    assert found.hits[0].passage.text.startswith("More than 15,600 cases and 537 deaths")
    # ...but a word naming the title's subject with its words asks nothing of its own:
    # "the cricket world cup" is the World Cup the title names, not what says "cricket"
    lede = "India won the T20 World Cup on Saturday, beating South Africa by seven runs."
    cricket = "After the final, Kohli retired from T20 international cricket."
    title = "India edge South Africa to win the T20 World Cup"
    write(
        tmp_path, "cricket.md", f"---\ntitle: {title}\n---\n{lede}\n\nKohli scored 76.\n\n{cricket}"
    )
    found = answer(build_index(tmp_path), "who won the cricket world cup?")
    assert found.hits[0].passage.text == lede


def test_what_did_he_say_is_told_by_a_quote_in_the_article_it_follows(tmp_path):
    write(
        tmp_path,
        "chips.md",
        "---\ntitle: Chips\n---\nASML reported a profit.\n\nChief executive Christophe"
        " Fouquet said demand for ASML machines would stay strong.\n",
    )
    write(
        tmp_path,
        "candy.md",
        '---\ntitle: Candy\n---\n"The brands are a perfect fit," the candy chief executive said.\n',
    )
    write(
        tmp_path,
        "quake.md",
        '---\ntitle: Quake\n---\nPresident Gabriel Boric declared a catastrophe. "We will'
        ' not leave anyone behind," he told reporters, the president said.\n',
    )
    index = build_index(tmp_path)
    # "he" names no one the quote could be checked against: a quote from another
    # article is not put first...
    found = answer(index, "what did he say?", earlier="who is asml's chief executive?")
    assert found.hits[0].passage.text.startswith("Chief executive Christophe Fouquet")
    # ...one in the article of the first passage is.
    found = answer(index, "what did he say?", earlier="who is the president in the quake?")
    assert found.hits[0].passage.text.startswith('"We will not leave anyone behind,"')


def test_a_follow_ups_own_words_choose_among_the_passages_its_carried_ones_find(tmp_path):
    strike = (
        "German train drivers began a six-day strike on Wednesday.\n\nGDL leader Claus"
        " Weselsky said the company had left the union no choice.\n\nThe GDL union called"
        " the walkout after talks broke down over its demand to cut the working week.\n"
    )
    write(tmp_path, "a.md", f"---\ntitle: Strike\n---\n{strike}")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nThe union of the two banks wants a new chief.\n")
    index = build_index(tmp_path)
    # "gdl leader", carried, finds the article; "want" (a demand) what is asked of it...
    found = answer(index, "what does the union want?", earlier="who is the gdl leader?")
    assert found.hits[0].passage.text.startswith("The GDL union called the walkout")
    # ...in that article, not the other's, which says "wants" itself
    assert "banks" not in found.hits[0].passage.text


def test_a_follow_ups_own_word_as_written_is_sought_further_down_than_the_carried_find(
    tmp_path,
):
    index = over_articles(tmp_path, "news4/birdflu.md", "news4/heist.md", "news7/starship.md")
    # "bird flu outbreak", carried, makes the opening over twice as relevant as the sentence
    # saying "caught"; the opening holds only its synonym "spreading"
    found = answer(index, "has anyone caught it?", earlier="tell me about the bird flu outbreak")
    assert found.hits[0].passage.text.startswith("One dairy worker in Texas caught the virus")


def test_what_is_asked_of_a_subject_is_not_told_by_a_sentence_denying_it(all_news):
    # "The government rejected that claim and said renewable energy was not to blame"
    # says "blame", and denies it
    found = first_quoted(all_news, "what caused the blackout in spain?")
    assert found.startswith("Critics blamed the high share of solar power")
    # ...asked yes or no, a denial answers
    assert first_quoted(all_news, "is it safe to look at an eclipse?").startswith("Doctors warned")


def test_past_the_opening_the_ledes_names_name_the_subject(all_news):
    # the lede names Wegovy, untitled; "...because of side effects" says "the drug"
    found = first_quoted(all_news, "what are wegovy's side effects?")
    assert found.startswith("About 17 percent of patients on the drug")
    # the lede's "Britain's ... general election", not "...Reform UK won five"
    assert first_quoted(all_news, "what was the uk election turnout?").startswith("Turnout was")
    # ...save the lede's other names: "Hinton, 76, who works at..." is not Hopfield's
    assert first_quoted(all_news, "where does hopfield work?").startswith("Hopfield, 91")


def test_the_kind_what_type_asks_is_no_word_an_article_must_hold(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: A\n---\nAmerican cars had large V8 engines.\n")
    write(
        tmp_path,
        "b.md",
        "---\ntitle: B\n---\nSteam engines of this type powered trains.\n\n"
        "American cars came later, and their kind of fuel was petrol.\n",
    )
    index = build_index(tmp_path)
    cars, steam = 0, 1  # a.md's sentence, then b.md's first
    ranked = [Ranked(cars, 2.0, 0.7, 0.7, 0.7), Ranked(steam, 1.9, 0.65, 1.0, 0.65)]

    def first(question: str) -> str:
        query = build_query(question, index.analyzer, index.vocabulary)
        return index.passages.text(covered_first(index, query, ranked)[0].number)

    # ReQA's "What type of engines does the American car typically have?" went 1st -> 2nd
    # for a steam engine's "...typically designed as..." where every word counted
    assert first("what type of engines did american cars have?").startswith("American cars")
    # ...while a word naming what is asked, which a.md lacks, counts
    assert first("what fuel did american cars have?").startswith("Steam engines")


def test_a_question_ending_in_its_verbs_preposition_is_told_by_a_sentence_writing_both(
    all_news,
):
    # "It is the first fatal crash of a 787 since the aircraft..." names the plane the
    # lede calls a flight, but only the lede says what it crashed into
    found = first_quoted(all_news, "what did the air india plane crash into?")
    assert found.startswith("An Air India flight to London crashed into"), found
    # ...a few words apart, the verb's noun: "...upheld a 2.4 billion euro ($2.7 billion)
    # fine against Google for abusing its dominance", not "The fine was first imposed..."
    found = first_quoted(all_news, "what was google fined for?")
    assert found.startswith("The European Union's top court"), found


def test_a_name_given_to_what_the_title_names_names_the_subject_too(all_news):
    # "The vaccine, called Ixchiq and made by..." names the title's vaccine; "side
    # effects" are told by a sentence naming neither
    found = first_quoted(all_news, "what are the side effects of ixchiq?")
    assert found.startswith("The FDA said the most common side effects"), found


def test_an_article_lacking_a_light_verb_asked_still_covers_the_question(tmp_path):
    # "who made the vision pro?" quoted the seed's "This alignment reflects a shared
    # strategic vision" (its article writes "made" and "pro-Russian"), the headset's
    # article writing no "made"
    write(tmp_path, "a.md", "---\ntitle: A\n---\nApple's Vision Pro headset went on sale.\n")
    write(
        tmp_path,
        "b.md",
        "---\ntitle: B\n---\nThis reflects a shared vision.\n\nPro-Russian groups made gains.\n",
    )
    index = build_index(tmp_path)
    headset, vision = 0, 1
    ranked = [Ranked(headset, 2.0, 0.8, 0.8, 0.8), Ranked(vision, 1.9, 0.7, 1.0, 0.7)]
    query = build_query("who made the vision pro?", index.analyzer, index.vocabulary)
    found = index.passages.text(covered_first(index, query, ranked)[0].number)
    assert found.startswith("Apple's Vision Pro headset")


def test_the_kind_asked_of_a_winner_is_not_what_is_asked_of_the_win(all_news):
    # "Vingegaard, the Danish rider who won the two previous Tours, came second..." holds
    # the kind's word the news of the win does not
    found = first_quoted(all_news, "which rider won the tour de france?")
    assert found.startswith("Tadej Pogacar won the Tour de France for the third time")


def test_of_two_sentences_lacking_the_name_the_news_it_is_the_subject_of_tells(all_news):
    # neither says "Nvidia"; DeepSeek's article names it in its title too, not as its
    # subject ("...wipes nearly 600 billion dollars off Nvidia"): not "The company was
    # founded in 2023 in Hangzhou by Liang Wenfeng"
    found = first_quoted(all_news, "who founded nvidia?")
    assert found.startswith("Its chief executive, Jensen Huang, who co-founded")


def test_a_superlative_of_size_is_told_by_an_amount_not_by_its_plain_word(all_news):
    # "big" of "biggest" is not "a big win": Vestager "called the ruling 'a big win for
    # European consumers and businesses'" came first
    found = first_quoted(all_news, "what is the biggest fine google got?")
    assert found.startswith("Google, a unit of Alphabet, still faces two other EU cases")


def test_a_follow_up_asking_one_of_a_kind_keeps_a_first_holding_the_kind(all_news):
    # "name" is what "what name" asks: not "He later led the Vatican office that chooses
    # bishops", which holds the rarer "choose"
    found = first_following(all_news, "what name did he choose?", "pope leo", "pope.md")
    assert found.startswith("He took the name Leo XIV")


def test_a_topic_named_alone_keeps_its_opening(all_news):
    # "gdl strike": the opening of the strike's article, naming no GDL, not "GDL leader
    # Claus Weselsky said the company had left the union no choice."
    found = first_quoted(all_news, "gdl strike")
    assert found.startswith("German train drivers began a six-day strike"), found


def test_the_money_of_how_much_money_is_how_it_asks(all_news):
    # "...ordered him to forfeit more than 11 billion dollars", not "FTX collapsed ...
    # after customers rushed to withdraw their money", holding the word "money"
    found = first_quoted(all_news, "how much money does sbf have to give up?")
    assert found.startswith("The judge also ordered him to forfeit"), found


def test_a_follow_up_counting_people_keeps_a_first_counting_them_by_another_name(all_news):
    # "...when its 3,700 residents were told to leave", not "...leaving about 25,000
    # people on the peninsula without heating", which holds "people"
    found = first_following(all_news, "how many people live there?", "grindavik", "volcano.md")
    assert found.startswith("The Blue Lagoon, one of the country's most visited"), found


def test_passengers_asked_are_those_aboard(all_news):
    # the opening's "The five people aboard the Titan submersible were killed..." holds
    # what is asked of the title's words ("Titan", "killing"): not "Passengers paid
    # 250,000 dollars each for a place on the dive", which says "passengers"
    found = first_quoted(all_news, "what killed the titan passengers?")
    assert found.startswith("The five people aboard the Titan submersible were killed"), found


def test_a_yes_or_no_past_the_opening_is_told_by_what_it_asks(all_news):
    # "Born in Chicago in 1955, Prevost spent two decades as a missionary in Peru...",
    # 0.48 as relevant as "He took the name Leo XIV and is the first pope from the United
    # States", holding the title's words alone
    found = first_quoted(all_news, "did pope leo live in peru?")
    assert "missionary in Peru" in found, found
    # ...as the sets' "do parents support the ban?": "...the law was backed by most
    # parents in opinion polls", not "Parents and children will not be punished..."
    found = first_quoted(all_news, "do parents support the australian social media ban?")
    assert "backed by most parents" in found, found


def test_an_owner_asked_of_the_things_its_title_names_is_the_subject_too(all_news):
    # "why did slim's solar panels fail?" under "Japan's lunar lander touches down but solar
    # panels fail": '"We believe the solar panels are facing west..."', not "The Smart
    # Lander for Investigating Moon, or SLIM, touched down...", holding "slim" alone
    found = first_quoted(all_news, "why did slim's solar panels fail?")
    assert found.startswith('"We believe the solar panels are facing west'), found
