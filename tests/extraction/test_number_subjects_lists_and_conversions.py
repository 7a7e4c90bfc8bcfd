"""What a number counts where the clause says it once for several values or
around a unit: conversions in brackets, "worth of", lists that say their verb
once, units named with what they measure, verbs that complete another verb,
and spans of time spent on something. Every sentence here is written for the
test."""

from decimal import Decimal

import pytest

from .helpers import quantities, quantity


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        # the shekel and the yuan by the names English news gives them
        ("The ministry set aside NIS 820 million for bomb shelters.", "820 million", Decimal("820000000"), "ILS"),
        ("The carmaker raised RMB 3.5 billion from the sale.", "3.5 billion", Decimal("3500000000"), "CNY"),
        ("A new flat in Haifa costs NIS1.9 million.", "1.9 million", Decimal("1900000"), "ILS"),
    ],
)
def test_currency_names_before_the_amount(text, mention, value, unit):
    q = quantity(text, mention)
    assert (q.value, q.unit) == (value, unit)


def test_a_conversion_in_brackets_names_what_the_amount_it_converts_names():
    text = "The tender drew bids for a total of HK$48.2 billion (US$6.2 billion), the most this year."
    assert quantity(text, "48.2 billion").subject == quantity(text, "6.2 billion").subject != ""


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Customs officers seized $3.4 million worth of heroin at the border.", "3.4 million", "heroin"),
        ("Residents bought £12m worth of raffle tickets.", "12m", "raffle tickets"),
    ],
)
def test_worth_of_names_what_the_sum_is_the_worth_of(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_count_of_sacks_of_goods_counts_the_sacks_not_the_act():
    text = "The co-operative approved the purchase of 7,300 sacks of fertiliser from a trader."
    assert quantity(text, "7,300").subject == "sacks"


def test_a_list_that_says_its_verb_once_names_each_measure_by_the_noun_before_it():
    text = "Maize makes up about 4.8 million tonnes of the harvest, sorghum 1.2 million tonnes and millet 0.9 million tonnes."
    assert quantity(text, "1.2 million").subject == "sorghum"
    assert quantity(text, "0.9 million").subject == "millet"


def test_a_unit_written_apart_and_then_what_it_measures():
    text = "The wind farm should generate 2,300 gigawatt hours (GWh) of electricity a year."
    q = quantity(text, "2,300")
    assert (q.unit, q.subject) == ("GWh", "electricity")


def test_an_earlier_measure_shares_what_the_later_one_was_found_to_measure():
    text = "Officials expect the state's sugar output to touch 41.5 lakh tonnes this season, up from 38.2 lakh tonnes."
    assert [q.subject for q in quantities(text)] == ["sugar output", "sugar output"]


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The motion passed after almost seven hours of argument.", "seven", "argument"),
        ("The strike ended after three weeks of negotiations.", "three", "negotiations"),
    ],
)
def test_a_span_of_time_spent_on_something_names_it(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "not_subject"),
    [
        # a period that dates other values
        ("Sales rose 4% in the first six months of trading.", "six", "trading"),
        # a time after something, not spent on it
        ("Refunds must be paid within 30 days of the complaint.", "30", "complaint"),
    ],
)
def test_a_span_of_time_that_dates_or_follows_names_nothing_spent(text, mention, not_subject):
    assert quantity(text, mention).subject != not_subject


def test_a_verb_that_completes_another_takes_that_verbs_subject():
    assert quantity("The new footbridge is expected to cost $14 million.", "14 million").subject == "new footbridge"
    # the object of "asked" would pay, not the council
    assert quantity("The council asked residents to pay £40 a year.", "40").subject != "council"


def test_a_sum_for_a_list_of_three_things_names_them_all():
    text = "The festival has budgeted about $2.2 million for security, catering and stage lighting."
    assert quantity(text, "2.2 million").subject == "security, catering and stage lighting"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the parser hangs the amount on "around"
        ("Copper at the smelter is heated to around 1,100C in a furnace.", "1,100", "Copper"),
        # the tagger takes "oven" for a name
        ("Heat the oven to 190C and bake the pie.", "190", "oven"),
    ],
)
def test_what_a_verb_of_heating_brings_to_the_temperature(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_share_more_paid_in_something_is_a_share_of_it():
    text = "Tenants in the borough will pay 6.5 per cent more in service charges from April."
    assert quantity(text, "6.5").subject == "service charges"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Police said 14 people were injured when the stand collapsed.", "14", "people injured"),
    ],
)
def test_which_people_a_count_of_people_counts(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_people_who_came_to_no_harm_are_people():
    assert quantity("About 600 people were evacuated from the estate.", "600").subject == "people"


def test_a_reduced_relative_taken_for_a_clause_keeps_its_subject():
    # the parser reads "received" as a clause of "said" that holds "the number", leaving "fell" without one
    text = "The council said last week that the number of complaints received online fell to 410 this year."
    assert quantity(text, "410").subject == "number of complaints"


def test_a_best_of_so_many_seconds_measures_the_best():
    text = "Okafor clocked a personal best of 44.61 seconds in the heats."
    assert quantity(text, "44.61").subject == "personal best"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The stadium was rebuilt at a cost to the club of about £48m.", "48m", "cost"),
        ("Officials promised a saving to households of £120 a year.", "120", "saving"),
    ],
)
def test_what_falls_to_someone_of_an_amount_is_the_cost_not_whom(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_time_in_two_parts_is_what_the_clause_says_it_is():
    text = "The longest delay on the line was 3 hours and 20 minutes."
    assert [q.subject for q in quantities(text)] == ["longest delay", "longest delay"]
    # with nothing named, a time
    assert quantity("The winner finished in 2 hours 8 minutes.", "8").subject == "time"


def test_the_rest_of_a_year_is_no_purpose_of_a_sum():
    text = "Dealers expect rents to stay above $4,000 for the rest of the year."
    assert quantity(text, "4,000").subject != "rest"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("About 2,300 physiotherapists practise in the province.", "2,300", "physiotherapists"),
        ("The strike began in Otago, where 1,200 of the region's 5,000 nurses work.", "5,000", "nurses"),
        # a noun after all, with its verb after it
        ("Sales work was cut by 12% last year.", "12", "Sales work"),
    ],
)
def test_a_verb_read_as_a_noun_after_a_plural(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_bare_temperature_named_by_the_words_before_it():
    text = "Forecasters expect gusts of 90km/h tonight and wind chills around minus 35."
    assert quantity(text, "35").subject == "wind chills"


@pytest.mark.parametrize(
    ("text", "first", "first_subject", "second", "second_subject"),
    [
        # the parser hangs the first sum on the second item's noun
        ("Adult tickets cost €35 and student tickets €15.", "35", "Adult tickets", "15", "student tickets"),
        ("Adults pay $20 and children $10.", "20", "Adults", "10", "children"),
    ],
)
def test_a_price_list_that_says_its_verb_once_names_each_item(text, first, first_subject, second, second_subject):
    assert (quantity(text, first).subject, quantity(text, second).subject) == (first_subject, second_subject)
