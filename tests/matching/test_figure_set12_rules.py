"""Rules the twelfth figure set's errors prompted, on sentences of our own: a source correcting its
own earlier number, "final" as a count's word and not a match's, and what a hall may hold by licence."""

from dataclasses import replace

from claims.matching.figure_keys import figure_keys
from claims.matching.status import figure_status
from tests.matching.test_figure_status import facts, reported
from tests.matching.test_figure_wordings import _key


def test_a_source_correcting_its_own_earlier_number_revises_it_whoever_first_printed_it():
    first = reported(80_000, outlet="Wire A", text="The tax office said 80,000 refund letters had been sent in error.")
    correction = reported(
        52_000,
        hours=5,
        outlet="Daily B",
        text="The revenue agency said 52,000 refund letters had been sent in error, not 80,000 as it had said earlier.",
    )
    assert figure_status([first, correction]).status == "revised"


def test_another_source_setting_its_number_against_the_first_still_disputes_it():
    first = reported(80_000, outlet="Wire A", text="The tax office said 80,000 refund letters had been sent in error.")
    other = reported(52_000, hours=5, outlet="Daily B", text="A taxpayers' group said 52,000 letters had gone out.")
    assert figure_status([first, other]).status == "disputed"


def test_a_match_called_the_final_is_no_update_of_a_count():
    text = "The club that hosted the cup final said 8,000 fans had come, while police put the crowd at 12,000."
    values = [
        replace(reported(value, text=text, claim=901), start=text.index(written))
        for value, written in ((8_000, "8,000"), (12_000, "12,000"))
    ]
    assert figure_status(values).status == "disputed"


def test_the_final_toll_still_updates_a_count():
    assert (
        figure_status(
            [
                reported(30, speaker=1),
                reported(41, hours=2, speaker=2, text="The final toll was 41, the agency said."),
            ]
        ).status
        == "revised"
    )


def test_what_a_hall_may_hold_by_licence_is_its_capacity_not_who_came():
    keys = _key(
        "About 900 people were inside the hall, which is licensed for 600.",
        ("900", 900, "people"),
        ("600", 600, "hall"),
    )
    assert keys[1] is not None and keys[1][0].endswith("capacity") and keys[0] != keys[1]


def test_the_whole_a_part_is_drawn_from_is_another_figure_and_what_happens_is_the_parts():
    keys = _key(
        "The union said 600 of the mill's 2,400 workers could lose their jobs.",
        ("600", 600, "workers"),
        ("2,400", 2400, "workers"),
    )
    assert keys[0][0] == "job" and keys[1][0] == "worker in all"


def test_a_part_said_of_nothing_else_stays_a_part_of_its_whole():
    keys = _key("Inspectors visited 40 of the county's 310 schools.", ("40", 40, "schools"), ("310", 310, "schools"))
    assert keys == [("school among them", ""), ("school in all", "")]


def test_the_whole_keeps_what_its_own_words_say_happened_to_it():
    keys = _key(
        "Police freed 8 of the 20 people detained after the match.",
        ("8", 8, ""),
        ("20", 20, "people"),
    )
    assert keys[1][0] == "arrested"


def test_things_closed_are_counted_apart_from_how_many_there_are_however_said():
    closing = _key("The chain will close 12 shops next year.", ("12", 12, "shops"))
    to_close = _key("Staff were told at the 12 shops that are to close.", ("12", 12, "shops"))
    shut = _key("Twelve shops were shut on Friday.", ("Twelve", 12, "shops"))
    runs = _key("The chain runs 140 shops.", ("140", 140, "shops"))
    assert closing == to_close == shut == [("shop closed", "")]
    assert runs == [("shop", "")]


def test_a_number_in_words_counts_the_noun_right_after_it_however_the_parser_hangs_it():
    assert _key("Twenty-two shops were shut on Friday.", ("Twenty-two", 22, "shops")) == [("shop closed", "")]


def test_a_place_between_a_whole_and_its_part_is_the_wholes():
    keys = _key(
        "The agency said that 52 cattle had tested positive for the disease in Denmark, 19 of them in Jutland.",
        ("52", 52, "cattle"),
        ("19", 19, "cattle"),
    )
    assert keys[0] == ("cattle", "denmark") and keys[1][1] == "jutland"


def test_a_part_of_the_same_family_with_no_place_of_its_own_stays_a_part():
    keys = _key(
        "The coastguard said the ferry was carrying 46 travellers off the coast of Norway, 3 of them carrying no papers.",
        ("46", 46, "travellers"),
        ("3", 3, ""),
    )
    assert keys[1][0].endswith("among them") and keys[0][0] != keys[1][0]


def _in_one_story(value, *, speaker=None, claim=None):
    return reported(value, speaker=speaker, outlet="Wire A", claim=claim)


def test_a_storys_own_voice_beside_a_source_it_quotes_tells_two_counts_not_a_dispute():
    quoted = _in_one_story(14, speaker=5)
    own = _in_one_story(300)
    assert figure_status([quoted, own]).status != "disputed"


def test_two_sources_quoted_in_one_story_still_dispute():
    assert figure_status([_in_one_story(14, speaker=5), _in_one_story(30, speaker=6)]).status == "disputed"


def test_the_storys_own_voice_against_another_outlet_still_disputes():
    own = _in_one_story(300)
    other = reported(140, hours=2, outlet="Daily B", speaker=6)
    assert figure_status([own, other]).status == "disputed"


def test_machines_that_end_like_doers_are_counted_as_things_not_as_a_crowd():
    keys = _key(
        "About 800 tractors rolled into the capital for the protest, the organisers said.", ("800", 800, "tractors")
    )
    assert keys == [("tractor", "")]


def test_people_bitten_are_one_count_however_said():
    bit = _key("A fox bit 6 people in the park on Sunday, rangers said.", ("6", 6, "people"))
    treated = _key("Nine people have been treated for bites since Sunday, the clinic said.", ("Nine", 9, "people"))
    rose = _key("The number of people bitten by the fox rose to 12.", ("12", 12, "number of people"))
    among = _key("A boy died on Friday, the first death among the 12 people bitten.", ("12", 12, "people"))
    assert bit == treated == rose == among == [("bitten", "")]


def test_a_bit_is_no_bite():
    assert _key("Prices rose a bit more than 20% this year.", ("20", 20, "prices"))[0] != ("bitten", "")


def test_a_queue_that_stretched_for_some_distance_is_a_length_as_one_that_was_so_long():
    stretched = figure_keys(
        facts("The tailback stretched for 25 kilometres on Friday.", ("25", 25, "kilometres"), unit="km")
    )
    long = figure_keys(facts("Hauliers said it was nearly 35 kilometres long.", ("35", 35, "length"), unit="km"))
    assert stretched[0].subject == long[0].subject == "length"


def test_who_is_still_inside_and_who_remained_inside_are_one_count():
    still = _key("Firefighters said 60 residents were still inside the tower at noon.", ("60", 60, "residents"))
    remained = _key("Only 9 residents remained inside the tower by evening.", ("9", 9, "residents"))
    assert still == remained == [("resident still", "")]


def test_what_the_verb_says_outweighs_the_nouns_own_words():
    assert _key("Five people hurt in the crash remained in hospital on Friday.", ("Five", 5, "people")) == [
        ("hospitalised still", "")
    ]
    assert _key("Two people injured in the crash died in hospital.", ("Two", 2, "people")) == [("deaths", "")]


def test_the_whole_a_clause_is_about_keeps_its_own_words_not_the_parts_verb():
    keys = _key("Of the 30 people injured, 7 were still in hospital.", ("30", 30, "people"), ("7", 7, "people"))
    assert keys == [("injured", ""), ("hospitalised still", "")]


def test_some_of_the_dead_are_a_part_of_the_dead():
    assert _key("Three of the dead were pilgrims, the embassy said.", ("Three", 3, "dead")) == [
        ("deaths among them", "")
    ]


def test_a_sum_the_extractor_calls_only_an_estimate_counts_what_the_estimate_is_of():
    text = "The administrator raised its estimate of the group's debts to 90 million euros, up from 60 million euros."
    keys = figure_keys(
        facts(text, ("90 million", 90_000_000, "estimate"), ("60 million", 60_000_000, "estimate"), unit="EUR")
    )
    assert [k.subject for k in keys] == ["debt", "debt"]


def test_a_state_named_by_its_countrys_adjective_is_the_name_after_of():
    assert _key("Floods killed 12 people across the Indian state of Assam on Monday.", ("12", 12, "people")) == [
        ("deaths", "assam")
    ]


def test_a_capital_named_by_its_countrys_adjective_is_no_place_of_the_adjective():
    assert _key("A gas leak killed 4 people in the Kenyan capital on Monday.", ("4", 4, "people")) == [("deaths", "")]


def test_people_packed_into_a_hall_are_its_crowd():
    packed = _key("Police said 7,000 people had packed into the arena.", ("7,000", 7000, "people"))
    crowd = _key("Organisers put the crowd at 6,000.", ("6,000", 6000, "crowd"))
    assert packed == crowd == [("crowd", "")]


def test_homes_left_out_of_a_restoration_are_still_without_it():
    still = _key(
        "Power was restored to most of the city, but 12,000 homes were still without it.", ("12,000", 12000, "homes")
    )
    all_but = _key("Electricity was restored to all but 800 homes by Friday.", ("800", 800, "homes"))
    restored = _key("Electricity was restored to 5,000 homes by Friday.", ("5,000", 5000, "homes"))
    assert still == all_but == [("homes without power", "")]
    assert restored == [("homes power restored", "")]


def test_people_made_to_leave_are_evacuated():
    had_to = _key("Some 4,000 people have had to leave because of the fire.", ("4,000", 4000, "people"))
    ordered = _key("About 900 residents were ordered to leave on Sunday.", ("900", 900, "residents"))
    assert had_to == ordered == [("evacuated", "")]


def test_a_whole_named_far_from_a_number_is_not_what_it_counts():
    far = figure_keys(
        facts(
            "Farmers drove 900 tractors into the city on Monday to protest against falling prices and a planned "
            "trade deal with other countries, police said.",
            ("900", 900, "tractors"),
        )
    )
    near = figure_keys(facts("Floods have killed 40 people across the region, the agency said.", ("40", 40, "people")))
    assert not far[0].whole and near[0].whole


def test_a_whole_said_before_a_part_is_the_wholes():
    keys = figure_keys(
        facts(
            "The ministry said 310 cases were now confirmed nationwide, 200 of them in the capital.",
            ("310", 310, "cases"),
            ("200", 200, "cases"),
        )
    )
    assert keys[0].whole and not keys[1].whole


def test_officers_a_pronoun_stands_for_are_counted_apart_as_police_however_said():
    whom = _key("Protesters threw bottles at officers, six of whom were hurt.", ("six", 6, "officers"))
    named = _key("Six officers were injured, police said.", ("Six", 6, "officers"))
    assert whom == named == [("injured police", "")]


def test_who_counted_says_nothing_of_what_was_counted():
    found = _key("Volunteers found 300 people sleeping outside on Tuesday night.", ("300", 300, "people"))
    said = _key("The charity said 450 people were sleeping outside.", ("450", 450, "people"))
    assert found == said == [("people sleeping", "")]


def test_a_mass_before_a_noun_is_that_things_weight():
    before = figure_keys(facts("Sappers removed the 250 kg mine on Friday.", ("250", 250, "kg mine"), unit="kg"))
    weighing = figure_keys(
        facts("The mine, weighing 250 kilograms, was found on Monday.", ("250", 250, "weight"), unit="kg")
    )
    assert before[0].subject == weighing[0].subject == "weight"


def test_what_each_one_gets_is_one_figure_however_said():
    def key(text, written, value, subject):
        return [(k.subject, k.scope) for k in figure_keys(facts(text, (written, value, subject), unit="EUR"))]

    pay = key("The airline said it would pay each of them 250 euros.", "250", 250, "payment")
    receive = key("Each passenger will receive 250 euros, the airline confirmed.", "250", 250, "receipts")
    announced = key("The mayor announced 250 euros for each family.", "250", 250, "")
    assert pay == receive == announced == [("sum to each", "")]


def test_people_on_a_vessel_named_after_them_were_aboard():
    on = _key("Most of the 300 passengers on the ferry were tourists.", ("300", 300, "passengers"))
    aboard = _key("The ferry had 300 passengers aboard when it ran aground.", ("300", 300, "passengers"))
    assert on == aboard == [("aboard", "")]
