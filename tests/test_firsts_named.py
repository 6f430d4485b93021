"""What firsts/named.py puts beside the first passage: whom it describes, quotes or names."""

from index.answers import answer
from index.build import build_index
from tests.conftest import first_quoted, write


def test_who_a_pronoun_stands_for_is_named_by_the_sentence_before(all_news):
    # "She was replaced after two days by Emmett Shear...": she is Mira Murati
    assert first_quoted(all_news, "who was replaced by emmett shear?").startswith("Mira Murati")
    found = answer(
        all_news, "who did he replace?", earlier="who is emmett shear?", recent=("altman.md",)
    )
    texts = [hit.passage.text for hit in found.hits[:2]]
    assert texts[0].startswith("She was replaced after two days by Emmett Shear")
    assert texts[1].startswith("Mira Murati, the chief technology officer")


def test_who_someone_is_keeps_the_sentence_naming_them(all_news):
    # not the sentence before it, naming whom its "She" stands for
    found = first_quoted(all_news, "who is emmett shear?")
    assert found.startswith("She was replaced after two days by Emmett Shear")


def test_a_name_asked_keeps_the_sentence_giving_it_by_a_pronoun(all_news):
    # "what name" asks no one: "He took the name Leo XIV..." tells it
    found = first_quoted(all_news, "what name did the new pope choose?")
    assert found.startswith("He took the name Leo XIV")


def test_who_is_answered_by_the_name_after_a_lede_that_gives_only_the_role(seed_index, tmp_path):
    for question in ("who is the junta leader?", "who leads the junta?"):
        found = answer(seed_index, question)
        texts = [h.passage.text for h in found.hits]
        # asked who leads, the sentence naming him first (who.leader_first), then the lede
        assert texts[0].startswith("General Min Aung Hlaing, who launched the coup"), question
        assert texts[1].startswith("The leader of Myanmar's military junta has arrived")
    # Only from the lede, and only to a sentence that begins with a name.
    write(
        tmp_path,
        "a.md",
        "---\ntitle: A\n---\nA rebel leader spoke.\n\nThe leader of the rebels fled. "
        "In Yangon, Aung Ko waited.\n\nAung Ko is a rebel.",
    )
    found = answer(build_index(tmp_path), "who is the rebels' leader?")
    assert not any(h.passage.text == "In Yangon, Aung Ko waited." for h in found.hits[:2])


def test_who_died_is_answered_second_by_the_sentence_listing_them(tmp_path):
    # the lede counts them and names its source; "Those killed were..." was fourth
    write(
        tmp_path,
        "a.md",
        "---\ntitle: A\n---\nThe five people aboard the Titan submersible were killed, the"
        " US Coast Guard said.\n\nDebris from the Titan submersible was found.\n\n"
        "The Titan submersible lost contact with its ship.\n\n"
        "Those killed were Stockton Rush, chief executive of OceanGate, and Hamish Harding.\n",
    )
    texts = [h.passage.text for h in answer(build_index(tmp_path), "who died on the titan?").hits]
    assert texts[0].startswith("The five people aboard")
    assert texts[1].startswith("Those killed were Stockton Rush")


def test_who_said_a_quote_naming_its_speaker_by_a_pronoun_gets_the_sentence_naming_them(
    tmp_path,
):
    write(
        tmp_path,
        "quake.md",
        "---\ntitle: Earthquake\n---\nThe quake struck at night.\n\nPresident Gabriel Boric "
        'sent soldiers. "We will not leave anyone behind," he told reporters.\n',
    )
    index = build_index(tmp_path)
    # The quote alone says "he": the sentence before names him, second.
    found = answer(index, 'who said "we will not leave anyone behind"?')
    assert [h.passage.text for h in found.hits][:2] == [
        '"We will not leave anyone behind," he told reporters.',
        "President Gabriel Boric sent soldiers.",
    ]
    # Not for a question that asks for no one.
    told = [h.passage.text for h in answer(index, "what did he tell reporters?").hits]
    assert told and "President Gabriel Boric sent soldiers." not in told


def test_who_is_told_second_by_the_sentence_before_one_speaking_of_them_by_a_noun(
    seed_index,
):
    # "The delegation aims to strengthen cooperation across various sectors." names no one
    hits = answer(seed_index, "who is in the delegation?").hits
    assert hits[0].passage.text.startswith("The delegation aims")
    assert hits[1].passage.text.startswith("According to Myanmar's state broadcaster MRTV")


def test_who_did_it_is_named_by_the_sentence_after_one_naming_no_one(tmp_path):
    # ReQA's "who was the first known European to visit China and return?": the sentence
    # after the one saying what was done names who did it (it quoted the first, naming
    # no one)
    write(
        tmp_path,
        "yuan.md",
        "---\ntitle: Yuan dynasty\n---\nThe Yuan court welcomed traders from the west."
        " The first recorded travels by Europeans to China and back date from this time."
        " The most famous traveler of the period was the Venetian Marco Polo, whose account"
        " of his trip astounded the people of Europe.\n\nPaper money was printed across the"
        " empire.\n",
    )
    index = build_index(tmp_path)
    found = first_quoted(index, "who was the first known european to visit china and return?")
    assert found.startswith("The most famous traveler of the period"), found


def test_who_did_what_this_stands_for_is_named_by_the_sentence_before(tmp_path):
    # ReQA's "who first showed that newton's theory of gravity was not as correct as
    # another theory?": "This was the first time..." stands for what the sentence before
    # says, which names who did it
    write(
        tmp_path,
        "force.md",
        "---\ntitle: Force\n---\nNewton's laws held for two centuries. When Albert Einstein"
        " formulated his theory of general relativity, he found that it explained Mercury's"
        " orbit. This was the first time that Newton's theory of gravity had been shown to"
        " be less correct than an alternative.\n\nForces add as vectors.\n",
    )
    index = build_index(tmp_path)
    question = "who first showed that newton's theory of gravity was not as correct?"
    assert first_quoted(index, question).startswith("When Albert Einstein formulated")


def test_who_did_it_is_named_by_one_word_the_corpus_writes_as_a_name(tmp_path):
    # ReQA's "who thought that applied force caused movement...?": "Aristotle
    # misinterpreted this motion...", a name of one word the corpus writes capitalised,
    # after a first naming no one (not an acronym: "MSPs do not tend to vote against...")
    write(
        tmp_path,
        "force.md",
        "---\ntitle: Force\n---\nA box slides on ice. This results in zero net force, but"
        " since the object started with a non-zero velocity, it continues to move."
        " Aristotle misinterpreted this motion as being caused by the applied force.\n\n"
        "Later thinkers, unlike Aristotle, measured motion.\n",
    )
    index = build_index(tmp_path)
    question = "who thought applied force caused the movement of an object with non-zero velocity?"
    assert first_quoted(index, question).startswith("Aristotle misinterpreted"), first_quoted(
        index, question
    )
