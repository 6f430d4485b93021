"""Tests of index/firsts/recent.py: a follow-up goes on in the articles the answer before quoted."""

from index.build import build_index
from index.firsts.recent import recent_first
from index.ranking import Ranked
from tests.conftest import write


def test_it_is_of_the_article_quoted_first_though_the_other_scores_far_more(tmp_path):
    # "when does it start?" after "what are the fines?" quoted Australia's ban, then
    # Google's fine, over the 79 articles: "...the Digital Markets Act, a law that took
    # effect in 2023" scored 2.63, "The ban takes effect in late 2025" 1.22 (0.46 of it)
    write(tmp_path, "ban.md", "---\ntitle: Ban\n---\nThe ban takes effect in late 2025.\n")
    write(tmp_path, "court.md", "---\ntitle: Court\n---\nThe law took effect in 2023.\n")
    index = build_index(tmp_path)
    ban, court = index.spans["ban.md"].start, index.spans["court.md"].start

    def first(score: float, question: str) -> int:
        ranked = [Ranked(court, 2.63, 1.0, 1.0, 1.0), Ranked(ban, score, 1.0, 1.0, 1.0)]
        recent = ("ban.md", "court.md")
        return recent_first(index, ranked, recent, following=True, question=question)[0].number

    assert first(1.22, "when does it start?") == ban
    assert first(1.0, "when does it start?") == court  # under 0.4 of it
    assert first(1.22, "when does the ban start?") == court  # no "it": both followed


def test_a_follow_up_goes_on_in_the_articles_it_follows_from_further_down(tmp_path):
    # Over 80 articles "who was man of the match?" after "who won the cricket?" ranked
    # Spain's "won all seven of their matches" first, the cricket's "named player of the
    # match" next at 0.76 of it: a follow-up takes one of the followed answer's articles
    # scoring 0.6 of the first among five; a question of its own, 0.8.
    text = "Spain won all their matches.\n\nSpain won.\n\nSpain scored.\n\nSpain lost."
    text += "\n\nIt rained."
    write(tmp_path, "euro.md", f"---\ntitle: Euro\n---\n{text}\n")
    write(tmp_path, "cricket.md", "---\ntitle: Cricket\n---\nKohli was player of the match.\n")
    index = build_index(tmp_path)
    euro, cricket = index.spans["euro.md"].start, index.spans["cricket.md"].start

    def first(score: float, following: bool, after: int = 0) -> int:
        ranked = [Ranked(euro + n, 10.0 - n / 10, 1.0, 1.0, 1.0) for n in range(after + 1)]
        ranked.append(Ranked(cricket, score, 1.0, 1.0, 1.0))
        return recent_first(index, ranked, {"cricket.md"}, following=following)[0].number

    assert first(7.6, following=True) == cricket
    assert first(7.6, following=False) == euro
    assert first(8.0, following=False) == cricket
    assert first(5.9, following=True) == euro
    # "what did microsoft do?" after OpenAI's board: its investor fourth, nearly as relevant
    assert first(8.0, following=False, after=3) == cricket
    assert first(8.0, following=False, after=4) == euro  # not fifth
