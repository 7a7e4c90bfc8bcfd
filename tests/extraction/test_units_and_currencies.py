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
        ("Traders in Kumasi paid GH¢4.5 million in market tolls.", "4.5 million", Decimal("4500000"), "GHS"),
        ("A bag of cement now sells for GH₵95.", "95", Decimal("95"), "GHS"),
        ("The Abu Dhabi tower was sold for Dh1.3 billion.", "1.3 billion", Decimal("1300000000"), "AED"),
        ("A bowl of pho costs ₫45,000 in District 1.", "45,000", Decimal("45000"), "VND"),
        ("Bangkok taxis start at ฿35.", "35", Decimal("35"), "THB"),
        ("A loaf of bread rose from 90 pesewas to 1.20 cedis.", "90", Decimal("90"), "pesewas"),
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
        ("Nitrate in the borehole reached 0.05 mg/L.", "0.05", "mg/L"),
        ("Growers spread 140 kg/ha on the barley.", "140", "kg/ha"),
        ("Nitrate in the spring reached 0.08 mg/l.", "0.08", "mg/L"),  # one unit however the litre is written
        ("The lake now holds about 640GL, down from 910GL in spring.", "640", "GL"),
        ("The weir passed 48 gigalitres in a week.", "48", "GL"),
        ("The brewery made 2.4 million hectolitres last year.", "2.4 million", "hl"),
        ("The new link carries 320 Tbps between the two islands.", "320", "Tbps"),
        ("The tablet's 120Hz screen is its best feature.", "120", "Hz"),
        ("Crude output rose to 1.4 million bpd in May.", "1.4 million", "barrel"),
        ("Emissions fell to 61 megatonnes last year.", "61", "Mt"),
        ("Ozone readings reached 88µg/m3 on Friday.", "88", "µg/m³"),
    ],
)
def test_units_of_measure(text, mention, unit):
    assert quantity(text, mention).unit == unit


def test_a_store_of_water_in_gigalitres_is_the_store():
    assert quantity("The lake now holds about 640GL, down from 910GL in spring.", "910").subject == "lake"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The arsenic concentration in the spring was 0.012 mg/L last week.", "0.012", "arsenic concentration"),
        ("Nitrate levels in the well rose to 0.05 mg/L in March.", "0.05", "nitrate levels"),
        ("Copper levels at the school taps reached 1.6 mg/L, the water board said.", "1.6", "copper levels"),
    ],
)
def test_a_divided_unit_is_no_subject(text, mention, subject):
    # "mg/L" is one unit: its divisor ("L") is not what the number measures
    assert quantity(text, mention).subject.lower().endswith(subject.split()[-1])


def test_unit_does_not_replace_what_is_measured():
    assert quantity("Gusts reached 70 mph on the coast.", "70").subject == "Gusts"
    assert quantity("The cartel's quota of 1.2 million bpd was unchanged.", "1.2 million").subject == "quota"
    assert quantity("Emissions fell to 61 megatonnes last year.", "61").subject == "Emissions"
    assert quantity("The handset ships with 256GB of storage.", "256").subject == "storage"


def test_pounds_after_a_sterling_amount_stay_money():
    q = quantity("The fine of £400 was cut to 300 pounds.", "300")
    assert q.unit == "GBP"


@pytest.mark.parametrize(
    "text",
    [
        "The studio is at 37 E 61st St., near the park.",
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


def test_kenyan_shilling_prefix():
    q = quantity("The county paid Sh480 million for a new abattoir.", "480 million")
    assert (q.value, q.unit) == (Decimal(480_000_000), "KES")


def test_a_currency_symbol_with_a_letter_is_not_the_article_a():
    found = quantities("The fund lent A$12.4 million to 19 growers and got back A$3.1 million.")
    assert [(q.text, q.value) for q in found if q.unit == "AUD"] == [
        ("12.4 million", Decimal(12_400_000)), ("3.1 million", Decimal(3_100_000))]
    assert quantity("The fund lent A$12.4 million to 19 growers.", "19").unit is None


def test_cents_after_the_digits():
    q = quantity("The miner lifted its final dividend to 242c a share.", "242")
    assert (q.value, q.unit) == (Decimal(242), "cents")


def test_lakh_crore_is_one_scale():
    q = quantity("Its market value has crossed ₹2.3 lakh crore this year.", "2.3 lakh crore")
    assert q.value == Decimal(2_300_000_000_000)


def test_hyphenated_million_in_canadian_style():
    q = quantity("The district faces a $14.2-million shortfall next year.", "14.2-million")
    assert q.value == Decimal(14_200_000)


def test_a_letter_currency_the_article_uses_with_a_scale_marks_its_other_amounts():
    text = "Sales rose to R3.4bn. The average basket was R156, up from R141."
    assert [q.value for q in quantities(text) if q.unit == "ZAR"] == [Decimal(3_400_000_000), Decimal(156), Decimal(141)]
    text = "Growers were paid P9,500 a hectare, while corn sold at P37 a kilo."
    assert [q.value for q in quantities(text) if q.unit == "PHP"] == [Decimal(9_500), Decimal(37)]


def test_a_letter_currency_with_cents_is_money_and_marks_the_others():
    text = "Cleaners earn R27.58 an hour, against R24 last year."
    assert [(q.value, q.unit) for q in quantities(text)] == [(Decimal("27.58"), "ZAR"), (Decimal(24), "ZAR")]


def test_a_lone_letter_before_digits_is_a_name():
    assert quantities("He handed in his P45 on Friday.") == []
    assert [q.unit for q in quantities("The R61 was closed near the bridge for 3.5 hours.")] == [None]


def test_numbers_in_place_names_routes_and_addresses_are_no_quantities():
    assert quantities("Crews reached 40 Mile Creek by noon.") == []
    assert quantities("Route 66 reopened after the storm.") == []
    assert quantities("The shop at 210 E 14th St closed on Friday.") == []
    assert quantities("He started from the No 4 grid slot.") == []


def test_over_a_sum_that_describes_a_thing_is_about_it():
    assert quantity("A row over a £3bn rail contract grew.", "3bn").qualifier == "exact"
    assert quantity("The club paid over £40m for the striker.", "40m").qualifier == "more_than"
    assert quantity("Over 500 people attended.", "500").qualifier == "more_than"


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("The gas meter read 250 ppm when crews arrived.", "250", "ppm"),
        ("The basin lost 4,000 acre-feet in the drought.", "4,000", "acre-ft"),
        ("The lake is now 40 centimetres below its usual height.", "40", "cm"),
        ("The storm dumped 85 millimetres of rain on the town.", "85", "mm"),
        # subunits of a currency are money, not counts of coins
        ("Water is losing the utility 38 paise a litre.", "38", "paise"),
        ("The dividend was 45 kobo a share.", "45", "kobo"),
    ],
)
def test_more_units_of_measure_and_money(text, mention, unit):
    assert quantity(text, mention).unit == unit


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Frost is expected overnight, with lows of minus 6C.", "6", Decimal("-6")),
        ("The economy grew by minus 0.4 per cent in the quarter.", "0.4", Decimal("-0.4")),
        # a margin either way is no negative number
        ("The poll's margin of error is plus or minus 3 points.", "3", Decimal("3")),
    ],
)
def test_minus_written_as_a_word(text, mention, value):
    assert quantity(text, mention).value == value


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # what a sum is paid in is not what it is
        ("The gang demanded the equivalent of $40,000 in bitcoin for the files.", "40,000", "equivalent"),
        ("The ransom of $40,000 in bitcoin was never paid.", "40,000", "ransom"),
        # a share that acts is a share of the people the sentence counted
        ("The survey of 2,000 adults found that 64% backed the ban.", "64", "adults"),
        # the object of a set phrase names nothing measured
        ("Comparable office blocks have changed hands at 5.5% to 6% this year.", "6", "blocks"),
    ],
)
def test_what_a_sum_or_a_share_is_of(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "mention", "unit", "subject"),
    [
        ("Loggers cleared 75 sq km of rainforest last year.", "75", "sq km", "rainforest"),
        ("The new reservoir holds 45 million m³ of water.", "45 million", "cu m", "water"),
        ("Tenants lease 1,200 m² of offices in the tower.", "1,200", "sq m", "offices"),
        ("Crews pumped 300 m3 of brine from the old well.", "300", "cu m", "brine"),
    ],
)
def test_area_and_volume_units_are_units_not_subjects(text, mention, unit, subject):
    q = quantity(text, mention)
    assert (q.unit, q.subject) == (unit, subject)


def test_an_earlier_area_shares_what_it_measures():
    text = "Peat bog covered 340 km² last year, compared with 410 km² two decades ago."
    assert quantity(text, "410").subject == quantity(text, "340").subject == "Peat bog"


def test_who_measures_an_area_is_not_what_it_measures():
    q = quantity("Researchers measured 96 km² across the delta this spring.", "96")
    assert q.subject == "area"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("A rooftop gauge at the airport recorded 41.3 degrees Celsius on Tuesday afternoon.", "41.3", "temperature"),
        ("Police cameras clocked the rider at 96 mph on the bypass.", "96", "speed"),
    ],
)
def test_what_took_a_reading_is_not_what_it_measures(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("Revenue rose to $5.1 billion from 4.2 billion a year earlier.", "4.2 billion", "USD"),
        ("The union put the cost at £40 million, compared with the 25 million the council gave.", "25 million", "GBP"),
        ("Damage reached 40 billion pesos, against the 12 billion put forward by officials.", "12 billion", "MXN"),
        # a count set against a sum keeps counting what it counts
        ("Sales rose to $900 from 750 units.", "750", None),
        ("The grant was $2 million, more than the 300 families had asked for.", "300", None),
    ],
)
def test_a_sum_set_against_another_takes_its_currency_when_none_is_said(text, mention, unit):
    assert quantity(text, mention).unit == unit


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # thousands grouped by spaces, in an article that writes them so
        ("The mill employed 1 250 workers and crushed 900 000 tonnes of cane.", "900 000", Decimal("900000")),
        ("The ministry said R2 500 would be paid to each of the 12 000 families.", "2 500", Decimal("2500")),
        # a decimal comma before a scale word
        ("Maize imports rose to 1,1 million tonnes last season.", "1,1 million", Decimal("1100000")),
    ],
)
def test_numbers_grouped_by_spaces_and_written_with_a_decimal_comma(text, mention, value):
    assert quantity(text, mention).value == value


def test_spaces_group_nothing_in_an_article_that_groups_thousands_with_commas():
    text = "Some 1,200 people marched on Tuesday. On May 5 200 more joined them."
    assert [q.text for q in quantities(text)] == ["1,200", "200"]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The board posted a surplus of Rs. 2.4 bn last year.", "2.4 bn", Decimal("2400000000")),
        ("The miner lost €3 bln in the quarter.", "3 bln", Decimal("3000000000")),
        ("The miner lost €3bln in the quarter.", "3bln", Decimal("3000000000")),
        ("Exports rose to Rs. 3 mn in May.", "3 mn", Decimal("3000000")),
    ],
)
def test_a_short_scale_written_apart_from_its_number_scales_it(text, mention, value):
    assert quantity(text, mention).value == value


def test_metres_written_apart_are_no_scale():
    assert quantity("The wall is 3 m high.", "3").value == Decimal("3")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Rooms on the ward reached 31 degrees during the heatwave, well above the advised 22.", "22"),
        ("Tucson hit 112 degrees Fahrenheit on Monday, its ninth straight day above 105.", "105"),
    ],
)
def test_a_bare_number_beside_a_temperature_is_a_temperature(text, mention):
    assert quantity(text, mention).subject == "temperature"


def test_a_bare_number_beside_an_angle_is_no_temperature():
    assert quantity("The driver turned the wheel 90 degrees, then another 45.", "45").subject != "temperature"


def test_a_height_in_feet_and_inches_is_a_height():
    text = "The new signing stands 6 feet 9 inches tall and weighs 230 pounds."
    assert quantity(text, "6").subject == "height"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The airliner was cruising at 38,000 feet when the cabin lost pressure.", "38,000"),
        ("The spy plane flew at roughly 21,000 metres over the border.", "21,000"),
    ],
)
def test_a_length_something_flies_at_is_its_altitude(text, mention):
    assert quantity(text, mention).subject == "altitude"
