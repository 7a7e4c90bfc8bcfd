"""A count that only grows, reported higher by another source hours later, is the news catching
up, not a dispute (claims.matching.status); and casualties among the police are a figure of their
own. On sentences of our own."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from claims.matching.figure_keys import figure_keys
from claims.matching.status import figure_status
from tests.matching.test_figure_status import facts

TUESDAY = datetime(2025, 3, 11, 9, tzinfo=timezone.utc)


def _said(value, text, *, hours, outlet, speaker=None, written=None):
    return dict(value=value, text=text, hours=hours, outlet=outlet, speaker=speaker, written=written)


def _status(*said, subject="injured"):
    from claims.matching.status import ReportedValue

    values = [
        ReportedValue(
            value=Decimal(s["value"]),
            qualifier="exact",
            reported_at=TUESDAY + timedelta(hours=s["hours"]),
            claim_id=n + 1,
            speaker_id=s["speaker"],
            outlet=s["outlet"],
            claim_text=s["text"],
            start=s["text"].index(s["written"] or str(s["value"])),
        )
        for n, s in enumerate(said)
    ]
    return figure_status(values, subject=subject).status


NOON = _said(
    6,
    "A gas blast tore through a bakery in the old town, injuring 6 people, firefighters said.",
    hours=0,
    outlet="Wire A",
    speaker=1,
)
EVENING = _said(
    15,
    "Fifteen people were hurt in the bakery blast, the city hospital said.",
    hours=7,
    outlet="Daily B",
    speaker=2,
    written="Fifteen",
)


def test_another_sources_higher_count_of_injured_hours_later_is_a_revision():
    assert _status(NOON, EVENING) == "revised"
    # Repeated next day, still higher: the lower number is left behind.
    assert (
        _status(
            NOON,
            EVENING,
            _said(
                15,
                "All 15 people injured in the blast are out of danger, doctors said.",
                hours=30,
                outlet="Radio C",
                speaker=3,
            ),
        )
        == "revised"
    )


def test_the_same_counts_within_a_wire_cycle_still_disagree():
    soon = dict(EVENING, hours=1)
    assert _status(NOON, soon) == "disputed"


def test_a_source_holding_to_its_lower_number_afterwards_keeps_the_dispute():
    held = _said(
        6, "Firefighters repeated that 6 people had been injured in the blast.", hours=9, outlet="Radio C", speaker=1
    )
    assert _status(NOON, EVENING, held) == "disputed"


def test_a_lower_count_later_or_a_count_that_may_fall_still_disputes():
    lower = _said(
        3, "Only 3 people were hurt in the bakery blast, the city hospital said.", hours=7, outlet="Daily B", speaker=2
    )
    assert _status(NOON, lower) == "disputed"
    # The missing may be found: another source's higher number is no catching up.
    assert _status(NOON, EVENING, subject="missing") == "disputed"


def test_a_count_of_a_closed_period_is_no_catching_up():
    week = _said(
        11,
        "Eleven people died on the roads of the province during the week, police said.",
        hours=0,
        outlet="Wire A",
        speaker=1,
        written="Eleven",
    )
    later = _said(
        17,
        "The health department said 17 people had died on the province's roads in the week to Sunday.",
        hours=5,
        outlet="Daily B",
        speaker=2,
    )
    assert _status(week, later, subject="deaths") == "disputed"


def test_a_later_report_saying_it_answers_the_first_still_disputes():
    answer = _said(
        15,
        "The city hospital said 15 people were hurt, more than the firefighters had reported.",
        hours=7,
        outlet="Daily B",
        speaker=2,
    )
    assert _status(NOON, answer) == "disputed"


def test_police_hurt_are_counted_apart_from_those_they_police():
    def subject(text, written, value, noun):
        return figure_keys(facts(text, (written, value, noun)))[0].subject

    police = subject(
        "Twelve police officers were injured in the clashes, the ministry said.", "Twelve", 12, "police officers"
    )
    marchers = subject("The organisers said 40 marchers had been injured in the clashes.", "40", 40, "marchers")
    assert police == "injured police" and marchers == "injured"
    assert (
        subject("Two policemen were killed in the riot, the governor said.", "Two", 2, "policemen") == "deaths police"
    )


def test_another_sources_higher_death_toll_the_same_afternoon_disputes_it():
    """The injured are counted up through the day; a charity giving more dead than the ministry did that morning
    disagrees with it, unless its claim says the toll rose."""
    ministry = _said(8, "Eight people had died of dengue in the province, the health ministry said.", hours=0,
                     outlet="Wire A", speaker=1, written="Eight")
    charity = _said(15, "A relief agency said 15 people had died of dengue in the province.", hours=6,
                    outlet="Daily B", speaker=2)
    rose = _said(15, "The dengue death toll in the province rose to 15, a relief agency said.", hours=6,
                 outlet="Daily B", speaker=2)
    assert _status(ministry, charity, subject="deaths") == "disputed"
    assert _status(ministry, rose, subject="deaths") == "revised"
    assert _status(NOON, EVENING) == "revised"  # the injured still catch up


def test_a_count_of_the_killed_or_hurt_is_no_death_toll():
    killed_or_hurt = facts("Some 17 passengers were killed or hurt, the agency said.", ("17", 17, "passengers"))
    killed = facts("Police said 21 people were killed in the crash.", ("21", 21, "people"))
    assert figure_keys(killed)[0].subject == "deaths"
    assert figure_keys(killed_or_hurt)[0].subject == "deaths or injured"
