"""What reading a question looks up in an index's text (``reading.Lookups``), for an index."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache, partial

from .index import Index
from .names import beside, spelled_by, titled_name
from .phrases import said_anywhere
from .reading import Lookups
from .seeming import written_as_name

# Passages read for the words written beside a question's word, to read a typo beside it
# as a name's part (``reading.name_part``): about 3.5 µs each, 1.7 ms in all; a name's
# parts are written together wherever it is named, and a few hundred passages show them.
BESIDE_READ = 500


def lookups(index: Index) -> Lookups:
    """What reading a question looks up in ``index``'s text: the phrases it says, the
    names its acronyms spell, the names its titles go with and the words written beside
    a word (``reading.Lookups``)."""
    texts = index.passages.texts
    return Lookups(
        partial(said_anywhere, index),
        partial(spelled_by, texts),
        partial(titled_name, texts, is_surname=partial(written_as_name, index)),
        lru_cache(maxsize=16)(partial(_written_beside, index)),  # a neighbour asked twice
    )


def _written_beside(index: Index, word: str, after: bool) -> Counter[str]:
    """``names.beside`` over the first BESIDE_READ passages holding ``word``'s term."""
    term = index.analyzer.pair(word)[1]
    postings = index.bm25.documents([term]) if term else []
    passages = postings[0][:BESIDE_READ].tolist() if postings else []
    return beside(map(index.passages.text, passages), word, after)
