"""An article file's fields (index/metadata.py), as the corpus reads them."""

import json

from index.corpus import read_corpus
from tests.conftest import write


def test_front_matter_as_blogs_write_it_reads(tmp_path):
    # Jekyll's and Hugo's names of the fields, and their fields a quote does not need
    # (a list's lines too), as a Markdown file exported from a blog has them.
    write(
        tmp_path,
        "blog.md",
        "---\nheadline: Junta in Moscow\ndate: 2024-03-04T10:00:00Z\n"
        "url: https://example.org/a\ntags:\n  - myanmar\n  - russia\n"
        "categories: [news]\ndraft: false\n---\nThe leader arrived.\n",
    )
    write(tmp_path, "both.md", "---\ntitle: Own\npublished: 2024-01-01\ndate: 2023\n---\nB.\n")
    write(tmp_path, "posts/2024-05-06-visit.md", "---\ntitle: Post\n---\nC.\n")  # Jekyll's
    write(tmp_path, "typo.md", "---\ntitle: A\ntags:\n  - x\nsorce: y\n---\nText.\n")
    bulk = {"content": "Text.", "headline": "H", "url": "https://example.org/b", "date": "2024"}
    write(tmp_path, "bulk.jsonl", json.dumps(bulk) + "\n")
    corpus = read_corpus(tmp_path)
    read = {a.id: (a.title, a.source, a.published) for a in corpus.articles}
    assert read == {
        "blog.md": ("Junta in Moscow", "https://example.org/a", "2024-03-04T10:00:00Z"),
        "both.md": ("Own", "", "2024-01-01"),  # a field's own name wins over another
        "posts/2024-05-06-visit.md": ("Post", "", "2024-05-06"),  # dated by its name
        "bulk.jsonl:1": ("H", "https://example.org/b", "2024"),
    }
    # A field no blog writes is still a typo, named with its line.
    assert [(p.path, p.line) for p in corpus.problems] == [("typo.md", 5)]
    assert "'sorce'" in corpus.problems[0].message


def test_front_matter_in_toml_as_hugo_writes_it_reads(tmp_path):
    toml = (
        '+++\ntitle = "Junta in Moscow"\ndate = 2024-03-04T10:00:00Z\n'
        'authors = ["Ann Lee", "Bo Kim"]\ntags = ["myanmar"]\ndraft = false\n'
        '[params]\nhero = "a.jpg"\n[[menu.main]]\nname = "News"\n+++\n'
    )
    write(tmp_path, "hugo.md", toml + "The **leader** arrived.\n")
    write(tmp_path, "typo.md", '+++\ntitle = "A"\nsorce = "x"\n+++\nText.\n')
    write(tmp_path, "broken.md", '+++\ntitle = "A"\ntitle = B\n+++\nText.\n')
    write(tmp_path, "open.md", '+++\ntitle = "A"\nText.\n')
    corpus = read_corpus(tmp_path)
    (hugo,) = corpus.articles
    assert (hugo.title, hugo.published, hugo.author) == (
        "Junta in Moscow",
        "2024-03-04T10:00:00+00:00",
        "Ann Lee, Bo Kim",
    )
    assert hugo.text == "The leader arrived."
    found = {p.path: (p.line, p.message) for p in corpus.problems}
    assert found["typo.md"][0] == 3 and "'sorce'" in found["typo.md"][1]
    assert found["broken.md"][0] == 3 and "is not TOML" in found["broken.md"][1]
    assert "never closed by a '+++' line" in found["open.md"][1]


def test_a_title_is_unquoted_only_where_quoted_whole(tmp_path):
    # 'title: Austria's JJ wins Eurovision with "Wasted Love"' lost its closing quote
    titles = {
        "song.md": 'Austria wins with "Wasted Love"',
        "yaml.md": '"Myanmar: the junta\'s allies"',
        "single.md": "'It''s over'",
        "apostrophe.md": "'Til death",
        "two.md": '"A" or "B"',
    }
    for name, title in titles.items():
        write(tmp_path, name, f"---\ntitle: {title}\n---\nText.\n")
    read = {a.id: a.title for a in read_corpus(tmp_path).articles}
    assert read == {
        "song.md": 'Austria wins with "Wasted Love"',
        "yaml.md": "Myanmar: the junta's allies",
        "single.md": "It's over",
        "apostrophe.md": "'Til death",
        "two.md": '"A" or "B"',
    }
