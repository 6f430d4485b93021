import numpy as np
import pytest

from index.build import build_index
from index.lookups import lookups
from index.query import build_query
from index.ranking import rank
from index.rerank import DEPTH, FEATURES, features, names_someone_new, rerank
from index.rerank_weights import WEIGHTS
from tests.conftest import write


def _features(index, question: str, earlier: str = "") -> dict[str, dict[str, float]]:
    """Each candidate's text -> its features by name."""
    query = build_query(question, index.analyzer, index.vocabulary, earlier, lookups(index))
    ranked = rank(index, query, DEPTH)
    rows = features(index, query, question, ranked)
    return {
        index.passages.text(r.number): dict(zip(FEATURES, row.tolist(), strict=True))
        for r, row in zip(ranked, rows, strict=True)
    }


def test_the_shipped_weights_are_those_of_the_features():
    assert list(WEIGHTS) == list(FEATURES)
    assert all(np.isfinite(w) for w in WEIGHTS.values())


def test_what_is_asked_for_is_looked_for_among_the_candidates(tmp_path):
    write(
        tmp_path,
        "war.md",
        "The French army marched to the fort in spring.\n\n"
        "The French army held the fort with 3,600 men.\n\n"
        "The French army reached the fort in 1758.",
    )
    index = build_index(tmp_path)
    how_many = _features(index, "How many men were in the French army at the fort?")
    assert how_many["The French army held the fort with 3,600 men."]["number"] == 1
    assert how_many["The French army marched to the fort in spring."]["number"] == 0
    when = _features(index, "When did the French army reach the fort?")
    assert when["The French army reached the fort in 1758."]["when"] == 1
    assert when["The French army held the fort with 3,600 men."]["when"] == 0
    # A price asked asks a number too.
    price = _features(index, "What was the price of the French army's fort?")
    assert price["The French army held the fort with 3,600 men."]["number"] == 1
    # So does a quantity asked by its name ("what is the population of...").
    size = _features(index, "What was the size of the French army at the fort?")
    assert size["The French army held the fort with 3,600 men."]["number"] == 1
    assert (
        _features(index, "What was the French army's fort?")[
            "The French army held the fort with 3,600 men."
        ]["number"]
        == 0
    )
    # A number the question gives is no answer to it.
    given = _features(index, "How many men held the fort with 3,600 men?")
    assert given["The French army held the fort with 3,600 men."]["number"] == 0
    # "Thousands" is one too: "how many people died in the civil war?" is answered by
    # "...thousands of civilian deaths...", not by a Huguenot civil war without a count.
    write(tmp_path, "deaths.md", "The civil war left thousands of French soldiers dead.")
    index = build_index(tmp_path)
    died = _features(index, "How many French soldiers died in the civil war?")
    assert died["The civil war left thousands of French soldiers dead."]["number"] == 1


def test_a_word_read_as_a_name_is_exact_where_the_name_is_written(tmp_path):
    # "the general" is General Min Aung Hlaing: a sentence naming him without the title
    # holds the word as it was read, as a mended typo's word is where it is written.
    text = "General Min Aung Hlaing flew to Moscow.\n\nA band greeted Min Aung Hlaing there."
    write(tmp_path, "a.md", text)
    index = build_index(tmp_path)
    greeted = "A band greeted Min Aung Hlaing there."
    for question, share in (
        ("who greeted the general?", 1.0),
        ("who greated min aung hlaing?", 1.0),
    ):
        query = build_query(question, index.analyzer, index.vocabulary, "", lookups(index))
        assert any(w.read_as for w in query.words), question
        ranked = rank(index, query, DEPTH)
        rows = features(index, query, question, ranked)
        exact = {
            index.passages.text(r.number): row[FEATURES.index("exact")]
            for r, row in zip(ranked, rows, strict=True)
        }
        assert exact[greeted] == pytest.approx(share), question


def test_a_name_the_question_lacks_answers_who(tmp_path):
    write(
        tmp_path,
        "a.md",
        "Myanmar buys most of its jets abroad. The jets of Myanmar come from Russia.",
    )
    found = _features(build_index(tmp_path), "who sells jets to myanmar")
    # "Myanmar" is named by the question, whatever its case; "Russia" is not.
    assert found["The jets of Myanmar come from Russia."]["who"] == 1
    assert found["Myanmar buys most of its jets abroad."]["who"] == 0
    # Asking a name asks the same: "what is the name of ...".
    named = _features(build_index(tmp_path), "what is the name of the jets' seller")
    assert named["The jets of Myanmar come from Russia."]["who"] == 1


def test_a_full_name_the_question_and_the_one_it_follows_lack_answers_who(tmp_path):
    write(
        tmp_path,
        "a.md",
        "South Korean President Yoon Suk Yeol declared martial law. It was the first time"
        " martial law was declared in South Korea since 1980.",
    )
    found = _features(
        build_index(tmp_path), "who declared it?", "did south korea declare martial law?"
    )
    # South Korea is named by the question followed up; Yoon Suk Yeol, beside it, is not
    assert (
        found["It was the first time martial law was declared in South Korea since 1980."][
            "who_name"
        ]
        == 0
    )
    assert found["South Korean President Yoon Suk Yeol declared martial law."]["who_name"] == 1


def test_paragraph_neighbours_and_written_words_are_measured(tmp_path):
    write(
        tmp_path,
        "a.md",
        "Marin was given command of the expedition.\n"
        "His orders were to protect the valley.\n\n"
        "The expedition ordered supplies.",
    )
    index = build_index(tmp_path)
    found = _features(index, "What were Marin's orders on the expedition?")
    orders = found["His orders were to protect the valley."]
    supplies = found["The expedition ordered supplies."]
    assert orders["prev_cov"] > 0  # the sentence before names Marin and the expedition
    assert supplies["prev_cov"] == 0  # first of its paragraph
    assert orders["first"] == 0 and supplies["first"] == 1
    # Its paragraph holds every question word; the other one's lacks Marin.
    assert orders["para_cov"] > supplies["para_cov"]


def test_words_read_from_one_written_word_are_held_only_together(tmp_path):
    write(
        tmp_path,
        "a.md",
        "The United Nations condemned the visit.\n\nThe two nations praised the visit.\n\n"
        "Officials praised the visit.",
    )
    found = _features(build_index(tmp_path), "what did the UN say about the visit?")
    assert found["The United Nations condemned the visit."]["own_cov"] == 1.0
    # "nations" alone is no UN: that sentence holds as much of the question as the visit.
    visit = found["Officials praised the visit."]["own_cov"]
    assert 0 < found["The two nations praised the visit."]["own_cov"] == pytest.approx(visit)


def test_words_written_as_asked_count_beyond_their_stems(tmp_path):
    write(tmp_path, "a.md", "The old pilots flew north.\n\nAn old pilot flies north.")
    found = _features(build_index(tmp_path), "where old pilots flew")
    assert found["The old pilots flew north."]["exact"] == 1.0
    assert 0 < found["An old pilot flies north."]["exact"] < 1.0  # "old" alone


def test_a_symbol_read_as_a_word_is_no_written_word(tmp_path):
    write(tmp_path, "a.md", "Prices rose 5% in May.\n\nPrices rose 5 percent in June.")
    found = _features(build_index(tmp_path), "did prices rise 5%?")
    assert set(found) == {"Prices rose 5% in May.", "Prices rose 5 percent in June."}
    assert found["Prices rose 5 percent in June."]["exact"] < 1.0  # "percent" not written


def test_rerank_orders_the_first_candidates_only(tmp_path):
    sentences = [f"Sentence {n} names the jet and the pilot." for n in range(DEPTH + 5)]
    sentences[3] = "In 1990 the jet was flown by the pilot."
    write(tmp_path, "a.md", " ".join(sentences))
    index = build_index(tmp_path)
    question = "when was the jet flown by the pilot"
    query = build_query(question, index.analyzer, index.vocabulary)
    ranked = rank(index, query, DEPTH + 5)
    assert len(ranked) == DEPTH + 5
    unchanged = rerank(index, query, question, ranked, weights={})
    assert unchanged == ranked  # no weights: rank()'s order
    only_when = rerank(index, query, question, ranked, weights={"when": 1.0})
    assert index.passages.text(only_when[0].number) == sentences[3]
    assert sorted(only_when[:DEPTH], key=ranked.index) == ranked[:DEPTH]
    assert only_when[DEPTH:] == ranked[DEPTH:]


def test_a_word_its_article_is_about_counts_for_each_of_its_sentences(tmp_path):
    write(
        tmp_path,
        "jets.md",
        "---\ntitle: Thailand picks Gripen jets\n---\n"
        "Thailand has chosen Gripen jets over F-16s.\n\n"
        "The deal is worth about 600 million dollars. Pilots will train in Sweden.",
    )
    write(
        tmp_path,
        "other.md",
        "---\ntitle: Trade\n---\nA trade deal was signed in Oslo. Fish prices rose. "
        "Ports were busy. Ships came in.",
    )
    index = build_index(tmp_path)
    found = _features(index, "what is the gripen deal worth")
    # The title and every sentence saying "Gripen" are that article's: its later
    # sentences speak of the jets without naming them.
    assert found["The deal is worth about 600 million dollars."]["subject"] > 0
    assert found["Thailand has chosen Gripen jets over F-16s."]["subject"] == 0  # it says it
    assert found["A trade deal was signed in Oslo."]["subject"] == 0
    # A corpus of one article is about everything: no word is its subject.
    (tmp_path / "other.md").unlink()
    alone = _features(build_index(tmp_path), "what is the gripen deal worth")
    assert all(f["subject"] == 0 for f in alone.values())


def test_a_word_begun_as_a_question_word_the_sentence_lacks_counts(tmp_path):
    # Forms the stemmer keeps apart: "Frenchmen" for "French", "Normandy" for "Normans".
    write(
        tmp_path,
        "war.md",
        "About 3,600 Frenchmen won the battle at the fort.\n\n"
        "The French army won a battle at the fort.\n\n"
        "The British army lost a battle at the lake.",
    )
    index = build_index(tmp_path)
    found = _features(index, "How many Frenchmen won the battle?")
    assert found["The French army won a battle at the fort."]["prefix"] > 0
    assert found["About 3,600 Frenchmen won the battle at the fort."]["prefix"] == 0  # held
    assert found["The British army lost a battle at the lake."]["prefix"] == 0


def test_a_new_name_is_one_past_the_first_word_or_opening_it_before_a_comma():
    asked = "who leads the congress party?"
    assert names_someone_new("Rahul Gandhi, the Congress leader, said it.", asked)
    assert names_someone_new("The partners, led by Chandrababu Naidu, met.", asked)
    # a capitalised opening with no comma may be no name ("The Court of Justice ruled")
    assert not names_someone_new("Congress Party officials said so.", asked)
    # ...nor one the question names
    assert not names_someone_new("Congress Party, the opposition, said so.", asked)
    # ...a clause's function word before it aside ("When Albert Einstein formulated...":
    # the name was read with "When" and so as none)
    asked = "who first showed newton's theory was wrong?"
    assert names_someone_new(" When Albert Einstein formulated his theory, he saw it.", asked)
    assert not names_someone_new(" As The Kremlin said, it was so.", asked)  # one word left
