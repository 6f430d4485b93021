import pytest

from index.answers import answer
from index.build import build_index
from index.recency import asks_latest
from tests.conftest import write


@pytest.mark.parametrize(
    "asked, searched",
    [
        ("what's the latest on the dam?", "what's on the dam?"),
        ("Any updates on the dam collapse?", "on the dam collapse?"),
        ("update on the dam?", "on the dam?"),
        ("give me an update about the dam", "give me about the dam"),
        ("most recent news about Laos", "about Laos"),
        ("what happened recently in Attapeu", "what happened in Attapeu"),
        ("What's new about the dam?", "about the dam?"),
        ("news on the dam", "on the dam"),
        ("what's the news on the dam?", "what's on the dam?"),
        ("what happened in Laos today?", "what happened in Laos ?"),
        ("the dam this week", "the dam"),
        ("what did Laos say last week?", "what did Laos say ?"),
        ("the dam in the past few days", "the dam in"),
        ("where is he now?", "where is he ?"),  # said "no article mentions “now”"
        ("who runs the dam right now", "who runs the dam"),
    ],
)
def test_the_words_asking_for_the_latest_are_not_searched_for(asked, searched):
    assert asks_latest(asked) == (searched, True)


@pytest.mark.parametrize(
    "asked",
    [
        "latest?",
        "who built the dam?",
        'who said "the latest"?',
        "which news agency said so?",
        "now?",
        # "currently" asks, and answers say it: "its President (currently ...)"
        "who is currently the president of the council?",
        # an update named, not asked for: "who made the faulty update?" put the newest
        # articles first (an Alberta premier's quote) and searched for no "update"
        "who made the faulty update?",
        "what did the software update break",
    ],
)
def test_questions_that_ask_no_latest_of_anything_are_left_alone(asked):
    assert asks_latest(asked) == (asked, False)


def test_the_latest_on_a_subject_puts_the_newest_articles_first(tmp_path):
    days = (("2025-07-14", "The dam collapsed."), ("2025-07-20", "The dam was repaired."))
    for day, said in days:
        write(tmp_path, f"{day}.md", f"---\ntitle: Dam {day}\npublished: {day}\n---\n{said}")
    write(tmp_path, "undated.md", "---\ntitle: Dam history\n---\nThe dam was built in 1990.")
    index = build_index(tmp_path)
    plain = answer(index, "what's on the dam?", top=3)
    latest = answer(index, "what's the latest on the dam?", top=3)
    assert latest.found and latest.newest_first and not plain.newest_first
    assert latest.missing == ()  # "latest" is not taken for a word no article holds
    assert [h.article.id for h in latest.hits] == ["2025-07-20.md", "2025-07-14.md", "undated.md"]
    assert sorted(h.number for h in latest.hits) == sorted(h.number for h in plain.hits)


def test_without_dated_articles_the_latest_is_the_best(seed_index):
    latest = answer(seed_index, "what's the latest on Myanmar's jets?")
    plain = answer(seed_index, "what's on Myanmar's jets?")
    assert [h.number for h in latest.hits] == [h.number for h in plain.hits]
    assert latest.found and not latest.newest_first


def test_the_latest_on_a_subject_is_first_the_news_titled_with_it(tmp_path):
    # "how big is nvidia now?" quoted a newer article on Intel naming Nvidia as a rival
    write(
        tmp_path,
        "nvidia.md",
        "---\ntitle: Nvidia becomes most valuable company\npublished: 2025-06-19\n---\n"
        "Nvidia's market value reached 3.34 trillion dollars.",
    )
    write(
        tmp_path,
        "intel.md",
        "---\ntitle: Intel to cut jobs\npublished: 2025-08-02\n---\n"
        "Rivals Nvidia and AMD have gained market share.",
    )
    latest = answer(build_index(tmp_path), "how big is nvidia now?", top=2)
    assert latest.newest_first
    assert [h.article.id for h in latest.hits] == ["nvidia.md", "intel.md"]


def test_the_latest_asked_by_a_follow_up_naming_nothing_is_of_the_words_it_carries(tmp_path):
    # "what is it now?" after "uk inflation" quoted a newer article's "The Bank of England
    # cut its main interest rate...", its title naming no inflation
    write(
        tmp_path,
        "inflation.md",
        "---\ntitle: UK inflation falls to 2 percent\npublished: 2024-06-19\n---\n"
        "Inflation in Britain fell to 2 percent in May.\n\nThe rate was down from 2.3 percent.",
    )
    write(
        tmp_path,
        "rates.md",
        "---\ntitle: Bank of England cuts interest rates\npublished: 2025-08-07\n---\n"
        "The Bank of England cut its main interest rate to 4 percent.\n\n"
        "Governor Andrew Bailey said inflation was expected to peak.",
    )
    write(
        tmp_path,
        "euro.md",
        "---\ntitle: Eurovision\npublished: 2025-05-17\n---\n"
        "The United Kingdom's entry received no points.",
    )
    latest = answer(
        build_index(tmp_path), "what is it now?", earlier="uk inflation", recent=("inflation.md",)
    )
    assert latest.newest_first
    assert latest.hits[0].passage.text.startswith("Inflation in Britain fell")


def test_a_follow_up_does_not_carry_the_words_asking_for_the_latest(tmp_path):
    # "is it a bubble?" after "how big is nvidia now" marked the "now" of "stocks now"
    write(
        tmp_path,
        "nvidia.md",
        "---\ntitle: Nvidia\n---\nNvidia is worth 3 trillion dollars.\n\n"
        "Analysts said Nvidia stocks now resemble a bubble.",
    )
    found = answer(build_index(tmp_path), "is it a bubble?", earlier="how big is nvidia now")
    text = found.hits[0].passage.text
    assert [text[start:end] for start, end in found.hits[0].highlights] == ["Nvidia", "bubble"]


def test_the_news_of_a_subject_is_told_by_the_newest_articles_opening(all_news):
    # the Bank of Japan's article is the newest titled with Japan; its "Japan was the last
    # major economy to keep rates below zero." ranked above its opening
    for asked in ("any news about japan?", "news about japan", "what's the news from japan?"):
        found = answer(all_news, asked).hits[0].passage.text
        assert found.startswith("The Bank of Japan raised interest rates"), asked


def test_whats_new_before_a_name_asks_of_the_name(tmp_path):
    write(
        tmp_path, "a.md", "---\ntitle: Ties\n---\nAnalysts say New Delhi wants to balance its ties."
    )
    write(tmp_path, "b.md", "---\ntitle: Vote\n---\nModi told supporters in Delhi he would try.")
    index = build_index(tmp_path)
    # "what is new delhi trying to do?" was read as "what is new" (the latest) and "delhi
    # trying to do?", which quoted the election's "...told supporters in Delhi"
    found = answer(index, "what is new delhi trying to do?")
    assert found.hits[0].passage.text.startswith("Analysts say New Delhi"), found.hits
