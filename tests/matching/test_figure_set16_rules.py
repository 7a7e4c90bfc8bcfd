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
        "Cholera deaths in Ruritania reached 48 this season, the ministry reported, up from 30 by this time last season.",
        ("48", 48, "Cholera deaths"),
        ("30", 30, ""),
    )
    assert this == ("deaths", "ruritania") and last == ("deaths period before", "ruritania")
    # Up from a number said earlier in the same season is the same count.
    earlier = _key(
        "Cholera deaths in Ruritania reached 48, up from 30 on Monday.", ("48", 48, "Cholera deaths"), ("30", 30, "")
    )
    assert earlier == [("deaths", "ruritania")] * 2


def test_a_number_drawn_from_a_whole_named_before_it_is_counted_where_it_says():
    drawn = _key(
        "Of all cholera deaths logged across Ruritania since spring, 40 occurred in Oskova, according to the ministry.",
        ("40", 40, ""),
    )
    assert drawn == [("deaths", "oskova")]
    # With no "of the" before it, the nearest place is still the number's.
    assert _key("Cholera deaths logged across Ruritania reached 40.", ("40", 40, "Cholera deaths")) == [
        ("deaths", "ruritania")
    ]


def test_containers_that_leaked_are_a_count_apart_from_all_that_crashed():
    crashed = _key("Eighteen wagons came off the rails outside Marlow.", ("Eighteen", 18, "wagons"))[0]
    spilled = _key("The operator said 4 tank wagons had spilled diesel.", ("4", 4, "tank wagons"))[0]
    leaked = _key("According to firefighters, nine tank wagons leaked fuel.", ("nine", 9, "tank wagons"))[0]
    assert spilled == leaked == ("wagon leaked", "")
    assert crashed == ("wagon", "")


@pytest.mark.django_db
def test_a_sum_that_says_nothing_of_what_it_is_never_joins_what_each_one_gets():
    each = _report(
        "Ferry travellers overcharged by the port authority are owed 60 euros each, the authority said.",
        datetime(2025, 6, 2, 9, tzinfo=UTC),
    )
    estimate = _report(
        "A consumer group doubted the port authority's estimate of 500,000 euros.",
        datetime(2025, 6, 2, 15, tzinfo=UTC),
        outlet="Daily B",
    )
    assert _figure_of(estimate, "500,000") != _figure_of(each, "60")


def test_a_month_a_verb_is_dated_by_is_no_march():
    ticketed = _key(
        "Around 2,000 cyclists were wrongly ticketed from March onwards, according to the city.",
        ("2,000", 2000, "cyclists"),
    )
    assert ticketed == [("cyclist", "")]
    assert _key("Some 5,000 people marched through Oskova on Sunday.", ("5,000", 5000, "people")) == [
        ("crowd", "oskova")
    ]


def test_a_compound_closing_on_a_word_for_people_names_people():
    flown = _key("Forty schoolchildren were flown to hospital by helicopter.", ("Forty", 40, "schoolchildren"))
    assert flown == [("hospitalised", "")]
    assert _key("Some 90 townspeople were evacuated overnight.", ("90", 90, "townspeople")) == [("evacuated", "")]


def test_who_lies_in_intensive_care_is_in_hospital_and_badly():
    text = "Clinics treated 700 people for smoke inhalation, the agency reported, and 11 were in intensive care."
    treated, icu = _key(text, ("700", 700, "people"), ("11", 11, "agency"))
    assert icu == ("hospitalised seriously", "") != treated
    assert _key("Six patients are still in intensive care, officials said.", ("Six", 6, "patients")) == [icu]


def test_a_count_said_to_have_risen_past_an_earlier_floor_is_revised():
    floor = _at(
        "At least 35 campers needed hospital treatment, rangers said.", "35", 35, qualifier="at_least", speaker=1
    )
    risen = _at(
        "The number of campers needing hospital care rose to 52, the park service said.", "52", 52, speaker=2, hours=20
    )
    assert figure_status([floor, risen]).status == "revised"
    assert figure_status([floor, risen], sides=False).status == "revised"
    # Without a word that it moved, a number above the floor agrees with it.
    above = _at(
        "Fifty-two campers needed hospital treatment, the park service said.", "Fifty-two", 52, speaker=2, hours=20
    )
    assert figure_status([floor, above]).status == "consistent"


def test_a_crew_is_counted_apart_from_those_it_carries():
    travellers, crew = _key(
        "Norovirus sickened 60 holidaymakers aboard the liner, the line said, and 9 crewmen were ill too.",
        ("60", 60, "holidaymakers"),
        ("9", 9, "crewmen"),
    )
    assert travellers == ("ill", "") and crew == ("ill crew", "")
    assert _key("According to a seafarers' union, 25 crew are sick.", ("25", 25, "crew"))[0] == crew


def test_a_sum_named_as_anothers_and_answered_later_in_the_sentence_is_what_the_answer_names():
    whole = "A taxpayers' group attacked the ministry's estimate of 500,000 euros, putting the dredging bill at 900,000 euros."
    first = facts(whole[: whole.index(", putting")], ("500,000", 500_000, "estimate"), unit="EUR")
    second = facts(whole, ("900,000", 900_000, "dredging bill"), unit="EUR")
    (theirs,), (ours,) = article_figure_keys([first, second])
    assert theirs == ours and ours.subject == "cost"
    # A claim that the answer's sentence does not hold keeps its own key.
    apart = facts("The ministry's estimate of 500,000 euros stands.", ("500,000", 500_000, "estimate"), unit="EUR")
    assert article_figure_keys([apart, second])[0][0].subject != "cost"


def test_a_number_named_only_as_anothers_figure_counts_what_the_number_before_it_counts():
    crew, theirs = _key(
        "The ferry firm said 9 crew members were sick and branded the union's figure of 25 false.",
        ("9", 9, "crew members"),
        ("25", 25, ""),
    )
    assert crew == theirs == ("ill crew", "")


def test_a_count_word_before_a_source_said_after_its_clause_is_not_the_next_clauses():
    died, slept = _key(
        "Three walkers died on the ridge above Oskova, mountain police reported late on Sunday, "
        "and 400 people slept in sports halls.",
        ("Three", 3, "walkers"),
        ("400", 400, "people"),
    )
    assert died[0] == "deaths" and slept[0] == "people slept"
    # A source that puts the number itself still answers the count before it.
    _, answer = _key(
        "Organisers said 300 fans had attended the concert, but the venue put the number of fans at 500.",
        ("300", 300, "fans"),
        ("500", 500, "number of fans"),
    )
    assert answer[0] == "crowd"
