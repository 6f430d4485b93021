"""Save an index to a folder and load it back memory-mapped, refusing what it cannot trust."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .bm25 import BM25, BM25Params, DocTerms
from .corpus import (
    ArticleInfo,
    FileStat,
    Problem,
)
from .errors import QabotError
from .search import ARTICLE_COVERAGE, Index, Passages
from .terms import Strings, Terms
from .vocabulary import Vocabulary

# Bump when the files written here change meaning: an index saved by another version is
# rebuilt, never misread.
FORMAT = 1
MANIFEST = "manifest.json"


class SavedIndexError(QabotError):
    """A saved index cannot be used as it is (missing, another version, another analyzer)."""


def save_index(index: Index, directory: Path | str) -> None:
    """Write ``index`` to ``directory``, replacing what was there only once all is written."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = directory.with_name(f"{directory.name}.saving-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        for name, array in _arrays(index).items():
            np.save(staging / f"{name}.npy", np.ascontiguousarray(array))
        manifest = {
            "format": FORMAT,
            "analyzer": index.analyzer.fingerprint,
            "analyzer_version": index.analyzer.version,
            "params": vars(index.bm25.params),
            "unseen_idf": index.vocabulary.unseen_idf,
            "corpus": str(index.directory),
            # vars(), not dataclasses.asdict: asdict deep-copies, seconds for 50k articles
            "files": [vars(f) for f in index.files],
            "articles": [vars(i) for i in index.infos],
            "problems": [vars(p) for p in index.problems],
            "saved_at": time.time(),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        _replace(staging, directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _write_atomically(generation_file(directory), f"{time.time_ns()}-{os.getpid()}")


def generation_file(directory: Path | str) -> Path:
    """The marker beside a saved index that changes each time the index is saved: other
    processes serving the same corpus watch it to pick up a reload."""
    directory = Path(directory)
    return directory.with_name(f"{directory.name}.generation")


def saved_generation(directory: Path | str) -> str:
    """The generation of the index saved in ``directory``; "" if none was saved."""
    try:
        return generation_file(directory).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _replace(staging: Path, directory: Path) -> None:
    """Swap the new folder in: a reader sees the old index or the new, never half of one."""
    old = directory.with_name(f"{directory.name}.old-{os.getpid()}")
    if directory.exists():
        directory.rename(old)
    staging.rename(directory)
    shutil.rmtree(old, ignore_errors=True)


def _arrays(index: Index) -> dict[str, np.ndarray]:
    arrays = {f"passage_{k}": index.passages_table.column(k) for k in Passages.COLUMNS}
    arrays |= {
        "texts_blob": index.passages_table.texts.blob,
        "texts_offsets": index.passages_table.texts.offsets,
    }
    for name, docs in (("docs", index.docs), ("titles", index.titles)):
        arrays |= {f"{name}_indptr": docs.indptr, f"{name}_term": docs.term, f"{name}_tf": docs.tf}
    for name, bm25 in (("bm25", index.bm25), ("article_bm25", index.article_bm25)):
        arrays |= {
            f"{name}_idf": bm25.idf,
            f"{name}_start": bm25.postings_start,
            f"{name}_doc": bm25.postings_doc,
            f"{name}_weight": bm25.postings_weight,
        }
    vocabulary = index.vocabulary
    arrays |= {
        "terms_blob": vocabulary.terms.blob,
        "terms_offsets": vocabulary.terms.offsets,
        "words_blob": vocabulary.words.blob,
        "words_offsets": vocabulary.words.offsets,
        "word_term": vocabulary.word_term,
    }
    return arrays


def load_index(directory: Path | str, analyzer: Analyzer | None = None) -> Index:
    """The index saved in ``directory``, its large arrays memory-mapped.

    Raises SavedIndexError when there is none, or it was saved by another version or
    with another analyzer.
    """
    directory = Path(directory)
    analyzer = analyzer or Analyzer()
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SavedIndexError("no saved index yet") from None
    except (OSError, ValueError) as error:
        raise SavedIndexError(f"the saved index cannot be read ({error})") from None
    if manifest.get("format") != FORMAT:
        raise SavedIndexError(f"the saved index has format {manifest.get('format')}, not {FORMAT}")
    if manifest.get("analyzer") != analyzer.fingerprint:
        raise SavedIndexError("the analyzer changed since the index was saved")
    try:
        return _from_files(directory, manifest, analyzer)
    except (OSError, ValueError, KeyError) as error:
        raise SavedIndexError(f"the saved index is damaged ({error})") from None


def _from_files(directory: Path, manifest: dict, analyzer: Analyzer) -> Index:
    def array(name: str) -> np.ndarray:
        # A plain ndarray over the mapped file: slicing a np.memmap is many times slower.
        return np.load(directory / f"{name}.npy", mmap_mode="r").view(np.ndarray)

    terms = Terms(array("terms_blob"), array("terms_offsets"))
    params = BM25Params(**manifest["params"])

    def bm25(name: str, bm25_params: BM25Params, n_docs: int) -> BM25:
        return BM25(
            bm25_params,
            terms,
            array(f"{name}_idf"),
            array(f"{name}_start"),
            array(f"{name}_doc"),
            array(f"{name}_weight"),
            n_docs,
        )

    def docs(name: str) -> DocTerms:
        return DocTerms(array(f"{name}_indptr"), array(f"{name}_term"), array(f"{name}_tf"))

    infos = tuple(ArticleInfo(**a) for a in manifest["articles"])
    passages = Passages(
        {k: array(f"passage_{k}") for k in Passages.COLUMNS},
        Strings(array("texts_blob"), array("texts_offsets")),
    )
    passage_bm25 = bm25("bm25", params, len(passages))
    return Index(
        directory=Path(manifest["corpus"]),
        infos=infos,
        passages_table=passages,
        analyzer=analyzer,
        docs=docs("docs"),
        titles=docs("titles"),
        bm25=passage_bm25,
        article_bm25=bm25("article_bm25", ARTICLE_COVERAGE, len(infos)),
        vocabulary=Vocabulary(
            terms,
            passage_bm25.idf,
            Terms(array("words_blob"), array("words_offsets")),
            array("word_term"),
            float(manifest["unseen_idf"]),
        ),
        files=tuple(FileStat(**f) for f in manifest["files"]),
        problems=tuple(Problem(**p) for p in manifest["problems"]),
    )


def index_folder(base: Path | str, corpus: Path | str) -> Path:
    """Where the saved index of ``corpus`` lives under ``base``: one folder per corpus."""
    import hashlib

    key = hashlib.sha256(str(Path(corpus).resolve()).encode()).hexdigest()[:12]
    return Path(base) / f"{Path(corpus).resolve().name or 'corpus'}-{key}"
