"""A /reload of a large corpus, while questions keep arriving, never stalls the bot: the
rebuild runs in a process of its own (ServedIndex.refresh_apart)."""

from __future__ import annotations

import asyncio
import random
import shutil

import pytest

from tests.conftest import SEED_FILE, write
from tests.e2e import ALICE, MODERATOR, QUESTION, SUPPLIER, embed_text

SENTENCES = 60_000
MAX_STALL_MS = 100


@pytest.fixture
def corpus(tmp_path):
    """The seed article and 60,000 sentences of news-like filler in 200 JSONL files (each
    under the tests' CORPUS_MAX_FILE_MB)."""
    directory = tmp_path / "corpus"
    directory.mkdir()
    shutil.copy(SEED_FILE, directory)
    rng = random.Random(5)
    words = (
        "government minister said talks trade border army election court police price "
        "market company workers union protest river flood village school hospital bank "
        "report council port railway energy oil gas farmers rice exports imports tax"
    ).split()
    per_file = SENTENCES // 200
    for number in range(200):
        lines = []
        for article in range(per_file // 20):
            text = " ".join(
                " ".join(rng.choices(words, k=rng.randint(8, 20))).capitalize() + "."
                for _ in range(20)
            )
            lines.append(f'{{"id": "f{number}-{article}", "title": "Filler", "text": "{text}"}}')
        write(directory, f"filler-{number:03}.jsonl", "\n".join(lines) + "\n")
    return directory


async def test_reload_of_a_large_corpus_never_stalls_the_bot(server, bot, corpus, monkeypatch):
    assert len(bot.service.served.index.passages) > SENTENCES

    def built_here(*args, **kwargs):
        raise AssertionError("the rebuild ran in the bot's process")

    monkeypatch.setattr("index.build.build", built_here)  # the rebuild must not run here
    loop = asyncio.get_running_loop()
    stalls: list[float] = []
    answered: list[str] = []
    reloading = True

    async def ticker() -> None:
        while reloading:
            expected = loop.time() + 0.005
            await asyncio.sleep(0.005)
            stalls.append(loop.time() - expected)

    async def asker() -> None:
        while reloading:
            done = await server.slash("ask", ALICE, question=QUESTION)
            answered.append(embed_text(done.messages[-1]))
            await asyncio.sleep(0.05)

    tasks = [asyncio.create_task(ticker()), asyncio.create_task(asker())]
    await asyncio.sleep(0.3)
    write(corpus, "nuclear.md", "---\ntitle: Nuclear deal\n---\nThey signed a reactor deal.\n")
    done = await server.slash("reload", MODERATOR)
    await asyncio.sleep(0.3)
    reloading = False
    await asyncio.gather(*tasks)
    assert "Added: *Nuclear deal*" in embed_text(done.messages[-1])
    assert "nuclear.md" in bot.service.served.index.articles
    assert answered and all(SUPPLIER in text for text in answered)
    longest = max(stalls) * 1000
    print(f"\nlongest stall of the event loop during the reload: {longest:.1f} ms")
    worst = [round(s * 1000, 1) for s in sorted(stalls)[-5:]]
    assert longest <= MAX_STALL_MS, f"the worst stalls (ms): {worst}"
