"""The parts of nltk qabot uses, imported without the scipy modules nltk imports."""

from __future__ import annotations

import sys


def _import() -> tuple[type, type, type]:
    # When scipy is installed (qabot uses scipy.sparse to build), importing nltk imports
    # scipy.stats and scipy.sparse for parts qabot never calls: about a second at every
    # start, most of `qabot ask`. With scipy hidden while nltk is imported, nltk takes
    # its own fallbacks; scipy stays importable afterwards.
    hide = "nltk" not in sys.modules and "scipy" not in sys.modules
    if hide:
        sys.modules["scipy"] = None  # type: ignore[assignment]
    try:
        from nltk.stem.snowball import EnglishStemmer
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    finally:
        if hide:
            del sys.modules["scipy"]
    return EnglishStemmer, PunktParameters, PunktSentenceTokenizer


EnglishStemmer, PunktParameters, PunktSentenceTokenizer = _import()
