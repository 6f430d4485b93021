import pytest

from bot.fetch import FetchError, RefusedAddress, fetch, is_public

MAX = 100_000


def only_127_0_0_1(address: str) -> bool:
    """A policy under which the test site counts as public and nothing else local does."""
    return address == "127.0.0.1" or is_public(address)


async def test_a_page_is_fetched_after_a_redirect(site):
    page = await fetch(site.url("/moved"), max_bytes=MAX, allowed=None)
    assert page.url == site.url("/news/gripen.html")
    assert page.content_type == "text/html" and b"Gripen" in page.body


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:{port}/news/gripen.html", "http://localhost:{port}/news/gripen.html"]
)
async def test_loopback_and_private_addresses_are_refused_by_default(site, url):
    with pytest.raises(RefusedAddress, match="not a public internet address"):
        await fetch(url.format(port=site.port), max_bytes=MAX)
    assert site.hits == []  # refused before any request


async def test_a_redirect_is_checked_like_the_link_itself(site):
    with pytest.raises(RefusedAddress, match="127.0.0.2"):
        await fetch(site.url("/to-other-loopback"), max_bytes=MAX, allowed=only_127_0_0_1)
    assert site.hits == ["/to-other-loopback"]


@pytest.mark.parametrize(
    "path, said",
    [
        ("/oversized.html", "larger than"),
        ("/streamed.html", "larger than"),
        ("/loop", "redirects more than"),
        ("/missing", "HTTP 404"),
    ],
)
async def test_limits_and_failures_are_said(site, path, said):
    with pytest.raises(FetchError, match=said):
        await fetch(site.url(path), max_bytes=MAX, allowed=None)


async def test_a_slow_page_times_out(site):
    with pytest.raises(FetchError, match="did not answer within 0.3 s"):
        await fetch(site.url("/slow.html"), max_bytes=MAX, allowed=None, timeout=0.3)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/a", "gopher://x", "javascript:alert(1)"]
)
async def test_only_http_and_https_links(url):
    with pytest.raises(FetchError, match="not an http or https link"):
        await fetch(url, max_bytes=MAX)


async def test_an_unreachable_host_is_said(site):
    port = site.port
    await site.stop()
    with pytest.raises(FetchError, match="could not be reached"):
        await fetch(f"http://127.0.0.1:{port}/news/gripen.html", max_bytes=MAX, allowed=None)
