"""A news feed's article links (RSS, Atom), the newest first, read by feedparser."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

# What servers call a feed; "application/xml" and "text/xml" are read as one only where
# the body opens as one (``is_feed``).
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")
# What a feed's first bytes hold: RSS's root, Atom's, RSS 1.0's.
_ROOTS = (b"<rss", b"<feed", b"<rdf:RDF")


def is_feed(content_type: str, body: bytes) -> bool:
    """Whether a page served as ``content_type`` with ``body`` is a news feed."""
    if content_type in FEED_TYPES:
        return True
    opening = body[:1024].lstrip()
    if opening.startswith(b"<?xml"):  # the declaration, maybe a stylesheet, then the root
        opening = opening[opening.find(b"?>") + 2 :].lstrip()
        while opening.startswith((b"<?", b"<!--")) and b">" in opening:
            opening = opening[opening.find(b">") + 1 :].lstrip()
    return content_type in (*_XML_TYPES, "text/html") and opening.startswith(_ROOTS)


def feed_links(body: bytes, url: str) -> list[str]:
    """The links of a feed's items, the newest first (where the feed dates them; else in
    its order), each once, relative ones read against ``url``; web links only."""
    import feedparser  # only adding a feed needs it

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    entries = list(parsed.entries)
    if all(e.get("published_parsed") or e.get("updated_parsed") for e in entries):
        entries.sort(
            key=lambda e: e.get("published_parsed") or e.get("updated_parsed"), reverse=True
        )
    links = []
    for entry in entries:
        link = urljoin(url, (entry.get("link") or "").strip())
        if urlsplit(link).scheme in ("http", "https") and link not in links:
            links.append(link)
    return links
