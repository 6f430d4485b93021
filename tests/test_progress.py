import io

from bot.progress import progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_not_a_terminal():
    assert progress_bar(io.StringIO()) is None


def test_a_terminal_gets_a_bar_with_rate_and_time_left():
    screen = Terminal()
    update = progress_bar(screen)
    assert update is not None
    for done in (2 << 20, 4 << 20, 6 << 20):
        update(done, 6 << 20)
    drawn = screen.getvalue()
    assert "indexing" in drawn and "4.00M/6.00M" in drawn and "B/s" in drawn
    assert "<" in drawn  # elapsed<remaining: the time left is shown
