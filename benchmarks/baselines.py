"""The BM25 systems a user could pick instead of qabot, each ranking the same passages.

Each baseline is built over a list of passage texts and returns, for a question, the
positions in that list of the passages it would quote (best first, at most ``depth``); an
empty list is "no answer". None of them has a no-answer threshold: they quote whatever
scores above zero.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

Ranker = Callable[[str], list[int]]


def rank_bm25_okapi(texts: Sequence[str], depth: int = 10) -> Ranker:
    """rank-bm25's BM25Okapi on lowercase word tokens, its defaults (k1 1.5, b 0.75)."""
    from rank_bm25 import BM25Okapi

    tokenize = lambda text: re.findall(r"\w+", text.lower())  # noqa: E731
    model = BM25Okapi([tokenize(t) for t in texts])

    def rank(question: str) -> list[int]:
        scores = model.get_scores(tokenize(question))
        best = np.argsort(-scores, kind="stable")[:depth]
        return [int(i) for i in best if scores[i] > 0]

    return rank


def bm25s_snowball(texts: Sequence[str], depth: int = 10) -> Ranker:
    """bm25s (numpy backend, its default Lucene variant) with English stop words and
    PyStemmer's Snowball English stemmer."""
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    model = bm25s.BM25(backend="numpy")
    model.index(
        bm25s.tokenize(list(texts), stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )

    def rank(question: str) -> list[int]:
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab or not any(tokens.ids[0]):
            return []
        k = min(depth, len(texts))
        found, scores = model.retrieve(tokens, k=k, show_progress=False)
        return [int(i) for i, s in zip(found[0], scores[0], strict=True) if s > 0]

    return rank


def tantivy_en_stem(texts: Sequence[str], depth: int = 10) -> Ranker:
    """tantivy's BM25 with its ``en_stem`` tokenizer, in memory."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("text", stored=False, tokenizer_name="en_stem")
    builder.add_integer_field("number", stored=True, indexed=False)
    schema = builder.build()
    index = tantivy.Index(schema)
    writer = index.writer(heap_size=50_000_000, num_threads=1)
    for number, text in enumerate(texts):
        writer.add_document(tantivy.Document(text=text, number=number))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()

    def rank(question: str) -> list[int]:
        words = re.findall(r"\w+", question)
        if not words:
            return []
        query = index.parse_query(" ".join(words), ["text"])
        hits = searcher.search(query, depth).hits
        return [searcher.doc(address)["number"][0] for _, address in hits]

    return rank


QABOT_EN = "qabot_en"


def tantivy_qabot_analyzer():  # noqa: ANN201 - a tantivy.TextAnalyzer
    """tantivy's analyzer with qabot's stop words (index/analysis.py: Snowball's list and
    the question filler) and the Snowball English stemmer, for indexing and questions
    alike, so that the two systems search the same words: registered as QABOT_EN."""
    import tantivy

    from index.analysis import STOP_WORDS

    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.custom_stopword(sorted(STOP_WORDS)))
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


BASELINES = {
    "rank-bm25 (BM25Okapi, lowercase words)": rank_bm25_okapi,
    "bm25s (stop words, Snowball)": bm25s_snowball,
    "tantivy (en_stem)": tantivy_en_stem,
}
