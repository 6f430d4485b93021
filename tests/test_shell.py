import io
import shutil

import pytest

from bot.shell import Shell, run_shell
from tests.conftest import SEED_FILE, served_over, write


@pytest.fixture
def corpus(tmp_path):
    directory = tmp_path / "corpus"
    write(directory, "a.md", "---\ntitle: Circus\n---\nSix elephants went to the circus.\n")
    return directory


def shell_over(corpus, tmp_path) -> Shell:
    return Shell(*served_over(corpus, tmp_path))


def test_reply_runs_each_bot_command(corpus, tmp_path):
    shell = shell_over(corpus, tmp_path)
    assert "six **elephants**" in shell.reply("/ask how many elephants?").lower()
    assert shell.reply("elephants") == shell.reply("/ask elephants")
    assert shell.reply("/sources").startswith("**Circus** · 1 sentence · `a.md`")
    helped = shell.reply("/help")
    assert "/ask" in helped and "/more, /previous, /context and /closest" in helped
    assert shell.reply("/reload").startswith("Nothing changed: 1 article")
    assert "Unknown command '/nope'" in shell.reply("/nope")
    story = "We went to town and saw many things that day. " * 8
    taken = shell.reply(f"/answer-this {story}How many elephants went? Thanks!")
    assert "six **elephants** went" in taken.lower()  # the message's question, asked
    assert "no sentence of it ends in “?”" in shell.reply(f"/answer-this {story}")
    within = shell.reply("/ask elephants article: circus")  # as Discord's /ask takes it
    assert "**elephants**" in within and "Only in: Circus" in within
    assert "no answer to that in *Circus*" in shell.reply("/ask lions article: Circus")
    assert "no article 'Zoo'" in shell.reply("/ask elephants article: Zoo")
    # A quoted phrase: said word for word, highlighted whole; else named in small print.
    assert "**Six elephants went**" in shell.reply('/ask "six elephants went"')
    assert "No passage says “elephants went away” word for word" in shell.reply(
        '/ask "elephants went away"'
    )


def test_a_failed_reload_is_explained_and_answers_continue(corpus, tmp_path):
    shell = shell_over(corpus, tmp_path)
    shutil.rmtree(corpus)
    message = shell.reply("/reload")
    assert "does not exist" in message and "still" in message
    assert "**elephants**" in shell.reply("elephants")


def test_closest_passages_as_under_no_answer(corpus, tmp_path):
    shell = shell_over(corpus, tmp_path)
    turned_away = shell.reply("elephants budget of the circus")
    assert "no answer" in turned_away and "/closest shows the passages" in turned_away
    closest = shell.reply("/closest")
    assert "Six **elephants** went to the **circus**" in closest
    assert "Closest passages: none was taken for an answer" in closest
    shell.reply("how many elephants?")
    assert "offered under “no answer”" in shell.reply("/closest")


def test_question_errors_are_kind_messages(corpus, tmp_path):
    shell = shell_over(corpus, tmp_path)
    assert "question is empty" in shell.reply("/ask")
    assert "300" in shell.reply("/ask " + "why " * 100)  # Discord's limit, as in /ask
    # Discord markup is read out of a line as the bot reads it out of a mention.
    assert "**elephants**" in shell.reply("<@123> <:party:5> elephants")
    assert "question is empty" in shell.reply("/ask article: Circus")
    assert "Read which article?" in shell.reply("/article")
    assert shell.reply("/sources circ").startswith("**Circus**")
    assert shell.reply("/sources zebra") == "No article's title holds “zebra”."
    story = "We went to town and saw many things that day. " * 8
    long_line = shell.reply(f"{story}How many elephants went?")  # as a long mention is
    assert "six **elephants** went" in long_line.lower()


def test_pages_context_and_follow_ups_as_under_an_answer(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_FILE, corpus)
    shell = shell_over(corpus, tmp_path)
    assert "Nothing to follow up yet" in shell.reply("/reply and China?")
    assert "No passages to turn" in shell.reply("/more")
    first = shell.reply("Myanmar military junta")
    assert first.splitlines()[-1].startswith("-# Passages 1–3 of ")
    assert "this is the first" in shell.reply("/previous")
    second = shell.reply("/more")
    assert second.splitlines()[-1].startswith("-# Passages 4–6 of ") and second != first
    assert shell.reply("/previous") == first
    context = shell.reply("/context")
    assert context.startswith("**Context: Myanmar military junta**")
    assert context.count("\n— ") == 3  # each passage of the page with its source
    assert shell.reply("/reply why?") == context  # the sentences around the page shown
    # "tell me more" turns the page; past the last, more of the article: around it.
    assert "-# Passages 7–9 of " in shell.reply("/reply tell me more")
    assert "-# Passage 10 of 10" in shell.reply("/reply tell me more")
    assert shell.reply("/reply tell me more") == shell.reply("/context")
    while "this is the first" not in shell.reply("/previous"):
        pass  # back to the first page, as it was
    followed = shell.reply("/reply and China?")
    assert "China" in followed and "Read as a follow-up to: Myanmar military junta" in followed
    # As in a DM, a line that leans on the answer shown follows it up without /reply.
    assert "follow-up to: Myanmar military junta → and China?" in shell.reply("and China?")
    assert shell.reply("who supplies jets?").count("follow-up") == 0  # its own question
    # A follow-up with no answer leaves the last answer that found passages to follow,
    # as the bot's last answer to a member is: "who greeted him?" was its own question.
    thailand = shell.reply("and Thailand?")
    assert "follow-up" in thailand and "no answer" in thailand.lower()
    # ...and "why?" shows the sentences around that answer ("no passages to show").
    assert shell.reply("why?").startswith("**Context: who supplies jets?**")
    # ...and so does "why does it matter?", which no sentence answers in its words
    assert shell.reply("why does it matter?").startswith("**Context: who supplies jets?**")
    greeted = shell.reply("who greeted him?")
    assert "follow-up to: who supplies jets?" in greeted
    # A question word and one common word that the article quoted holds asks of it
    # ("helping them maintain their air force"); one naming a thing it lacks is a
    # question of its own.
    assert "Read as a follow-up to: who supplies jets? → who greeted him?" in shell.reply(
        "who helped?"
    )
    # "who wrote this?" right after an answer asks of its news, not of the bot.
    assert shell.reply("who wrote this?").startswith("Each passage I quote names its source")
    # A question word with a word of "how" alone follows up too, and the passages of the
    # answer before say no distance ("how far?" was asked of nothing).
    far = shell.reply("how far?")
    assert "do not say how far" in far and "follow-up to: who supplies jets?" in far
    assert "follow-up" not in shell.reply("who won the cup?")
    # What is asked of the bot itself is read as the Discord client reads it
    # (talk.request_in, then small talk), with an answer shown or not.
    listed = shell.reply("the sources")
    assert listed.startswith("**Articles I know**") and "Myanmar junta leader" in listed
    assert listed.endswith("\n-# 1 article")  # as the embed's footer counts them
    assert shell.reply("how many articles are there?") == listed
    assert shell.reply("what's new?").startswith("**What's new**")


def test_a_follow_up_goes_on_from_the_articles_quoted_until_another_subject(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "copa.md", "---\ntitle: Copa\n---\nArgentina won the Copa final in Miami.")
    write(corpus, "crash.md", "---\ntitle: Crash\n---\nFive crew were killed at Haneda.")
    write(corpus, "heat.md", "---\ntitle: Heat\n---\nMore than 1,300 people died in the heat.")
    write(corpus, "summit.md", "---\ntitle: Summit\n---\nThe climate summit in Brazil ended.")
    shell = shell_over(corpus, tmp_path)
    shell.reply("what happened at haneda?")
    # Common words that the article quoted holds ("killed" for "died") ask of it.
    died = shell.reply("how many people died?")
    assert "Five crew were **killed**" in died and "follow-up to: what happened at haneda?" in died
    shell.reply("who won the copa final?")
    # "what about X?" leans on the answer, but a subject the Copa's article does not
    # hold is asked of its own.
    summit = shell.reply("what about the climate summit?")
    assert "The **climate summit**" in summit and "follow-up" not in summit
    # After a question of its own that found nothing, "it" is what that question named,
    # not what the answer before it was about.
    assert "no answer" in shell.reply("what caused the heat in mecca?").lower()
    after = shell.reply("how many died in it?")
    assert "follow-up to: what caused the heat in mecca?" in after
    assert "1,300 people **died** in the **heat**" in after
    # ...but a subject of its own that question did not name is asked alone: the "it" of
    # "was it X that..." points nowhere.
    assert "no answer" in shell.reply("how much longer was the trip to the climate summit?")
    alone = shell.reply("was it argentina that won the copa final in miami?")
    assert "**Argentina won** the **Copa final**" in alone and "follow-up" not in alone
    # "what happened?" alone asks the news just answered, as a reply to it would
    shell.reply("haneda")
    happened = shell.reply("what happened?")
    assert "Five crew were killed" in happened and "follow-up to: haneda" in happened
    # ...and so does "how bad?" ("no answer" asked alone: no article writes "bad")
    shell.reply("haneda")
    bad = shell.reply("how bad?")
    assert "Five crew were killed" in bad and "follow-up to: haneda" in bad


def test_an_epicentre_asked_after_a_quake_is_that_quakes(tmp_path):
    corpus = tmp_path / "corpus"
    write(
        corpus,
        "quake.md",
        "---\ntitle: Quake\n---\nA strong earthquake struck Myanmar on Friday, killing 1,700."
        "\n\nThe quake hit near the city of Mandalay.",
    )
    write(corpus, "heat.md", "---\ntitle: Heat\n---\nMecca was hot, the weather centre said.")
    shell = shell_over(corpus, tmp_path)
    shell.reply("what happened in the myanmar earthquake?")
    # No article writes "epicentre": it is the quake's, not any centre's.
    where = shell.reply("where was the epicentre?")
    assert where.startswith("> The **quake** hit near") and "follow-up" in where
    assert "centre" not in where


def test_a_follow_up_is_not_answered_from_an_article_holding_little_it_carries(tmp_path):
    corpus = tmp_path / "corpus"
    for name, text in (
        ("rain", "Record rain flooded Dubai's airport. Dozens of flights were diverted."),
        ("storm", "Officials ordered 5.9 million people in Florida to evacuate."),
        ("runway", "A Japan Airlines jet burst into flames on a runway at Haneda."),
        ("outage", "A faulty update caused crashes. Airlines had flights cancelled."),
    ):
        write(corpus, f"{name}.md", f"---\ntitle: {name}\n---\n{text}")
    shell = shell_over(corpus, tmp_path)
    shell.reply("what happened in dubai?")
    # Dubai's article tells of no one evacuated ("was anyone...?" asks of it, as a
    # pronoun would): Florida's are not the answer.
    evacuated = shell.reply("was anyone evacuated?")
    assert "no answer" in evacuated and "follow-up to: what happened in dubai?" in evacuated
    assert "Florida" not in evacuated
    shell.reply("what happened in dubai?")
    assert "no answer" in shell.reply("was anyone injured?")
    shell.reply("what happened in dubai?")  # ...and so is one in the passive
    assert "outage" not in shell.reply("were flights cancelled?")
    assert "**evacuate**" in shell.reply("was anyone evacuated in florida?")
    # The outage's article writes "airlines" alone of what the follow-up carries.
    shell.reply("what happened at the japan airlines runway?")
    caused = shell.reply("what caused it?")
    assert "no answer" in caused and "follow-up" in caused and "update" not in caused


def test_a_follow_up_goes_on_in_the_articles_the_answer_it_follows_quoted(tmp_path):
    corpus = tmp_path / "corpus"
    write(
        corpus,
        "heist.md",
        "---\ntitle: Louvre heist\n---\nThieves raided the Louvre in Paris.\n\n"
        "The thieves escaped on scooters at about 9.40 a.m.",
    )
    write(
        corpus,
        "runway.md",
        "---\ntitle: Runway fire\n---\nAll 379 passengers escaped from the burning plane on "
        "Tuesday evening.",
    )
    for name, text in (("rates", "Rates rose near the Louvre."), ("cup", "A cup was won.")):
        write(corpus, f"{name}.md", f"---\ntitle: {name}\n---\n{text}")
    shell = shell_over(corpus, tmp_path)
    shell.reply("what happened at the louvre?")
    # A date elsewhere ("on Tuesday evening") tells "when?" of another article: of the
    # passages scoring nearly as well, the one from the article followed up comes first.
    escaped = shell.reply("when did they escape?")
    assert escaped.startswith("> The thieves **escaped**") and "follow-up" in escaped


def test_a_question_of_its_own_goes_on_in_the_articles_the_answer_before_quoted(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "circus.md", "---\ntitle: Circus\n---\nThe tent went up.\n\nSix elephants came.")
    write(corpus, "zoo.md", "---\ntitle: Zoo\n---\nTwo elephants left the zoo.")
    shell = shell_over(corpus, tmp_path)
    assert shell.reply("elephants").startswith("> Two **elephants**")  # alone: the zoo's
    for line in ("elephants", "/ask elephants"):  # typed as a DM or with /ask
        shell.reply("was there a tent?")
        answered = shell.reply(line)
        assert answered.index("Six **elephants**") < answered.index("Two **elephants**")
        assert "follow-up" not in answered


def test_moderators_commands_change_the_corpus_and_are_audited(corpus, tmp_path):
    shell = shell_over(corpus, tmp_path)
    article = write(tmp_path, "deal.md", "---\ntitle: Nuclear deal\n---\nThey signed a deal.\n")
    added = shell.reply(f"/add {article}")
    assert "Added *Nuclear deal*" in added and "The corpus now has 2 articles." in added
    assert "**signed**" in shell.reply("who signed?")
    article.write_text("---\ntitle: Nuclear deal\n---\nThey signed a deal in Vienna.\n")
    replaced = shell.reply(f"/add {article} replace: True")
    assert "It replaces *Nuclear deal*" in replaced and "now has 2 articles" in replaced
    assert "Vienna" in shell.reply("who signed?")
    read = shell.reply("/article nuclear")
    assert read.startswith("**Nuclear deal** · 1 paragraph, 1 sentence\nFile `")
    assert read.endswith("They signed a deal in Vienna.")
    file = next(line for line in shell.reply("/sources").splitlines() if "Nuclear" in line)
    removed = shell.reply(f"/remove {file.rsplit('`', 2)[1]}")
    assert removed.startswith("Removed *Nuclear deal*") and "now has 1 article" in removed
    assert "no answer" in shell.reply("who signed?")
    listed = shell.reply("/restore")  # alone: what it can bring back, the last removed first
    removed_first, replaced_first = listed.splitlines()[1:]
    assert (removed_first, replaced_first) == (
        "• *Nuclear deal* (`nuclear-deal-2.md`)",  # the removed folder's second of the name
        "• *Nuclear deal* (`nuclear-deal.md`)",
    )
    restored = shell.reply("/restore nuclear-deal-2.md")
    assert restored.startswith("Restored *Nuclear deal* (`nuclear-deal.md`): 1 sentence.")
    assert "Vienna" in shell.reply("who signed?")  # its name again, so its id
    older = shell.reply("/restore nuclear")  # the one left: a part of its title names it
    assert older.startswith(
        "Restored *Nuclear deal* (`nuclear-deal-2.md`), since `nuclear-deal.md` is another "
        "article's now: 1 sentence."
    )
    assert "no article of the removed folder matches" in shell.reply("/restore nuclear")
    forgot = shell.reply("/forget")  # the shell's member's questions, in its memory alone
    assert forgot.startswith("Done: your Discord id is off the 4 questions you asked me")
    insights = shell.reply("/insights")
    assert "0 questions" in insights  # the shell's own questions are not the members'
    assert "(shell) added *Nuclear deal*" in insights
    assert "(shell) removed *Nuclear deal*" in insights
    assert "(shell) replaced *Nuclear deal*" in insights
    assert "(shell) restored *Nuclear deal*" in insights
    assert "cannot be read" in shell.reply(f"/add {tmp_path / 'missing.md'}")
    assert "save it as a .txt and /add its path" in shell.reply("/add")  # no form here
    nuclear = shell.reply("/edit nuclear-deal.md")  # nor there: the file to edit
    assert (
        nuclear
        == f"Nuclear deal is in `{corpus / 'nuclear-deal.md'}`: edit that file, then /reload."
    )
    assert shell.reply("/edit nothing").startswith("Edit which article?")
    assert "from 1 to 365" in shell.reply("/insights forever")
    # The community's own words, as /synonyms takes them in Discord.
    assert "no article mentions “accord”" in shell.reply("who signed the accord?")
    assert "Added the synonyms **accord** · **deal**" in shell.reply("/synonyms add: accord deal")
    assert "**signed**" in shell.reply("who signed the accord?")
    assert "• **accord** · **deal**" in shell.reply("/synonyms")
    assert "no group holds “pact”" in shell.reply("/synonyms remove: pact")
    assert "alone lists them" in shell.reply("/synonyms accord")
    assert "Removed the synonyms" in shell.reply("/synonyms remove: accord")


def test_run_shell_reads_until_quit(corpus, tmp_path):
    shell = shell_over(corpus, tmp_path)
    out = io.StringIO()
    commands = io.StringIO("elephants\n\n/quit\n/ask never read\n")
    assert run_shell(shell.settings, shell.served, commands, out) == 0
    assert out.getvalue().count("**elephants**") == 1
