"""A per-member cooldown on questions."""

from __future__ import annotations

import time
from collections.abc import Callable

from index.errors import QabotError


class OnCooldown(QabotError):
    """The member asked again too soon."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"you can ask again in {retry_after:.1f} s")
        self.retry_after = retry_after


class Cooldown:
    """At most one question per ``seconds`` from each member; 0 turns it off."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last: dict[int, float] = {}

    def check(self, user_id: int) -> None:
        """Count a question from ``user_id``, or raise OnCooldown with the time left."""
        if self.seconds <= 0:
            return
        now = self._clock()
        last = self._last.get(user_id)
        if last is not None and now - last < self.seconds:
            raise OnCooldown(self.seconds - (now - last))
        self._last[user_id] = now
        if len(self._last) > 10_000:  # forget members whose cooldown is long over
            self._last = {u: t for u, t in self._last.items() if now - t < self.seconds}
