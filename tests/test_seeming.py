"""Passages that only seem to answer: names alone, a country or a name the article does not
name."""

import shutil

import pytest

from index.answers import answer
from index.build import build_index
from index.seeming import (
    _pairs_written,
    asks_beyond,
    asks_of_another,
    asks_of_articles,
    countries_named,
    written_as_name,
)
from tests.conftest import (
    ALL_NEWS,
    DATA,
    SEED_FILE,
    first_following,
    first_quoted,
    over_news,
    write,
)


@pytest.mark.parametrize(
    "question",
    [
        "is putin married?",
        "when was Putin born",
        "what is aung san suu kyi's favourite food",
        "who won the 2022 world cup?",  # a number, like a name, is what it is asked of
        # a word English uses often, but asking something all the same
        "where did min aung hlaing go to school?",
        "where does min aung hlaing live?",
    ],
)
def test_a_question_matching_only_names_asks_what_no_article_holds(seed_index, question):
    # The name alone is most of the question, so the coverage cut lets it through; but
    # every passage matching it says something else of that person.
    found = answer(seed_index, question)
    assert not found.found and found.near
    assert found.missing


def test_a_sentences_first_word_is_a_name_only_where_the_corpus_writes_it_so(tmp_path):
    for article in (DATA / "news5" / "coral.md", SEED_FILE):
        shutil.copy(article, tmp_path)
    write(tmp_path, "visit.md", "---\ntitle: Visit\n---\nPutin arrived in Moscow. Putin spoke.\n")
    index = build_index(tmp_path)
    # "Ocean" is capitalised only where it opens a sentence: no name, so "hot", which no
    # article writes, is the question's own wording, not something asked of a name.
    found = answer(index, "why are oceans so hot?")
    assert found.hits[0].passage.text.startswith("Ocean temperatures have been at record")
    assert not answer(index, "is putin married?").found  # "Putin" is a name wherever


def test_a_word_is_written_as_a_name_where_the_corpus_capitalises_it_inside_sentences(tmp_path):
    write(
        tmp_path,
        "a.md",
        "---\ntitle: A\n---\nJannik Sinner won. The winner was Sinner. Sinner smiled.\n",
    )
    index = build_index(tmp_path)
    assert written_as_name(index, "sinner")  # "Sinner" ends as "winner" does
    assert not written_as_name(index, "winner")
    assert not written_as_name(index, "missing")  # a word no passage holds


def test_names_alone_first_give_way_to_a_sentence_of_their_article_saying_more(tmp_path):
    # "crimes" no article writes, and the opening names him alone; "A jury ... found him
    # guilty" (a synonym of "convicted", its only word held) is fourth, under the bar a
    # question in its own wording otherwise meets: quoted, not "no answer"
    found = answer(over_news(tmp_path, "news5"), "what crimes was sam bankman-fried convicted of?")
    assert found.hits[0].passage.text.startswith("A jury in New York found him guilty")
    assert found.missing == ("crimes",)


def test_names_alone_give_way_only_where_the_word_no_article_holds_is_the_kind_asked(tmp_path):
    # "originally" asks what the transfer's article does not say: not told by "...the
    # Spanish club pays no transfer fee", which matches "pay" beside the names
    found = answer(over_news(tmp_path, "news2"), "how much did psg pay for mbappe originally?")
    assert not found.found and found.missing == ("originally",)


@pytest.mark.parametrize(
    "question, start",
    [
        ("min aung hlaing background", "This visit marks Min Aung Hlaing's fourth trip"),
        ("where is min aung hlaing now", "This visit marks Min Aung Hlaing's fourth trip"),
        ("when was putin born and when will he meet min aung hlaing", "General Min Aung"),
        # a word the corpus says otherwise is no word it lacks
        ("did putin receive min aung hlaing?", "General Min Aung Hlaing"),  # greeted
        ("who escorts min aung hlaing?", "According to Myanmar's state broadcaster"),
        ("did the kremlin comment on the visit?", '"The two sides will discuss'),  # said
        ("how often has min aung hlaing been to russia?", "This visit marks"),
        # light words ask little on their own: the names answer
        ("has min aung hlaing seen putin?", "General Min Aung Hlaing"),
        ("what has the west done to myanmar?", "Russia is a significant ally"),
        ("is min aung hlaing in moscow right now?", "General Min Aung Hlaing"),
        # "militarily" is "military" said of a verb; "ever" asks little
        ("has russia ever helped myanmar militarily?", "Morgan Michaels"),
        # "need": what is vital or crucial to it ("no article mentions “need”" before)
        ("why does the junta need russia?", "Continued Russian support is vital"),
        ("what are both countries trying to do?", "Analysts say both countries are seeking"),
        ("who came with min aung hlaing?", "According to Myanmar's state broadcaster"),
        # "went with": "went" is a stop word, yet the idiom is read
        ("who went with him", "According to Myanmar's state broadcaster"),
        ("who is going with min aung hlaing?", "According to Myanmar's state broadcaster"),
        # "been to": a visit ("...said the passages about it do not say how often")
        ("how many times has he been to russia?", "This visit marks"),
    ],
)
def test_names_with_a_word_that_frames_or_a_word_matched_still_answer(seed_index, question, start):
    assert answer(seed_index, question).hits[0].passage.text.startswith(start)


def test_a_country_asked_by_name_is_named_by_the_article_quoted(tmp_path):
    write(
        tmp_path,
        "india.md",
        "---\ntitle: India and Russia\n---\nIndian Prime Minister Narendra Modi arrived in "
        "Moscow. He met Putin.",
    )
    write(
        tmp_path,
        "thai.md",
        "---\ntitle: Thailand picks jets\n---\nThailand's air force chose Swedish Gripen jets "
        "over F-16s. The deal is worth 600 million dollars.",
    )
    index = build_index(tmp_path)
    # The prime minister of India is no answer about Thailand's, and the reply says why.
    thai = answer(index, "who is the prime minister of thailand?")
    assert not thai.found and thai.unnamed == ("thailand",)
    assert (
        "Narendra Modi" in answer(index, "who is the prime minister of india?").hits[0].passage.text
    )
    # A people's adjective asks about the thing it qualifies: "Russian jets" are jets.
    bought = answer(index, "is thailand buying russian jets?")
    assert bought.hits[0].passage.text.startswith("Thailand's air force chose")
    # A country no article names at all is asked about all the same: Brazil's jets are
    # none of Thailand's ("No article mentions: brazil" under them, before).
    brazil = answer(index, "is brazil buying swedish jets?")
    assert not brazil.found and "brazil" in brazil.missing
    # A country's short name is its name too ("US", "USA", "UK"): where an article names
    # America, what the US said is not quoted from another ("Modi arrived in Moscow").
    write(tmp_path, "us.md", "---\ntitle: Deal\n---\nAmerican officials criticised the deal.")
    index = build_index(tmp_path)
    for typed in ("when did the US meet Modi?", "when did the USA meet Modi?"):
        assert not answer(index, typed).found, typed
    # Countries news names beyond the first articles' (Chile, the Netherlands), their
    # people's word read as theirs: "the Dutch" are the Netherlands.
    write(tmp_path, "asml.md", "---\ntitle: Chips\n---\nThe Netherlands barred chip sales.")
    index = build_index(tmp_path)
    assert answer(index, "what did the dutch bar?").hits[0].passage.text.startswith("The Neth")
    chile = answer(index, "who is the prime minister of chile?")
    assert not chile.found and chile.unnamed == ("chile",)
    # England names the UK ("the UK's rates" are the Bank of England's); a kid is a child.
    write(tmp_path, "boe.md", "---\ntitle: Rates\n---\nThe Bank of England cut rates.")
    write(tmp_path, "measles.md", "---\ntitle: Measles\n---\nTwo children died of measles.")
    index = build_index(tmp_path)
    assert answer(index, "did the uk cut rates?").hits[0].passage.text.startswith("The Bank of")
    assert answer(index, "how many kids died?").hits[0].passage.text.startswith("Two children")


def test_who_is_asked_to_have_said_something_is_named_by_the_article_quoted(tmp_path):
    write(
        tmp_path,
        "headset.md",
        "---\ntitle: Headset\n---\nApple's chief has not said how many headsets it sold.\n",
    )
    write(
        tmp_path,
        "google.md",
        "---\ntitle: Google fine\n---\nThe court upheld a fine against Google.\n\n"
        "The director-general of the agency said the fine was fair.\n",
    )
    index = build_index(tmp_path)
    # the article naming Apple names no court: what a court said of Apple it does not tell
    court = answer(index, "what did the court say about apple?")
    assert not court.found and court.near
    assert answer(index, "what did the court say about google?").found
    assert answer(index, "what did apple say?").found
    # a role is written by a title as often: the "chief" asked is the director-general
    chief = answer(index, "what did the agency chief say about the fine?")
    assert chief.hits[0].passage.text.startswith("The director-general")


def test_what_a_year_asked_is_of_is_named_by_the_article_quoted(tmp_path):
    write(
        tmp_path,
        "song.md",
        "---\ntitle: Song contest\n---\nAustria won the song contest.\n\n"
        "Austria will host the 2026 contest.\n",
    )
    write(
        tmp_path,
        "cricket.md",
        "---\ntitle: Cricket\n---\nIndia won the T20 World Cup in 2024.\n",
    )
    index = build_index(tmp_path)
    # the article writing "2026" names no cup, the one naming the cup no 2026
    cup = answer(index, "who won the 2026 world cup?")
    assert not cup.found and cup.near
    assert answer(index, "who won the 2024 world cup?").hits[0].article.title == "Cricket"
    assert answer(index, "who will host the 2026 contest?").found
    # ...and where no article of that year names it, the year and what of it are named as
    # what none answers, not a country in its name ("no article naming france")
    write(tmp_path, "tour.md", "---\ntitle: Tour\n---\nPogacar won the Tour de France.\n")
    index = build_index(tmp_path)
    tour = answer(index, "who won the 2024 tour de france?")
    assert not tour.found and tour.unnamed == ("2024 tour de france",)


def test_a_country_spelled_out_is_named_by_its_other_names(tmp_path):
    # "UK" is read as "united kingdom" where an article writes it so; it is still
    # Britain, named by England too: the Bank of England's rate, not the UK's song
    # contest entry (its two words outweighed "interest rate") nor Japan's rate.
    # (a rate asked is told by a share: asked_amounts.amount_unsaid)
    write(
        tmp_path, "boe.md", "---\ntitle: A\n---\nThe Bank of England cut its interest rate to 4%."
    )
    write(
        tmp_path, "boj.md", "---\ntitle: B\n---\nThe Bank of Japan raised its interest rate to 1%."
    )
    write(tmp_path, "song.md", "---\ntitle: C\n---\nThe United Kingdom's entry got no points.")
    index = build_index(tmp_path)
    for typed in ("what is the interest rate in the uk?", "interest rate in the united kingdom?"):
        quoted = [h.passage.text for h in answer(index, typed).hits]
        assert quoted[0].startswith("The Bank of England"), typed
        assert not any("Japan" in text for text in quoted), typed
    # England and Holland name their countries as the groups' first words do: the Bank of
    # Japan's raise is no answer on the Bank of England's, nor America's ban on Holland's.
    write(tmp_path, "nl.md", "---\ntitle: D\n---\nThe Netherlands barred chip sales.")
    write(tmp_path, "us.md", "---\ntitle: E\n---\nAmerica barred chip sales to China.")
    index = build_index(tmp_path)
    quoted = [h.passage.text for h in answer(index, "did the bank of england raise its rate?").hits]
    assert quoted and all(text.startswith("The Bank of England") for text in quoted)
    holland = answer(index, "did holland bar chip sales to china?")
    assert not holland.found and "holland" in holland.unnamed


def test_a_name_asked_is_named_by_the_article_quoted(tmp_path):
    write(
        tmp_path,
        "steam.md",
        "---\ntitle: Steam engine\n---\nThe atmospheric engine was invented by Thomas "
        "Newcomen. It drove a pump, a machine of its day.",
    )
    write(
        tmp_path,
        "turing.md",
        "---\ntitle: Computing\n---\nA Turing machine is a model of computing. Turing "
        "machines are a thought experiment. Alan Turing defined them in 1936.",
    )
    write(
        tmp_path,
        "envoy.md",
        "---\ntitle: China's envoy\n---\nChina's envoy held talks in Naypyidaw. A buck ran "
        "off. Buck Owens sang.",
    )
    write(
        tmp_path,
        "airline.md",
        "---\ntitle: Aeroflot\n---\nThe airline said it flies from Moscow to Hanoi. Its "
        "fleet keeps flying.",
    )
    write(
        tmp_path,
        "storm.md",
        "---\ntitle: Storm\n---\nOfficials told 5.9 million people to evacuate the coast.",
    )
    write(
        tmp_path,
        "fire.md",
        "---\ntitle: Fire\n---\nA wildfire reached Jasper. Jasper's 4,700 people left.",
    )
    index = build_index(tmp_path)
    # "jasper" (Zipf 3.59) is a town there: the storm's article names none.
    found = answer(index, "how many people were evacuated from jasper?")
    assert all(h.article.title == "Fire" for h in found.hits)
    # The steam article holds "invented" and "machine" but names no Turing.
    found = answer(index, "who invented the turing machine?")
    assert all(h.article.title == "Computing" for h in found.hits)
    # Only the envoy's article names Naypyidaw, and it names no airline: no answer,
    # and the reply says why.
    flies = answer(index, "which airline flies to naypyidaw?")
    assert not flies.found and flies.unnamed == ("naypyidaw",)
    # A word English uses often is no name asked, however the corpus writes it: "buck"
    # (the article writes "Buck Owens" and "A buck"), "china".
    assert answer(index, "was a pump invented by the buck?").found
    assert answer(index, "which airline flies to hanoi?").found


def test_a_place_typed_after_in_is_named_by_the_article_quoted_however_common(all_news):
    # "dubai" (Zipf 4.1) is too common a word to be read as a name alone; after "in" it
    # is a place: not the outage's "More than 5,000 flights were cancelled worldwide"
    found = first_quoted(all_news, "how many flights were cancelled in dubai")
    assert found.startswith("Dubai International"), found


def test_two_common_words_the_corpus_writes_as_a_name_are_named_by_the_article_quoted(
    tmp_path,
):
    write(
        tmp_path,
        "shipping.md",
        "---\ntitle: Shipping\n---\nMaersk said it would keep sending ships around Africa "
        "after attacks in the Red Sea. Insurers raised premiums for ships crossing the Red Sea.",
    )
    write(
        tmp_path,
        "circus.md",
        "---\ntitle: Circus\n---\nAnimal groups asked circus companies to stop using wild animals.",
    )
    index = build_index(tmp_path)
    # "red" and "sea" are each a word English uses often, but side by side the corpus
    # writes them as a name: the circus, holding "companies", "stop" and "using" but no
    # Red Sea, does not answer (the shipping article holds too little else to)
    found = answer(index, "which companies stopped using the red sea?")
    assert all(h.article.title == "Shipping" for h in found.hits)
    assert answer(index, "which ships crossed the red sea?").hits[0].article.title == "Shipping"
    # two words the corpus writes in lowercase side by side are no name
    assert answer(index, "which companies stop using animals?").found


def test_who_is_the_role_of_something_is_answered_by_passages_holding_both(tmp_path):
    write(
        tmp_path,
        "colony.md",
        "---\ntitle: Colony\n---\nA group of Huguenots arrived in Brazil in 1555. A fort was "
        "built there. The president of the colony was Nicolas Durand.",
    )
    write(
        tmp_path,
        "circus.md",
        "---\ntitle: Circus\n---\nMyanmar gifted six elephants to the Moscow Circus. "
        "Military leaders in Moscow support the policy.",
    )
    index = build_index(tmp_path)
    # Brazil named, no president of it: nothing answers, where a passage naming Brazil
    # was quoted.
    assert not answer(index, "who is the president of brazil?").found
    assert not answer(index, "who is the head of the moscow circus?").found
    # A passage holding both answers, the role by its synonym too ("leader", "head").
    found = answer(index, "who is the president of the colony?")
    assert found.hits[0].passage.text.startswith("The president of the colony")
    assert answer(index, "who are the leaders of moscow?").found
    # What no article holds, no passage says whose role it is: the colony's dog.
    assert not answer(index, "who is the president of the colony's dog?").found
    # Only a title or role asked so: "the main rival of", "two of" ask other things.
    assert answer(index, "who were two of the huguenots in brazil?").found
    # "ceo", as its words: not another company's chief executive.
    write(tmp_path, "mars.md", "---\ntitle: Mars\n---\nMars chief executive Poul Weihe spoke.")
    write(tmp_path, "google.md", "---\ntitle: Google\n---\nGoogle lost its appeal.")
    index = build_index(tmp_path)
    assert answer(index, "who is the ceo of mars?").found
    assert not answer(index, "who is the ceo of google?").found
    # The role or what its holder does ("leader": "lead"), the new head named so
    write(
        tmp_path,
        "sec.md",
        "---\ntitle: Bitcoin\n---\nThe new government named Paul Atkins to lead the"
        " Securities and Exchange Commission.",
    )
    found = answer(build_index(tmp_path), "who is the new head of the sec?")
    assert found.hits[0].passage.text.startswith("The new government named")


def test_a_role_won_is_held_by_its_adjective_beside_a_verb_of_winning(tmp_path):
    write(
        tmp_path,
        "vote.md",
        "---\ntitle: Opposition wins run-off\n---\nNicusor Dan won Romania's presidential"
        " run-off on Sunday. Turnout in Romania's presidential vote was 64 percent.",
    )
    write(tmp_path, "b.md", "---\ntitle: B\n---\nThe president of France spoke.")
    for name in ("c", "d", "e"):
        write(tmp_path, f"{name}.md", f"---\ntitle: {name}\n---\nNews of {name}. More of it.")
    index = build_index(tmp_path)
    found = answer(index, "who is the new president of romania?")
    assert [h.passage.text for h in found.hits] == [
        "Nicusor Dan won Romania's presidential run-off on Sunday."
    ]


def test_a_country_a_role_is_of_may_be_named_by_the_opening_of_its_holders_article(tmp_path):
    write(
        tmp_path,
        "syria.md",
        "---\ntitle: Assad flees to Moscow as rebels take Damascus\n---\nSyrian rebels took"
        " control of the capital on Sunday.\n\nPresident Bashar al-Assad fled the country,"
        " Russian state media said.\n",
    )
    write(
        tmp_path,
        "visit.md",
        "---\ntitle: Junta chief visits Moscow\n---\nMyanmar's junta chief arrived in Moscow."
        "\n\nHe is to meet Russian President Vladimir Putin.\n",
    )
    for name in ("c", "d", "e"):
        write(tmp_path, f"{name}.md", f"---\ntitle: {name}\n---\nNews of {name}. More of it.")
    index = build_index(tmp_path)
    found = answer(index, "who is the president of syria?")
    assert [h.passage.text for h in found.hits][:1] == [
        "President Bashar al-Assad fled the country, Russian state media said."
    ]
    # ...not by a people's word right before the role: no President of Myanmar is named
    assert not answer(index, "who is the president of myanmar?").hits
    # ...nor asked who holds it now: the opening ties only a holder who fled to the country
    assert not answer(index, "who is the new president of syria?").hits


def test_a_thing_a_role_is_of_held_by_the_passage_and_its_country_by_the_opening(tmp_path):
    # "The opposition alliance led by the Congress party..." names no India; its
    # article's opening does ("Indian Prime Minister Narendra Modi claimed victory...")
    index = over_news(tmp_path, "news6", "news9")
    found = answer(index, "who is the leader of the opposition in india?")
    # (not South Korea's "Opposition parties filed a motion...", opening elsewhere)
    assert found.hits[0].passage.text.startswith("The opposition alliance led by the Congress")


def test_what_a_role_is_of_may_be_named_by_the_title_but_its_head_by_the_passage(tmp_path):
    write(
        tmp_path,
        "prize.md",
        "---\ntitle: Survivors' group wins the Nobel Peace Prize\n---\nThe Norwegian Nobel "
        "Committee praised the group. The committee's chairman, Jorgen Frydnes, warned of "
        "nuclear threats.",
    )
    write(
        tmp_path,
        "circus.md",
        "---\ntitle: Circus tours\n---\nMilitary leaders in Moscow support the policy.",
    )
    index = build_index(tmp_path)
    # "nobel" in the title, "committee" (the head) and a head's synonym in the passage
    found = answer(index, "who is the head of the nobel committee?")
    assert found.hits[0].passage.text.startswith("The committee's chairman")
    # the passage holds "Moscow" and leaders, the title "Circus": the circus has no head
    # the passage names
    assert not answer(index, "who is the head of the moscow circus?").found


def test_who_is_the_president_of_a_country_is_answered_in_the_article_titled_with_it(tmp_path):
    # News names the country in its title and lede, then its president by name alone.
    write(
        tmp_path,
        "quake.md",
        "---\ntitle: Strong earthquake strikes Brazil\n---\nAn earthquake struck Brazil on "
        "Thursday. President Lula sent soldiers to help. Russian President Vladimir Putin "
        "offered aid.",
    )
    write(
        tmp_path,
        "colony.md",
        "---\ntitle: Colony\n---\nHuguenots arrived in 1555. The president of the colony was "
        "Nicolas Durand.",
    )
    write(tmp_path, "fort.md", "---\ntitle: Fort\n---\nA fort was built. It had walls.")
    index = build_index(tmp_path)
    found = answer(index, "who is the president of brazil?")
    assert [h.passage.text for h in found.hits] == ["President Lula sent soldiers to help."]
    # Not a passage naming another country: that one answers for it.
    found = answer(index, "who is the president of russia?")
    assert [h.passage.text for h in found.hits] == ["Russian President Vladimir Putin offered aid."]
    # Nor in an article whose title does not name it: a president of somewhere else.
    (tmp_path / "quake.md").unlink()
    write(
        tmp_path, "visit.md", "---\ntitle: Visit\n---\nThey flew to Brazil. President Macron waved."
    )
    assert not answer(build_index(tmp_path), "who is the president of brazil?").found
    # Not only a country: "Governor Andrew Bailey said..." in "Bank of England cuts rates".
    write(
        tmp_path,
        "boe.md",
        "---\ntitle: Bank of England cuts rates\n---\nThe Bank of "
        "England cut rates. Governor Andrew Bailey said inflation would fall.",
    )
    governor = answer(build_index(tmp_path), "who is the governor of the bank of england?")
    assert [h.passage.text for h in governor.hits] == [
        "Governor Andrew Bailey said inflation would fall."
    ]


def test_the_names_no_article_answers_about_are_said_whole_as_typed(tmp_path):
    write(
        tmp_path,
        "visit.md",
        "---\ntitle: Visit\n---\nGeneral Min Aung Hlaing arrived in Moscow. Min Aung Hlaing "
        "met officials. The visit was long.",
    )
    write(
        tmp_path,
        "jets.md",
        "---\ntitle: Jets\n---\nThailand's air force chose Gripen jets. The Thai deal was big.",
    )
    index = build_index(tmp_path)
    found = answer(index, "did min aung hlaing visit thailand's air force?")
    assert not found.found and found.unnamed == ("min aung hlaing", "thailand")
    # Words apart in the question are apart in the reply.
    found = answer(index, "did hlaing, min aung's man, visit thailand?")
    assert not found.found and "thailand" in found.unnamed and "hlaing" in found.unnamed


def test_a_word_of_when_before_a_word_held_asks_of_the_articles(all_news):
    # "bank of japan | what was the old rate?" was asked anew ("old", after "the", read
    # as naming a thing of its own) and said the passages do not say the rate
    assert asks_of_articles(all_news, "what was the old rate?", ["boj.md"])
    found = first_following(all_news, "what was the old rate?", "bank of japan", "boj.md")
    assert found.startswith("The central bank set its short-term rate"), found


def test_a_word_finding_another_the_articles_hold_asks_of_them(all_news):
    # "cocoa | why is there a shortage?" said no article mentions "shortage": its word
    # also finds "short" ("...have left the market short of beans")
    assert asks_of_articles(all_news, "why is there a shortage?", ["cocoa.md"])
    found = first_following(all_news, "why is there a shortage?", "cocoa", "cocoa.md")
    assert found.startswith("Poor harvests in Ivory Coast and Ghana"), found


def test_a_common_word_asked_alone_asks_of_the_articles_just_quoted(tmp_path):
    write(tmp_path, "vote.md", "---\ntitle: Vote\n---\nNicusor Dan won Romania's election.")
    write(tmp_path, "copa.md", "---\ntitle: Copa\n---\nArgentina won the final. Fans voted.")
    write(tmp_path, "quake.md", "---\ntitle: Quake\n---\nThe quake killed 12 in Chile in 2023.")
    index = build_index(tmp_path)
    # "who won?" after an answer from the election's article asks who won it.
    assert asks_of_articles(index, "who won?", ["vote.md"])
    assert asks_of_articles(index, "how many died?", ["quake.md"])  # "killed": a synonym
    # Of several words, each held, or said of anything ("people"); "did" asks whether.
    assert asks_of_articles(index, "how many people died?", ["quake.md"])
    assert asks_of_articles(index, "did anyone die?", ["quake.md"])
    assert asks_of_articles(index, "anyone die?", ["quake.md"])  # chat leaves "did" off
    assert asks_of_articles(index, "who won the final?", ["copa.md"])
    assert not asks_of_articles(index, "who won the final?", ["vote.md"])  # no final
    assert asks_of_articles(index, "how big was the final?", ["copa.md"])  # asks by "big"
    assert asks_of_articles(index, "how much longer was the final?", ["copa.md"])  # "longer"
    assert asks_of_articles(index, "in which final?", ["copa.md"])  # after a preposition
    assert asks_of_articles(index, "how many ppl died??", ["quake.md"])  # chat's "people"
    # ...and "how much" by the verb of a price, which is how it asks ("how much are fans
    # charging?" asks the fans' price of the final, however rarely the verb is written)
    assert asks_of_articles(index, "how much are fans charging?", ["copa.md"])
    assert not asks_of_articles(index, "how much are insurers charging?", ["copa.md"])
    # What is said of something, of no thing named (no article before it), asks of them
    # though they do not hold it ("who voted?" after the quake: it tells of no vote, and
    # the Copa's fans voting is not what is asked); held words may come with it.
    assert asks_of_articles(index, "who voted?", ["quake.md"])
    assert asks_of_articles(index, "has anyone been arrested?", ["quake.md"])
    assert asks_of_articles(index, "which fans voted?", ["copa.md"])
    assert not asks_of_articles(index, "who won the vote?", ["quake.md"])  # a vote named
    assert not asks_of_articles(index, "who impeached them?", ["quake.md"])  # rarely used
    # Not a name, a word English hardly uses, or many words.
    assert not asks_of_articles(index, "who is Nicusor?", ["vote.md"])
    assert not asks_of_articles(index, "what is a quake?", ["quake.md"])
    assert not asks_of_articles(index, "how many people died in the quake?", ["quake.md"])
    assert not asks_of_articles(index, "how many people in the world died last year?", ["quake.md"])
    assert not asks_of_articles(index, "won?", ["vote.md"])  # no question word
    assert not asks_of_articles(index, "what happened in 2023?", ["quake.md"])  # a year
    # A word English hardly uses, held there and elsewhere, asks of the articles just
    # quoted, which tell them apart ("how many doses?" after a vaccine's "single shot",
    # with the measles' "two doses"); held there alone, it asks of itself.
    assert not asks_of_articles(index, "how big was the quake?", ["quake.md"])
    write(
        tmp_path,
        "more.md",
        "---\ntitle: More\n---\nA quake hit Japan. Fans cheered. Towns were evacuated.",
    )
    index = build_index(tmp_path)
    assert asks_of_articles(index, "how big was the quake?", ["quake.md"])
    # A participle closing a yes-or-no question in the passive is said of something,
    # however rarely English uses it, and so is a past tense alone after "who" ("who
    # attended?" after Notre-Dame's reopening quoted the Super Bowl's "Donald Trump
    # attended"); asked otherwise, it names a thing of its own.
    assert asks_of_articles(index, "was anyone evacuated?", ["copa.md"])
    assert asks_of_articles(index, "were fans evacuated?", ["copa.md"])
    assert asks_of_articles(index, "who evacuated?", ["copa.md"])
    assert asks_of_articles(index, "who was evacuated?", ["copa.md"])
    assert not asks_of_articles(index, "who evacuated the fans?", ["copa.md"])
    assert not asks_of_articles(index, "what is a quake?", ["quake.md"])  # asks it alone
    assert not asks_of_articles(index, "how big was the final?", ["vote.md"])  # not held
    assert not asks_of_articles(index, "any news on the quake?", ["quake.md"])  # a topic
    # A light verb is said of anything ("take"; Zipf 5.9).
    assert asks_of_articles(index, "how long did the final take?", ["copa.md"])


def test_what_was_the_x_asks_of_the_articles_just_quoted_what_is_a_x_does_not(tmp_path):
    write(tmp_path, "vote.md", "---\ntitle: Vote\n---\nDan won. Turnout was 64 percent.")
    write(tmp_path, "poll.md", "---\ntitle: Poll\n---\nModi won. Turnout was 66 percent.")
    index = build_index(tmp_path)
    # "turnout", a word English hardly uses, asked with "the": the figure of what was
    # just told, as "how big was the turnout?" would ask it
    assert asks_of_articles(index, "what was the turnout?", ["vote.md"])
    assert not asks_of_articles(index, "what is a turnout?", ["vote.md"])  # what it is
    assert not asks_of_articles(index, "what is turnout?", ["vote.md"])


def test_a_word_held_by_who_does_it_asks_of_the_articles_just_quoted(tmp_path):
    text = "About 2,000 workers took part in the restoration, which cost 700 million euros."
    write(tmp_path, "church.md", f"---\ntitle: Church\n---\n{text}")
    strike = "Drivers stopped work. A strike could cost 3 billion."
    write(tmp_path, "strike.md", f"---\ntitle: Strike\n---\n{strike}")
    index = build_index(tmp_path)
    # "the work" (Zipf 5.96), which another article writes: "workers" hold it; after the
    # church's answer, it is its work
    assert asks_of_articles(index, "how much did the work cost?", ["church.md"])


def test_a_title_asked_alone_asks_of_the_articles_just_quoted(tmp_path):
    write(tmp_path, "boj.md", "---\ntitle: BoJ\n---\nGovernor Kazuo Ueda raised rates.")
    write(tmp_path, "boe.md", "---\ntitle: BoE\n---\nGovernor Andrew Bailey cut rates.")
    index = build_index(tmp_path)
    # Written capitalised, before a name, "governor" is still no name.
    assert asks_of_articles(index, "who is the governor?", ["boj.md"])
    assert not asks_of_articles(index, "who is Ueda?", ["boj.md"])
    # An abbreviation, read as its words: "ceo", chief executive.
    write(tmp_path, "asml.md", "---\ntitle: ASML\n---\nChief executive Christophe Fouquet spoke.")
    index = build_index(tmp_path)
    assert asks_of_articles(index, "who is the ceo?", ["asml.md"])
    # Nor is a word said of anything that names write too ("New York").
    write(tmp_path, "ny.md", "---\ntitle: NY\n---\nIn New York the new rate was set.")
    index = build_index(tmp_path)
    assert asks_of_articles(index, "what's the new rate?", ["ny.md"])


def test_a_follow_up_naming_no_place_is_answered_from_the_places_it_follows(tmp_path):
    write(tmp_path, "boj.md", "---\ntitle: BoJ\n---\nGovernor Kazuo Ueda said the bank's aim.")
    write(
        tmp_path,
        "boe.md",
        "---\ntitle: BoE\n---\nThe Bank of England cut rates. Governor Andrew Bailey said so.",
    )
    index = build_index(tmp_path)
    found = answer(index, "who is the governor there?", earlier="what about the bank of england")
    assert [h.passage.text for h in found.hits] == ["Governor Andrew Bailey said so."]
    # Alone it asks of any governor; naming a place of its own, of that place.
    assert len(answer(index, "who is the governor?").hits) == 2


def test_a_country_in_a_name_followed_is_named_by_the_whole_name(tmp_path):
    write(
        tmp_path,
        "crash.md",
        "---\ntitle: Crash\n---\nAn Air India jet crashed. Air India flies to London. "
        "Investigators will explain why the jet lost power.",
    )
    write(
        tmp_path,
        "quake.md",
        "---\ntitle: Quake\n---\nThe quake was caused by a fault. Teams from India came. "
        "Air strikes went on.",
    )
    index = build_index(tmp_path)
    # "air india | what caused it?" quoted the quake's cause, its article naming India
    # (and "air"): a country in a name is named by the name written whole, and where an
    # article writes it, by none other (nothing quoted, it asks why of the crash)
    found = answer(index, "what caused it?", earlier="air india", recent=("crash.md",))
    assert found.hits[0].passage.text.startswith("Investigators will explain why"), found.hits


def test_a_subject_the_articles_just_quoted_do_not_hold_is_another(tmp_path):
    write(tmp_path, "copa.md", "---\ntitle: Copa\n---\nArgentina won the final in Brazil.")
    write(tmp_path, "summit.md", "---\ntitle: Summit\n---\nThe climate summit in Brazil ended.")
    index = build_index(tmp_path)
    # "what about the climate summit?" after an answer on the final asks of the summit.
    assert asks_of_another(index, "what about the climate summit?", ["copa.md"])
    assert not asks_of_another(index, "what about the climate summit?", ["summit.md"])
    # Common words ("and the players?") or one held ("and brazil?") go on from it.
    assert not asks_of_another(index, "and the players?", ["copa.md"])
    assert not asks_of_another(index, "and for brazil?", ["copa.md"])


def test_after_no_answer_a_subject_its_question_did_not_name_is_another(tmp_path):
    write(tmp_path, "trip.md", "---\ntitle: Trip\n---\nThe voyage around Africa took ten days.")
    write(tmp_path, "venice.md", "---\ntitle: Venice\n---\nVisits to Venice cost a fee.")
    index = build_index(tmp_path)
    earlier = "how much longer is the trip around the cape?"
    assert asks_beyond(index, "how much does it cost to visit venice?", earlier)
    # Common words, or a subject the question named, go on from it (a synonym too)...
    assert not asks_beyond(index, "how long did it take?", earlier)
    assert not asks_beyond(index, "how long was the voyage?", "how long was the trip?")
    assert not asks_beyond(index, "how much did it cost in venice?", earlier + " → venice?")
    # ...as does what is said of a pronoun ("who charged them?": "charged" is said of it).
    assert not asks_beyond(index, "who charged them?", earlier)


def test_what_is_said_of_a_pronoun_is_no_subject_of_its_own(tmp_path):
    write(tmp_path, "trial.md", "---\ntitle: Trial\n---\nThe trial was paid for by Novo.")
    write(
        tmp_path,
        "court.md",
        "---\ntitle: Court\n---\nThe maker was sued in Texas. A bank owns the maker.",
    )
    index = build_index(tmp_path)
    # "who sued them?" after the trial asks of the trial's makers: "sued", rare and not
    # in the trial's article, is what is said of "them"...
    assert not asks_of_another(index, "who sued them?", ["trial.md"])
    # ...while without a pronoun pointing back it asks of what was sued, a subject of its own.
    assert asks_of_another(index, "who was sued?", ["trial.md"])
    # A verb right before the pronoun it acts on is said of it too, in any tense.
    assert not asks_of_another(index, "who owns it?", ["trial.md"])
    assert asks_of_another(index, "who owns banks?", ["trial.md"])
    # ...and a verb right after the pronoun doing it ("when will it reopen?" after the
    # Baltimore bridge is of the bridge, not of Notre-Dame, which "reopened")
    assert not asks_of_another(index, "when will they sue?", ["trial.md"])


def test_the_pm_asks_of_the_prime_minister_the_articles_just_quoted_name(tmp_path):
    write(
        tmp_path,
        "ban.md",
        "---\ntitle: Ban\n---\nAustralia banned social media for children. Prime Minister "
        "Anthony Albanese said it did social harm.",
    )
    write(tmp_path, "uk.md", "---\ntitle: UK\n---\nPrime Minister Rishi Sunak said so at 8 pm.")
    index = build_index(tmp_path)
    # "the pm" is the Prime Minister, a title written capitalised, asked of the ban
    assert asks_of_articles(index, "what did the pm say?", ["ban.md"])
    # ...while "8 pm" is a time, no prime minister
    assert not asks_of_articles(index, "what happened at 8 pm?", ["ban.md"])


def test_a_common_word_after_the_asks_of_the_articles_just_quoted_though_names_write_it(
    tmp_path,
):
    write(
        tmp_path,
        "contest.md",
        "---\ntitle: Contest\n---\nAustria won the Eurovision Song Contest with a ballad.",
    )
    write(tmp_path, "diet.md", "---\ntitle: Diet\n---\nSaid lead author Mingyang Song.")
    index = build_index(tmp_path)
    # "song" is written capitalised only in names, but after "the" a word English uses
    # this often is the thing; chat's "whats" asks as "what's" does.
    assert asks_of_articles(index, "whats the song like", ["contest.md"])
    assert asks_of_articles(index, "what was the song like?", ["contest.md"])
    # Named alone, it is still read as the name the corpus writes.
    assert not asks_of_articles(index, "who is song?", ["contest.md"])


def test_a_word_only_a_title_holds_is_answered_by_that_articles_opening(tmp_path):
    write(
        tmp_path,
        "blackout.md",
        "---\ntitle: Spain loses power in one of Europe's worst blackouts\n---\n"
        "Almost all of Spain lost electricity shortly after 12:30 on Monday.\n\n"
        "Critics blamed solar power.\n",
    )
    write(
        tmp_path,
        "fire.md",
        "---\ntitle: Fire\n---\nThe fire started on Monday.\n\nIt burned for a long time.\n",
    )
    index = build_index(tmp_path)
    # No sentence writes "blackout": the article titled with it opens with what it was;
    # so too asked how long, "long" no word of the blackout's
    for question in (
        "blackout",
        "when was the blackout?",
        "tell me about the blackout",
        "how long did the blackout last?",
    ):
        found = answer(index, question)
        assert found.gist and found.hits[0].passage.text.startswith("Almost all"), question
    # Asked with a word the sentences hold, it is asked as before; asking when, with
    # words used often, it is the opening's ("shortly after 12:30 on Monday").
    assert not answer(index, "what caused the blackout?").gist
    found = answer(index, "when did the blackout start?")  # "started": the fire's
    assert found.gist and found.hits[0].passage.text.startswith("Almost all")
    assert not answer(index, "how many people died in the blackout?").gist
    # A word no article holds is still said to be missing.
    assert answer(index, "blackout in moldavia").missing == ("moldavia",)
    # ...and a follow-up asking nothing of its own asks of what it carries: "when did it
    # happen?" after "blackout" found nothing to search for
    found = answer(index, "when did it happen?", earlier="blackout", recent=("blackout.md",))
    assert found.gist and found.hits[0].passage.text.startswith("Almost all")


def test_asked_what_else_of_a_word_only_a_title_holds_its_opening_tells_it(tmp_path):
    write(
        tmp_path,
        "blackout.md",
        "---\ntitle: Spain and Portugal lose power in one of Europe's worst blackouts\n---\n"
        "Almost all of Spain and Portugal lost electricity on Monday, across both countries."
        "\n\nCritics blamed solar power.\n",
    )
    write(
        tmp_path,
        "volcano.md",
        "---\ntitle: Volcano\n---\nFlights at the airport were not affected.\n\n"
        "Lava reached the town.\n",
    )
    write(
        tmp_path,
        "aeroflot.md",
        "---\ntitle: Aeroflot adds flights as Western routes stay closed\n---\n"
        "Aeroflot will start flights to Vietnam.\n",
    )
    write(
        tmp_path,
        "markets.md",
        "---\ntitle: Markets\n---\nShares changed hands quickly.\n\nCompanies reported profits.\n",
    )
    index = build_index(tmp_path)
    # "affected" is the volcano's, under the bar; no sentence says "blackout": the article
    # titled with it opens with what it was
    for question in (
        "which countries were affected by the blackout?",
        "what was affected by the blackout?",
    ):
        found = answer(index, question)
        assert found.gist and found.hits[0].passage.text.startswith("Almost all"), question
    # Not a count nor whether, which the opening need not tell
    for question in (
        "how many people were affected by the blackout?",
        "were any airports affected by the blackout?",
        # ...nor where the word only a title holds is not what is asked of ("the ...")
        "which companies changed routes?",
    ):
        assert not answer(index, question).gist, question


def test_a_word_the_articles_write_in_lowercase_is_no_name_asked(tmp_path):
    write(
        tmp_path,
        "door.md",
        "---\ntitle: Door\n---\nA panel blew out of an Alaska Airlines jet. Several people "
        "suffered minor injuries.",
    )
    write(tmp_path, "bowl.md", "---\ntitle: Bowl\n---\nQuarterback Jalen Hurts was named MVP.")
    write(
        tmp_path,
        "outage.md",
        "---\ntitle: Outage\n---\nAn update crashed computers. Flights were cancelled, and "
        "airlines including Delta halted departures.",
    )
    index = build_index(tmp_path)
    # The corpus writes "hurt" only in "Jalen Hurts", a name: the question's "hurt" is
    # no such word, and asks of the door plug.
    assert asks_of_articles(index, "was anyone hurt?", ["door.md"])
    # Most passages write "Airlines" in a name; the outage's writes "airlines".
    assert asks_of_articles(index, "which airlines were hit?", ["outage.md"])
    assert not asks_of_articles(index, "who is hurts?", ["door.md"])  # written as the name


def test_a_year_an_article_was_published_in_is_no_word_the_corpus_lacks(tmp_path):
    # "who won the 2024 election in india?": no article writes "2024", and the passage
    # of the article dated so ranked first names India alone ("...Uttar Pradesh, India's
    # most populous state"); the article tells who won all the same
    index = over_news(tmp_path, "news8", "news9")
    found = answer(index, "who won the 2024 election in india?")
    assert found.hits and found.hits[0].passage.text.startswith("Indian Prime Minister")


def test_a_country_asked_alone_after_an_answer_asks_the_same_of_it(tmp_path):
    index = over_news(tmp_path, "news", "news2", "news3", "news5", "news6", "news9")
    # "what about the us?" after UK inflation asks US inflation, which no article tells:
    # not the study's "...calories eaten in the United States and Britain"
    us = answer(index, "what about the us?", earlier="uk inflation", recent=("inflation.md",))
    assert not us.found
    # ...where one does, that one
    found = answer(
        index, "what about japan?", earlier="bank of england rates", recent=("rates.md",)
    )
    assert found.hits[0].passage.text.startswith("The Bank of Japan")
    # ...and a question asking more is no such question
    found = answer(
        index,
        "what are the us and uk doing about it?",
        earlier="is the red sea safe for ships?",
        recent=("shipping.md",),
    )
    assert found.hits[0].passage.text.startswith("The United States and Britain have carried")


def test_how_an_objection_is_asked_is_no_subject_of_its_own(all_news):
    # "who is against it?" reads "oppose", rarer than English's common words, which the
    # law's article does not write: it still follows the law up
    assert not asks_of_another(all_news, "who is against it?", ["socialmedia.md"])
    assert not asks_of_another(all_news, "who doesn't like it?", ["socialmedia.md"])
    assert asks_of_another(all_news, "what about the climate summit?", ["socialmedia.md"])


def test_countries_are_counted_by_their_names_once_each(seed_index):
    analyzer = seed_index.analyzer
    assert countries_named(analyzer, "across Mexico, the United States and Canada") == 3
    assert countries_named(analyzer, "the US economy ... U.S. energy security") == 1
    assert countries_named(analyzer, "British businessman Harding; French diver") == 0


def test_a_word_written_in_small_letters_as_often_as_not_is_no_name(tmp_path):
    # "Stock markets fell..." and "the Digital Markets Act" once each: "what did the markets
    # do?" after an answer on India's election asks of its "Shares in Mumbai fell..."
    write(tmp_path, "india.md", "---\ntitle: India\n---\nShares in Mumbai fell 6 percent.")
    write(tmp_path, "tariffs.md", "---\ntitle: Tariffs\n---\nThe tariffs came. Stock markets fell.")
    write(
        tmp_path,
        "court.md",
        "---\ntitle: Court\n---\nThe court upheld it. It enforces the Digital Markets Act.",
    )
    index = build_index(tmp_path)
    assert asks_of_articles(index, "what did the markets do?", ["india.md"])


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Ships left the Red Sea and the red\tsea.", [("Red", "Sea"), ("red", "sea")]),
        ("Red Sea ships: red, sea; reddish sea, red seas.", []),  # first word, apart, other words
        ("İzmir ships crossed the Red Sea.", [("Red", "Sea")]),  # "İ" is two in small letters
    ],
)
def test_two_words_side_by_side_are_found_as_written(text, pairs):
    # found by str.find in the text in small letters (not word by word): the same pairs
    assert list(_pairs_written(text, {"red"}, {"sea"})) == pairs


def test_a_word_rarer_than_a_topic_asks_of_the_articles_writing_it(all_news):
    # "chikungunya", in small letters, is no name, but what is asked of: not mpox's
    # "...said it could supply 10 million doses by the end of next year"
    found = first_quoted(all_news, "how many doses of the chikungunya vaccine?")
    assert found.startswith("It is given as a single shot"), found


def test_a_word_of_a_name_typed_does_not_answer_out_of_the_name(tmp_path):
    # "does the vision pro need glasses?": the headset's article says nothing of glasses;
    # the seed's "...a shared strategic vision" (an article writing "pro-democracy"
    # apart) is no answer
    shutil.copy(SEED_FILE, tmp_path)
    shutil.copy(DATA / "distractors" / "moscow-circus-centenary.md", tmp_path)
    index = over_news(tmp_path, *ALL_NEWS)
    found = answer(index, "does the vision pro need glasses?")
    assert not found.hits, found.hits[0].passage.text
    # ...where an article names it with words between, it is the name: "the Great Moscow
    # State Circus" is the seed's "Moscow Circus"
    found = first_quoted(index, "how old is the moscow circus?")
    assert found.startswith("Founded in the 1920s"), found
