import re

from index.answers import answer
from index.build import build_index
from index.markdown import plain
from index.metadata import front_matter
from tests.conftest import DATA, write


def test_markup_is_read_as_the_page_shows_it():
    body = (
        "# Junta leader visits Moscow\n\n"
        "The **junta leader** arrived in [Moscow](https://example.org/m) on *Monday*.\n"
        "He met `officials` &amp; envoys.\n\n"
        '> "We are friends," the general said.\n\n'
        "## Arms\n\n"
        "- Russia sells jets.\n- China sells drones:\n  1. small ones\n\n"
        "![photo](https://example.org/p.jpg)\n\n"
        "Read more at <https://example.org>. <b>Bold</b> tags show nothing.\n\n"
        "<!-- more -->\n\n- One loose item.\n\n- Another.\n"
    )
    text, title = plain(body)
    assert title == "Junta leader visits Moscow"
    assert text.split("\n\n") == [
        "The junta leader arrived in Moscow on Monday.\nHe met officials & envoys.",
        '"We are friends," the general said.',
        "Arms",
        "- Russia sells jets.\n- China sells drones:\n1. small ones",
        "Read more at https://example.org. Bold tags show nothing.",
        "- One loose item.",  # a blank line between items: a paragraph each
        "- Another.",
    ]
    # Titled already, the opening heading is text.
    assert plain(body, titled=True)[0].startswith("Junta leader visits Moscow\n\nThe junta")


def test_a_table_reads_a_row_a_paragraph_each_cell_after_its_heading(tmp_path):
    # As page-to-Markdown tools write a page's table; its pipes were quoted as text.
    body = (
        "Results were announced on Monday.\n\n"
        "| Party | Seats won |\n|:---|---:|\n| **NLD** | 396 |\n| USDP | 33 |\n| Others |  |\n\n"
        "The ~~old~~ count was wrong.\n"
    )
    assert plain(body)[0].split("\n\n") == [
        "Results were announced on Monday.",
        "Party: NLD; Seats won: 396",
        "Party: USDP; Seats won: 33",
        "Party: Others",
        "The old count was wrong.",
    ]
    write(tmp_path, "results.md", f"---\ntitle: Election results\n---\n{body}")
    write(tmp_path, "other.md", "---\ntitle: Other\n---\nThe party met on Monday.\n")
    found = answer(build_index(tmp_path), "how many seats did the NLD win?")
    assert found.hits[0].passage.text == "Party: NLD; Seats won: 396"


def test_text_without_markup_reads_as_written():
    # Every article file of the test data (news and SQuAD's Wikipedia text) is read the
    # same, paragraph for paragraph; list markers and numbers opening a line stay.
    files = sorted((DATA / "distractors").glob("*.md")) + sorted((DATA / "seed").glob("*"))
    assert files
    for path in files:
        body = path.read_text(encoding="utf-8")
        body = body[front_matter(body)[1] :]
        assert _paragraphs(plain(body)[0]) == _paragraphs(body), path.name
    for body in ("2021. The year began.\n1. First\n2. Second", "5 * 3 = 15 and snake_case"):
        assert plain(body) == (body, "")


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
