"""Rules the sixteenth figure set's errors prompted, on sentences of our own."""

from tests.matching.test_figure_wordings import _key


def test_a_count_up_from_the_same_date_of_last_season_is_that_seasons_figure():
    this, last = _key(
        "Measles has killed 48 children in Ruritania so far this year, the ministry said, up from 30 by this time last year.",
        ("48", 48, "children"),
        ("30", 30, "children"),
    )
    assert this == ("deaths", "ruritania") and last == ("deaths period before", "ruritania")
    # Up from a number said earlier in the same season is the same count.
    assert (
        _key(
            "Measles has killed 48 children in Ruritania, up from 30 on Monday.",
            ("48", 48, "children"),
            ("30", 30, "children"),
        )
        == [("deaths", "ruritania")] * 2
    )
