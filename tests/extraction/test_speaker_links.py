"""A short form of a speaker linked to the one fuller person the article names:
an age standing for the person just named, a first name alone, a hyphenated
surname the model missed. Never a guess between two. Sentences written for the test."""

from spacy.tokens import Span

from claims.extraction.names import not_a_person
from claims.extraction.pipeline import parse

from .helpers import attribution


def test_age_stands_for_the_person_named_just_before():
    text = (
        "Ferrier Mills chairman Tobias Lennart-Quist opened the new weaving shed on Tuesday. "
        '"We waited nine years for this," said Lennart-Quist.\n\n'
        "The 67-year-old said the shed would employ 140 people by spring."
    )
    assert attribution(text, "the shed would employ 140 people by spring").speaker == "Tobias Lennart-Quist"


def test_age_with_a_noun_stands_for_the_person_named_just_before():
    text = (
        "Harbour pilot Ingrid Solvang said the channel was too shallow for the new ferries. "
        "The 44-year-old pilot added that dredging had been postponed twice."
    )
    assert attribution(text, "dredging had been postponed twice").speaker == "Ingrid Solvang"


def test_age_between_two_people_is_never_guessed():
    text = (
        "Ingrid Solvang and Marek Duda spoke at the harbour meeting on Friday. "
        "The 44-year-old pilot said dredging had been postponed twice."
    )
    assert attribution(text, "dredging had been postponed twice").speaker != "Ingrid Solvang"
    assert attribution(text, "dredging had been postponed twice").speaker != "Marek Duda"


def test_first_name_alone_links_to_the_full_name():
    text = (
        "Farmer Rosamund Tillery-Hart lost 30 hives to the frost. "
        '"It broke my heart," Rosamund said. Rosamund said the insurer had refused to pay.'
    )
    assert attribution(text, "the insurer had refused to pay").speaker == "Rosamund Tillery-Hart"


def test_first_name_shared_by_two_people_is_never_guessed():
    text = (
        "Rosamund Tillery and Rosamund Hart both keep bees near the river. "
        "Rosamund said the insurer had refused to pay."
    )
    assert attribution(text, "the insurer had refused to pay").speaker == "Rosamund"


def test_hyphenated_surname_links_to_a_name_that_opens_a_sentence():
    text = (
        "Leontyne Abara-Whitcombe, the county planning chief, approved the bypass on Monday. "
        "Abara-Whitcombe said the road would cost £88 million."
    )
    assert attribution(text, "the road would cost £88 million").speaker == "Leontyne Abara-Whitcombe"


def test_hyphenated_first_name_links_a_surname():
    text = (
        'Jean-Baptiste Moreau, a fisheries economist, called the quota cut "brutal". '
        '"The boats will not survive it," Moreau said.'
    )
    assert attribution(text, "The boats will not survive it,").speaker == "Jean-Baptiste Moreau"


def test_body_whose_name_holds_a_list_keeps_its_comma():
    text = (
        "Miners at the Tshwane shaft stayed out for a fourth week. "
        "The Board for Safety, Training and Certification said it would inspect the shaft on Monday."
    )
    assert attribution(text, "it would inspect the shaft on Monday").speaker.endswith(
        "Board for Safety, Training and Certification"
    )


def test_relation_noun_with_the_name_right_after_it_is_that_person():
    text = "The flood reached the kitchen by midnight, her brother Osric maintains."
    assert attribution(text, "The flood reached the kitchen by midnight").speaker == "Osric"


def test_name_after_a_lower_case_body_noun_is_not_a_person():
    text = (
        'Tenant adviser Philippa Marchetti-Rowe, of the housing charity Fair Hearth, said: "Rents are out of reach." '
        "She said the charity had taken 900 calls since May."
    )
    assert attribution(text, "the charity had taken 900 calls since May").speaker == "Philippa Marchetti-Rowe"


def test_a_job_description_tagged_as_a_name_is_not_a_person():
    doc = next(parse(["Desmond, 61, a crane operator, said nothing."]))
    assert not_a_person(Span(doc, 5, 7, label="PERSON"))  # "crane operator"
    assert not not_a_person(Span(doc, 0, 1, label="PERSON"))


def test_pronoun_after_a_described_speaker_of_its_gender_is_that_speaker():
    text = (
        "Magistrate Idris Kemble-Shaw fined the quarry owner £4,000 on Tuesday. "
        "Outside the court, a spokesman for the river trust said the fine was too low. "
        '"The river will take a decade to recover," he said.'
    )
    assert attribution(text, "The river will take a decade to recover,").speaker == ("a spokesman for the river trust")


def test_a_body_described_by_another_noun_is_not_the_one_named_before():
    text = (
        "The Greater Harlowfield Canal Agency said two locks would close in August. "
        "The coastal weather agency said river levels were 30cm above normal."
    )
    assert attribution(text, "river levels were 30cm above normal").speaker == "the coastal weather agency"


def test_the_noun_of_a_body_named_before_still_links_to_it():
    text = (
        "The Greater Harlowfield Canal Agency said two locks would close in August. "
        "The canal agency said repairs would take a month."
    )
    assert attribution(text, "repairs would take a month").speaker == "Greater Harlowfield Canal Agency"


def test_the_first_of_two_surnames_links_to_the_full_name():
    text = (
        "Energy Minister Camila Ferreyra Aguirre announced the new grid levy on Tuesday. "
        "Ferreyra said the levy would raise 900 million pesos a year."
    )
    assert attribution(text, "the levy would raise 900 million pesos a year").speaker == "Camila Ferreyra Aguirre"


def test_a_word_inside_two_full_names_is_never_guessed():
    text = (
        "Camila Ferreyra Aguirre and Lucas Ferreyra Soto met the growers on Friday. "
        "Ferreyra said the levy would raise 900 million pesos a year."
    )
    assert attribution(text, "the levy would raise 900 million pesos a year").speaker not in (
        "Camila Ferreyra Aguirre", "Lucas Ferreyra Soto"
    )
