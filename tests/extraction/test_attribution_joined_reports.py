"""Reports joined to another in one sentence, and cues the parser misread: a second cue tied to a
passive clause, a source's own report after "according to", "that" taken for a determiner, and a
name that an apposition calls a body. Sentences written for the test."""

from .helpers import attribution, attributions


def test_cue_joined_to_a_reported_passive_clause_has_the_first_speaker():
    text = "The treasurer said the roads budget had been cut by 4%, and warned that 60 bridges would not be repaired."
    a = attribution(text, "60 bridges would not be repaired")
    assert (a.speaker, a.cue) == ("The treasurer", "warned")


def test_report_of_its_own_ends_what_according_to_sources():
    text = (
        "According to the Port Authority, the average delay last month was 38 minutes, "
        "and the authority noted that 91 per cent of ferries left on time."
    )
    first = attribution(text, "the average delay last month was 38 minutes")
    assert first.speaker == "Port Authority"
    assert attribution(text, "91 per cent of ferries left on time").cue == "noted"


def test_that_taken_for_a_determiner_still_opens_what_was_written():
    text = "The Fenland Growers Association, in a letter to the council, wrote that storage for only 9,000 tonnes remained."
    a = attribution(text, "storage for only 9,000 tonnes remained")
    assert a.speaker == "Fenland Growers Association"


def test_that_before_a_noun_with_no_clause_after_it_reports_nothing():
    text = "Marguerite Lamb wrote that report last year."
    assert attributions(text) == []


def test_name_an_apposition_calls_a_body_is_an_organisation_and_no_one_she_means():
    text = (
        "Kaitiaki Wai, the drinking water regulator, said in a statement it had served the council with an order. "
        "The mayor, Hinemoa Pratt, said the repairs would cost $3 million. "
        "She said the council would appeal."
    )
    order = attribution(text, "it had served the council with an order")
    assert (order.speaker, order.speaker_kind) == ("Kaitiaki Wai", "organization")
    assert attribution(text, "the council would appeal").speaker == "Hinemoa Pratt"


def test_advocate_is_a_title_not_part_of_the_name():
    text = "The directorate's head, Advocate Thandeka Mokoena-Ruiz, said 30 investigations were still open."
    assert attribution(text, "30 investigations were still open").speaker == "Thandeka Mokoena-Ruiz"
