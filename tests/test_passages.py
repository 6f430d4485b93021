from index.corpus import read_corpus
from index.passages import passages_of
from tests.conftest import SEED_DIR, write


def test_seed_passages_quote_the_article_verbatim():
    article = read_corpus(SEED_DIR).articles[0]
    passages = list(passages_of(article))
    assert len(passages) == 24
    for passage in passages:
        assert article.text[passage.start : passage.end] == passage.text
    assert [(p.paragraph, p.sentence) for p in passages[6:9]] == [(3, 1), (3, 2), (3, 3)]
    assert passages[6].text.startswith("Russia, along with China")


def test_numbering_restarts_in_each_paragraph(tmp_path):
    write(tmp_path, "a.md", "One. Two.\n\nThree.\n")
    passages = list(passages_of(read_corpus(tmp_path).articles[0]))
    assert [(p.paragraph, p.sentence, p.text) for p in passages] == [
        (1, 1, "One."),
        (1, 2, "Two."),
        (2, 1, "Three."),
    ]
