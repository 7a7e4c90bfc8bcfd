"""What a measurement with a unit measures: the noun a hyphened unit modifies,
energy units written as one word, what holds or uses an amount, and the name a
reader gives a unit's quantity when the clause names nothing else. Every
sentence here is written for the test."""

import pytest

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "unit", "head"),
    [
        ("The council approved a 250-megawatt wind farm near the ridge.", "250", "MW", "farm"),
        ("A 330-millilitre bottle of cider costs more this year.", "330", "ml", "bottle"),
        ("A 90-kilogram anchor was lifted from the harbour floor.", "90", "kg", "anchor"),
    ],
)
def test_a_hyphened_unit_measures_the_noun_it_modifies(text, mention, unit, head):
    q = quantity(text, mention)
    assert q.unit == unit
    assert q.subject.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "mention", "unit", "subject"),
    [
        ("A typical home using 900 kilowatt-hours a month will pay more.", "900", "kWh", "use"),
        ("Homes that consume 300 litres a day pay a surcharge.", "300", "l", "consumption"),
        ("The grain silo holds 14,000 tonnes.", "14,000", "tonne", "grain silo"),
        ("The lorry can carry up to 26 tonnes.", "26", "tonne", "lorry"),
    ],
)
def test_what_holds_or_uses_an_amount(text, mention, unit, subject):
    q = quantity(text, mention)
    assert (q.unit, q.subject) == (unit, subject)


def test_an_energy_unit_is_one_unit_not_a_count_of_hours():
    q = quantity("The lagoon scheme will store 600 megawatt-hours for the grid.", "600")
    assert q.unit == "MWh"
    assert q.subject != "hours"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The favourite was handed 57 kilograms for the handicap.", "57", "weight"),
        ("Inspectors logged 71 decibels outside the depot after midnight.", "71", "noise"),
        ("A cable sits 3 metres under the towpath.", "3", "depth"),
        ("Divers found the wreck sitting 9 metres below the surface.", "9", "depth"),
    ],
)
def test_a_unit_left_alone_gives_its_quantity(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_bulk_amounts_keep_their_unit():
    q = quantity("Crews pumped 40,000 litres out of the basement.", "40,000")
    assert q.subject in ("litres", "basement")


@pytest.mark.parametrize(
    ("text", "mention", "head"),
    [
        # the verb's object is what an amount "at" measures, not who estimated it
        ("Analysts estimated the deficit at 250,000 tonnes this season.", "250,000", "deficit"),
        # a holder named through "able to"
        ("The farm adds a 100 MW battery able to store 400 megawatt-hours.", "400", "battery"),
    ],
)
def test_the_clause_names_what_is_measured(text, mention, head):
    assert quantity(text, mention).subject.split()[-1] == head


def test_below_a_named_place_is_no_depth():
    q = quantity("The spill was confined to 20 kilometres below Ashford on the river.", "20")
    assert q.subject != "depth"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # bare degrees in news are a temperature; the weather word before them names which
        ("Perth recorded 44.1 degrees on Saturday, its hottest day since 2016.", "44.1", "temperature"),
        ("Lows across the plateau will struggle to rise above 12 degrees this week.", "12", "Lows"),
        ("Highs of 14 to 19 degrees are expected inland on Friday.", "14", "Highs"),
        ("Highs of 14 to 19 degrees are expected inland on Friday.", "19", "Highs"),
        # an angle is not a temperature
        ("The crane's jib tilted 15 degrees before the operator stopped it.", "15", "degrees"),
    ],
)
def test_what_bare_degrees_measure(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # "to" hangs on "from": the subject of the change is still what is measured
        ("Copper output slipped 2% in May from a year earlier to 410,000 tonnes.", "410,000", "Copper output"),
        # a stock counted in days is the stock's level, not a count of days
        ("Warehouse stocks fell to 18 days of demand from 25 days in March.", "18", "stocks"),
        ("Warehouse stocks fell to 18 days of demand from 25 days in March.", "25", "stocks"),
        # what covers an area, said in a relative clause or with a range
        ("The orchard, which covers 640 hectares near the river, was sold in June.", "640", "orchard"),
        ("The estate covers between 90 and 120 acres.", "120", "estate"),
        ("The estate covers between 90 and 120 acres.", "90", "estate"),
    ],
)
def test_measured_through_ranges_chains_and_relative_clauses(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the level before a rise, set after it by ", up from"
        ("Ferry traffic reached 41,000 vehicles in July, up from 36,500 vehicles a year earlier.", "36,500", "vehicles"),
        ("Cement deliveries hit 2.3 million tonnes, up from 1.9 million tonnes in 2023.", "1.9 million", "Cement deliveries"),
        # a change said in a relative clause is a change of what the clause is about
        ("Analysts pointed to shipments of frozen fish, which rose 14% last year to 80,000 tonnes.", "14", "frozen fish"),
        ("Analysts pointed to shipments of frozen fish, which rose 14% last year to 80,000 tonnes.", "80,000", "frozen fish"),
    ],
)
def test_levels_before_a_rise_and_changes_in_relative_clauses(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject.split()[-1]


@pytest.mark.parametrize(
    ("text", "mention", "unit", "subject"),
    [
        # knots and yards are units; at a speed a vessel travels at, the speed is measured
        ("The trawler was travelling at 11 knots when it struck the pier.", "11", "kn", "speed"),
        ("His tee shot travelled 312 yards down the fairway.", "312", "yd", "shot"),
        # a shape word between the unit and the noun it modifies
        ("Divers mapped a 40-metre-deep trench off the point.", "40", "m", "trench"),
        ("Divers mapped a trench roughly 300 metres across.", "300", "m", "width"),
        # both sides of a size take the unit written last
        ("The court's new hall, 40 by 25 metres, opens in May.", "40", "m", None),
    ],
)
def test_speeds_distances_shapes_and_sizes(text, mention, unit, subject):
    q = quantity(text, mention)
    assert q.unit == unit
    if subject is not None:
        assert q.subject.split()[-1] == subject


def test_what_holds_an_amount_when_the_parser_takes_the_verb_for_a_noun():
    text = "Wind turbines on the ridge generate about 900 kWh on a gusty day, and its battery stores 60 kWh."
    assert quantity(text, "60").subject == "battery"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the parts of one time are a time; a bare count of hours is of what lasted it; a margin keeps its units
        ("The champion finished the course in 3 hours 7 minutes 25 seconds.", "7", "time"),
        ("The new line cuts the trip to 2 hours 15 minutes.", "2", "time"),
        ("The blockade lasted 9 hours.", "9", "blockade"),
        ("She leads the standings by 1 minute 5 seconds.", "5", "seconds"),
        # grams, teaspoons and micrograms are units: the "of" phrase names what is measured
        ("Children should have no more than 19 g of sugar a day.", "19", "sugar"),
        ("Stir in 3 teaspoons of cinnamon.", "3", "cinnamon"),
    ],
)
def test_compound_times_and_small_units(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "mention", "unit", "subject"),
    [
        ("The utility cut its dividend to 9 fils a share.", "9", "fils", "dividend"),
        ("The lender set aside 310 million zł for legal claims.", "310 million", "PLN", "claims"),
    ],
)
def test_sub_units_and_symbols_written_after_an_amount_are_money(text, mention, unit, subject):
    q = quantity(text, mention)
    assert (q.unit, q.subject.split()[-1]) == (unit, subject)


def test_a_day_above_a_temperature_is_when_not_what():
    text = "Perth endured its sixth straight day above 38 degrees."
    assert quantity(text, "38").subject == "temperature"


def test_a_temperature_written_with_its_unit_glued_on_is_no_subject_of_itself():
    text = "Sea water off the cape has sat 1.3C to 2C above the seasonal average since March."
    for mention in ("1.3", "2"):
        q = quantity(text, mention)
        assert q.unit == "°C" and "1.3" not in q.subject and q.subject.split()[-1].lower() == "temperature"


def test_deg_c_is_degrees_celsius():
    q = quantity("Daily highs have been 2 to 3 deg C above normal this month.", "3")
    assert q.unit == "°C" and q.subject.lower() == "highs"


def test_a_share_held_or_bought_is_a_stake():
    text = "The fund will hold a 40 per cent stake, with a Danish utility holding 45 per cent and the city the remaining 15 per cent."
    assert [quantity(text, m).subject for m in ("40", "45", "15")] == ["stake", "stake", "stake"]
    assert quantity("The investor bought 9.9% on Monday.", "9.9").subject == "stake"
    # what is bought is named after the share: no stake
    assert quantity("The importer would buy about 20% less cocoa this year.", "20").subject != "stake"


def test_a_range_given_by_between_after_to_is_the_level_of_what_rose():
    text = "Warehouse rents had climbed to between $12 and $15 per square foot per month."
    assert [quantity(text, m).subject for m in ("12", "15")] == ["rents", "rents"]


def test_a_share_is_never_a_share_of_its_own_unit():
    text = "Staff get 5 per cent now and a further 3 per cent next year."
    assert quantity(text, "3").subject.lower() not in ("cent", "per cent")


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The flat rents for €1,200 a month.", "1,200", "rent"),
        ("A two-bedroom house now rents for about 14,000 kr a month.", "14,000", "rent"),
        ("Tenants earning under €48,000 a year would qualify for the scheme.", "48,000", "earnings"),
        ("Pickers earn between RM1,500 and RM2,400 a month.", "2,400", "earnings"),
        ("Guides earn up to $900 a week on the glacier tours.", "900", "earnings"),
        ("Cleaners took home an average of R6,900 a month after deductions.", "6,900", "pay"),
        ("Nurses earn an average of £1,900 a month.", "1,900", "earnings"),
    ],
)
def test_a_sum_a_home_rents_for_or_people_earn_is_rent_or_earnings(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_sum_or_share_that_names_nothing_is_of_what_the_one_before_it_was():
    shares = "The port authority kept 51 per cent of the terminal, with the operator taking 30 per cent and the city 19 per cent."
    assert quantity(shares, "19").subject == quantity(shares, "30").subject != ""


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The tourist tax, up from US$4.50, would raise about $9 million a year.", "4.50", "tourist tax"),
        ("Kestrel Mining, which is 75% owned by a Swiss trader, said output rose.", "75", "stake"),
        ("The ministry said it had provided an extra €25 million to universities this year.", "25 million", "funding"),
    ],
)
def test_a_level_moved_from_a_share_owned_and_a_sum_provided(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Foot passengers will pay £7.40 from May.", "7.40", "Foot passengers"),
        ("A commuter from the coast will pay £4,980 for the year.", "4,980", "commuter"),
        ("The council will pay £2m to the contractor.", "2m", "payment"),  # a body pays: no payer's fare
    ],
)
def test_who_pays_a_sum_names_it_when_nothing_else_does(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the "of" phrase of the last alternative is what both measure
        ("The tablet comes with either 128GB or 1TB of storage.", "128", "storage"),
        ("The tablet comes with either 128GB or 1TB of storage.", "1", "storage"),
        ("Crews will spread 20 or 25 tonnes of gravel on the track.", "20", "gravel"),
        # a list measures different things: the calories are not fibre
        ("A bowl of the porridge provides 180 calories and 6 grams of fibre.", "180", "calories"),
    ],
)
def test_alternative_amounts_share_what_they_measure(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The budget phone has 8GB of RAM and a large battery.", "8", "RAM"),
        ("The new berth can unload 3 million tonnes of LNG a year.", "3 million", "LNG"),
    ],
)
def test_a_units_stuff_written_in_capitals_is_what_is_measured(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_share_of_a_named_body_is_not_its_stuff():
    assert quantity("The pension fund sold 4% of IBM last quarter.", "4").subject != "IBM"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The leading pair opened a gap of nearly three minutes on the descent.", "three", "gap"),
        ("Engineers will dredge the harbour to a depth of 14 metres.", "14", "depth"),
        ("The judge imposed a sentence of nine years on the smuggler.", "nine", "sentence"),
        ("The union wants a maximum wait of under 20 minutes at every clinic.", "20", "maximum wait"),
    ],
)
def test_the_noun_an_amount_is_of_is_what_it_measures(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "not_subject"),
    [
        # a span of time the amount dates, not measures
        ("The reforms of the past six years have cut waiting lists.", "six", "reforms"),
        # a person measures nothing
        ("His wife of 30 years ran the farm shop.", "30", "wife"),
        # a container of numbers leaves the amount to its unit
        ("Volunteers logged a total of 600 hours at the shelter.", "600", "total"),
    ],
)
def test_an_of_phrase_that_measures_nothing(text, mention, not_subject):
    assert quantity(text, mention).subject != not_subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The average wait at the passport office was 6.5 weeks in May.", "6.5", "wait"),
        ("The ferry crossing takes about 45 minutes.", "45", "ferry crossing"),
        ("The dock strike lasted three weeks.", "three", "dock strike"),
        ("The lender's net interest margin widened 35 basis points.", "35", "net interest margin"),
        ("Yields on the benchmark bond fell 8 bps on Friday.", "8", "Yields"),
        ("The central bank cut its policy rate by 50 bps on Tuesday.", "50", "policy rate"),
        ("Traders expect another cut of 25 bps in March.", "25", "cut"),
        ("Commuters endured 2.3 million hours of delays last year.", "2.3 million", "delays"),
        ("Patients waited more than six hours in the corridor.", "six", "wait"),
        # a span set against one before it measures the same
        ("The average delay on the line was 9.5 minutes, up from 7 minutes a year earlier.", "7", "average delay"),
        # a range's two ends alike
        ("The ferry crossing takes 40 to 50 minutes.", "40", "ferry crossing"),
        # a span a court gives is a sentence
        ("The former treasurer was jailed for nine years on Friday.", "nine", "sentence"),
        ("A judge sentenced the smuggler to 18 months.", "18", "sentence"),
        ("The two bankers could get 16 years in jail for the fraud.", "16", "sentence"),
    ],
)
def test_a_span_of_time_or_a_move_in_points_is_of_what_it_measures(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("He was 45 minutes late.", "45", "minutes"),  # no thing is named
        ("A new vine takes three years to bear grapes.", "three", "years"),  # how long a thing takes to do
        ("Refunds arrive within 10 days of the claim.", "10", "days"),  # a deadline
        ("Nurses lost 8,000 hours to paperwork.", "8,000", "hours"),  # what is lost is counted in hours
        ("The striker averaged a goal every 97 minutes.", "97", "minutes"),  # a rate
        ("She spent the last two weeks of the campaign in Ohio.", "two", "weeks"),  # a stretch of it
        ("Drivers had been waiting for up to three days at the depot.", "three", "days"),
        ("The guard worked for 11 years at the prison.", "11", "years"),  # a span spent at a prison, not given
    ],
)
def test_a_span_that_measures_no_named_thing_keeps_its_unit(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_both_ends_of_a_size_with_one_subject_take_the_unit_written_last():
    q = quantity("Each pair of storks needs a territory of 20 to 40 hectares.", "20")
    assert (q.subject, q.unit) == ("territory", "hectare")


def test_a_co_op_is_one_word_in_what_a_number_counts():
    # the tokenizer split "co-op" at its hyphen: "60 housing co" and "op repair fund"
    text = "At least 60 housing co-ops in the city need new roofs."
    assert quantity(text, "60").subject == "housing co-ops"
    text = "The co-op repair fund was cut to $4 million."
    assert quantity(text, "4 million").subject == "repair fund"
