"""The removed folder: what /remove moves out of the corpus, noted so that /restore brings
each article back where it was; nothing is ever deleted or overwritten."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from index.corpus import ARTICLE_SUFFIXES, read_article_bytes

from .library import LibraryError, create, free_name, write_whole

# In the removed folder (hidden, so never listed): one line a move, where it came from.
MOVES = ".moves.jsonl"


@dataclass(frozen=True)
class RemovedArticle:
    """An article of the removed folder that /restore can bring back."""

    path: str  # in the removed folder: its file, or "FILE.jsonl:K" for that file's line K
    title: str  # "" when it has none
    removed_at: float  # when it moved there (as noted, else its file's status change)
    original: str  # its path in the corpus when removed ("FILE.jsonl:N" for a line)

    def holds(self, typed: str) -> bool:
        """Whether its title or path holds ``typed``, case aside."""
        folded = typed.casefold()
        return folded in self.title.casefold() or folded in self.path.casefold()


class RemovedFolder:
    """Moves articles from ``corpus_dir`` to ``removed_dir`` and back."""

    def __init__(self, corpus_dir: Path, removed_dir: Path) -> None:
        self.corpus_dir = Path(corpus_dir)
        self.removed_dir = Path(removed_dir)
        self._titles: dict[tuple[str, int, int], str] = {}  # files' titles, by their stat

    def move_out(self, path: str) -> str:
        """Move the article at ``path`` in the corpus (its file, as ``ArticleInfo.path``
        names it) into the removed folder, under the same path (``-2``... where that is
        taken); an article of a JSONL file ("FILE.jsonl:N"): its line alone, appended to
        a file of that name there, the line left blank in the corpus so that the others
        keep their line numbers, and so their ids. Notes where it came from; returns its
        path in the removed folder, as ``articles`` names it ("FILE.jsonl:K" for a line)."""
        file, number = _line_of(path)
        source = self.corpus_dir / file
        relative = Path(file)
        target_dir = (self.removed_dir / relative).parent
        target_dir.mkdir(parents=True, exist_ok=True)
        if number:
            target = target_dir / relative.name
            kept = _put_line(target, _lines(source)[number - 1], 0)
            _put_line(source, b"\n", number)
            self._note(target, path, kept)
            return f"{target.relative_to(self.removed_dir).as_posix()}:{kept}"
        target = free_name(target_dir, relative.stem, relative.suffix)
        shutil.move(source, target)
        self._note(target, file)
        return target.relative_to(self.removed_dir).as_posix()

    def file_of(self, path: str) -> Path:
        """The file of the removed folder that holds ``path`` (an article's, as
        ``move_out`` and ``articles`` name it)."""
        return self.removed_dir / _line_of(path)[0]

    def _note(self, target: Path, original: str, line: int = 0) -> None:
        moved = {"to": target.relative_to(self.removed_dir).as_posix(), "from": original}
        if line:
            moved["line"] = line
        moved["at"] = time.time()
        with (self.removed_dir / MOVES).open("a", encoding="utf-8") as moves:
            moves.write(json.dumps(moved, ensure_ascii=False) + "\n")

    def articles(self) -> tuple[RemovedArticle, ...]:
        """What /restore can bring back, the last removed first."""
        files, lines = self._notes()
        found = []
        for path in self.removed_dir.rglob("*") if self.removed_dir.is_dir() else ():
            relative = path.relative_to(self.removed_dir)
            # Whole article files; a .jsonl file here holds lines, each restored alone.
            if path.suffix.lower() not in ARTICLE_SUFFIXES or any(
                part.startswith(".") for part in relative.parts
            ):
                continue
            try:
                stat = path.stat()
                title = self._title_of(path, stat)
            except OSError:  # gone meanwhile, or not a file
                continue
            name = relative.as_posix()
            # A file removed before moves were noted had the same name in the corpus.
            original, at = files.get(name, (name, stat.st_ctime))
            found.append(RemovedArticle(name, title, at, original))
        for (name, line), (original, at), text in self._held(lines):
            title = _title_of_line(text)
            found.append(RemovedArticle(f"{name}:{line}", title, at, original))
        return tuple(sorted(found, key=lambda a: (-a.removed_at, a.path)))

    def _notes(
        self,
    ) -> tuple[dict[str, tuple[str, float]], dict[tuple[str, int], tuple[str, float]]]:
        """The moves noted: each file's (where it came from, when), by its name here (the
        last note of a name: names are taken again once restored); each JSONL line's, by
        (its file here, its line there)."""
        try:
            notes = (self.removed_dir / MOVES).read_text(encoding="utf-8").splitlines()
        except OSError:  # nothing removed yet, or only by an older qabot
            return {}, {}
        files, lines = {}, {}
        for note in notes:
            try:
                moved = json.loads(note)
                seen = (str(moved["from"]), float(moved["at"]))
                if "line" in moved:
                    lines[(str(moved["to"]), int(moved["line"]))] = seen
                else:
                    files[str(moved["to"])] = seen
            except (ValueError, KeyError, TypeError):  # a line cut short by a crash
                continue
        return files, lines

    def _held(
        self, lines: dict[tuple[str, int], tuple[str, float]]
    ) -> Iterator[tuple[tuple[str, int], tuple[str, float], bytes]]:
        """The JSONL lines noted that are still here (not restored since), with their
        notes and text."""
        held: dict[str, list[bytes]] = {}
        for (name, line), seen in lines.items():
            if name not in held:
                held[name] = _lines(self.removed_dir / name, missing_ok=True)
            text = held[name][line - 1] if line <= len(held[name]) else b""
            if text.strip():
                yield (name, line), seen, text

    def _title_of(self, path: Path, stat: os.stat_result) -> str:
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key not in self._titles:
            articles, _ = read_article_bytes(path.name, path.read_bytes())
            self._titles[key] = articles[0].title if articles else ""
        return self._titles[key]

    def find(self, name: str) -> RemovedArticle:
        """The removed article ``name`` names: its path in the removed folder, else its
        title, else a part of only one title or path. LibraryError if none or several."""
        articles = self.articles()
        wanted = name.strip()
        folded = wanted.casefold()
        for matches in (
            lambda a: a.path == wanted,
            lambda a: a.title.casefold() == folded,
            lambda a: a.holds(wanted),
        ):
            found = [a for a in articles if matches(a)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise LibraryError(
                    f"{len(found)} removed articles match “{wanted}”: pick one of the suggestions"
                )
        raise LibraryError(
            f"no article of the removed folder matches “{wanted}”; pick one of the suggestions"
        )

    def data(self, article: RemovedArticle) -> tuple[str, bytes]:
        """The article as a file the corpus reads: (a name for it, its bytes)."""
        file, line = _line_of(article.path)
        if line:
            return file, _lines(self.removed_dir / file)[line - 1]
        return article.path, (self.removed_dir / article.path).read_bytes()

    def restore(self, article: RemovedArticle) -> str:
        """Put a removed article back where it was in the corpus: its file under its old
        name (beside it, ``-2``..., where that name is taken again), its JSONL line in
        its old place (at the end of its file, where that place is taken again). Never
        replaces a file or a line. Returns its path in the corpus."""
        file, line = _line_of(article.path)
        corpus = self.corpus_dir.resolve()
        if not (self.corpus_dir / article.original).resolve().is_relative_to(corpus):
            # Only a hand-edited note could say so: nothing is written outside the corpus.
            raise LibraryError(f"{article.path} was noted as coming from outside the corpus")
        if line:
            original, number = _line_of(article.original)
            source = self.removed_dir / file
            text = _lines(source)[line - 1]
            placed = _put_line(self.corpus_dir / original, text, number)
            _put_line(source, b"\n", line)  # the removed file's other lines keep theirs
            if not any(kept.strip() for kept in _lines(source)):
                source.unlink()  # its last line restored: nothing left to keep numbered
            self._compact()
            return f"{original}:{placed}"
        relative = Path(article.original)
        folder = (self.corpus_dir / relative).parent
        folder.mkdir(parents=True, exist_ok=True)
        # Written anew rather than moved: the removed folder may be on another disk.
        data = (self.removed_dir / article.path).read_bytes()
        name = create(folder, relative.stem, relative.suffix, data)
        (self.removed_dir / article.path).unlink()
        self._compact()
        return (relative.parent / name).as_posix()

    def _compact(self) -> None:
        """Keep only the notes of what is still here to restore, so that the notes do not
        grow with every removal and restoring; each name's last note, as ``_notes`` reads
        them."""
        files, lines = self._notes()
        kept = [
            {"to": name, "from": original, "at": at}
            for name, (original, at) in files.items()
            if (self.removed_dir / name).is_file()
        ]
        for (name, line), (original, at), _ in self._held(lines):
            kept.append({"to": name, "from": original, "line": line, "at": at})
        text = "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in kept)
        write_whole(self.removed_dir / MOVES, text.encode())


def _line_of(path: str) -> tuple[str, int]:
    """("FILE.jsonl", N) for a JSONL article's path "FILE.jsonl:N"; (path, 0) otherwise."""
    file, _, number = path.rpartition(":")
    if file and number.isdigit():
        return file, int(number)
    return path, 0


def _lines(path: Path, missing_ok: bool = False) -> list[bytes]:
    try:
        return path.read_bytes().splitlines(keepends=True)
    except FileNotFoundError:
        if missing_ok:
            return []
        raise


def _put_line(path: Path, text: bytes, number: int) -> int:
    """Write ``text`` as line ``number`` of the file at ``path`` (0: at its end), where that
    line is blank or past its end (blank lines fill the gap); at its end where it is not;
    a blank ``text`` blanks that line. The file is replaced whole. Returns the line's
    number."""
    lines = _lines(path, missing_ok=True)
    if lines and not lines[-1].endswith(b"\n"):
        lines[-1] += b"\n"
    text = text if text.endswith(b"\n") else text + b"\n"
    if number and number > len(lines):
        lines += [b"\n"] * (number - 1 - len(lines)) + [text]
    elif number and (not lines[number - 1].strip() or not text.strip()):
        lines[number - 1] = text
    else:
        lines.append(text)
        number = len(lines)
    write_whole(path, b"".join(lines))
    return number


def _title_of_line(text: bytes) -> str:
    try:
        title = json.loads(text).get("title", "")
    except (ValueError, AttributeError):
        return ""
    return title if isinstance(title, str) else ""
