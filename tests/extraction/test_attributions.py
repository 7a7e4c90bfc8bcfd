"""Attributions: quotes, reported speech, cues, and speaker resolution."""

import pytest

from .helpers import attribution, attributions

# --- direct quotes --------------------------------------------------------------

def test_straight_quote_with_cue_after():
    text = '"The plan is dead," Mr Jones said.'
    a = attribution(text, "The plan is dead,")
    assert a.direct and a.speaker == "Jones" and a.cue == "said"


def test_curly_quote_with_inverted_cue():
    text = "“We will not play this game,” said Omar Haddad, a senior official."
    a = attribution(text, "We will not play this game,")
    assert a.direct and a.speaker == "Omar Haddad" and a.speaker_kind == "person"


def test_quote_after_colon():
    text = 'Chairman Sir Archy Kirkwood said: "If the agency cannot be rescued, then it must be replaced."'
    a = attribution(text, "If the agency cannot be rescued, then it must be replaced.")
    assert "Archy Kirkwood" in a.speaker


def test_quote_spanning_sentences_is_one_claim():
    text = '"We are continuing the war to the end. It will continue until victory," Netanyahu said.'
    (a,) = attributions(text)
    assert a.content == "We are continuing the war to the end. It will continue until victory,"


def test_broken_quote_is_two_claims_with_one_speaker():
    text = ('Ghazi Hamad spoke on Tuesday. "Some people want a small pause," Hamad said. '
            '"But we want to stop the war."')
    found = attributions(text)
    assert [a.content for a in found] == ["Some people want a small pause,", "But we want to stop the war."]
    assert {a.speaker for a in found} == {"Ghazi Hamad"}


def test_quote_continuing_in_next_paragraph_belongs_to_last_speaker():
    text = ('Senator Ruth Calder backed the bill. "People are dying," she said.\n\n'
            '"This is not charity. It is in our own interest."')
    a = attribution(text, "This is not charity. It is in our own interest.")
    assert a.speaker == "Ruth Calder"


def test_unclosed_straight_quote_followed_by_new_quote():
    text = ('Ms Hewitt said: "We have doubled maternity pay. "We are going to extend it '
            'to nine months."')
    contents = [a.content for a in attributions(text)]
    assert contents == ["We have doubled maternity pay.", "We are going to extend it to nine months."]


def test_mixed_quote_inside_reported_speech_is_one_claim():
    text = 'David Frost warned that many small firms could be "crippled" by the move.'
    (a,) = attributions(text)
    assert a.content == 'many small firms could be "crippled" by the move'
    assert not a.direct and a.speaker == "David Frost"


def test_headline_quote():
    text = "CSA 'could close', says minister\n\nThe agency is under review."
    (a,) = attributions(text)
    # a mixed quote: the clause with its quoted words ("CSA 'could close'")
    assert a.content.endswith("'could close'") and a.direct
    assert a.speaker == "minister" and a.cue == "says"


# --- reported speech and cue families -----------------------------------------

@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Anna Berg said that the budget was balanced.", "the budget was balanced", "Anna Berg"),
        ("The minister told reporters the talks had stalled.", "the talks had stalled", "minister"),
        ("Unions warned that 400 jobs were at risk.", "400 jobs were at risk", "Unions"),
        ("The governor insisted the figures were accurate.", "the figures were accurate", "governor"),
        ("Israel believes that 128 hostages remain in Gaza.", "128 hostages remain in Gaza", "Israel"),
        ("Tom Baines accused the ruling group of years of waste.", "the ruling group of years of waste",
         "Tom Baines"),
        ("The Local Government Association urged ministers to reform the funding system.",
         "ministers to reform the funding system", "Local Government Association"),
        ("A report by the committee called for the agency to be scrapped.", "the agency to be scrapped",
         "committee"),
        ("The committee blamed senior managers for the delays.", "senior managers for the delays",
         "committee"),
        ("The inquiry found that 250,000 cases had yet to be processed.",
         "250,000 cases had yet to be processed", "inquiry"),
        ("The company claimed the merger would save money.", "the merger would save money", "company"),
        ("Critics argued that the tax was unfair.", "the tax was unfair", "Critics"),
        ("The firm denied that it had broken the law.", "it had broken the law", "firm"),
        ("The senator intends to offer an amendment next week.", "to offer an amendment next week", "senator"),
        ("Rebuilding costs will be lower than expected, analysts said.",
         "Rebuilding costs will be lower than expected", "analysts"),
    ],
)
def test_cue_families(text, content, speaker):
    a = attribution(text, content)
    assert not a.direct
    assert speaker in a.speaker


def test_according_to_at_end():
    text = "The bank has asked for an audit, according to a person familiar with the talks."
    a = attribution(text, "The bank has asked for an audit")
    assert a.speaker == "a person familiar with the talks" and a.speaker_kind == "anonymous"
    assert a.cue == "according to"


def test_according_to_at_start():
    text = "According to the council's figures, a typical household will pay £74 more."
    a = attribution(text, "a typical household will pay £74 more")
    assert "council" in a.speaker


def test_two_attributions_in_one_sentence():
    text = 'The Tories dismissed the plan as "desperate", while the Liberal Democrats said it was misdirected.'
    found = {a.content: a.speaker for a in attributions(text)}
    assert found == {'the plan as "desperate"': "Tories", "it was misdirected": "Liberal Democrats"}


# --- speakers ---------------------------------------------------------------------

def test_pronoun_resolves_to_the_nearest_person():
    text = 'Work and Pensions Secretary Alan Johnson spoke on Monday. But he said the option was "nuclear".'
    a = attribution(text, 'the option was "nuclear"')
    assert a.speaker == "Alan Johnson"


def test_she_skips_a_man():
    text = ("Patricia Hewitt met David Frost, who runs the chamber, on Sunday. "
            "Mr Frost was unhappy. She said the plans would be paid for by taxpayers.")
    a = attribution(text, "the plans would be paid for by taxpayers")
    assert a.speaker == "Patricia Hewitt"


def test_title_and_surname_resolve_to_full_name_with_aliases():
    text = ("Alan Johnson opened the debate. Mr Johnson told the BBC that the agency "
            "would be reformed.")
    a = attribution(text, "the agency would be reformed")
    assert a.speaker == "Alan Johnson"
    assert "Johnson" in a.speaker_aliases


def test_it_resolves_to_the_organisation():
    text = ("The Association of British Insurers warned that travel policies are limited. "
            "It said lost possessions will usually be covered.")
    a = attribution(text, "lost possessions will usually be covered")
    assert "Association of British Insurers" in a.speaker and a.speaker_kind == "organization"


def test_the_company_resolves_to_the_named_firm():
    text = "Time Warner said on Friday that profits rose. The company said AOL had lost subscribers."
    a = attribution(text, "AOL had lost subscribers")
    assert a.speaker == "Time Warner"


def test_organisation_speaker():
    a = attribution("Hamas said it would not discuss any exchange.", "it would not discuss any exchange")
    assert a.speaker == "Hamas" and a.speaker_kind == "organization"


def test_anonymous_source_keeps_its_description():
    text = '"Progress remains slow," a source briefed on the talks told the Financial Times.'
    a = attribution(text, "Progress remains slow,")
    assert a.speaker == "a source briefed on the talks" and a.speaker_kind == "anonymous"


def test_apposition_names_the_person():
    text = 'The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced before."'
    assert attribution(text, "These plans were announced before.").speaker == "Theresa May"


def test_speaker_never_a_pronoun_when_named():
    text = ('Michelle, a mother of twins, said she had not been paid. '
            '"I have to chase them all the time," she said.')
    assert {a.speaker for a in attributions(text)} == {"Michelle"}


def test_belief_stated_with_an_adjective():
    a = attribution("Republicans are confident they have the votes.", "they have the votes")
    assert a.speaker == "Republicans"


def test_that_clause_after_an_intervening_phrase():
    text = "The White House said in a statement that the measure would fail."
    assert attribution(text, "the measure would fail").speaker == "White House"


def test_contrast_clause_is_a_claim_of_its_own():
    text = "Senator Lindsey Graham predicted the bill would pass, though he conceded that changes might be needed."
    assert attribution(text, "the bill would pass").speaker == "Lindsey Graham"
    assert attribution(text, "changes might be needed").speaker == "Lindsey Graham"


def test_second_cue_in_a_coordination_is_split_off():
    text = "The Department for Transport said the offer was fair and urged the union to put it to a vote."
    assert attribution(text, "the offer was fair").speaker == "Department for Transport"


def test_courtesy_title_with_age_is_a_person():
    text = "Her predecessor, Steve Barclay, spoke on Monday. Mr Barclay, 52, insisted the money had been well spent."
    a = attribution(text, "the money had been well spent")
    assert a.speaker == "Steve Barclay" and a.speaker_kind == "person"


def test_belief_relayed_by_a_newspaper_keeps_the_believer():
    text = "Swiss Re believes that the cost would be substantial, the Financial Times reported."
    (a,) = attributions(text)
    assert a.speaker == "Swiss Re" and a.content == "the cost would be substantial"
