"""Nouns of saying or believing with a that-clause: where their source is
found (possessor, "by"/"from" phrase, a name compounded with the noun, the one
who persists in them), and when an unnamed source is enough. Every sentence
here is written for the test."""

from .helpers import attribution, attributions


def test_source_in_a_from_phrase():
    text = "The council voted despite repeated warnings from its auditor that the reserves were nearly gone."
    a = attribution(text, "the reserves were nearly gone")
    assert a.speaker == "its auditor" or a.speaker.endswith("auditor")


def test_the_one_who_persists_in_the_argument_makes_it():
    text = "Opposition councillors persisted in arguments that the tender had been rigged."
    a = attribution(text, "the tender had been rigged")
    assert a.speaker.endswith("councillors") and a.cue == "arguments"


def test_scene_setting_concern_with_no_source_is_an_unnamed_one():
    text = "Fishermen met in Bergen amid growing concerns that the quota would be cut again."
    a = attribution(text, "the quota would be cut again")
    assert a.speaker_kind == "anonymous" and a.speaker == "growing concerns"


def test_a_concern_someone_acts_on_is_not_an_attribution():
    text = "The bank sought to calm fears that its deposits were at risk."
    assert not any(a.content == "its deposits were at risk" for a in attributions(text))


def test_a_claim_judged_false_is_not_an_attribution_by_itself():
    text = "The claim that the pier was unsafe turned out to be wrong."
    assert not any(a.content.startswith("the pier was unsafe") for a in attributions(text))
