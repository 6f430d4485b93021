import io

import pytest
from docx import Document

from bot.documents import MAX_UNPACKED_BYTES, NotADocument, read_document
from bot.library import LibraryError, articles_of_file


def _docx(build) -> bytes:
    """A .docx file as Word writes one, made by python-docx (``build`` fills it)."""
    document = Document()
    build(document)
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def test_a_word_document_reads_as_its_paragraphs_title_and_author():
    def build(document):
        document.core_properties.author = "Ann Lee"
        document.add_heading("Dam collapse in Laos", level=0)  # Word's Title style
        document.add_paragraph("A dam collapsed on  Monday.\nVillages were flooded.")
        document.add_paragraph("")
        table = document.add_table(rows=3, cols=2)
        rows = [("Village", "Moved"), ("Ban Mai", "300"), ("Ban Hat", "")]
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        document.add_heading("Aid", level=2)
        document.add_paragraph("Aid arrived on Tuesday.")

    article = read_document(_docx(build), "laos.docx")
    assert article.title == "Dam collapse in Laos" and article.author == "Ann Lee"
    assert article.paragraphs == (
        "A dam collapsed on Monday. Villages were flooded.",
        "Village: Ban Mai; Moved: 300",
        "Village: Ban Hat",
        "Aid",
        "Aid arrived on Tuesday.",
    )
    # /add writes it as an article file, titled so.
    [added] = articles_of_file("laos.docx", _docx(build))
    assert (added.title, added.author, added.paragraphs[-1]) == (
        "Dam collapse in Laos",
        "Ann Lee",
        "Aid arrived on Tuesday.",
    )


def test_a_document_without_a_title_style_keeps_its_first_paragraph():
    def build(document):
        document.core_properties.title = "Draft"
        document.add_paragraph("The leader arrived in Moscow.")

    article = read_document(_docx(build), "visit.docx")
    assert (article.title, article.paragraphs) == ("Draft", ("The leader arrived in Moscow.",))


@pytest.mark.parametrize(
    "data, said",
    [(b"\xd0\xcf\x11\xe0 an old .doc", "not a Word document I can read"), (b"", "not a Word")],
)
def test_what_is_no_word_document_is_refused_saying_so(data, said):
    with pytest.raises(NotADocument, match=said):
        read_document(data, "old.docx")
    with pytest.raises(LibraryError, match="holds no text"):
        articles_of_file("empty.docx", _docx(lambda document: None))


def test_a_document_that_unpacks_to_too_much_is_refused_before_it_is_read():
    import zipfile

    packed = io.BytesIO()
    chunk = b"\0" * 2**20
    with (
        zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as bomb,
        bomb.open("word/document.xml", "w") as inner,
    ):
        for _ in range(MAX_UNPACKED_BYTES // len(chunk) + 1):
            inner.write(chunk)
    with pytest.raises(NotADocument, match="unpacks to 201 MB"):
        read_document(packed.getvalue(), "bomb.docx")
