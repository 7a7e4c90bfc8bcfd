"""Where a cue's content stops when its source goes on to do something else,
who says what an -ing clause of saying reports, and what a poll or a record
shows. Every sentence here is written for the test."""

import pytest

from .helpers import attribution, attributions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Two councillors praised the warden's patrols but also asked him to file weekly reports.",
         "the warden's patrols"),
        ("The judge described the appeal as hopeless, but stopped short of ordering costs.",
         "the appeal as hopeless"),
        ("The pilot did not want to stay in the clinic, but was sent home with painkillers.",
         "to stay in the clinic"),
    ],
)
def test_a_verb_joined_to_the_cue_is_the_next_act_not_the_content(text, content):
    assert attribution(text, content)


def test_bare_verbs_after_an_infinitive_go_on_with_it():
    text = "The mayor wants to double the grant, widen the bridge and open a new depot."
    assert attribution(text, "to double the grant, widen the bridge and open a new depot")


def test_a_cue_joined_to_the_cue_still_reports():
    # "and also expects higher sales": still what the firm projects
    text = "The brewer is forecasting volume growth of 4%, and also expects higher sales abroad."
    assert any(a.content.endswith("higher sales abroad") for a in attributions(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the one blamed said it, also in the passive
        ("The vet was struck off for saying that the vaccine caused blindness.",
         "the vaccine caused blindness", "The vet"),
        # a manner or time phrase: whoever acts said it, even as a passive subject
        ("After saying her wrist was broken, the keeper was carried off.", "her wrist was broken", "the keeper"),
        ("The coach would not name a captain, aside from saying he wants a defender.",
         "he wants a defender", "The coach"),
    ],
)
def test_the_one_who_says_an_ing_clause(text, content, speaker):
    assert attribution(text, content).speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Polls show a tight race in the northern suburbs.", "a tight race in the northern suburbs", "Polls"),
        ("The weekly average shows the challenger ahead by six points.",
         "the challenger ahead by six points", "The weekly average"),
    ],
)
def test_what_a_poll_or_record_shows(text, content, speaker):
    assert attribution(text, content).speaker == speaker


@pytest.mark.parametrize(
    "text",
    ["The bakery showed a profit of £40,000 last year.", "The courier showed his badge at the gate."],
)
def test_a_person_or_firm_that_shows_something_says_nothing(text):
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('The storm had passed. Ruth Amadi continued, “When the water drops, we will reopen the mill.”',
         "When the water drops, we will reopen the mill.", "Ruth Amadi"),
        ('Okafor continued: “They want this settled, and the board knows it.”',
         "They want this settled, and the board knows it.", "Okafor"),
        ('Said Lindgren: “I doubt the ferry will run this winter.”',
         "I doubt the ferry will run this winter.", "Lindgren"),
        ('At the meeting a neighbour commented: "For us, parking is the real problem."',
         "For us, parking is the real problem.", "a neighbour"),
    ],
)
def test_a_cue_and_a_colon_or_comma_before_a_quote(text, content, speaker):
    assert attribution(text, content).speaker == speaker


def test_something_that_goes_on_is_no_speaker():
    assert attributions('The queue continued, "slowly" as one driver put it.') == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the parser hangs the opening phrase on the cue
        ("To see the old harbour, the guide said, one should climb the tower at dusk.",
         "To see the old harbour, the guide said, one should climb the tower at dusk", "the guide"),
        # ... or hangs the cue on the subject of the clause it interrupts
        ("The change now, she told me on Sunday, is that the depot has a new owner.",
         "The change now, she told me on Sunday, is that the depot has a new owner", "she"),
        # ... or hangs the cue on a fronted clause, and the clause it interrupts goes on after it
        ("Though the first merger went smoothly, she said, replacing the board would be far more bitter.",
         "Though the first merger went smoothly, she said, replacing the board would be far more bitter", "she"),
    ],
)
def test_a_cue_interrupting_its_clause_however_parsed(text, content, speaker):
    assert attribution(text, content).speaker == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative clause without "that" on the object of an object cue
        ("At the hearing, Lopez cited hurtful remarks Grant had made about the nurse as proof of his contempt.",
         "hurtful remarks Grant had made about the nurse as proof of his contempt"),
        ("She mentioned the pledge the council made in May.", "the pledge the council made"),
    ],
)
def test_the_object_of_a_cue_keeps_its_relative_clause(text, content):
    assert attribution(text, content)


def test_an_addressee_is_not_the_content():
    assert attribution("He told reporters he would resign.", "he would resign")


def test_two_apostrophes_make_a_quotation_mark():
    # archive text types " as '' ; the quote and the one that goes on from it are found
    text = "''It is a tax rise by stealth,'' said Ann Cole, an economist. ''Nobody voted for it.''"
    first = attribution(text, "It is a tax rise by stealth,")
    second = attribution(text, "Nobody voted for it.")
    assert first.speaker == second.speaker == "Ann Cole"


def test_cues_inside_a_doubled_apostrophe_quote_are_not_reported_speech():
    text = "The candidate suggested that the mayor ''doesn't want voters to know that he paid nothing.''"
    a = attribution(text, "the mayor ''doesn't want voters to know that he paid nothing")
    assert a.speaker == "The candidate"
    assert all(x.cue not in ("want", "know") for x in attributions(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor's bet is that the new tram will pay for itself.", "the new tram will pay for itself", "The mayor"),
        ("The coach's view was that the pitch had cost them the game.", "the pitch had cost them the game",
         "The coach"),
    ],
)
def test_a_sources_view_is_that(text, content, speaker):
    assert attribution(text, content).speaker == speaker


def test_a_problem_that_is_no_one_s_view_is_not_attributed():
    assert attributions("The problem is that the bridge is old.") == []


def test_a_possessor_speaks_without_its_s():
    text = "Residents disputed the warden's claim that the gates were locked."
    assert attribution(text, "the gates were locked").speaker == "the warden"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('Strikers chanted "No cuts here!" outside the depot.', "No cuts here!", "Strikers"),
        ('A rival likened the levy to "robbing the harbour."', 'the levy to "robbing the harbour."', "A rival"),
    ],
)
def test_chanting_and_likening(text, content, speaker):
    assert attribution(text, content).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "It goes without saying that fares will rise.",
        "Those were the words the driver, lying on the road, said before he died.",
    ],
)
def test_no_report_without_a_reported_clause(text):
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an initial and "p.m." followed by a lower-case word end no sentence
        ("Ms. Grant leads the nominee, Peter J. Holm, among young voters, according to a poll out on Friday.",
         "Ms. Grant leads the nominee, Peter J. Holm, among young voters"),
        ("The blast went off around 8:30 p.m. in front of the depot, according to the fire chief.",
         "The blast went off around 8:30 p.m. in front of the depot"),
    ],
)
def test_according_to_keeps_the_whole_sentence(text, content):
    assert attribution(text, content)


def test_who_issues_a_statement_says_what_it_says():
    text = "The ferry operator issued a statement saying that the winter timetable would start early."
    a = attribution(text, "the winter timetable would start early")
    assert a.speaker.lower().endswith("ferry operator")


@pytest.mark.parametrize(
    "text",
    [
        "The depot was shut for a week, officials would not say why.",
        "Asked about the fire, the landlord did not comment.",
    ],
)
def test_a_cue_said_not_to_have_spoken_reports_nothing_before_it(text):
    assert attributions(text) == []
