"""A local news site on 127.0.0.1 for the tests of /add url: article pages with their
boilerplate, a front page with no article, a binary file, an oversized body, redirects
(one to another loopback address) and a slow page."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp import web

from tests.discord_server import serve_locally

PAGES = Path(__file__).parent / "data" / "pages"
OVERSIZED_BYTES = 300_000


class NewsSite:
    def __init__(self) -> None:
        self.port = 0
        self.hits: list[str] = []
        self.edited: dict[str, bytes] = {}  # path -> a page as edited since (served first)
        self._runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def feed(self) -> bytes:
        """An RSS feed of the site's two articles and a missing page, dated."""
        items = [
            ("/news/laos-dam.html", "Mon, 01 Jul 2024 08:00:00 GMT"),
            ("/missing", "Tue, 02 Jul 2024 08:00:00 GMT"),
            ("/news/gripen.html", "Wed, 03 Jul 2024 08:00:00 GMT"),
        ]
        body = "".join(
            f"<item><title>{path}</title><link>{self.url(path)}</link><pubDate>{date}</pubDate></item>"
            for path, date in items
        )
        channel = f"<channel><title>News</title>{body}</channel>"
        return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{path:.*}", self._serve)
        self._runner, self.port = await serve_locally(app)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        self.hits.append(path)
        if path in self.edited:
            return web.Response(body=self.edited[path], content_type="text/html")
        if path.startswith("/news/"):
            page = PAGES / path.removeprefix("/news/")
            if page.is_file():
                return web.Response(body=page.read_bytes(), content_type="text/html")
        if path == "/report.pdf":
            return web.Response(body=b"%PDF-1.7\x00\x01\x02" * 100, content_type="application/pdf")
        if path == "/binary.html":  # binary bytes that claim to be a page
            return web.Response(body=b"\x00\x01\x02\xff" * 100, content_type="text/html")
        if path == "/oversized.html":
            return web.Response(body=b"<p>" + b"x" * OVERSIZED_BYTES, content_type="text/html")
        if path == "/streamed.html":  # oversized, with no Content-Length
            response = web.StreamResponse(headers={"Content-Type": "text/html"})
            await response.prepare(request)
            for _ in range(OVERSIZED_BYTES // 10_000 + 1):
                await response.write(b"x" * 10_000)
            await response.write_eof()
            return response
        if path == "/feed.xml":  # RSS: the newest item last, as some feeds order them
            return web.Response(body=self.feed(), content_type="application/rss+xml")
        if path == "/empty-feed.xml":
            return web.Response(
                body=b'<?xml version="1.0"?><rss><channel/></rss>', content_type="text/xml"
            )
        if path == "/moved":
            raise web.HTTPFound("/news/gripen.html")
        if path == "/to-other-loopback":  # 127.0.0.2 is loopback too, but another address
            raise web.HTTPFound(f"http://127.0.0.2:{self.port}/news/gripen.html")
        if path == "/loop":
            raise web.HTTPFound("/loop")
        if path == "/slow.html":
            await asyncio.sleep(1)
        raise web.HTTPNotFound()
