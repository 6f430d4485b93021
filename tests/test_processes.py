"""`qabot run --processes 2`: real processes, forked from one that loaded the index, each
serving one of two shards of the local Discord server."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

from bot.processes import slices
from tests.discord_server import GUILD_ID, TOKEN, Fault
from tests.e2e import ALICE, QUESTION, SUPPLIER, embed_text

ROOT = Path(__file__).resolve().parent.parent


def test_shards_are_split_evenly():
    assert slices((0, 1, 2, 3), 2) == [(0, 1), (2, 3)]
    assert slices((0, 1, 2), 2) == [(0, 1), (2,)]


async def read_pids(stream, count: int) -> dict[int, int]:
    """Shard -> pid, from the parent's log lines "process PID serves shards N"."""
    found: dict[int, int] = {}
    while len(found) < count:
        line = (await stream.readline()).decode()
        assert line, "the parent ended before starting its processes"
        match = re.search(r"process (\d+) serves shards (\d+)", line)
        if match:
            found[int(match[2])] = int(match[1])
    return found


def environment(server, corpus: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": TOKEN,
        "CORPUS_DIR": str(corpus),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATABASE_PATH": str(tmp_path / "db.sqlite3"),
        "COOLDOWN_SECONDS": "0",
        "LOG_LEVEL": "INFO",
        "DISCORD_API_URL": server.rest_base,
        "DISCORD_GATEWAY_URL": server.gateway_url,
    }


async def start(server, corpus: Path, tmp_path: Path):
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",  # as `qabot run`
        "--processes",
        "2",
        cwd=tmp_path,
        env=environment(server, corpus, tmp_path),
        stderr=asyncio.subprocess.PIPE,
    )


async def test_two_forked_processes_each_serve_their_shard(server, corpus, tmp_path):
    other = server.add_guild()
    by_shard = {(GUILD_ID >> 22) % 2: GUILD_ID, (other >> 22) % 2: other}
    parent = await start(server, corpus, tmp_path)
    try:
        pids = await asyncio.wait_for(read_pids(parent.stderr, 2), 60)
        for shard in (0, 1):
            await server.wait_connected(30, shard_id=shard)
        shards = sorted(tuple(i["shard"]) for i in server.identifies)
        assert shards == [(0, 2), (1, 2)], shards
        for guild in by_shard.values():
            answer = await server.slash("ask", ALICE, guild_id=guild, question=QUESTION)
            assert SUPPLIER in embed_text(answer.messages[-1]), (guild, answer.messages)
        os.kill(pids[1], signal.SIGKILL)  # one process dies: the other keeps serving
        answer = await server.slash("ask", ALICE, guild_id=by_shard[0], question=QUESTION)
        assert SUPPLIER in embed_text(answer.messages[-1]), answer.messages
    finally:
        if parent.returncode is None:
            parent.send_signal(signal.SIGTERM)
        await asyncio.wait_for(parent.wait(), 30)
    assert parent.returncode == 0, (await parent.stderr.read()).decode()[-3000:]


async def test_a_failure_no_restart_fixes_stops_them_all_with_its_sentence(
    server, corpus, tmp_path
):
    server.faults.append(
        Fault("GET", "/users/@me", 401, count=10, body={"message": "401: Unauthorized"})
    )
    parent = await start(server, corpus, tmp_path)
    _, err = await asyncio.wait_for(parent.communicate(), 60)
    assert parent.returncode == 1, err.decode()[-3000:]
    said = [line for line in err.decode().splitlines() if line.startswith("qabot: error:")]
    assert said, err.decode()[-3000:]
    assert all("Discord rejected DISCORD_TOKEN" in line for line in said)
    assert "Traceback" not in err.decode() and TOKEN not in err.decode()
