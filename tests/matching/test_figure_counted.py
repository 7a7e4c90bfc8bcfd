"""What a number counts, read from its claim's parse (claims.matching.counted) and turned into a
figure key (claims.matching.figure_keys), and the status rules that go with it, on sentences of
our own."""

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from claims.matching.families import is_person
from claims.matching.figure_keys import article_figure_keys, figure_keys
from claims.matching.status import figure_status
from tests.matching.test_figure_events import _figure_of, _report
from tests.matching.test_figure_status import facts, reported


def subjects(text, *numbers, unit=""):
    return [k.subject if k else None for k in figure_keys(facts(text, *numbers, unit=unit))]


def test_each_number_takes_the_verb_it_belongs_to_not_the_nearest_count_word():
    # "died" stands nearer the 23 than "rescued" does; the parse says the 23 were rescued.
    assert subjects(
        "The coastguard said 9 people had died and 31 had been rescued alive from the hull.",
        ("9", 9, "people"),
        ("31", 31, "people"),
    ) == ["deaths", "rescued"]
    assert subjects(
        "The blast killed two people and injured 14, the fire brigade said.",
        ("two", 2, "people"),
        ("14", 14, "people"),
    ) == ["deaths", "injured"]


def test_what_happened_to_people_counts_whoever_they_are():
    assert subjects("Six climbers died on the glacier, guides said.", ("Six", 6, "climbers")) == ["deaths"]
    assert subjects("Rangers recovered the bodies of two hikers.", ("two", 2, "hikers")) == ["deaths"]
    assert subjects("The storm swept the island, injuring 30 people.", ("30", 30, "people")) == ["injured"]
    assert subjects("Three of the stranded divers were flown to hospital.", ("Three", 3, "divers")) == ["hospitalised"]
    # Found alive, though drawn from the missing.
    assert subjects("Divers found five of the missing fishermen alive.", ("five", 5, "missing fishermen")) == [
        "rescued"
    ]
    assert is_person("skiers") and is_person("occupants") and is_person("investors") and is_person("evacuees")
    assert not is_person("farms") and not is_person("floors") and not is_person("birds")


def test_admissions_and_a_part_of_them_count_the_hospitalised():
    assert subjects(
        "Clinics across Peru have admitted 12,400 malaria patients this year, 3,100 of them in Loreto.",
        ("12,400", 12400, "malaria patients"),
        ("3,100", 3100, "malaria patients"),
    ) == ["hospitalised", "hospitalised"]
    assert subjects("In Lima, admissions reached 2,050.", ("2,050", 2050, "admissions")) == ["hospitalised"]


def test_who_says_or_does_something_to_a_number_is_not_what_it_counts():
    [lost] = subjects(
        "Auditors repeated that 40 million pounds had been lost.", ("40 million", 40_000_000, "Auditors"), unit="GBP"
    )
    [losses] = subjects(
        "Its lawyers said the clients' losses came to 12 million pounds.",
        ("12 million", 12_000_000, "losses"),
        unit="GBP",
    )
    assert lost == losses == "lost"
    # A level a subject reached is that subject's, not a deed done to it.
    assert subjects("The sea temperature reached 31C on Friday.", ("31C", 31, "sea temperature"), unit="°C") == [
        "sea temperature"
    ]


def test_a_source_putting_the_figure_at_a_number_counts_what_came_before():
    assert subjects(
        "The insurers' association said 8,000 vans had been damaged by the flood, but the police put the figure at 3,500.",
        ("8,000", 8000, "vans"),
        ("3,500", 3500, "figure"),
    ) == ["van damaged", "van damaged"]  # things are counted by what happened to them


def test_a_count_the_claim_says_it_moved_from_is_the_same_figure_revised():
    [now, before] = figure_keys(
        facts(
            "At least 52 people were hurt by the explosion, the health ministry said on Friday, up from 30 on Thursday.",
            ("52", 52, "people", "at_least"),
            ("30", 30, ""),
        )
    )
    assert now == before and now.subject == "injured"
    text = "The number of claims rose to 900 on Friday, up from 400 on Wednesday, the insurer said."
    values = [reported(900, text=text, claim=7001, speaker=5), reported(400, text=text, claim=7001, speaker=5)]
    values = [
        v.__class__(**{**v.__dict__, "start": text.index(w)}) for v, w in zip(values, ("900", "400"), strict=True)
    ]
    assert figure_status(values).status == "revised"
    # Another period's count is another figure: "last week, up from 620 the week before".
    [week, week_before] = figure_keys(
        facts(
            "Nagoya's fire department said 860 people were taken to hospital last week, up from 310 the week before.",
            ("860", 860, "people"),
            ("310", 310, ""),
        )
    )
    assert week.subject == "hospitalised" and week_before.subject == "hospitalised period before"


def test_a_number_after_another_sources_denial_is_that_sources_report():
    text = (
        "The operator said 150 people were on the ferry, a figure the coastguard contradicted, saying 210 had boarded."
    )
    first = reported(150, text=text, claim=7101, speaker=8)
    second = reported(210, text=text, claim=7102, speaker=8)  # the extractor gave it the operator's name
    second = second.__class__(**{**second.__dict__, "start": text.index("210")})
    assert figure_status([first, second]).status == "disputed"
    minister = (
        "The auditors said the bridge would cost 90 million euros, not the 60 million euros the minister had given."
    )
    values = [
        reported(90_000_000, text=minister, claim=7201, speaker=9),
        reported(60_000_000, text=minister, claim=7201, speaker=9),
    ]
    values = [
        v.__class__(**{**v.__dict__, "start": minister.index(w)}) for v, w in zip(values, ("90", "60"), strict=True)
    ]
    assert figure_status(values).status == "disputed"


@pytest.mark.django_db
def test_a_count_a_second_source_made_in_its_own_sentence_joins_the_figure_before_it():
    article = _report(
        "Forty shops were destroyed in Tartu, the fire service said, but the mayor said his inspectors had counted 65.",
        datetime(2025, 4, 7, 9, tzinfo=timezone.utc),
    )
    assert _figure_of(article, "65") == _figure_of(article, "Forty")
    assert Decimal(65) != Decimal(40)


def test_what_a_copula_says_a_percentage_is_it_counts_whoever_stands_by_it():
    assert subjects(
        "The union said that participation in the ballot had been no higher than 40%.", ("40", 40, ""), unit="%"
    ) == ["participation"]
    # The number as the subject, its attribute what it counts; one set beside it counts the same.
    assert subjects(
        "Thirty per cent, not 55%, was the true participation, the campaign's leader told supporters.",
        ("Thirty", 30, "supporters"),
        ("55", 55, ""),
        unit="%",
    ) == ["participation", "participation"]
    # "its participation figure": what the figure counts, not who stood by it.
    assert subjects(
        "The commission stood by its participation figure of 55% on Friday.", ("55", 55, "commission"), unit="%"
    ) == ["participation"]


def test_a_bare_figure_of_a_number_counts_what_the_claim_before_counted():
    keys = article_figure_keys(
        [
            facts("Critics said participation in the ballot had been no higher than 40%.", ("40", 40, ""), unit="%"),
            facts(
                "Critics said participation had been lower, and accused the commission of inflating its figure of 55% "
                "with the votes of dead citizens.",
                ("55", 55, ""),
                unit="%",
            ),
        ]
    )
    assert keys[1][0] == keys[0][0] and keys[0][0].subject == "participation"


def test_deaths_of_what_is_not_people_keep_what_died():
    [died] = subjects("The growers said 4,000 vines had died in the drought.", ("4,000", 4000, "vines"))
    [dead] = subjects("Inspectors counted 2,500 dead vines.", ("2,500", 2500, "dead vines"))
    assert died == dead == "vine deaths"
    # Not people's deaths: a fire that kills two people and 300 cows reports two figures.
    assert subjects(
        "The fire killed two people, and 300 cows died in the barns.", ("two", 2, "people"), ("300", 300, "cows")
    ) == ["deaths", "cow deaths"]
    # Animals killed are often culled: no deaths read from "killed".
    assert subjects("Vets said 9,000 hens were being killed.", ("9,000", 9000, "hens")) != ["hen deaths"]


def test_a_report_that_answers_another_sources_number_disputes_it_a_day_later():
    first = reported(3000, outlet="Wire A", speaker=31, text="The growers' union said 3,000 cows had died.")
    answer = reported(
        1100,
        hours=26,
        outlet="Daily B",
        speaker=32,
        text="The state vets counted 1,100 dead cows, far fewer than the growers' union had claimed.",
    )
    assert figure_status([first, answer]).status == "disputed"
    # Without the answer, a day later is the count moving on.
    later = reported(1100, hours=26, outlet="Daily B", speaker=32, text="The state vets counted 1,100 dead cows.")
    assert figure_status([first, later]).status == "revised"
    # "more than 200 people" gives a bound, it answers nobody.
    bound = reported(
        200, "more_than", hours=26, speaker=32, text="More than 200 people had been aboard, the vets said."
    )
    assert figure_status([first, bound]).status != "disputed"


def test_who_stopped_work_is_one_figure_however_said():
    # Who-nouns that say only who ("workers", "staff"); "drivers" stays drivers (a known limit).
    [joined] = subjects("The union said 4,000 workers had joined the strike.", ("4,000", 4000, "workers"))
    [on_strike] = subjects("Four thousand staff are on strike, the union said.", ("Four thousand", 4000, "staff"))
    [strikers] = subjects("The operator put the number of strikers at 2,500.", ("2,500", 2500, "number of strikers"))
    assert joined == on_strike == strikers == "strikers"


def test_who_was_on_a_vessel_is_who_was_aboard_however_said():
    [on_it] = subjects("Police said 300 people had been on the MS Nordlys.", ("300", 300, "people"))
    [on_the_train] = subjects("Rail staff said 300 people were on the train.", ("300", 300, "people"))
    assert on_it == on_the_train == "aboard"
    # What happened to them still says what is counted.
    assert subjects("Twelve passengers were injured.", ("Twelve", 12, "passengers")) == ["injured"]
    # Being on a street or an island is not being aboard.
    assert subjects("Police said 300 people were on the streets.", ("300", 300, "people")) != ["aboard"]


def test_a_number_a_record_showed_is_another_sources_report():
    text = "Police said 300 people had been on the MS Nordlys, not 240 as the booking records showed."
    values = [reported(300, text=text, claim=7301, speaker=41), reported(240, text=text, claim=7301, speaker=41)]
    values = [
        v.__class__(**{**v.__dict__, "start": text.index(w)}) for v, w in zip(values, ("300", "240"), strict=True)
    ]
    assert figure_status(values).status == "disputed"


def test_number_as_a_verb_counts_what_stands_before_it():
    from claims.matching.counted import counted_in

    text = "The injured now number 23, officials said."
    (reading,) = counted_in([text], [[(text.index("23"), text.index("23") + 2)]])
    assert reading[0].noun == "injured"
