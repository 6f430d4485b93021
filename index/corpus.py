"""Read a corpus directory into articles, and say which files could not be read and why."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import CorpusEmpty, CorpusMissing
from .markdown import plain
from .metadata import Malformed, front_matter, json_fields
from .patterns import lazy

MARKDOWN_SUFFIXES = (".md", ".markdown")
# One article as JSON, as scrapers save a page (trafilatura, news-please).
JSON_SUFFIX = ".json"
ARTICLE_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt", JSON_SUFFIX)
BULK_SUFFIX = ".jsonl"
# Larger files are refused rather than read into memory whole: no news article is this
# long, while a misplaced dump or binary easily is.
MAX_FILE_BYTES = 50 * 1024 * 1024
# Problem.kind of a file refused for its size: the edge names the setting that sets it.
TOO_LARGE = "too-large"
# Problem.kind of a saved web page left in the folder: the edge names how to add it.
WEB_PAGE = "web-page"
# Problem.kind of a Word document left in the folder: likewise.
WORD_DOCUMENT = "word-document"
# Problem.kind of a .json file of several articles in the folder (one of them could not
# be removed alone): the edge names how to add them.
ARTICLE_LIST = "article-list"
_WEB_SUFFIXES = (".html", ".htm")

Span = tuple[int, int]


@dataclass(frozen=True)
class Article:
    """One article: its metadata, its text verbatim, and where its paragraphs are."""

    id: str
    text: str
    paragraphs: tuple[Span, ...]
    title: str = ""
    source: str = ""
    published: str = ""
    author: str = ""
    outlet: str = ""  # the publication, when the source is a URL
    path: str = ""  # relative to the corpus directory, with ":line" for JSONL
    checksum: str = ""  # of the bytes it was read from: tells a changed article
    file: str = ""  # the file it was read from, relative to the corpus directory


@dataclass(frozen=True)
class ArticleInfo:
    """What is shown of an article beside a quote from it (no text)."""

    id: str
    title: str = ""
    source: str = ""
    published: str = ""
    author: str = ""
    path: str = ""
    checksum: str = ""
    file: str = ""
    outlet: str = ""


def info_of(article: Article) -> ArticleInfo:
    """The article without its text."""
    return ArticleInfo(
        article.id,
        article.title,
        article.source,
        article.published,
        article.author,
        article.path,
        article.checksum,
        article.file,
        article.outlet,
    )


def link_key(url: str) -> str:
    """A link as articles are told apart by it: its fragment, a trailing slash and case
    aside.

    >>> link_key(" https://Example.com/news/a/#top ") == link_key("https://example.com/news/a")
    True
    """
    return url.strip().split("#", 1)[0].rstrip("/").lower()


@dataclass(frozen=True)
class Problem:
    """A file (or JSONL line) that could not be read, or was read with a caveat."""

    path: str
    message: str
    line: int | None = None
    skipped: bool = True  # False: the article was indexed all the same
    kind: str = ""  # a name for problems the edge words its own way (TOO_LARGE)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FileStat:
    """A corpus file as the file system describes it: enough to tell it has changed."""

    path: str  # relative to the corpus directory
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class CorpusLoad:
    """What reading a corpus directory gave: the articles and the problems."""

    directory: Path
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    files: tuple[FileStat, ...] = ()  # every file found, read or kept
    kept: frozenset[str] = frozenset()  # files not read because the caller has them


def duplicate_id(path: str, article_id: str, first: str) -> Problem:
    """The problem of an article whose id the article at ``first`` uses already."""
    return Problem(
        path, f"article id {article_id!r} is already used by {first}: give this article another id"
    )


def scan(directory: Path | str) -> list[FileStat]:
    """Every corpus file under ``directory`` (hidden files and folders skipped), sorted.

    Raises CorpusMissing or CorpusEmpty when the directory is missing or holds no files.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise CorpusMissing(directory)
    found = []
    for path in sorted(directory.rglob("*")):
        parts = path.relative_to(directory).parts
        if any(part.startswith(".") for part in parts):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue  # vanished since the listing
        if path.is_file():
            found.append(FileStat("/".join(parts), stat.st_size, stat.st_mtime_ns))
    if not found:
        raise CorpusEmpty(directory, ARTICLE_SUFFIXES + (BULK_SUFFIX,))
    return found


def read_corpus(
    directory: Path | str,
    keep: Collection[FileStat] = (),
    max_bytes: int = MAX_FILE_BYTES,
    files: Sequence[FileStat] | None = None,
) -> CorpusLoad:
    """Read every article file under ``directory`` (or only ``files``, found by ``scan``)
    but those that are as ``keep`` describes them (same path, size and modification time);
    files over ``max_bytes`` are refused.

    Raises CorpusError when the directory is missing or holds no files at all; a file
    that cannot be read becomes a Problem and the others are still read. Article ids are
    not checked here: the index checks them, over read and kept files alike.
    """
    directory = Path(directory)
    files = scan(directory) if files is None else files
    keep = set(keep)
    articles: list[Article] = []
    problems: list[Problem] = []
    for stat in files:
        if stat in keep:
            continue
        found, trouble = _read_file(directory / stat.path, stat.path, directory, max_bytes)
        problems.extend(trouble)
        articles.extend(replace(article, file=stat.path) for article in found)
    kept = frozenset(stat.path for stat in files if stat in keep)
    return CorpusLoad(directory, tuple(articles), tuple(problems), tuple(files), kept)


def _read_file(
    path: Path, name: str, root: Path, max_bytes: int
) -> tuple[list[Article], list[Problem]]:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES and suffix != BULK_SUFFIX:
        known = ", ".join(ARTICLE_SUFFIXES + (BULK_SUFFIX,))
        kind = WEB_PAGE if suffix in _WEB_SUFFIXES else WORD_DOCUMENT if suffix == ".docx" else ""
        return [], [Problem(name, f"not an article file (expected {known}); skipped", kind=kind)]
    if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
        message = "is a link to a file outside the corpus folder; refused (copy the file in)"
        return [], [Problem(name, message)]
    try:
        if path.stat().st_size > max_bytes:
            limit = max_bytes / (1024 * 1024)
            message = f"is larger than {limit:g} MB; split it into smaller files"
            return [], [Problem(name, message, kind=TOO_LARGE)]
        data = path.read_bytes()
    except FileNotFoundError:
        return [], [Problem(name, "vanished while the corpus was being read; reload again")]
    except OSError as error:
        return [], [Problem(name, f"cannot be read ({error.strerror or error})")]
    return read_article_bytes(name, data)


# Text that begins with a byte-order mark says its encoding: UTF-16 is what Windows tools
# write as "Unicode" (Notepad's choice of that name, PowerShell 5's ``>``). Other encodings
# say nothing of themselves, and a wrong guess would quote garbled text: refused.
# ...and a marked file of more characters than this with no white space among its first
# ten times as many is not the text its mark says (_decoded).
_SPACELESS = 80
_MARKED = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16's, which it begins with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes) -> str:
    """The text of a file's bytes, as ``_readable``."""
    return _readable(_decoded(data))


# Characters that show nothing and that web pages put inside words: a soft hyphen
# ("sanc\u00adtions" where a line may break), a zero-width space, a word joiner, a
# zero-width no-break space. (Joiners and direction marks, which change how text is
# drawn, stay.)
_INVISIBLE_IN_WORDS = lazy("[\u00ad\u180e\u200b\u2060\ufeff]")


def _readable(text: str) -> str:
    """``text`` composed (NFC): an accent written as a letter and a combining mark
    ("Mo\u0308ngke", as macOS and some pages save it) is one letter, as the word pattern
    reads words (it split "Möngke" into "Mo" and "ngke"); and without the characters
    that show nothing inside words (``_INVISIBLE_IN_WORDS``: "sanc\u00adtions" was
    "sanc" and "tions"); its lines ending in "\n" (Windows editors end them in "\r\n",
    whose blank lines were no paragraph break: each line became a paragraph)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _INVISIBLE_IN_WORDS.sub("", text) if _INVISIBLE_IN_WORDS.search(text) else text


def _decoded(data: bytes) -> str:
    for mark, encoding in _MARKED:
        if data.startswith(mark):
            name = encoding.upper()
            wrong = f"begins with {name}'s byte-order mark but is not {name} text; save it as UTF-8"
            try:
                text = data.decode(encoding)  # the mark read and left out
            except UnicodeDecodeError:
                raise ValueError(wrong) from None
            # Text in one byte a character (a Latin-1 file that happens to begin "ÿþ")
            # read two bytes a character is a run of ideographs with no space or line end
            # in it: no article is written so.
            if len(text) > _SPACELESS and not any(c.isspace() for c in text[: _SPACELESS * 10]):
                raise ValueError(wrong)
            return text
    if b"\x00" in data[:8192]:
        raise ValueError("is a binary file, not text; article files are UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "save it as UTF-8"
        ) from None


def read_article_bytes(
    name: str, data: bytes, lists: bool = False
) -> tuple[list[Article], list[Problem]]:
    """The articles of one article file's bytes (``name`` tells its kind by its suffix:
    .md, .markdown, .txt, .json or .jsonl), as a corpus folder would read them, and its
    problems. ``lists``: a .json file may hold a list of articles, or one a line, as an
    upload may (each is then written as its own file); in the folder it holds one."""
    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES and suffix != BULK_SUFFIX:
        known = ", ".join(ARTICLE_SUFFIXES + (BULK_SUFFIX,))
        return [], [Problem(name, f"not an article file (expected {known})")]
    try:
        text = _decode(data)
    except ValueError as error:
        return [], [Problem(name, str(error))]
    if not text.strip():
        return [], [Problem(name, "is empty; add the article's text or remove the file")]
    if suffix == BULK_SUFFIX:
        return _read_jsonl(text, name)
    if suffix == JSON_SUFFIX:
        return _read_json(text, name, _checksum(data), lists)
    try:
        return [_read_article(text, name, _checksum(data), suffix in MARKDOWN_SUFFIXES)], []
    except Malformed as error:
        return [], [Problem(name, error.message, error.line)]


def article_markdown(fields: dict[str, str], paragraphs: Collection[str]) -> str:
    """An article file's text: front matter of ``fields`` (empty ones left out), then the
    paragraphs separated by blank lines; read back by the corpus, it gives them again.

    >>> print(article_markdown({"title": "A: b", "source": ""}, ["One.", "Two."]))
    ---
    title: A: b
    ---
    One.
    <BLANKLINE>
    Two.
    <BLANKLINE>
    """
    lines = ["---"]
    for key, value in fields.items():
        value = " ".join(value.split())
        if value:
            lines.append(f"{key}: {value}")
    lines.append("---")
    body = "\n\n".join(_as_markdown(" ".join(p.split())) for p in paragraphs if p.strip())
    return "\n".join(lines) + "\n" + body + "\n"


# What CommonMark reads as markup unless a backslash comes before it: ASCII punctuation.
_PUNCTUATION = lazy(r"[!-/:-@\[-`{-~]")


def _as_markdown(paragraph: str) -> str:
    """``paragraph`` as Markdown that reads as it: itself where it holds no markup, else
    with a backslash before each punctuation mark ("*", "[1]", "#MeToo" at its start,
    "<b>" in a page's text). One opening with "<" is escaped always: HTML that reads as
    itself may go on over the paragraphs after it ("<!A" waits for a ">")."""
    if not paragraph.startswith("<") and plain(paragraph, titled=True)[0] == paragraph:
        return paragraph
    return _PUNCTUATION.sub(lambda mark: "\\" + mark.group(), paragraph)


def _checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


# A file named after its date first, as Jekyll names a post: its date, where none is given.
_DATED_NAME = lazy(r"(\d{4}-[01]\d-[0-3]\d)[-_ ]")


# A headline: one line of a few words, ending in no sentence's mark, before the text.
_HEADLINE_CHARS = 150
_SENTENCE_END = lazy(r"[.!?:;,…\"”'’)\]]$")
# What a page copied whole puts first that is no headline: a byline, a time stamp, a
# photo's credit, a reading time ("Updated March 4, 2024", "Photo: AFP", "5 min read"),
# or a date alone ("Monday, March 4, 2024", "04/03/2024").
_NOT_HEADLINE = lazy(
    r"^(?:by\s|(?:updated|last updated|published|first published|posted|photo|photograph|"
    r"image|picture|file photo|credit|advertisement|listen)\b)"
    r"|\bmin(?:ute)?s? read$"
    r"|^[\W\d_]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*|\d+(?:st|nd|rd|th)?|[\W_])*$",
    re.IGNORECASE,
)


def _headline(body: str, paragraphs: Sequence[Span]) -> str:
    """The first paragraph of an untitled article where it reads as its headline: one
    line, two words or more, at most _HEADLINE_CHARS, ending in no sentence's mark, not
    a byline ("By Ann Lee"), a time stamp or a date (_NOT_HEADLINE), with text after it;
    "" otherwise.

    >>> headline = lambda text: _headline(text, paragraph_spans(text))
    >>> headline("Junta leader visits Moscow\\n\\nThe leader arrived.")
    'Junta leader visits Moscow'
    >>> headline("By Ann Lee\\n\\nText."), headline("The leader arrived.\\n\\nHe left.")
    ('', '')
    >>> headline("Updated March 4, 2024\\n\\nText."), headline("Monday, March 4\\n\\nText.")
    ('', '')
    """
    if len(paragraphs) < 2:
        return ""
    first = body[paragraphs[0][0] : paragraphs[0][1]]
    if "\n" in first or len(first) > _HEADLINE_CHARS or len(first.split()) < 2:
        return ""
    if _SENTENCE_END.search(first) or _NOT_HEADLINE.search(first):
        return ""
    return first.lstrip("# ")  # "# Headline" in a .txt: the headline


def _read_article(text: str, name: str, checksum: str, markdown: bool) -> Article:
    """The article of a .md or .txt file's text (``markdown``: its body read as such)."""
    fields, body_start = front_matter(text)
    body = text[body_start:]
    if not fields.get("published") and (dated := _DATED_NAME.match(Path(name).name)):
        fields["published"] = dated[1]  # "2024-03-04-junta-visit.md", as Jekyll names posts
    if markdown:  # as its page reads: no "**", no link's URL
        body, heading = plain(body, titled=bool(fields.get("title")))
        if heading:
            fields["title"] = heading  # "# Junta leader in Moscow" opening it names it
    paragraphs = paragraph_spans(body)
    if not fields.get("title") and (headline := _headline(body, paragraphs)):
        fields["title"] = headline  # its text keeps it: quotes stay where they were
    if not paragraphs:
        if body_start:
            raise Malformed("has front matter but no article text after it")
        raise Malformed("has no article text (only a heading, images or comments); add its text")
    return Article(
        id=fields.pop("id", "") or name,
        text=body,
        paragraphs=paragraphs,
        path=name,
        checksum=checksum,
        **fields,
    )


def _read_jsonl(text: str, name: str) -> tuple[list[Article], list[Problem]]:
    articles, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = _json_value(line)
            hint = 'each line must be {"text": ..., ...}'
            where = f"{name}:{number}"
            articles.append(_json_article(record, where, _checksum(line.encode()), hint))
        except Malformed as error:
            problems.append(Problem(name, error.message, number))
    return articles, problems


def _read_json(
    text: str, name: str, checksum: str, lists: bool
) -> tuple[list[Article], list[Problem]]:
    """A .json file's article: one JSON object, as a JSONL line. Where ``lists``, also a
    list of them (a scraper's export) or one a line (JSON Lines saved as .json)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        if lists and error.msg == "Extra data":  # one a line: JSON Lines
            return _read_jsonl(text, name)
        return [], [
            Problem(name, f"is not valid JSON ({error.msg} at column {error.colno})", error.lineno)
        ]
    if isinstance(value, list) and lists:
        articles, problems = [], []
        for number, record in enumerate(value, start=1):
            try:
                checksum = _checksum(json.dumps(record).encode())
                hint = 'each must be {"text": ..., ...}'
                articles.append(_json_article(record, f"{name}:{number}", checksum, hint))
            except Malformed as error:
                problems.append(Problem(name, f"article {number}: {error.message}"))
        return articles, problems
    if isinstance(value, list):
        message = f"holds a list of {len(value)} articles; a .json file in the folder holds one"
        return [], [Problem(name, message, kind=ARTICLE_LIST)]
    try:
        if not isinstance(value, dict):  # said of the file as a whole
            raise Malformed('is not a JSON object; a .json file holds one article, {"text": ...}')
        return [_json_article(value, name, checksum, "")], []
    except Malformed as error:
        return [], [Problem(name, error.message)]


def _json_value(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise Malformed(f"not valid JSON ({error.msg} at column {error.colno})") from None


# Where the text is: its own name, or where exports of news sites and scrapers put it.
_TEXT_KEYS = ("text", "content", "body", "article", "maintext")


def _json_article(record: object, where: str, checksum: str, hint: str) -> Article:
    """The article of a JSON object (a JSONL line's, a .json file's), at ``where``;
    Malformed, with ``hint`` (what it must be), for any other JSON value."""
    if not isinstance(record, dict):
        raise Malformed(f"not a JSON object; {hint}")
    text = next((record[key] for key in _TEXT_KEYS if isinstance(record.get(key), str)), None)
    if not isinstance(text, str) or not text.strip():
        raise Malformed('has no "text" (a non-empty string is required)')
    text = _readable(text)  # "\u0308" written as an escape: read as a file's text is
    fields = json_fields(record)
    return Article(
        id=fields.pop("id") or where,
        text=text,
        paragraphs=paragraph_spans(text),
        path=where,
        checksum=checksum,
        **fields,
    )


# A blank line: spaces of any kind only ("\u00a0" pasted from a web page too).
_BLANK_LINE = lazy(r"\n[^\S\n]*\n")


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Paragraphs are separated by blank lines; in text without any, each line is one.

    >>> text = "One.\\nTwo.\\n"
    >>> [text[a:b] for a, b in paragraph_spans(text)]
    ['One.', 'Two.']
    >>> text = "One line\\nwrapped.\\n\\nTwo.\\n\\u00a0\\nThree."
    >>> [text[a:b] for a, b in paragraph_spans(text)]
    ['One line\\nwrapped.', 'Two.', 'Three.']
    """
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans = []
    start = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            right = start + len(piece.rstrip())
            spans.append((left, right))
        start = match.end() if match else len(text)
    return tuple(spans)
