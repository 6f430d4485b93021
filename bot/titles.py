"""The articles' titles of one index, folded and sorted once, for autocomplete."""

from __future__ import annotations

import contextlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator

from index.corpus import ArticleInfo
from index.errors import SeveralArticles, UnknownArticle
from index.index import Index
from index.opening import gist_subject, title_asked, titled_so


class Titles:
    """Finds the articles whose title (or, for moderators, file) holds what is typed.

    Discord asks on every keystroke, and a corpus of 1M sentences has about 50,000
    articles: reading and folding their titles each time took 113-199 ms, with the bot
    waiting (benchmarks/autocomplete.py). Done once an index here, a prefix is found by
    bisection and the rest by a scan that stops at the first ``limit`` found.
    """

    def __init__(self, index: Index) -> None:
        ids, titles, published = index.columns("id", "title", "published")
        shown = [t or i for t, i in zip(titles, ids, strict=True)]
        rows = sorted(
            zip((s.casefold() for s in shown), shown, ids, published, strict=True),
            key=lambda r: (r[0], r[1], r[3], r[2]),
        )
        self._folded = [r[0] for r in rows]
        self._shown = [r[1] for r in rows]
        self._ids = [r[2] for r in rows]
        self._published = [r[3] for r in rows]
        self._folded_ids = [i.casefold() for i in self._ids]

    def matching(
        self, typed: str, limit: int, files: bool = False, width: int = 0
    ) -> list[tuple[str, str]]:
        """(title, id) of up to ``limit`` articles whose title holds ``typed`` (case
        aside), those it starts first, each group in title order; with ``files``, an
        article whose id holds it counts too, after the titles that start with it. A
        title found more than once is told apart by its date, else (dated alike) its id
        ("Update · 2024-02-03"): a member picks from the titles alone. With ``width``,
        a title is cut to leave what tells it apart within that many characters."""
        folded = typed.casefold().strip()
        found: dict[int, None] = {}
        for row in self._starting_with(folded):
            if len(found) >= limit:
                break
            found[row] = None
        if len(found) < limit:
            for row, title in enumerate(self._folded):
                if folded in title or (files and folded in self._folded_ids[row]):
                    found.setdefault(row, None)
                    if len(found) >= limit:
                        break
        titled = Counter(self._folded[row] for row in found)
        dated = Counter((self._folded[row], self._published[row]) for row in found)
        shown = []
        for row in found:
            title, folded, published = self._shown[row], self._folded[row], self._published[row]
            if titled[folded] > 1:
                apart = published if published and dated[folded, published] == 1 else self._ids[row]
                room = width - len(apart) - 3 if width else len(title)
                title = f"{title[: max(room, 1)]} · {apart}"
            shown.append((title, self._ids[row]))
        return shown

    def holding(self, typed: str) -> list[str]:
        """The ids of every article whose title holds ``typed`` (case aside), by title."""
        folded = typed.casefold().strip()
        return [self._ids[row] for row, title in enumerate(self._folded) if folded in title]

    def _starting_with(self, folded: str) -> Iterator[int]:
        row = bisect_left(self._folded, folded)
        while row < len(self._folded) and self._folded[row].startswith(folded):
            yield row
            row += 1


def titles_of(index: Index) -> Titles:
    """The titles of ``index``, read once for it and kept with it (``Index.derived``): at
    48,736 articles, a quarter of a second (call it off the event loop)."""
    return index.derived("titles", Titles)


def article_named(index: Index, name: str) -> ArticleInfo:
    """The article ``name`` means, as every surface takes it (/ask article:, /article,
    `qabot ask --article`, `qabot article`): its id or exact title, else the one title
    that holds it ("junta leader"); UnknownArticle if none does, SeveralArticles if
    several do (two articles titled "Update") (``titles_of``: call it off the event
    loop)."""
    info = index.find_article(name)
    if info is not None:
        return info
    found = titles_of(index).holding(name) if name.strip() else []
    if len(found) > 1:
        raise SeveralArticles(name, found)
    if not found:
        raise UnknownArticle(name)
    return index.articles[found[0]]


# What names the newest article in a gist question ("tl;dr of the latest article").
_NEWEST = frozenset({"latest", "newest", "last", "new", "most recent", "recent"})


def gist_article(index: Index, question: str) -> str:
    """The id of the article a question asking for a gist names besides ("tl;dr Warsaw",
    "summarize the oil crisis article": ``gist_subject``), as ``article_named`` takes it,
    else the one title holding each of its words ("the latest": the newest dated one);
    "" for none (the question is then searched as any other); SeveralArticles where
    several titles do, a gist being of one. A question asking to be told about
    something ("tell me about Warsaw": ``told_about``), or only naming it ("Warsaw?":
    ``named_alone``), names the first article titled just so, and no other. Call it off
    the event loop."""
    subject = gist_subject(question)
    if not subject:  # "tell me about Warsaw", "Warsaw?": the article titled so, if one is
        told = title_asked(question)
        analyzer = index.analyzer
        # The titles holding its first word's term but for the last letter: titled so,
        # the title holds it whatever the form ("huguenots", "Huguenot"; "policies",
        # "Policy").
        terms = analyzer.analyze(told) if told else []
        held = titles_of(index).holding(terms[0][:-1] or terms[0]) if terms else []
        return next((i for i in held if titled_so(told, index.articles[i].title, analyzer)), "")
    if subject.casefold() in _NEWEST:  # "tl;dr of the latest article": the newest dated
        newest = index.latest(1)
        return newest[0].id if newest else ""
    with contextlib.suppress(UnknownArticle):
        return article_named(index, subject).id
    titles = titles_of(index)
    ids = set.intersection(*(set(titles.holding(word)) for word in subject.split()))
    if len(ids) > 1:
        raise SeveralArticles(subject, sorted(ids))
    return ids.pop() if ids else ""
