"""Numbers that name rather than count (phone numbers and the short numbers
people call, codes, model, route and flight numbers, street numbers, a fiscal
year's second half) and amounts written with a capital scale, a minus before
the currency sign, a letter for the naira or "Kshs", an engine's units, or an
"m" that is the metre. Every sentence here is written for the test."""

from decimal import Decimal

import pytest

from .helpers import quantities, quantity


@pytest.mark.parametrize(
    "text",
    [
        "Readers can phone 1-888-404-2271 to order a copy.",
        "For details, call Tomas Lindqvist on 415-302-7788.",
        "Listeners should enter access code 559031 before the briefing.",
        "The lot sold at Auction No. 12 in the morning session.",
        "Buses on lines 14, 27 and 203 will run later from Monday.",
        "Trains on platforms 6 and 7 were held for an hour.",
        "The carrier flies the Embraer E190-100 between the islands.",
        "Pilots of the DHC 8 turboprop were told to stay on the ground.",
        "Flight QZ 2281 was held at the gate for an hour.",
        "Dealers say the 5-series saloon is selling well.",
        "Marek's 9.350 TerraPro has replaced the older 9.320 on most farms.",
        "The bakery is at 31 Orchard Lane and opens early.",
        "The charity will move into offices at 7 Hallam Quay next spring.",
        # phone numbers in groups, and the short numbers people call
        "Owners can ring the helpline on 1800 415 627 until Friday.",
        "Complaints go to 01632 960 0471 during office hours.",
        "Anyone who sees the lorry should call 999 at once.",
        "Calls to 911 were rerouted to the county centre overnight.",
        "People with minor burns should call NHS 24 on 111 first.",
        # an American address, a flight's number
        "The fire started in the 2300 block of Elm Street.",
        "The mayor came back on flight 4417 from Denver.",
    ],
)
def test_names_codes_and_labels_are_not_quantities(text):
    assert quantities(text) == []


def test_the_second_year_of_a_fiscal_year_is_no_amount():
    found = [q.text for q in quantities("The council expects a shortfall of £8.2m in 2027/28 and £5m in 2028-29.")]
    assert found == ["8.2m", "5m"]


def test_a_count_after_a_verb_of_calling_still_counts():
    assert quantity("Volunteers called 140 homes on the estate.", "140").value == Decimal(140)
    assert quantity("The hotline took 911 calls in a week.", "911").value == Decimal(911)


def test_a_count_before_a_plural_name_still_counts():
    assert quantity("The chain will close 14 Brightway stores in the north.", "14").value == Decimal(14)
    assert quantity("Only 9 Greens voted against the motion.", "9").value == Decimal(9)


def test_a_plural_label_word_before_a_count_is_not_a_list_of_labels():
    assert quantity("In some rooms 30 pupils share one radiator.", "30").value == Decimal(30)


def test_a_count_right_after_a_weekday_is_no_label():
    assert quantity("By Friday 48 villages had lost their water supply.", "48").value == Decimal(48)
    assert quantity("On Tuesday 310 nurses walked out at the two hospitals.", "310").value == Decimal(310)


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("The charity closed a $3.4M gap in its pension fund.", "3.4M", Decimal("3400000"), "USD"),
        ("Sales Climb to $72.5 Million in Strong Quarter", "72.5 Million", Decimal("72500000"), "USD"),
        ("The club posted an operating margin of -€14 per ticket.", "-€14", Decimal("-14"), "EUR"),
        (
            "Its free cash flow was -$2.6 million, against -$4.1 million a year before.",
            "-$2.6 million",
            Decimal("-2600000"),
            "USD",
        ),
        ("The county collected about Kshs 3.2 billion in fees.", "3.2 billion", Decimal("3200000000"), "KES"),
        ("Diesel sold for N1,240 a litre, and a bus ride cost N500.", "500", Decimal("500"), "NGN"),
        ("The wage board set the minimum at Tk 13,200 a month.", "13,200", Decimal("13200"), "BDT"),
        ("Federal outlays rise to Rs18.4tr next year.", "18.4tr", Decimal("18400000000000"), "INR"),
        ("The province's R415-million grant was cut by 4%.", "415-million", Decimal("415000000"), "ZAR"),
        ("The handset launched at ₹1,29,900, more than in Singapore.", "1,29,900", Decimal("129900"), "INR"),
    ],
)
def test_money_written_in_other_ways(text, mention, value, unit):
    q = quantity(text, mention)
    assert (q.value, q.unit) == (value, unit)


def test_a_capital_scale_letter_without_a_currency_is_a_name():
    assert [q.text for q in quantities("3M shares rose and the 4K screens sold out.")] == []


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("The new engine makes 310hp in its top setting.", "310", "hp"),
        ("Peak torque is 1,250Nm at 1,400rpm.", "1,250", "Nm"),
        ("Peak torque is 1,250Nm at 1,400rpm.", "1,400", "rpm"),
    ],
)
def test_engine_units(text, mention, unit):
    assert quantity(text, mention).unit == unit


def test_an_m_in_a_sentence_that_measures_in_metres_is_the_metre():
    q = quantity("The quay will be lengthened from 640 metres to 910m next year.", "910")
    assert (q.value, q.unit) == (Decimal(910), "m")
    q = quantity("A 250m-long footbridge will cross the estuary.", "250")
    assert (q.value, q.unit) == (Decimal(250), "m")


def test_an_m_without_metres_around_is_still_a_million():
    assert quantity("The museum drew 2.5m visitors last year.", "2.5m").value == Decimal("2500000")


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The resort opened a nine-hole course last spring.", "nine", Decimal(9)),
        ("The bypass will be a four-lane road with a cycle path.", "four", Decimal(4)),
    ],
)
def test_a_number_word_joined_to_a_part_counts_the_parts(text, mention, value):
    assert quantity(text, mention).value == value


@pytest.mark.parametrize(
    "text",
    [
        "A two-way street runs past the market.",
        "The chain opened a five-star hotel by the harbour.",
        "Dealers reported strong two-wheeler demand.",
        "The referee showed a red card for a two-footed tackle.",
    ],
)
def test_a_number_word_in_a_compound_that_counts_no_parts(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ferris breaks 200m butterfly record at the state titles",
        "In the women’s 400m, Adeyemi led from the gun.",
        "He will defend his 110m hurdles title in Rome.",
    ],
)
def test_a_race_named_by_its_distance_is_no_amount(text):
    assert not [q for q in quantities(text) if q.text.endswith("m")]


def test_a_sum_in_millions_beside_a_race_word_is_still_money():
    assert quantity("The federation's $200m final-stage budget was approved.", "200m").value == Decimal("200000000")
