"""Reported speech that goes on after a cue set inside it, by "and" and a verb
phrase with no subject of its own; a quote introduced by a verb of manner ("fumed:"); a quote whose closing cue names its speaker
with a noun that is also a cue word ("the judge said"). Sentences written for the test."""

from .helpers import attributions


def _contents(text: str) -> dict[str, str]:
    return {a.content: a.speaker for a in attributions(text)}


def test_verb_phrase_after_an_inner_cue_is_a_claim_of_its_own():
    text = (
        "Mary Tolland runs the bakery on Dock Street. "
        "The shop sold 900 loaves in May, she said, and could no longer afford the rent."
    )
    found = _contents(text)
    assert found.get("The shop sold 900 loaves in May") == "Mary Tolland"
    assert found.get("and could no longer afford the rent") == "Mary Tolland"


def test_verb_phrase_after_a_closing_cue_is_not_left_out():
    text = "Most kilns ran for six days, the foreman told us, and had cooled by the Monday after."
    found = _contents(text)
    assert "Most kilns ran for six days" in found
    assert "and had cooled by the Monday after" in found


def test_a_cue_of_its_own_after_and_is_not_split_off():
    text = "The ferry lost money in March, the operator said, and added that fares would rise in June."
    assert not any(c.startswith("and added") for c in _contents(text))


def test_a_clause_with_its_own_subject_is_left_as_read():
    text = "Most kilns ran for six days, he said, and the foundry had laid off 40 workers in March."
    assert not any(c.startswith("and the foundry") for c in _contents(text))


def test_quote_closed_by_a_speaker_noun_that_is_also_a_cue_word():
    text = 'The tenancy case closed on Friday. "Every tenant was warned twice. Nobody listened," the judge told them.'
    found = _contents(text)
    assert found.get("Every tenant was warned twice. Nobody listened,") == "the judge"


def test_a_verb_of_manner_introduces_a_quote():
    text = 'Priya Nandakumar, who runs the corner shop, fumed: "The bins have not been emptied for a month."'
    found = _contents(text)
    assert found.get("The bins have not been emptied for a month.") == "Priya Nandakumar"


def test_a_cue_in_brackets_reports_the_clause_it_interrupts():
    text = (
        "Councillor Rhiannon Teague questioned the harbour board on Monday. "
        "Most of the dredging contracts (she said at the meeting) were never put out to tender."
    )
    found = [(content, speaker) for content, speaker in _contents(text).items() if content.endswith("put out to tender")]
    assert len(found) == 1 and found[0][1] == "Rhiannon Teague"
    assert found[0][0].startswith("Most of the dredging contracts")
