from dataclasses import replace
from functools import partial

import pytest

from index.answers import answer
from index.build import build_index
from index.index import Index
from index.lookups import lookups
from index.query import (
    CARRIED_WEIGHT,
    HOW_LONG_WEIGHT,
    REACTION_WEIGHT,
    SURVIVAL_WEIGHT,
    TYPO_WEIGHT,
    Word,
    build_query,
    emphasis,
    unseen_weight,
)
from index.reading import NAME_PARTS_PER_QUESTION
from tests.conftest import first_following, first_quoted, one_article, over_news, write


def _weights(index: Index, question: str) -> dict[str, float]:
    """Every term the query of ``question``, asked alone, can match, with its weight."""
    return build_query(question, index.analyzer, index.vocabulary).weights


def test_question_words_become_weighted_terms(seed_index):
    query = build_query("who supplies Myanmar's jets?", seed_index.analyzer, seed_index.vocabulary)
    assert query.question_terms == ("suppli", "myanmar", "jet")
    assert query.weights["suppli"] == 1.0 and query.weights["jet"] == 1.0
    assert 0 < query.weights["fighter"] < 1  # a synonym of "jet", weighted down


def test_founded_finds_established_or_formed_picked_chose_purpose_or_want_aims_deal_contract(
    tmp_path,
):
    text = "The school was established in 1636. We found it. Thailand chose jets. It aims high."
    text += " The club was formed in 1901. He signed a five-year contract. A demand for pay."
    text += " Shares fell. He defeated the mayor. The hurricane hit. Residents fled."
    index = one_article(tmp_path, text)
    founded = build_query("when was it founded", index.analyzer, index.vocabulary)
    assert 0 < founded.weights["establish"] < 1 and 0 < founded.weights["form"] < 1
    assert 0 < build_query("who picked jets", index.analyzer, index.vocabulary).weights["choos"] < 1
    assert 0 < build_query("the purpose", index.analyzer, index.vocabulary).weights["aim"] < 1
    want = build_query("what do they want", index.analyzer, index.vocabulary)
    assert 0 < want.weights["aim"] < 1  # "what does the delegation want?": "It aims..."
    assert 0 < want.weights["demand"] < 1  # "what does the union want?": "its demand to..."
    for asked, written in [
        ("how did the stock react", "share"),
        ("who did he beat", "defeat"),
        ("when did the storm hit", "hurrican"),
        ("how many evacuated", "flee"),
    ]:
        assert 0 < build_query(asked, index.analyzer, index.vocabulary).weights[written] < 1
    deal = build_query("how long is his deal?", index.analyzer, index.vocabulary)
    assert 0 < deal.weights["contract"] < 1  # "...a five-year contract"
    # "found" is read as "find", not as "founded": it finds no school's founding.
    assert "establish" not in build_query("found", index.analyzer, index.vocabulary).weights
    write(tmp_path, "b.md", "---\ntitle: B\n---\nThe sanctions sparked a civil war.")
    index = build_index(tmp_path)
    caused = build_query("what caused the civil war", index.analyzer, index.vocabulary)
    assert 0 < caused.weights["spark"] < 1
    write(tmp_path, "c.md", "---\ntitle: C\n---\nTourism officials hope Russian visitors come.")
    index = build_index(tmp_path)
    tourists = build_query("who hopes tourists come", index.analyzer, index.vocabulary).weights
    assert 0 < tourists["tourism"] < 1 and 0 < tourists["visitor"] < 1
    write(tmp_path, "d.md", "---\ntitle: D\n---\nThe junta suffered territorial losses.")
    index = build_index(tmp_path)
    land = build_query("did the junta lose land", index.analyzer, index.vocabulary).weights
    assert 0 < land["territori"] < 1
    write(tmp_path, "e.md", "---\ntitle: E\n---\nEU law has primacy over national law.")
    index = build_index(tmp_path)
    first = build_query("the supremacy of eu law", index.analyzer, index.vocabulary).weights
    assert 0 < first["primaci"] < 1


def test_a_loss_a_danger_a_flight_and_a_maker_are_asked_by_their_verbs_and_kin(tmp_path):
    text = (
        "The junta suffered territorial losses. Refugees attempt dangerous sea journeys. "
        "Aeroflot will start direct flights to Vietnam. ASML, the Dutch maker of chip "
        "machines, said. The company will make more. Inflation rose to 3.6 percent."
    )
    index = one_article(tmp_path, text)
    for asked, term in (
        ("what has the junta lost?", "loss"),
        ("what are the risks for refugees?", "danger"),
        ("where will aeroflot fly?", "flight"),
        ("what does asml make?", "maker"),  # who does it: Snowball leaves "maker" apart
        ("was there an inflation hike?", "rise"),  # "inflation rose"
        ("did they raise inflation?", "rise"),
    ):
        weights = build_query(asked, index.analyzer, index.vocabulary).weights
        assert 0 < weights[term] < 1, asked
        assert answer(index, asked).hits, asked


def test_a_possessive_typed_without_its_apostrophe_is_its_owners_name(tmp_path):
    # "jjs": a name too short for the stemmer to take the "s" off ("bidens" it does)
    index = one_article(tmp_path, "JJ won the song contest with a ballad. The new star is 24.")
    query = build_query("what does jjs song mean", index.analyzer, index.vocabulary)
    assert query.weights["jj"] > 0 and not any(not w.alternatives for w in query.words)
    # ...not a word English writes so: "news" is no possessive of "new"
    assert "new" not in build_query("any news?", index.analyzer, index.vocabulary).weights
    found = answer(index, "what does jjs song mean")
    assert found.hits[0].passage.text.startswith("JJ won the song contest") and not found.missing


def test_an_amount_in_chat_is_no_typo_of_a_number_the_corpus_writes(tmp_path):
    # "100k" is 100,000: not mended to "100" ("Read “100k” as “100”", quoting "...about
    # 100 investigators" second)
    index = one_article(tmp_path, "Bitcoin rose above 100,000 dollars. About 100 people came.")
    (word,) = [
        w
        for w in build_query("when did bitcoin hit 100k", index.analyzer, index.vocabulary).words
        if w.written == "100k"
    ]
    assert set(word.alternatives) == {"100000"} and not word.read_as


def test_a_follow_ups_words_are_its_own_then_those_it_carries(seed_index):
    query = build_query("who supplies Myanmar's jets?", seed_index.analyzer, seed_index.vocabulary)
    assert query.own_words == query.words and query.carried_words == ()  # its own, all
    followed = replace(query, own=1)  # "supplies", then the words of the one before
    assert followed.own_words == query.words[:1]
    assert followed.carried_words == query.words[1:]


def test_experts_are_analysts_and_a_government_ousted_was_overthrown(seed_index):
    experts = answer(seed_index, "what do experts say?")
    assert experts.hits[0].passage.text.startswith("Analysts say both countries")
    for verb in ("oust", "topple", "depose"):
        asked = f"who did the junta {verb}"
        weights = build_query(asked, seed_index.analyzer, seed_index.vocabulary).weights
        assert 0 < weights["overthrow"] < 1 and 0 < weights["coup"] < 1, verb


def test_losing_ground_is_losing_territory(tmp_path):
    text = "Fans lose hope on the ground. The army suffered territorial losses."
    index = one_article(tmp_path, text)
    for asked in ("is the army losing ground", "the army lost ground"):
        assert 0 < build_query(asked, index.analyzer, index.vocabulary).weights["territori"] < 1
    # Only said whole: "ground" alone is no territory.
    assert "territori" not in build_query("ground", index.analyzer, index.vocabulary).weights


def test_asking_for_is_a_demand_and_financing_a_thing_paying_for_it(tmp_path):
    index = one_article(
        tmp_path, "The union's demand is shorter hours. Mars will pay cash. The money came."
    )

    weights = partial(_weights, index)

    assert weights("what is the union asking for?")["demand"] > 0
    assert weights("how will mars finance the deal?")["pay"] > 0
    # ...and paying for a thing, where the money for it came from
    assert weights("how did they pay for it?")["money"] > 0
    assert "money" not in weights("how much did they pay?")
    # ...a verb before its object, not a noun ("asking about", "the finance minister")
    for asked in ("what are they asking about?", "who is the finance minister?"):
        assert not {"demand", "pay"} & set(weights(asked)), asked


def test_a_phrasal_verb_weighs_its_meaning_as_the_verb_itself(tmp_path):
    index = one_article(tmp_path, "They escaped on scooters. They get paid. It went away.")
    weights = build_query("how did the robbers get away?", index.analyzer, index.vocabulary).weights
    assert weights["escap"] == weights["get"] > 0
    # ...the verb alone means itself
    assert (
        "escap" not in build_query("did they get paid?", index.analyzer, index.vocabulary).weights
    )


def test_words_that_find_another_one_way_only(tmp_path):
    text = (
        "People were ordered to leave. The town was evacuated. The ban takes effect. "
        "China said it would fight back. The rates were worked out by dividing. "
        "He took the bronze. She finished third. He defeated the mayor, who lost. "
        "Thieves stole jewels. The restoration was rebuilt and fixed. The study followed "
        "adults. The update crashed computers, disrupting hospitals. The prize was awarded. "
        "The jets will be delivered. Hackers stole customer data. It reported a profit. "
        "A ship struck the bridge. Workers went on strike. The headset went on sale. "
        "He succeeds Pope Francis. Mikey Madison plays the title role. "
        "The union had asked for more. The fires destroyed 12,000 buildings. "
        "Visitors without a code face fines. Palmer equalised for England, and Williams "
        "scored. Its value climbed, passing Microsoft. A man seated in 11A was sitting still. "
        "The bridge collapsed, and prices fell. Sinner won his first Grand Slam title. "
        "Pogacar was the first rider to win both."
    )
    index = one_article(tmp_path, text)

    weights = partial(_weights, index)

    # an evacuation asked finds leaving, a start a law taking effect
    assert 0 < weights("how many people were evacuated?")["leav"] < 1
    assert weights("how many had to flee?")["leav"] > 0  # no article writes "flee"
    assert "evacu" not in weights("when did he leave office?")
    assert 0 < weights("when does the ban start?")["effect"] < 1
    assert "start" not in weights("what are the side effects?")
    assert "effect" not in weights("where did it start?")  # a time asked alone
    # retaliating finds fighting back, calculating working out
    assert weights("did china retaliate?")["fight"] > 0  # no article writes "retaliate"
    assert weights("how were the rates calculated?")["work"] > 0
    assert "calcul" not in weights("how did they work?")
    # a trial is a study, an outage what disrupts (no article writes "outage")
    assert weights("how many were in the trial?")["studi"] > 0
    assert "trial" not in weights("who took part in the study?")
    assert weights("what caused the outage?")["disrupt"] > 0
    # a prize won is one awarded, not the other way
    assert 0 < weights("who won?")["award"] < 1
    assert "win" not in weights("who was awarded?")
    # coming third is taking the bronze
    assert 0 < weights("who came third?")["bronz"] < 1
    assert "3rd" not in weights("who took the bronze?")
    # rebuilding finds restoring, not the other way, nor fixing
    assert 0 < weights("how much did rebuilding it cost?")["restor"] < 1
    assert "rebuild" not in weights("was it restored?")
    assert "restor" not in weights("was it fixed?")
    # a leak finds what was taken ("were passwords leaked?": "...no passwords were taken")
    assert weights("were passwords leaked?")["take"] > 0  # no article writes "leak"
    # taking finds stealing ("what did they take?" after a theft)
    assert 0 < weights("what did they take?")["steal"] < 1
    assert "take" not in weights("what did they steal?")
    # losing is being defeated
    assert 0 < weights("who lost?")["defeat"] < 1
    (lost,) = index.analyzer.analyze("lost")
    assert lost not in weights("who was defeated?")
    # "left", which the lemmatizer keeps as the word it also is, finds leaving too
    assert weights("how many people left jasper?")["leav"] > 0
    assert "left" not in weights("who had to leave?")
    # what arrives is delivered, not the other way
    assert weights("when will the jets arrive?")["deliv"] > 0  # no article writes "arrive"
    assert "arriv" not in weights("when will they be delivered?")
    # a data breach is a hack, not the other way
    assert weights("how many were affected by the data breach?")["hacker"] > 0
    assert "breach" not in weights("who were the hackers?")
    # what a company earns is its profit ("earnings" is "earn" to the stemmer)
    assert 0 < weights("how much did asml earn?")["profit"] < 1
    # what hit a thing struck it; a strike is no hit (it is also a walkout)
    assert weights("what hit the bridge?")["strike"] > 0  # no article writes "hit"
    assert "hit" not in weights("when did the strike begin?")
    # ...and a walkout is a strike, not the other way (no article here writes "walkout")
    assert weights("when did the walkout start?")["strike"] > 0
    assert "walkout" not in weights("when did the strike begin?")
    # what is released or launched goes on sale, not the other way
    assert weights("what did apple release?")["sale"] > 0  # no article writes "release"
    assert "launch" not in weights("when did it go on sale?")
    # a predecessor is whom one succeeds, not the other way
    assert weights("who was the new pope's predecessor?")["succeed"] > 0
    assert "predecessor" not in weights("who did he succeed?")
    # an actress plays a role, not the other way
    assert weights("who is the lead actress?")["play"] > 0  # no article writes "actress"
    assert "actress" not in weights("who plays anora?")
    # what one wants, one asks for ("The union had asked for 40 percent"), not the other way
    assert 0 < weights("what does the union want?")["ask"] < 1
    assert "want" not in weights("who asked for it?")
    # a home is a building, not the other way ("...destroyed more than 12,000 buildings")
    assert 0 < weights("how many homes burned?")["build"] < 1
    assert "home" not in weights("how many buildings burned?")
    # what is enforced is fined ("...face fines of up to 300 euros"), not the other way
    assert weights("how is the fee enforced?")["fine"] > 0  # no article writes "enforce"
    assert "enforc" not in weights("how big was the fine?")
    # an equaliser is a goal scored, not the other way ("who scored for england?")
    (equalised,) = index.analyzer.analyze("equalised")
    (scored,) = index.analyzer.analyze("scored")
    assert 0 < weights("who scored for england?")[equalised] < 1
    assert scored not in weights("who equalised?")
    # overtaking is passing ("...and passing Microsoft and Apple"), not the other way
    (passing,) = index.analyzer.analyze("passing")
    assert weights("who did nvidia overtake?")[passing] > 0  # no article writes "overtake"
    assert "overtak" not in weights("who did it pass?")
    # starring in a film is playing in it ("Mikey Madison, who plays the title role"), not
    # the other way, nor the noun of "the star player"
    assert 0 < weights("who stars in anora?")["play"] < 1
    assert "star" not in weights("who plays anora?")
    assert "play" not in weights("who was the star of the final?")
    # sitting is being seated ("...a British man ... seated in 11A"), not the other way
    (seated,) = index.analyzer.analyze("seated")
    assert 0 < weights("where was he sitting?")[seated] < 1
    assert "sit" not in weights("how many seats did they win?")
    # a fall finds a collapse ("...causing the bridge to collapse"), not the other way: a
    # collapse asked is no price's fall
    (collapsed,) = index.analyzer.analyze("collapsed")
    (fell,) = index.analyzer.analyze("fell")
    assert 0 < weights("why did the bridge fall?")[collapsed] < 1
    assert fell not in weights("why did the bridge collapse?")
    # tennis news names its contests ("Grand Slam"), cycling's those in them ("rider")
    assert weights("who won the tennis?")["slam"] > 0  # no article writes "tennis"
    assert weights("who is the best cyclist?")["rider"] > 0


def test_a_competitor_is_a_rival_and_the_man_of_the_match_its_player(tmp_path):
    text = "Rival AMD sells chips. Kohli was named player of the match. The man left."
    weights = partial(_weights, one_article(tmp_path, text))
    assert weights("who are its competitors?")["rival"] > 0  # no article writes it
    write(tmp_path, "b.md", "---\ntitle: B\n---\nThe Titan submersible imploded.")
    weights = partial(_weights, build_index(tmp_path))
    assert weights("titan submarine")["submers"] > 0  # "titan submarine" found nothing
    assert 0 < weights("who was man of the match?")["player"] < 1
    assert "player" not in weights("which man left?")


def test_compensation_is_paid_and_day_trippers_are_tourists(tmp_path):
    text = (
        "The airline would pay 10 million rupees to each family. The aim is to deter day-trippers."
    )
    index = one_article(tmp_path, text)

    weights = partial(_weights, index)

    # no article writes "compensation" nor "tourists"
    assert 0 < weights("how much compensation will families get?")["pay"] < 1
    assert 0 < weights("why is venice charging tourists?")["tripper"] < 1


def test_wreckage_asked_is_found_as_debris(tmp_path):
    index = one_article(tmp_path, "A remotely operated vehicle found debris from the vessel.")
    # "who found the wreckage?" after the Titan's: no sentence of it writes "wreckage"
    found = build_query("who found the wreckage?", index.analyzer, index.vocabulary)
    assert 0 < found.weights["debri"] < 1


def test_cheaper_is_lower_and_an_epicentre_where_a_quake_was_centred(tmp_path):
    index = one_article(tmp_path, "Lenders are lowering payments. The quake was centred at sea.")

    weights = partial(_weights, index)

    # no article writes "cheaper" nor "epicentre"
    assert 0 < weights("will mortgages get cheaper?")["lower"] < 1
    assert 0 < weights("where was the epicentre?")["center"] < 1


def test_a_problem_asked_is_found_as_a_failure(tmp_path):
    index = one_article(tmp_path, "The solar panels failed. The launch was a success.")
    # "what if it went wrong?" after the booster catch: "...if any of the checks had failed"
    went = build_query("what if it went wrong?", index.analyzer, index.vocabulary)
    assert 0 < went.weights["fail"] < 1
    assert "fail" not in build_query("was it a success?", index.analyzer, index.vocabulary).weights


def test_money_back_is_a_refund_and_giving_up_or_paying_back_money_forfeiting_it(tmp_path):
    text = "Holders would receive refunds. The judge ordered him to forfeit 11 billion."
    index = one_article(tmp_path, text)
    back = build_query("will fans get their money back?", index.analyzer, index.vocabulary)
    assert 0 < back.weights["refund"] < 1
    up = build_query("how much does he have to give up?", index.analyzer, index.vocabulary)
    assert 0 < up.weights["forfeit"] < 1
    # ...and paying money back, repaying it: forfeiting it too
    repaid = build_query("how much does he have to pay back?", index.analyzer, index.vocabulary)
    assert 0 < repaid.weights["forfeit"] < 1
    assert "forfeit" not in build_query("who paid?", index.analyzer, index.vocabulary).weights
    assert "refund" not in build_query("money", index.analyzer, index.vocabulary).weights
    # no article writes "back": the idiom is its meaning, weighing as the word would
    assert back.weights["refund"] == max(back.weights.values())
    # the last word of an idiom means the idiom, not what its synonyms do: "come back"
    # is no support ("back support backer"), "back" alone is
    write(tmp_path, "s.md", "---\ntitle: S\n---\nReefs support species and can return.")
    index = build_index(tmp_path)
    came = build_query("can reefs come back?", index.analyzer, index.vocabulary)
    assert "support" not in came.weights and came.weights["return"] > 0
    assert "support" in build_query("who did they back?", index.analyzer, index.vocabulary).weights
    # a particle after the verb's object: "laying people off" (layoff, job), "give it up"
    write(
        tmp_path,
        "b.md",
        "---\ntitle: B\n---\nIntel will cut 15,000 jobs. Milton made landfall. Lula was"
        " accompanied by aides.",
    )
    index = build_index(tmp_path)
    off = build_query("why is intel laying people off?", index.analyzer, index.vocabulary)
    assert 0 < off.weights["job"] < 1
    assert "forfeit" in build_query("will he give it up?", index.analyzer, index.vocabulary).weights
    # ...not "came up with", which is no coming with anyone
    came = build_query("who came up with it?", index.analyzer, index.vocabulary)
    assert "accompani" not in came.weights
    # "will kids get in trouble?": "...will not be punished"
    write(tmp_path, "c.md", "---\ntitle: C\n---\nChildren will not be punished. Entry is free.")
    index = build_index(tmp_path)
    trouble = build_query("will kids get in trouble?", index.analyzer, index.vocabulary)
    assert trouble.weights["punish"] > 0
    # "do you have to pay to go in?": "...entry will remain free"
    going = build_query("can you go in?", index.analyzer, index.vocabulary)
    assert going.weights["entri"] > 0
    assert (
        "accompani" in build_query("who came with lula?", index.analyzer, index.vocabulary).weights
    )
    hit = build_query("where did milton hit?", index.analyzer, index.vocabulary)
    assert 0 < hit.weights["landfal"] < 1
    write(tmp_path, "c.md", "---\ntitle: C\n---\nThe participants ate less last year.")
    index = build_index(tmp_path)
    part = build_query("who took part in the study?", index.analyzer, index.vocabulary)
    assert 0 < part.weights["particip"] < 1
    # "last" closing a question of "how long" is how it asks, not "last year"
    lasted = build_query("how long did the study last?", index.analyzer, index.vocabulary)
    assert "last" not in lasted.question_terms
    year = build_query("what did the participants eat last year?", index.analyzer, index.vocabulary)
    assert "last" in year.question_terms
    # "wrong", a member's colour, is read where an idiom makes it a word the corpus holds
    write(tmp_path, "e.md", "---\ntitle: E\n---\nEngineers traced the problem to a chip.")
    index = build_index(tmp_path)
    wrong = build_query("what went wrong with the chip?", index.analyzer, index.vocabulary)
    assert wrong.weights["problem"] > 0
    assert "problem" not in build_query("what is wrong?", index.analyzer, index.vocabulary).weights
    with_it = build_query("what's wrong with it?", index.analyzer, index.vocabulary)
    assert with_it.weights["problem"] > 0
    # "shut down" is said "switch off" too; "shut" alone is no switch
    write(tmp_path, "f.md", "---\ntitle: F\n---\nThe probe will switch off in 2030.")
    index = build_index(tmp_path)
    down = build_query("when will the probe shut down?", index.analyzer, index.vocabulary)
    assert 0 < down.weights["switch"] < 1
    assert "switch" not in build_query("is it shut?", index.analyzer, index.vocabulary).weights


def test_what_a_thing_costs_finds_what_it_is_worth(tmp_path):
    text = "Thailand chose Gripen jets. The deal is worth about 600 million dollars."
    index = one_article(tmp_path, text)
    for question in ("how much did Thailand pay?", "what did the jets cost", "the price"):
        assert 0 < build_query(question, index.analyzer, index.vocabulary).weights["worth"] < 1
    # "how expensive?", "its value", "how do you catch it?", "rerouting": the words news
    # writes for them
    write(
        tmp_path,
        "b.md",
        "---\ntitle: B\n---\nThe price of cocoa rose. Its market value fell. Ships divert"
        " around Africa. Mpox spreads through close contact. UNESCO warned of it. It causes"
        " fever. A faulty chip failed. Lawmakers voted. All 379 escaped. Computers were"
        " repaired. The raid lasted minutes. The voyage takes days. Thieves stole jewels."
        " She is survived by three daughters. Five people were aboard. Millions watched."
        " Buildings were destroyed. It won for discoveries. The restoration cost millions.",
    )
    index = build_index(tmp_path)
    for question, term in (
        ("how expensive is cocoa?", "price"),
        ("what is nvidia worth?", "valu"),
        ("which ships are rerouting?", "divert"),
        ("how do you catch it?", "spread"),
        ("what is unesco worried about?", "warn"),
        ("what are the symptoms?", "fever"),
        ("how long was it broken?", "faulti"),
        ("what broke on the probe?", "faulti"),
        ("what did parliament do?", "lawmak"),
        ("did everyone survive?", "escap"),
        ("how were the computers fixed?", "repair"),
        ("how long did the robbery take?", "raid"),
        ("how long is the trip?", "voyag"),
        ("did the louvre get robbed?", "steal"),
        ("were the robbers caught?", "thiev"),  # "thieves": the verb "thieve"
        ("how many children did she have?", "daughter"),
        ("who was on board?", "aboard"),
        ("where could you see it?", "watch"),
        ("was the town damaged?", "destroy"),
        ("what did they discover?", "discoveri"),
    ):
        weights = build_query(question, index.analyzer, index.vocabulary).weights
        assert 0 < weights[term] < 1, question


def test_how_things_are_connected_and_countries_by_their_people(tmp_path):
    text = "Ties between Sweden and Thailand deepened. Swedish jets flew. Analysts say yes."
    index = one_article(tmp_path, text)
    connected = build_query(
        "how are Thailand and Sweden connected", index.analyzer, index.vocabulary
    )
    assert 0 < connected.weights["tie"] < 1 and 0 < connected.weights["swedish"] < 1
    # An opinion asked for is what the articles say: "think" frames it, where none holds it.
    assert build_query(
        "what do analysts think?", index.analyzer, index.vocabulary
    ).question_terms == ("analyst",)


def test_typos_are_mended_against_the_corpus(seed_index):
    query = build_query("elephents kremlim sanctoins", seed_index.analyzer, seed_index.vocabulary)
    assert query.weights["kremlin"] < 1 and query.weights["sanction"] < 1
    assert query.weights["eleph"] == 1  # Snowball alone already stems "elephents" to "eleph"
    # Each mended word says what it was read as, for the answer to tell.
    assert [(w.written, w.read_as) for w in query.words] == [
        ("elephents", ""),
        ("kremlim", "kremlin"),
        ("sanctoins", "sanctions"),
    ]


def test_a_typo_the_stemmer_reads_as_another_corpus_word_is_mended_too(tmp_path):
    text = "A band greeted the general. It was a great day for the juntas."
    index = one_article(tmp_path, text)
    # Snowball stems "greated" to "great": one letter from "greeted", both count, as a
    # mended typo does, and the answer says what it was read as.
    (word,) = build_query("greated", index.analyzer, index.vocabulary).words
    assert word.alternatives == {"great": TYPO_WEIGHT, "greet": TYPO_WEIGHT}
    assert word.read_as == "greeted"
    # A word the corpus writes is meant, however close another is ("great", "greet").
    (word,) = build_query("great", index.analyzer, index.vocabulary).words
    assert list(word.alternatives) == ["great"] and word.read_as == ""
    # Of the words as near, the one ending as the typo does, however much more another
    # is written: "greated" is "greeted", not "greater".
    text += " Greater numbers are greater. " * 5
    index = one_article(tmp_path, text)
    (word,) = build_query("greated", index.analyzer, index.vocabulary).words
    assert word.read_as == "greeted"


def test_real_words_are_never_taken_for_typos(seed_index):
    # "bread" is one edit from the corpus word "broad", but English knows it.
    query = build_query("bread", seed_index.analyzer, seed_index.vocabulary)
    assert query.weights == {}
    assert query.ideal > 0  # and it weighs against answering


def test_a_word_done_again_is_no_typo(tmp_path):
    # "rehired" (Zipf 2.4) is "hired" again, not "repaired" two letters away (it quoted
    # "Many computers had to be repaired by hand..." for "was altman rehired?")
    index = one_article(tmp_path, "Computers were repaired. Altman will return as its chief.")
    query = build_query("was altman rehired?", index.analyzer, index.vocabulary)
    assert "repair" not in query.weights
    assert query.weights.get("return", 0) > 0  # ALSO_FINDS: a rehiring, a return
    # ...while a typo of a word with "re" stays one ("retrun": "return")
    (word,) = build_query("retrun", index.analyzer, index.vocabulary).words
    assert word.read_as == "return"


def test_a_misspelling_common_enough_for_english_to_know_is_mended(tmp_path):
    text = "The government sent the separate budgets. Friends cheered in the heavens."
    index = one_article(tmp_path, text)
    analyzer, vocabulary = index.analyzer, index.vocabulary
    # wordfreq knows "goverment" (Zipf 2.7) and "seperate" (2.8) from text misspelling
    # them: they are a hundred times rarer than the words meant.
    query = build_query("goverment seperate budgets", analyzer, vocabulary)
    assert [(w.written, w.read_as) for w in query.words] == [
        ("goverment", "government"),
        ("seperate", "separate"),
        ("budgets", ""),
    ]
    # Words of their own, though rare and one letter from a corpus word, stay meant:
    # "fiend" (Zipf 3.1) is above the misspellings, "havens" (3.0) no hundredth of
    # "heavens" (3.7).
    for word in ("fiend", "havens"):
        assert build_query(word, analyzer, vocabulary).words[0].read_as == "", word


def test_common_english_words_say_less(seed_index):
    vocabulary = seed_index.vocabulary
    assert emphasis("junta", vocabulary) == 1.0
    assert (
        emphasis("people", vocabulary)
        < emphasis("population", vocabulary)
        < emphasis("junta", vocabulary)
    )
    assert emphasis("2021", vocabulary) == 1.0


def test_unseen_words_weigh_by_rarity(seed_index):
    def weight(word: str) -> float:
        return unseen_weight(word, seed_index.vocabulary)

    assert weight("brazil") > weight("happen") > weight("year")
    assert weight("year") == 0
    assert 0 < weight("iiss") < weight("brazil")


def test_a_follow_up_carries_the_earlier_words_it_lacks_at_a_lower_weight(seed_index):
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    alone = build_query("and China's jets?", analyzer, vocabulary)
    followed = build_query(
        "and China's jets?", analyzer, vocabulary, earlier="who supplies Myanmar's jets? Brazil"
    )
    assert followed.question_terms == alone.question_terms == ("china", "jet")
    assert followed.weights["jet"] == alone.weights["jet"]  # its own word, at full weight
    assert followed.weights["myanmar"] == CARRIED_WEIGHT  # carried, at a share
    assert "brazil" not in followed.weights  # a word the corpus lacks is not carried
    carried = build_query("supplies Myanmar", analyzer, vocabulary)
    assert followed.ideal == pytest.approx(alone.ideal + CARRIED_WEIGHT * carried.ideal)


def test_a_one_following_up_stands_for_the_words_carried(tmp_path):
    # "when was the last one?" after "boeing strike": its "one" found the rail strike's
    # "...one" and no answer; asked alone, it is all the question names
    index = one_article(tmp_path, "It is the first strike at Boeing since 2008. One won.")

    def terms(typed: str, earlier: str = "") -> tuple[str, ...]:
        return build_query(typed, index.analyzer, index.vocabulary, earlier).question_terms

    assert terms("when was the last one?", earlier="boeing strike") == ()
    assert terms("when was the last one?") == ("1",)  # a number, as "one" is read
    assert terms("how many won one?", earlier="boeing strike") == ("win", "1")  # a count, not "one"


def test_a_carried_word_matches_what_it_did_in_the_earlier_question(tmp_path):
    # "uk" read as its words matches Britain, asked or carried ("why did it fall?" after
    # "uk inflation" found nothing: "Lower food prices were the biggest reason for the fall")
    text = (
        "Inflation in Britain fell. Food was the reason for the fall. The United Kingdom's entry."
    )
    index = one_article(tmp_path, text)
    corpus = lookups(index)
    asked = build_query("uk inflation", index.analyzer, index.vocabulary, corpus=corpus)
    followed = build_query(
        "why did it fall?", index.analyzer, index.vocabulary, "uk inflation", corpus
    )
    carried = followed.words[followed.own :]
    assert [w.alternatives.keys() for w in carried] == [w.alternatives.keys() for w in asked.words]
    assert "britain" in carried[0].alternatives and not carried[0].written


def test_a_question_reads_a_few_typos_as_names_parts_at_most(seed_index):
    corpus = lookups(seed_index)
    asked = []

    def beside(word, after):
        asked.append(word)
        return corpus.beside(word, after)

    counted = replace(corpus, beside=beside)
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    junk = " ".join(f"russia {w}" for w in "xkcdq vbnmz qwrtp zxcvb plmkn hjklw".split())
    query = build_query(junk, analyzer, vocabulary, corpus=counted)
    assert len(query.words) == 12 and len(asked) <= 2 * NAME_PARTS_PER_QUESTION
    # Below the bar, each is read: "min aung laing" is Hlaing.
    query = build_query("who is min aung laing", analyzer, vocabulary, corpus=counted)
    assert query.words[-1].read_as == "Hlaing"


def test_an_acronym_typed_in_small_letters_is_the_corpus_acronym(tmp_path):
    # The stemmer reads "osce" as "osc"; the corpus's "OSCE" is the term "osce".
    text = "Observers from the Organization for Security and Co-operation in Europe (OSCE) left."
    index = one_article(tmp_path, text)
    query = build_query("what does osce stand for?", index.analyzer, index.vocabulary)
    assert query.words[0].alternatives == {"osce": query.words[0].alternatives["osce"]}
    assert not answer(index, "what does osce stand for?").missing
    assert answer(index, "what is the osce?").hits


def test_how_old_or_far_asks_a_number_not_the_word_unless_the_corpus_writes_its_noun(tmp_path):
    index = one_article(tmp_path, "Alice Munro has died at the age of 92.")
    asked = build_query("how old was munro?", index.analyzer, index.vocabulary)
    assert asked.question_terms == ("munro",)  # "no article mentions “old”" before
    assert build_query("how far is it?", index.analyzer, index.vocabulary).question_terms == ()
    away = build_query("how far away is munro?", index.analyzer, index.vocabulary)
    assert away.question_terms == ("munro",)  # "far away" asks a distance as "far" does
    # "how long": a length of time, its "long" asked only where an article writes it
    long = build_query("how long did munro get?", index.analyzer, index.vocabulary)
    assert "long" not in long.question_terms
    write(tmp_path, "d.md", "---\ntitle: D\n---\nRussia has long sold jets.")
    index = build_index(tmp_path)
    long = build_query("how long has russia sold jets?", index.analyzer, index.vocabulary)
    assert "long" in long.question_terms  # "Russia has long sold..." may tell it
    # "whose" asks, as "who" does: no word to search for
    whose = build_query("whose fault was it, munro's?", index.analyzer, index.vocabulary)
    assert "whose" not in whose.question_terms
    write(tmp_path, "b.md", "---\ntitle: B\n---\nThe old bridge is 92 years old. It is deep.")
    index = build_index(tmp_path)
    asked = build_query("how old was munro?", index.analyzer, index.vocabulary)
    assert asked.question_terms == ("munro",)  # written elsewhere, still asked in figures
    deep = build_query("how deep is the bridge?", index.analyzer, index.vocabulary)
    assert deep.question_terms == ("bridg",)
    write(tmp_path, "c.md", "---\ntitle: C\n---\nThe river's depth is 9 metres.")
    index = build_index(tmp_path)
    deep = build_query("how deep is the river?", index.analyzer, index.vocabulary)
    assert "deep" in deep.question_terms  # its noun is written: "depth" may match


def test_the_long_of_how_long_counts_at_a_share(tmp_path):
    index = one_article(tmp_path, "The long visit ended. It lasted three hours.")
    analyzer, vocabulary = index.analyzer, index.vocabulary
    # A passage telling how long seldom writes "long" ("...a final that lasted three
    # hours"): it counts for less there than asked otherwise.
    asked = build_query("how long was the visit?", analyzer, vocabulary).weights
    plain = build_query("was the visit long?", analyzer, vocabulary).weights
    assert asked["long"] == pytest.approx(HOW_LONG_WEIGHT * plain["long"])
    assert asked["visit"] == pytest.approx(plain["visit"])


def test_what_members_call_a_survivor_tears_a_black_box_and_a_death_toll(tmp_path):
    text = (
        "The only survivor walked out of the wreckage. Gukesh wept at the board. "
        "Investigators recovered both flight recorders. People were trapped in lifts. "
        "The fires have killed 24 people in Los Angeles. He succeeds Pope Francis. "
        "Officials saw no sign of a cyberattack. Those of several film stars were lost. "
        "Austria won the contest. Rescue teams arrived. The firm was founded by Liang. "
        "Sales rose 18 percent. The state will rebuild the bridge. The ban takes effect in "
        "2025. He refused to concede. The company makes Wegovy. Many corals starve. "
        "Its employees signed a letter. The storm made landfall."
    )
    index = one_article(tmp_path, text)
    for asked, term in (
        ("did anyone survive?", "survivor"),
        ("did he cry?", "weep"),
        ("have the black boxes been found?", "record"),
        ("were people stuck in elevators?", "trap"),
        ("were people stuck in elevators?", "lift"),
        ("la fires death toll", "kill"),
        ("la fires death toll", "angel"),  # "la": Los Angeles, where no article writes "la"
        ("who did he replace?", "succeed"),
        ("was it hackers?", "cyberattack"),
        ("did celebrities lose their homes?", "star"),
        ("eurovision winner", "win"),
        ("did china send rescuers?", "rescu"),
        ("who is the founder?", "found"),
        ("how much did sales grow?", "rise"),
        ("who will pay to fix the bridge?", "rebuild"),
        ("is the ban in force yet?", "effect"),
        ("did simion accept defeat?", "conced"),
        ("which drugmaker makes wegovy?", "compani"),
        ("are coral reefs dying?", "starv"),
        ("how did openai staff react?", "employe"),
        ("where did milton land?", "landfal"),
    ):
        query = build_query(asked, index.analyzer, index.vocabulary, "", lookups(index))
        assert query.weights.get(term, 0) > 0, asked
    # "black" alone is a colour, no recorder; "la" in an article's names is read as written.
    assert "record" not in build_query("black smoke", index.analyzer, index.vocabulary).weights
    write(tmp_path, "b.md", "---\ntitle: B\n---\nBarcelona lead La Liga.")
    index = build_index(tmp_path)
    liga = build_query("la liga", index.analyzer, index.vocabulary, "", lookups(index))
    assert "angel" not in liga.weights and "la" in liga.weights


def test_a_word_asking_who_leads_matches_the_titles_of_heads_and_of_a_country(tmp_path):
    write(
        tmp_path,
        "a.md",
        "---\ntitle: A\n---\nGovernor Kazuo Ueda spoke. The prime minister of Britain spoke.",
    )
    index = build_index(tmp_path)

    def weights(asked: str) -> dict[str, float]:
        return build_query(asked, index.analyzer, index.vocabulary, "", lookups(index)).weights

    for asked in ("who runs the bank?", "who is the head of the bank?", "who runs britain?"):
        assert weights(asked).get("governor", 0) > 0, asked
    # a country's head is its president or a minister too; a bank's is not
    assert weights("who runs britain?").get("minist", 0) > 0
    assert "minist" not in weights("who runs the bank?")
    # ...where it asks who leads, not where the word means something else
    for asked in ("who ran the fastest lap?", "what runs the bank?", "who is the governor?"):
        assert "chairman" not in weights(asked), asked


def test_the_verb_of_how_did_they_react_weighs_little(tmp_path):
    # "responsible" shares a term with "respond": searched whole, it left every sentence
    # naming China under the bar ("no article naming “china” answers it")
    index = one_article(tmp_path, "China said it would fight back. Nobody was responsible.")

    weights = partial(_weights, index)

    reacted = weights("how did china respond?")
    assert reacted["respons"] == pytest.approx(REACTION_WEIGHT * weights("respond")["respons"])
    reacted = weights("did china respond?")  # ...and whether they did
    assert reacted["respons"] == pytest.approx(REACTION_WEIGHT * weights("respond")["respons"])
    assert reacted["china"] == weights("china?")["china"]
    # ...asked otherwise, it is a word like another
    assert weights("what was china's response?")["respons"] == weights("response")["respons"]


def test_the_words_asking_who_objects_weigh_little(tmp_path):
    # news tells an objection in words of its own ("Tech companies said the law had been
    # rushed through..."): the subject finds the article
    index = one_article(tmp_path, "Critics opposed the ban. The ban began.")
    weights = partial(_weights, index)
    asked = weights("who criticised the ban?")
    assert asked["critic"] == pytest.approx(REACTION_WEIGHT * weights("criticised")["critic"])
    assert asked["ban"] == weights("ban?")["ban"]
    assert weights("who opposes it?")["oppos"] < weights("opposes")["oppos"]
    # ...asked otherwise, a word like another
    assert weights("what did critics blame?")["critic"] == weights("critics")["critic"]


def test_the_word_asking_whether_it_harms_weighs_little(tmp_path):
    # news tells it by the harm ("is mpox dangerous?": "...537 deaths have been reported")
    index = one_article(tmp_path, "The virus is dangerous. The virus spread.")
    weights = partial(_weights, index)
    asked = weights("is the virus dangerous?")
    assert asked["danger"] == pytest.approx(REACTION_WEIGHT * weights("dangerous")["danger"])
    assert asked["virus"] == weights("virus?")["virus"]
    assert weights("what is a dangerous virus?")["danger"] == weights("dangerous")["danger"]


def test_the_words_asking_what_is_done_against_it_weigh_little(tmp_path):
    # news tells it by the deed ("...have carried out air strikes on Houthi targets"):
    # "has anyone tried to stop the houthis?" found no answer, the article holding
    # "houthis" alone of the question
    index = one_article(tmp_path, "Rebels tried to stop ships. The rebels fired missiles.")
    weights = partial(_weights, index)
    asked = weights("has anyone tried to stop the rebels?")
    assert asked["stop"] == pytest.approx(REACTION_WEIGHT * weights("stop")["stop"])
    assert asked["tri"] == pytest.approx(REACTION_WEIGHT * weights("tried")["tri"])
    assert asked["rebel"] == weights("rebels?")["rebel"]
    # ...asked otherwise, words like others
    assert weights("why did the ships stop?")["stop"] == weights("stop")["stop"]


def test_a_measure_asked_by_its_name_is_how_it_asks(tmp_path):
    # "titan depth": the answer says "some 3,800 metres down", not "depth"
    index = one_article(tmp_path, "The Titan lies deep. The quake struck at a depth of 35 km.")
    weights = partial(_weights, index)
    (depth,) = index.analyzer.analyze("depth")
    assert weights("titan depth")[depth] == pytest.approx(HOW_LONG_WEIGHT * weights("depth")[depth])
    assert weights("what was the depth of the wreck?")[depth] < weights("depth")[depth]
    # ...asked otherwise, it is a word like another
    assert weights("how does depth matter?")[depth] == weights("depth")[depth]


def test_the_verb_of_where_was_it_held_is_how_it_asks(tmp_path):
    # "...to win the Copa America final in Miami" places it without "played": searched
    # whole, the verb left "where was it played?" after "copa final" unanswered
    index = one_article(tmp_path, "The final was held in Miami. They played well. It took place.")
    weights = partial(_weights, index)
    (held,) = index.analyzer.analyze("held")
    (played,) = index.analyzer.analyze("played")
    assert weights("where was it held?")[held] == pytest.approx(
        HOW_LONG_WEIGHT * weights("held")[held]
    )
    assert weights("where was the final played?")[played] < weights("played")[played]
    assert weights("where did it take place?")["place"] < weights("place")["place"]
    # ...asked otherwise, it is a word like another: "where did they play?" asks for whom
    assert weights("where did they play?")[played] == weights("play")[played]
    assert weights("who played in the final?")[played] == weights("played")[played]


def test_a_follow_up_asking_where_it_was_played_is_told_by_its_opening(all_news):
    found = first_following(all_news, "where was it played?", "copa final", "final.md")
    assert found.startswith("Argentina beat Brazil 4-3 on penalties")
    # ...and where one is based, its article writing no "based" (it said no answer)
    found = first_following(all_news, "where is it based?", "deepseek", "deepseek.md")
    assert found.startswith("The sell-off was set off by DeepSeek, a little-known Chinese")
    # ...and which city hosted it ("Switzerland hosted because Nemo won...", a country,
    # came first), not which country did
    found = first_quoted(all_news, "which city hosted eurovision?")
    assert found.startswith("Austria won the Eurovision Song Contest in Basel"), found
    found = first_quoted(all_news, "which country hosted eurovision?")
    assert found.startswith("Switzerland hosted"), found


def test_who_makes_it_is_told_by_its_makers_name_owning_it(all_news):
    # the headset's article writes no verb of making: "makes" left it under the bar, and
    # no answer came
    found = first_following(all_news, "who makes it?", "headset", "headset.md")
    assert found.startswith("Apple's Vision Pro headset went on sale")
    # ...and where a sentence writes the verb, it still tells it, first (the verb weighing
    # little, the opening came first after "did people quit the drug?")
    earlier = "tell me about the wegovy heart study → did people quit the drug?"
    found = first_following(all_news, "who makes it?", earlier, "wegovy.md")
    assert found.startswith("The trial was paid for by Novo Nordisk, the Danish company")
    assert first_quoted(all_news, "who makes ixchiq?").startswith("The vaccine, called Ixchiq")


def test_the_verb_of_did_anyone_survive_weighs_little(tmp_path):
    # news tells whether they lived by their deaths as often: searched whole, "survive"
    # left the Titan's sentences under the bar ("no article naming “titan” answers it")
    index = one_article(tmp_path, "The five aboard the Titan were killed. Two survived.")
    weights = partial(_weights, index)
    (survive,) = index.analyzer.analyze("survive")
    asked = weights("did anyone survive the titan?")
    assert asked[survive] == pytest.approx(SURVIVAL_WEIGHT * weights("survive")[survive])
    # ...asked otherwise, it is a word like another
    assert weights("how many survived?")[survive] == weights("who survived?")[survive] > 0.9


@pytest.mark.parametrize(
    "text, question, term",
    [
        # "Wildfires driven by hurricane-force winds...", "A second blaze, the Eaton fire"
        ("Wildfires have killed 24 people.", "what's happening with the la fires?", "wildfir"),
        ("A second blaze burned.", "what's happening with the la fires?", "blaze"),
        # "The US Navy later said it had detected a sound consistent with an implosion"
        ("The Navy detected a sound.", "did the navy hear the titan implode?", "detect"),
        ("The sub imploded: an implosion.", "did the navy hear the titan implode?", "implos"),
        # "...complained that the headset was heavy"
        ("Reviewers complained that it was heavy.", "any complaints?", "complain"),
        # "...hackers had stolen some personal data of its customers"
        ("Hackers stole personal data.", "what personal info did m&s lose?", "data"),
        # "...had gathered chemicals at his home"
        ("He had gathered chemicals.", "what did the suspect collect?", "gather"),
        # "...after colliding with a coast guard aircraft"
        ("The jet collided with a plane.", "what hit the plane?", "collid"),
        # "The regional government has been criticised for sending its alert only at 8 pm"
        ("The government was criticised.", "who's to blame?", "critic"),
        # "Valneva said it expected to launch the vaccine ... early next year"
        ("Valneva expects to launch it next year.", "when will it be available?", "launch"),
        # "Scientists said warmer seas ... had made such downpours ... heavier"
        ("Such downpours are heavier now.", "why was there so much rain?", "downpour"),
        # "The legislature ... is principally composed of the European Parliament and..."
        ("It is composed of two bodies.", "what is it comprised of?", "compos"),
        # "Culture Minister Rachida Dati said the jewels were of 'inestimable' heritage value"
        ("The jewels were of inestimable value.", "what was the jewellery worth?", "jewel"),
        # a keeper of a football match's is its goalkeeper
        ("Goalkeeper Emiliano Martinez saved two penalties.", "who was the keeper?", "goalkeep"),
        # a city's people are of the city ("Some residents protested, saying the fee turned
        # Venice into a theme park")
        ("The fee turned Venice into a theme park.", "why are venetians protesting?", "venic"),
        # "Venice began charging day visitors a five-euro fee..."
        ("Venice charges a five-euro fee.", "whats the deal with the venice tax", "fee"),
        # "Shares ... have fallen about 12 percent..., wiping around 1 billion pounds off its
        # market value"
        ("It wiped 1 billion pounds off its value.", "how much did they lose?", "wipe"),
        # "...the sky went dark ..., and temperatures dropped by several degrees"
        ("Temperatures dropped by two degrees.", "was it cold?", "temperatur"),
        # "South Korean President Yoon Suk Yeol lifted martial law early on Wednesday..."
        ("Yoon lifted martial law.", "how did martial law end?", "lift"),
        # "The cause of the fire of April 2019 has never been established..."
        ("The fire of April 2019 was an accident.", "when did notre dame burn?", "fire"),
        # "Parents and children will not be punished for breaking the rules"
        ("Firms are fined. Children are not punished.", "will kids get fined?", "punish"),
        ("Firms are fined. Children are not punished.", "was google punished?", "fine"),
        # "Sam Bankman-Fried ... was sentenced on Thursday to 25 years in prison"
        ("He was sentenced to 25 years in prison.", "is sbf going to jail", "prison"),
        # "Around 15 gigawatts of generation ... vanished from the grid within five seconds"
        ("Power vanished from the grid.", "how much power disappeared?", "vanish"),
        # "Insurers have raised war-risk premiums for ships crossing the Red Sea..."
        ("Insurers raised premiums.", "how much are insurers charging?", "premium"),
    ],
)
def test_a_word_asked_is_found_by_its_synonym(tmp_path, text, question, term):
    assert 0 < _weights(one_article(tmp_path, text), question)[term] < 1


@pytest.mark.parametrize(
    "text, question, term",
    [
        ("FTX collapsed in November 2022.", "when did ftx go bust?", "collaps"),
        ("Milton made landfall near Siesta Key.", "where did milton come ashore?", "landfal"),
        # "what was wrong?" after Voyager 1's news
        ("Engineers traced the problem to a chip.", "what was wrong?", "problem"),
        ("Critics blamed solar power.", "whose fault was the blackout?", "blame"),
        # "Goalkeeper Emiliano Martinez saved two penalties in the shoot-out..."
        ("Goalkeeper Martinez saved two penalties.", "who was in goal?", "goalkeep"),
        # "About 106,000 hibakusha are still alive, with an average age of 85"
        ("About 106,000 are still alive.", "how many survivors are left?", "aliv"),
        # "The detour around southern Africa adds roughly 10 days and about 6,000 kilometres"
        ("The detour adds 6,000 kilometres.", "how many extra kilometres is the route?", "add"),
        ("The detour adds 6,000 kilometres.", "how many extra kilometres is the route?", "detour"),
        ("Its market value climbed to 3.34 trillion.", "nvidia market cap?", "valu"),
        # the seed's "...signed an agreement to develop nuclear power"
        ("They agreed to develop nuclear power.", "are they building nuclear plants?", "power"),
        # "Small island states criticised the agreement as too weak", the negation typed
        # with its apostrophe or without
        ("Island states criticised it.", "who didn't like the deal?", "critic"),
        ("Island states criticised it.", "who didnt like it?", "critic"),
        ("Island states criticised it.", "why were island states unhappy?", "critic"),
        ("Saudi Arabia had opposed it.", "who was against the deal?", "oppos"),
        # "The cause of the fires is still under investigation"
        ("The cause of the fires is unknown.", "what started the fires?", "caus"),
        # "Intel said ... it would cut ... about 15,000 jobs" (job: layoff)
        ("Intel will cut 15,000 jobs.", "why is intel firing people?", "job"),
        # Europe's worst blackouts, and no rate cut
        ("One of Europe's worst blackouts.", "what caused the power cut?", "blackout"),
        ("One of Europe's worst blackouts.", "was the power outage long?", "blackout"),
        ("One of Europe's worst blackouts.", "how long was the power out?", "blackout"),
        # "done" alone asks nothing; "be done", whether it is finished
        ("The cuts will be completed by December.", "when will they be done?", "complet"),
        # where the most died: "Most of the dead were in towns south of the city of Valencia"
        ("Most of the dead were in Paiporta.", "which city was worst hit?", "dead"),
        ("Most of the dead were in Paiporta.", "which town was hardest hit?", "dead"),
        # a share asked so is a part: "...won ... with 53.6 percent of the vote"
        ("Dan won 53.6 percent of the vote.", "what share?", "percent"),
        ("Dan won 53.6 percent of the vote.", "what was his vote share?", "percent"),
        # what is charged is what it costs, asked a price
        ("The device costs 3,499 dollars.", "how much did apple charge for it?", "cost"),
    ],
)
def test_an_idiom_asked_is_found_by_its_meaning(tmp_path, text, question, term):
    assert _weights(one_article(tmp_path, text), question)[term] > 0


def test_a_heat_wave_is_heat_not_waves(tmp_path):
    index = one_article(tmp_path, "Most died in extreme heat. No large waves were observed.")
    words = build_query("tell me about the heat wave", index.analyzer, index.vocabulary).words
    wave = next(w for w in words if w.written == "wave")
    assert "heat" in wave.alternatives  # a sentence saying "heat" holds the whole question
    # ...typed whole, read apart ("heatwave": "heat wave")
    words = build_query("how many died in the heatwave", index.analyzer, index.vocabulary).words
    assert all("heat" in w.alternatives for w in words if w.written == "heatwave")


def test_a_word_itself_is_its_terms_at_its_best_weight():
    word = Word({"nuclear": 1.0, "atom": 0.4, "atomic": 1.0}, importance=1.0)
    assert word.itself == ["nuclear", "atomic"]
    assert Word({}, importance=0.0).itself == []


@pytest.mark.parametrize(
    "question, first, other_way, unasked",
    [
        # "who lost power in spain?" quoted "Power began returning in the north and south
        # of Spain...", the opening writing "lost electricity"
        (
            "who lost power in spain?",
            "Almost all of Spain and Portugal lost electricity",
            "was there electricity?",
            "power",
        ),
        # it quoted the opening ("...went on sale..."), the price under the bar; a charge
        # finds a cost only where a price is asked
        (
            "how much did apple charge for vision pro?",
            "The device, which blends digital content",
            "what was sbf charged with?",
            "cost",
        ),
        # it found no answer: no article writes "scare"
        (
            "why did deepseek scare investors?",
            "Investors feared that if powerful AI",
            "what do investors fear?",
            "scare",
        ),
        # ...nor "spike" (its cause, as why it rose)
        (
            "what led to the cocoa price spike?",
            "Poor harvests in Ivory Coast and Ghana",
            "why did cocoa prices rise?",
            "spike",
        ),
        # it quoted Hurts, "the game's most valuable player"; a performance asked is no
        # match played
        (
            "who played the half-time show?",
            "Kendrick Lamar performed at the half-time show",
            "who performed at the super bowl?",
            "play",
        ),
    ],
)
def test_a_word_asked_finds_another_not_the_other_way(
    all_news, question, first, other_way, unasked
):
    found = answer(all_news, question).hits[0].passage.text
    assert found.startswith(first), found
    query = build_query(other_way, all_news.analyzer, all_news.vocabulary)
    assert unasked not in query.weights


def test_a_word_denied_by_un_is_found_where_the_corpus_says_not_so(all_news):
    # "how many pilgrims were unregistered?": no article writes "unregistered"
    found = answer(all_news, "how many pilgrims were unregistered?").hits
    assert found and found[0].passage.text.startswith("Saudi health minister"), found
    # ...only where some passage writes "not" before it: no unhappiness in "Happy Shades"
    assert not answer(all_news, "was munro unhappy?").hits


def test_a_strike_asked_is_no_attack_but_an_attack_finds_strikes(all_news):
    # "did the strike end?" quoted "The bombs dropped by the United States in August 1945
    # killed ... by the end of that year": news writes a walkout's strike as often
    found = answer(all_news, "did the strike end?").hits[0].passage.text
    assert "strike" in found and not found.startswith("The bombs dropped")
    query = build_query("did the strike end?", all_news.analyzer, all_news.vocabulary)
    assert "bomb" not in query.weights
    # ...while bombing asked still finds "air strikes" ("...continued in some regions")
    query = build_query("did they keep bombing?", all_news.analyzer, all_news.vocabulary)
    assert query.weights.get("strike", 0) > 0


def test_avoiding_finds_a_diversion_not_the_other_way(all_news):
    # "no article mentions “avoiding”": "Shipping giants divert vessels around Africa..."
    found = answer(all_news, "why are ships avoiding the red sea?")
    assert found.hits[0].passage.text.startswith("Maersk and Hapag-Lloyd said on Friday")
    assert not found.missing
    query = build_query("why were the ships diverted?", all_news.analyzer, all_news.vocabulary)
    assert "avoid" not in query.weights


def test_what_is_his_job_after_who_is_x_is_told_by_their_title(all_news):
    # "job" weighs as how it asks: it said no answer (Intel's "...about 15,000 jobs" weighed
    # against the name carried)
    found = first_following(all_news, "what is his job?", "who is nicusor dan?", "x.md")
    assert found.startswith("Nicusor Dan, the centrist mayor of Bucharest"), found


def test_what_one_asks_for_is_told_by_what_they_urged(tmp_path):
    # "The envoy urged all sides to protect Chinese investment projects", not the lede's
    # talks
    index = over_news(tmp_path, "distractors")
    found = first_quoted(index, "what did china's envoy ask for?")
    assert found.startswith("The envoy urged all sides"), found


def test_fatalities_are_the_dead(all_news):
    # "...have killed at least 211 people" or "...at least 62 people died", not "It is the
    # first fatal crash of a 787..." (was no answer: no article naming "valencia" held
    # "fatal")
    found = first_quoted(all_news, "how many fatalities were there in valencia?")
    assert "Valencia" in found and ("died" in found or "killed" in found), found


def test_a_surge_is_a_rise(all_news):
    # "The chipmaker's shares rose 3.5 percent..." (was no answer: no article says "surge")
    found = first_quoted(all_news, "how much did nvidia shares surge?")
    assert found.startswith("The chipmaker's shares rose 3.5 percent"), found


def test_who_voted_for_a_law_is_told_by_its_passing(all_news):
    # "Australia's parliament has passed a law banning children under 16...", not
    # Eurovision's "...who topped the public vote"
    found = first_quoted(all_news, "who voted for the ban?")
    assert found.startswith("Australia's parliament has passed a law"), found
