"""How members type around what they ask (index/chat.py), as questions are read."""

import pytest

from index.answers import answer
from index.build import build_index
from index.chat import spelled_out
from index.query import build_query
from tests.conftest import first_following, first_quoted, one_article, over_news, write


def test_asking_which_articles_say_something_asks_for_what_they_say(tmp_path):
    # A corpus that writes "article", "talks" and "covered" too: the question's words
    # for the news and what it tells are left out, so they find no treaty or talks.
    write(
        tmp_path,
        "treaty.md",
        "---\ntitle: Treaty\n---\nArticle 5 of the treaty covers an attack on one member."
        "\n\nThe talks about the Gripen article in the treaty failed.",
    )
    write(
        tmp_path,
        "jets.md",
        "---\ntitle: Jets\n---\nThailand chose Gripen jets despite sanctions on its rival.",
    )
    index = build_index(tmp_path)
    for typed in (
        "which articles mention sanctions",
        "any articles on sanctions",
        "do you have news about sanctions",
        "what articles do you have on sanctions",
        "what does the article say about sanctions",
        "which stories cover sanctions",
        "which article talks about sanctions",
    ):
        query = build_query(typed, index.analyzer, index.vocabulary)
        assert query.question_terms == ("sanction",), typed
        assert answer(index, typed).hits[0].passage.text.startswith("Thailand chose"), typed
    # Anywhere else they are the news's words.
    article = build_query("what does article 5 cover", index.analyzer, index.vocabulary)
    assert article.question_terms == ("articl", "5", "cover")
    talks = build_query("did the gripen talks fail", index.analyzer, index.vocabulary)
    assert "talk" in talks.question_terms


def test_a_typo_of_a_stop_word_is_left_out_as_the_stop_word(seed_index):
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    plain = build_query("what did the Kremlin say", analyzer, vocabulary)
    for typed in (
        "waht did teh Kremlin say",
        "wht did hte Kremlin say",
        "wgat did the Kremlin say",  # a key off
        "whatdid the Kremlin say",  # two typed together
        "what did thekremlin say",  # and one typed with a corpus word
    ):
        query = build_query(typed, analyzer, vocabulary)
        assert query.question_terms == plain.question_terms, typed
    # A word of English ("doe", "fro") is no typo; asked alone, one is named as missing.
    # Nor is a word a key off a stop word ("thongs": things; "wham": m is far from t),
    # two stop words that make one ("forgone"), nor a word English knows beginning with
    # a stop word ("inaction").
    for word in ("doe", "nro", "thongs", "wham", "forgone", "inaction"):
        query = build_query(f"what is {word}", analyzer, vocabulary)
        assert [w.written for w in query.words] == [word]
    # A stop word typed with a corpus word is said, as a mended typo is.
    assert answer(seed_index, "who leads thejunta").mended == (("thejunta", "the junta"),)


def test_words_that_ask_the_bot_are_left_out(seed_index):
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    for typed in ("give me info on sanctions", "show us the details of the sanctions"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("sanction",), typed
    for typed in ("Russia vs China", "the difference between Russia and China"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("russia", "china")
    for typed in ("what does junta mean?", "define junta", "meaning of junta", "junta definition"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("junta",), typed
    stands = build_query("what does MRTV stand for?", analyzer, vocabulary).question_terms
    assert stands == ("mrtv",)
    assert build_query("stand for election", analyzer, vocabulary).question_terms[0] == "stand"
    # "how come" asks why; "come" after another word is the news's word.
    why = build_query("how come russia helps?", analyzer, vocabulary).question_terms
    assert why == ("russia", "help")
    assert "come" in build_query("did they come to moscow", analyzer, vocabulary).question_terms
    # "the next one" stands for what was said before: no number 1 to search for.
    for typed in ("when is the next one?", "which one visited Russia?"):
        assert "1" not in build_query(typed, analyzer, vocabulary).question_terms, typed
    assert "1" in build_query("one of the jets", analyzer, vocabulary).question_terms
    mean = build_query("the mean temperature", analyzer, vocabulary).question_terms
    assert mean == ("mean", "temperatur")  # an average, not a word's meaning
    # Alone, they are asked as words (and said to be missing where no article has them).
    assert build_query("compare", analyzer, vocabulary).question_terms == ("compar",)
    # Not before the words they pair with, they are the news's words.
    given = build_query("what did Myanmar give Russia", analyzer, vocabulary)
    assert given.question_terms == ("myanmar", "give", "russia")
    assert build_query("information", analyzer, vocabulary).question_terms == ("inform",)
    # Asking whether a claim is true asks for the claim.
    for typed in (
        "is it true that Russia supplies jets?",
        "Russia supplies jets, correct?",
        "fact check: Russia supplies jets",
        "can you check if Russia supplies jets",
        "verify that Russia supplies jets",
    ):
        terms = build_query(typed, analyzer, vocabulary).question_terms
        assert terms == ("russia", "suppli", "jet"), typed
    assert build_query("a true story", analyzer, vocabulary).question_terms == ("true",)
    # "what's the deal with X?" asks about X; "the deal with Russia" is an agreement.
    for typed in ("whats the deal with russia?", "What's the story with Russia"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("russia",), typed
    deal = build_query("how big is the deal with russia?", analyzer, vocabulary)
    assert "deal" in deal.question_terms
    # "what's X like?" asks about X, and "for a living" what someone does; "like" in
    # another place is a word of the news ("likely" shares its stem).
    for typed in (
        "whats the deal like",
        "what was the deal like?",
        "what does the deal do for a living",
    ):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("deal",), typed
    assert "like" in build_query("what do russians like?", analyzer, vocabulary).question_terms
    # "learn about" asks about what follows ("learning" is a word of the news).
    learn = build_query("i want to learn about the sanctions", analyzer, vocabulary)
    assert learn.question_terms == ("want", "sanction")
    # "describe X" asks the bot about X ("explain" is a stop word)
    for typed in ("explain the sanctions", "please describe the sanctions"):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("sanction",), typed


def test_describe_asked_of_someone_is_a_word_of_the_news(tmp_path):
    index = one_article(tmp_path, "Officials described the delay. It was hard to describe.")
    typed = "how did officials describe the delay?"
    assert "describ" in build_query(typed, index.analyzer, index.vocabulary).question_terms
    for typed in ("describe the delay", "can you summarise the delay?"):
        assert build_query(typed, index.analyzer, index.vocabulary).question_terms == ("delay",)


def test_a_nationality_asked_is_how_a_question_asks_not_a_word_to_find(tmp_path):
    index = one_article(tmp_path, "The nation voted. The British Nationality Act passed.")
    typed = "what nationality is sinner?"
    assert build_query(typed, index.analyzer, index.vocabulary).question_terms == ("sinner",)
    typed = "when was the british nationality act passed?"
    assert "nation" in build_query(typed, index.analyzer, index.vocabulary).question_terms


def test_what_a_member_calls_a_thing_named_is_no_word_to_find(tmp_path):
    # "drama" is a word of the corpus ("comedy-drama"), yet "the openai drama" asks of
    # OpenAI, whose article never says it
    index = one_article(tmp_path, "OpenAI fired him. Anora is a comedy-drama. It was a mess.")

    def terms(typed: str) -> tuple[str, ...]:
        return build_query(typed, index.analyzer, index.vocabulary).question_terms

    assert terms("tell me about the openai drama") == ("openai",)
    assert terms("what's up with the openai mess?") == ("openai",)
    # ...but asked of itself, or not closing the question, it is one
    assert "drama" in terms("tell me about the drama")
    assert "drama" in terms("is the openai drama over?")
    # ...and so is what befell them: Chile's "the country's disaster agency" writes it
    index = one_article(tmp_path / "titan", "The Titan imploded. Chile's disaster agency said so.")
    assert terms("what caused the titan disaster?") == ("caus", "titan")
    # ...and what was decided: "The yen weakened after the decision" is no gist of it
    index = one_article(tmp_path / "boj", "The BOJ raised rates. The yen fell after the decision.")
    assert terms("tell me about the boj decision") == ("boj",)
    # ...and a crisis where no article writes one; where one does, it names which
    # (ReQA's "the 1973 oil crisis")
    index = one_article(tmp_path / "sea", "Ships left the Red Sea.")
    assert terms("explain the red sea crisis") == ("red", "sea")
    index = one_article(tmp_path / "oil", "The oil crisis began in 1973.")
    assert terms("what caused the oil crisis?") == ("caus", "oil", "crisi")


def test_whatever_is_how_a_member_says_they_are_unsure_no_word_to_find(tmp_path):
    # "...the us open or whatever tennis thing sinner won" said no article mentions
    # "whatever": the member was unsure of the name, not asking of the word
    index = one_article(tmp_path, "Sinner won the Australian Open.")

    def asked(typed: str) -> tuple[str, ...]:
        query = build_query(typed, index.analyzer, index.vocabulary)
        return tuple(w.written for w in query.words)

    assert "whatever" not in asked("who won the open or whatever tennis thing?")
    assert "whatever" not in asked("whatever happened to sinner?")
    # ...and "anywhere", "anymore": "is it banned anywhere?" said no article mentions it
    assert asked("did sinner win anywhere?") == asked("did sinner win?")
    assert asked("is sinner playing anymore?") == asked("is sinner playing?")


def test_an_acronym_asked_of_is_no_word_to_find(tmp_path):
    # "what does the acronym slim stand for?" said no article mentions "acronym"
    index = one_article(tmp_path, "The Smart Lander for Investigating Moon, or SLIM, landed.")
    query = build_query("what does the acronym slim stand for?", index.analyzer, index.vocabulary)
    assert query.question_terms == ("slim",)


def test_this_year_closing_a_question_is_now_and_a_hurry_a_request(tmp_path):
    index = one_article(tmp_path, "The Eagles won this year. It was a good year.")

    def terms(typed: str) -> tuple[str, ...]:
        return build_query(typed, index.analyzer, index.vocabulary).question_terms

    assert terms("who won the super bowl this year?") == ("win", "super", "bowl")
    assert terms("remind me who won the super bowl") == ("win", "super", "bowl")
    # "real quick" hurries: no "real" asked, where the corpus writes it ("Real Madrid")
    index = one_article(tmp_path / "real", "Real Madrid won the super bowl.")
    assert terms("real quick, who won the super bowl?") == ("win", "super", "bowl")
    assert "real" in terms("did real madrid win?")
    # ...not where a year is what is asked of ("what happened this year in bowling?")
    assert "year" in terms("what happened this year in bowling?")


def test_does_it_work_asks_no_work(tmp_path):
    index = one_article(tmp_path, "Staff were told to work from home. The drug works well.")
    assert build_query("does it work?", index.analyzer, index.vocabulary).question_terms == ()
    typed = "does the drug work?"  # asked of a thing named, it is a word of the question
    assert "work" in build_query(typed, index.analyzer, index.vocabulary).question_terms
    # ...nor does "how does X work?" (how it does it), but the work of "how much did the work
    # cost?" is a word, even read without its price's words ("how did the work")
    assert build_query(
        "how does the drug work?", index.analyzer, index.vocabulary
    ).question_terms == ("drug",)
    assert (
        "work" in build_query("how did the work", index.analyzer, index.vocabulary).question_terms
    )


def test_whether_x_is_affected_asks_what_happens_to_it(tmp_path, all_news):
    index = one_article(tmp_path, "Flights were not affected. IKEA warned of delays.")
    for typed in (
        "will ikea be affected?",
        "how was IKEA affected?",
        "was ikea impacted",
        "was ikea affected too?",  # the same question ("...at all?", "...by it?")
        "was ikea affected by it?",
    ):
        terms = build_query(typed, index.analyzer, index.vocabulary).question_terms
        assert terms == ("ikea",), typed
    # ...and "how many of X were affected?" how many of X it happened to
    terms = build_query("how many ikea shops were affected?", index.analyzer, index.vocabulary)
    assert "affect" not in terms.question_terms
    typed = "what affected flights?"  # asked of what did it: a word of the question
    assert "affect" in build_query(typed, index.analyzer, index.vocabulary).question_terms
    # ...and "which countries were affected?" which places (or firms) it happened to, not
    # "which reefs are affected?", asking where
    terms = build_query("which countries were affected?", index.analyzer, index.vocabulary)
    assert terms.question_terms == ("countri",)
    terms = build_query("which reefs are affected?", index.analyzer, index.vocabulary)
    assert "affect" in terms.question_terms
    # the sentence about IKEA, under the bar before (no article naming "ikea" answered it)
    found = first_quoted(all_news, "will ikea be affected?")
    assert found.startswith("Retailers including IKEA have warned")
    # ...and the blackout's opening, "...across both countries", under the bar before
    found = first_following(all_news, "which countries were affected?", "blackout", "blackout.md")
    assert found.startswith("Almost all of Spain and Portugal lost electricity"), found


def test_the_margin_alone_asks_by_how_much_the_win_just_told_was(tmp_path):
    index = one_article(tmp_path, "The margin was narrow. Lyles won by a whisker.")
    for typed in ("what was the margin of victory?", "What's the winning margin"):
        assert build_query(typed, index.analyzer, index.vocabulary).question_terms == ()
    typed = "what was the margin in the final?"  # names more: a word of the question
    assert "margin" in build_query(typed, index.analyzer, index.vocabulary).question_terms


def test_how_bad_it_is_asks_no_word_and_is_told_by_the_news_opening(tmp_path, all_news):
    index = one_article(tmp_path, "It was bad. The damage was serious.")
    for typed in ("how bad is it?", "how serious was it?", "so how severe is it?"):
        assert build_query(typed, index.analyzer, index.vocabulary).question_terms == (), typed
    typed = "how bad is the damage?"  # names what it asks of: a word of the question
    assert "bad" in build_query(typed, index.analyzer, index.vocabulary).question_terms
    # was no answer (no sentence of the coral bleaching's article says "bad")
    found = first_following(all_news, "how bad is it?", "coral", "coral.md")
    assert found.startswith("The world's coral reefs are going through"), found
    # ...the opening, not "Milton weakened to a Category 1 storm..."
    found = first_following(all_news, "how serious is it?", "milton", "hurricane.md")
    assert found.startswith("Hurricane Milton made landfall"), found


def test_whom_it_applies_to_asks_no_word_and_is_told_by_the_news_opening(tmp_path, all_news):
    index = one_article(tmp_path, "The fee applies on busy days.")
    typed = "who does it apply to?"
    assert build_query(typed, index.analyzer, index.vocabulary).question_terms == ()
    # was no answer: no sentence of the ban's says "apply"
    found = first_following(all_news, typed, "social media ban", "socialmedia.md")
    assert found.startswith("Australia's parliament has passed a law banning children")
    # ...and naming it, its opening, not "Some residents protested, saying the fee..."
    found = first_quoted(all_news, "who does the venice fee apply to?")
    assert found.startswith("Venice began charging day visitors")


def test_whether_everyone_is_all_right_asks_no_word(tmp_path):
    index = one_article(tmp_path, "Everyone was safe. The milk is safe to drink.")
    for typed in ("is everyone safe?", "was everyone ok?"):
        assert build_query(typed, index.analyzer, index.vocabulary).question_terms == ()
    typed = "is the milk safe?"  # asked of a thing: a word of the question
    assert "safe" in build_query(typed, index.analyzer, index.vocabulary).question_terms


def test_in_the_news_last_asks_the_news_of_what_is_named(tmp_path, all_news):
    index = one_article(tmp_path, "He told a news conference. An earthquake struck Chile.")
    terms = build_query("what earthquakes are in the news?", index.analyzer, index.vocabulary)
    assert "news" not in terms.question_terms
    typed = "any good news?"  # news asked itself: a word of the question
    assert "news" in build_query(typed, index.analyzer, index.vocabulary).question_terms
    # not "A magnitude 8.8 earthquake in 2010 killed more than 500 people."
    found = first_quoted(all_news, "what earthquakes are in the news?")
    assert found.startswith("A magnitude 7.1 earthquake struck central Chile"), found


def test_what_x_concerns_asks_what_it_is_about(tmp_path, all_news):
    index = one_article(tmp_path, "Google was fined. It was of great concern.")
    for typed in ("what does the google case concern?", "what did the fine concern?"):
        terms = build_query(typed, index.analyzer, index.vocabulary).question_terms
        assert "concern" not in terms, typed
    typed = "what concerns google?"  # asked what worries it: a word of the question
    assert "concern" in build_query(typed, index.analyzer, index.vocabulary).question_terms
    # what the fine was for, not Nvidia's "Some analysts warned..."
    found = first_quoted(all_news, "what did the google fine concern?")
    assert found.startswith("The fine was first imposed by the European Commission"), found


def test_the_result_alone_asks_the_news_followed(tmp_path, all_news):
    index = one_article(tmp_path, "Simion accepted the result. The outcome was welcomed.")
    for typed in ("what was the result?", "what's the final outcome?"):
        terms = build_query(typed, index.analyzer, index.vocabulary).question_terms
        assert not {"result", "outcom"} & set(terms), typed
    typed = "what was the result of the vote?"  # of something named: a word of it
    assert "result" in build_query(typed, index.analyzer, index.vocabulary).question_terms
    # the news of the article followed, its opening: not Romania's "...accepted the result"
    found = first_following(all_news, "what was the result?", "copa final", "final.md")
    assert found.startswith("Argentina beat Brazil 4-3 on penalties"), found
    # ...nor, of Romania's, "Dan promised to keep Romania..." holding its name
    found = first_following(all_news, "what was the result?", "romania", "romania.md")
    assert found.startswith("Nicusor Dan, the centrist mayor of Bucharest, won"), found


def test_anyone_important_is_whoever_did_it_and_rn_now(all_news):
    # no article need call them so: it said no article mentions "important"
    found = answer(all_news, "did anyone important say anything about the nobel peace prize")
    assert found.hits[0].passage.text.startswith("The Norwegian Nobel Committee said")
    assert not answer(all_news, "did anyone prominent say anything about hidankyo").missing
    assert answer(all_news, "was the peace prize important?").missing == ("important",)
    # "rn" is chat's "right now" (it said no article mentions "rn")
    found = answer(all_news, "any idea how much cocoa costs rn")
    assert found.hits[0].passage.text.startswith("The price of cocoa passed 10,000 dollars")


def test_a_vague_word_no_article_holds_is_left_out(seed_index):
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    for typed in (
        "is China involved?",
        "China's involvement",
        "China's part in this",
        "hey bot, quick question: China?",
        "sorry to bother, any idea about China?",
        "summary of China",
        "top facts about China",
        "fun facts about China",
        "anything interesting about China?",
        "eli5 China",
        "how did China respond?",
        "China's reaction",
    ):
        assert build_query(typed, analyzer, vocabulary).question_terms == ("china",), typed
    for typed, terms in (
        ("name the researcher", ("research",)),
        ("what kind of agreement", ("agreement",)),
        ("which agency reported it", ("agenc",)),
        ("the article about China", ("china",)),
        ("any stories on China?", ("china",)),
        ("what did the analysts conclude?", ("analyst",)),
        ("what does the researcher believe", ("research",)),
        # a person as a member calls one, what asks whether or how the news says it
        ("what does the analyst guy think", ("analyst",)),
        ("is Ukraine mentioned?", ("ukrain",)),
        ("does any article mention Ukraine", ("ukrain",)),
        ("quote from the researcher pls", ("research",)),
        # who did it: "We will not leave anyone behind," was quoted
        ("who is behind the coup?", ("coup",)),
        ("wait who is behind the coup", ("coup",)),  # chat's "wait", "tho", "lol"
        ("why did the coup happen tho lol", ("coup",)),
        ("omg why did the coup happen wtf", ("coup",)),
        # the colour a member adds, which no article need write (an idiom's meaning the
        # seed writes aside: "what went wrong?" asks a problem, test_query.py)
        ("who led the famous coup?", ("lead", "coup")),
        ("who was the hero of the coup?", ("coup",)),  # the member's praise
        ("what color is the flag of Myanmar?", ("flag", "myanmar")),  # a colour asked
        ("what is the actual reason for the coup?", ("reason", "coup")),
        ("how long ago was the coup?", ("coup",)),  # "ago": when, which no article says
        ("whos behind the coup", ("coup",)),
        ("tell me about the coup incident", ("coup",)),  # "thing", "saga", "incident"
        # what the news names, last: "...opposed any mention of fossil fuels" came first
        ("what countries are mentioned?", ("countri",)),
        ("is Ukraine covered?", ("ukrain",)),
    ):
        assert build_query(typed, analyzer, vocabulary).question_terms == terms, typed
    # Where an article holds it, it is asked: the seed says "an invaluable role".
    assert build_query("China's role", analyzer, vocabulary).question_terms == ("china", "role")


def test_how_alone_asks_how_long_of_the_answer_before(seed_index):
    # A follow-up: "long" is how it asks; it said "no article mentions “long”".
    earlier = "who supplies Myanmar's jets?"
    for typed, unsaid in (
        ("how long?", "how long"),
        ("How long was that?", "how long"),
        ("how old is he?", "how old"),
        ("how far?", "how far"),  # a measure: in figures
        ("How soon?", "how soon"),
        ("how high is it?", "how high"),
    ):
        assert build_query(typed, seed_index.analyzer, seed_index.vocabulary).question_terms == ()
        found = answer(seed_index, typed, earlier=earlier)
        assert found.missing == () and found.unsaid == unsaid, typed
    # Asked with more, the word is searched for where an article writes it (not the seed:
    # test_query.py), and left out where none does, to count against nothing.
    query = build_query("how long is the border?", seed_index.analyzer, seed_index.vocabulary)
    assert query.question_terms == ("border",)
    # ...but not "soon", which only asks when ("no article mentions “soon”").
    query = build_query(
        "how soon will Russia send jets?", seed_index.analyzer, seed_index.vocabulary
    )
    assert query.question_terms == ("russia", "send", "jet")


def test_last_asking_when_before_now_is_how_a_question_asks(tmp_path):
    # "when did this last happen?" found only "the last 30 balls": "last" asks a time
    text = "Martial law was declared in 1980. The last eruption came last year."
    index = one_article(tmp_path, text)

    def terms(typed: str) -> tuple[str, ...]:
        return build_query(typed, index.analyzer, index.vocabulary).question_terms

    assert terms("when did this last happen?") == ()
    assert terms("when was martial law last declared?") == ("martial", "law", "declar")
    # "when was the last X?" asks the time of the latest X: its "last" found "...a raid that
    # lasted less than eight minutes" for "when was the last cut?" after the Bank of England
    assert terms("when was the last eruption?") == ("erupt",)
    assert "last" in terms("what was the last eruption like?")  # an adjective: which eruption
    assert "last" in terms("what erupted last year?")  # a time said


def test_a_word_drawn_out_is_read_as_the_word_and_a_greeting_left_out(seed_index):
    # Chat types a letter over and over: "whooo", "jetsss" were said missing.
    analyzer, vocabulary = seed_index.analyzer, seed_index.vocabulary
    plain = build_query("who supplies the jets to Russia", analyzer, vocabulary)
    for typed in ("whooo supplies the jetsss to Russiaaa", "sooo who supplies the jets to Russia"):
        assert build_query(typed, analyzer, vocabulary).question_terms == plain.question_terms
    # "good morning" greets; "morning" alone is asked.
    greeted = build_query("good morning! who supplies the jets to Russia", analyzer, vocabulary)
    assert greeted.question_terms == plain.question_terms
    assert build_query("what happened in the morning", analyzer, vocabulary).question_terms == (
        "morn",
    )
    # A drawn-out word that is no corpus or stop word stays missing.
    assert [w.written for w in build_query("zzzebra", analyzer, vocabulary).words] == ["zzzebra"]


def test_chat_spellings_of_question_words_are_read_as_the_words():
    assert spelled_out("wat happend at the louvre") == "what happened at the louvre"
    assert spelled_out("y did it fail? wen?") == "why did it fail? when?"
    assert spelled_out("quick q, who won?") == "quick question, who won?"
    assert spelled_out("whos the new pope") == "who's the new pope"
    assert spelled_out("wher did it crash? whn?") == "where did it crash? when?"
    assert spelled_out("wich team won? wht?") == "which team won? what?"
    assert spelled_out("how mutch did mars pay") == "how much did mars pay"  # not "match"
    assert spelled_out("how mnay died") == "how many died"  # a count, not a stop typo
    # "y" only opening a question, before a verb that asks; words holding the spellings stay
    assert spelled_out("the y chromosome, what what") == "the y chromosome, what what"
    assert spelled_out("y combinator news") == "y combinator news"


def test_how_many_typed_wrong_still_counts(all_news):
    # "how mnay died in valencia" quoted Paiporta's "...where at least 62 people died"
    found = first_quoted(all_news, "how mnay died in valencia")
    assert found.startswith("Flash floods in the Spanish region of Valencia"), found


def test_chats_gimme_and_lemme_ask_nothing_themselves(all_news):
    # "gimme the latest on the louvre heist" said no article mentions "gimme"
    found = first_quoted(all_news, "gimme the latest on the louvre heist")
    assert found.startswith("Thieves stole eight pieces of jewellery"), found
    found = first_quoted(all_news, "lemme know who won the super bowl")
    assert found.startswith("The Philadelphia Eagles beat the Kansas City Chiefs"), found


def test_what_happened_typed_in_chat_is_answered_by_the_news(tmp_path):
    # "wat happend": the opening, not "The Louvre, the world's most visited museum,
    # closed for the day", which the words alone put first
    found = first_quoted(over_news(tmp_path, "news4"), "wat happend at the louvre")
    assert found.startswith("Thieves stole eight pieces of jewellery")


@pytest.mark.parametrize(
    "question, first",
    [
        # "catch" and "up" are no words to look for: it said no article naming Syria
        # answers it
        ("catch me up on syria", "Syrian rebels took control of the capital"),
        # the news, not "It is the first strike at Boeing since 2008..."
        ("fill me in on the boeing strike", "About 33,000 Boeing factory workers"),
        # not "no article mentions “brief”"
        ("brief me on mpox", "The World Health Organization declared"),
    ],
)
def test_asking_to_be_caught_up_on_a_thing_is_told_its_news(all_news, question, first):
    assert first_quoted(all_news, question).startswith(first)
