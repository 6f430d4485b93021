"""Cut articles into sentence passages that quote the article verbatim."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .corpus import Article
from .sentences import split_sentences


@dataclass(frozen=True)
class Passage:
    """One sentence of an article: ``text`` is ``article.text[start:end]``."""

    article_id: str
    paragraph: int  # 1-based, in the article
    sentence: int  # 1-based, in the paragraph
    start: int
    end: int
    text: str


def passages_of(article: Article) -> Iterator[Passage]:
    """Every sentence of ``article``, paragraph by paragraph."""
    for paragraph, (p_start, p_end) in enumerate(article.paragraphs, start=1):
        body = article.text[p_start:p_end]
        for sentence, (start, end) in enumerate(split_sentences(body), start=1):
            yield Passage(
                article.id, paragraph, sentence, p_start + start, p_start + end, body[start:end]
            )
