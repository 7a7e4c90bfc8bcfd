"""Rules the eighteenth figure set's errors prompted, on sentences of our own."""

from dataclasses import replace

from claims.matching.claim_cues import second_source_between
from claims.matching.figure_keys import article_figure_keys, figure_keys
from tests.matching.test_figure_status import facts, reported, status
from tests.matching.test_figure_wordings import _key


def test_who_medics_treated_is_a_count_apart_from_all_of_them():
    treated = _key("Medics treated 52 cyclists for heat stroke on the stage to Lyon.", ("52", 52, "cyclists"))
    passive = _key("Forty climbers were treated for frostbite on the glacier.", ("Forty", 40, "climbers"))
    riders = _key("About 3,000 cyclists set off from Lyon at dawn.", ("3,000", 3000, "cyclists"))
    assert treated[0][0] == passive[0][0].replace("climber", "cyclist") == "cyclist treated"
    assert riders[0][0] == "cyclist"
    # Medics at work beside them, in a clause of their own, treat no count: the riders are still all of them.
    going = _key(
        "About 3,000 cyclists set off from Lyon in the rain, and medics were treating dozens of them for cold.",
        ("3,000", 3000, "cyclists"),
    )
    assert going[0][0] == "cyclist"


def test_what_flies_is_counted_by_whether_it_came_down_or_stayed_up():
    down = _key("Strong winds forced 14 gliders into emergency landings on Sunday.", ("14", 14, "gliders"))
    landed = _key("Eleven gliders landed hard in a field, the club said.", ("Eleven", 11, "gliders"))
    up = _key("About 60 gliders were in the air when the storm hit.", ("60", 60, "gliders"))
    off = _key("Some 60 gliders had taken off by noon.", ("60", 60, "gliders"))
    assert down[0][0] == landed[0][0] == "glider landed"
    assert up[0][0] == off[0][0] == "glider aloft"
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
    budget = (
        "Repairs will cost 9 million dinars, well above its yearly road budget of 4 million dinars, the mayor said."
    )
    assert not second_source_between(budget, budget.index("9 million"), budget.index("4 million"))
    first = replace(reported(310, speaker=1, text=text, claim=5), start=text.index("310"))
    second = replace(reported(450, speaker=1, text=text, claim=5), start=text.index("450"))
    assert status(first, second) == "disputed"


def test_a_share_of_the_cases_in_one_place_is_a_part():
    key = figure_keys(
        facts("The institute said 9 of the salmonella cases were in Malmo.", ("9", 9, "salmonella cases"))
    )[0]
    assert (key.subject, key.scope, key.part) == ("ill", "malmo", True)
    # A place's own count is no part of another's.
    whole = figure_keys(facts("The institute said 9 salmonella cases were in Malmo.", ("9", 9, "salmonella cases")))[0]
    assert (whole.scope, whole.part) == ("malmo", False)


def test_in_the_region_after_a_region_named_kind_first_is_that_region():
    named = facts("Region Skane's health unit said 17 people in the region had fallen ill.", ("17", 17, "people"))
    key = article_figure_keys([named])[0][0]
    assert (key.subject, key.scope) == ("ill", "skane")


def test_a_crew_aboard_is_counted_apart_from_its_passengers():
    both = _key(
        "The ferry caught fire off Gotland with 290 passengers and 41 crew aboard, the coastguard said.",
        ("290", 290, "passengers"),
        ("41", 41, "crew"),
    )
    assert both[0][0] == "aboard" and both[1][0] == "aboard crew"


def test_a_number_that_names_a_marker_or_a_gate_is_no_figure():
    assert figure_keys(facts("The lorry overturned near mile marker 88 on Highway 9.", ("88", 88, "lorry"))) == [None]
    assert figure_keys(facts("Passengers waited at gate 12 for four hours.", ("12", 12, "Passengers"))) == [None]
    # A count after such a word is still a count: "the gates let 4,000 fans in".
    assert figure_keys(facts("The gates let 4,000 fans in.", ("4,000", 4000, "fans")))[0] is not None


def test_a_number_inside_a_relative_clause_counts_what_its_own_clause_says():
    key = _key(
        "Three riders remain in hospital after the race, which 2,400 people started.",
        ("Three", 3, "riders"),
        ("2,400", 2400, "people"),
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
    now = _key("Fifteen children are being treated in hospital in Lille.", ("Fifteen", 15, "children"))
    assert still[0][0] == part[1][0] == now[0][0] == "hospitalised still"


def test_a_number_held_against_another_counts_what_the_first_counts():
    held = _key(
        "The agency stood by its estimate that 400 people were inside, rather than the 250 counted by the club.",
        ("400", 400, "people"),
        ("250", 250, ""),
    )
    assert held == [("people inside", ""), ("people inside", "")]
    text = "The agency stood by its estimate that 400 people were inside, rather than the 250 counted by the club."
    assert second_source_between(text, text.index("400"), text.index("250"))


def test_putting_money_into_something_is_no_source_putting_a_number():
    assert (
        _key("Some 9,000 people had put money into the scheme, the regulator said.", ("9,000", 9000, "people"))[0]
        is not None
    )


def test_moved_off_a_site_is_evacuated():
    assert (
        _key("About 30,000 people were moved off the site overnight.", ("30,000", 30000, "people"))[0][0] == "evacuated"
    )


def test_a_source_holding_to_its_number_answers_an_older_one_from_another():
    said = reported(3_100_000, speaker=1, text="An aid agency said 3.1 million people needed food aid.")
    held = "The government maintained on Tuesday that 2.3 million people needed food aid."
    holding = replace(reported(2_300_000, hours=17, speaker=2, text=held), start=held.index("2.3"))
    assert status(said, holding) == "disputed"
    # Said a day later with no word of holding to it, the lower number is news, not an answer.
    later = "The government said on Tuesday that 2.3 million people needed food aid."
    plain = replace(reported(2_300_000, hours=17, speaker=2, text=later), start=later.index("2.3"))
    assert status(said, plain) == "revised"
