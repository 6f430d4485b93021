"""The corpus folder as moderators change it: an article added as a .md file, checked
against those it holds; nothing existing is ever overwritten or deleted (removed.py moves
articles out and back)."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.corpus import Article, ArticleInfo, article_markdown, link_key, read_article_bytes
from index.errors import QabotError
from index.index import Index
from index.sentences import split_sentences

from .render import problem_text

# What /add and `qabot add` take: article files as the corpus reads them, and web pages;
# as they are named to people (other spellings of two follow).
NAMED_SUFFIXES = (".md", ".txt", ".docx", ".json", ".jsonl", ".html")
FILE_SUFFIXES = (*NAMED_SUFFIXES, ".markdown", ".htm")
MAX_NAME_CHARS = 60


class LibraryError(QabotError):
    """An article cannot be added, removed or restored as asked; the message says why."""


# Ends what refuses a file or link: said alone, it tells that none of it was added.
NOTHING_ADDED = "; nothing added"


class AlreadyInCorpus(LibraryError):
    def __init__(self, what: str, title: str, file: str, hint: str = "") -> None:
        said = f"{what} is already in the corpus: “{title}” ({file}){NOTHING_ADDED}"
        super().__init__(f"{said}{hint}")


# Said when a link already in the corpus is added again: the page may have changed since.
REPLACE_HINT = "; add it with replace: True to put this version in its place"
# Said when an article restored has a link an article of the corpus holds (its update).
RESTORE_HINT = "; /remove that one first to bring this version back"


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
    """The articles of an uploaded file: .md, .txt, .json and .jsonl as the corpus reads
    them (a .json file may hold a list of articles too), .html through the page
    extractor, .docx through python-docx. LibraryError when it has none, saying why."""
    suffix = Path(name).suffix.lower()
    if suffix not in FILE_SUFFIXES:
        raise LibraryError(
            f"{name}: files of type {suffix or '(none)'} cannot be added; attach "
            f"{', '.join(NAMED_SUFFIXES)} or a link to the page"
        )
    if suffix == ".docx":
        from .documents import read_document

        page = read_document(data, name)
        if not page.paragraphs:
            raise LibraryError(f"{name} holds no text{NOTHING_ADDED}")
    elif suffix in (".html", ".htm"):
        from .extract import extract_article

        if b"\x00" in data[:8192]:
            raise LibraryError(f"{name} is a binary file, not a web page")
        page = extract_article(data, where=name)
    else:
        found, problems = read_article_bytes(name, data, lists=True)
        if problems and not found:
            raise LibraryError("; ".join(problem_text(p) for p in problems[:3]))
        return [_from_article(a, name, named=len(found) == 1) for a in found]
    return [NewArticle(page.title, page.paragraphs, "", page.published, page.outlet, page.author)]


# What a form's link field takes as a link (else it is the outlet's name).
_LINK_TYPED = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+\S*$", re.IGNORECASE)


def typed_article(
    title: str, text: str, link_or_outlet: str = "", published: str = "", author: str = ""
) -> NewArticle:
    """The article a moderator typed or pasted into /add's form: its paragraphs those of
    ``text`` (blank lines between them where it has any, else its lines), its source the
    link, or its outlet the name, ``link_or_outlet`` gives; ``published`` a date (an ISO
    one, or one with its month in words: ``_typed_date``), written as an ISO date.
    LibraryError naming the field where one is empty that must not be, or unreadable.

    >>> typed_article("Dam", "A dam broke.\\nAll fled.", "www.example.com/dam").paragraphs
    ('A dam broke.', 'All fled.')
    """
    title, link_or_outlet, author = (" ".join(v.split()) for v in (title, link_or_outlet, author))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    paragraphs = tuple(joined for block in blocks if (joined := " ".join(block.split())))
    if not title:
        raise LibraryError(f"Title: the article needs one{NOTHING_ADDED}")
    if not paragraphs:
        raise LibraryError(f"Text: the article has none{NOTHING_ADDED}")
    source, outlet = "", link_or_outlet
    if _LINK_TYPED.match(link_or_outlet):
        source, outlet = link_or_outlet, ""
        if source.lower().startswith("www."):
            source = f"https://{source}"
        if not _URL.match(source):
            raise LibraryError(
                f"Link or outlet: “{link_or_outlet}” is no link; give the page's address "
                f"(https://...) or the outlet's name{NOTHING_ADDED}"
            )
    return NewArticle(title, paragraphs, source, _typed_date(published), outlet, author)


# Dates as people write them with the month in words, read into ISO dates (a date in
# figures alone, "04/03/2024", is the 4th of March or the 3rd of April: not guessed).
_DATE_FORMATS = ("%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y", "%A %d %B %Y", "%A %B %d %Y")


def _typed_date(typed: str) -> str:
    """``typed`` as an ISO date ("2024-03-04", "4 March 2024", "March 4, 2024",
    "Monday, 4 March 2024"); "" for none; LibraryError naming the field otherwise."""
    typed = " ".join(typed.split())
    if not typed:
        return ""
    try:
        datetime.fromisoformat(typed)
        return typed
    except ValueError:
        pass
    words = " ".join(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", typed).replace(",", " ").split())
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(words, form).date().isoformat()
        except ValueError:
            continue
    raise LibraryError(
        f"Published: “{typed}” is no date I can read; write it as 2024-03-04 or 4 March "
        f"2024{NOTHING_ADDED}"
    )


# Names of files no one chose: Discord sends a long pasted message as "message.txt",
# editors save "Untitled" and "New Text Document".
_UNCHOSEN_NAMES = frozenset(
    {"message", "untitled", "new text document", "new document", "document", "text"}
    | {"article", "file", "paste", "clipboard"}
)
# The longest title taken from an article's first sentence.
TITLE_CHARS = 90


def untitled(name: str, paragraphs: tuple[str, ...], named: bool = True) -> str:
    """A title for an added article that has none, which quotes would otherwise name by
    its file ("article-1c405e89.md"): the name of the file it came in, in words
    ("junta_visit-2025.txt": "Junta visit 2025"), if it is the file's one article and
    someone chose that name; else its first sentence, cut at a word within TITLE_CHARS.

    >>> untitled("myanmar-junta_visit.txt", ("Text.",)), untitled("message (2).txt", ("A b.",))
    ('Myanmar junta visit', 'A b.')
    """
    words = " ".join(re.split(r"[\s_.-]+", Path(name).stem)).strip()
    chosen = re.sub(r"\s*\(\d+\)$", "", words).casefold() not in _UNCHOSEN_NAMES
    if named and chosen and any(c.isalpha() for c in words):
        return words[:1].upper() + words[1:]
    text = paragraphs[0] if paragraphs else ""
    sentences = split_sentences(text)
    first = " ".join(text[slice(*sentences[0])].split()) if sentences else ""
    if len(first) <= TITLE_CHARS:
        return first
    cut = first.rfind(" ", 0, TITLE_CHARS)
    return first[: cut if cut > 0 else TITLE_CHARS].rstrip(",;:") + "…"


def _from_article(article: Article, name: str, named: bool = True) -> NewArticle:
    paragraphs = tuple(article.text[a:b] for a, b in article.paragraphs)
    given = article.id if article.id not in (name, article.path) else ""
    return NewArticle(
        article.title or untitled(name, paragraphs, named),
        paragraphs,
        article.source,
        article.published,
        article.outlet,
        article.author,
        given,
    )


class Library:
    """Writes articles into ``corpus_dir``."""

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = Path(corpus_dir)
        self._fingerprints: tuple[weakref.ref[Index], dict[str, str]] | None = None

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
                by_source[link_key(info.source)] = info
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
            old = by_source.get(link_key(new.source)) if new.source else None
            if old is not None and not replacing:
                raise AlreadyInCorpus(new.source, old.title or old.id, old.file or old.path, hint)
            if old is None and new.title and replacing:
                titled = by_title.get(new.title.casefold(), [])
                if len(titled) > 1:
                    raise LibraryError(
                        f"{len(titled)} articles are titled “{new.title}”: /remove the one "
                        f"to replace, then add this one{NOTHING_ADDED}"
                    )
                old = titled[0] if titled else None
            if new.fingerprint in seen:
                raise LibraryError(f"“{new.title}” is in the file twice{NOTHING_ADDED}")
            seen[new.fingerprint] = new
            if old is not None and old.id in taken:
                raise LibraryError(
                    f"“{new.title}” and “{taken[old.id]}” would both replace "
                    f"“{old.title or old.id}”{NOTHING_ADDED}"
                )
            if old is not None:
                taken[old.id] = new.title
            replaces.append(old.id if old is not None else "")
        return tuple(replaces)

    def holding_text(self, article: NewArticle, index: Index) -> str:
        """The id of the article of ``index`` whose text is ``article``'s, "" for none."""
        return self._texts(index).get(article.fingerprint, "")

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
        return create(self.corpus_dir, stem, ".md", text.encode("utf-8"))

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


def file_stem(title: str) -> str:
    """A file name for a title: ASCII letters and digits joined by hyphens.

    >>> file_stem("Möngke's army: 1,000 horses!")
    'mongkes-army-1-000-horses'
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    ascii_title = ascii_title.replace("'", "").replace("’", "")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return stem[:MAX_NAME_CHARS].rstrip("-")


def _names(stem: str, suffix: str) -> Iterator[str]:
    """``stem.md``, then ``stem-2.md``, ``stem-3.md``... (at most 9,999)."""
    yield f"{stem}{suffix}"
    for number in range(2, 10_000):
        yield f"{stem}-{number}{suffix}"


def free_name(directory: Path, stem: str, suffix: str) -> Path:
    """``directory / stem+suffix``, or the first of ``stem-2``... not taken there."""
    for name in _names(stem, suffix):
        if not (directory / name).exists():
            return directory / name
    raise LibraryError(f"too many files named {stem}{suffix} in {directory}")


def write_whole(path: Path, data: bytes) -> None:
    """Write the file at ``path`` whole, by a rename: a crash leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        staged.write_bytes(data)
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)  # gone once renamed; left by a failure, not kept


def create(directory: Path, stem: str, suffix: str, data: bytes) -> Path:
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
