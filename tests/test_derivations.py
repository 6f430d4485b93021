import pytest

from index.analysis import Analyzer
from index.answers import answer
from index.build import build_index
from index.derivations import derived, doer
from tests.conftest import one_article, write


@pytest.mark.parametrize(
    "verb, noun",
    [
        ("respond", "response"),
        ("decide", "decision"),
        ("defend", "defence"),
        ("oppose", "opposition"),
        ("produce", "production"),
        ("destroy", "destruction"),
        ("intervene", "intervention"),
        ("provoke", "provocation"),
        ("apply", "application"),
        ("justify", "justification"),
        ("occupy", "occupation"),
        ("admit", "admission"),
        ("describe", "description"),
        ("receive", "reception"),
        ("assume", "assumption"),
        ("expel", "expulsion"),
        ("resolve", "resolution"),
        ("detain", "detention"),
        # a noun and its adjective
        ("strategy", "strategic"),
        ("history", "historic"),
        ("economy", "economic"),
        ("democracy", "democratic"),
        ("diplomacy", "diplomatic"),
        ("finance", "financial"),
        ("commerce", "commercial"),
        # ...an adjective in "-ate" and its noun in "-acy"
        ("accurate", "accuracy"),
        ("legitimate", "legitimacy"),
        # an adjective and its adverb
        ("military", "militarily"),
        ("necessary", "necessarily"),
    ],
)
def test_a_verb_and_its_noun_the_stemmer_parts_find_each_other(verb, noun):
    analyzer = Analyzer()
    (verb_term,), (noun_term,) = analyzer.analyze(verb), analyzer.analyze(noun)
    assert verb_term != noun_term  # Snowball leaves them apart
    assert noun_term in derived(verb_term) and verb_term in derived(noun_term)


@pytest.mark.parametrize(
    "verb, noun",
    [
        ("lose", "loss"),
        ("succeed", "success"),
        ("choose", "choice"),
        ("fly", "flight"),
        ("grow", "growth"),
        ("sell", "sale"),
        ("speak", "speech"),
        ("prove", "proof"),
        ("live", "life"),
        ("weigh", "weight"),
        ("high", "height"),
        ("deep", "depth"),
        ("long", "length"),
        ("strong", "strength"),
        ("wide", "width"),
        ("true", "truth"),
        ("free", "freedom"),
        ("fail", "failure"),
        ("pay", "payment"),
        ("enter", "entry"),
        ("deny", "denial"),
        ("benefit", "beneficial"),
        ("religion", "religious"),
        ("science", "scientific"),
        ("crime", "criminal"),
        ("president", "presidential"),
        ("weaker", "weakened"),
        ("short", "shorten"),
        ("tight", "tighten"),
        ("compete", "competition"),
        ("base", "basic"),
    ],
)
def test_irregular_pairs_are_written_as_the_analyzer_stems_them(verb, noun):
    (verb_term,), (noun_term,) = Analyzer().analyze(verb), Analyzer().analyze(noun)
    assert noun_term in derived(verb_term) and verb_term in derived(noun_term)


_DOING = (
    "win winner,lose loser,make maker,buy buyer,sell seller,lead leader,rule ruler,run runner,"
    "play player,kill killer,speak speaker,teach teacher,write writer,read reader,vote voter,"
    "work worker,build builder,hold holder,keep keeper,help helper,back backer,invest investor,"
    "invent inventor,create creator,shoot shooter,bomb bomber,smuggle smuggler,trade trader,"
    "lend lender,farm farmer,hunt hunter,sing singer,dance dancer,drive driver,ride rider,"
    "score scorer,strike striker,use user,view viewer,visit visitor,survive survivor,"
    "succeed successor,conquer conqueror,settle settler,govern governor,hack hacker"
)


@pytest.mark.parametrize("verb, doer", [pair.split() for pair in _DOING.split(",")])
def test_who_does_it_is_paired_with_the_verb_as_the_analyzer_stems_them(verb, doer):
    (verb_term,), (doer_term,) = Analyzer().analyze(verb), Analyzer().analyze(doer)
    assert verb_term != doer_term  # Snowball leaves them apart
    assert doer_term in derived(verb_term) and verb_term in derived(doer_term)


@pytest.mark.parametrize(
    "one, other",
    [
        ("commit", "commission"),
        ("depose", "deposit"),
        ("intend", "intense"),
        ("block", "bloc"),
        ("police", "policy"),
        ("office", "official"),
        ("army", "arm"),
        ("party", "part"),
    ],
)
def test_words_that_only_look_derived_stay_apart(one, other):
    analyzer = Analyzer()
    (one_term,), (other_term,) = analyzer.analyze(one), analyzer.analyze(other)
    assert other_term not in derived(one_term) and one_term not in derived(other_term)


def test_a_question_verb_the_corpus_lacks_finds_its_noun(tmp_path):
    text = "Opposition forces fought the junta. In response, the junta bombed villages."
    index = one_article(tmp_path, text)
    found = answer(index, "who opposes the junta?")
    assert not found.missing and found.hits[0].passage.text.startswith("Opposition")
    found = answer(index, "how did the junta respond?")
    assert not found.missing and found.hits[0].passage.text.startswith("In response")
    write(tmp_path, "b.md", "---\ntitle: B\n---\nThe junta suffered heavy losses.")
    found = answer(build_index(tmp_path), "is the junta losing?")
    assert not found.missing and found.hits[0].passage.text.startswith("The junta suffered")
    write(tmp_path, "c.md", "---\ntitle: C\n---\nThe deal is mutually beneficial.")
    found = answer(build_index(tmp_path), "what are the benefits of the deal?")
    assert not found.missing and found.hits[0].passage.text.startswith("The deal is")


def test_who_does_it_the_corpus_lacks_finds_the_verb(tmp_path):
    text = "Brazil scored first. Enzo Fernandez scored the winning kick. The match was long."
    index = one_article(tmp_path, text)
    found = answer(index, "who scored the winner?")  # "no article mentions “winner”"
    assert not found.missing and found.hits[0].passage.text.startswith("Enzo Fernandez")


def test_a_ship_noun_the_corpus_lacks_finds_whom_it_is_of(tmp_path):
    index = one_article(tmp_path, "Gukesh became the youngest world chess champion. Ding lost.")
    found = answer(index, "who is the chess championship's youngest winner?")
    assert found.missing == ("winner",)  # only "winner": no article writes "win" either
    assert found.hits[0].passage.text.startswith("Gukesh became")
    # Short bases are other words: a warship is no war. Nor is a champion a championship:
    # "the champions league" names none.
    assert "war" not in derived("warship") and "championship" not in derived("champion")


def test_a_ship_noun_finds_whom_it_is_of_where_another_article_writes_it(tmp_path):
    write(tmp_path, "chess.md", "---\ntitle: Chess\n---\nGukesh became world chess champion.")
    write(tmp_path, "euro.md", "---\ntitle: Euro\n---\nSpain won the European Championship.")
    index = build_index(tmp_path)
    found = answer(index, "tell me about the chess championship")
    assert found.hits and found.hits[0].passage.text.startswith("Gukesh became")
    assert answer(index, "who won the championship?").hits[0].passage.text.startswith("Spain")


def test_who_does_what_a_verb_says():
    assert doer("work") == "worker" and doer("play") == "player"
    assert doer("worker") == "" and doer("jet") == ""


@pytest.mark.parametrize(
    "comparative, adjective",
    [("bigger", "big"), ("larger", "large"), ("wider", "wide"), ("hotter", "hot")],
)
def test_a_comparative_finds_its_adjective(comparative, adjective):
    # the lemmatizer joins most ("larger", "wider"); the pairs join the rest
    (term,), (base,) = Analyzer().analyze(comparative), Analyzer().analyze(adjective)
    assert term == base or base in derived(term)


def test_a_comparative_the_corpus_lacks_asks_of_its_adjective(tmp_path):
    # "no article mentions “bigger”"
    index = one_article(tmp_path, "Nvidia is now a big company. Apple sells phones.")
    found = answer(index, "is nvidia bigger than apple now?")
    assert not found.missing and found.hits[0].passage.text.startswith("Nvidia is now")


@pytest.mark.parametrize(
    "who, field",
    [
        ("physicists", "physics"),
        ("biologist", "biology"),
        ("chemist", "chemistry"),
        ("terrorist", "terror"),
    ],
)
def test_who_works_in_a_field_finds_the_field_as_the_analyzer_stems_them(who, field):
    (who_term,), (field_term,) = Analyzer().analyze(who), Analyzer().analyze(field)
    assert field_term in derived(who_term)


def test_who_works_in_a_field_the_corpus_lacks_finds_the_field(tmp_path):
    # "no article mentions “physicists”"
    index = one_article(tmp_path, "The Nobel Prize in Physics was awarded to Hinton. Rain fell.")
    found = answer(index, "what did the physicists win for?")
    assert not found.missing and found.hits[0].passage.text.startswith("The Nobel Prize")
