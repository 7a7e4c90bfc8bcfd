"""Numbers whose subject the writing gives when the parse names nothing: another place's temperature after a
temperature, a headline's count of people that something befell, and a wire story's note of an exchange rate.
Every sentence here is written for the test."""

import pytest

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Perth hit 41.2C on Sunday, while Darwin reached 35.", "35"),
        ("Oslo fell to minus 12 degrees overnight, while Bergen stayed at 3.", "3"),
        ("Madrid sweltered at 39 degrees; Bilbao, on the coast, managed 24.", "24"),
        ("Inland towns fell to minus 6 on Tuesday night, while Port Vell on the coast reached 11.", "11"),
    ],
)
def test_a_bare_number_that_goes_on_from_a_temperature_is_a_temperature(text, mention):
    assert quantity(text, mention).subject == "temperature"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a count of something else after a temperature
        ("It was 31C in Lyon on Friday and 4,000 people queued for the pools.", "4,000", "people"),
        # no temperature before it
        ("Prices rose 3% in May, and the index reached 412.", "412", "index"),
    ],
)
def test_other_numbers_beside_a_temperature_keep_their_own_subject(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Bus crash: 14 killed, 30 injured on mountain road\n\nThe bus left the road at dawn.", "14", "killed"),
        ("Bus crash: 14 killed, 30 injured on mountain road\n\nThe bus left the road at dawn.", "30", "injured"),
        ("Floods: more than 200 rescued as river bursts banks\n\nThe river rose overnight.", "200", "rescued"),
        ("Police said 40 were arrested after the match.", "40", "arrested"),
        # the participle describes a noun after it: the noun is counted
        ("The 12 arrested men appeared in court on Monday.", "12", "arrested men"),
    ],
)
def test_a_count_followed_by_what_befell_it_counts_the_people_it_befell(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Copper output rose 4% in May, the ministry said. ($1 = 18.42 rand)", "18.42", "exchange rate"),
        ("Copper output rose 4% in May, the ministry said. ($1 = 18.42 rand)", "1", "dollar"),
        ("The levy will raise 40 million zloty a year. (€1 = 4.31 zloty)", "4.31", "exchange rate"),
    ],
)
def test_a_wire_storys_exchange_rate_note(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Preheat the grill to 240C before cooking.", "240", "grill"),
        ("The glass is heated to about 1,500C in the kiln.", "1,500", "glass"),
        ("Blood samples are kept at minus 70 degrees Celsius.", "70", "Blood samples"),
        ("The lake has warmed by 0.3 to 0.5 degrees Celsius since 1990.", "0.5", "lake"),
        # a unit warmed is no thing: the temperature
        ("Enough heat to warm the top 500 metres by 0.02 degrees.", "0.02", "temperature"),
        ("Temperatures rose to 34C on Friday.", "34", "Temperatures"),
    ],
)
def test_a_temperature_a_thing_is_heated_cooled_or_kept_at_measures_that_thing(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Revenue rose 12 per cent, but cost of sales climbed by 18 per cent to R2.1bn.", "18", "cost of sales"),
        ("The cost of living rose 4% in the year to March.", "4", "cost of living"),
        # the cost of one thing is its cost
        ("The cost of the bridge rose to £80m.", "80m", "cost"),
    ],
)
def test_a_cost_that_accounts_name_with_what_it_is_of(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The new pitch measures 105 by 68 metres.", "105", "new pitch"),
        ("The new pitch measures 105 by 68 metres.", "68", "new pitch"),
        ("The garden shed, 3 by 2.4 metres, needed no permit.", "2.4", "shed"),
        ("Each plot, 10 by 20 feet, is rented for a year.", "10", "plot"),
    ],
)
def test_both_sides_of_a_size_measure_the_thing_sized(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_bare_count_beside_the_same_measure_as_an_earlier_count_counts_the_same():
    text = "A total of 930 passengers waited more than four hours and 212 more than ten hours."
    assert quantity(text, "212").subject == "passengers"
    assert quantity(text, "four").subject == "wait"
