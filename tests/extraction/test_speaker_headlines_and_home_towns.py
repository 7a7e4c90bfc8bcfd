"""A role in a headline stands for the person the body names in it; a name the
tagger split in two is one name; the town a person is "of" is no one. Every
sentence here is written for the test."""

from .helpers import attributions


def _speakers(text: str) -> dict[str, str]:
    return {a.content: a.speaker for a in attributions(text)}


def test_a_role_in_a_headline_is_the_person_the_body_names_in_it():
    text = ("Water charges to rise 6 per cent, minister says\n\n"
            "Charges will rise by 6 per cent in April, Water Minister Ilse Marwick-Osei told parliament.\n")
    assert _speakers(text)["Water charges to rise 6 per cent"] == "Ilse Marwick-Osei"


def test_a_role_in_a_headline_stays_a_role_when_the_body_names_no_one_in_it():
    text = "Water charges to rise 6 per cent, minister says\n\nFares will rise in April, officials said.\n"
    assert _speakers(text)["Water charges to rise 6 per cent"] == "minister"


def test_a_name_after_an_honorific_is_one_name_and_its_later_part_is_that_person():
    text = ("Association president Datuk Tan Boon Huat said about 900 hectares had been planted.\n\n"
            "A good vine gives 3 kilos a season, Boon Huat said.\n")
    speakers = _speakers(text)
    assert speakers["about 900 hectares had been planted"] == "Tan Boon Huat"
    assert speakers["A good vine gives 3 kilos a season"] == "Tan Boon Huat"


def test_the_town_a_person_is_of_is_not_who_she_is():
    text = ("Marlene Okafor-Dyck, 67, of Moose Jaw, has been waiting 22 months for a new hip. "
            "She said she now needs two canes to walk to her mailbox.\n")
    assert _speakers(text)["she now needs two canes to walk to her mailbox"] == "Marlene Okafor-Dyck"
