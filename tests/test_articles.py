import pytest

from index.articles import ArticleTable
from index.corpus import ArticleInfo
from index.saved import load_index, save_index

INFOS = (
    ArticleInfo("b.md", "Béta: a title", "https://x.example/b", outlet="X"),
    ArticleInfo("a.md", "Alpha"),
    ArticleInfo("c.jsonl:3", "", "", "2025-01-02", "Someone", "c.jsonl:3", "ab12", "c.jsonl"),
)


def test_a_table_gives_back_each_article_and_finds_it_by_id():
    table = ArticleTable.of(INFOS)
    assert list(table) == list(INFOS) and [table[n] for n in range(3)] == list(INFOS)
    assert table[-1] == INFOS[-1] and table[0:2] == list(INFOS[:2])
    assert [table.number(i.id) for i in INFOS] == [0, 1, 2]
    assert table.number("nope.md") is None
    with pytest.raises(IndexError):
        table[3]
    assert table.column("title") == ["Béta: a title", "Alpha", ""]
    assert table.columns("id", "file") == (["b.md", "a.md", "c.jsonl:3"], ["", "", "c.jsonl"])
    assert table.take([2, 0, 2]) == [INFOS[2], INFOS[0], INFOS[2]]
    assert table.take([]) == []


def test_a_loaded_index_maps_its_articles_and_answers_as_built(tmp_path, seed_index):
    save_index(seed_index, tmp_path / "saved")
    loaded = load_index(tmp_path / "saved")
    assert isinstance(loaded.infos, ArticleTable)
    assert list(loaded.infos) == list(seed_index.infos)
    assert dict(loaded.articles) == dict(seed_index.articles)
    article = seed_index.infos[0].id
    assert article in loaded.articles and "missing.md" not in loaded.articles
    assert loaded.spans[article] == seed_index.spans[article]
    assert loaded.column("title") == seed_index.column("title")


def test_a_separator_inside_a_field_becomes_a_space():
    odd = ArticleInfo("d.md", "A\x1ftitle", author="B\x1fC")
    table = ArticleTable.of([*INFOS, odd])
    assert table[3] == ArticleInfo("d.md", "A title", author="B C")
    assert table[:3] == list(INFOS)
