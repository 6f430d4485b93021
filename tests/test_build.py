import numpy as np
import pytest

from index import chunks
from index.answers import answer
from index.build import build_index
from index.errors import CorpusError
from tests.conftest import write


def test_worker_processes_build_the_same_index(tmp_path, monkeypatch):
    for number in range(6):
        write(
            tmp_path,
            f"a{number}.md",
            f"---\ntitle: Article {number}\n---\n"
            f"Article {number} is about elephants and jets. It has {number} facts.\n",
        )
    alone = build_index(tmp_path, workers=1)
    monkeypatch.setattr(chunks, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(chunks, "CHUNK_ARTICLES", 2)
    seen = []
    together = build_index(
        tmp_path, workers=2, progress=lambda done, total: seen.append((done, total))
    )
    size = sum(path.stat().st_size for path in tmp_path.iterdir())
    assert seen[-1] == (size, size) and len(seen) == 3  # bytes of files, chunk by chunk
    assert [p.text for p in together.passages] == [p.text for p in alone.passages]
    np.testing.assert_array_equal(together.bm25.postings_doc, alone.bm25.postings_doc)
    for question in ("elephants", "jets facts", "article 3"):
        assert answer(together, question) == answer(alone, question)


def test_titles_count_as_evidence_for_their_article(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Elephants in Moscow\n---\nThey arrived by train.\n")
    index = build_index(tmp_path)
    assert index.article_bm25.terms.id("eleph") is not None
    assert index.bm25.postings_start[-1] == 2  # "arriv" and "train": passages hold the body


def test_no_readable_article_is_an_error(tmp_path):
    write(tmp_path, "a.txt", b"\x00binary")
    with pytest.raises(CorpusError, match="no readable articles"):
        build_index(tmp_path)


def test_postings_are_ordered_and_unique_within_each_term(seed_index):
    for bm25 in (seed_index.bm25, seed_index.article_bm25):
        for term in range(len(bm25.terms)):
            docs = bm25.postings_doc[bm25.postings_start[term] : bm25.postings_start[term + 1]]
            assert (np.diff(docs) > 0).all(), bm25.terms[term]


def test_duplicate_ids_keep_the_first(tmp_path):
    write(tmp_path, "a.md", "---\nid: same\n---\nFirst.\n")
    write(tmp_path, "b.md", "---\nid: same\n---\nSecond.\n")
    index = build_index(tmp_path)
    assert [a.path for a in index.infos] == ["a.md"]
    assert "already used by a.md" in str(index.problems[0])


def test_problems_are_reported_in_the_order_of_their_files(tmp_path):
    write(tmp_path, "a.md", "---\nid: same\n---\nFirst.\n")
    write(tmp_path, "b.md", "---\nid: same\n---\nSecond.\n")
    write(tmp_path, "c.txt", b"\xff")
    assert [p.path for p in build_index(tmp_path).problems] == ["b.md", "c.txt"]
