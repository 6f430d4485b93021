"""`qabot run --processes N`: one parent loads the index and the word lists once, then
forks N bot processes, each serving a slice of the shards, and restarts any that dies."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from index.answers import answer

from .config import ConfigError, Settings
from .served import ServedIndex

log = logging.getLogger(__name__)

# A process that fails (exits with an error, not killed by a signal) within this many
# seconds of starting has a problem a restart will not fix (a rejected token, a refused
# intent): everything stops, with the message it printed.
QUICK_FAILURE_SECONDS = 10.0
RESTART_SECONDS = 5.0
# After a stop, a process still running this long later is killed.
STOP_SECONDS = 10.0


def slices(shard_ids: tuple[int, ...], processes: int) -> list[tuple[int, ...]]:
    """``shard_ids`` cut into ``processes`` slices, as even as they come.

    >>> slices((0, 1, 2, 3, 4), 2)
    [(0, 1, 2), (3, 4)]
    """
    size, extra = divmod(len(shard_ids), processes)
    cuts, start = [], 0
    for number in range(processes):
        end = start + size + (number < extra)
        cuts.append(shard_ids[start:end])
        start = end
    return cuts


def plan(settings: Settings, processes: int) -> list[Settings]:
    """Each process's settings: SHARD_IDS (default all of SHARD_COUNT, which defaults to
    one shard per process) cut into ``processes`` slices."""
    count = settings.shard_count or processes
    shard_ids = settings.shard_ids or tuple(range(count))
    if processes > len(shard_ids):
        raise ConfigError(
            f"--processes {processes} is more than the {len(shard_ids)} shard(s) to serve: "
            "raise SHARD_COUNT or run fewer processes"
        )
    return [
        replace(settings, shard_count=count, shard_ids=ids) for ids in slices(shard_ids, processes)
    ]


def run_processes(
    settings: Settings, processes: int, serve: Callable[[Settings, ServedIndex], int]
) -> int:
    """Load once, fork ``processes`` children running ``serve`` with their settings and
    the loaded index, restart those that die, and stop them all on SIGTERM or SIGINT.

    Everything loaded before the fork (the index's tables, the analyzer's word lists,
    the libraries) is shared by the children, page by page, until one writes to it; the
    collector's freeze keeps it from writing merely to walk it.
    """
    each = plan(settings, processes)
    from . import client  # noqa: F401 - discord.py, imported once for all the children

    served = ServedIndex(
        settings.corpus_dir, settings.index_dir, max_file_bytes=settings.max_file_bytes
    )
    served.refresh()
    answer(served.index, "who supplies the jets")  # loads the word lists in the parent
    served.index.years()  # ...and reads the articles' years (a year asked), 60 ms at 1M
    gc.collect()
    gc.freeze()
    children: dict[int, tuple[Settings, float]] = {}

    def start(own: Settings) -> None:
        pid = os.fork()
        if pid == 0:  # the child: serve, and never return into the parent's code
            code = 1
            try:
                signal.signal(signal.SIGTERM, signal.default_int_handler)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                code = serve(own, served)
            except KeyboardInterrupt:  # stopped (SIGTERM) before it could stop on its own
                code = 0
            except BaseException:
                log.exception("the process serving shards %s failed", own.shard_ids)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        children[pid] = (own, time.monotonic())
        log.info("process %d serves shards %s", pid, ",".join(map(str, own.shard_ids or ())))

    stopping = 0.0  # when the stop began (monotonic); 0: serving

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = stopping or time.monotonic()
        for pid in list(children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for own in each:
        start(own)
    status = 0
    restart_at: dict[float, Settings] = {}  # processes to start again, by when
    while children or (restart_at and not stopping):
        pid, waited = _reap()
        now = time.monotonic()
        if stopping and now - stopping > STOP_SECONDS:  # a process that will not stop
            for late in list(children):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(late, signal.SIGKILL)
        for when in [w for w in restart_at if w <= now and not stopping]:
            start(restart_at.pop(when))
        if pid == 0:
            time.sleep(0.1)
            continue
        own, started = children.pop(pid, (None, 0.0))
        code = os.waitstatus_to_exitcode(waited)
        if stopping or own is None:
            continue
        if code > 0 and now - started < QUICK_FAILURE_SECONDS:
            status = 1
            stop(signal.SIGTERM, None)
            continue
        log.warning("process %d ended (%d); restarting it in %g s", pid, code, RESTART_SECONDS)
        restart_at[now + RESTART_SECONDS] = own
    return status


def _reap() -> tuple[int, int]:
    """A child that ended (pid and wait status), or (0, 0) if none has; never blocks."""
    try:
        return os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return 0, 0
