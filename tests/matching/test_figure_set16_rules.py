"""Rules the sixteenth figure set's errors prompted, on sentences of our own."""

from datetime import UTC, datetime

import pytest

from claims.matching.figure_keys import article_figure_keys
from claims.matching.status import figure_status
from tests.matching.test_figure_events import _figure_of, _report
from tests.matching.test_figure_set15_rules import _at
from tests.matching.test_figure_status import facts
from tests.matching.test_figure_wordings import _key


def test_a_count_up_from_the_same_date_of_last_season_is_that_seasons_figure():
    this, last = _key(
        "Measles has killed 48 children in Ruritania so far this year, the ministry said, up from 30 by this time last year.",
        ("48", 48, "children"),
        ("30", 30, "children"),
    )
    assert this == ("deaths", "ruritania") and last == ("deaths period before", "ruritania")
    # Up from a number said earlier in the same season is the same count.
    assert (
        _key(
            "Measles has killed 48 children in Ruritania, up from 30 on Monday.",
            ("48", 48, "children"),
            ("30", 30, "children"),
        )
        == [("deaths", "ruritania")] * 2
    )


def test_a_number_drawn_from_a_whole_named_before_it_is_counted_where_it_says():
    drawn = _key(
        "Of the measles deaths recorded in Ruritania this year, 40 were in Oskova city, the ministry said.",
        ("40", 40, ""),
    )
    assert drawn == [("deaths", "oskova")]
    # With no "of the" before it, the nearest place is still the number's.
    assert _key("Measles deaths recorded in Ruritania reached 40 this year.", ("40", 40, "Measles deaths")) == [
        ("deaths", "ruritania")
    ]


def test_containers_that_leaked_are_a_count_apart_from_all_that_crashed():
    crashed = _key("Eighteen wagons came off the rails outside Marlow.", ("Eighteen", 18, "wagons"))[0]
    spilled = _key("The operator said 4 tank wagons had spilled diesel.", ("4", 4, "tank wagons"))[0]
    leaked = _key("The fire chief repeated that nine tank wagons had leaked.", ("nine", 9, "tank wagons"))[0]
    assert spilled == leaked == ("wagon leaked", "")
    assert crashed == ("wagon", "")


@pytest.mark.django_db
def test_a_sum_that_says_nothing_of_what_it_is_never_joins_what_each_one_gets():
    each = _report(
        "The harbour board said 14 parking meters had overcharged motorists. Each will get back the 60 euros they paid.",
        datetime(2025, 6, 2, 9, tzinfo=UTC),
    )
    estimate = _report(
        "The motoring club rejected the harbour board's estimate of 500,000 euros.",
        datetime(2025, 6, 2, 15, tzinfo=UTC),
        outlet="Daily B",
    )
    assert _figure_of(estimate, "500,000") != _figure_of(each, "60")


def test_a_month_a_verb_is_dated_by_is_no_march():
    fined = _key(
        "Some 2,000 motorists had been fined in error since March 3, the council said.", ("2,000", 2000, "motorists")
    )
    assert fined == [("motorist", "")]
    assert _key("Some 5,000 people had joined the march in Oskova.", ("5,000", 5000, "people")) == [("crowd", "oskova")]


def test_a_compound_closing_on_a_word_for_people_names_people():
    taken = _key(
        "More than 40 schoolchildren were taken to hospital after lunch, officials said.", ("40", 40, "schoolchildren")
    )
    assert taken == [("hospitalised", "")]
    assert _key("Some 90 townspeople were evacuated overnight.", ("90", 90, "townspeople")) == [("evacuated", "")]


def test_who_lies_in_intensive_care_is_in_hospital_and_badly():
    text = "More than 900 people were treated for breathing problems, the health department said, and 15 are in intensive care."
    treated, icu = _key(text, ("900", 900, "people", "more_than"), ("15", 15, "health department"))
    assert icu == ("hospitalised seriously", "") != treated
    remain = _key("Eight remain in intensive care, down from 15 on Friday.", ("Eight", 8, ""), ("15", 15, ""))
    assert remain == [icu, icu]


def test_a_count_said_to_have_risen_past_an_earlier_floor_is_revised():
    floor = _at(
        "More than 40 pupils were taken to hospital, officials said.", "40", 40, qualifier="more_than", speaker=1
    )
    risen = _at("The number of pupils taken to hospital rose to 70, the mayor said.", "70", 70, speaker=2, hours=20)
    assert figure_status([floor, risen]).status == "revised"
    assert figure_status([floor, risen], sides=False).status == "revised"
    # Without a word that it moved, a number above the floor agrees with it.
    above = _at("Seventy pupils were taken to hospital, the mayor said.", "Seventy", 70, speaker=2, hours=20)
    assert figure_status([floor, above]).status == "consistent"


def test_a_crew_is_counted_apart_from_those_it_carries():
    guests, crew = _key(
        "Sixty guests on the river cruiser had fallen ill, the operator said, and 9 crew members were also ill.",
        ("Sixty", 60, "guests"),
        ("9", 9, "crew members"),
    )
    assert guests == ("ill", "") and crew == ("ill crew", "")
    assert _key("The crew union said 25 crew were sick.", ("25", 25, "crew"))[0] == crew


def test_a_sum_named_as_anothers_and_answered_later_in_the_sentence_is_what_the_answer_names():
    whole = "The club rejected the harbour board's estimate of 500,000 euros for the refunds, putting the cost at 900,000 euros."
    first = facts(whole[: whole.index(", putting")], ("500,000", 500_000, "estimate"), unit="EUR")
    second = facts(whole, ("900,000", 900_000, "cost"), unit="EUR")
    (theirs,), (ours,) = article_figure_keys([first, second])
    assert theirs == ours and ours.subject == "cost"
    # A claim that the answer's sentence does not hold keeps its own key.
    apart = facts("The harbour board's estimate of 500,000 euros stands.", ("500,000", 500_000, "estimate"), unit="EUR")
    assert article_figure_keys([apart, second])[0][0].subject != "cost"


def test_a_number_named_only_as_anothers_figure_counts_what_the_number_before_it_counts():
    crew, theirs = _key(
        "The operator said 9 crew members had fallen ill and called the union's figure of 25 exaggerated.",
        ("9", 9, "crew members"),
        ("25", 25, ""),
    )
    assert crew == theirs == ("ill crew", "")


def test_a_count_word_before_a_source_said_after_its_clause_is_not_the_next_clauses():
    died, treated = _key(
        "Four people have died after the smog in Oskova, the health department said on Monday, "
        "and 1,200 people were treated in emergency departments.",
        ("Four", 4, "people"),
        ("1,200", 1200, "people"),
    )
    assert died[0] == "deaths" and treated[0] == "people treated"
    # A source that puts the number itself still answers the count before it.
    _, answer = _key(
        "The caterer said 300 guests had attended the party, but the bride's family put the number of guests at 500.",
        ("300", 300, "guests"),
        ("500", 500, "number of guests"),
    )
    assert answer[0] == "crowd"
