from bot.talk import (
    ASK_THE_CLAIM,
    BYE,
    CHECK_IT,
    HOW_TO_ASK,
    MARK_IT,
    NO_PROBLEM,
    REPLY_TO_FOLLOW,
    THANKED,
    USE_FORGET,
    WHERE_FROM,
    Request,
    acknowledges,
    asks_about_theirs,
    asks_for_articles,
    asks_for_more,
    asks_whats_new,
    asks_why,
    leans_on_earlier,
    request_in,
    small_talk,
)


def test_thanks_and_acknowledgements_ask_nothing():
    for said in ("thanks!", "Thank you so much", "ty", "ok, got it", "merci beaucoup", "LOL"):
        assert acknowledges(said), said
    for asked in ("great wall of china", "super bowl winner", "thanks, and China?", "", "👍"):
        assert not acknowledges(asked), asked


def test_small_talk_is_answered_as_such_and_questions_are_not():
    assert small_talk("thanks!") == THANKED
    assert small_talk("hey bot, thanks") == THANKED  # the greeting opening it aside
    assert small_talk("👍", after_answer=True) == THANKED and small_talk("👍") == ""
    assert small_talk("🙏🏽", after_answer=True) == THANKED
    assert small_talk("?", after_answer=True) == small_talk("🤔", after_answer=True) == ""
    for praise in ("good bot!", "nice one", "well done", "Good job, thanks"):
        assert small_talk(praise, after_answer=True) == THANKED, praise
    for blame in ("bad bot", "you are wrong", "that's not what I asked", "not what I meant"):
        assert small_talk(blame, after_answer=True) == MARK_IT, blame
    for doubt in ("really?", "Are you sure??", "is that true", "hmm", "is that confirmed?"):
        assert small_talk(doubt, after_answer=True) == CHECK_IT, doubt
    for doubt in ("really?", "Are you sure??", "hmm"):
        assert small_talk(doubt) == ""  # not after an answer: nothing to doubt
    for checking in ("is this true?", "Fact check this", "true or false?"):
        assert small_talk(checking) == ASK_THE_CLAIM, checking  # which claim?
    assert small_talk("is this true?", after_answer=True) == CHECK_IT
    for about_me in (
        "help",
        "HELP?",
        "what can you do?",
        "Who are you",
        "how does this work",
        "what do you know about?",
        "who r u",
        "who made you?",  # searched, it quoted "Russian-made fighter jets"
        "Are you a bot?",
        "what's this bot",
        "what can you tell me?",  # searched, they found nothing
        "Tell me everything",
    ):
        assert small_talk(about_me) == HOW_TO_ASK, about_me
    assert small_talk("what can you tell me about the visit?") == ""
    for greeting in ("hi", "Hello there!", "good morning", "hey everyone", "hey, how are you?"):
        assert small_talk(greeting).startswith("Hi! "), greeting
    for farewell in ("bye!", "good night", "ok bye for now", "see you"):
        assert small_talk(farewell) == BYE, farewell
    assert small_talk("how are the rebels doing?") == ""
    for question in ("who helped Myanmar?", "help for refugees", "hi, who supplies jets?", "good"):
        assert small_talk(question) == "", question


def test_never_mind_is_let_be():
    for said in ("nvm", "Never mind!", "forget it"):
        assert small_talk(said) == small_talk(said, after_answer=True) == NO_PROBLEM, said


def test_where_quotes_come_from():
    for asked in (
        "source?",
        "link pls",
        "where is this from?",
        "how do you know that?",
        "When was this published?",
        "is this recent?",
    ):
        assert small_talk(asked) == WHERE_FROM, asked
    assert small_talk("where is this river from?") == ""
    assert small_talk("when was the treaty published?") == ""
    # In reply to an answer, who wrote "this" is who wrote the article quoted; asked
    # alone, "this" is the bot.
    for asked in ("who wrote this?", "Who reported that", "which article is this from?"):
        assert small_talk(asked, after_answer=True) == WHERE_FROM, asked
    assert small_talk("who wrote this?") == HOW_TO_ASK
    assert small_talk("who wrote the treaty?", after_answer=True) == ""


def test_asking_to_be_forgotten_in_words_points_to_forget():
    for asked in ("forget me!", "Delete my data", "what do you know about me?"):
        assert small_talk(asked) == USE_FORGET, asked
    assert small_talk("what do you know about Myanmar?") == ""


def test_a_summary_is_asked_not_talked_about():
    # An article's opening answers them (index/opening.py): no word of the bot's.
    for asked in ("tl;dr?", "TLDR", "summarize the article", "what is this about?"):
        assert small_talk(asked) == "", asked


def test_asking_why_an_answer_is_so():
    for why in ("why?", "How so?", "what do you mean?", "context?", "explain", "what??"):
        assert asks_why(why), why
    assert asks_why("what for?")  # "who won the physics nobel?" ... "what for?"
    assert asks_why("what happened next?") and asks_why("and then?")  # the sentences after
    for question in ("why did Russia help?", "how many jets?", "context of the visit", ""):
        assert not asks_why(question), question


def test_asking_for_more_of_an_answer():
    for more in (
        "tell me more",
        "More?",
        "what else?",
        "who else?",
        "anyone else?",
        "go on",
        "continue",
        "and?",
        "so?",
    ):
        assert asks_for_more(more), more
    for question in (
        "more about China?",
        "what else did Russia supply?",
        "who else supplies jets?",
        "next year?",
        "",
    ):
        assert not asks_for_more(question), question


def test_whats_new_is_asked_in_few_words():
    for asked in (
        "What's new?",
        "latest news",
        "any news?",
        "headlines",
        "whats the latest",
        "Breaking news!",
        "what happened today?",
        "news from this week",
        "what happened last week?",
        "any other news?",  # searched, it quoted "...state news agency TASS"
        "what else is new?",
    ):
        assert asks_whats_new(asked), asked
    for question in ("what's new in Myanmar?", "news agency", "latest jets"):
        assert not asks_whats_new(question), question


def test_requests_for_sources_and_complaints_get_a_pointer():
    assert small_talk("source?") == small_talk("link please") == WHERE_FROM
    assert small_talk("that's wrong", after_answer=True) == MARK_IT
    assert small_talk("not true!", after_answer=True) == MARK_IT
    assert small_talk("wrong") == ""  # not in reply to an answer: a word to search
    assert small_talk("not true that Russia supplies jets", after_answer=True) == ""
    assert small_talk("source of the Mekong?") == ""


def test_what_a_mention_asks_of_another_members_message():
    for asked in ("Is this true?", "fact check pls", "source?", "what do you think?"):
        assert asks_about_theirs(asked), asked
    assert not asks_about_theirs("is this true that Russia supplies jets?")


def test_asking_which_articles_the_bot_knows():
    for asked in (
        "list articles",
        "Show me the articles",
        "list all your sources",
        "what articles do you have?",
        "what topics do you cover?",
        "what can I ask about?",
        "what topics can I ask about?",  # "no article mentions “topics”"
    ):
        assert asks_for_articles(asked), asked
        assert small_talk(asked) == "", asked  # answered with the list, not a word
    for question in ("articles on Myanmar", "sources?", "list the sanctions", "what about China"):
        assert not asks_for_articles(question), question
    assert small_talk("sources?") == WHERE_FROM  # where a quote comes from


def test_a_follow_up_of_no_answer_says_how_to_follow_one_up():
    for said in ("tell me more", "why?", "what else?", "context?"):
        assert small_talk(said) == REPLY_TO_FOLLOW, said  # not "no answer" to nothing
        assert small_talk(said, after_answer=True) == "", said  # the client follows it up
    assert small_talk("why did Russia help?") == ""


def test_what_is_asked_of_the_bot_itself_and_when():
    # The client and the shell read messages through request_in: one order for both.
    assert request_in("tell me more", following=True) is Request.MORE
    assert request_in("why?", following=True) is Request.WHY
    assert request_in("tell me more", following=False) is None  # small talk says to reply
    assert request_in("why?", following=False) is None
    # What's new and the article list are asked with or without an answer followed, and
    # before small talk: "what is going on" and "the sources" are requests, not chat.
    for following in (True, False):
        assert request_in("what's new?", following) is Request.WHATS_NEW
        assert request_in("the sources", following) is Request.ARTICLES
    assert request_in("what is going on?", following=False) is Request.WHATS_NEW
    assert request_in("what is going on?", following=True) is Request.MORE  # "go on"
    # ...however written; "what's happening?" following an answer asks its news
    for typed in ("what's going on?", "whats going on"):
        assert request_in(typed, following=False) is Request.WHATS_NEW, typed
        assert request_in(typed, following=True) is Request.MORE, typed
        assert leans_on_earlier(typed), typed
    assert request_in("what's happening?", following=False) is Request.WHATS_NEW
    assert request_in("what's happening?", following=True) is None
    assert small_talk("the sources") == WHERE_FROM  # what it would say, asked alone
    assert request_in("why did Russia help?", following=True) is None


def test_an_age_limit_alone_follows_the_answer_before():
    # "australia social media | what's the age limit?" said no answer: asked anew, it
    # named nothing to search ("age" and "limit" ask how old)
    for text in ("what's the age limit?", "is there a minimum age?", "age restrictions?"):
        assert leans_on_earlier(text), text
    assert not leans_on_earlier("what's the age limit for tiktok?")  # names what it asks of


def test_whats_next_alone_follows_the_answer_before():
    for text in ("what's next?", "So what happens next?", "what comes next"):
        assert leans_on_earlier(text), text
    assert not leans_on_earlier("what's next for starship?")  # names what it asks of


def test_the_result_alone_follows_the_answer_before():
    # "copa final | what was the result?" quoted Romania's "Simion ... accepted the result"
    for text in (
        "what was the result?",
        "What's the final outcome",
        "final result?",
        "what was the margin of victory?",  # ...by how much the win told was
        "what was the winning margin",
    ):
        assert leans_on_earlier(text), text
    assert not leans_on_earlier("what was the result of the vote?")  # names what it asks of


def test_whether_everyone_is_all_right_asks_of_what_was_just_answered():
    for text in ("was everyone ok?", "Is everyone safe", "were all okay?"):
        assert leans_on_earlier(text), text
    assert not leans_on_earlier("is the milk safe?")  # names what it asks of


def test_who_the_star_is_asks_of_the_film_just_answered():
    for text in ("who is the star?", "Who's the lead actress", "who stars?"):
        assert leans_on_earlier(text), text
    assert not leans_on_earlier("who is the star of anora?")  # names what it asks of


def test_how_many_were_there_counts_what_was_just_answered():
    # "measles texas | how many were there?" said no answer: "were there" reads as
    # asking whether any are, and "how many" alone named nothing to count
    for text in ("how many were there?", "How many are there", "how many before?"):
        assert leans_on_earlier(text), text
    assert not leans_on_earlier("how many cases are there?")  # names what it counts
    assert not leans_on_earlier("were there any deaths?")


def test_will_there_be_more_asks_of_what_was_just_answered():
    # "iceland volcano | will there be more?" said no answer: asked alone, not of the
    # eruption ("...more eruptions could follow for years")
    for text in ("will there be more?", "Could there be another?", "will there be any more"):
        assert leans_on_earlier(text), text
    assert not leans_on_earlier("will there be more eruptions?")  # names what it asks of


def test_the_headlines_and_the_biggest_story_ask_whats_new():
    # searched, "what's the biggest story?" quoted "Lower food prices were the biggest
    # reason...", "tell me something interesting" the Bank of England's interest rates
    for text in (
        "give me the headlines",
        "what's the biggest story?",
        "tell me something interesting",
        "what should i know today?",
    ):
        assert request_in(text, following=False) is Request.WHATS_NEW, text
    assert request_in("what's the biggest deal?", following=False) is None  # Mars's
    assert request_in("biggest story in india", following=False) is None
