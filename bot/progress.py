"""A progress bar for index builds on a terminal; nothing at all in logs and tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO


def progress_bar(stream: TextIO = sys.stderr) -> Callable[[int, int], None] | None:
    """A callback drawing a tqdm bar (rate and time left) when ``stream`` is a terminal."""
    if not stream.isatty():
        return None
    from tqdm import tqdm

    bar: tqdm | None = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(
                total=total,
                unit="B",  # bytes of corpus files: a build counts them, not articles
                unit_scale=True,
                unit_divisor=1024,
                desc="indexing",
                file=stream,
                leave=False,
                mininterval=0,  # updates come a chunk (200 articles) at a time: draw each
            )
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update
