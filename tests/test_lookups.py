"""What reading a question looks up in an index's text (index/lookups.py)."""

from index.build import build_index
from index.lookups import lookups
from tests.conftest import write


def test_an_index_is_looked_up_for_phrases_acronyms_titles_and_neighbours(tmp_path):
    write(
        tmp_path,
        "a.md",
        "---\ntitle: A\n---\nGeneral Min Aung Hlaing arrived in Moscow. The International "
        "Institute for Strategic Studies counted the jets. General Min Aung Hlaing met "
        "officials. Analysts said air strikes continued.\n",
    )
    corpus = lookups(build_index(tmp_path))
    assert corpus.says("air strikes") and not corpus.says("strikes air")
    assert corpus.names("IISS") == "International Institute for Strategic Studies"
    assert corpus.titled("general") == "Min Aung Hlaing"
    assert corpus.beside("aung", True) == {"Hlaing": 2}
