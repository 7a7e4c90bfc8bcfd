"""Phenomena found on new material (tests/extraction/gold2): nested and belief
attributions, nominal cues, relative-clause sources, scale words, labels and
ranks that are not amounts, and subjects read from the phrase around a number."""

from decimal import Decimal

from .helpers import attribution, attributions, quantities, quantity, values

# --- attributions ------------------------------------------------------------------

def test_nested_belief_keeps_both_sources():
    text = "Aides to Senator Dana Whitlock said she believes at least ten colleagues would vote against the bill."
    outer = attribution(text, "she believes at least ten colleagues would vote against the bill")
    inner = attribution(text, "at least ten colleagues would vote against the bill")
    assert "Aides" in outer.speaker and outer.speaker_kind == "anonymous"
    assert inner.speaker == "Dana Whitlock"


def test_possessor_is_not_the_speaker():
    text = "Governor Alan Pryce's aides argued that the budget was balanced."
    a = attribution(text, "the budget was balanced")
    assert a.speaker != "Alan Pryce" and "aides" in a.speaker


def test_appositive_name_beats_possessor():
    text = "Mr Hale's lawyer, Jane Corrigan, told the court her client would plead not guilty."
    a = attribution(text, "her client would plead not guilty")
    assert a.speaker == "Jane Corrigan"


def test_relative_pronoun_source():
    text = ("The Resolution Foundation, which warned that families could be £900 a year worse off, "
            "published its report on Monday.")
    a = attribution(text, "families could be £900 a year worse off")
    assert a.speaker == "Resolution Foundation"


def test_want_with_subject_and_infinitive():
    text = "Many backbenchers want the leadership to change course."
    a = attribution(text, "the leadership to change course")
    assert a.speaker == "Many backbenchers"


def test_participle_adjective_belief():
    text = "The mayor's advisers are convinced that the tram line will be finished on time."
    a = attribution(text, "the tram line will be finished on time")
    assert "advisers" in a.speaker


def test_said_to_be_concerned():
    text = "Union leaders are said to be worried that the deal would cut overtime pay."
    assert any(a.content == "the deal would cut overtime pay" and "leaders" in a.speaker for a in attributions(text))


def test_made_clear_that():
    text = "Chancellor Priya Sandhu has made clear that taxes will not rise this year."
    a = attribution(text, "taxes will not rise this year")
    assert a.speaker == "Priya Sandhu"


def test_nominal_cue_with_possessor():
    text = "The agency's announcement that it was reviewing the contracts surprised investors."
    a = attribution(text, "it was reviewing the contracts")
    assert a.cue == "announcement" and "agency" in a.speaker


def test_participle_after_quote_starts_new_claim():
    text = ('Governor Ruiz said on Friday that he expected lawmakers to "do their jobs," '
            "adding that he would veto any budget that cut school funding.")
    assert any(a.content.endswith('he expected lawmakers to "do their jobs,"') for a in attributions(text))
    a = attribution(text, "he would veto any budget that cut school funding")
    assert a.speaker == "Ruiz"


def test_narrative_participle_is_not_content():
    text = "The senator claimed that the count was rigged, prompting the governor to warn that such talk was dangerous."
    a = attribution(text, "the count was rigged")
    assert a.speaker == "senator" or "senator" in a.speaker


def test_second_cue_in_conjunction_is_own_claim():
    text = "Opposition leader Mara Quint accused the government of \"losing control\" and called for an inquiry."
    attribution(text, 'the government of "losing control"')
    a = attribution(text, "an inquiry")
    assert a.speaker == "Mara Quint"


def test_pledged_and_vowed_are_two_claims():
    text = "The minister, Ruth Okafor, pledged to protect pensions, and vowed that no pensioner would lose out."
    attribution(text, "to protect pensions")
    attribution(text, "no pensioner would lose out")


def test_doubled_consonant_cues():
    text = "The minister admitted the scheme had failed. Rebel MPs signalled they would abstain."
    attribution(text, "the scheme had failed")
    attribution(text, "they would abstain")


def test_relative_clause_gap_is_not_content():
    text = "Residents care most about housing, which surveys suggest is the main worry for 41% of tenants."
    assert not any(a.content.startswith("is the main worry") for a in attributions(text))


# --- numbers ---------------------------------------------------------------------

def test_crore_and_lakh():
    text = "The firm reported a profit of 19,878 crore rupees and paid 5 lakh rupees in fines."
    assert quantity(text, "19,878 crore").value == Decimal(198780000000)
    assert quantity(text, "5 lakh").value == Decimal(500000)


def test_labels_are_not_amounts():
    text = "Some 40 patients had type 2 diabetes and two had stage 4 cancer."
    assert Decimal(40) in values(text) and Decimal(2) in values(text)
    assert [q.text for q in quantities(text)].count("2") == 0
    assert "4" not in [q.text for q in quantities(text)]


def test_rank_is_not_amount():
    text = "He said the club could still finish in the top four."
    assert values(text) == []


def test_half_of_and_by_a_third():
    q = quantity("Fewer than half of the 120 senators voted.", "half")
    assert q.value == Decimal("0.5") and q.qualifier == "less_than"
    assert quantity("The drug cut the risk by a third.", "a third").value == Decimal("0.333333")


def test_money_in_noun_subject():
    assert quantity("The group made £48.3bn in sales last year.", "48.3bn").subject == "sales"


def test_amount_off_noun_subject():
    q = quantity("The slump wiped almost £35bn off the value of the banks.", "35bn")
    assert q.subject == "value" and q.qualifier == "approximately"


def test_price_per_unit_subject():
    assert quantity("Wheat futures fell below $6 a bushel.", "6").subject == "price"
    assert quantity("Analysts put the cost at $950 per family.", "950").subject != "price"


def test_dimension_adjective_subject():
    assert quantity("The new bridge is 1.2 kilometres long.", "1.2").subject == "length"


def test_compound_head_subject():
    assert quantity("He has scored in his last six league games.", "six").subject.endswith("games")
