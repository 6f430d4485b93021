import pytest

from index import languages
from index.build import build_index
from index.languages import corpus_languages, foreign_question
from tests.conftest import write


@pytest.mark.parametrize(
    "question, language",
    [
        ("¿Quién suministra los aviones de combate a Myanmar?", "Spanish"),
        ("Кто поставляет самолёты Мьянме?", "Russian"),
        ("من يزود ميانمار بالطائرات؟", "Arabic"),
    ],
)
def test_a_question_in_another_language_is_named(seed_index, question, language):
    foreign = foreign_question(seed_index, question)
    assert foreign is not None
    assert (foreign.language, foreign.corpus) == (language, ("English",))


@pytest.mark.parametrize(
    "question",
    ["and China?", "elephants", "sanctions", "Min Aung Hlaing", "what is the capital of France"],
)
def test_short_or_english_questions_are_not_taken_for_another_language(seed_index, question):
    assert foreign_question(seed_index, question) is None


def test_the_corpus_own_words_tell_nothing_of_a_questions_language(tmp_path):
    write(
        tmp_path,
        "a.md",
        "---\ntitle: A\n---\nShares in the chipmaker Nvidia fell after DeepSeek released "
        "its assistant. The company said investors sold shares.\n",
    )
    index = build_index(tmp_path)
    # names the corpus writes and one chat word: no three words of another language
    assert foreign_question(index, "deepseek nvidia wtf") is None
    assert foreign_question(index, "¿Quién suministra los aviones a Myanmar?").language == (
        "Spanish"
    )


def test_every_language_of_the_corpus_is_known(tmp_path):
    write(
        tmp_path,
        "en.md",
        "---\ntitle: A\n---\nThe junta leader arrived in Moscow today for talks.\n",
    )
    write(
        tmp_path,
        "es.md",
        "---\ntitle: B\n---\nEl líder de la junta llegó hoy a Moscú para mantener "
        "conversaciones con el gobierno.\n",
    )
    write(
        tmp_path,
        "es2.md",
        "---\ntitle: C\n---\nLos elefantes llegaron al circo de Moscú después de un largo viaje.\n",
    )
    index = build_index(tmp_path)
    assert corpus_languages(index) == ("es", "en")
    assert foreign_question(index, "¿Quién suministra los aviones a Myanmar?") is None
    assert foreign_question(index, "Кто поставляет самолёты Мьянме?").corpus == (
        "Spanish",
        "English",
    )


def test_a_large_corpus_is_told_from_articles_spread_over_it(tmp_path, monkeypatch):
    english = "The junta leader arrived in Moscow today for talks with the government."
    spanish = "El líder de la junta llegó hoy a Moscú para mantener conversaciones."
    # Articles in file order: Spanish first and last, English between.
    for number, text in enumerate([spanish, english, english, english, spanish]):
        write(tmp_path, f"a{number}.md", f"---\ntitle: T{number}\n---\n{text}\n")
    index = build_index(tmp_path)
    monkeypatch.setattr(languages, "SAMPLE_ARTICLES", 2)
    assert corpus_languages(index) == ("es",)  # the first and the last article only
    monkeypatch.setattr(languages, "SAMPLE_ARTICLES", 3)
    fresh = build_index(tmp_path)  # the languages are cached for an index
    assert corpus_languages(fresh) == ("es", "en")


def test_plainly_english_questions_on_an_english_corpus_need_no_model(seed_index):
    assert languages.plainly_english(seed_index, "what is the population of mars")
    assert languages.plainly_english(seed_index, "which jets does Myanmar fly")  # corpus words
    assert not languages.plainly_english(seed_index, "population mars")  # no stop word
    assert not languages.plainly_english(seed_index, "who is Zbigniew Brzezinski")
    assert not languages.plainly_english(seed_index, "donde esta la capital de Francia")
    assert not languages.plainly_english(seed_index, "was ist die Hauptstadt von Frankreich")


def test_an_english_question_on_a_corpus_that_writes_none_is_still_named(tmp_path):
    write(
        tmp_path,
        "es.md",
        "---\ntitle: B\n---\nEl líder de la junta llegó hoy a Moscú para mantener "
        "conversaciones con el gobierno sobre la venta de aviones.\n",
    )
    index = build_index(tmp_path)
    foreign = foreign_question(index, "what is the population of mars")
    assert foreign is not None and (foreign.language, foreign.corpus) == ("English", ("Spanish",))
