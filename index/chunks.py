"""Articles split and analysed in chunks, in worker processes when the corpus is large."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np

from .analysis import Analyzer
from .articles import ArticleTable
from .bm25 import DocTerms
from .corpus import Article, ArticleInfo, info_of
from .index import Index
from .passages import Passages, passages_of
from .strings import SortedStrings, Strings
from .vocabulary import Stemmed, table_stems

# Below this many characters of text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 2_000_000
CHUNK_ARTICLES = 200

# Called with (what is analysed so far, all there is to analyse): articles in analyse_all,
# bytes of corpus files in a build.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Chunk:
    """Some articles split and analysed, with term ids local to the chunk."""

    terms: list[str]  # local term id -> term
    docs: DocTerms  # each passage's terms, over local term ids
    titles: DocTerms  # each article's title terms, over local term ids
    words: dict[str, int]  # written word -> local term id
    passages: Passages  # article numbers local to the chunk
    infos: tuple[ArticleInfo, ...]
    # The stems of the words no earlier chunk of its process's run reported, taken where
    # they were analysed (in parallel, still cached) rather than worked out again when
    # the chunks are joined; an index's chunk holds its vocabulary's.
    stemmed: Stemmed

    @classmethod
    def of_index(cls, index: Index) -> Chunk:
        """An index as one chunk over its term ids, to select unchanged files' articles
        from; its vocabulary is decoded once however many runs are selected."""
        vocabulary = index.vocabulary
        written = vocabulary.words.strings()  # sorted: the words' and their stems' order
        words = dict(zip(written, vocabulary.word_term.tolist(), strict=True))
        return cls(
            vocabulary.terms.strings(),
            index.docs,
            index.titles,
            words,
            index.passages,
            index.infos,
            Stemmed(written, vocabulary.word_stem),
        )

    def select(self, numbers: Sequence[int]) -> Chunk:
        """The articles ``numbers`` of this chunk, renumbered from 0, over the same terms."""
        passages, rows = self.passages.of_articles(numbers)
        return Chunk(
            self.terms,
            self.docs.rows(rows),
            self.titles.rows(np.asarray(numbers)),
            self.words,
            passages,
            tuple(
                self.infos.take(numbers)
                if isinstance(self.infos, ArticleTable)
                else (self.infos[n] for n in numbers)
            ),
            self.stemmed,
        )


def analyse(
    articles: Sequence[Article], analyzer: Analyzer, reported: set[str] | None = None
) -> Chunk:
    """Split ``articles`` into passages and analyse each passage and title. The chunk
    gives the stems of its words but those ``reported`` (by the chunks before it in the
    same process and run), which it adds to them."""
    local: dict[str, int] = {}
    words: dict[str, int] = {}

    # Each word as written -> its term's id here, -1 for a stop word: a token costs one
    # lookup in C, and only a word new to the chunk is analysed (1,500 articles: 0.39 ->
    # 0.16 s of analysis besides stemming, against a lookup and two dicts set a token).
    term_of: dict[str, int] = {}

    def ids(text: str) -> list[int]:
        written = analyzer.words(text)
        new = set(written).difference(term_of)
        # In the order the text first uses them, as token by token: the ids, and the
        # term each normalised word keeps, come out the same.
        for new_word in sorted(new, key=written.index) if new else ():
            word, term = analyzer.pair(new_word)
            if not term:
                term_of[new_word] = -1
                continue
            term_of[new_word] = local.setdefault(term, len(local))
            words.setdefault(word, term_of[new_word])
        return [term_id for term_id in map(term_of.__getitem__, written) if term_id >= 0]

    titles, docs, rows, texts = [], [], [], []
    # Article by article, title first: a written word keeps the first term it is met with
    # ("AIDS" the acronym, "aids" the verb), so this order is part of the index.
    for number, article in enumerate(articles):
        titles.append(ids(article.title))
        for p in passages_of(article):
            docs.append(ids(p.text))
            rows.append((number, p.paragraph, p.sentence, p.start, p.end))
            texts.append(p.text)
    return Chunk(
        list(local),
        DocTerms.from_ids(docs),
        DocTerms.from_ids(titles),
        words,
        Passages.from_rows(rows, texts, [article.id for article in articles]),
        tuple(info_of(a) for a in articles),
        Stemmed.of(_unreported(words, reported)),
    )


def _unreported(words: dict[str, int], reported: set[str] | None) -> list[str]:
    if reported is None:
        return list(words)
    new = [word for word in words if word not in reported]
    reported.update(new)
    return new


# The words a worker process has reported in its run (its pool's lifetime).
_reported_here: set[str] = set()


def _analyse_in_worker(articles: Sequence[Article], analyzer: Analyzer) -> Chunk:
    return analyse(articles, analyzer, _reported_here)


def analyse_all(
    articles: Sequence[Article],
    analyzer: Analyzer,
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[Chunk]:
    """Split and analyse ``articles`` in chunks, in worker processes when it pays."""
    groups = [articles[i : i + CHUNK_ARTICLES] for i in range(0, len(articles), CHUNK_ARTICLES)]
    size = sum(len(a.text) for a in articles)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    chunks: list[Chunk] = []
    done = 0

    def finished(chunk: Chunk) -> None:
        nonlocal done
        chunks.append(chunk)
        done += len(chunk.infos)
        if progress:
            progress(done, len(articles))

    if workers > 1 and size >= PARALLEL_MIN_CHARS and len(groups) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for chunk in pool.map(_analyse_in_worker, groups, [analyzer] * len(groups)):
                finished(chunk)
    else:
        reported: set[str] = set()
        for group in groups:
            finished(analyse(group, analyzer, reported))
    return chunks


@dataclass(frozen=True)
class Joined:
    """Chunks joined over one sorted table of the terms they use: what an index (or a
    segment of one) is made from."""

    terms: SortedStrings
    docs: DocTerms  # each passage's terms, over ``terms``
    titles: DocTerms  # each article's title terms
    words: SortedStrings  # written words, each with the first term it was met with
    word_term: np.ndarray  # int32 word id -> term id
    word_stems: Strings  # word id -> its stem
    passages: Passages
    infos: tuple[ArticleInfo, ...]


def join(chunks: Sequence[Chunk]) -> Joined:
    """Analysed chunks (in article order) over one term table; terms no passage or title
    uses any more are dropped."""
    used = [
        np.flatnonzero(
            np.bincount(c.docs.term, minlength=len(c.terms))
            + np.bincount(c.titles.term, minlength=len(c.terms))
        )
        for c in chunks
    ]
    terms = SortedStrings.from_strings(
        c.terms[i] for c, ids in zip(chunks, used, strict=True) for i in ids
    )
    global_ids = {term: number for number, term in enumerate(terms.strings())}
    docs_parts, title_parts, words = [], [], {}
    for chunk, ids in zip(chunks, used, strict=True):
        remap = np.full(len(chunk.terms), -1, dtype=np.int32)
        remap[ids] = [global_ids[chunk.terms[i]] for i in ids]
        docs_parts.append(DocTerms(chunk.docs.indptr, remap[chunk.docs.term], chunk.docs.tf))
        title_parts.append(DocTerms(chunk.titles.indptr, remap[chunk.titles.term], chunk.titles.tf))
        for word, local in chunk.words.items():
            if remap[local] >= 0:
                words.setdefault(word, int(remap[local]))
    word_table = SortedStrings.from_strings(words)
    written = word_table.strings()
    word_term = np.fromiter((words[w] for w in written), np.int32, len(word_table))
    del words
    # Each passage's terms in term order, so that how the articles fell into chunks (and
    # segments) changes nothing in the index.
    return Joined(
        terms,
        DocTerms.stack(docs_parts).sorted_rows(),
        DocTerms.stack(title_parts).sorted_rows(),
        word_table,
        word_term,
        # Each chunk's reported stems once (an index's chunk is selected from many times).
        table_stems(written, {id(c.stemmed): c.stemmed for c in chunks}.values()),
        Passages.concat(chunk.passages for chunk in chunks),
        tuple(info for chunk in chunks for info in chunk.infos),
    )


def article_terms(
    docs: DocTerms, passage_article: np.ndarray, titles: DocTerms, n_terms: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which terms each article holds anywhere, title included, as postings: each (term,
    article) pair once, by term and then article (start by term, articles), and each
    article's number of distinct terms."""
    from scipy import sparse  # only builds need it: importing costs 0.2 s a start

    n_articles = titles.n_docs
    # An article's passages are numbered together: summing each article's rows of the
    # passages x terms matrix is a product with an articles x passages matrix of runs.
    first = np.searchsorted(passage_article, np.arange(n_articles + 1))
    gather = sparse.csr_matrix(
        (np.ones(docs.n_docs, np.int32), np.arange(docs.n_docs, dtype=np.int32), first),
        shape=(n_articles, docs.n_docs),
    )
    held = (gather @ docs.matrix(n_terms) + titles.matrix(n_terms)).tocsc()
    lengths = np.bincount(held.indices, minlength=n_articles).astype(np.float64)
    return held.indptr, held.indices, lengths
