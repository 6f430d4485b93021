import gc
import shutil
import weakref

import pytest

from bot.served import ServedIndex
from index.answers import answer
from index.errors import CorpusError
from tests.conftest import write


def test_a_failed_refresh_keeps_the_old_index_answering(tmp_path):
    write(tmp_path, "a.md", "Six elephants went to the circus.")
    served = ServedIndex(tmp_path, tmp_path / ".index")
    before = served.index
    shutil.rmtree(tmp_path)
    with pytest.raises(CorpusError):
        served.refresh()
    assert served.index is before
    assert answer(served.index, "elephants").found


def test_a_corpus_of_only_bad_files_is_refused_and_the_old_index_kept(tmp_path):
    good = write(tmp_path, "a.md", "Six elephants went to the circus.")
    served = ServedIndex(tmp_path, tmp_path / ".index")
    before = served.index
    good.unlink()
    write(tmp_path, "b.md", b"\xff\xfe broken")
    with pytest.raises(CorpusError, match="no readable articles.*b.md"):
        served.refresh()
    assert served.index is before


def test_refresh_reports_and_serves_the_new_articles(tmp_path):
    write(tmp_path, "a.md", "Six elephants went to the circus.")
    served = ServedIndex(tmp_path, tmp_path / ".index")
    assert not answer(served.index, "nuclear power").found
    write(tmp_path, "b.md", "They signed a nuclear power agreement.")
    changes = served.refresh()
    assert changes.added == ("b.md",)
    assert answer(served.index, "nuclear power").found


def test_the_first_reload_tells_what_start_up_read_anew(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "Six elephants went to the circus.")
    assert ServedIndex(corpus, tmp_path / ".index").index  # saved
    write(corpus, "b.md", "They signed a nuclear power agreement.")  # while the bot is down
    served = ServedIndex(corpus, tmp_path / ".index")
    assert answer(served.index, "nuclear power").found  # start-up read it
    changes = served.refresh()
    assert not changes.any and changes.at_start == 1  # told once...
    assert served.refresh().at_start == 0  # ...with the first reload only


def test_a_reload_in_one_process_reaches_another(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "Six elephants went to the circus.")
    first = ServedIndex(corpus, tmp_path / ".index")
    second = ServedIndex(corpus, tmp_path / ".index")
    assert first.index and second.index  # both serving
    assert second.follow() is None  # nothing new yet
    write(corpus, "b.md", "They signed a nuclear power agreement.")
    first.refresh()
    changes = second.follow()
    assert changes is not None and changes.added == ("b.md",)
    assert answer(second.index, "nuclear power").found
    assert second.follow() is None


def test_titles_follow_the_served_index_without_keeping_the_old_one(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: Zoo\n---\nSix elephants.\n")
    served = ServedIndex(corpus, tmp_path / "index")
    served.refresh()
    assert served.titles().matching("", 5) == [("Zoo", "a.md")]
    assert served.titles() is served.titles()  # read once an index
    old = weakref.ref(served.index)
    write(corpus, "b.md", "---\ntitle: Circus\n---\nTwo lions.\n")
    served.refresh()
    gc.collect()
    assert old() is None  # the replaced index is not kept alive for its titles
    assert served.titles().matching("", 5) == [("Circus", "b.md"), ("Zoo", "a.md")]


def test_the_communitys_synonyms_are_served_and_followed_from_their_file(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "The lander landed near the crater.")
    write(corpus, "b.md", "Six elephants went to the circus.")
    one = ServedIndex(corpus, tmp_path / "index")
    other = ServedIndex(corpus, tmp_path / "index")  # another process serving the corpus
    assert not answer(one.index, "where did the probe land?").found  # no article says probe
    assert not other.index.analyzer.community_terms
    (corpus / ".synonyms.txt").write_text("probe lander\nthe probe\n", encoding="utf-8")
    one.regroup()
    assert answer(one.index, "where did the probe land?").found
    assert one.community.skipped == (
        "line 2: “the” is too common a word to search for: leave it out",
    )
    # The other process reads them again once their file changed, as it follows a reload.
    assert other.follow() is None
    assert answer(other.index, "where did the probe land?").found
    # A refresh serves them with the new index; a file gone takes them away.
    write(corpus, "c.md", "Nuclear power agreement signed.")
    one.refresh()
    assert answer(one.index, "where did the probe land?").found
    (corpus / ".synonyms.txt").unlink()
    other.follow()
    assert not answer(other.index, "where did the probe land?").found
    assert other.community.groups == ()
    (corpus / ".synonyms.txt").write_bytes(b"probe lander\n" * 10_000)  # 130 KB: not read
    assert one.regroup().skipped == (".synonyms.txt cannot be read (over 64 KB)",)
    assert not answer(one.index, "where did the probe land?").found
