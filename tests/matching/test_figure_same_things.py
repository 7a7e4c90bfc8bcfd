"""One quantity worded by two outlets with two nouns for the same people or things, or with its period
said two ways: one figure key, so that their values meet in one figure and a disagreement shows as one.
And the nouns that name other things stay apart. On sentences of our own."""

from datetime import datetime, timezone

import pytest

from claims.matching.families import same_thing
from claims.matching.figure_keys import figure_keys
from claims.models import Figure
from tests.matching.test_figure_events import _figure_of, _report
from tests.matching.test_figure_status import facts


def _key(text, *numbers, unit=""):
    return [(k.subject, k.scope) if k else None for k in figure_keys(facts(text, *numbers, unit=unit))]


@pytest.mark.parametrize(
    "one, other",
    [
        ("supporters", "fans"), ("spectators", "fans"), ("employees", "workers"), ("motorists", "drivers"),
        ("holidaymakers", "tourists"), ("households", "homes"), ("houses", "home"), ("firms", "companies"),
        ("businesses", "company"), ("vessels", "ships"), ("dockworkers", "dockers"), ("lorries", "trucks"),
        ("vineyards", "vines"),
    ],
)
def test_nouns_for_the_same_people_or_things_are_one_word(one, other):
    assert same_thing(one) == same_thing(other)


@pytest.mark.parametrize("one, other", [("fans", "players"), ("homes", "buildings"), ("workers", "managers"),
                                        ("ships", "containers"), ("children", "adults"), ("trucks", "buses"), ("cars", "vehicles")])
def test_nouns_for_other_things_stay_apart(one, other):
    assert same_thing(one) != same_thing(other)


def test_fans_and_supporters_turned_away_are_one_count():
    fans = _key("Stewards said 3,500 fans were turned away at the Olimpico.", ("3,500", 3500, "fans"))
    supporters = _key("Police said 3,500 supporters were turned away at the Olimpico.", ("3,500", 3500, "supporters"))
    assert fans == supporters


def test_a_daily_cost_is_a_cost_per_day_however_the_period_is_said():
    unit = "EUR"
    adjective = _key("The ferry operators' association put the blockade's daily cost at 6 million euros.",
                     ("6 million", 6_000_000, "daily cost"), unit=unit)
    every = _key("Ferry operators said the blockade was costing them 6 million euros every day.",
                 ("6 million", 6_000_000, "blockade"), unit=unit)
    per = _key("The blockade costs the ferry operators 6 million euros a day, their association said.",
               ("6 million", 6_000_000, "blockade"), unit=unit)
    assert adjective == every == per == [("cost per day", "")]


def test_a_sum_a_strike_is_costing_is_its_cost_not_a_count_of_strikers():
    assert _key("The strike is costing the airline 9 million euros, analysts said.",
                ("9 million", 9_000_000, "strike"), unit="EUR") == [("cost", "")]


def test_walking_out_and_a_walkout_count_strikers():
    walked = _key("The union said 1,800 workers had walked out on Monday.", ("1,800", 1800, "workers"))
    walkout = _key("The walkout by 1,800 workers shut every depot.", ("1,800", 1800, "workers"))
    striking = _key("The operator counted 1,100 striking workers.", ("1,100", 1100, "striking workers"))
    assert walked == walkout == striking == [("strikers", "")]


def test_in_custody_counts_the_arrested_and_infections_the_sick():
    assert _key("Police said 6 people were in custody after the riot.", ("6", 6, "people")) == [("arrested", "")]
    assert _key("Health officials counted 140 dengue infections in the port.", ("140", 140, "dengue infections")) \
        == _key("Dengue cases in the port rose to 180, health officials said.", ("180", 180, "Dengue cases"))


def test_oil_that_escaped_is_oil_spilled():
    escaped = _key("The operator said 60 tonnes of diesel had escaped from the barge.",
                   ("60", 60, "diesel"), unit="tonne")
    leaked = _key("The coastguard said the barge leaked 140 tonnes of diesel.", ("140", 140, "diesel"), unit="tonne")
    assert escaped == leaked


@pytest.mark.django_db
def test_two_outlets_naming_one_crowd_two_ways_disagree_in_one_figure():
    when = datetime(2025, 11, 9, 20, tzinfo=timezone.utc)
    club = _report("The club said 2,000 supporters were turned away at the gates of the Stadio Ferraris on Sunday.", when)
    police = _report(
        "Police said 4,500 fans were turned away at the gates of the Stadio Ferraris on Sunday.",
        when.replace(hour=22), outlet="Daily B",
    )
    figure = _figure_of(club, "2,000")
    assert figure is not None and figure == _figure_of(police, "4,500")
    assert Figure.objects.get(pk=figure).status == "disputed"


def test_a_sum_something_is_valued_at_is_its_value_however_far_the_verb():
    worth = _key("The insurer said the stolen jewels were worth 3 million euros.",
                 ("3 million", 3_000_000, "jewels"), unit="EUR")
    valued = _key("The owner's lawyer valued the stolen jewels at roughly 2 million euros.",
                  ("2 million", 2_000_000, "lawyer"), unit="EUR")
    assert worth == valued == [("value", "")]


def test_people_who_rallied_and_the_people_a_rally_drew_are_one_crowd():
    rallied = _key("Police said about 30,000 people rallied in Yerevan on Sunday.", ("30,000", 30000, "people"))
    drew = _key("The ministry said the rally in Yerevan drew 30,000 people.", ("30,000", 30000, "people"))
    demonstrated = _key("Organisers said 90,000 people demonstrated in Yerevan.", ("90,000", 90000, "people"))
    assert rallied == drew == demonstrated == [("crowd", "yerevan")]
