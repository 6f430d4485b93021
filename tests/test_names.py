from index.names import beside, spelled_by, titled_name
from index.strings import Strings


def test_the_name_an_acronym_spells_passes_over_small_words_and_is_the_most_written():
    texts = Strings.pack(
        [
            "A researcher at the International Institute for Strategic Studies said so.",
            "The Food and Agriculture Organization met the Federal Aviation Office.",
            "Food and Agriculture Organization experts came.",
            "A research letter from the Institute.",
        ]
    )
    assert spelled_by(texts, "IISS") == "International Institute for Strategic Studies"
    assert spelled_by(texts, "iiss") == "International Institute for Strategic Studies"
    assert spelled_by(texts, "FAO") == "Food and Agriculture Organization"  # twice, not once
    assert spelled_by(texts, "NATO") == ""
    assert spelled_by(texts, "ÉTA") == ""  # letters beyond ASCII spell nothing here


def test_where_no_name_spells_an_acronym_a_letter_inside_may_be_a_small_word_of_a_whole_name():
    texts = Strings.pack(
        [
            "The Bank of Japan raised rates. Bank of Japan officials spoke.",
            "Troops fought the Battle of Jumonville Glen.",
            "The Department of Justice and the Bureau of Justice Statistics.",
        ]
    )
    assert spelled_by(texts, "boj") == "Bank of Japan"
    assert spelled_by(texts, "DoJ") == "Department of Justice"
    assert spelled_by(texts, "BJS") == "Bureau of Justice Statistics"  # passed over, as before
    assert spelled_by(texts, "BoJG") == "Battle of Jumonville Glen"
    assert spelled_by(texts, "OJ") == ""  # no letter inside to read as a small word
    battle = Strings.pack(["Troops fought the Battle of Jumonville Glen."])
    assert spelled_by(battle, "boj") == ""  # the name goes on: it spells BoJG


def test_a_name_is_whole_words_in_one_passage():
    texts = Strings.pack(
        [
            "He met the BigInternational Institute for Strategic Studies team.",  # in a word
            "Talks at the International Institute",  # a passage ends, the next begins:
            "Strategic Studies came later.",  # their texts lie side by side in the table
            "Médecins Sans Frontières said the Islamic State Party had left.",
        ]
    )
    assert spelled_by(texts, "IISS") == ""
    assert spelled_by(texts, "MSF") == "Médecins Sans Frontières"
    assert spelled_by(texts, "ISP") == "Islamic State Party"
    assert spelled_by(texts, "SP") == "State Party"


def test_the_name_a_title_goes_with_is_the_one_most_of_its_mentions_name():
    texts = Strings.pack(
        [
            "Senior General Min Aung Hlaing arrived.",
            "The general left. General Min Aung Hlaing spoke.",
            "Kremlin spokesman Dmitry Peskov said no.",
            "The General Assembly met.",
        ]
    )
    assert titled_name(texts, "general") == "Min Aung Hlaing"  # 2 of 3 "General ..."
    assert titled_name(texts, "spokesman") == "Dmitry Peskov"  # a role in small letters
    assert titled_name(texts, "king") == ""
    bodies = Strings.pack(["The General Assembly met.", "General Motors", "General Min Aung"])
    assert titled_name(bodies, "general") == ""  # 1 of 3: no one general is meant
    # A name whose last word is no surname is left out of the count.
    said = ["See the General Decimal Arithmetic Specification."] * 2 + ["General Min Aung Hlaing"]
    assert titled_name(Strings.pack(said), "general") == "Decimal Arithmetic Specification"
    surname = lambda word: word != "Specification"  # noqa: E731
    assert titled_name(Strings.pack(said), "general", surname) == "Min Aung Hlaing"


def test_the_words_beside_a_name_part_are_the_capitalised_ones_written_next_to_it():
    texts = [
        "General Min Aung Hlaing met Aung San Suu Kyi's allies.",
        "Min Aung Hlaing's trip. AUNG SAN said nothing. The aung left.",
        "Aung\tHlaing again; Aung, Hlaing; Aungs Hlaing.",
    ]
    assert beside(texts, "aung", after=True) == {"Hlaing": 3, "San": 1, "SAN": 1}
    assert beside(texts, "hlaing", after=False) == {"Aung": 3, "Aungs": 1}
    assert beside(texts, "kyi", after=False) == {"Suu": 1}  # "Kyi's" is Kyi
    assert beside(texts, "left", after=False) == {} and beside(texts, "U.N.", True) == {}
