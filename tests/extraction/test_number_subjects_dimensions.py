"""A value that only its unit describes is named by what the sentence says it measures: the crop grown on an
area or the farm it is worked as, the walk or the drive a length is, the queue that stretched so far, a speed or
a flow given per second or per hour, the distance a place lies within. A change set after a measured amount is
a change in the act that yields it. A bare count after a count that named what it counts counts the same.
Every sentence here is written for the test."""

import pytest

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Marta Olsen, who grows apples on 14 hectares outside Hamar, said the frost cost her half the crop.", "14",
         "apples"),
        ("Dairy farmer Owen Price, who milks 90 cows on 60 acres, said the cut would hurt.", "60", "farm"),
        ("Jonas Berg, who farms 310 hectares near Uppsala, sold his barley early.", "310", "farm"),
        ("Farmers on 25 hectares or less will receive the grant in full.", "25", "farm"),
        ("Each household tilling under three hectares will get a voucher.", "three", "farm"),
        ("The island is only 870 hectares.", "870", "island"),
    ],
)
def test_an_area_is_named_by_what_grows_on_it_or_works_it(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Commuters now drive 45 kilometres each way to reach the nearest hospital.", "45", "drive"),
        ("Residents will have to walk 2 miles to the new bus stop.", "2", "walk"),
        ("The new trains will run at up to 160 kilometres per hour.", "160", "speed"),
        ("The river was flowing at 210 cubic metres per second on Tuesday.", "210", "flow"),
        ("Queues at the border stretched for 12 kilometres on Friday.", "12", "Queues"),
        ("The striker's shot travelled 31 metres before it hit the bar.", "31", "shot"),
        ("The cargo was shipped 7,400 kilometres to Rotterdam.", "7,400", "distance"),
        ("There is no pharmacy within 30 kilometres of the village.", "30", "distance"),
    ],
)
def test_a_length_is_named_by_the_act_the_thing_or_the_dimension(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Norway exported 51,200 tonnes of salmon in March, 6.1% more than a year earlier.", "6.1", "exports"),
        ("The state has procured 31 lakh tonnes of wheat so far, 12% less than last season.", "12", "procurement"),
        ("Fishers caught 2,300 tonnes in May, 5% less than in April.", "5", "catch"),
    ],
)
def test_a_change_after_a_measured_amount_is_in_the_act_that_yields_it(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The carrier needs 40 engineers but has 31, its chief executive said.", "31", "engineers"),
        ("Our stores have 210 staff in Bergen and 45 in Oslo.", "45", "staff"),
        ("The club has 18 points, three behind the leaders.", "three", "points"),
        ("The clinic used to see one or two patients a day; now it sees six.", "one", "patients"),
    ],
)
def test_a_bare_count_after_a_named_count_counts_the_same(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the bare count's own subject stands between the two counts: it is its own
        ("The agency sent 12 inspectors and lifted its workforce to 148.", "148", "workforce"),
        # a value set against the earlier one is another level of what the sentence measures
        ("The plant will raise annual capacity to 36,000 units from 28,000.", "28,000", "annual capacity"),
        # a count with a noun after "more" names its own
        ("The fleet has 30 buses and will order 12 more trams.", "12", "trams"),
    ],
)
def test_a_count_that_names_its_own_keeps_it(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject.split()[-1]


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a comparative after the unit names the dimension compared
        ("The new handset is 12 grams heavier than the last model.", "12", "weight"),
        ("The replacement span is 40 metres longer than the old one.", "40", "length"),
        ("The redesigned jet is 2 tonnes lighter, the maker said.", "2", "weight"),
        # a verb that sets a dimension of its object names the object
        ("Engineers will deepen the harbour channel to 16.5 metres by 2028.", "16.5", "harbour channel"),
        ("Patients on the inhaler improved their lung capacity by 80 millilitres.", "80", "lung capacity"),
        ("Her final throw beat the national record by 0.4 metres.", "0.4", "national record"),
    ],
)
def test_a_dimension_compared_or_set_is_named(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the twenty-foot equivalent unit counts containers, however it is written; ships "of" so many are sized
        ("The port handled a record 12.3 million twenty-foot equivalent units (TEUs) last year.", "12.3 million",
         "containers"),
        ("Volumes at the terminal rose to 1.2m teu in the first half.", "1.2m", "containers"),
        ("Calls by ships of 18,000 teu or more rose to 40.", "18,000", "ships"),
        ("The deeper channel will take ships of up to 16,000 twenty-foot equivalent units.", "16,000", "ships"),
    ],
)
def test_a_count_in_teu_is_of_containers_or_the_ships_it_sizes(text, mention, subject):
    assert quantity(text, mention).subject == subject
