"""The corpus folder as moderators change it: an article added as a .md file, or moved to
the removed folder; nothing existing is ever overwritten or deleted."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import unicodedata
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.corpus import Article, ArticleInfo, article_markdown, read_article_bytes
from index.errors import QabotError
from index.index import Index

from .render import problem_text

# What /add and `qabot add` take: article files as the corpus reads them, and web pages.
FILE_SUFFIXES = (".md", ".txt", ".jsonl", ".html", ".htm")
# What /restore moves back: whole files, as /remove moved them. A .jsonl file there holds
# lines taken out of a bulk file, whose place in it is their id: those go back by hand.
RESTORABLE_SUFFIXES = (".md", ".txt")
# In the removed folder (hidden, so never listed): where each file there came from.
MOVES = ".moves.jsonl"
MAX_NAME_CHARS = 60


class LibraryError(QabotError):
    """An article cannot be added, removed or restored as asked; the message says why."""


class AlreadyInCorpus(LibraryError):
    def __init__(self, what: str, title: str, file: str, hint: str = "") -> None:
        said = f"{what} is already in the corpus: “{title}” ({file}); nothing added"
        super().__init__(f"{said}{hint}")


# Said when a link already in the corpus is added again: the page may have changed since.
REPLACE_HINT = "; add it with replace: True to put this version in its place"
# Said when an article restored has a link an article of the corpus holds (its update).
RESTORE_HINT = "; /remove that one first to bring this version back"


@dataclass(frozen=True)
class RemovedFile:
    """A file of the removed folder that /restore can move back into the corpus."""

    path: str  # relative to the removed folder
    title: str  # "" when it has none
    removed_at: float  # when it moved there (as noted, else its status change), for the order
    original: str  # its path in the corpus folder when it was removed


@dataclass(frozen=True)
class NewArticle:
    """An article to add, as it will be written."""

    title: str
    paragraphs: tuple[str, ...]
    source: str = ""  # the URL it was fetched from, if it was
    published: str = ""
    outlet: str = ""
    author: str = ""
    id: str = ""  # an id given in the file it came from

    @property
    def fingerprint(self) -> str:
        return text_fingerprint(" ".join(self.paragraphs))


def text_fingerprint(text: str) -> str:
    """The same for two texts with the same words, whatever their case, punctuation or
    spacing."""
    words = " ".join(re.findall(r"\w+", text.casefold()))
    return hashlib.sha256(words.encode()).hexdigest()[:16]


def articles_of_file(name: str, data: bytes) -> list[NewArticle]:
    """The articles of an uploaded file: .md, .txt and .jsonl as the corpus reads them,
    .html through the page extractor. LibraryError when it has none, saying why."""
    suffix = Path(name).suffix.lower()
    if suffix not in FILE_SUFFIXES:
        raise LibraryError(
            f"{name}: files of type {suffix or '(none)'} cannot be added; attach "
            f"{', '.join(FILE_SUFFIXES[:-1])} or a link to the page"
        )
    if suffix in (".html", ".htm"):
        from .extract import extract_article

        if b"\x00" in data[:8192]:
            raise LibraryError(f"{name} is a binary file, not a web page")
        page = extract_article(data, where=name)
        return [NewArticle(page.title, page.paragraphs, "", page.published, page.outlet)]
    found, problems = read_article_bytes(name, data)
    if problems and not found:
        raise LibraryError("; ".join(problem_text(p) for p in problems[:3]))
    return [_from_article(a, name) for a in found]


def _from_article(article: Article, name: str) -> NewArticle:
    paragraphs = tuple(article.text[a:b] for a, b in article.paragraphs)
    given = article.id if article.id not in (name, article.path) else ""
    return NewArticle(
        article.title,
        paragraphs,
        article.source,
        article.published,
        article.outlet,
        article.author,
        given,
    )


class Library:
    """Writes into ``corpus_dir`` and moves out of it into ``removed_dir``."""

    def __init__(self, corpus_dir: Path, removed_dir: Path) -> None:
        self.corpus_dir = Path(corpus_dir)
        self.removed_dir = Path(removed_dir)
        self._fingerprints: tuple[weakref.ref[Index], dict[str, str]] | None = None
        self._titles: dict[tuple[str, int, int], str] = {}  # removed files', by their stat

    def check_new(
        self,
        articles: list[NewArticle],
        index: Index,
        replacing: bool = False,
        hint: str = REPLACE_HINT,
    ) -> tuple[str, ...]:
        """What each of ``articles`` replaces: with ``replacing``, the article the index
        holds with the same link, else the same title ("" when none does); without, none
        (same titles are let be). AlreadyInCorpus if an article's text is one the index
        holds already (nothing would change), or its link is, unless ``replacing`` (saying
        ``hint``);
        LibraryError if two of them are the same, or replace the same article."""
        by_source: dict[str, ArticleInfo] = {}
        by_title: dict[str, list[ArticleInfo]] = {}  # only when replacing
        for info in index.articles.values():
            if info.source:
                by_source[_url_key(info.source)] = info
            if replacing:
                by_title.setdefault(info.title.casefold(), []).append(info)
        by_text = self._texts(index)
        seen: dict[str, NewArticle] = {}
        replaces: list[str] = []
        taken: dict[str, str] = {}  # an article replaced -> the title replacing it
        for new in articles:
            if (known := by_text.get(new.fingerprint)) is not None:
                old_info = index.articles[known]
                title = new.title or "this article's text"
                raise AlreadyInCorpus(title, old_info.title or known, old_info.file)
            old = by_source.get(_url_key(new.source)) if new.source else None
            if old is not None and not replacing:
                raise AlreadyInCorpus(new.source, old.title or old.id, old.file or old.path, hint)
            if old is None and new.title and replacing:
                titled = by_title.get(new.title.casefold(), [])
                if len(titled) > 1:
                    raise LibraryError(
                        f"{len(titled)} articles are titled “{new.title}”: /remove the one "
                        "to replace, then add this one; nothing added"
                    )
                old = titled[0] if titled else None
            if new.fingerprint in seen:
                raise LibraryError(f"“{new.title}” is in the file twice; nothing added")
            seen[new.fingerprint] = new
            if old is not None and old.id in taken:
                raise LibraryError(
                    f"“{new.title}” and “{taken[old.id]}” would both replace "
                    f"“{old.title or old.id}”; nothing added"
                )
            if old is not None:
                taken[old.id] = new.title
            replaces.append(old.id if old is not None else "")
        return tuple(replaces)

    def _texts(self, index: Index) -> dict[str, str]:
        """Each article's text fingerprint -> its id, for the index (cached)."""
        if self._fingerprints is not None and self._fingerprints[0]() is index:
            return self._fingerprints[1]
        found = {}
        for article_id in index.articles:
            text = " ".join(index.passages.text(n) for n in index.spans[article_id])
            found[text_fingerprint(text)] = article_id
        self._fingerprints = (weakref.ref(index), found)
        return found

    def write(self, article: NewArticle, added_by: str) -> Path:
        """Write ``article`` as a new .md file named after its title; never overwrites.
        Returns its path relative to the corpus folder."""
        fields = {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "published": article.published,
            "outlet": article.outlet,
            "author": article.author,
            "added_by": added_by,
            "added_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        text = article_markdown(fields, article.paragraphs)
        stem = file_stem(article.title) or f"article-{article.fingerprint[:8]}"
        return _create(self.corpus_dir, stem, ".md", text.encode("utf-8"))

    def remove(self, index: Index, article_id: str) -> Path:
        """Move the file of ``article_id`` into the removed folder (a JSONL line: into a
        file of that name there, the line taken out of the corpus's). Returns where it
        went."""
        info = index.articles[article_id]
        source = self.corpus_dir / info.file
        relative = Path(info.file)
        target_dir = (self.removed_dir / relative).parent
        target_dir.mkdir(parents=True, exist_ok=True)
        if ":" in info.path and info.path.rsplit(":", 1)[1].isdigit():
            return self._remove_line(source, target_dir / relative.name, info.path)
        target = _free_name(target_dir, relative.stem, relative.suffix)
        shutil.move(source, target)
        # Where it came from, for /restore, since a name taken there gets a -2 here.
        to = target.relative_to(self.removed_dir).as_posix()
        moved = {"to": to, "from": info.file, "at": time.time()}
        with (self.removed_dir / MOVES).open("a", encoding="utf-8") as moves:
            moves.write(json.dumps(moved, ensure_ascii=False) + "\n")
        return target

    def removed(self) -> tuple[RemovedFile, ...]:
        """The files /restore can move back, the last removed first."""
        found = []
        origins = self._origins()
        for path in self.removed_dir.rglob("*") if self.removed_dir.is_dir() else ():
            relative = path.relative_to(self.removed_dir)
            if path.suffix.lower() not in RESTORABLE_SUFFIXES or any(
                part.startswith(".") for part in relative.parts
            ):
                continue
            try:
                stat = path.stat()
                title = self._title_of(path, stat)
            except OSError:  # gone meanwhile, or not a file
                continue
            name = relative.as_posix()
            original, at = origins.get(name, (name, stat.st_ctime))
            found.append(RemovedFile(name, title, at, original))
        return tuple(sorted(found, key=lambda f: (-f.removed_at, f.path)))

    def _origins(self) -> dict[str, tuple[str, float]]:
        """Each file of the removed folder -> its path in the corpus folder and when it
        moved, as remove() noted them (the last note of a name: names are taken again once
        restored)."""
        try:
            lines = (self.removed_dir / MOVES).read_text(encoding="utf-8").splitlines()
        except OSError:  # nothing removed yet, or by an older qabot: the names are the same
            return {}
        origins = {}
        for line in lines:
            try:
                moved = json.loads(line)
                origins[str(moved["to"])] = (str(moved["from"]), float(moved["at"]))
            except (ValueError, KeyError, TypeError):  # a line cut short by a crash
                continue
        return origins

    def _title_of(self, path: Path, stat: os.stat_result) -> str:
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key not in self._titles:
            articles, _ = read_article_bytes(path.name, path.read_bytes())
            self._titles[key] = articles[0].title if articles else ""
        return self._titles[key]

    def find_removed(self, name: str) -> RemovedFile:
        """The removed file ``name`` names: its path in the removed folder, else its
        title, else a part of only one title or path. LibraryError if none or several."""
        files = self.removed()
        wanted = name.strip()
        folded = wanted.casefold()
        for matches in (
            lambda f: f.path == wanted,
            lambda f: f.title.casefold() == folded,
            lambda f: folded in f.title.casefold() or folded in f.path.casefold(),
        ):
            found = [f for f in files if matches(f)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise LibraryError(
                    f"{len(found)} removed articles match “{wanted}”: pick one of the suggestions"
                )
        raise LibraryError(
            f"no article of the removed folder matches “{wanted}”; pick one of the suggestions"
        )

    def restore(self, removed: RemovedFile) -> Path:
        """Move a removed file back where it was in the corpus folder (where that name is
        taken again, beside it: ``-2``...); never replaces a file. Returns its path
        relative to the corpus folder."""
        source = self.removed_dir / removed.path
        relative = Path(removed.original)
        folder = (self.corpus_dir / relative).parent
        folder.mkdir(parents=True, exist_ok=True)
        # Written anew rather than moved: the removed folder may be on another disk.
        name = _create(folder, relative.stem, relative.suffix, source.read_bytes())
        source.unlink()
        return relative.parent / name

    def rename(self, written: Path, name: str) -> Path:
        """Give ``written`` (a file of the corpus folder, as ``write`` returns it) the
        name ``name`` of the article it replaced and that has moved out, so that the
        article keeps its file and id; where that name is taken again, or named a JSONL
        line, it keeps its own. Never replaces a file."""
        target = Path(name)
        if target.suffix != written.suffix or ":" in name:
            return written
        try:
            os.link(self.corpus_dir / written, self.corpus_dir / target)
        except OSError:
            return written
        (self.corpus_dir / written).unlink()
        return target

    def _remove_line(self, source: Path, target: Path, where: str) -> Path:
        number = int(where.rsplit(":", 1)[1])
        lines = source.read_bytes().splitlines(keepends=True)
        line = lines[number - 1]
        with target.open("ab") as removed:
            removed.write(line if line.endswith(b"\n") else line + b"\n")
        # Blank lines keep the other articles' line numbers, and so their ids and places.
        lines[number - 1] = b"\n"
        staged = source.with_name(f".{source.name}.{uuid.uuid4().hex}.tmp")
        staged.write_bytes(b"".join(lines))
        os.replace(staged, source)
        return target


def file_stem(title: str) -> str:
    """A file name for a title: ASCII letters and digits joined by hyphens.

    >>> file_stem("Möngke's army: 1,000 horses!")
    'mongkes-army-1-000-horses'
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    ascii_title = ascii_title.replace("'", "").replace("’", "")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return stem[:MAX_NAME_CHARS].rstrip("-")


def _url_key(url: str) -> str:
    return url.strip().split("#", 1)[0].rstrip("/").lower()


def _names(stem: str, suffix: str) -> Iterator[str]:
    """``stem.md``, then ``stem-2.md``, ``stem-3.md``... (at most 9,999)."""
    yield f"{stem}{suffix}"
    for number in range(2, 10_000):
        yield f"{stem}-{number}{suffix}"


def _free_name(directory: Path, stem: str, suffix: str) -> Path:
    for name in _names(stem, suffix):
        if not (directory / name).exists():
            return directory / name
    raise LibraryError(f"too many files named {stem}{suffix} in {directory}")


def _create(directory: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write ``data`` to a new file in ``directory`` whole or not at all: staged under a
    hidden name (the corpus reader skips those), then linked in under the first free
    name, which fails rather than replace a file that appeared meanwhile."""
    staged = directory / f".{stem}.{uuid.uuid4().hex}.tmp"
    staged.write_bytes(data)
    try:
        for name in _names(stem, suffix):
            try:
                os.link(staged, directory / name)
            except FileExistsError:
                continue
            return Path(name)
        raise LibraryError(f"too many files named {stem}{suffix} in the corpus folder")
    finally:
        staged.unlink(missing_ok=True)
