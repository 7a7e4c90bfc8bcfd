"""Rules the eighteenth figure set's errors prompted, on sentences of our own."""

from dataclasses import replace

from claims.matching.claim_cues import second_source_between
from claims.matching.figure_keys import article_figure_keys, figure_keys
from tests.matching.test_figure_status import facts, reported, status
from tests.matching.test_figure_wordings import _key


def test_who_medics_treated_is_a_count_apart_from_all_of_them():
    treated = _key("The team doctors treated 52 cyclists after the crash on the descent.", ("52", 52, "cyclists"))
    passive = _key("Forty climbers were treated for frostbite on the glacier.", ("Forty", 40, "climbers"))
    riders = _key("Some 3,000 cyclists rode in the sportive.", ("3,000", 3000, "cyclists"))
    assert treated[0][0] == passive[0][0].replace("climber", "cyclist") == "cyclist treated"
    assert riders[0][0] == "cyclist"
    # Medics at work beside them, in a clause of their own, treat no count: the riders are still all of them.
    going = _key(
        "Some 3,000 cyclists rode in the sportive, and medics were treating dozens of them for cramp.",
        ("3,000", 3000, "cyclists"),
    )
    assert going[0][0] == "cyclist"


def test_what_flies_is_counted_by_whether_it_came_down_or_stayed_up():
    down = _key("Fourteen drones landed in a car park after the signal failed.", ("Fourteen", 14, "drones"))
    landed = _key("Eleven gliders landed hard in a field, the club said.", ("Eleven", 11, "gliders"))
    up = _key("Forty drones were still airborne over the lake.", ("Forty", 40, "drones"))
    off = _key("Forty gliders took off from the club's field before the front arrived.", ("Forty", 40, "gliders"))
    assert landed[0][0] == "glider landed" and down[0][0] == "drone landed"
    assert up[0][0] == "drone aloft" and off[0][0] == "glider aloft"
    # Things that do not fly keep their own words: buses taken off the road are no buses aloft.
    assert "aloft" not in _key("Some 60 buses were taken off the road.", ("60", 60, "buses"))[0][0]


def test_a_country_is_not_the_body_named_after_it():
    union = replace(reported(9_000, speaker=1, text="x"), speaker_name="Kenya Medical Association")
    agency = replace(reported(6_500, hours=5, speaker=2, text="y"), speaker_name="Kenya")
    assert status(union, agency) == "disputed"
    # A short name that is not a country's still stands for the one longer name it starts.
    rail = replace(reported(7_400, speaker=3, text="x"), speaker_name="Norrland Rail")
    short = replace(reported(6_900, hours=6, speaker=4, text="y"), speaker_name="Norrland")
    assert status(rail, short) == "revised"


def test_a_number_below_or_above_another_sources_is_that_sources():
    text = "The port authority stood by its count of 310 ships, well below the dockers' union's 450."
    assert second_source_between(text, text.index("310"), text.index("450"))
    above = "The club counted 1,200 members, far above the league's 800."
    assert second_source_between(above, above.index("1,200"), above.index("800"))
    # Above or below a number no one else gives is no second source.
    budget = "The new stand cost 9 million dinars, well above the 4 million dinars the club had planned on."
    assert not second_source_between(budget, budget.index("9 million"), budget.index("4 million"))
    first = replace(reported(310, speaker=1, text=text, claim=5), start=text.index("310"))
    second = replace(reported(450, speaker=1, text=text, claim=5), start=text.index("450"))
    assert status(first, second) == "disputed"


def test_a_share_of_the_cases_in_one_place_is_a_part():
    key = figure_keys(
        facts("Nine of the salmonella cases were found in Malmo, the institute said.", ("Nine", 9, "salmonella cases"))
    )[0]
    assert (key.subject, key.scope, key.part) == ("ill", "malmo", True)
    # A place's own count is no part of another's.
    whole = figure_keys(facts("Nine salmonella cases were found in Malmo.", ("Nine", 9, "salmonella cases")))[0]
    assert (whole.scope, whole.part) == ("malmo", False)


def test_in_the_region_after_a_region_named_kind_first_is_that_region():
    named = facts(
        "Region Skane's doctors have counted 17 salmonella cases in the region.", ("17", 17, "salmonella cases")
    )
    key = article_figure_keys([named])[0][0]
    assert (key.subject, key.scope) == ("ill", "skane")


def test_a_crew_aboard_is_counted_apart_from_its_passengers():
    both = _key(
        "The cruise ship docked in Bergen with 1,900 passengers and 640 crew aboard, the port said.",
        ("1,900", 1900, "passengers"),
        ("640", 640, "crew"),
    )
    assert both[1][0] == "aboard crew" and both[0][0] != "aboard crew"


def test_a_number_that_names_a_marker_or_a_gate_is_no_figure():
    assert figure_keys(facts("The coach broke down at junction 14 of the ring road.", ("14", 14, "coach"))) == [None]
    assert figure_keys(facts("Passengers waited at gate 12 for four hours.", ("12", 12, "Passengers"))) == [None]
    # A count after such a word is still a count: "the gates let 4,000 fans in".
    assert figure_keys(facts("The gates let 4,000 fans in.", ("4,000", 4000, "fans")))[0] is not None


def test_a_number_inside_a_relative_clause_counts_what_its_own_clause_says():
    key = _key(
        "Three riders remain in hospital after the stage, which 180 people finished.",
        ("Three", 3, "riders"),
        ("180", 180, "people"),
    )
    assert key[0][0] == "hospitalised still" and not key[1][0].startswith("hospitalised")


def test_a_source_holding_to_its_number_against_a_bare_not_disputes_it():
    text = "The port authority repeated that 640 boats had been damaged, not 900."
    assert second_source_between(text, text.index("640"), text.index("900"))
    first = replace(reported(640, speaker=1, text=text, claim=9), start=text.index("640"))
    second = replace(reported(900, speaker=1, text=text, claim=9), start=text.index("900"))
    assert status(first, second) == "disputed"
    # Said without holding to it, "not 900" may be the source's own correction: left as one report.
    plain = "The port authority said 640 boats had been damaged, not 900."
    assert not second_source_between(plain, plain.index("640"), plain.index("900"))


def test_who_lies_in_hospital_now_is_apart_from_who_was_taken_there():
    taken = _key("Twenty-two anglers were taken to hospital, the coastguard said.", ("Twenty-two", 22, "anglers"))
    treated = _key("Thirty people have been treated in hospital, the clinic said.", ("Thirty", 30, "people"))
    assert taken[0][0] == treated[0][0] == "hospitalised"
    still = _key("Nine anglers remain in hospital, the coastguard said.", ("Nine", 9, "anglers"))
    part = _key(
        "Forty people were hurt, and six of them are still in hospital.", ("Forty", 40, "people"), ("six", 6, "them")
    )
    now = _key("Fifteen pupils are being treated in hospital in Lille, the prefecture said.", ("Fifteen", 15, "pupils"))
    assert still[0][0] == part[1][0] == now[0][0] == "hospitalised still"


def test_a_number_held_against_another_counts_what_the_first_counts():
    text = "The owners insisted that 70 people had been rescued, rather than the 55 the coastguard counted."
    assert _key(text, ("70", 70, "people"), ("55", 55, "")) == [("rescued", ""), ("rescued", "")]
    assert second_source_between(text, text.index("70"), text.index("55"))
    # A word for a count is no word for what is counted: the verb after the number says it.
    estimate = _key("The club stood by its estimate that 3,000 fans were inside.", ("3,000", 3000, "fans"))
    assert estimate[0][0] == "fan inside"


def test_putting_money_into_something_is_no_source_putting_a_number():
    assert (
        _key("About 9,000 savers had put money into the fund, the regulator said.", ("9,000", 9000, "savers"))[0]
        is not None
    )


def test_moved_off_a_site_is_evacuated():
    assert (
        _key("About 2,000 people were moved off the beach overnight.", ("2,000", 2000, "people"))[0][0] == "evacuated"
    )


def test_a_source_holding_to_its_number_answers_an_older_one_from_another():
    said = reported(12_000, speaker=1, text="A fans' group said 12,000 fans had attended the final.")
    held = "The league insisted on Friday that 9,000 fans had attended the final."
    holding = replace(reported(9_000, hours=17, speaker=2, text=held), start=held.index("9,000"))
    assert status(said, holding) == "disputed"
    # Said a day later with no word of holding to it, the lower number is news, not an answer.
    later = "The league said on Friday that 9,000 fans had attended the final."
    plain = replace(reported(9_000, hours=17, speaker=2, text=later), start=later.index("9,000"))
    assert status(said, plain) == "revised"


def test_helped_out_is_evacuated_and_a_daily_crossing_is_a_rate():
    assert _key("Firefighters helped 650 commuters out, the city said.", ("650", 650, "commuters"))[0][0] == "evacuated"
    daily = _key("Some 9,000 cars cross the pass each day.", ("9,000", 9000, "cars"))
    assert daily[0][0] == "car per day"
