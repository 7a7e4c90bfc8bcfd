"""One quantity in several wordings, and words that look like places but are not: an outbreak's
cases however qualified, a day's possessive, an illness named after someone, and a number whose
claim names only another country. On sentences of our own."""

from datetime import datetime, timezone

import pytest

from claims.matching.figure_keys import figure_keys
from tests.matching.test_figure_events import _figure_of, _report
from tests.matching.test_figure_status import facts


def _key(text, *numbers):
    return [(k.subject, k.scope) if k else None for k in figure_keys(facts(text, *numbers))]


def test_an_outbreaks_cases_are_the_sick_however_qualified():
    sick = _key("The outbreak has sickened 12 people in Ostrava, health officials said.", ("12", 12, "people"))
    cases = _key("Confirmed cases of typhoid in Ostrava reached 19 on Friday.", ("19", 19, "Confirmed cases"))
    named = _key("Typhoid cases in Ostrava rose to 23, officials said.", ("23", 23, "Typhoid cases"))
    assert sick == cases == named == [("ill", "ostrava")]


def test_a_days_possessive_is_a_time_not_a_place():
    assert _key("Nine people were hurt in Sunday's crash on the ring road, police said.", ("Nine", 9, "people")) == [
        ("injured", "")
    ]


def test_an_illness_named_after_someone_is_not_where_it_counts():
    assert _key("Two patients have died in the Weil's disease outbreak, the clinic said.", ("Two", 2, "patients")) == [
        ("deaths", "")
    ]


@pytest.mark.django_db
def test_a_count_whose_claim_names_only_another_country_stays_apart_from_a_third_countrys():
    first = _report(
        "Tainted cheese has made 30 people ill in Austria, the health agency said on Monday.",
        datetime(2025, 10, 6, 9, tzinfo=timezone.utc),
    )
    later = _report(
        "Slovenia's public health institute said on Tuesday it had counted 7 cases.",
        datetime(2025, 10, 7, 9, tzinfo=timezone.utc),
        outlet="Daily B",
    )
    assert _figure_of(first, "30") != _figure_of(later, "7")
    again = _report(
        "Cases in Austria linked to the cheese rose to 41, the health agency said on Wednesday.",
        datetime(2025, 10, 8, 9, tzinfo=timezone.utc),
        outlet="Radio C",
    )
    assert _figure_of(again, "41") == _figure_of(first, "30")


def test_homes_destroying_and_damaging_more_are_two_counts_not_a_change():
    assert _key(
        "The tornado ripped through the county, destroying 80 houses and damaging some 300 more, officials said.",
        ("80", 80, "houses"),
        ("300", 300, "houses"),
    ) == [("homes destroyed", ""), ("homes damaged", "")]
    # The same verb: a change of the count.
    assert _key("Crews found 4 bodies on Monday and found 3 more on Tuesday.", ("4", 4, "bodies"), ("3", 3, "")) == [
        ("deaths", ""),
        ("deaths change", ""),
    ]


def test_an_area_is_counted_by_what_happened_to_it():
    def area(text, *numbers):
        return [k.subject if k else None for k in figure_keys(facts(text, *numbers, unit="hectare"))]

    assert area(
        "Hail flattened 900 hectares of barley and damaged a further 2,000 hectares, the farm union said.",
        ("900", 900, "barley"),
        ("2,000", 2000, "hectares"),
    ) == ["barley destroyed", "barley damaged"]


def test_a_clause_that_goes_on_to_put_a_number_says_nothing_of_who_gave_the_one_before():
    # "... and put the losses at": the growers' union gives both; "vines" is what the first counts.
    text = "The Vine Growers Union said 700 hectares of vines had been destroyed and put the losses at 9 million euros."
    assert figure_keys(facts(text, ("700", 700, "vines"), ("9 million", 9_000_000, "losses"), unit="hectare"))[
        0
    ].subject == ("vine destroyed")


def test_a_name_before_region_or_county_is_the_place():
    assert _key("The Algarve region has recorded 14 cases of the fever, officials said.", ("14", 14, "cases")) == [
        ("ill", "algarve")
    ]
    # A sentence's first word is capitalised whatever it is: "Regional" names no place.
    assert _key("Regional district officials said 48 homes had been destroyed.", ("48", 48, "homes")) == [
        ("homes destroyed", "")
    ]


@pytest.mark.django_db
def test_a_closed_compound_is_a_kind_of_its_last_part():
    from claims.models import Figure

    first = _report(
        "Some 600 beehives were counted in the valley after the frost, the beekeepers' guild said on Monday.",
        datetime(2025, 4, 14, 9, tzinfo=timezone.utc),
    )
    later = _report(
        "The farm ministry said on Monday its inspectors had counted 240 hives in the valley, far fewer than the "
        "beekeepers' guild had reported.",
        datetime(2025, 4, 14, 15, tzinfo=timezone.utc),
        outlet="Daily B",
    )
    figure = _figure_of(later, "240")
    assert figure == _figure_of(first, "600")
    assert Figure.objects.get(pk=figure).status == "disputed"


def test_who_is_left_after_a_release_is_still_held_as_the_missing_are():
    left = _key(
        "The gunmen released nine passengers on Thursday, leaving 22 on board the bus, the army said.",
        ("nine", 9, "passengers"),
        ("22", 22, ""),
    )[1]
    held = _key("Twelve farmers are still held by the gang, police said.", ("Twelve", 12, "farmers"))[0]
    missing = _key("Police said 12 farmers were still missing.", ("12", 12, "farmers"))[0]
    assert left == held == missing == ("missing", "")


def test_a_part_with_a_place_of_its_own_is_that_places_count():
    including = _key(
        "Syria's health ministry said 2,000 people had been treated in hospital, including 600 in Aleppo.",
        ("2,000", 2000, "people"),
        ("600", 600, ""),
    )
    of_them = _key(
        "Some 1,500 people had been treated in hospital by Monday, 450 of them in Aleppo.",
        ("1,500", 1500, "people"),
        ("450", 450, ""),
    )
    assert including[1] == of_them[1] == ("hospitalised", "aleppo")
    # The part's place is no hint of the whole's: Syria is.
    whole = figure_keys(
        facts(
            "Syria's health ministry said 2,000 people had been treated in hospital, including 600 in Aleppo.",
            ("2,000", 2000, "people"),
            ("600", 600, ""),
        )
    )[0]
    assert whole.hint == ("syria",)


def test_how_far_single_items_range_is_no_figure():
    assert _key(
        "The fines ranged from 40 to 900 euros, the court said.", ("40", 40, "fines"), ("900", 900, "fines")
    ) == [None, None]
    # A count that moved from one number to another is still a figure.
    assert _key("The toll rose from 15 to 20, officials said.", ("15", 15, "toll"), ("20", 20, "toll"))[1] == (
        "deaths",
        "",
    )


def test_a_queue_is_a_crowd_and_who_belongs_are_members():
    assert _key("Some 9,000 people queued outside the stadium for tickets.", ("9,000", 9000, "people"))[0][0] == "crowd"
    assert _key("About 5,000 fans lined up along the route, police said.", ("5,000", 5000, "fans"))[0][0] == "crowd"
    belong = _key("More than 30,000 people belong to the cooperative.", ("30,000", 30000, "people"))[0][0]
    members = _key("The cooperative has 31,000 members.", ("31,000", 31000, "members"))[0][0]
    assert belong == members == "member"


def test_what_a_spill_or_a_leak_let_out_is_one_figure_however_said():
    def key(text, written, value, noun, unit):
        return figure_keys(facts(text, (written, value, noun), unit=unit))[0].subject

    assert key("The barge sank, spilling about 90 tonnes of diesel, the port said.", "90", 90, "diesel", "tonne") == (
        "spilled"
    )
    assert key("Some 120 tonnes of fuel had flowed into the harbour.", "120", 120, "fuel", "tonne") == "spilled"
    assert key("The operator said 95 tonnes had leaked.", "95", 95, "tonnes", "tonne") == "spilled"
    # A length oiled by a spill is no amount spilled.
    assert key("Some 8 miles of beach were oiled by the spill.", "8", 8, "beach", "mile") != "spilled"


def test_a_number_said_only_by_its_scale_or_as_a_share_is_no_figure():
    assert _key(
        "Thousands of people marched on Sunday, and a third of them were students.",
        ("Thousands", 1000, "people"),
        ("a third", 0.33, ""),
    ) == [None, None]


def test_who_was_told_to_do_something_is_counted_not_a_giver_of_numbers():
    assert _key("The council will pay the owners of the 9 farms told to burn their crops.", ("9", 9, "farms")) == [
        ("farm", "")
    ]


def test_an_area_in_one_unit_is_one_figure_whatever_the_extractor_says_covers_it():
    def area(text, written, subject):
        return figure_keys(facts(text, (written, int(written), subject), unit="hectare"))[0]

    blaze = area("Firefighters were still tackling the blaze, which covered 14 hectares.", "14", "blaze")
    flames = area("By the evening the flames had covered 21 hectares, the brigade said.", "21", "flames")
    assert blaze is not None and flames is not None
    assert (blaze.subject, blaze.unit) == (flames.subject, flames.unit) == ("", "hectare")


def test_a_cap_on_each_item_is_no_figure():
    capped = facts("Savings of up to 85,000 pounds are protected by the compensation scheme, the regulator said.",
                   ("85,000", 85_000, "Savings"), unit="GBP")
    assert figure_keys(capped) == [None]
    held = facts("Savings of 85,000 pounds were held at the branch, the regulator said.", ("85,000", 85_000, "Savings"), unit="GBP")
    assert figure_keys(held) != [None]
