"""The parts of nltk qabot uses, imported as if scipy were not installed.

nltk imports its whole library when any part of it is imported, and where scipy is
installed (qabot builds with scipy.sparse) that includes scipy.stats and scipy.sparse,
for parts qabot never calls. On this project's machine, with numpy imported first,
importing nltk takes 1.35-1.40 s with scipy visible and 0.29-0.36 s without: most of a
cold `qabot ask`. Compare, in .venv/bin/python, `import numpy, time; t =
time.perf_counter(); import nltk; print(time.perf_counter() - t)` with the same for
`import index.nltk_parts`.

scipy is an optional dependency of nltk, which imports it in try blocks and falls back
when it is missing. So while nltk is imported, a finder put first on sys.meta_path (the
import system's documented hook) answers that scipy is not there. sys.modules is left
alone, and scipy stays importable afterwards.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType


class _WithoutScipy(MetaPathFinder):
    """A finder that says scipy and its modules do not exist."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name == "scipy" or name.startswith("scipy."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def _import() -> tuple[type, type, type, str]:
    hook = _WithoutScipy()
    sys.meta_path.insert(0, hook)
    try:
        import nltk
        from nltk.stem.snowball import EnglishStemmer
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    finally:
        sys.meta_path.remove(hook)
    return EnglishStemmer, PunktParameters, PunktSentenceTokenizer, nltk.__version__


EnglishStemmer, PunktParameters, PunktSentenceTokenizer, NLTK_VERSION = _import()
