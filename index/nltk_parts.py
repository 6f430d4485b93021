"""The parts of nltk qabot uses, imported when first needed and as if scipy were not there.

nltk imports its whole library when any part of it is imported (0.3 s on this project's
machine), and where scipy is installed (qabot builds with scipy.sparse) that includes
scipy.stats and scipy.sparse, for parts qabot never calls (1.35-1.40 s in all). A
question asked of a saved index needs neither: its words' stems are saved with the
index (``vocabulary.Vocabulary.stems``), and sentences are split only when building. So
nltk is imported by the first call that needs it, and its version is read without
importing it.

scipy is an optional dependency of nltk, which imports it in try blocks and falls back
when it is missing. So while nltk is imported, a finder put first on sys.meta_path (the
import system's documented hook) answers that scipy is not there. sys.modules is left
alone, and scipy stays importable afterwards.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import cache
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import TYPE_CHECKING

from .versions import installed_version

if TYPE_CHECKING:
    from nltk.stem.snowball import EnglishStemmer
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


class _WithoutScipy:
    """A finder that says scipy and its modules do not exist. (Any object with find_spec
    is a meta path finder; subclassing importlib.abc's costs a cold start 7 ms.)"""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name == "scipy" or name.startswith("scipy."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


@cache
def _nltk() -> tuple[type[EnglishStemmer], type[PunktParameters], type[PunktSentenceTokenizer]]:
    hook = _WithoutScipy()
    sys.meta_path.insert(0, hook)
    try:
        from nltk.stem.snowball import EnglishStemmer
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    finally:
        sys.meta_path.remove(hook)
    return EnglishStemmer, PunktParameters, PunktSentenceTokenizer


def english_stemmer() -> EnglishStemmer:
    """nltk's Snowball English stemmer."""
    return _nltk()[0]()


def punkt_classes() -> tuple[type[PunktParameters], type[PunktSentenceTokenizer]]:
    """nltk's Punkt parameters and sentence tokenizer."""
    return _nltk()[1], _nltk()[2]


def nltk_version() -> str:
    """The installed nltk's version, read without importing it."""
    return installed_version("nltk")
