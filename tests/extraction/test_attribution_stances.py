"""Stands and intentions said as a noun phrase: what a source opposes,
disputes, promises, vows or pledges is attributed to it, and "charges that"
reports a clause while "charged X with" (an indictment) reports nothing.
Every sentence here is written for the test."""

import pytest

from .helpers import attribution, attributions


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Several neighbourhood groups have opposed the new tower.", "the new tower", "Several neighbourhood groups"),
        (
            "Residents dispute the council's account of the flooding.",
            "the council's account of the flooding",
            "Residents",
        ),
        ("The treasury has promised a veto and tried to win over members of both parties.", "a veto", "treasury"),
        (
            "Leaders from both blocs vowed consequences after the missile launch.",
            "consequences",
            "Leaders from both blocs",
        ),
    ],
)
def test_a_stand_or_an_intention_on_a_noun_phrase(text, content, speaker):
    assert speaker in attribution(text, content).speaker


def test_charges_that_reports_the_clause():
    text = "The opposition charges that firms which won the contracts donated millions to the party."
    a = attribution(text, "firms which won the contracts donated millions to the party")
    assert a.speaker == "The opposition"


def test_charged_with_a_crime_reports_nothing():
    assert attributions("Police charged two men with burglary on Monday.") == []


def test_a_passive_expectation_has_no_source():
    text = ("The merger is expected to close in May. The new line will have 12 stations and is expected "
            "to carry 90,000 people a day. Storm Ilse was expected to bring more rain to the coast.")
    assert attributions(text) == []


def test_an_organisation_that_expects_to_act_holds_that_intention():
    assert attribution("Brandt Logistics expects to hire 200 drivers.", "to hire 200 drivers").speaker \
        == "Brandt Logistics"
