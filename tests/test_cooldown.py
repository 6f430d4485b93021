import pytest

from bot.cooldown import Cooldown, OnCooldown


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_one_question_per_period_per_member():
    clock = Clock()
    cooldown = Cooldown(5, clock)
    cooldown.check(1)
    clock.now += 2
    with pytest.raises(OnCooldown) as refused:
        cooldown.check(1)
    assert refused.value.retry_after == pytest.approx(3)
    assert "3.0 s" in str(refused.value)
    cooldown.check(2)  # others are not slowed
    clock.now += 3
    cooldown.check(1)


def test_zero_turns_it_off():
    cooldown = Cooldown(0)
    for _ in range(100):
        cooldown.check(1)
