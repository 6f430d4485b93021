import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from index.analysis import stem
from index.build import build_index
from index.saved import load_index, save_index
from index.synonyms import group_terms, synonyms
from tests.conftest import SEED_DIR, quoted

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    folder = tmp_path_factory.mktemp("saved") / "ix"
    save_index(build_index(SEED_DIR), folder)
    return folder


def test_each_word_keeps_the_stem_and_frequency_the_libraries_give(saved):
    vocabulary = load_index(saved).vocabulary
    words = vocabulary.words.strings()
    assert len(words) > 200
    for number, word in enumerate(words):
        expected = "" if word[:1].isdigit() or "." in word else stem(word)
        assert vocabulary.word_stem[number] == expected, word
        assert vocabulary.zipf(word) == zipf_frequency(word, "en"), word
    assert vocabulary.zipf("brazil") == zipf_frequency("brazil", "en")  # not a corpus word


def test_a_loaded_index_analyses_questions_with_its_saved_work(saved):
    index = load_index(saved)
    assert index.analyzer.stems["jets"] == "jet" and index.analyzer.stems["supplies"] == "suppli"
    assert synonyms(index.analyzer) == synonyms(build_index(SEED_DIR).analyzer)
    assert index.analyzer.synonym_terms == group_terms(index.analyzer.analyze)


def test_figures_of_another_wordfreq_are_set_aside(saved, monkeypatch):
    from index import index as index_module

    real = index_module.installed_version
    monkeypatch.setattr(
        index_module, "installed_version", lambda name: "0.1" if name == "wordfreq" else real(name)
    )
    vocabulary = load_index(saved).vocabulary
    assert vocabulary.word_zipf is None
    assert vocabulary.zipf("junta") == zipf_frequency("junta", "en")


def test_answering_from_a_saved_index_imports_no_language_library(saved):
    """What a one-question run costs is mostly imports: a question whose words the
    corpus holds, or common English words, is answered without simplemma, nltk, wordfreq
    or rapidfuzz."""
    question = "who supplies Myanmar's jets?"  # "supplies": a common word, not the corpus's
    script = (
        "import sys; from index.saved import load_index; from index.answers import answer; "
        f"index = load_index({str(saved)!r}); "
        f"texts = [h.passage.text for h in answer(index, {question!r}).hits]; "
        "heavy = {'simplemma', 'nltk', 'wordfreq', 'rapidfuzz', 'scipy'}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy)); print(texts[0])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    imported, first = done.stdout.splitlines()[:2]
    assert imported == "[]"
    assert first == quoted(build_index(SEED_DIR), question)[0]


def test_a_rebuild_takes_known_figures_and_works_out_new_ones(tmp_path):
    import shutil

    from index.refresh import refresh_index
    from tests.conftest import write

    corpus = tmp_path / "corpus"
    shutil.copytree(SEED_DIR, corpus)
    saved = tmp_path / "ix"
    refresh_index(corpus, saved)
    write(corpus, "new.md", "Zanzibar's cloves were auctioned.\n")
    vocabulary = refresh_index(corpus, saved).index.vocabulary
    words = vocabulary.words.strings()
    assert {"zanzibar", "cloves", "jets"} <= set(words)
    for number, word in enumerate(words):
        expected = "" if word[:1].isdigit() or "." in word else stem(word)
        assert vocabulary.word_stem[number] == expected, word
        assert vocabulary.zipf(word) == zipf_frequency(word, "en"), word


def test_common_english_words_keep_their_figures_too(saved):
    vocabulary = load_index(saved).vocabulary
    common = vocabulary.common
    assert common is not None and len(common.words) > 20_000
    for word in ("supplies", "fly", "bridesmaids"):
        assert vocabulary.words.id(word) is None  # not the seed article's words
        assert vocabulary.stems[word] == stem(word)
        assert vocabulary.zipf(word) == zipf_frequency(word, "en")
    assert "zanzibarian" not in vocabulary.stems  # neither: stemmed when asked


def test_a_written_word_and_its_term_are_found_both_ways(saved):
    vocabulary = load_index(saved).vocabulary
    assert vocabulary.term_of("jets") == "jet" and "jets" in vocabulary.words_of("jet")
    assert vocabulary.term_of("leader") == "leader"
    assert vocabulary.term_of("brazil") == "" and vocabulary.words_of("brazil") == []


def test_a_words_frequency_is_wordfreqs_however_it_is_looked_up():
    """Plain lowercase words are looked up in wordfreq's list directly; every other
    word goes through wordfreq's own tokenizer. Both give wordfreq's figure."""
    from wordfreq import top_n_list

    from index.vocabulary import zipf_frequency as ours

    words = top_n_list("en", 3000)[::3] + ["zanzibarian", "qxv", "jets", "a"]
    words += ["don't", "f-16", "1990s", "café", "u.s.", "Jets", "x2", "mongke's"]
    for word in words:
        assert ours(word) == zipf_frequency(word, "en"), word
