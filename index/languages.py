"""Which languages the corpus is written in, and whether a question is written in another."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .analysis import SNOWBALL_STOP_WORDS
from .patterns import lazy

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from .index import Index

# The languages told apart: the most used ones online. Among all 97 of py3langid's,
# short English questions are taken for Shona or Xhosa ("and China?", "elephants");
# among these they are not, and an article in a language left out is still named by the
# nearest one.
NAMES = {
    "ar": "Arabic",
    "bn": "Bengali",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "ms": "Malay",
    "my": "Burmese",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sv": "Swedish",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
# A question is taken to be in another language only when the identifier is this sure,
# and, in the Latin script, when it has this many words the corpus does not write: one or
# two words ("sanctions", "Putin") are as often names or loans as another language, and
# the corpus's own words tell nothing of it ("deepseek nvidia wtf" was taken for Dutch).
MIN_PROBABILITY = 0.5
MIN_LATIN_WORDS = 3
# How much of each article is read to tell its language.
SAMPLE_CHARS = 2000
# How many articles, spread evenly over the corpus, are read to tell its languages:
# reading all 48,736 articles of a 1M-sentence corpus took 61 s, which the first
# unanswered question after each start or reload waited for; 200 take about a quarter of
# a second. A language of fewer than about one article in 200 may go unseen: a question
# in it that finds no answer is then told it is in another language than the corpus's.
SAMPLE_ARTICLES = 200
# Telling a language loads py3langid's model (0.8 s, 70 MB): most of a one-question run
# that finds no answer. Plainly English questions on a corpus that writes English are
# let through without it: a question whose words are all English stop words, common
# English words (the table every index keeps) or the corpus's own words, one at least a
# stop word ("what is the population of mars"); a corpus one of whose sampled articles
# has ENGLISH_SHARE of its words among the stop words (English prose about 45%; French,
# German, Spanish prose under 10%). Whenever either is unsure, the model decides.
ENGLISH_SHARE = 0.25


@dataclass(frozen=True)
class Foreign:
    """A question in a language the corpus is not written in."""

    language: str  # the question's, by name
    corpus: tuple[str, ...]  # the corpus's languages, by name, most articles first


def corpus_languages(index: Index) -> tuple[str, ...]:
    """The codes of the languages the index's articles are written in, most articles
    first, told from SAMPLE_ARTICLES articles spread over the corpus, each by its first
    SAMPLE_CHARS characters. Kept with the index (Index.derived) (the first call loads the language
    model, 0.8 s: call it off the event loop)."""
    return index.derived("languages", _languages)


def _languages(index: Index) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    identifier = _identifier()
    for article in _sample(index):
        text = _opening(index, article)
        if text.strip():
            language = identifier.classify(text)[0]
            counts[language] = counts.get(language, 0) + 1
    return tuple(sorted(counts, key=lambda code: -counts[code]))


def foreign_question(index: Index, question: str) -> Foreign | None:
    """The question's language when it is surely not one the corpus is written in."""
    words = question.split()
    latin = all(_latin(c) for c in question if c.isalpha())
    if not words or (latin and len(_unwritten(index, question)) < MIN_LATIN_WORDS):
        return None
    if latin and plainly_english(index, question) and index.derived("english", _writes_english):
        return None  # without the model (ENGLISH_SHARE)
    language, probability = _identifier().classify(question)
    if probability < MIN_PROBABILITY:
        return None
    corpus = corpus_languages(index)
    if not corpus or language in corpus:
        return None
    return Foreign(NAMES.get(language, language), tuple(NAMES.get(c, c) for c in corpus))


def plainly_english(index: Index, question: str) -> bool:
    """Whether every word of ``question`` is an English stop word, a common English word
    or a word of the corpus, and one at least a stop word (see ENGLISH_SHARE)."""
    vocabulary = index.vocabulary
    if vocabulary.common is None:  # the common words' table set aside (another wordfreq)
        return False
    words = [w for w in _words_of(index, question) if w and not w[0].isdigit()]
    return any(w in SNOWBALL_STOP_WORDS for w in words) and all(
        w in SNOWBALL_STOP_WORDS
        or vocabulary.common.words.id(w) is not None
        or vocabulary.words.id(w) is not None
        for w in words
    )


def _words_of(index: Index, question: str) -> list[str]:
    """The words of ``question`` as the vocabulary keys them."""
    analyzer = index.analyzer
    return [analyzer.normalised(w) for w in analyzer.words(question)]


def _unwritten(index: Index, question: str) -> list[str]:
    """The words of ``question`` that no article writes."""
    return [w for w in _words_of(index, question) if index.vocabulary.words.id(w) is None]


def _writes_english(index: Index) -> bool:
    """Whether a sampled article has ENGLISH_SHARE of its words among English stop words."""
    for article in _sample(index):
        words = _LETTERS.findall(_opening(index, article).lower())
        stop = sum(1 for w in words if w in SNOWBALL_STOP_WORDS)
        if words and stop >= ENGLISH_SHARE * len(words):
            return True
    return False


def _sample(index: Index) -> list[str]:
    """The ids of at most SAMPLE_ARTICLES articles, evenly spread, first and last included."""
    total = len(index.infos)
    if total <= SAMPLE_ARTICLES:
        return [info.id for info in index.infos]
    step = (total - 1) / (SAMPLE_ARTICLES - 1)
    return [index.infos[round(i * step)].id for i in range(SAMPLE_ARTICLES)]


def _opening(index: Index, article: str) -> str:
    parts: list[str] = []
    size = 0
    for number in index.spans[article]:
        text = index.passages.text(number)
        parts.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return " ".join(parts)[:SAMPLE_CHARS]


def _latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f"


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """py3langid's model, loaded on first use (0.8 s): only a question that found no
    answer, or a look at the corpus's languages, needs it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(NAMES))
    # The model of all 142 languages, kept only to restrict it again: 27 MB of the 80 MB
    # the identifier holds in each process that has answered "no answer" once.
    identifier._full_model = None
    return identifier


_LETTERS = lazy(r"[a-z]+(?:'[a-z]+)?")
