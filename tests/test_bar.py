"""The no-answer bar: how much of the question a passage's article must hold (index/bar.py)."""

from index.bar import MIN_COVERAGE, PARAPHRASE_COVERAGE, coverage_needed
from index.query import build_query


def test_a_year_no_article_names_is_asked_not_the_questions_own_wording(seed_index):
    # One word the corpus lacks in a long question is most often its own wording ("in
    # the vicinity of"), and less of it need be held; a year is what it asks about.
    def needed(question: str) -> float:
        return coverage_needed(build_query(question, seed_index.analyzer, seed_index.vocabulary))

    assert needed("who greeted the general in the vicinity of moscow") == PARAPHRASE_COVERAGE
    assert needed("who won the 2020 election in myanmar") == MIN_COVERAGE
