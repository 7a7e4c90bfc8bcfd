"""What a number measures, named as a reader would: what a cost was borne as, a going price, a
wage, a score, a lead in points, a count of children, the group a "12 of whom" is taken from,
and an earlier count given after "compared with more than". Every sentence here is written
for the test."""

import pytest

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a cost someone bore is the cost, not what caused it
        ("The new rules have cost farmers about $2bn since 2020.", "2bn", "cost"),
        ("The stoppage cost the port roughly £3m.", "3m", "cost"),
        # ... but what "costs us" a sum names what is paid for
        ("Security alone costs us €900,000 a year.", "900,000", "Security"),
        # and with no one bearing it, what costs it
        ("The bypass will cost £80m.", "80m", "bypass"),
    ],
)
def test_a_cost_borne(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("A sack of maize sells for 300 pesos in the capital.", "300", "maize price"),
        # a thing sold once, or something sold off, is named by what was sold
        ("The farmhouse sold for $1.2m at auction.", "1.2m", "farmhouse"),
        ("The group is selling its stake in the mill for $40m.", "40m", "stake"),
    ],
)
def test_what_sells_for_a_sum_has_a_price(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The cannery down the road pays $22 an hour.", "22", "pay"),
        ("Welders there earn $38.50 an hour.", "38.50", "pay"),
        # the parser reads "starting" as a verb; the pay is still what was raised
        ("Councillors agreed to raise starting pay at the pool to $19 an hour, from $16.", "19", "pay"),
        ("Councillors agreed to raise starting pay at the pool to $19 an hour, from $16.", "16", "pay"),
        # a price by the hour stays what is paid for
        ("Parking at the clinic costs $5 an hour.", "5", "Parking"),
    ],
)
def test_an_hourly_sum_paid_is_a_wage(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Applicants who scored below 150 must sit the test again.", "150", "score"),
        ("Only 2,310 applicants scored 300 and above.", "300", "score"),
        ("Pupils with a mark under 40 must resit.", "40", "mark"),
        # what the applicants number is still a count of applicants
        ("Only 2,310 applicants scored 300 and above.", "2,310", "applicants"),
    ],
)
def test_a_mark_in_a_test_is_a_score(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The governor holds a 6-point lead over her challenger.", "6", "lead"),
        ("The senator has an 11-point edge among older voters.", "11", "edge"),
        ("Residents approved a 2.5-mill levy for the library.", "2.5", "levy"),
        # a plan of ten points counts its points
        ("The minister set out a 10-point plan for the ports.", "10", "point"),
        ("The 12-nation pact took effect in May.", "12", "nation"),
    ],
)
def test_a_hyphened_unit_measures_its_noun(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Ana Ruiz, a mother of four, said the clinic had closed.", "four", "children"),
        ("He is a father of two.", "two", "children"),
        ("The shelter houses 60 dogs, 15 of which need daily medicine.", "15", "dogs"),
        ("The ward has 30 patients, eight of whom are on ventilators.", "eight", "patients"),
        ("About 9,000 licences will lapse this year, compared with more than 14,000 in 2021.", "14,000", "licences"),
        ("The port remitted $2.4bn to the treasury last year.", "2.4bn", "remittance"),
    ],
)
def test_counts_named_by_the_words_around_them(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The survey of 900 voters found Mendes at 47% and Alvarez at 41%.", "47", "support"),
        ("The survey of 900 voters found Mendes at 47% and Alvarez at 41%.", "41", "support"),
        ("In the March survey, Mendes and Alvarez were level at 39%.", "39", "support"),
        ("The poll's margin of error was 2.8 percentage points either way.", "2.8", "margin of error"),
        # a name before "at" outside a poll is no candidate
        ("Shares in Tesco closed at 12% below their peak.", "12", "Shares"),
    ],
)
def test_poll_shares_and_the_margin_of_error(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # so much a given weight of the goods is a price
        ("Shops charged 1,900 yen per 2 kg.", "1,900", "price"),
        ("The average price of flour rose to 2,150 yen per 10 kilograms last month.", "2,150", "average price"),
        ("Turnout among young voters rose to 52 per cent, from 47 per cent last spring.", "47", "Turnout"),
    ],
)
def test_a_price_per_weight_and_a_season_that_only_dates(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The wheat harvest may fall below 80,000 tonnes, less than half of last year's 190,000 tonnes.",
         "190,000", "wheat harvest"),
        ("The agency has sold 40,000 tonnes of sugar, about a third of the 120,000 tonnes it held.", "120,000", "sugar"),
    ],
)
def test_the_whole_a_part_is_taken_of_measures_what_the_part_does(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The county will raise its recycling fee next month. Households will pay $6.40 a month, up from $5.10.",
         "6.40", "recycling fee"),
        ("The new bridge toll starts on Monday. Cars will pay Sh250.", "250", "toll"),
        # a price the sentence names stays a price
        ("Fares will rise next week. Diesel now costs $1.42 a litre.", "1.42", "price"),
    ],
)
def test_a_sum_paid_is_the_charge_the_story_has_just_named(text, mention, subject):
    assert quantity(text, mention).subject.endswith(subject)
