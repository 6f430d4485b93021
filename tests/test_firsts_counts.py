"""What firsts/counts.py puts first: a length of time, a count, a measure, how often."""

from index.answers import answer


def test_how_much_longer_a_trip_takes_is_told_by_a_length_of_time_not_an_age(all_news):
    # "shipping" quoted the Red Sea's news, the Dali's and the Titan's: "...Shahzada Dawood
    # and his 19-year-old son" (who died on the Titan's trips) came first
    found = answer(
        all_news,
        "how much longer does the trip take?",
        earlier="shipping",
        recent=("shipping.md", "bridge.md", "titan.md"),
    )
    assert found.hits[0].passage.text.startswith("The detour around southern Africa adds")


def test_how_big_something_is_is_told_by_a_figure_beside_its_name(all_news):
    # not "Higher rates will follow on April 9 for about 60 trading partners...", whose
    # figures are a date and a count of partners
    found = answer(all_news, "how big are trump's tariffs?").hits[0].passage.text
    assert found.startswith("A basic tariff of 10 percent")
