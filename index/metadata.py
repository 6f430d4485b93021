"""An article file's metadata: front matter ("field: value" lines between two "---"
lines, or Hugo's TOML between "+++" lines) and a JSON object's fields, read by their
names or the names blogs, site generators and scrapers give them."""

from __future__ import annotations

import re
from typing import Any

FIELDS = ("id", "title", "source", "published", "author", "outlet")
# Front matter kept in the file for people, not indexed: who added the article, and when.
NOTE_FIELDS = ("added_by", "added_at")
# Other names of the fields, as blogs and static site generators (Jekyll, Hugo) write
# them: a Markdown file exported from one reads as it is.
ALIASES = {
    "date": "published",
    "published_at": "published",
    "pubdate": "published",
    "url": "source",
    "link": "source",
    "headline": "title",
    "byline": "author",
    "authors": "author",
    "publisher": "outlet",
    # and as scrapers save pages: news-please, trafilatura, Open Graph's og:site_name
    "date_publish": "published",
    "source_domain": "outlet",
    "sitename": "outlet",
    "site_name": "outlet",
    "source-hostname": "outlet",
}
# Their fields that say nothing a quote needs, kept in the file and not read, with the
# lines of a list that may follow them ("tags:" then "  - myanmar"). Any other unknown
# field is refused: a typo ("titel") must not silently drop a title.
SITE_FIELDS = frozenset(
    "tags categories category keywords description summary excerpt image images "
    "thumbnail draft layout slug permalink aliases lang language lastmod updated "
    "modified weight toc type series params menu cover".split()
)


class Malformed(Exception):
    """An article file's text that cannot be read as one, and why (``line``: where)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# Front matter is "key: value" lines between two "---" lines. It is parsed here rather
# than as YAML: a title such as "Myanmar: the junta's allies" is not valid YAML unless
# quoted, and moderators should not need to know that.
def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields of ``text``'s front matter, and where its body begins ({} and 0 where
    it has none); Malformed where it cannot be read, naming the line."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "+++":
        return _toml_front_matter(lines)
    if not lines or lines[0].strip() != "---":
        return {}, 0
    read = _Fields()
    offset = len(lines[0])
    skipping = False  # in a field not read, whose value's list may go on
    for number, line in enumerate(lines[1:], start=2):
        offset += len(line)
        stripped = line.strip()
        if stripped == "---":
            return read.fields(), offset
        if not stripped or stripped.startswith("#"):
            continue
        if skipping and (line[:1] in (" ", "\t") or stripped.startswith("- ")):
            continue
        key, colon, value = stripped.partition(":")
        key = key.strip().lower()
        if not colon or not re.fullmatch(r"[a-z_]+", key):
            raise Malformed(
                f"front matter line is not 'field: value': {stripped[:60]!r} "
                "(or the closing '---' line is missing)",
                number,
            )
        skipping = not read.add(key, _unquoted(value.strip()), number)
    raise Malformed("front matter opened with '---' on line 1 is never closed by a '---' line", 1)


def _unquoted(value: str) -> str:
    """``value`` without the quotes around it all, where it is quoted whole as YAML
    quotes ('"Myanmar: the junta's allies"', "'It''s over'": a doubled single quote is
    one); quotes inside or at one end only are the title's own.

    >>> _unquoted('"Myanmar: allies"'), _unquoted('Austria wins with "Wasted Love"')
    ('Myanmar: allies', 'Austria wins with "Wasted Love"')
    >>> _unquoted("'Til death"), _unquoted("'It''s over'"), _unquoted('"A" or "B"')
    ("'Til death", "It's over", '"A" or "B"')
    """
    if len(value) < 2 or value[0] != value[-1] or value[0] not in "\"'":
        return value
    inner = value[1:-1]
    if value[0] == "'":
        inner = inner.replace("''", "\0")  # a doubled quote, set aside as one
    if value[0] in inner:
        return value  # "A" or "B": quotes of its own
    return inner.replace("\0", "'").strip()


def _toml_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """Front matter between two "+++" lines, in TOML, as Hugo writes it."""
    import tomllib  # only for such files

    close = next((n for n, line in enumerate(lines[1:], 1) if line.strip() == "+++"), 0)
    if not close:
        raise Malformed(
            "front matter opened with '+++' on line 1 is never closed by a '+++' line", 1
        )
    try:
        table = tomllib.loads("".join(lines[1:close]))
    except tomllib.TOMLDecodeError as error:
        at = re.search(r"at line (\d+)", str(error))  # of the block: the file's is one on
        message = f"front matter between '+++' lines is not TOML: {error}"
        raise Malformed(message, int(at[1]) + 1 if at else 1) from None
    read = _Fields()
    for key, value in table.items():
        # Where the key is written: the line a problem names.
        number = next(
            (n for n, line in enumerate(lines[1:close], 2) if line.lstrip().startswith(key)), 1
        )
        if isinstance(value, dict) or (
            value and isinstance(value, list) and isinstance(value[0], dict)
        ):
            continue  # [params], [[menu.main]]: a table is no field's value, nor a typo of one
        if isinstance(value, list):  # authors = ["Ann", "Bo"]
            value = ", ".join(map(str, value))
        elif hasattr(value, "isoformat"):  # a TOML date: as an ISO date is written
            value = value.isoformat()
        read.add(key.lower(), str(value).strip(), number)
    return read.fields(), sum(len(line) for line in lines[: close + 1])


class _Fields:
    """Front matter's fields as read, by their names or other names (ALIASES)."""

    def __init__(self) -> None:
        self._own: dict[str, str] = {}
        self._aliased: dict[str, str] = {}  # by another name ("date"): its own name wins

    def add(self, key: str, value: str, number: int) -> bool:
        """Read field ``key`` (lowercase) of line ``number``: False for one kept and not
        read (NOTE_FIELDS, SITE_FIELDS); an unknown one is refused."""
        if key in NOTE_FIELDS or key in SITE_FIELDS:
            return False
        if key in FIELDS:
            self._own[key] = value
        elif key in ALIASES:
            self._aliased.setdefault(ALIASES[key], value)
        else:
            known = ", ".join(FIELDS + NOTE_FIELDS)
            raise Malformed(f"unknown front matter field {key!r}; known fields: {known}", number)
        return True

    def fields(self) -> dict[str, str]:
        return self._aliased | self._own


def json_fields(record: dict[str, Any]) -> dict[str, str]:
    """Every field (FIELDS) of a JSON object (a JSONL line, a .json file), "" where it
    gives none: by its own name, else another (ALIASES); a list of strings ("authors":
    ["Ann", "Bo"]) as "Ann, Bo". Its other keys are its own ("tags", its text's), and
    another name of a field it gives by its own is not read either. Malformed where a
    field's value is no string."""
    read = _Fields()
    for key, value in record.items():
        if key not in FIELDS and (key not in ALIASES or ALIASES[key] in record):
            continue
        if value is None:
            value = ""
        if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
            value = ", ".join(str(v).strip() for v in value)
        if not isinstance(value, (str, int)):
            raise Malformed(f"field {key!r} must be a string")
        read.add(key, str(value).strip(), 1)
    return dict.fromkeys(FIELDS, "") | read.fields()
