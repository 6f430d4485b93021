"""Tests of index/firsts/dates.py: when, told by a date of what is asked."""

from index.answers import answer
from index.build import build_index
from tests.conftest import first_following, first_quoted, over_articles, over_news, write


def test_when_is_answered_first_by_a_passage_telling_a_time(tmp_path):
    write(
        tmp_path,
        "treaty.md",
        "---\ntitle: Treaty\n---\nThe two countries signed a treaty of friendship and trade."
        "\n\nThe treaty of friendship was signed in March 2019 after long talks.\n",
    )
    write(
        tmp_path,
        "rice.md",
        "---\ntitle: Rice\n---\nMany countries grew more rice last year, farmers said in a long"
        " report on the harvest.\n\nRice trade rose.\n",
    )
    write(tmp_path, "b.md", "---\ntitle: B\n---\nBeta news about other countries.\n")
    index = build_index(tmp_path)
    asked = "when did the two countries sign the treaty of friendship and trade?"
    found = answer(index, asked)
    assert found.hits[0].passage.text.startswith("The treaty of friendship was signed in March")
    # Asked otherwise, the passage matching more of the question comes first.
    found = answer(index, asked.replace("when did", "why did"))
    assert found.hits[0].passage.text.startswith("The two countries signed")
    # A dated passage far less relevant than the first is not put first, nor taken to
    # tell when: the passages about it do not say (and are offered as the closest).
    found = answer(index, "when did the two countries trade?")
    assert not found.found and found.unsaid == "when" and found.near
    found = answer(index, "when did the two countries trade?", strict=False)
    assert found.hits[0].passage.text.startswith("The two countries signed")
    assert found.hits[2].passage.text.startswith("Many countries grew more rice last year")


def test_when_is_told_by_a_date_of_what_it_asks_in_the_article_less_relevant(tmp_path):
    # "The ban takes effect in late 2025" is half as relevant as the law's passing, which
    # says no date: the question is answered by it, not called unanswered
    index = over_news(tmp_path, "news7", "news6")
    for question in (
        "when does the australian social media ban start?",
        "australia social media ban when does it start",
    ):
        assert first_quoted(index, question).startswith("The ban takes effect in late 2025"), (
            question
        )


def test_when_a_thing_was_made_is_told_by_another_articles_year_where_the_first_has_none(
    tmp_path,
):
    # over the 79 articles, "when was the bridge built?" quoted the pope's "...a Church
    # that builds bridges" (no year, nor any in its article) before the key bridge's
    write(
        tmp_path,
        "pope.md",
        "---\ntitle: A new pope\n---\nCardinals elected a new pope on Thursday.\n\n"
        "He called for a Church that builds bridges and spoke in Spanish.\n",
    )
    write(
        tmp_path,
        "bridge.md",
        "---\ntitle: Ship strikes bridge\n---\nA container ship struck the Key Bridge in"
        " Baltimore on Tuesday.\n\nThe 2.6-kilometre bridge, opened in 1977, carried about"
        " 30,000 vehicles a day.\n\nThe state will build a new one.\n",
    )
    found = first_quoted(build_index(tmp_path), "when was the bridge built?")
    assert found.startswith("The 2.6-kilometre bridge, opened in 1977")


def test_when_is_told_by_the_articles_opening_where_no_sentence_before_dates_it(all_news):
    # "Two small rovers released before touchdown..." came first, three sentences saying
    # no date before the opening's "...on the Moon on Saturday"
    found = first_quoted(all_news, "when did the lunar lander land?")
    assert found.startswith("Japan became the fifth country to land a spacecraft")
    # ...not for what will be: the opening dates the signing ("...announced on Monday")
    found = first_quoted(all_news, "when will mbappe be presented to fans?")
    assert "he would be presented to fans" in found


def test_when_this_began_is_not_told_by_the_year_of_the_one_before(all_news):
    # "It is the first strike at Boeing since 2008" dates the strike before this one
    found = first_quoted(all_news, "when did the boeing strike start?")
    assert found.startswith("About 33,000 Boeing factory workers went on strike on Friday")
    # ...which is what "the last" asks
    found = first_quoted(all_news, "when was the last boeing strike?")
    assert found.startswith("It is the first strike at Boeing since 2008")


def test_a_day_asked_by_name_is_told_by_no_time_of_day(tmp_path):
    # ReQA's "On what day does a General Question Time take place?" went 1st -> 2nd when
    # any time by the clock told "when?"
    write(
        tmp_path,
        "council.md",
        "---\ntitle: Council\n---\nThe council meets in the old hall.\n\nThe council meets"
        " at 2.30 pm.\n\nThe full council meets on Tuesdays.\n",
    )
    found = first_quoted(build_index(tmp_path), "on what day does the council meet?")
    assert found.startswith("The full council meets on Tuesdays")


def test_when_something_began_is_told_by_the_holiday_it_began_over(all_news):
    # "...since the cyber attack began over the Easter weekend", not the lede's "said on
    # Tuesday", which dates the news
    found = first_quoted(all_news, "when did the m&s attack start?")
    assert found.startswith("It has paused online orders since the cyber attack began"), found


def test_when_asked_of_an_articles_news_is_dated_by_its_opening(all_news):
    # "President Bashar al-Assad fled the country and has been given asylum in Moscow..."
    # dates nothing; its article, titled "Assad flees to Moscow as rebels take Damascus",
    # opens with the day, holding neither word carried ("I found no answer")
    found = first_following(all_news, "when?", "who fled to moscow?", "syria.md")
    assert found.startswith("Syrian rebels took control of the capital, Damascus, on Sunday")


def test_when_asked_after_a_question_is_told_by_its_article_dating_what_it_asked(all_news):
    # when she was born: not "Munro said she stopped writing in 2013", holding the "munro"
    # carried, which the birth's sentence ("Born Alice Laidlaw...") does not
    found = first_following(all_news, "when?", "alice munro → where was she born?", "obituary.md")
    assert found.startswith("Born Alice Laidlaw in Wingham, Ontario, in 1931")


def test_when_asked_again_is_not_told_by_a_date_of_less_of_what_was_asked(tmp_path):
    # The Rohingya "fled Myanmar's Rakhine state after a military crackdown in 2017": they
    # did not flee to Moscow
    index = over_articles(tmp_path, "news7/syria.md", "distractors/rohingya-bangladesh.md")
    found = first_following(index, "when did he flee?", "who fled to moscow?", "syria.md")
    assert found.startswith("Syrian rebels took control of the capital, Damascus, on Sunday")


def test_when_something_will_end_is_told_by_the_end_of_a_time_to_come(all_news):
    # Not the opening's "Intel said on Thursday it would cut ... as the chipmaker tries to
    # save 10 billion dollars next year", a day past and the year of another thing
    found = first_following(
        all_news, "when will the cuts finish?", "intel → how many jobs?", "layoffs.md"
    )
    assert found.startswith("The job cuts will be mostly completed by the end of the year")


def test_when_a_thing_was_done_is_not_told_by_a_date_of_another_of_its_kind(all_news):
    # "Observers said his choice of name recalled Leo XIII, a pope of the late 19th
    # century...": a date beside "pope", of another pope, without "elected"
    found = first_quoted(all_news, "when was the pope elected?")
    assert found.startswith("White smoke rose from the chimney of the Sistine Chapel")


def test_when_is_told_by_a_time_after_the_news(all_news):
    # "A week later, Trump paused the higher rates..." read as no time: "A basic tariff of
    # 10 percent will apply ... from April 5" came first
    found = first_quoted(all_news, "when were the tariffs paused?")
    assert found.startswith("A week later, Trump paused the higher rates")


def test_when_the_next_one_is_is_told_by_what_its_article_says_is_to_come(all_news):
    # not the opening's win "...in Basel on Saturday night", and, following up, "next"
    # (how it asks, which no sentence of the contest's writes) no longer left no answer
    found = first_quoted(all_news, "when is the next eurovision?")
    assert found.startswith("Austria will now host the 2026 contest")
    found = first_following(all_news, "when is the next one?", "eurovision", "eurovision.md")
    assert found.startswith("Austria will now host the 2026 contest")
    # ...and where a sentence says "next" of it, that one
    found = first_following(all_news, "when is the next one?", "eclipse", "eclipse.md")
    assert found.startswith("The next total solar eclipse visible from the contiguous")
    # ...or is expected to come ("...said on Wednesday" of the deal, before)
    found = first_quoted(all_news, "when will the kellanova deal close?")
    assert found.startswith("The purchase is expected to close in the first half of next")


def test_what_is_scheduled_in_a_sentence_of_another_year_is_not_to_come(seed_index):
    # "where was the military band" is of what was: "...is scheduled to meet with Russian
    # President Vladimir Putin", in a sentence writing 2021, is no time to come
    found = answer(seed_index, "where was the military band").hits[0].passage.text
    assert found.startswith("General Min Aung Hlaing, who launched the coup in 2021")


def test_when_is_not_told_by_the_day_the_news_was_said(all_news):
    # "...has died at the age of 92, her family said on Tuesday" dates the telling of her
    # death, not her prize
    found = first_quoted(all_news, "when did alice munro win the nobel?")
    assert found.startswith("Munro was awarded the Nobel in 2013"), found
    # ...which is what a question asking when it was said asks
    found = first_quoted(all_news, "when did intel announce the job cuts?")
    assert found.startswith("Intel said on Thursday it would cut"), found


def test_when_alone_after_a_topic_is_told_by_the_news_opening(all_news):
    # "spain blackout | when?" quoted "Power began returning in the north and south of
    # Spain by the evening...", holding the "spain" carried
    for question in ("when?", "when was that?"):
        found = first_following(all_news, question, "spain blackout", "blackout.md")
        assert found.startswith("Almost all of Spain and Portugal lost electricity"), question
    # ...as after asking to be told of it (the opening's own test: ``opening.title_asked``)
    earlier = "tell me about the spain blackout"
    found = first_following(all_news, "when?", earlier, "blackout.md")
    assert found.startswith("Almost all of Spain and Portugal lost electricity"), found
    # ...not after a question asking something ("when?" after who replaced Altman)
    found = first_following(all_news, "when?", "altman → who replaced him?", "altman.md")
    assert not found.startswith("Sam Altman will return"), found


def test_when_is_not_told_by_a_year_before_the_news_of_its_subject_alone(all_news):
    # not "OpenAI was founded as a non-profit in 2015", naming OpenAI alone, after the
    # employees' letter "...unless the board resigned and Altman was brought back"
    found = first_quoted(all_news, "when did altman come back to openai?")
    assert found.startswith("Sam Altman will return as chief executive of OpenAI"), found
    # ...while one holding more of what is asked dates it ("...awarded the Nobel in 2013")
    found = first_quoted(all_news, "when did alice munro win the nobel?")
    assert found.startswith("Munro was awarded the Nobel in 2013"), found


def test_when_is_told_by_a_time_by_the_clock_beside_what_is_asked(all_news):
    # "...sending its mobile phone alert only at 8 pm", however less relevant than the
    # opening naming Valencia's floods (which dates nothing)
    found = first_quoted(all_news, "when did the valencia flood alert go out?")
    assert found.startswith("The regional government has been criticised for sending"), found


def test_when_alone_after_who_scored_is_told_by_the_goals_time(all_news):
    # "...scored the winner four minutes from the end", not the opening's "on Sunday"
    earlier = "euro 2024 → who scored the winner?"
    found = first_following(all_news, "when?", earlier, "euro.md")
    assert found.startswith("Mikel Oyarzabal, who had come off the bench"), found


def test_when_one_can_is_told_by_a_time_to_come(all_news):
    # "Apple plans to sell the Vision Pro in other countries later in the year", not the
    # opening's sale in the United States "on Friday"
    earlier = "vision pro"
    found = first_following(all_news, "when can you buy it outside the us?", earlier, "headset.md")
    assert found.startswith("Apple plans to sell the Vision Pro in other countries"), found


def test_when_the_next_one_is_is_told_by_what_will_be_not_a_deadline(all_news):
    # "The next summit will be held in Turkey in 2027", not the opening's "...agreed ... to
    # triple funding to help developing countries adapt to climate change by 2035"
    found = first_following(all_news, "when is the next one?", "climate deal", "summit.md")
    assert found.startswith("The next summit will be held in Turkey"), found


def test_a_time_in_a_clause_of_someone_else_tells_not_when_the_one_asked_did_it(all_news):
    # "Gukesh broke the record set by Garry Kasparov, who was 22 when he won the title in
    # 1985": Kasparov's win; the opening dates Gukesh's ("...on Thursday")
    found = first_quoted(all_news, "when did gukesh win?")
    assert found.startswith("India's Gukesh Dommaraju became"), found
    # ...asked when a thing was done, such a clause may tell it: "...Jensen Huang, who
    # co-founded the company in 1993"
    assert "1993" in first_quoted(all_news, "when was nvidia founded?")
