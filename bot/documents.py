"""A Word document's article: its paragraphs, title and author, read by python-docx."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from zipfile import BadZipFile, ZipFile

from index.errors import QabotError
from index.markdown import table_row

from .extract import Extracted

if TYPE_CHECKING:
    from docx.document import Document

# Paragraph styles that name the document where it opens with one (Word's own names).
_TITLE_STYLES = frozenset({"Title", "Heading 1"})
# The most a .docx may unpack to: a file of a few megabytes that unpacks to gigabytes (a
# zip bomb) would take the bot's memory; a long article with pictures unpacks to tens.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


class NotADocument(QabotError):
    """The file is no Word document that can be read."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(
            f"{where} is not a Word document I can read ({why}); save it as .docx, or "
            "as .txt or .md"
        )


def read_document(data: bytes, where: str) -> Extracted:
    """The article of a .docx file's bytes: its paragraphs in order (a table a paragraph
    a row, as Markdown's are read: ``table_row``), its opening Title or Heading 1 (else
    the title its properties give) as the title, its author as its properties give it.
    NotADocument where the bytes are no .docx (an old .doc, a renamed file)."""
    from docx import Document as open_document  # 0.1 s: only adding a document needs it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with ZipFile(io.BytesIO(data)) as packed:
            unpacked = sum(member.file_size for member in packed.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise NotADocument(where, f"it unpacks to {unpacked // 2**20:,} MB")
        document = open_document(io.BytesIO(data))
    except (BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise NotADocument(where, type(error).__name__) from None
    blocks = _blocks(document)
    title = ""
    if len(blocks) > 1 and blocks[0][1]:  # it opens with a Title or a Heading 1
        title = blocks.pop(0)[0]
    properties = document.core_properties
    title = title or " ".join((properties.title or "").split())
    author = " ".join((properties.author or "").split())
    return Extracted(title, tuple(text for text, _ in blocks), author=author)


def _blocks(document: Document) -> list[tuple[str, bool]]:
    """The document's paragraphs and tables' rows, in order, as text, each with whether
    it is a paragraph styled as a title; empty ones left out."""
    from docx.table import Table

    blocks = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in block.rows]
            headings, *body = rows or [[]]
            blocks.extend((row, False) for cells in body if (row := table_row(headings, cells)))
        elif text := " ".join(block.text.split()):
            titled = block.style is not None and block.style.name in _TITLE_STYLES
            blocks.append((text, titled))
    return blocks
