"""A transcript's turns ("BALE: We will cut ..."): each paragraph opened by a speaker's name in capitals
and a colon is what that person said, resolved to the fullest name the article gives. One such paragraph
alone ("UPDATE: ...") is no turn. Sentences written for the test."""

from .helpers import attributions

TRANSCRIPT = (
    "Moderator Ana Ruiz pressed Senator Tom Bale on the budget in a radio interview on Sunday.\n\n"
    '"BALE: We will cut the deficit by 4% in two years. That is the plan.\n\n'
    '"RUIZ: Can you name one programme you would end?\n\n'
    '"BALE: I will not do that on air, and you know why.'
)


def test_each_turn_is_an_attribution_to_the_named_person():
    found = {a.content: a.speaker for a in attributions(TRANSCRIPT)}
    assert found["We will cut the deficit by 4% in two years. That is the plan."] == "Tom Bale"
    assert found["Can you name one programme you would end?"] == "Ana Ruiz"
    assert found["I will not do that on air, and you know why."] == "Tom Bale"


def test_a_turn_is_direct_speech():
    turn = next(a for a in attributions(TRANSCRIPT) if a.content.startswith("Can you name"))
    assert turn.direct


def test_one_paragraph_in_capitals_and_a_colon_is_no_turn():
    text = "The council approved the plan on Monday.\n\nUPDATE: The vote was delayed to Thursday."
    assert all(a.speaker != "Update" for a in attributions(text))
