"""What a number counts when people stand near it: the source who gives a
count is not what it counts, a sum is never a count of the people who forecast
it, and "the remaining 3,000" counts what the count before it counted.
Sentences written for the test."""

from .helpers import quantity


def test_who_says_a_count_is_not_what_it_counts():
    assert quantity("A spokesman said 40 had been arrested.", "40").subject != "spokesman"
    assert quantity("Officials said 40 were hurt when the stand collapsed.", "40").subject != "Officials"


def test_the_remaining_count_counts_what_the_earlier_one_did():
    text = "Engineers reconnected 12,000 homes overnight, and the operator expects the remaining 3,000 to follow by Friday."
    assert quantity(text, "3,000").subject == "homes"
    text = "About 300 nurses walked out on Tuesday, and another 120 joined them on Wednesday."
    assert quantity(text, "120").subject == "nurses"


def test_a_sum_people_forecast_is_their_forecast():
    text = "Earnings came to $2.10 a share, well ahead of the $1.95 strategists had forecast."
    assert quantity(text, "1.95").subject == "forecast"
    text = "Quarterly profit came in at £310m, short of the £340m economists had expected."
    assert quantity(text, "340m").subject == "expectations"

