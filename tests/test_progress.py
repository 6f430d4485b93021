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
    for done in (200, 400, 600):
        update(done, 600)
    drawn = screen.getvalue()
    assert "indexing" in drawn and "400/600" in drawn and "article/s" in drawn
    assert "<" in drawn  # elapsed<remaining: the time left is shown
