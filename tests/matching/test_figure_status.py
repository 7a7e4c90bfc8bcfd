"""A figure's status: consistent, revised or disputed (claims.matching.status), and which
numbers are no figure at all (claims.matching.no_figure), on values of our own."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from claims.matching.facts import ClaimFacts, QuantityFacts
from claims.matching.figure_keys import FigureKey, figure_keys
from claims.matching.status import ReportedValue, figure_status

MONDAY = datetime(2025, 3, 10, 9, tzinfo=timezone.utc)
_claims = iter(range(1, 10_000))


def reported(value, qualifier="exact", *, hours=0, speaker=None, outlet="Wire A", text="", claim=None):
    return ReportedValue(
        value=Decimal(value), qualifier=qualifier, reported_at=MONDAY + timedelta(hours=hours),
        claim_id=claim or next(_claims), speaker_id=speaker, outlet=outlet, claim_text=text,
    )


def status(*values):
    return figure_status(values).status


def test_a_toll_that_rises_day_by_day_is_revised_never_disputed():
    assert status(reported(8, outlet="Wire A"), reported(15, hours=24, outlet="Daily B"),
                  reported(21, hours=48, outlet="Coast Radio")) == "revised"


def test_two_sources_apart_on_the_same_day_are_disputed():
    assessment = figure_status([reported(2_000_000_000, speaker=1), reported(3_500_000_000, hours=4, speaker=2)])
    assert assessment.status == "disputed" and assessment.disputed == {0, 1}


def test_qualifiers_count_at_least_38000_agrees_with_40000():
    assert status(reported(38000, "at_least", speaker=1), reported(40000, hours=1, speaker=2)) == "consistent"
    assert status(reported(23000, "approximately", speaker=1), reported(24500, hours=1, speaker=2)) == "consistent"
    assert status(reported(20000, "more_than", speaker=1), reported(15000, hours=1, speaker=2)) == "disputed"


def test_one_source_repeated_by_ten_outlets_is_one_report():
    values = [reported(37, speaker=7, outlet=f"Outlet {i}", hours=i) for i in range(10)]
    assessment = figure_status([*values, reported(52, speaker=8, hours=2)])
    assert assessment.reports == 2
    assert assessment.status == "disputed"


def test_a_source_updating_its_own_number_the_same_day_is_a_revision():
    assert status(reported(120, speaker=3), reported(340, hours=10, speaker=3)) == "revised"


def test_a_later_number_said_to_have_risen_is_a_revision_even_within_hours():
    assert status(reported(15, speaker=1), reported(19, hours=3, speaker=2, text="The toll rose to 19, officials said.")) == (
        "revised"
    )


def test_a_rise_that_goes_down_is_no_revision():
    assert status(reported(15, speaker=1), reported(9, hours=3, speaker=2, text="The toll rose to 9, officials said.")) == (
        "disputed"
    )


def test_the_two_ends_of_one_range_never_dispute_each_other():
    assert status(reported(2000, claim=500), reported(3000, claim=500)) == "consistent"
    # ... and the range as a whole agrees with a value inside it.
    assert status(reported(2000, claim=501), reported(3000, claim=501), reported(2500, hours=1, speaker=9)) == "consistent"


def facts(text, *numbers, unit=""):
    """ClaimFacts for text with (number as written, value, subject[, qualifier]) quantities."""
    quantities, cursor = [], 0
    for written, value, subject, *qualifier in numbers:
        start = text.index(written, cursor)
        cursor = start + len(written)
        quantities.append(QuantityFacts(value=Decimal(value), qualifier=(qualifier or ["exact"])[0], subject=subject,
                                        unit=unit, start=start, end=cursor))
    return ClaimFacts(text=text, quantities=tuple(quantities))


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Rain fell for four hours before the river burst its banks.", [("four", 4, "hours")]),
        ("Unions called a 48-hour strike for next week.", [("48", 48, "hour")]),
        ("The quake struck at 3 a.m. on Friday.", [("3", 3, "")]),
        ("The 54-year-old minister defended the estimate.", [("54", 54, "year")]),
        ("Justice Elena Ruiz, 61, wrote the dissent.", [("61", 61, "")]),
        ("An injured diver, 52, was flown to Bergen.", [("52", 52, "diver")]),
        ("The Supreme Court ruled 5-4 that the map was lawful.", [("5", 5, "ruling"), ("4", 4, "ruling")]),
        ("The law passed by 176 votes to 170 in March.", [("176", 176, "votes"), ("170", 170, "law")]),
        ("It was the 3rd storm this winter.", [("3rd", 3, "storm")]),
        ("The victims were aged between 4 and 80.", [("4", 4, "victims"), ("80", 80, "victims")]),
        ('"One house, two houses, ten houses, each one is a family," he said.',
         [("One", 1, "house"), ("two", 2, "houses"), ("ten", 10, "houses")]),
    ],
)
def test_durations_times_ages_votes_ordinals_and_series_are_no_figure(text, numbers):
    assert figure_keys(facts(text, *numbers)) == [None] * len(numbers)


def test_a_count_between_commas_after_a_noun_is_still_a_figure():
    # Not an age: too big for one, or no comma after it.
    [crowd] = figure_keys(facts("Police said the marchers, 3,000, filled the square.", ("3,000", 3000, "marchers")))
    [hurt] = figure_keys(facts("Of the passengers, 40 were hurt in the crash.", ("40", 40, "passengers")))
    assert crowd is not None and hurt is not None


def test_different_wordings_of_a_toll_are_one_subject_and_places_stay_apart():
    keys = [
        figure_keys(facts("The death toll from the floods in northern Portugal rose to 15.", ("15", 15, "death toll")))[0],
        figure_keys(facts("The number of people killed in northern Portugal stood at 15.", ("15", 15, "number")))[0],
        figure_keys(facts("Floods in northern Portugal have now killed 21 people.", ("21", 21, "people")))[0],
    ]
    assert keys == [FigureKey("deaths", "portugal", "")] * 3
    [lima] = figure_keys(facts("Deaths in Ponte de Lima alone reached 9.", ("9", 9, "Deaths")))
    assert lima == FigureKey("deaths", "ponte de lima", "")


def test_homes_destroyed_and_homes_without_power_are_two_figures():
    [destroyed] = figure_keys(facts("Governor Rui Matos said 37 homes had been destroyed.", ("37", 37, "homes")))
    [dark] = figure_keys(facts("About 40,000 homes were without power.", ("40,000", 40000, "homes", "approximately")))
    assert destroyed.subject == "homes destroyed" and dark.subject == "homes without power"


def test_a_place_after_a_comma_is_not_the_scope_of_a_number_before_it():
    [damage] = figure_keys(facts(
        "Storm Aoife caused 2 billion euros of damage across Ireland, Finance Minister Paschal Byrne said.",
        ("2 billion", 2_000_000_000, "damage"),
    ))
    assert damage.scope == "ireland"


def test_the_quick_status_of_matching_is_the_full_one():
    import random

    rng = random.Random(12)
    for _ in range(300):
        values = [
            reported(rng.choice([8, 15, 21, 37, 52]), rng.choice(["exact", "at_least", "approximately"]),
                     hours=rng.choice([0, 3, 11, 13, 30]), speaker=rng.choice([None, 1, 2]),
                     outlet=rng.choice(["A", "B"]), text=rng.choice(["", "It rose to that.", "The latest count."]),
                     claim=rng.choice([None, 900]))
            for _ in range(rng.randint(1, 6))
        ]
        assert figure_status(values, sides=False).status == figure_status(values).status, values


def test_insured_losses_are_not_the_cost_of_the_damage():
    [insured] = figure_keys(facts("Insurers put insured losses at 2 billion euros.", ("2 billion", 2e9, "losses"), unit="EUR"))
    [damage] = figure_keys(facts("The storm caused 5 billion euros of damage.", ("5 billion", 5e9, "damage"), unit="EUR"))
    assert insured.subject == "insured losses" and damage.subject == "cost"


def test_a_word_like_new_in_a_name_is_no_update():
    assert status(reported(2, speaker=1), reported(3, hours=2, speaker=2, text="New York officials said 3.")) == "disputed"


def test_two_sources_in_one_sentence_are_two_reports_and_can_dispute():
    text = "The port authority said 64 containers were lost overboard, while the shipping line put the number at 29."
    one_claim = [
        reported(64, speaker=5, text=text, claim=700),
        reported(29, speaker=5, text=text, claim=700),
    ]
    one_claim = [replace(one_claim[0], start=text.index("64")), replace(one_claim[1], start=text.index("29"))]
    assessment = figure_status(one_claim)
    assert assessment.status == "disputed" and assessment.reports == 2
    # A range in one sentence stays one report.
    text = "Between 300 and 450 containers were lost overboard, the port authority said."
    a_range = [replace(reported(300, claim=701, text=text), start=text.index("300")),
               replace(reported(450, claim=701, text=text), start=text.index("450"))]
    assert figure_status(a_range).status == "consistent"


def test_a_number_called_provisional_is_superseded_not_disputed():
    early = reported(41, speaker=1, text="Partial returns put turnout in the referendum at 41%, officials said.")
    assert status(early, reported(47, hours=5, speaker=2, text="Turnout was 47%, the electoral board said.")) == "revised"
    firm = reported(41, speaker=1, text="Turnout in the referendum was 41%, officials said.")
    assert status(firm, reported(47, hours=5, speaker=2, text="Turnout was 47%, the electoral board said.")) == "disputed"


def test_a_short_name_for_a_speaker_in_the_figure_is_that_speaker():
    board = reported(41, speaker=1, text="x")
    board = replace(board, speaker_name="the national electoral board")
    short = replace(reported(47, hours=3, speaker=2, text="y"), speaker_name="the board")
    assert status(board, short) == "revised"  # one source updating its number
    other = replace(reported(47, hours=3, speaker=3, text="y"), speaker_name="the opposition")
    assert status(board, other) == "disputed"


def test_one_name_in_two_articles_and_the_start_of_a_longer_name_are_one_source():
    morning = replace(reported(250_000, speaker=1, text="x"), speaker_name="Vattenfall")
    noon = replace(reported(90_000, hours=5, speaker=2, text="y"), speaker_name="Vattenfall")
    assert status(morning, noon) == "revised"  # two speaker rows, one utility updating its count
    full = replace(reported(7_400, speaker=3, text="x"), speaker_name="Norrland Rail")
    short = replace(reported(6_900, hours=6, speaker=4, text="y"), speaker_name="Norrland")
    assert status(full, short) == "revised"
    other = replace(reported(6_900, hours=6, speaker=5, text="y"), speaker_name="Rail Union")
    assert status(full, other) == "disputed"


def test_a_source_correcting_its_own_earlier_number_revises_it():
    text = "The airline said 412 passengers had been rebooked, not 450 as it had said on Friday."
    new, old = replace(reported(412, speaker=1, text=text, claim=7), start=17), replace(
        reported(450, speaker=1, text=text, claim=7), start=text.index("450"))
    assert status(new, old) == "revised"
    # Another source named after the number is a dispute, as before.
    text = "The airline said 412 passengers had been rebooked, not 450 as the union had said."
    new, old = replace(reported(412, speaker=1, text=text, claim=8), start=17), replace(
        reported(450, speaker=1, text=text, claim=8), start=text.index("450"))
    assert status(new, old) == "disputed"


def test_the_number_a_second_source_puts_it_at_counts_what_came_before():
    keys = figure_keys(facts(
        "Rangers said 14 hikers were rescued from the ridge, while the park put the number at 9.",
        ("14", 14, "hikers"), ("9", 9, "number"),
    ))
    # Hikers are people, so what happened to them is counted (claims.matching.counted).
    assert keys[0] == keys[1] and keys[0].subject == "rescued"


def test_who_was_counted_gives_way_to_what_happened_to_them():
    [injured] = figure_keys(facts("Officials said 12 passengers were injured in the derailment.", ("12", 12, "passengers")))
    [hospital] = figure_keys(facts("At least 8 workers were taken to hospital, the mine said.", ("8", 8, "workers")))
    [dead] = figure_keys(facts("Aid groups said 40 cholera patients had died.", ("40", 40, "cholera patients")))
    [records] = figure_keys(facts("The hospital trust said 5,000 records were lost.", ("5,000", 5000, "records")))
    assert (injured.subject, hospital.subject, dead.subject) == ("injured", "hospitalised", "deaths")
    assert records.subject == "record"  # a "hospital trust" is no one taken to hospital


def test_a_place_named_with_a_possessive_is_the_place():
    [a] = figure_keys(facts("Turnout in Lisbon's council election was 51%.", ("51%", 51, "turnout")))
    [b] = figure_keys(facts("Turnout in the Lisbon council election was 51%.", ("51%", 51, "turnout")))
    assert a.scope == b.scope == "lisbon"


def test_what_happened_to_them_may_come_late_in_the_clause():
    [late] = figure_keys(facts(
        "The mine said 6 workers from the night shift at the eastern pit had been taken to hospital.",
        ("6", 6, "workers"),
    ))
    assert late.subject == "hospitalised"
    # ... but not past another number whose verb it is: "6 workers ... and 3 visitors were taken"
    # share the verb (the parse says so), "6 ... had died and 3 ... were taken" do not.
    first, _ = figure_keys(facts(
        "The mine said 6 workers from the night shift had died and 3 visitors were taken to hospital.",
        ("6", 6, "workers"), ("3", 3, "visitors"),
    ))
    assert first.subject == "deaths"


def test_an_initial_blast_is_no_provisional_number():
    blast = reported(8, speaker=1, text="The initial blast killed 8 miners, the company said.")
    assert status(blast, reported(13, hours=2, speaker=2, text="The union said 13 miners were killed.")) == "disputed"


def _one_claim(text, *numbers, speaker=5, claim=800):
    """Values of one claim, each placed where it is written in the text."""
    return [replace(reported(value, speaker=speaker, text=text, claim=claim), start=text.index(written))
            for written, value in numbers]


@pytest.mark.parametrize("text, numbers", [
    ("The coastguard said 31 sailors were picked up, not 45 as the port authority had claimed.",
     [("31", 31), ("45", 45)]),
    ("Medics said 70 people were treated, more than the 52 the council reported.", [("70", 70), ("52", 52)]),
    ("The ministry counted 1,200 families without shelter, a figure aid groups called too low, "
     "putting the number at 3,000.", [("1,200", 1200), ("3,000", 3000)]),
    ("Trawlers picked up 52 survivors, a harbour official said, though the coastguard's tally stood at 38.",
     [("52", 52), ("38", 38)]),
])
def test_a_second_source_in_one_sentence_may_come_after_its_number_or_give_its_own_count(text, numbers):
    assessment = figure_status(_one_claim(text, *numbers))
    assert assessment.status == "disputed" and assessment.reports == 2


def test_a_change_and_a_range_in_one_sentence_stay_one_report():
    text = "The toll rose to 15 from 8 on Friday, officials said, but gave no details."
    # "but gave" brings in no second source: the 8 is the officials' own earlier number, so the
    # claim itself says the toll was revised (claims.matching.status.moved_from), never disputed.
    assessment = figure_status(_one_claim(text, ("15", 15), ("8", 8)))
    assert assessment.status == "revised" and not assessment.disputed


def test_a_subject_far_away_and_nearer_another_number_is_not_this_numbers():
    first, second = figure_keys(facts(
        "Trawlers picked up 52 survivors off the cape, a harbour official said late on Friday, "
        "though the coastguard's tally of people rescued stood at 38.",
        ("52", 52, "survivors"), ("38", 38, "official"),
    ))
    assert first == second and first.subject == "rescued"


def test_a_count_word_as_near_another_number_gives_way_to_one_nearer_only_to_mine():
    dead, injured = figure_keys(facts(
        "The flooding killed 6 people and 40 were injured in the valley.", ("6", 6, "people"), ("40", 40, "people")
    ))
    assert (dead.subject, injured.subject) == ("deaths", "injured")


def test_more_of_something_and_a_rise_by_are_changes_not_the_count():
    more, toll = figure_keys(facts(
        "Divers found 5 more bodies, bringing the number killed to 19.", ("5", 5, "more bodies"), ("19", 19, "")
    ))
    assert toll.subject == "deaths" and more.subject != toll.subject
    by, level = figure_keys(facts(
        "Tuition will go up by £300 to £9,550.", ("300", 300, "tuition"), ("9,550", 9550, "tuition"), unit="GBP"
    ))
    assert by.subject != level.subject and level.subject == "tuition"


def test_a_bare_amount_after_one_in_a_currency_is_in_that_currency():
    text = "The council puts the repair bill at 12 million euros; the contractor says it will be nearer 20 million."
    quantities = facts(text, ("12 million", 12e6, "repair bill"), ("20 million", 20e6, "")).quantities
    euros = ClaimFacts(text=text, quantities=(replace(quantities[0], unit="EUR"), quantities[1]))
    first, second = figure_keys(euros)
    assert first == second and second.unit == "EUR"
    assert figure_status(_one_claim(text, ("12 million", 12e6), ("20 million", 20e6))).status == "disputed"


def test_who_was_aboard_and_who_was_moved_out():
    [aboard] = figure_keys(facts("The operator said 210 passengers were on board.", ("210", 210, "passengers")))
    [carried] = figure_keys(facts("The coach was carrying 48 passengers.", ("48", 48, "passengers")))
    [moved] = figure_keys(facts("About 900 villagers were moved out of their homes.", ("900", 900, "villagers")))
    assert aboard.subject == carried.subject == "aboard" and moved.subject == "evacuated"


def test_a_neighbouring_country_is_a_place_and_a_named_storm_is_not():
    [togo] = figure_keys(facts("In neighbouring Togo, where rivers burst, 4 people died.", ("4", 4, "people")))
    [storm] = figure_keys(facts("Storm Brenna killed 6 people on Friday.", ("6", 6, "people")))
    assert togo.scope == "togo" and storm == FigureKey("deaths", "", "")


def test_a_subject_that_is_only_the_unit_name_says_nothing_of_what_is_measured():
    [wreck] = figure_keys(facts("The wreck lies in 60 metres of water.", ("60", 60, "metres"), unit="m"))
    [lake] = figure_keys(facts("The lake has been lowered by 3 metres.", ("3", 3, "metres"), unit="m"))
    assert wreck.subject != lake.subject


def test_aged_over_is_an_age():
    assert figure_keys(facts("Most of the victims were aged over 70.", ("70", 70, "victims"))) == [None]


def test_a_subject_that_says_only_that_it_changed_counts_what_the_article_counted_last():
    from claims.matching.figure_keys import article_figure_keys

    first = facts("Water bills in Wales will go up by 7.2% in April, the regulator said.", ("7.2%", 7.2, "water bills"),
                  unit="%")
    second = facts("A consumer group said its own sums pointed to a rise of 9.5%.", ("9.5%", 9.5, "rise"), unit="%")
    [[bills], [rise]] = article_figure_keys([first, second])
    assert rise == bills and bills.scope == "wales"
    [[alone]] = article_figure_keys([second])
    assert alone.subject == "rise"  # nothing counted before it: its own words


def test_much_of_the_country_is_no_whole():
    [part] = figure_keys(facts("Some 3,000 people were taken to hospital as the heat gripped much of the country.",
                               ("3,000", 3000, "people")))
    [whole] = figure_keys(facts("Some 3,000 people were taken to hospital across the country.", ("3,000", 3000, "people")))
    assert not part.whole and whole.whole


def test_a_number_said_to_have_been_reported_before_with_no_one_reporting_it_is_no_second_source():
    text = "The toll stood at 30 on Tuesday, more than the 25 reported on Monday."
    assert figure_status(_one_claim(text, ("30", 30), ("25", 25))).reports == 1


# --- which values are one figure: wording, sources, measures and parts (issue 12, the fourth unseen set) ---


def test_a_number_in_words_opening_a_sentence_is_no_place_and_a_province_is_named_by_itself():
    [bodies] = figure_keys(facts("Twenty-six bodies were recovered from the river on Friday.", ("Twenty-six", 26, "bodies")))
    [province] = figure_keys(facts("The storm killed at least 8 people in Peru's Cusco region.",
                                   ("8", 8, "people", "at_least")))
    assert bodies == FigureKey("deaths", "", "") and province.scope == "cusco"


def test_who_died_is_counted_by_what_happened_whatever_their_trade():
    [blast] = figure_keys(facts("The blast killed 9 miners on the night shift.", ("9", 9, "miners")))
    [later] = figure_keys(facts("The company said 14 miners had died.", ("14", 14, "miners")))
    [number] = figure_keys(facts("The number of miners killed has risen to 17.", ("17", 17, "number of miners")))
    assert blast.subject == later.subject == number.subject == "deaths"


def test_who_gives_the_number_is_not_what_it_counts_and_the_other_source_says_what_both_count():
    first, second = figure_keys(facts(
        "The teachers' federation saying 8,000 had joined the walkout, while the ministry put the number of "
        "striking teachers at 5,000.",
        ("8,000", 8000, "federation"), ("5,000", 5000, "number of striking teachers"),
    ))
    assert first == second and first.subject == "strikers"  # the strikers family (was "striking teacher")


def test_a_claim_that_goes_on_with_the_sentence_before_counts_what_it_counted():
    from claims.matching.figure_keys import article_figure_keys

    port = facts("The port authority said 64 lorries were stuck at the border", ("64", 64, "lorries"))
    hauliers = facts("the hauliers' association said more than 90 were waiting", ("90", 90, "association", "more_than"))
    [[stuck], [waiting]] = article_figure_keys([port, hauliers])
    assert stuck == waiting
    # A new sentence does not go on with the last one.
    [[_], [alone]] = article_figure_keys([port, replace(hauliers, text="T" + hauliers.text[1:])])
    assert alone is None


def test_hospital_treatment_and_falling_ill():
    [treated] = figure_keys(facts("The principal said only 12 had needed hospital treatment.", ("12", 12, "hospital treatment")))
    [ill] = figure_keys(facts("At least 70 guests fell ill after the wedding meal.", ("70", 70, "guests", "at_least")))
    [sick] = figure_keys(facts("The number of guests sickened rose to 96.", ("96", 96, "number of guests")))
    assert treated.subject == "hospitalised" and ill.subject == sick.subject == "ill"


def test_customers_without_power_are_homes_without_power_and_power_restored_is_not():
    lost, households = figure_keys(facts(
        "The utility said 80,000 customers had lost power, a number the mayor disputed, putting it at 120,000 households.",
        ("80,000", 80000, "customers"), ("120,000", 120000, "households"),
    ))
    [restored] = figure_keys(facts("Power had been restored to 30,000 customers by noon.", ("30,000", 30000, "customers")))
    [houses] = figure_keys(facts("Firefighters said 17 houses were lost.", ("17", 17, "houses")))
    assert lost == households and lost.subject == "homes without power"
    assert restored.subject == "homes power restored" and houses.subject == "homes destroyed"


def test_a_number_a_day_is_a_rate_not_the_total():
    [rate] = figure_keys(facts("The mill ships 400 tonnes of flour a day.", ("400", 400, "flour"), unit="t"))
    [total] = figure_keys(facts("The fire destroyed 400 tonnes of flour.", ("400", 400, "flour"), unit="t"))
    [earlier] = figure_keys(facts("The toll rose to 12, up from 9 a day earlier.", ("9", 9, "toll")))
    assert rate.subject == "flour per day" and total.subject == "flour" and earlier.subject == "deaths"


def test_how_many_times_is_no_figure_and_a_comparison_with_another_source_is_two_reports():
    text = "Anglers said 12 km of riverbank had been polluted, three times the 4 km the water company had reported."
    a, times, b = figure_keys(facts(text, ("12", 12, "km"), ("three", 3, "times"), ("4", 4, "km"), unit="km"))
    assert times is None and a == b and a.subject == "riverbank"
    assert figure_status(_one_claim(text, ("12", 12), ("4", 4))).status == "disputed"
    assert figure_keys(facts("Some 40 pupils were counted twice.", ("twice", 2, "pupils")))[-1] is None


def test_a_place_said_to_be_a_part_is_marked_and_a_part_of_those_counted_is_another_figure():
    [lyon] = figure_keys(facts("In Lyon alone, 300 flights were cancelled.", ("300", 300, "flights")))
    [whole] = figure_keys(facts("In Lyon, 300 flights were cancelled.", ("300", 300, "flights")))
    assert lyon.part and not whole.part and lyon == whole
    [among] = figure_keys(facts("The regulator said 2,000 of those affected were in the north.",
                                ("2,000", 2000, "customers")))
    assert among.subject == "customer among them"


def test_a_measure_that_says_nothing_of_what_it_measures_has_an_empty_subject():
    [estimate] = figure_keys(facts("Officials raised their estimate to 2,000 tonnes.", ("2,000", 2000, "estimate"), unit="t"))
    [of] = figure_keys(facts("Officials said 2,000 tonnes of diesel had leaked.", ("2,000", 2000, "tonnes"), unit="t"))
    assert estimate == FigureKey("", "", "t") and of.subject == "diesel"


def test_forced_from_their_homes_and_evacuation_orders_count_the_evacuated():
    [forced] = figure_keys(facts("The flood forced about 3,000 people from their homes.", ("3,000", 3000, "people")))
    [orders] = figure_keys(facts("Evacuation orders along the coast were widened on Friday to cover 9,000 people.",
                                 ("9,000", 9000, "people")))
    assert forced.subject == orders.subject == "evacuated"


def test_both_sides_of_a_members_vote_are_no_figure():
    text = "Members of the pilots' union voted 2,914 to 611 to strike."
    assert figure_keys(facts(text, ("2,914", 2914, "Members"), ("611", 611, "Members"))) == [None, None]


def test_put_off_is_no_one_giving_a_number_and_a_measure_beside_a_cost_is_no_cost():
    operations, visits = figure_keys(facts(
        "The health board said 3,100 operations and 9,000 clinic visits had been put off by the strike.",
        ("3,100", 3100, "operations"), ("9,000", 9000, "clinic visits"),
    ))
    assert (operations.subject, visits.subject) == ("operation", "clinic visit")
    text = "The company said the clean-up would cost about $30 million and that 900 barrels had leaked."
    quantities = facts(text, ("30 million", 30e6, "clean-up"), ("900", 900, "barrels")).quantities
    cost, leaked = figure_keys(ClaimFacts(text=text, quantities=(replace(quantities[0], unit="USD"),
                                                                 replace(quantities[1], unit="barrel"))))
    assert cost.subject == "cost" and leaked == FigureKey("spilled", "", "barrel")  # what leaked, not a cost


def test_a_currency_left_as_the_subject_says_nothing_of_what_is_paid():
    fine, pledge = figure_keys(facts(
        "The miner was fined 3 million rand last year and has pledged 500,000 rand to the families.",
        ("3 million", 3e6, "rand"), ("500,000", 500000, "rand"),
    ))
    assert fine.subject != pledge.subject


def test_what_one_side_offers_and_the_other_asks_for_are_two_figures():
    asked, offered = figure_keys(facts(
        "The union is asking for a pay rise of 9%; the council has offered 3%.", ("9", 9, "pay rise"), ("3", 3, ""),
        unit="%",
    ))
    assert (asked.subject, offered.subject) == ("pay rise demand", "pay rise offer")


def test_one_sentence_disputes_in_more_wordings():
    cases = [
        ("Hospital sources said 64 people were injured, contradicting the ministry's figure of 40.", ("64", 64), ("40", 40)),
        ("The army said 14 militants were killed, a claim the group denied, saying only 3 of its fighters died.",
         ("14", 14), ("3", 3)),
    ]
    for text, *numbers in cases:
        assert figure_status(_one_claim(text, *numbers)).status == "disputed", text
    killed, died = figure_keys(facts(cases[1][0], ("14", 14, "militants"), ("3", 3, "fighters")))
    assert killed == died and killed.subject == "deaths"


def test_the_real_number_and_took_part_say_what_the_sentence_before_counted():
    from claims.matching.figure_keys import article_figure_keys

    jobs = facts("The carmaker said 300 jobs would go at the plant", ("300", 300, "jobs"))
    real = facts("the union said the real number was 500", ("500", 500, "real number"))
    [[said], [union]] = article_figure_keys([jobs, real])
    assert said == union and said.subject == "job"
    [took_part] = figure_keys(facts("Police estimated that 9,000 took part in the march.", ("9,000", 9000, "part")))
    assert took_part.subject == "crowd"


def test_including_names_a_part_and_flooded_homes_are_their_own_figure():
    total, children = figure_keys(facts("At least 42 people were injured, including 12 children, police said.",
                                        ("42", 42, "people", "at_least"), ("12", 12, "children")))
    assert total.subject == "injured" and children.subject == "injured among them"
    damaged, repairable = figure_keys(facts("Officials said 900 buildings were damaged, about 500 of which could be repaired.",
                                            ("900", 900, "buildings"), ("500", 500, "Officials", "approximately")))
    assert damaged.subject == "homes damaged" and repairable.subject != damaged.subject
    [flooded] = figure_keys(facts("The mayor said 2,000 homes were flooded.", ("2,000", 2000, "homes")))
    assert flooded.subject == "homes flooded"


def test_attended_arrested_laid_off_and_told_to_leave_their_homes_are_counts():
    [attended] = figure_keys(facts("Police said 3,000 people attended the vigil in Oslo.", ("3,000", 3000, "people")))
    [gathered] = figure_keys(facts("Organisers said 10,000 people gathered for the Oslo vigil.", ("10,000", 10000, "people")))
    [arrested] = figure_keys(facts("Police arrested 23 people in Dakar.", ("23", 23, "people")))
    [detained] = figure_keys(facts("A rights group said 32 people had been detained in Dakar.", ("32", 32, "people")))
    [laid_off] = figure_keys(facts("The carmaker said 40 employees had been laid off.", ("40", 40, "employees")))
    [lost] = figure_keys(facts("The union said 65 workers had lost their jobs.", ("65", 65, "workers")))
    [cut] = figure_keys(facts("The carmaker will cut 300 jobs.", ("300", 300, "jobs")))
    [leave] = figure_keys(facts("Officials ordered 5,000 residents to leave their homes.", ("5,000", 5000, "residents")))
    assert attended == gathered == FigureKey("crowd", "oslo", "")
    assert arrested == detained == FigureKey("arrested", "dakar", "")
    assert laid_off.subject == lost.subject == cut.subject == "job" and leave.subject == "evacuated"


def test_how_badly_hurt_what_was_pledged_against_appealed_for_and_march_the_month():
    [hurt] = figure_keys(facts("Twenty people were injured in the crash.", ("Twenty", 20, "people")))
    [serious] = figure_keys(facts("Five people were seriously injured in the crash.", ("Five", 5, "people")))
    assert hurt.subject == "injured" and serious.subject == "injured seriously"
    [pledged] = figure_keys(facts("The government pledged $5 million in aid.", ("5 million", 5e6, "aid"), unit="USD"))
    [appealed] = figure_keys(facts("The UN appealed for $20 million in aid.", ("20 million", 20e6, "aid"), unit="USD"))
    assert pledged.subject != appealed.subject
    _, before = figure_keys(facts("The ferry company carried 2.7 million passengers in March, up from 2.5 million a year earlier.",
                                  ("2.7 million", 2.7e6, "passengers"), ("2.5 million", 2.5e6, "passengers")))
    assert before.subject != "crowd"


def test_a_source_repeating_the_number_a_count_was_updated_to_disputes_nothing():
    """A refinery's first estimate, its raised one, and a paper repeating the raised one without a
    word of change: the count moved, nobody disagrees."""
    first = reported(6_000, outlet="Wire A", speaker=3, text="The refinery said 6,000 barrels of fuel spilled into the bay.")
    raised = reported(9_200, hours=18, outlet="Daily B",
                      text="The refinery raised its estimate of the fuel spilled into the bay to 9,200 barrels.")
    repeated = reported(9_200, hours=26, outlet="Coast Radio", text="Some 9,200 barrels of fuel spilled into the bay.")
    assert figure_status([first, raised, repeated], subject="spilled").status == "revised"
    # without the update between them, a second source's other number about the spill the next day disputes it
    assert figure_status([first, repeated], subject="spilled").status == "disputed"
