"""A news page's article: its text, title, date and outlet, extracted by trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from index.errors import QabotError

# Less text than this is a page with no article (a front page, a paywall, an error page).
MIN_TEXT_CHARS = 200


class NoArticleText(QabotError):
    """The page holds no article text."""

    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where} holds no article text that I can find (a front page, a paywall or a "
            "page built by scripts?); attach the article as a .md or .txt file instead"
        )


@dataclass(frozen=True)
class Extracted:
    """What a page says of its article."""

    title: str
    paragraphs: tuple[str, ...]
    published: str = ""  # YYYY-MM-DD
    outlet: str = ""
    author: str = ""
    url: str = ""


def extract_article(page: bytes | str, url: str = "", where: str = "") -> Extracted:
    """The article of an HTML page (``url`` is where it was fetched from, if it was);
    NoArticleText if it has none. ``where`` names the page in that error."""
    # trafilatura takes 0.4 s to import: only adding a page needs it.
    import trafilatura

    document = trafilatura.bare_extraction(
        page,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    found = document.as_dict() if document is not None else {}
    text = found.get("text") or ""
    title = " ".join((found.get("title") or "").split())
    paragraphs = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline repeated as the text's first line
    if sum(len(p) for p in paragraphs) < MIN_TEXT_CHARS:
        raise NoArticleText(where or url or "the page")
    return Extracted(
        title=title,
        paragraphs=tuple(paragraphs),
        published=found.get("date") or "",
        outlet=found.get("sitename") or _site(url),
        author=found.get("author") or "",
        url=url,
    )


def _site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
