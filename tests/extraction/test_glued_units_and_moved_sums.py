"""Units glued to their number (grams, a chip's clock, a battery's charge, calories), a frequency that names a
band, "handed over" a sum, and a sum moved out of where it was kept.
Every sentence here is written for the test."""

from decimal import Decimal

import pytest

from .helpers import quantities, quantity


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("A 350g tin of beans now costs 95p at most supermarkets.", "350", Decimal(350), "g"),
        ("The tablet pairs a 2.8GHz processor with a 7,500mAh battery.", "2.8", Decimal("2.8"), "GHz"),
        ("The tablet pairs a 2.8GHz processor with a 7,500mAh battery.", "7,500", Decimal(7500), "mAh"),
        ("Each bar holds 190kcal, the label says.", "190", Decimal(190), "kcal"),
        ("The parcel weighed 800g.", "800", Decimal(800), "g"),
    ],
)
def test_a_unit_glued_to_its_number_is_found_with_it(text, mention, value, unit):
    found = quantity(text, mention)
    assert (found.value, found.unit) == (value, unit)


def test_a_capital_g_after_digits_is_a_mobile_network_not_grams():
    assert quantities("Operators switched on 5G in the town last spring.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bidders sought licences in the 2.6GHz and 800MHz bands.",
        "The regulator will auction the 26GHz band next year.",
    ],
)
def test_a_frequency_that_names_a_band_is_no_quantity(text):
    assert quantities(text) == []


def test_an_amount_of_spectrum_is_still_a_quantity():
    assert quantity("The carrier now holds 120MHz of spectrum.", "120").unit == "MHz"


@pytest.mark.parametrize(
    ("text", "mention", "qualifier"),
    [
        ("The builder had already handed over £85,000 to the family.", "85,000", "exact"),
        ("She signed over 12 acres to the land trust.", "12", "exact"),
        # "over" that means more than still does
        ("The storm damaged over 300 homes along the coast.", "300", "more_than"),
        ("Turnover rose to over £6m last year.", "6m", "more_than"),
    ],
)
def test_a_sum_handed_over_is_whole(text, mention, qualifier):
    assert quantity(text, mention).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # from where money is kept: that holding
        ("The district drew $6.5 million from its reserves to balance the budget.", "6.5 million", "reserves"),
        ("The mayor wants to shift $2 million from the parking budget to bus shelters.", "2 million", "parking budget"),
        ("Each closed mill takes about £4m out of the local economy.", "4m", "local economy"),
        # from a body, a person or an account: money
        ("Supervisors voted to withhold $900,000 from the county museum.", "900,000", "money"),
        ("The bookkeeper took more than £300,000 from the club's accounts.", "300,000", "money"),
        ("The developer had handed over $250,000 before the deal collapsed.", "250,000", "money"),
    ],
)
def test_a_sum_moved_out_of_somewhere_is_named_by_where_it_was(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_takings_are_not_a_sum_moved():
    assert quantity("The musical took $40 million at the box office.", "40 million").subject != "money"
