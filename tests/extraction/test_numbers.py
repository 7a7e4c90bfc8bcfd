"""Numbers: values, units, qualifiers, subjects, and what is not a number."""

from decimal import Decimal

import pytest

from .helpers import quantities, quantity, values

# --- values and units ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, mention, value, unit",
    [
        ("The firm employs 464,000 people across Europe.", "464,000", Decimal(464000), None),
        ("The bridge cost 1,250,000 dollars to build.", "1,250,000", Decimal(1250000), "USD"),
        ("Inflation rose to 6.4% in the spring.", "6.4", Decimal("6.4"), "%"),
        ("Benefits are £102.80 a week for each claimant.", "102.80", Decimal("102.80"), "GBP"),
        ("Quarterly profit jumped to $1.13bn in the period.", "1.13bn", Decimal(1130000000), "USD"),
        ("The club was sold for £600m last year.", "600m", Decimal(600000000), "GBP"),
        ("The charity raised 5k from the run.", "5k", Decimal(5000), None),
        ("The region received 300 million euros in aid.", "300 million", Decimal(300000000), "EUR"),
        ("The scheme will cost 8 billion rupees.", "8 billion", Decimal(8000000000), "INR"),
        ("The fund holds €3.2bn of bonds.", "3.2bn", Decimal(3200000000), "EUR"),
        ("A loaf now costs 7p more than before.", "7", Decimal(7), "GBX"),
        ("Stamps went up by 20 pence on Monday.", "20", Decimal(20), "GBX"),
        ("The levy adds 45 cents to every ticket.", "45", Decimal(45), "cents"),
        ("Turnout fell to 58 per cent in the north.", "58", Decimal(58), "%"),
        ("The company lost $2 trillion in value.", "2 trillion", Decimal(2 * 10**12), "USD"),
    ],
)
def test_digits_separators_decimals_scales_and_currencies(text, mention, value, unit):
    q = quantity(text, mention)
    assert q.value == value
    assert q.unit == unit
    assert isinstance(q.value, Decimal)


@pytest.mark.parametrize(
    "text, mention, value",
    [
        ("The council closed three libraries last year.", "three", Decimal(3)),
        ("Rescuers found twenty-five survivors in the rubble.", "twenty-five", Decimal(25)),
        ("The minister promised a dozen new hospitals.", "a dozen", Decimal(12)),
        ("The strike affected half a million commuters.", "half a million", Decimal(500000)),
        ("The agency hired two hundred inspectors.", "two hundred", Decimal(200)),
        ("Two-thirds of voters backed the plan.", "Two-thirds", Decimal("0.666667")),
        ("The state has two million registered voters.", "two million", Decimal(2000000)),
    ],
)
def test_number_words(text, mention, value):
    assert quantity(text, mention).value == value


# --- ranges ---------------------------------------------------------------------

def test_hyphen_range_is_two_quantities_sharing_the_unit():
    qs = quantities("Tariffs will rise by 8-9% for large users.")
    assert [(q.value, q.unit) for q in qs] == [(Decimal(8), "%"), (Decimal(9), "%")]


def test_hyphen_range_with_scale_and_currency():
    qs = quantities("The repairs will cost £5-6m over the decade.")
    assert [(q.value, q.unit) for q in qs] == [(Decimal(5000000), "GBP"), (Decimal(6000000), "GBP")]


def test_between_range_is_two_quantities():
    qs = quantities("The project employs between 100 and 200 engineers.")
    assert [q.value for q in qs] == [Decimal(100), Decimal(200)]
    assert all(q.subject.endswith("engineers") for q in qs)


def test_between_range_of_percentages():
    qs = quantities("Bus fares will rise by between 6% and 8% next spring.")
    assert [(q.value, q.unit) for q in qs] == [(Decimal(6), "%"), (Decimal(8), "%")]


# --- qualifiers -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, mention, qualifier",
    [
        ("The death toll in the province surpassed 20,000 on Sunday.", "20,000", "more_than"),
        ("Sales exceeded 5,000 units in the first week.", "5,000", "more_than"),
        ("More than 1,200 posts have been cut.", "1,200", "more_than"),
        ("The storm left over 300 homes without power.", "300", "more_than"),
        ("The deal could free as many as 17 sailors.", "17", "at_most"),
        ("Fines of up to £5,000 can be imposed.", "5,000", "at_most"),
        ("Nearly 140,000 forms are still waiting for a decision.", "140,000", "approximately"),
        ("The fire destroyed almost 90 houses.", "90", "approximately"),
        ("The firm expects growth of about 5% this year.", "5", "approximately"),
        ("The landslide buried at least 60 homes.", "60", "at_least"),
        ("Fewer than 50 people attended the rally.", "50", "less_than"),
        ("Farms using under 15,000 litres pay nothing.", "15,000", "less_than"),
        ("The bill should come to less than $4bn.", "4bn", "less_than"),
        ("The council employs 84 councillors.", "84", "exact"),
    ],
)
def test_qualifiers(text, mention, qualifier):
    assert quantity(text, mention).qualifier == qualifier


def test_phrasal_up_to_is_not_at_most():
    assert quantity("We have since pushed it up to 18 months.", "18").qualifier == "exact"


def test_converted_amount_shares_qualifier_and_subject():
    qs = quantities("Munich Re said storm claims should stay less than $3bn (£2.4bn).")
    assert [q.qualifier for q in qs] == ["less_than", "less_than"]
    assert [q.subject.split()[-1] for q in qs] == ["claims", "claims"]


# --- subjects -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, mention, last_word",
    [
        ("The ministry believes there are still 212 prisoners in the camp.", "212", "prisoners"),
        ("The truce saw 105 captives freed last month.", "105", "captives"),
        ("Officials said the death toll in the region surpassed 3,000.", "3,000", "toll"),
        ("The games unit saw profits drop 31% to $412m.", "31", "profits"),
        ("The games unit saw profits drop 31% to $412m.", "412m", "profits"),
        ("The streaming service lost 215,000 members in the half.", "215,000", "members"),
        ("Turnover rose 4% to $7.2bn from $6.9bn.", "6.9bn", "Turnover"),
        ("The brewer posted a profit of $1.48bn for the year.", "1.48bn", "profit"),
        ("It raised its warranty reserves, which it had earlier put at $90m.", "90m", "reserves"),
        ("The agency will cut its staff by 25%.", "25", "staff"),
        ("Only four of those weeks were covered.", "four", "weeks"),
        ("The state will spend 9 billion rupees on canals.", "9 billion", "canals"),
        ("Carers can claim 70% of their usual wages.", "70", "wages"),
        ("The agency is pursuing unpaid fines of more than £310m.", "310m", "fines"),
    ],
)
def test_subjects_from_the_parse(text, mention, last_word):
    assert quantity(text, mention).subject.split()[-1] == last_word


# --- not numbers ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2003 and amended in 2010.",
        "The talks resumed on 21 February after a pause.",
        "The summit opens on March 3 in Geneva.",
        "The meeting starts at 10:30 on Tuesday.",
        "Polls close at 10pm tonight.",
        "Firms were slow to adopt 5G networks.",
        "The G7 leaders met in Italy.",
        "He was charged under Section 427 of the act.",
        "She told BBC Radio 4 that the plan had failed.",
        "The team finished second in Formula One this season.",
        "The fund is one of the largest lenders to the shipyard.",
        "It was the fourth quarter of growth and the 22nd amendment.",
        "The TX9 booking system kept crashing.",
        "The insurer booked a one-off gain.",
        "Losses would run to the low double-digit millions of pounds.",
    ],
)
def test_non_numbers(text):
    assert values(text) == []


def test_a_count_the_parser_takes_for_a_product_is_still_a_count():
    # The small model tags the 210 as a PRODUCT here; an entity of numbers alone names nothing.
    text = "Some 900 hives have died, and 210 beekeepers have lost their jobs."
    assert quantity(text, "210").subject == "beekeepers"


def test_year_then_real_count():
    qs = quantities("In 2019 the firm employed 2,000 workers.")
    assert [q.value for q in qs] == [Decimal(2000)]
    assert qs[0].text == "2,000"


def test_one_in_five_is_a_proportion():
    q = quantity("One in five children lives in poverty.", "One in five")
    assert q.value == Decimal("0.2000") and q.subject.endswith("children")


def test_temperature_and_distance_units():
    assert quantity("Temperatures reached 40C in London.", "40").unit == "°C"
    assert quantity("The plan adds roughly 600km of pipes.", "600").unit == "km"


def test_percent_followed_by_time_phrase_counts_the_clause_subject():
    assert quantity("Revenue was up 15% year on year.", "15").subject == "Revenue"


def test_beyond_is_more_than():
    assert quantity("Parents fear classes will grow beyond 32 pupils.", "32").qualifier == "more_than"


def test_over_a_stretch_of_time_or_ground_is_not_more_than():
    text = (
        "The council will spend £40m over four years on road repairs, and the upgrade will be rolled out "
        "over 18 months. The new park is spread over 120 hectares."
    )
    assert quantity(text, "four").qualifier == "exact"
    assert quantity(text, "18").qualifier == "exact"
    assert quantity(text, "120").qualifier == "exact"


def test_over_before_a_count_or_a_wait_is_still_more_than():
    text = "Over 300 people came to the meeting, some of whom had lived in the town for over 40 years. They waited over two hours."
    assert quantity(text, "300").qualifier == "more_than"
    assert quantity(text, "40").qualifier == "more_than"
    assert quantity(text, "two").qualifier == "more_than"
