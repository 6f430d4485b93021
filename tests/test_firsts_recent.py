"""Tests of index/firsts/recent.py: a follow-up goes on in the articles the answer before quoted."""

from index.answers import answer
from index.build import build_index
from index.firsts.placing import of_earlier_year
from index.firsts.recent import recent_first
from index.query import build_query
from index.ranking import Ranked
from tests.conftest import first_following, write


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


def test_asked_anew_the_article_quoted_first_comes_before_another_quoted(tmp_path):
    # "what did sunak say?" after "uk inflation" had quoted the inflation figures, then the
    # election's seats: "...Sunak told supporters" scored 19.00, "Prime Minister Rishi
    # Sunak ... said the figures showed his economic plan was working" 16.61 (0.87 of it)
    write(tmp_path, "inflation.md", "---\ntitle: Inflation\n---\nSunak said it worked.\n")
    write(tmp_path, "election.md", "---\ntitle: Election\n---\nSunak told supporters.\n")
    index = build_index(tmp_path)
    inflation, election = index.spans["inflation.md"].start, index.spans["election.md"].start

    def first(score: float) -> int:
        ranked = [Ranked(election, 19.0, 1.0, 1.0, 1.0), Ranked(inflation, score, 1.0, 1.0, 1.0)]
        recent = ("inflation.md", "election.md")
        return recent_first(index, ranked, recent, question="what did sunak say?")[0].number

    assert first(16.61) == inflation
    assert first(14.0) == election  # under 0.8 of it


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


CHILE = """---
title: Strong earthquake strikes central Chile, killing at least 12
date: 2026-11-20
---
A magnitude 7.1 earthquake struck central Chile early on Thursday, killing at least 12 people \
and injuring more than 300, the country's disaster agency said.

The quake was centred 40 kilometres south-west of the city of Talca at a depth of 35 kilometres.

Chile is one of the most seismically active countries in the world. A magnitude 8.8 \
earthquake in 2010 killed more than 500 people.
"""
MYANMAR = """---
title: Powerful earthquake in Myanmar kills more than 1,700
date: 2025-03-30
---
A magnitude 7.7 earthquake struck central Myanmar on Friday, killing more than 1,700 people \
and injuring about 3,400, the ruling military said on Sunday.

The quake hit at midday near the city of Mandalay.
"""
RUNWAY = """---
title: Planes collide on the runway at Haneda
date: 2024-01-03
---
The coast guard aircraft had been preparing to carry relief supplies to areas hit by a \
powerful earthquake on New Year's Day.
"""


def _quakes(tmp_path):
    write(tmp_path, "chile.md", CHILE)
    write(tmp_path, "myanmar.md", MYANMAR)
    write(tmp_path, "runway.md", RUNWAY)
    return build_index(tmp_path)


def test_asked_where_it_was_the_news_of_its_own_year_comes_first(tmp_path):
    # Over the 79 articles "where was it?" after "earthquake" (an answer quoting Chile's
    # opening, then Haneda's runway) quoted "A magnitude 8.8 earthquake in 2010...",
    # which tells neither where nor of this earthquake; "when was it?" too
    index = _quakes(tmp_path)
    recent = ("chile.md", "runway.md")
    for question in ("where was it?", "how strong was it?", "when was it?"):
        found = answer(index, question, earlier="earthquake", recent=recent)
        assert found.hits[0].passage.text.startswith("A magnitude 7.1"), question


def test_following_it_the_article_quoted_first_comes_before_the_one_quoted_next(tmp_path):
    index = _quakes(tmp_path)
    chile, runway = index.spans["chile.md"].start, index.spans["runway.md"].start
    myanmar = index.spans["myanmar.md"].start
    ranked = [Ranked(n, s, 1.0, 1.0, 1.0) for n, s in ((myanmar, 6.7), (runway, 7.1), (chile, 6.4))]
    question = "where was it?"
    query = build_query(question, index.analyzer, index.vocabulary, "earthquake")
    recent = ("chile.md", "runway.md")
    moved = recent_first(index, ranked, recent, following=True, question=question, query=query)
    assert moved[0].number == chile
    unreferred = recent_first(index, ranked, recent, following=True, question="where?", query=query)
    assert unreferred[0].number == runway  # no "it": of either article followed


def test_a_number_with_a_thousands_comma_is_no_year(tmp_path):
    # "how strong?" after "myanmar quake": its opening's "killing more than 1,700 people"
    # writes no year before 2025, and keeps its place
    index = _quakes(tmp_path)
    found = answer(index, "how strong?", earlier="myanmar quake", recent=("myanmar.md",))
    assert found.hits[0].passage.text.startswith("A magnitude 7.7")
    assert of_earlier_year(index, index.spans["chile.md"].start + 3, [{"earthquak"}])
    assert not of_earlier_year(index, index.spans["myanmar.md"].start, [{"myanmar"}])


def test_asked_when_it_last_happened_another_year_is_no_other_news(all_news):
    # "when was the last one?" after the Boeing strike: "It is the first strike at Boeing
    # since 2008...", not the opening (a first of another year gives way to the news's own
    # where the question asks when, but this one asks when before)
    found = first_following(all_news, "when was the last one?", "boeing strike", "strike.md")
    assert found.startswith("It is the first strike at Boeing since 2008")


def test_asked_anew_naming_whom_the_article_read_names_goes_on_there(all_news):
    # "what did modi say?" after "gukesh": "Indian Prime Minister Narendra Modi called the
    # victory..." (0.65 as relevant), not his election night's "This is a victory for the
    # world's largest democracy" (as a follow-up's 0.6, not a new question's 0.8)
    found = answer(all_news, "what did modi say?", recent=("chess.md",))
    assert found.hits[0].passage.text.startswith("Indian Prime Minister Narendra Modi called")
    # ...and not where that article names no one it asks of
    found = answer(all_news, "what did modi say?", recent=("cocoa.md",))
    assert found.hits[0].passage.text.startswith('"This is a victory for the world')
