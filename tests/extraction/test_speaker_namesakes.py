"""Two people with one surname, titles written with a full stop, and sources who ask not to be
named: who a bare or titled surname can only mean, and what is no claim. Sentences written for
the test."""

from .helpers import attribution, attributions


def test_surname_before_its_namesake_appears_is_the_one_named_so_far():
    text = (
        "The tenants' association chair, Hannelore Brandt, said repairs would cost $2 million. "
        "Brandt told reporters the city had offered a loan.\n\n"
        "Dieter Brandt, a tenant who is not related to her, said the plan came too late."
    )
    assert attribution(text, "the city had offered a loan").speaker == "Hannelore Brandt"
    assert attribution(text, "the plan came too late").speaker == "Dieter Brandt"


def test_surname_after_both_namesakes_is_not_guessed():
    text = (
        "Hannelore Brandt, the association chair, said repairs would cost $2 million. "
        "Dieter Brandt, a tenant, said the plan came too late. "
        "Brandt said the vote would be held in March."
    )
    assert attribution(text, "the vote would be held in March").speaker == "Brandt"


def test_courtesy_title_picks_the_namesake_it_fits():
    text = (
        "Fishing co-operative chairman Samuel Wekesa said prices had halved. "
        "Mr Wekesa said imports were to blame.\n\n"
        "Grace Wekesa, who runs a fish stall and is not related to him, said sales had fallen. "
        "Ms Wekesa argued that the import duty should be doubled."
    )
    assert attribution(text, "imports were to blame").speaker == "Samuel Wekesa"
    assert attribution(text, "the import duty should be doubled").speaker == "Grace Wekesa"


def test_full_name_the_tagger_missed_is_the_person_named_before():
    text = (
        "Tomasz Wieczorek, a councillor, said the budget was tight. "
        '"We have cut everything we can," Tomasz Wieczorek said.'
    )
    for a in attributions(text):
        assert a.speaker == "Tomasz Wieczorek"
        assert a.speaker_kind == "person"


def test_minister_for_a_portfolio_is_the_name_after_it():
    text = (
        "Minister for Transport Niamh Cassidy said 40 new buses would be ordered. "
        "Ms Cassidy told the chamber the order would cost €30 million."
    )
    assert attribution(text, "40 new buses would be ordered").speaker == "Niamh Cassidy"
    assert attribution(text, "the order would cost €30 million").speaker == "Niamh Cassidy"


def test_spokeswoman_for_a_premier_is_not_the_premier():
    text = "A spokeswoman for Premier Janine Holt said the state would not cut other projects."
    assert attribution(text, "the state would not cut other projects").speaker != "Janine Holt"


def test_title_with_a_full_stop_does_not_end_the_sentence():
    text = (
        "Coun. Aldo Ferreira, who voted against the plan along with Coun. Mira Patel, "
        "warned that the town could be sued."
    )
    assert attribution(text, "the town could be sued").speaker == "Aldo Ferreira"


def test_title_before_a_name_the_tagger_missed_makes_a_person():
    text = (
        "Port authority administrator Atty. Rosario Dimaculangan-Reyes said hearings would be held in Iloilo. "
        "She said no increase would take effect before June."
    )
    first = attribution(text, "hearings would be held in Iloilo")
    assert (first.speaker, first.speaker_kind) == ("Rosario Dimaculangan-Reyes", "person")
    assert attribution(text, "no increase would take effect before June").speaker == "Rosario Dimaculangan-Reyes"


def test_place_a_member_represents_is_not_whom_he_means():
    text = (
        "The member representing Tudun Wada in the state assembly, Hon. Musa Danladi Garba, welcomed the plan "
        "but warned that earlier rescues had failed. He said the mill had received 3 billion naira in 2019."
    )
    assert attribution(text, "the mill had received 3 billion naira in 2019").speaker == "Musa Danladi Garba"


def test_first_name_alone_after_a_titled_speaker_is_that_speaker():
    text = (
        "District officer Datuk Rahim Osman said 120 homes had been flooded. "
        "Rahim said the state would pay for repairs."
    )
    assert attribution(text, "the state would pay for repairs").speaker == "Rahim Osman"


def test_person_described_by_a_trade_ending_in_ist_speaks_as_herself():
    text = (
        "Leontyne, a pharmacist who asked that only her first name be used, told council she had moved "
        "three times in two years.\n\n"
        '"I cannot afford to stay here," she said.'
    )
    assert attribution(text, "I cannot afford to stay here,").speaker == "Leontyne"


def test_asking_not_to_be_named_is_no_claim():
    for request in ("asked that only her first name be used", "asked that his surname not be published",
                    "asked that their names be withheld"):
        text = f"A bus driver, who {request}, said the depot was short of 30 staff."
        contents = [a.content for a in attributions(text)]
        assert "the depot was short of 30 staff" in contents
        assert not any("name" in c for c in contents), contents
