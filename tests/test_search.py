from index.build import open_index
from index.query import build_query
from tests.conftest import write


def ranked_texts(index, question: str) -> list[str]:
    query = build_query(question, index.analyzer, index.vocabulary)
    return [index.passages[r.number].text for r in index.rank(query, 5)]


def test_an_article_about_the_subject_beats_a_lone_matching_sentence(tmp_path):
    write(tmp_path, "recipes.md", "Jets of water clean the kitchen floor.")
    write(
        tmp_path,
        "myanmar.md",
        "Myanmar buys weapons abroad. Its air force flies old jets. Russia supplies the junta.",
    )
    texts = ranked_texts(open_index(tmp_path), "which jets does myanmar fly")
    assert texts[0] == "Its air force flies old jets."


def test_neighbours_lend_words_but_only_matching_sentences_are_ranked(tmp_path):
    write(
        tmp_path,
        "a.md",
        "State television MRTV reported the visit. "
        "The delegation includes ministers. Nothing else happened.",
    )
    texts = ranked_texts(open_index(tmp_path), "MRTV delegation")
    assert set(texts) == {
        "State television MRTV reported the visit.",
        "The delegation includes ministers.",
    }


def test_coverage_of_the_article_is_reported(tmp_path):
    write(tmp_path, "a.md", "Six elephants went to the circus. The circus is in Moscow.")
    index = open_index(tmp_path)
    query = build_query("elephants circus moscow", index.analyzer, index.vocabulary)
    best = index.rank(query, 1)[0]
    assert best.coverage == 1.0
    assert best.relevance > 0
