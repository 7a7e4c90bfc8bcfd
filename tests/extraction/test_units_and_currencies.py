"""Currency codes, negative values, units of measure and numbers that are
addresses or product names. Every sentence here is written for the test."""

from decimal import Decimal

import pytest

from .helpers import quantities, quantity


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("The merger is valued at US$4.5bn.", "4.5bn", Decimal("4500000000"), "USD"),
        ("The refit cost $US200m.", "200m", Decimal("200000000"), "USD"),
        ("Exports to Perth reached A$3.2bn.", "3.2bn", Decimal("3200000000"), "AUD"),
        ("The Toronto condo sold for C$1.1m.", "1.1m", Decimal("1100000"), "CAD"),
        ("The Kowloon flat fetched HK$12m.", "12m", Decimal("12000000"), "HKD"),
        ("The utility earned RM4.2bn last year.", "4.2bn", Decimal("4200000000"), "MYR"),
        ("The Durban tender was worth R350m.", "350m", Decimal("350000000"), "ZAR"),
        ("Operating profit was ¥120bn.", "120bn", Decimal("120000000000"), "JPY"),
        ("The metro line will cost ₹500 crore.", "500 crore", Decimal("5000000000"), "INR"),
        ("Annual fees rose to CHF 1,200.", "1,200", Decimal("1200"), "CHF"),
        ("A museum ticket costs 450 kr.", "450", Decimal("450"), "SEK"),
        ("The fine came to 3,000 CHF.", "3,000", Decimal("3000"), "CHF"),
    ],
)
def test_currency_codes(text, mention, value, unit):
    q = quantity(text, mention)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("It was -3 degrees in the valley overnight.", "-3", Decimal("-3"), "°"),
        ("The pension fund had a balance of $-12.4bn.", "-12.4bn", Decimal("-12400000000"), "USD"),
        ("Temperatures in the glen fell to −5°C.", "−5", Decimal("-5"), "°C"),
        ("The lake froze at -2 degrees Celsius.", "-2", Decimal("-2"), "°C"),
    ],
)
def test_negative_values(text, mention, value, unit):
    q = quantity(text, mention)
    assert (q.value, q.unit) == (value, unit)


def test_score_and_ranges_are_not_negative():
    assert [q.value for q in quantities("Rovers won 3-1 at home.")] == [Decimal(3), Decimal(1)]
    assert [q.value for q in quantities("Rents rose 10-12% in the city.")] == [Decimal(10), Decimal(12)]


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("The handset ships with 256GB of storage.", "256", "GB"),
        ("The village now gets download speeds of 300 Mbps.", "300", "Mbps"),
        ("The new cycle path is 42 km long.", "42", "km"),
        ("The heavyweight weighed 231 lbs.", "231", "lb"),
        ("Gusts reached 70 mph on the coast.", "70", "mph"),
        ("The solar farm will produce 50 MW.", "50", "MW"),
        ("The estate covers 400 acres.", "400", "acre"),
        ("Output rose to 1.2 million barrels a day.", "1.2 million", "barrel"),
        ("The harvest reached 3,000 tonnes.", "3,000", "tonne"),
        ("The reservoir holds 20 million litres.", "20 million", "l"),
    ],
)
def test_units_of_measure(text, mention, unit):
    assert quantity(text, mention).unit == unit


def test_unit_does_not_replace_what_is_measured():
    assert quantity("Gusts reached 70 mph on the coast.", "70").subject == "Gusts"
    assert quantity("The handset ships with 256GB of storage.", "256").subject == "storage"


def test_pounds_after_a_sterling_amount_stay_money():
    q = quantity("The fine of £400 was cut to 300 pounds.", "300")
    assert q.unit == "GBP"


@pytest.mark.parametrize(
    "text",
    [
        "The gallery is at 14 W 52nd St., near the park.",
        "She grew up at 221 Baker Street in London.",
        "The airline took delivery of its first Airbus A350 on Monday.",
        "The firm unveiled the iPhone 16 and the Pixel 9 at rival events.",
    ],
)
def test_addresses_and_model_names_are_not_quantities(text):
    assert quantities(text) == []


def test_street_name_before_a_counted_noun_is_not_an_address():
    assert quantity("About 300 Main Street residents signed the petition.", "300").subject == "residents"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The owner said no more than 1,500 barrels leaked.", "at_most"),
        ("Not more than 1,500 barrels leaked.", "at_most"),
        ("No fewer than 1,500 barrels leaked.", "at_least"),
        ("More than 1,500 barrels leaked.", "more_than"),
    ],
)
def test_longest_qualifier_phrase_wins(text, qualifier):
    assert quantity(text, "1,500").qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Critics said the spill had been no higher than 1,500 barrels.", "at_most"),
        ("The owner insisted the leak was not above 1,500 barrels.", "at_most"),
        ("Engineers said the loss was no lower than 1,500 barrels.", "at_least"),
        ("The spill was higher than 1,500 barrels.", "more_than"),
    ],
)
def test_a_denied_bound_is_the_other_bound(text, qualifier):
    assert quantity(text, "1,500").qualifier == qualifier
