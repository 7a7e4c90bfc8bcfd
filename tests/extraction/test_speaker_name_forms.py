"""Speakers named the way other newsrooms name people and bodies: a surname that opens with a
particle, a first name alone that the model tagged as nothing, a given name written short with a
full stop, a Malaysian honour before a name, a body named after its country, a ministry "of X and Y".
Sentences written for the test."""

from .helpers import attribution


def test_surname_with_an_irish_particle_links_to_the_full_name():
    text = (
        "Director of roads Gráinne Ní Bhriain told councillors the works were late. "
        "Ms Ní Bhriain said the council had bought four gritting trucks."
    )
    assert attribution(text, "the council had bought four gritting trucks").speaker == "Gráinne Ní Bhriain"


def test_surname_with_a_dutch_particle_links_whatever_its_capital():
    text = (
        "The lawyer, Pieter van Rensburg, said four men had been charged. "
        "Van Rensburg said the trial would last three weeks."
    )
    assert attribution(text, "the trial would last three weeks").speaker == "Pieter van Rensburg"


def test_first_name_the_model_tagged_as_nothing_links_to_the_full_name():
    text = (
        "Tomasz Wrona said 300 houses were flooded on Sunday. "
        "Tomasz said the county would pay 500 zloty to each family."
    )
    assert attribution(text, "the county would pay 500 zloty to each family").speaker == "Tomasz Wrona"


def test_first_name_after_a_malaysian_honour_links_to_the_full_name():
    text = (
        "State executive councillor for housing Datuk Azman Harun said the council had approved 300 homes. "
        "Azman said the state would ask the builder to raise the payment."
    )
    assert attribution(text, "the council had approved 300 homes").speaker == "Azman Harun"
    assert attribution(text, "the state would ask the builder to raise the payment").speaker == "Azman Harun"


def test_first_name_is_never_guessed_between_two_people():
    text = (
        "Azman Harun and Azman Yusof spoke at the council meeting on Friday. "
        "Azman said the state would ask the builder to raise the payment."
    )
    assert attribution(text, "the state would ask the builder to raise the payment").speaker == "Azman"


def test_given_name_written_short_stays_in_the_name():
    text = (
        'Curator Ma. Teresa Dizon-Lim said visitors rose 20% in May. "Now they come back," Dizon-Lim said.'
    )
    assert attribution(text, "visitors rose 20% in May").speaker == "Ma. Teresa Dizon-Lim"
    assert attribution(text, "Now they come back,").speaker == "Ma. Teresa Dizon-Lim"


def test_a_surname_before_the_full_stop_is_no_given_name_of_the_next_person():
    text = '"Sales will rise 10%," said Jack Ma. Zhang Wei, an analyst, said 20 firms would follow.'
    assert attribution(text, "20 firms would follow").speaker == "Zhang Wei"


def test_body_named_after_its_country_keeps_its_first_word():
    text = "Fisheries Canada said it would spend $2.8m over two years on extra patrols."
    assert attribution(text, "it would spend $2.8m over two years on extra patrols").speaker == "Fisheries Canada"
    text = "Tourism Norway said arrivals rose 4% in May."
    assert attribution(text, "arrivals rose 4% in May").speaker == "Tourism Norway"


def test_a_country_alone_stays_the_country():
    text = "Norway said it would send 40 rescue workers to the region."
    assert attribution(text, "it would send 40 rescue workers to the region").speaker == "Norway"


def test_ministry_of_two_things_is_one_name():
    text = "Quebec's Ministry of Families and Seniors said it had provided an extra $1.3-billion to the sector."
    speaker = attribution(text, "it had provided an extra $1.3-billion to the sector").speaker
    assert speaker == "Ministry of Families and Seniors"


def test_a_surname_tagged_as_a_body_links_to_the_one_person_with_it():
    text = (
        "Port director Md. Rafiqul Islam said 12 ships were stuck at the outer anchorage. "
        "Islam said the backlog would clear by Friday."
    )
    assert attribution(text, "the backlog would clear by Friday").speaker == "Rafiqul Islam"


def test_a_body_named_in_full_keeps_its_name():
    text = "Sales at Pell Foods rose 4%, chief executive Anna Pell said. Pell Foods said 30 stores would open."
    assert attribution(text, "30 stores would open").speaker == "Pell Foods"


def test_surname_with_particles_capitalised_after_a_quote_is_the_person_named_in_full():
    text = (
        'Pieter van der Merwe, who chairs the ratepayers association, spoke first. '
        '"Fix the pipes first," Van der Merwe said.'
    )
    assert attribution(text, "Fix the pipes first,").speaker == "Pieter van der Merwe"
