import pytest

from index.query import CARRIED_WEIGHT, build_query, emphasis, unseen_weight


def test_question_words_become_weighted_terms(seed_index):
    query = build_query("who supplies Myanmar's jets?", seed_index.analyzer, seed_index.vocabulary)
    assert query.question_terms == ("suppli", "myanmar", "jet")
    assert query.weights["suppli"] == 1.0 and query.weights["jet"] == 1.0
    assert 0 < query.weights["fighter"] < 1  # a synonym of "jet", weighted down


def test_a_question_in_capitals_reads_as_its_words_but_the_acronyms_the_corpus_holds(
    seed_index,
):
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    shouted = build_query("WHO SUPPLIES MYANMAR'S JETS?", analyzer, vocabulary)
    assert shouted.question_terms == ("suppli", "myanmar", "jet")  # WHO: who, a stop word
    assert [w.written for w in shouted.words] == ["SUPPLIES", "MYANMAR'S", "JETS"]
    assert [t.term for t in shouted.read] == list(shouted.question_terms)
    # The corpus writes MRTV: a word it holds as an acronym stays one.
    assert build_query("what did MRTV say", analyzer, vocabulary).question_terms == (
        "mrtv",
        "say",
    )
    # An acronym English and the corpus lack stays as typed, and is said to be missing.
    assert build_query("IISS", analyzer, vocabulary).words[0].alternatives == {}


def test_a_typo_of_a_stop_word_is_left_out_as_the_stop_word(seed_index):
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    plain = build_query("what did the Kremlin say", analyzer, vocabulary)
    for typed in ("waht did teh Kremlin say", "wht did hte Kremlin say"):
        assert build_query(typed, analyzer, vocabulary).question_terms == plain.question_terms
    # A word of English ("doe", "fro") is no typo; asked alone, one is named as missing.
    assert build_query("doe", analyzer, vocabulary).question_terms == ("doe",)
    assert build_query("what is nro", analyzer, vocabulary).question_terms == ("nro",)


def test_words_that_ask_the_bot_are_left_out(seed_index):
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    for typed in ("give me info on sanctions", "show us the details of the sanctions"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("sanction",), typed
    for typed in ("Russia vs China", "the difference between Russia and China"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("russia", "china")
    for typed in ("what does junta mean?", "define junta", "meaning of junta"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("junta",), typed
    mean = build_query("the mean temperature", analyzer, vocabulary).question_terms
    assert mean == ("mean", "temperatur")  # an average, not a word's meaning
    # Alone, they are asked as words (and said to be missing where no article has them).
    assert build_query("compare", analyzer, vocabulary).question_terms == ("compar",)
    # Not before the words they pair with, they are the news's words.
    given = build_query("what did Myanmar give Russia", analyzer, vocabulary)
    assert given.question_terms == ("myanmar", "give", "russia")
    assert build_query("information", analyzer, vocabulary).question_terms == ("inform",)


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


def test_real_words_are_never_taken_for_typos(seed_index):
    # "bread" is one edit from the corpus word "broad", but English knows it.
    query = build_query("bread", seed_index.analyzer, seed_index.vocabulary)
    assert query.weights == {}
    assert query.ideal > 0  # and it weighs against answering


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
