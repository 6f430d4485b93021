from bot.feeds import feed_links, is_feed

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet href="feed.xsl" type="text/xsl"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Mekong Daily</title>
  <entry><title>Old</title><link href="/news/old.html"/>
    <updated>2024-07-01T08:00:00Z</updated></entry>
  <entry><title>New</title><link href="https://mekong.example/news/new.html"/>
    <updated>2024-07-03T08:00:00Z</updated></entry>
  <entry><title>Twice</title><link href="/news/old.html"/>
    <updated>2024-06-01T08:00:00Z</updated></entry>
  <entry><title>Mail</title><link href="mailto:desk@mekong.example"/>
    <updated>2024-07-02T08:00:00Z</updated></entry>
</feed>"""

RSS_UNDATED = b"""<rss version="2.0"><channel><title>T</title>
<item><link>https://a.example/1</link></item><item><link>https://a.example/2</link></item>
</channel></rss>"""


def test_a_feeds_links_are_its_articles_the_newest_first_each_once():
    links = feed_links(ATOM, "https://mekong.example/feed.atom")
    assert links == ["https://mekong.example/news/new.html", "https://mekong.example/news/old.html"]
    # Undated, the feed's own order.
    assert feed_links(RSS_UNDATED, "https://a.example/rss") == [
        "https://a.example/1",
        "https://a.example/2",
    ]


def test_a_feed_is_told_by_its_type_or_by_its_root_not_a_page():
    assert is_feed("application/rss+xml", b"")
    assert is_feed("text/xml", ATOM) and is_feed("application/xml", RSS_UNDATED)
    assert is_feed("text/html", RSS_UNDATED)  # a server that calls everything a page
    page = b"<!DOCTYPE html><html><body><p>See our <feed> of news</p></body></html>"
    assert not is_feed("text/html", page)
    assert not is_feed("application/xml", b'<?xml version="1.0"?><sitemap/>')
    assert not is_feed("text/xml", b'<?xml version="1.0"?><!-- never closed')  # ends
