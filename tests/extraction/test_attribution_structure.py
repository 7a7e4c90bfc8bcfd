"""Attribution structure beyond "X said that ...": cues after auxiliaries and
adjuncts, cues that interrupt their clause, feelings and beliefs held by a
source, participles of saying, light verbs with cue nouns, block quotes.
Every sentence here is written for the test."""

from .helpers import attribution, attributions


def test_cue_after_auxiliary_and_adverb():
    a = attribution("The treasurer has repeatedly insisted that the fund is solvent.", "the fund is solvent")
    assert a.speaker == "The treasurer" and a.cue == "insisted"


def test_cue_with_adjuncts_before_its_clause():
    text = "Karin Osei conceded in a radio interview on Monday that the ferry timetable had failed."
    a = attribution(text, "the ferry timetable had failed")
    assert a.speaker == "Karin Osei" and a.cue == "conceded"


def test_cue_interrupting_its_clause_keeps_the_whole_clause():
    text = "Most of the grants, the auditor said at the hearing, were never spent."
    a = attribution(text, "Most of the grants, the auditor said at the hearing, were never spent")
    assert a.speaker == "the auditor"


def test_parenthetical_cue_parsed_as_parataxis():
    text = "Helen Marsh runs the shelter. The new rules, she said, were written in a hurry."
    a = attribution(text, "The new rules, she said, were written in a hurry")
    assert a.speaker == "Helen Marsh"


def test_worry_held_by_residents_in_a_relative_clause():
    text = "Residents who fear that the quarry will reopen have formed a protest group."
    a = attribution(text, "the quarry will reopen")
    assert a.speaker == "Residents" and a.cue == "fear"


def test_feeling_about_a_fact_is_held_by_its_subject():
    text = "Parents were frustrated that the school closed the library without notice."
    a = attribution(text, "the school closed the library without notice")
    assert a.speaker == "Parents"


def test_light_verb_with_cue_noun():
    text = "Farmers have expressed concern that the new levy could push small dairies out of business."
    a = attribution(text, "the new levy could push small dairies out of business")
    assert a.speaker == "Farmers"


def test_cue_noun_after_light_verb_needs_an_agent():
    # a ruling raises fears in others; it holds none itself
    assert attributions("The verdict raised fears that rents would climb again.") == []


def test_participle_of_saying_after_with():
    text = "Shares in the brewer slid, with analysts saying the merger was unlikely to survive scrutiny."
    a = attribution(text, "the merger was unlikely to survive scrutiny")
    assert a.speaker == "analysts" and a.cue == "saying"


def test_participle_of_saying_in_apposition():
    text = "The district council, saying the bridge was unsafe, closed it to lorries."
    a = attribution(text, "the bridge was unsafe")
    assert "council" in a.speaker


def test_cue_verb_tagged_as_plural_noun():
    a = attribution("But Okafor claims that the contract was never signed.", "the contract was never signed")
    assert a.speaker == "Okafor"


def test_called_for_a_gerund():
    a = attribution("The union has called for scrapping the two-tier pay scale.", "scrapping the two-tier pay scale")
    assert a.speaker == "The union" or "union" in a.speaker


def test_called_on_someone_to_act():
    text = "The mayor called on the water board to publish its repair schedule."
    a = attribution(text, "the water board to publish its repair schedule")
    assert a.speaker == "The mayor"


def test_second_coordinated_act_of_saying_belongs_to_the_first_speaker():
    text = ("Deniz Arslan, speaking to farmers in Kent, said he would review the subsidy rules "
            "and warned against cheap imports from outside Europe.")
    first = attribution(text, "he would review the subsidy rules")
    second = attribution(text, "cheap imports from outside Europe")
    assert first.speaker == second.speaker == "Deniz Arslan"


def test_block_quote_after_a_colon():
    text = ("The head teacher wrote to parents on Friday. She added:\n\n"
            "We cannot keep the pool open without more volunteers. We are sorry.\n\n"
            "The pool closes next month.")
    a = attribution(text, "We cannot keep the pool open without more volunteers. We are sorry.")
    assert a.direct and a.cue == "added"


def test_quoted_paragraph_after_a_colon_is_not_doubled():
    text = 'The coach said:\n\n"We were second best all afternoon."'
    assert [a.content for a in attributions(text)] == ["We were second best all afternoon."]
