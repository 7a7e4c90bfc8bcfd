"""A quake's magnitude, the units of a phone's specification, a storm's pressure and a dose; people killed
counted as deaths; counts listed by name ("France with 1.4 million") or by a noun whose verb is left out
("sorghum 1.1 million tonnes"); "the company" as the one business named before; a speaker's first surname;
a nationality or a player's position for the person who just spoke; a second "she said" inside a report; the
person named after a role, in an "according to" phrase or after a place phrase; a body "of" its country; and
", ... data show." at the end of a sentence, the verb taken for a noun.
Every sentence here is written for the test."""

from decimal import Decimal

import pytest

from .helpers import attribution, quantity


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Seismologists measured the tremor at magnitude 5.4.", "5.4"),
        ("A magnitude 6.2 earthquake shook the valley before dawn.", "6.2"),
        ("The quake had a magnitude of 4.9, the survey said.", "4.9"),
    ],
)
def test_a_number_after_magnitude_is_the_magnitude(text, mention):
    assert quantity(text, mention).subject == "magnitude"


@pytest.mark.parametrize(
    ("text", "mention", "unit", "subject"),
    [
        ("Patients received a 200-milligram injection every month.", "200", "mg", "injection"),
        ("The display reaches a peak brightness of 2,500 nits.", "2,500", "nit", "peak brightness"),
        ("Its main camera uses a 64-megapixel sensor.", "64", "MP", "sensor"),
        ("The cyclone had a central pressure of 955 millibars at landfall.", "955", "mbar", "central pressure"),
        ("Pressure at the eye fell to 948 hPa overnight.", "948", "hPa", "pressure"),
    ],
)
def test_units_of_a_specification_a_storm_and_a_dose(text, mention, unit, subject):
    found = quantity(text, mention)
    assert (found.unit, found.subject.lower()) == (unit, subject)


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The mudslide killed 17 people in the hill villages.", "17", "deaths"),
        ("The storm swept the coast on Friday, killing at least 9 people.", "9", "deaths"),
        ("The explosion injured 60 people at the depot.", "60", "injuries"),
        # a bare number after a participle of harm is its own count, not the people counted before it
        ("A tornado hit the town, killing at least 4 people, injuring more than 70 and flattening a school.", "70",
         "injuries"),
        # people named by what they are stay themselves
        ("The explosion injured 60 workers at the depot.", "60", "workers"),
    ],
)
def test_people_killed_or_injured_are_counted_as_deaths_or_injuries(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize("mention", ["3.1 million", "1.7 million", "650,000"])
def test_counts_listed_by_name_share_what_the_first_counts(mention):
    text = ("Thailand drew most of its tourists from Malaysia, with 3.1 million arrivals, followed by China with "
            "1.7 million and India with 650,000.")
    assert quantity(text, mention).subject == "arrivals"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Rice makes up 5.6 million tonnes of the crop, cassava 2.3 million tonnes and maize 400,000 tonnes.",
         "2.3 million", "cassava"),
        # (the tagger takes "maize" and "vans" for the verb left out)
        ("Rice makes up 5.6 million tonnes of the crop, cassava 2.3 million tonnes and maize 400,000 tonnes.",
         "400,000", "maize"),
        ("Lorries will pay Sh300, vans Sh180 and farm tractors Sh50 at the new bridge.", "180", "vans"),
        ("Lorries will pay Sh300, vans Sh180 and farm tractors Sh50 at the new bridge.", "50", "farm tractors"),
        # a noun joined to the verb's object is no clause of its own
        ("The province owes doctors and nurses R3.2 billion in back pay.", "3.2 billion", "back pay"),
    ],
)
def test_a_noun_right_before_a_value_heads_a_clause_whose_verb_is_left_out(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_the_company_is_the_one_business_named_before():
    text = ("A vaccine from Kestrel Therapeutics cut hospital admissions by 40%, researchers at the University of "
            "Otago reported. The company said it would apply for a licence next year.")
    assert attribution(text, "it would apply for a licence next year").speaker == "Kestrel Therapeutics"


def test_a_speaker_called_by_the_first_of_two_surnames_is_the_person_named_in_full():
    text = ('Landslides cut the road to the valley, said Elena Choque Vargas, who leads the district\'s emergency '
            'team. "We are sending food by mule," Choque said.')
    assert attribution(text, "We are sending food by mule,").speaker == "Elena Choque Vargas"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('Pierre Lambert said he had gone too early on the climb. "My legs were empty at the top," the Frenchman '
         "said.", "My legs were empty at the top,", "Pierre Lambert"),
        ('Sam Okafor said he had waited two years for the move. "I cannot wait to start," the winger said.',
         "I cannot wait to start,", "Sam Okafor"),
    ],
)
def test_a_nationality_or_a_position_is_the_person_who_just_spoke(text, content, speaker):
    assert attribution(text, content).speaker == speaker


def test_a_second_act_of_saying_inside_a_report_stands():
    text = ("Treasurer Ana Ruiz said the levy would raise R1.5 billion a year, money she said would go to "
            "rural clinics.")
    assert attribution(text, "would go to rural clinics").speaker == "Ana Ruiz"
    assert quantity(text, "1.5 billion").value == Decimal(1500000000)


def test_the_person_named_after_a_role_in_an_according_to_phrase_is_the_source():
    text = "According to the district's chief engineer, Lucia Ferraro, the dam will hold 30 million cubic metres."
    found = attribution(text, "the dam will hold 30 million cubic metres")
    assert found.speaker == "Lucia Ferraro"


def test_a_name_in_apposition_to_a_description_after_a_place_phrase_is_the_speaker():
    text = ("Aaron Pike lost his job after the fall. Outside court, Mr Pike's sister, Hannah Pike-Roy, said he had "
            "not worked since.")
    assert attribution(text, "he had not worked since").speaker == "Hannah Pike-Roy"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The Human Rights Commission of Zambia said 14 prisoners had died in custody.",
         "14 prisoners had died in custody", "Human Rights Commission of Zambia"),
        ("The Reserve Bank of Vanuatu said inflation would stay near 3%.",
         "inflation would stay near 3%", "Reserve Bank of Vanuatu"),
    ],
)
def test_a_body_named_with_the_country_it_is_of_keeps_the_country(text, content, speaker):
    assert attribution(text, content).speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Jobless claims in the region rose to 8,400 in March, Labour Department data show.",
         "Jobless claims in the region rose to 8,400 in March", "Labour Department data"),
        ("Farm incomes fell by a third over the decade, county tax records show.",
         "Farm incomes fell by a third over the decade", "county tax records"),
    ],
)
def test_a_source_of_evidence_closing_a_sentence_reports_what_comes_before_it(text, content, speaker):
    assert attribution(text, content).speaker == speaker
