"""The moderators' work on the corpus, apart from Discord: add an article from a file or a
link, remove one, restore one removed, each followed by a refresh and recorded in the
audit."""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from index.changes import Changes
from index.community import FILE_NAME, Community, SynonymsError, added, removed, text_of
from index.corpus import ArticleInfo
from index.errors import QabotError
from index.index import Index

from .config import Settings
from .extract import extract_article
from .feeds import feed_links, is_feed
from .fetch import PAGE_TYPES, FetchError, fetch, is_public
from .library import (
    NOTHING_ADDED,
    RESTORE_HINT,
    AlreadyInCorpus,
    Library,
    LibraryError,
    NewArticle,
    articles_of_file,
    write_whole,
)
from .messages import describe
from .removed import RemovedArticle, RemovedFolder
from .served import ServedIndex
from .store import Store

T = TypeVar("T")

# How many of a new article's first sentences the moderator is shown, as they will be quoted.
OPENING_SENTENCES = 2
# How many links or files one /add takes: each is fetched at once, side by side.
MAX_SOURCES = 10


def sources_in(typed: str) -> list[str]:
    """The links or file typed in one field: links separated by spaces, each; anything
    else, the whole (a file's path may hold spaces)."""
    parts = typed.split()
    return parts if len(parts) > 1 and all("://" in p for p in parts) else [typed.strip()]


@dataclass(frozen=True)
class Removed:
    """An article moved to the removed folder (``changes``: the refresh that followed;
    none for one replaced, whose Added has them)."""

    title: str
    file: str
    moved_to: Path
    changes: Changes | None = None
    restore: str = ""  # what /restore takes to bring it back: its path in the removed folder
    unread: str = ""  # for a file that gave no article: why ("": an article)


@dataclass(frozen=True)
class AddedArticle:
    """An article written into the corpus, as the refreshed index reads it."""

    title: str
    file: str
    sentences: int
    opening: tuple[str, ...]  # its first sentences, as they will be quoted
    problem: str = ""  # why the index could not read it after all ("": it could)
    replaced: Removed | None = None  # the article it took the place of, if any
    restored_from: str = ""  # restored: its path in the corpus when it was removed
    edited: bool = False  # /edit's: ``replaced`` is its earlier version


class _Feed(Exception):
    """A link added that is a news feed (RSS, Atom): its articles' links, the newest
    first, each added as a link is."""

    def __init__(self, url: str, links: list[str]) -> None:
        super().__init__(url)
        self.url = url
        self.links = links


@dataclass(frozen=True)
class NotAdded:
    """A link or file of several added at once that could not be, and why."""

    source: str
    reason: str

    @property
    def said(self) -> str:
        """Its source and why, naming the source once (a fetch's reason names its link)."""
        return self.reason if self.source in self.reason else f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Added:
    articles: tuple[AddedArticle, ...]
    changes: Changes
    not_added: tuple[NotAdded, ...] = ()  # of several links or files, those left out


@dataclass(frozen=True)
class Regrouped:
    """A group of synonyms added or removed (its words), and the community's groups now."""

    group: tuple[str, ...]
    added: bool
    community: Community


class Curator:
    """Adds and removes articles; ``reload`` refreshes the served index (the service's,
    so that it joins a reload already running)."""

    def __init__(
        self,
        settings: Settings,
        served: ServedIndex,
        store: Store,
        reload: Callable[[], Awaitable[Changes]],
    ) -> None:
        self.settings = settings
        self.served = served
        self.store = store
        self.reload = reload
        self.library = Library(settings.corpus_dir)
        self.removed = RemovedFolder(settings.corpus_dir, settings.removed_folder)
        self._lock = asyncio.Lock()  # one change to the folder at a time

    async def _article_at(self, url: str) -> list[NewArticle]:
        """The article of the page at ``url`` (fetch.py's checks), extracted."""
        page = await fetch(
            url.strip(),
            max_bytes=self.settings.max_file_bytes,
            allowed=None if self.settings.allow_private_urls else is_public,
        )
        if is_feed(page.content_type, page.body):
            raise _Feed(url, await asyncio.to_thread(feed_links, page.body, page.url))
        if page.content_type not in PAGE_TYPES:
            raise FetchError(f"{url} is not a web page (it is {page.content_type or 'unknown'})")
        if b"\x00" in page.body[:8192]:
            raise FetchError(f"{url} is a binary file, not a web page")
        found = await asyncio.to_thread(extract_article, page.body, page.url)
        return [
            NewArticle(
                found.title, found.paragraphs, page.url, found.published, found.outlet, found.author
            )
        ]

    def check_size(self, name: str, size: int) -> None:
        """LibraryError if a file of ``size`` bytes is over CORPUS_MAX_FILE_MB (a caller
        that knows the size before downloading asks first)."""
        if size > self.settings.max_file_bytes:
            limit = self.settings.corpus_max_file_mb
            raise LibraryError(f"{name} is larger than {limit:g} MB")

    async def add_file(self, name: str, data: bytes, who: str, replace: bool = False) -> Added:
        """Add the articles of an uploaded file (library.articles_of_file)."""
        self.check_size(name, len(data))
        articles = await asyncio.to_thread(articles_of_file, name, data)
        return await self.add(articles, who, replace)

    async def add_sources(self, sources: Sequence[str], who: str, replace: bool = False) -> Added:
        """Add the articles of each link or file path of ``sources`` (what `qabot add`,
        the shell's /add and /add url: take), fetched side by side and served by one
        refresh. Of several, one that cannot be added (unreachable, no article, in the
        corpus already) is left out and named in ``not_added`` with why, and the others
        are added; LibraryError when none can be. One alone is added or refused, as
        ``add`` does; but a news feed alone is its MAX_SOURCES latest articles' links,
        added as several are."""
        sources = list(dict.fromkeys(s for s in sources if s))
        if not sources:
            raise LibraryError("nothing to add: give a link or a file")
        if len(sources) > MAX_SOURCES:
            raise LibraryError(
                f"{len(sources)} links or files given: at most {MAX_SOURCES} are added at once"
            )
        if len(sources) == 1:
            try:
                return await self.add(await self._articles_of(sources[0]), who, replace)
            except _Feed as feed:  # a feed alone: its latest articles, each a source
                if not feed.links:
                    raise LibraryError(f"{feed.url} is a news feed that links no article") from None
                return await self._add_each(feed.links[:MAX_SOURCES], who, replace)
        return await self._add_each(sources, who, replace)

    async def _add_each(self, sources: Sequence[str], who: str, replace: bool) -> Added:
        """``add_sources`` for several: each fetched or read side by side, those that
        cannot be added named with why."""
        read = await asyncio.gather(*map(self._articles_of, sources), return_exceptions=True)
        groups, failed = [], []
        for source, got in zip(sources, read, strict=True):
            if isinstance(got, _Feed):
                failed.append(NotAdded(source, f"{source} is a news feed: add it alone"))
            elif isinstance(got, QabotError):
                failed.append(NotAdded(source, describe(got)))
            elif isinstance(got, BaseException):
                raise got
            else:
                groups.append((source, got))
        return await self._add(groups, who, replace, failed)

    async def _articles_of(self, source: str) -> list[NewArticle]:
        if "://" in source:
            return await self._article_at(source)
        path = Path(source).expanduser()
        try:
            data = await asyncio.to_thread(path.read_bytes)
        except OSError as error:
            reason = error.strerror or error
            raise LibraryError(f"{path}: cannot be read ({reason})") from None
        self.check_size(path.name, len(data))
        return await asyncio.to_thread(articles_of_file, path.name, data)

    async def add(self, articles: list[NewArticle], who: str, replace: bool = False) -> Added:
        """Write the articles (none if any is already in the corpus), refresh, audit.
        With ``replace``, an article with the link or title of one in the corpus takes
        its place: the new file is written, the old one moved to the removed folder (as
        /remove does), the new one given the old one's name (so its id stays), and one
        refresh serves the change. Where the refresh fails, all of it is undone."""
        return await self._add([("", articles)], who, replace, None)

    async def _add(
        self,
        groups: list[tuple[str, list[NewArticle]]],
        who: str,
        replace: bool,
        failed: list[NotAdded] | None,
    ) -> Added:
        """``add`` for the articles of several sources (a group each); with ``failed``
        (those that could not be read), a group the corpus refuses joins them instead of
        stopping the others, and all of them refused is a LibraryError naming each."""
        async with self._lock:
            index = self.served.index
            articles: list[NewArticle] = []
            olds: tuple[str, ...] = ()
            for source, group in groups:
                try:
                    olds = await asyncio.to_thread(
                        self.library.check_new, articles + group, index, replace
                    )
                except LibraryError as error:
                    if failed is None:
                        raise
                    # Beside what was added, "nothing added" would say too much.
                    failed.append(NotAdded(source, describe(error).replace(NOTHING_ADDED, "")))
                    continue
                articles += group
            if not articles:
                reasons = "; ".join(f.said for f in failed or ())
                raise LibraryError(f"none could be added ({reasons})")
            files = [await asyncio.to_thread(self.library.write, a, who) for a in articles]
            replaced = [await self._move_out(index, old) if old else None for old in olds]
            files = [
                self.library.rename(file, gone.file) if gone is not None else file
                for file, gone in zip(files, replaced, strict=True)
            ]
            changes = await self._refresh_or_undo(lambda: self._unwrite(files, replaced))
        index = self.served.index
        rows = zip(files, articles, replaced, strict=True)
        added = tuple(self._added(index, str(f), a, old) for f, a, old in rows)
        for article in added:
            if article.replaced is not None:
                gone = article.replaced
                self.store.record_audit(who, "replaced", gone.file, gone.title, gone.file)
            self.store.record_audit(who, "added", article.file, article.title, article.file)
        return Added(added, changes, tuple(failed or ()))

    async def _refresh_or_undo(self, undo: Callable[[], None]) -> Changes:
        """The refresh after a change to the corpus folder; where it fails, ``undo`` (in a
        worker thread) puts the folder back as the old index, which still answers, reads
        it, and the failure is raised."""
        try:
            return await self.reload()
        except BaseException:
            await asyncio.to_thread(undo)
            raise

    def _unwrite(self, files: list[Path], replaced: list[Removed | None]) -> None:
        """Undo an /add: its files go, the articles they replaced come back."""
        for file in files:
            (self.settings.corpus_dir / file).unlink(missing_ok=True)
        for gone in replaced:
            if gone is not None:
                self._put_back(gone)

    def _put_back(self, removed: Removed) -> None:
        """Undo a move out (of /remove, or of /add's replace)."""
        self.removed.restore(self.removed.find(removed.restore))

    async def _move_out(self, index: Index, article_id: str) -> Removed:
        info = index.articles[article_id]
        moved = await asyncio.to_thread(self.removed.move_out, info.path)
        where = self.removed.file_of(moved)
        return Removed(info.title or info.id, info.file, where, restore=moved)

    def _added(
        self,
        index: Index,
        file: str,
        article: NewArticle,
        replaced: Removed | None = None,
        restored_from: str = "",
    ) -> AddedArticle:
        ids = [i.id for i in index.infos if i.path == file]  # a file, or a JSONL line
        if not ids:
            reasons = [str(p) for p in index.problems if p.path == file]
            problem = "; ".join(reasons) or "not read"
            return AddedArticle(article.title, file, 0, (), problem, replaced, restored_from)
        info = index.articles[ids[0]]
        numbers = index.spans[info.id]
        opening = tuple(index.passages.text(n) for n in list(numbers)[:OPENING_SENTENCES])
        title = info.title or article.title
        return AddedArticle(title, file, len(numbers), opening, "", replaced, restored_from)

    async def remove(self, article_id: str, who: str) -> Removed:
        """Move an article's file (or JSONL line) to the removed folder, refresh, audit.
        Refused for the only article (nothing would be left to answer from); where the
        refresh fails, the article is put back, as the index still serves it."""
        async with self._lock:
            index = self.served.index
            info = index.find_article(article_id)
            if info is None and (problem := index.unread().get(article_id)) is not None:
                return await self._move_unread(article_id, problem.message, who)
            if info is None:
                raise LibraryError(
                    f"no article {article_id!r} in the corpus; pick one of the suggestions"
                )
            if len(index.articles) == 1:
                raise LibraryError(
                    f"“{info.title or info.id}” is the only article: without it there would "
                    "be nothing to answer from; add another first, then remove this one"
                )
            removed = await self._move_out(index, info.id)
            changes = await self._refresh_or_undo(lambda: self._put_back(removed))
        self.store.record_audit(who, "removed", info.id, info.title, info.file)
        return dataclasses.replace(removed, changes=changes)

    async def _move_unread(self, file: str, why: str, who: str) -> Removed:
        """Move a file of the folder that gave no article (a saved page, a broken file)
        to the removed folder, so that reloads stop naming it; refresh, audit."""
        if not os.path.lexists(self.settings.corpus_dir / file):
            raise LibraryError(f"{file} is no longer in the corpus folder; /reload to see")
        moved = await asyncio.to_thread(self.removed.move_out, file)
        where = self.removed.file_of(moved)
        back = RemovedArticle(moved, "", 0.0, file)
        changes = await self._refresh_or_undo(lambda: self.removed.restore(back))
        self.store.record_audit(who, "removed", file, "", file)
        return Removed("", file, where, changes, unread=why)

    async def edit(self, article_id: str, article: NewArticle, who: str) -> Added:
        """Put ``article`` (the article ``article_id`` as a moderator corrected it in
        /edit's form) in its place, as /add replace: True does, but by its id whatever its
        title or link now, keeping its id: the new file takes the old one's name, or, of
        another kind (a .txt, a JSONL line), says the id. Refused where nothing changed,
        or where another article holds its text or link. Where the refresh fails, all of
        it is undone."""
        async with self._lock:
            index = self.served.index
            info = index.find_article(article_id)
            if info is None:
                raise LibraryError(
                    f"no article {article_id!r} in the corpus; pick one of the suggestions"
                )
            article = await asyncio.to_thread(self._checked_edit, index, info, article)
            file = await asyncio.to_thread(self.library.write, article, who)
            gone = await self._move_out(index, info.id)
            file = self.library.rename(file, gone.file)
            changes = await self._refresh_or_undo(lambda: self._unwrite([file], [gone]))
        edited = dataclasses.replace(
            self._added(self.served.index, str(file), article, gone), edited=True
        )
        self.store.record_audit(who, "edited", info.id, edited.title, str(file))
        return Added((edited,), changes)

    def _checked_edit(self, index: Index, info: ArticleInfo, article: NewArticle) -> NewArticle:
        """``article`` as it will be written in the place of ``info``'s: its id said where
        the new file cannot take the old one's name; LibraryError where nothing changed, or
        another article holds its text or link. (The form keeps a link left as it was,
        with its outlet.)"""
        fields = (article.title, article.source, article.published, article.outlet, article.author)
        was = (info.title, info.source, info.published, info.outlet, info.author)
        holder = self.library.holding_text(article, index)
        if fields == was and holder == info.id:
            raise LibraryError(f"nothing changed in “{info.title or info.id}”{NOTHING_ADDED}")
        linked = index.linked(article.source) if article.source else None
        for other, what in ((linked, article.source), (index.articles.get(holder), article.title)):
            if other is not None and other.id != info.id:
                raise AlreadyInCorpus(what, other.title or other.id, other.file)
        if Path(info.path).suffix != ".md" or ":" in info.path:
            article = dataclasses.replace(article, id=info.id)
        return article

    async def restore(self, name: str, who: str) -> Added:
        """Put an article of the removed folder (``name``: its path there, or its title,
        as ``RemovedFolder.find`` reads it) back into the corpus, refresh, audit; refused
        if the corpus holds its text again, or its link (an update of it), or its id (an
        edited version of an article of another kind, whose file says it). Where the
        refresh fails, it goes back to the removed folder."""
        async with self._lock:
            index = self.served.index
            gone = await asyncio.to_thread(self.removed.find, name)
            file_name, data = await asyncio.to_thread(self.removed.data, gone)
            articles = await asyncio.to_thread(articles_of_file, file_name, data)
            await asyncio.to_thread(self.library.check_new, articles, index, hint=RESTORE_HINT)
            holder = index.articles.get(gone.original)
            if holder is not None and holder.path != gone.original:  # /edit's, saying its id
                raise LibraryError(
                    f"“{holder.title or holder.id}” ({holder.file}), its edited version, holds "
                    f"its id now{RESTORE_HINT}"
                )
            file = await asyncio.to_thread(self.removed.restore, gone)
            changes = await self._refresh_or_undo(lambda: self.removed.move_out(file))
        restored = self._added(self.served.index, file, articles[0], restored_from=gone.original)
        self.store.record_audit(who, "restored", file, restored.title, file)
        return Added((restored,), changes)

    async def add_synonyms(self, typed: str, who: str) -> Regrouped:
        """Add the group of synonyms ``typed`` (words separated by spaces) to the
        community's (index/community.py), serve it at once, audit."""
        return await self._regroup(typed, who, True)

    async def remove_synonyms(self, typed: str, who: str) -> Regrouped:
        """Take out the group of synonyms that ``typed`` names, serve the rest, audit."""
        return await self._regroup(typed, who, False)

    async def _regroup(self, typed: str, who: str, adding: bool) -> Regrouped:
        async with self._lock:
            served = self.served
            before = served.regroup()  # as the file says now: a hand edit, another process's
            analyzer = served.index.analyzer
            groups = (added if adding else removed)(before, typed, analyzer)
            group = groups[-1] if adding else next(g for g in before.groups if g not in groups)
            try:
                write_whole(served.community_file, text_of(groups).encode())
            except OSError as error:
                reason = error.strerror or error
                raise SynonymsError(
                    f"{FILE_NAME} cannot be written in the corpus folder ({reason}); "
                    "nothing changed"
                ) from None
            now = served.regroup()
        action = "added the synonyms" if adding else "removed the synonyms"
        self.store.record_audit(who, action, "", " ".join(group), FILE_NAME)
        return Regrouped(group, adding, now)


def curating(
    settings: Settings, served: ServedIndex, change: Callable[[Curator], Awaitable[T]]
) -> T:
    """``change`` (a coroutine function of a Curator: adding or removing) run outside the
    bot, as the qabot commands and the shell do: the refresh that follows runs in this
    process, the audit goes to the bot's database."""
    store = Store(settings.database_path)

    async def reload() -> Changes:
        return await asyncio.to_thread(served.refresh)

    try:
        return asyncio.run(change(Curator(settings, served, store, reload)))
    finally:
        store.close()
