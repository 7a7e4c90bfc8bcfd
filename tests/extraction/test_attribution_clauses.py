"""Which clause a cue reports, and who says it when the cue has no subject of
its own: the clause after the cue wins over one before a semicolon, an -ing
cue after a preposition borrows the subject (or, after "for", the object) of
the verb it hangs on, and "told X to ..." reports whom and what. Every
sentence here is written for the test."""

import pytest

from .helpers import attribution, attributions


def test_clause_after_the_cue_wins_over_one_before_a_semicolon():
    text = "A recount is unlikely; the party says it will accept the result by Friday."
    a = attribution(text, "it will accept the result by Friday")
    assert a.speaker.endswith("party")
    assert not any(x.content.startswith("A recount") for x in attributions(text))


def test_clause_after_a_colon_heading_the_sentence():
    text = "The leak started a new quarrel on Tuesday: ministers said they are certain the audit was rigged."
    a = attribution(text, "they are certain the audit was rigged")
    assert a.speaker == "ministers"


def test_inverted_clause_before_the_cue_is_still_its_content():
    a = attribution("The harvest will be late this year, growers say.", "The harvest will be late this year")
    assert a.speaker == "growers"


def test_saying_after_by_is_said_by_the_subject():
    text = "The surgeon went on the radio and began by saying she would never judge a patient from afar."
    a = attribution(text, "she would never judge a patient from afar")
    assert a.speaker == "The surgeon" and a.cue == "saying"


def test_admitting_after_despite_is_said_by_the_subject():
    a = attribution("Despite admitting that the timetable had gaps, the mayor approved it.", "the timetable had gaps")
    assert a.speaker == "the mayor"


def test_saying_after_for_is_said_by_the_one_blamed():
    text = "The board rebuked the curator for saying the gallery was nearly bankrupt."
    a = attribution(text, "the gallery was nearly bankrupt")
    assert a.speaker == "the curator"


def test_for_with_no_one_blamed_gives_no_speaker():
    text = "The gallery became famous for showing that old paintings could be restored cheaply."
    assert not any(a.content.startswith("old paintings") for a in attributions(text))


def test_told_someone_to_act():
    text = "The governor told her advisers to find another way to cut emissions."
    a = attribution(text, "her advisers to find another way to cut emissions")
    assert a.speaker == "The governor" and a.cue == "told"


def test_asked_someone_to_act():
    a = attribution("The coach asked the fans to stay home on Saturday.", "the fans to stay home on Saturday")
    assert a.speaker == "The coach"


def test_told_someone_with_no_request_reports_nothing_of_the_hearer():
    text = "Ms Ortiz spoke for an hour. She told reporters outside the court."
    assert not any(a.content == "reporters outside the court" for a in attributions(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the time phrase dates the telling, not what was told
        ("The coach told the players last week they would all travel to the final.",
         "they would all travel to the final"),
        # the reported clause taken for an adverbial after the one told
        ("The governor told reporters this morning she would not sign the budget.", "she would not sign the budget"),
    ],
)
def test_told_someone_when_then_what(text, content):
    assert attribution(text, content).cue == "told"


def test_a_second_that_clause_after_but_belongs_to_the_same_report():
    text = "Economists agreed that the levy would raise money but that it would add paperwork for small firms."
    a = attribution(text, "the levy would raise money but that it would add paperwork for small firms")
    assert a.speaker == "Economists"


def test_as_clause_before_its_content():
    text = "As several engineers have pointed out, the tunnel was never designed for freight."
    a = attribution(text, "the tunnel was never designed for freight")
    assert a.speaker == "several engineers"


def test_as_clause_after_its_content():
    a = attribution("The timetable will not change, as the operator said last week.", "The timetable will not change")
    assert a.speaker.endswith("operator")


def test_as_clause_interrupting_its_content_keeps_the_whole_clause():
    text = "The reserve, as the treasurer noted, has shrunk every year since 2019."
    a = attribution(text, "The reserve, as the treasurer noted, has shrunk every year since 2019")
    assert a.speaker == "the treasurer"


def test_as_expected_reports_nothing():
    assert attributions("As expected, the motion failed by four votes.") == []


def test_that_clause_after_a_long_adjunct_the_parser_made_the_root():
    text = ("The developer continues to insist, most recently in a long interview with a local radio station, "
            "that the towers will be finished by spring.")
    a = attribution(text, "the towers will be finished by spring")
    assert a.speaker.endswith("developer") and a.cue == "insist"


def test_a_sentence_closed_by_a_quote_is_not_part_of_the_next_one():
    text = ('The mayor urged the council to act "without delay." The budget will rise by a fifth, '
            "according to a council aide.")
    a = attribution(text, "The budget will rise by a fifth")
    assert "aide" in a.speaker


def test_discovered_that_reports_a_finding():
    text = "Auditors have also discovered that several invoices were paid twice."
    a = attribution(text, "several invoices were paid twice")
    assert a.speaker == "Auditors" and a.cue == "discovered"


def test_learned_to_reports_nothing():
    assert attributions("She learned to sail on the lake as a child.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ferry crews walked out on Monday in a dispute which the operator says will cost it $300,000 a week.",
            "will cost it $300,000 a week",
            "the operator",
        ),
        (
            "The council approved the budget, which the mayor said would protect front-line services.",
            "would protect front-line services",
            "the mayor",
        ),
    ],
)
def test_a_cue_of_saying_inside_a_relative_clause_reports_what_follows_it(text, content, speaker):
    assert attribution(text, content).speaker == speaker


def test_a_relative_clause_that_evidence_suggests_is_no_one_s_claim():
    text = "Commuters rank reliability first, which surveys suggest matters more to them than price."
    assert attributions(text) == []


def test_a_plural_read_as_a_verb_after_told_that_opens_the_content():
    text = "The fire chief told the committee that callouts to the estate had climbed to 4,600 last year."
    assert attribution(text, "callouts to the estate had climbed to 4,600 last year").speaker == "The fire chief"


def test_that_opening_an_object_relative_clause_is_no_reported_clause():
    # "that" is the object of "needs", in a clause on "reformer": nothing is maintained
    text = "His speeches help him maintain the air of a reformer that his party so badly needs."
    assert attributions(text) == []
