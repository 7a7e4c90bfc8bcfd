"""Speakers named by a description of the person just named, by a name the tagger
missed or cut, or by a pronoun whose nearest name is a bystander; what
"according to" inside a sentence reports, and a cue closing its sentence that
names whom it tells. Every sentence here is written for the test."""

from .helpers import attribution, attributions


def test_a_description_stands_for_the_person_just_named():
    text = (
        "Councillor Rhiannon Pryce, leader of the Green group, said the budget ignored the north of the town. "
        'The Green leader said: "We were not even asked."'
    )
    assert attribution(text, "We were not even asked.").speaker == "Rhiannon Pryce"


def test_a_bare_description_after_a_named_critic():
    text = (
        "Opposition health critic Darnell Okafor said rural clinics were closing. "
        '"People are waiting months for a scan," the critic said.'
    )
    assert attribution(text, "People are waiting months for a scan,").speaker == "Darnell Okafor"


def test_a_description_of_one_who_speaks_for_another_is_not_linked():
    text = "Minister Ana Ruiz announced the plan on Monday. The spokesman said it would cost more than expected."
    assert attribution(text, "it would cost more than expected").speaker != "Ana Ruiz"


def test_a_role_the_article_gives_someone_else_is_theirs():
    text = (
        "Board member Colm Farrell voted for the rise. The local MLA, Siobhan Keane, opposed it. "
        "The board member said the fees had not changed in a decade."
    )
    assert attribution(text, "the fees had not changed in a decade").speaker != "Siobhan Keane"


def test_a_courtesy_title_in_an_apposition_is_no_part_of_the_name():
    text = "The Secretary for Housing, Ms Adaeze Nwosu Bello, has said that rents will be capped next year."
    assert attribution(text, "rents will be capped next year").speaker == "Adaeze Nwosu Bello"


def test_a_name_with_a_particle_tagged_in_two_pieces():
    text = (
        "The chief whip, Cllr Hendrik van Dam-Moller, argued that the levy was too high. "
        '"It is a tax on renters," he said.'
    )
    assert attribution(text, "It is a tax on renters,").speaker == "Hendrik van Dam-Moller"


def test_a_speaker_joined_to_the_town_a_sentence_opens_in():
    text = "In Tralee, Mrs Nora Quill, who keeps bees on two acres, said she had lost half her hives this winter."
    assert attribution(text, "she had lost half her hives this winter").speaker == "Nora Quill"


def test_a_wire_dateline_with_country_and_date_is_no_speaker():
    text = (
        "OSLO, Norway, May 2 (Wire) - Ferry operator Nordvik Linjer will cut 200 jobs and sell two ships, "
        "the company said on Friday."
    )
    speakers = [a.speaker for a in attributions(text)]
    assert speakers and "OSLO" not in speakers


def test_the_firm_is_the_one_business_named_before():
    text = (
        "Brenmark's new mower goes on sale in May. Brenmark's dealers expect strong demand, "
        "and the firm says the mower uses 10% less fuel than the old one."
    )
    assert attribution(text, "the mower uses 10% less fuel than the old one").speaker == "Brenmark"


def test_according_to_qualifies_the_clause_before_it_not_a_verb_sharing_its_subject():
    text = "Rainfall reached 80 mm at the airport on Sunday, according to the weather service, and flooded two roads."
    assert attribution(text, "Rainfall reached 80 mm at the airport on Sunday").speaker == "the weather service"


def test_according_to_still_covers_a_joined_clause_with_a_subject_of_its_own():
    text = "The top fifth paid 60% of the tax, according to the revenue office, and the bottom fifth paid 2%."
    contents = [a.content for a in attributions(text)]
    assert any(c.startswith("The top fifth") and "the bottom fifth paid" in c for c in contents)


def test_a_name_inside_a_mixed_quote_is_not_who_she_is():
    text = (
        "Prosecutor Ines Moreau said the funds were never recovered. "
        'Tallis had "lied to the board", she told the panel.'
    )
    found = [a for a in attributions(text) if "lied to the board" in a.content]
    assert found and found[0].speaker == "Ines Moreau"


def test_a_cue_closing_its_sentence_may_name_whom_it_tells():
    text = (
        "That would put about $40 a month on the average water bill, "
        "utility finance chief Oren Valli told councillors on Monday."
    )
    a = attribution(text, "That would put about $40 a month on the average water bill")
    assert a.speaker == "Oren Valli"


def test_a_nationality_stands_for_the_rider_just_named():
    text = (
        "Lars Eikeland crossed the line 40 seconds down after a crash on the descent. "
        '"My knee is fine, but the bike was not," the Norwegian said.'
    )
    assert attribution(text, "My knee is fine, but the bike was not,").speaker == "Lars Eikeland"


def test_a_nationality_is_not_given_to_an_earlier_rider_past_another_name():
    # the model may tag "Marta" as a place, so only the capitalised words say someone else was named
    text = (
        "Jonas Brekkestad finished third on the stage. Marta Ruiz won the sprint. "
        '"It was perfect," the Spaniard told reporters.'
    )
    assert attribution(text, "It was perfect,").speaker != "Jonas Brekkestad"


def test_an_epithet_with_one_referent_is_that_country():
    text = (
        "The Islamic Republic said its navy would escort the tankers. "
        "The Jewish state has said the drones came from across the border."
    )
    assert attribution(text, "its navy would escort the tankers").speaker == "Iran"
    assert attribution(text, "the drones came from across the border").speaker == "Israel"


def test_an_epithet_inside_a_longer_name_stays_that_name():
    text = "The Jewish State Museum said its winter exhibition would open in Haifa."
    assert attribution(text, "its winter exhibition would open in Haifa").speaker == "Jewish State Museum"
