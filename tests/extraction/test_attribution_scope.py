"""Where a report's content lies: the clause "according to" hangs on, noun
phrases that a source acknowledges, notes or claims, what a study finds, "made
it clear" without "that"; and what is not reported at all: a predicate the
parser put after "says", a "when" clause before a cue with nothing to say.
Every sentence here is written for the test."""

from .helpers import attribution, attributions


# "according to" qualifies the clause it hangs on, whichever side is longer.
def test_according_to_between_the_claim_and_a_longer_comparison():
    text = (
        "Rents in the old town rose 14 percent last year, according to the tenants' association, "
        "far more than the council had projected for the outer districts in its housing plan."
    )
    a = attribution(text, "Rents in the old town rose 14 percent last year")
    assert a.speaker == "tenants' association" or "tenants" in a.speaker
    assert a.cue == "according to"


def test_according_to_before_its_clause():
    text = "According to the harbour master, two ferries were held back by the storm on Sunday."
    attribution(text, "two ferries were held back by the storm on Sunday")


# Noun-phrase objects of verbs of saying.
def test_acknowledged_a_noun_phrase():
    text = "The senator has acknowledged the scale of the deficit, which sets her apart from her party."
    a = attribution(text, "the scale of the deficit, which sets her apart from her party")
    assert a.speaker == "The senator" and a.cue == "acknowledged"


def test_noted_a_noun_phrase_in_a_memoir():
    text = "In her memoir, the former minister noted the hospital's repeated funding shortfalls."
    a = attribution(text, "the hospital's repeated funding shortfalls")
    assert a.cue == "noted"


def test_claimed_a_noun_phrase():
    text = "The developer claimed a loss of $40 million on the tower, which let it defer its taxes."
    a = attribution(text, "a loss of $40 million on the tower, which let it defer its taxes")
    assert "developer" in a.speaker


def test_portrayed_as():
    text = "The mayor portrayed herself as the only candidate able to fix the buses."
    a = attribution(text, "herself as the only candidate able to fix the buses")
    assert a.speaker == "The mayor"


def test_acknowledges_in_the_middle_still_reports_the_clause_around_it():
    text = "All of the new housing, the councillor acknowledges, could be blocked by the courts."
    a = attribution(text, "All of the new housing, the councillor acknowledges, could be blocked by the courts")
    assert a.speaker == "the councillor"


# What a study or report finds.
def test_a_study_found_a_noun_phrase():
    text = "A 2019 study by two economists at the university found 12 cases of fraud among 4 million claims."
    a = attribution(text, "12 cases of fraud among 4 million claims")
    assert "study" in a.speaker and a.cue == "found"


def test_a_person_who_found_a_thing_reports_nothing():
    assert attributions("The caretaker found a wallet under the stage on Monday.") == []


def test_police_who_found_a_body_report_nothing():
    assert attributions("Divers found the missing kayak near the weir.") == []


# "made (it) clear" with a clause and no "that".
def test_made_it_clear_without_that():
    text = "In the interview, the coach made it clear he had doubts about the new owners."
    a = attribution(text, "he had doubts about the new owners")
    assert a.speaker == "the coach" and a.cue == "clear"


def test_made_clear_progress_reports_nothing():
    assert attributions("The rescue team made clear progress on the second day.") == []


# Nothing reported.
def test_a_predicate_after_says_is_not_what_was_said():
    text = "Everything the mayor says is a story unless the tenants can check it."
    assert not any(a.cue == "says" for a in attributions(text))


def test_a_when_clause_before_a_tail_cue_is_not_what_was_said():
    text = "But when the board cut the grant a year later, the charity said enough."
    assert not any(a.cue == "said" for a in attributions(text))


def test_a_reported_clause_before_a_tail_cue_still_counts():
    text = "The bridge will reopen in May, the council said."
    a = attribution(text, "The bridge will reopen in May")
    assert "council" in a.speaker


def test_a_clause_whose_subject_the_parser_took_for_an_object_still_counts():
    text = "Supporters believe the stadium plan is still realistic."
    a = attribution(text, "the stadium plan is still realistic")
    assert a.speaker == "Supporters"


# A quoted line after a quote paragraph that says nothing.
def test_a_quoted_heading_does_not_go_on_from_the_last_speaker():
    text = (
        '"We will rebuild the pier before the summer," the mayor said.\n\n'
        "'Storms Are the New Normal.'\n\n"
        "The town has lost three piers since 1990."
    )
    assert [a.content for a in attributions(text)] == ["We will rebuild the pier before the summer,"]


def test_a_stage_direction_in_a_transcript_is_no_quote():
    text = '"We need the money now," the minister said.\n\n"(APPLAUSE.)\n\nThe session ended at noon.'
    assert all("APPLAUSE" not in a.content for a in attributions(text))


def test_a_short_quote_going_on_from_the_last_speaker_still_counts():
    text = '"The vote is on Friday," the chairwoman said.\n\n"It is close. We will win it."'
    a = attribution(text, "It is close. We will win it.")
    assert a.speaker == "the chairwoman"


# A contrast after the content is not part of it, wherever the cue stands.
def test_a_contrast_after_an_interrupted_report_is_left_out():
    text = "The new runway, the airport said, would open in June, although it may take weeks to train the staff."
    attribution(text, "The new runway, the airport said, would open in June")


def test_a_contrast_after_a_tail_cue_is_left_out():
    text = "The new runway would open in June, the airport said, although it may take weeks to train the staff."
    attribution(text, "The new runway would open in June")


# "called on X to ..." whether the parser takes "on" for a preposition or a particle.
def test_called_on_with_on_as_a_particle():
    a = attribution("The family has called on police to release the footage.", "police to release the footage")
    assert a.speaker == "The family" and a.cue == "called"


def test_called_on_members_to_stay_at_home():
    attribution("The union has called on members to stay at home on Friday.", "members to stay at home")


# A gerund joined to a finite object cue goes on with its object.
def test_mentioned_two_gerunds():
    text = (
        "The governor has mentioned refinancing student debt and forcing universities to spend more "
        "from their endowments to help students."
    )
    a = attribution(
        text,
        "refinancing student debt and forcing universities to spend more from their endowments to help students",
    )
    assert a.speaker == "The governor"


# A cue closing joined clauses reports all of them, with no dangling "but".
def test_a_tail_cue_after_two_joined_clauses_reports_both():
    text = "The mayor wanted the depot closed, but the council overruled her, an aide said."
    a = attribution(text, "The mayor wanted the depot closed, but the council overruled her")
    assert a.speaker == "an aide"


def test_a_tail_cue_after_a_contrast_keeps_both_clauses():
    text = (
        "The ferry was meant to sail at noon, but the captain kept it in port because of the storm, a passenger said."
    )
    attribution(text, "The ferry was meant to sail at noon, but the captain kept it in port because of the storm")


# The outer report stands when it says more than the view it holds inside.
def test_an_outer_report_that_goes_past_the_inner_view_is_kept():
    text = (
        "Most homeowners polled by Northfield Bank expect prices to fall next year, while rents keep rising, "
        "the bank said."
    )
    outer = attribution(
        text, "Most homeowners polled by Northfield Bank expect prices to fall next year, while rents keep rising"
    )
    assert outer.speaker == "Northfield Bank"
    attribution(text, "prices to fall next year")


def test_the_holder_of_the_view_wins_when_the_outer_report_says_no_more():
    text = "Swiss insurers believe claims will rise sharply, the newspaper reported."
    assert [a.content for a in attributions(text)] == ["claims will rise sharply"]


# ... but an act of saying is no view held: the outer report, and its source, stand.
def test_an_act_of_saying_inside_a_tail_cue_is_the_outer_sources_report():
    text = "The ferry operator denied cutting the winter timetable, a union official said."
    assert [(a.speaker, a.content) for a in attributions(text)] == [
        ("a union official", "The ferry operator denied cutting the winter timetable")
    ]


def test_a_statement_inside_a_tail_cue_is_the_outer_sources_report():
    text = "The coach said the squad was fit for Saturday, club officials said."
    assert [(a.speaker, a.content) for a in attributions(text)] == [
        ("club officials", "The coach said the squad was fit for Saturday")
    ]


# "the bank" is the bank last named, whatever its role in its sentence.
def test_the_bank_is_the_bank_named_in_a_by_phrase():
    text = (
        "Reliance Industries said profit rose 12%.\n\n"
        "Traders polled by Castlegate Bank said profits would slip. The bank said the survey covered 300 firms."
    )
    assert attribution(text, "the survey covered 300 firms").speaker == "Castlegate Bank"


# Cues that assert nothing: a question or advice to the reader, a supposition, "without".
def test_a_question_to_the_reader_reports_nothing():
    assert attributions("Do you know where the council spends your rates?") == []


def test_a_supposition_reports_nothing():
    text = "If the board rejected the offer, the workers would strike again."
    assert not any(a.cue == "rejected" for a in attributions(text))


def test_without_knowing_reports_nothing():
    text = "It is impossible to judge the budget without knowing how the cuts would fall."
    assert not any(a.cue == "knowing" for a in attributions(text))


def test_you_in_an_open_letter_is_a_source():
    a = attribution("Mr. Mayor, you say the buses are full.", "the buses are full")
    assert a.speaker == "you"


# Reported clauses the parser hung elsewhere.
def test_vowed_not_to():
    text = "The new chairwoman vowed not to repeat the mistakes of her predecessor."
    a = attribution(text, "not to repeat the mistakes of her predecessor")
    assert a.speaker == "The new chairwoman"


def test_heard_shouting_that():
    text = "A neighbour can be heard shouting to the officers that the man was unarmed."
    assert attribution(text, "the man was unarmed").speaker == "A neighbour"


def test_said_then_a_time_phrase_then_the_clause():
    a = attribution("The mayor said after the vote she would not run again.", "she would not run again")
    assert a.speaker == "The mayor"


def test_not_saying_when_reports_nothing():
    assert attributions("The ministers have not said when they would publish the report.") == []


def test_a_fronted_while_clause_is_not_what_is_noted():
    text = (
        "While he acknowledged funding was a major reason for the delays, "
        "the director also noted several other problems."
    )
    assert [a.content for a in attributions(text) if a.cue == "noted"] == ["several other problems"]


def test_a_fronted_although_clause_inside_a_quote_is_part_of_it():
    text = '"Although prices held up in the spring, demand fell sharply over the summer," the report stated.'
    assert any(
        a.content.startswith("Although prices held up in the spring, demand fell sharply") for a in attributions(text)
    )


# Where an object cue's content ends: before a dash that opens the writer's remark,
# before "during" after an "as" complement.
def test_a_remark_after_a_dash_is_not_what_was_likened():
    text = 'The senator likened the new rules to "tearing up the rulebook" - a charge that stung the minister.'
    attribution(text, 'the new rules to "tearing up the rulebook"')


def test_the_next_act_after_a_dash_is_not_what_was_called_for():
    attribution("The mayor called for lower fares — angering the bus operators.", "lower fares")


def test_during_after_an_as_complement_dates_the_criticism():
    text = 'The former governor criticized the tax plan as a "crazy system" during a campaign stop in Leeds.'
    attribution(text, 'the tax plan as a "crazy system"')


def test_a_dash_inside_a_quoted_phrase_stays():
    text = 'The union described the offer as "a cut - a real cut - in pay" for its members.'
    a = next(a for a in attributions(text) if a.cue == "described")
    assert "a real cut" in a.content


# "according to" covers the clause joined to the one it hangs on, not a report of its own.
def test_according_to_covers_a_joined_clause():
    text = "Wages rose 3 percent last year, according to the statistics office, and prices climbed 2 percent."
    a = attribution(
        text, "Wages rose 3 percent last year, according to the statistics office, and prices climbed 2 percent"
    )
    assert "statistics office" in a.speaker


def test_according_to_leaves_a_joined_report_to_its_speaker():
    text = (
        "The miners' families watched the footage on Monday, according to their lawyer, "
        "and said they had more questions than answers."
    )
    attribution(text, "The miners' families watched the footage on Monday")
    assert attribution(text, "they had more questions than answers").speaker == "The miners' families"


# "for saying": the one blamed or praised said it, or, with no one acted on, the one who acts.
def test_apologized_for_saying():
    a = attribution("The coach apologized for saying that the referee was biased.", "the referee was biased")
    assert a.speaker == "The coach"


def test_criticised_someone_for_saying_keeps_the_one_criticised():
    text = "The board criticised the minister for saying that the school was failing."
    assert attribution(text, "the school was failing").speaker == "the minister"


# A quote that opens a reported clause which goes on past the closing mark.
def test_a_mixed_quote_keeps_the_rest_of_its_clause():
    text = 'He said "tax reforms" and the sale of public land would pay for the plan.'
    a = attribution(text, '"tax reforms" and the sale of public land would pay for the plan')
    assert a.speaker == "He"


def test_a_quoted_sentence_ending_in_a_comma_stops_at_its_mark():
    assert [a.content for a in attributions('She kept shouting "Stop it," until the police arrived.')] == ["Stop it,"]


# A contrast after a comma stays in the report, unless a verb of saying opens a claim of its own in it.
def test_a_contrast_with_its_own_speaker_is_not_the_first_speakers_content():
    text = ("The Retail Council said the sales tax should have been cut, while traders' groups in Durban said "
            "they would close their shops.")
    assert "Retail Council" in attribution(text, "the sales tax should have been cut").speaker


def test_a_contrast_with_nobody_saying_it_stays_in_the_report():
    text = "The bureau said exports rose 5% in May, while imports fell 2%."
    assert "bureau" in attribution(text, "exports rose 5% in May, while imports fell 2%").speaker
    text = ("The chief executive said the closures would cost 600 jobs, although the company hoped to move "
            "200 staff to other stores.")
    attribution(text, "the closures would cost 600 jobs, although the company hoped to move 200 staff to other stores")


def test_the_speakers_next_act_joined_by_and_is_not_what_it_said():
    text = ("The anglers' federation said the 15 percent cut did not go far enough and called for the quota "
            "to be set at no more than 20,000 tonnes.")
    assert "anglers' federation" in attribution(text, "the 15 percent cut did not go far enough").speaker


def test_according_to_does_not_source_the_writers_turn_after_but():
    text = ("Cassava output rose an estimated 8 percent to 61 million tonnes, according to the farm research "
            "institute, but a sharp fall in prices has left many growers in debt.")
    a = attribution(text, "Cassava output rose an estimated 8 percent to 61 million tonnes")
    assert a.cue == "according to"


def test_a_contrast_with_a_passive_of_saying_stays_in_the_report():
    text = "Officials said at least three people had drowned, though the deaths had not yet been confirmed as storm-related."
    attribution(text, "at least three people had drowned, though the deaths had not yet been confirmed as storm-related")


def test_what_figures_show_by_a_speakers_reading_is_the_speakers_claim():
    # the figures are what the speaker reads; the nested "the numbers showed" is no claim of its own,
    # quoted or not, while figures that show something on their own stay the source
    text = (
        'Opposition transport critic Owen Bramley said the numbers showed "a network in decline". '
        "Councillor Ruth Harker said the survey confirmed what her members report every week. "
        "The figures show that 40 buses were late on Monday."
    )
    found = {(a.speaker, a.content) for a in attributions(text)}
    assert found == {
        ("Owen Bramley", 'the numbers showed "a network in decline"'),
        ("Ruth Harker", "the survey confirmed what her members report every week"),
        ("The figures", "40 buses were late on Monday"),
    }
