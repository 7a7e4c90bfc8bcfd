"""Quotes signed with a dash and a name at the end of their line (vox pops,
epigraphs). Every text here is written for the test."""

from .helpers import attributions


def test_quotes_signed_with_a_dash_each_get_their_signer():
    text = ("We asked commuters about the new timetable.\n"
            "“The early train is always full.” ― Steve Quinlan\n"
            "“It saves me twenty minutes a day.”\u00a0—\u00a0Ana María Ortiz.\n")
    found = {a.content: a.speaker for a in attributions(text)}
    assert found["The early train is always full."] == "Steve Quinlan"
    assert found["It saves me twenty minutes a day."] == "Ana María Ortiz"


def test_a_dash_followed_by_more_sentence_is_no_signature():
    text = "Residents called the plan “a disgrace” — Councillor Hale disagreed with them at length on Tuesday."
    assert not any(a.speaker == "Hale" and a.content == "a disgrace" for a in attributions(text))


def test_a_paragraph_quote_left_open_after_an_introduction_is_the_introducers():
    text = ('Councillor Mei Tan spoke for an hour.\n\nTan continued:\n\n'
            '"The health budget is overspent, and the council knows it.\n\n"The answer is to stop building."')
    found = {a.content: a.speaker for a in attributions(text)}
    assert found["The health budget is overspent, and the council knows it."] == "Mei Tan"


def test_continued_in_a_sentence_is_no_cue():
    text = 'The rain continued: "nobody expected it" was all anyone said.'
    assert not any(a.cue == "continued" for a in attributions(text))


def test_a_closing_mark_typed_at_the_head_of_a_paragraph_opens_the_quote():
    text = "We asked commuters.\n”The buses never come on time.” ― Ana Ortiz\n"
    found = {a.content: a.speaker for a in attributions(text)}
    assert found["The buses never come on time."] == "Ana Ortiz"
