"""Rules the thirteenth and fourteenth figure sets' errors prompted, on sentences of our own."""

from dataclasses import replace

from claims.matching.figure_keys import figure_keys
from claims.matching.status import figure_status
from tests.matching.test_figure_status import facts, reported
from tests.matching.test_figure_wordings import _key


def _in_one_claim(text, *written_values, hours=0, speaker=None, claim=None):
    """The values of one claim, each at its place in the text."""
    return [
        replace(reported(value, text=text, hours=hours, speaker=speaker, claim=claim), start=text.index(written))
        for written, value in written_values
    ]


def test_a_source_saying_its_number_again_beside_anothers_days_later_still_disputes_it():
    first = reported(
        42, speaker=1, text="The flood agency said 42 homes had been washed away in Tarnel.", outlet="Wire A"
    )
    both = _in_one_claim(
        "The agency said again that 42 homes had been lost in Tarnel; the parish council repeated its count of 70.",
        ("42", 42), ("70", 70), hours=50, speaker=1, claim=9301,
    )
    assert figure_status([first, *both]).status == "disputed"


def test_a_number_first_said_days_before_anothers_and_never_again_is_revised():
    first = reported(42, speaker=1, text="The flood agency said 42 homes had been washed away in Tarnel.")
    later = reported(70, hours=50, speaker=2, text="The parish council said 70 homes had been lost in Tarnel.")
    assert figure_status([first, later]).status == "revised"


def test_a_source_repeating_its_number_the_day_another_gives_a_higher_one_disputes_it():
    first = reported(12, speaker=1, text="The port authority said 12 containers had gone overboard.")
    repeat = reported(12, hours=40, speaker=1, text="The port authority again said 12 containers had gone overboard.")
    other = reported(31, hours=42, speaker=2, text="The shipping line said 31 containers had gone overboard.")
    assert figure_status([first, repeat, other]).status == "disputed"


_PICKED_UP = (
    "The coastguard said on Sunday that its boats had picked up 140 swimmers, far more than the organisers had "
    "reported, and that 9 had been taken to hospital."
)


def test_a_rebuttal_in_one_clause_says_nothing_of_the_number_in_the_next():
    first = reported(6, speaker=1, text="The coastguard said 6 swimmers had been taken to hospital.")
    later = _in_one_claim(_PICKED_UP, ("9", 9), hours=20, speaker=1, claim=9302)
    assert figure_status([first, *later]).status == "revised"


def test_a_rebuttal_in_the_numbers_own_clause_still_disputes_an_older_number():
    first = reported(9, speaker=2, text="The organisers said 9 swimmers had been taken to hospital.")
    later = _in_one_claim(
        "The coastguard said 6 swimmers had been taken to hospital, far fewer than the organisers had reported.",
        ("6", 6), hours=20, speaker=1, claim=9303,
    )
    assert figure_status([first, *later]).status == "disputed"


def test_a_number_named_as_another_sources_figure_is_that_sources_even_first_in_its_claim():
    own = reported(900, speaker=1, text="There are more than 900 lorries queuing at the border, said Ana Sousa.")
    text = "Ana Sousa, who heads the hauliers' union, dismissed the customs agency's figure of 450 as wishful."
    answered = replace(reported(450, speaker=1, text=text), start=text.index("450"))
    assert figure_status([own, answered]).status == "disputed"



def test_a_word_of_change_in_another_clause_does_not_make_a_contrast_a_revision():
    text = "The park service repeated that about 150 people had been on the viewing platform when it fell; the landowner said 60."
    values = [
        replace(reported(value, qualifier, text=text, claim=9305, speaker=1), start=text.index(written))
        for written, value, qualifier in (("150", 150, "approximately"), ("60", 60, "exact"))
    ]
    assert figure_status(values).status == "disputed"


def test_a_count_said_to_have_spread_to_more_is_news_not_a_dispute():
    first = reported(3, speaker=1, text="The blaze covered 3 hectares, the forestry office said.")
    later = reported(
        8, hours=5, speaker=2,
        text="The blaze has spread to 8 hectares, the fire brigade said, and 90 firefighters are at the scene.",
    )
    assert figure_status([first, later]).status == "revised"


def test_how_far_something_is_from_a_place_is_no_figure():
    assert _key(
        "The trawler sank about 30 nautical miles off Cape Verran, and its 12 crew were picked up, the coastguard said.",
        ("30", 30, "nautical miles"), ("12", 12, "crew"),
    )[0] is None
    assert _key("The quake struck 14 km north of Osselby.", ("14", 14, "km"))[0] is None
    # A length something covers is still measured.
    assert _key("The spill has fouled 14 km of coastline.", ("14", 14, "km"))[0] is not None


def test_things_someone_means_to_make_are_a_plan_not_how_many_there_are():
    planned = _key("The utility said it would drill 60 new wells this year.", ("60", 60, "new wells"))[0]
    standing = _key("Villagers queue for hours at the district's 25 wells.", ("25", 25, "wells"))[0]
    assert planned is not None and planned[0].endswith("planned") and standing == ("well", "")
    # Things already made are counted as they are.
    assert _key("The utility has drilled 60 wells since May.", ("60", 60, "wells"))[0] == ("well", "")


def test_a_qualifiers_words_say_nothing_of_what_is_counted():
    about = _key("The owner said about 120 guests were inside.", ("120", 120, "guests", "approximately"))
    at_most = _key("The owner again said no more than 120 guests had been inside.", ("120", 120, "guests", "at_most"))
    assert about == at_most


def test_a_subject_whose_head_stands_only_where_the_source_is_named_is_the_source():
    keys = _key(
        "The harbour master, Ivo Marek, said more than 70 had been on the pier when the harbour flooded.",
        ("70", 70, "harbour master", "more_than"),
    )
    assert keys[0] is None or "master" not in keys[0][0]


def test_things_gutted_burned_or_washed_away_are_destroyed():
    destroyed = _key("More than 900 kiosks were destroyed in the Odala fire.", ("900", 900, "kiosks", "more_than"))[0]
    gutted = _key("Some 400 kiosks were gutted in the Odala fire.", ("400", 400, "kiosks", "approximately"))[0]
    burned = _key("The vendors repeated that 900 kiosks had burned in Odala.", ("900", 900, "kiosks"))[0]
    assert destroyed == gutted == burned
    houses = _key("The parish said 48 houses had been washed away in Tarnel.", ("48", 48, "houses"))[0]
    homes = _key("The agency said 30 homes were destroyed in Tarnel.", ("30", 30, "homes"))[0]
    assert houses == homes


def test_people_stung_are_one_count_however_said():
    treated = _key("Some 90 people had been treated for stings by Sunday, the clinic said.", ("90", 90, "people"))[0]
    stung = _key("The ministry said 140 people had been stung by jellyfish.", ("140", 140, "people"))[0]
    assert treated == stung == ("stung", "")


def test_flights_cancelled_and_flights_diverted_are_two_counts():
    cancelled = _key("By noon 18 flights had been cancelled, the airport said.", ("18", 18, "flights"))[0]
    diverted = _key("Another airline said 25 flights were diverted to Cork.", ("25", 25, "flights"))[0]
    assert cancelled[0] == "flight cancelled" and diverted[0] == "flight diverted"


def test_a_country_that_records_a_count_counts_its_own_unless_a_narrower_place_is_named():
    assert _key("Latvia has recorded 31 cases of measles, the health centre said.", ("31", 31, "cases"))[0] == (
        "ill", "latvia"
    )
    assert _key("Latvia has recorded 31 measles cases in Valmira, the health centre said.", ("31", 31, "measles cases"))[
        0
    ][1] == "valmira"


def test_a_number_set_against_a_parts_count_corrects_the_part_not_the_whole():
    keys = _key(
        "The operator said that 210 of the 900 cars aboard the ferry were electric, not the 150 it had given on Monday.",
        ("210", 210, "cars"), ("900", 900, "cars"), ("150", 150, "cars"),
    )
    assert keys[2] == keys[0] != keys[1]


def test_the_number_a_source_had_given_itself_is_its_earlier_report_even_without_as():
    text = "The operator said that 210 of its cars were electric, not the 150 it had given on Monday."
    values = [
        replace(reported(value, text=text, claim=9306, speaker=1, hours=48), start=text.index(written))
        for written, value in (("210", 210), ("150", 150))
    ]
    assert figure_status(values).status == "revised"


def test_what_a_theft_took_is_one_figure_however_said_and_outweighs_its_worth():
    def key(text, written, value, subject):
        return figure_keys(facts(text, (written, value, subject), unit="EUR"))[0].subject

    stolen = key("The exchange said thieves had stolen coins worth about 18 million euros.", "18", 18_000_000, "coins")
    theft = key("An analysis firm put the theft at about 23 million euros.", "23", 23_000_000, "theft")
    worth = key("The paintings were worth 4 million euros, the museum said.", "4", 4_000_000, "paintings")
    assert stolen == theft == "stolen" and worth == "value"


def test_still_in_the_state_counted_is_the_same_count_moving():
    first = _key(
        "About 600 people were stranded in the upper Olvar valley, the agency said.", ("600", 600, "people", "approximately")
    )[0]
    later = _key(
        "Forty people were still stranded in the upper Olvar valley on Wednesday, the agency said.", ("Forty", 40, "people")
    )[0]
    assert first == later


def test_people_taken_to_hospitals_are_in_hospital_but_patients_moved_between_them_are_not():
    taken = _key("Police said 19 people had been taken to hospitals in two cities.", ("19", 19, "people"))[0]
    moved = _key("The clinic said 35 patients had been moved to other hospitals.", ("35", 35, "patients"))[0]
    assert taken[0] == "hospitalised" and moved[0] != "hospitalised"
