"""Cues whose noun-phrase object is what the source claims ("cited X as Y",
"mentioned X", "endorsed X", "blasted X as Y"), and where that content stops:
before the adjuncts that place the act of saying in time or space. Every
sentence here is written for the test."""

from .helpers import attribution, attributions


def test_cited_as_an_example():
    text = "At the hearing, the senator cited the flooded depot as proof that the budget had been cut too far."
    a = attribution(text, "the flooded depot as proof that the budget had been cut too far")
    assert a.speaker == "the senator" and a.cue == "cited"


def test_mentioned_a_plan():
    text = "The candidate has mentioned lowering bus fares for pensioners."
    a = attribution(text, "lowering bus fares for pensioners")
    assert a.speaker == "The candidate"


def test_endorsed_a_candidate():
    a = attribution("The nurses' union endorsed Maria Keller for mayor.", "Maria Keller for mayor")
    assert a.cue == "endorsed"


def test_blasted_as_stops_before_the_day():
    text = "The governor blasted the ruling as a disgrace on Wednesday."
    a = attribution(text, "the ruling as a disgrace")
    assert a.speaker == "The governor"


def test_called_for_stops_before_the_statement_it_was_made_in():
    text = "Keron Adeyemi, who leads the parents' group, called for more school funding in a statement on Thursday."
    a = attribution(text, "more school funding")
    assert a.speaker == "Keron Adeyemi"


def test_described_as_stops_before_a_when_clause():
    text = "Few voters would have described the mayor as a reformer when he first ran for office."
    attribution(text, "the mayor as a reformer")


def test_blamed_on_keeps_what_the_blame_falls_on():
    text = "The operator blamed the cancellations on a shortage of drivers."
    attribution(text, "the cancellations on a shortage of drivers")


def test_rejected_stops_before_the_ruling_it_was_rejected_in():
    text = "Judge Amara Osei rejected that argument in a ruling released on Thursday."
    assert any(a.content in ("argument", "that argument") for a in attributions(text))
