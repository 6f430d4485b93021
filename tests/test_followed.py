"""What a follow-up asks of the articles it follows (index/followed.py)."""

from functools import partial

import pytest

from index.answers import answer
from index.build import build_index
from tests.conftest import write


def test_a_follow_up_answers_from_the_article_it_follows_where_that_says_its_words(tmp_path):
    write(
        tmp_path,
        "door.md",
        "---\ntitle: Door plug\n---\nA panel blew out of an Alaska Airlines jet minutes "
        "after take-off from Portland, and the pilots turned back.\n\nAlaska Airlines "
        "grounded its fleet of jets overnight while engineers checked them.\n\nSeveral "
        "people on board suffered minor injuries, and a teenage boy sitting near the hole "
        "had his shirt pulled off by the rush of air.\n",
    )
    write(
        tmp_path,
        "runway.md",
        "---\ntitle: Runway\n---\nA coast guard plane crashed on the runway; its captain "
        "survived with serious injuries.\n",
    )
    index = build_index(tmp_path)
    earlier = "what happened to the alaska airlines jet?"
    # The carried "jet" finds the runway's "plane" too; the door plug's sentence says
    # the follow-up's own word as well, and the article it follows up holds the rest.
    found = answer(index, "was anyone hurt?", earlier=earlier, recent=("door.md",))
    assert found.hits[0].passage.text.startswith("Several people on board")
    # An article holding too little of what the follow-up carries is not taken for
    # what it asks of, though the answer before quoted it.
    other = answer(index, "was anyone hurt?", earlier=earlier, recent=("runway.md",))
    assert other.hits[0].passage.text.startswith("Several people on board")
    # An answer that quoted more than FOLLOWED_MOST articles found no one subject: a
    # sentence of another saying the carried words too comes first.
    write(
        tmp_path,
        "runway.md",
        "---\ntitle: Runway\n---\nAn airlines jet crashed on the runway; its captain "
        "survived with serious injuries.\n",
    )
    write(tmp_path, "storm.md", "---\ntitle: Storm\n---\nA storm hit the coast.\n")
    write(tmp_path, "fire.md", "---\ntitle: Fire\n---\nA fire burned the forest.\n")
    index = build_index(tmp_path)
    hurt = partial(answer, index, "was anyone hurt?", earlier=earlier)
    assert hurt(recent=("door.md",)).hits[0].passage.text.startswith("Several people")
    assert hurt().hits[0].article.title == "Runway"
    scattered = hurt(recent=("door.md", "storm.md", "fire.md")).hits[0]
    assert scattered.article.title == "Runway"


@pytest.mark.parametrize(
    "followed, other, earlier, question",
    [
        # Nvidia's article holds "shares" and "rose", carried, but not "ASML", whose
        # customers "their" asks of: no answer, where /closest still shows Nvidia's
        (
            (
                "asml.md",
                "---\ntitle: ASML beats forecasts\n---\nASML reported a profit of 2.1 billion"
                " euros.\n\nShares in ASML rose 6 percent.\n",
            ),
            (
                "nvidia.md",
                "---\ntitle: Nvidia\n---\nNvidia shares rose again.\n\nCustomers such as"
                " Microsoft are spending billions on Nvidia's chips.\n",
            ),
            "what happened at asml? → why did shares rise?",
            "who are their customers?",
        ),
        # "who is buying?" asks who is buying what was told of, as "who attended?" does:
        # not the bank's funds, whose article holds no "bitcoin"
        (
            (
                "bitcoin.md",
                "---\ntitle: Bitcoin passes 100,000 dollars\n---\nBitcoin rose above 100,000"
                " dollars.\n\nDemand has been driven by funds that hold bitcoin.\n",
            ),
            (
                "boj.md",
                "---\ntitle: Bank of Japan\n---\nThe Bank of Japan raised rates.\n\nThe bank"
                " stopped buying exchange-traded funds.\n",
            ),
            "what's up with bitcoin? → why did it go up?",
            "who is buying?",
        ),
    ],
)
def test_a_follow_up_naming_nothing_is_not_answered_from_an_article_lacking_the_name_carried(
    tmp_path, followed, other, earlier, question
):
    for name, text in (followed, other):
        write(tmp_path, name, text)
    index = build_index(tmp_path)
    found = answer(index, question, earlier=earlier, recent=(followed[0],))
    assert not found.hits and found.near


def test_a_follow_up_is_not_answered_from_an_article_lacking_the_weightiest_name_carried(
    all_news,
):
    # Los Angeles' "The cause of the fires is still under investigation" holds "wildfire",
    # carried, and "people", the question before's own, but no "Jasper"
    found = answer(
        all_news,
        "what caused it?",
        earlier="wildfire jasper → where did people go?",
        recent=("wildfire.md",),
    )
    assert found.hits[0].passage.text.startswith("The fire, which started in Jasper")


def test_a_follow_up_by_a_pronoun_is_not_answered_from_an_article_of_another_subject(tmp_path):
    write(
        tmp_path,
        "voyager.md",
        "---\ntitle: Voyager 1 talks again\n---\nNASA's Voyager 1 is sending usable data"
        " again.\n\nThe team split the code into sections and moved them.\n",
    )
    write(
        tmp_path,
        "outage.md",
        "---\ntitle: Outage\n---\nA software update grounded flights and cancelled trips."
        "\n\nCrowdStrike said a fix had been released.\n",
    )
    write(
        tmp_path,
        "plane.md",
        "---\ntitle: Haneda\n---\nA jet burned at Haneda.\n\nThe plane was an Airbus A350.\n",
    )
    index = build_index(tmp_path)
    fix = partial(answer, index, earlier="how long is voyager 1's journey?", recent=("voyager.md",))
    # "it" is Voyager; the outage's article writes none of the words carried (its "trips"
    # are a synonym of the journey, not the word): no answer, and /closest still shows the
    # fix
    found = fix("how did they fix it?")
    assert not found.hits and found.near
    closest = fix("how did they fix it?", strict=False).hits
    assert "CrowdStrike said a fix had been released." in [h.passage.text for h in closest]
    # ...a question naming what it asks of is asked of it
    assert fix("how did Crowdstrike fix it?").hits[0].article.title == "Outage"
    # ...nor, where the answer before quoted nothing, from any: "they" names back nothing
    # the corpus tells of (no article writes "starliner")
    assert not answer(index, "how did they fix it?", earlier="what's the latest on starliner?").hits
    # ...and an article holding a carried word may be the one the answer before missed
    haneda = "what happened at haneda?"
    plane = answer(index, "what kind of plane was it?", earlier=haneda, recent=("outage.md",))
    assert plane.hits[0].passage.text == "The plane was an Airbus A350."


def test_a_follow_up_naming_nothing_is_not_answered_from_an_article_of_another_subject(
    all_news,
):
    earlier, recent = "what happened in valencia?", ("valencia.md",)
    # no pronoun, and nothing named: still of the floods, which no sentence blames on
    # climate change in those words ("Scientists said warmer seas in the Mediterranean
    # had made such downpours ... heavier"); not the coral reefs' "...driven by climate
    # change and the El Niño weather pattern"
    found = answer(all_news, "is climate change to blame?", earlier=earlier, recent=recent)
    assert not found.hits and found.near
    # ...a question naming what it asks of is asked of it
    named = answer(all_news, "is climate change to blame for coral bleaching?", earlier=earlier)
    assert named.hits[0].passage.text.startswith("Ocean temperatures have been at record")


def test_a_follow_up_asks_of_the_article_quoted_first_where_that_says_its_words(tmp_path):
    write(
        tmp_path,
        "mpox.md",
        "---\ntitle: WHO declares mpox an emergency\n---\nThe WHO declared an emergency over"
        " mpox.\n\nMpox causes fever, aches and skin lesions.\n\nTwo vaccines are"
        " available, but few doses have reached Congo.\n",
    )
    write(
        tmp_path,
        "chikungunya.md",
        "---\ntitle: FDA approves chikungunya vaccine\n---\nThe FDA approved the first"
        " vaccine for chikungunya, a virus that causes fever.\n\nThe vaccine is made by"
        " Valneva.\n",
    )
    write(tmp_path, "lander.md", "---\ntitle: Lander\n---\nA lander touched down.\n")
    index = build_index(tmp_path)
    asked = partial(answer, index, "is there a vaccine?", earlier="what are the symptoms?")
    # Both quoted for the symptoms, the mpox article first: its vaccines, though the
    # other's opening says "vaccine" and "fever" both
    found = asked(recent=("mpox.md", "chikungunya.md"))
    assert found.hits[0].passage.text.startswith("Two vaccines are available")
    # ...and the other's, quoted first
    found = asked(recent=("chikungunya.md", "mpox.md"))
    assert found.hits[0].article.title == "FDA approves chikungunya vaccine"
    # ...where the one quoted first says none of its words, the others quoted
    found = asked(recent=("lander.md", "mpox.md"))
    assert found.hits[0].passage.text.startswith("Two vaccines are available")


def test_a_follow_up_answered_elsewhere_first_keeps_the_followed_articles_passages(all_news):
    # "inflation uk | what about services?" said no answer: Air India's "It is the first
    # fatal crash of a 787 since the aircraft entered service in 2011" ranked first (its
    # article names a British survivor), from an article of something else (elsewhere);
    # the passage of the articles the answer before quoted that reached the bar answers it
    quoted = ("inflation.md", "election.md", "eurovision.md")  # as the shell's answer did
    found = answer(all_news, "what about services?", earlier="inflation uk", recent=quoted)
    assert found.hits and found.hits[0].passage.text.startswith("Prices in the services")
