"""A headline that names its source before a colon. Every text here is written
for the test."""

from .helpers import attributions


def test_headline_source_before_a_colon_gets_the_full_name_from_the_body():
    text = ("Okafor: Ferry Fares Will Not Rise This Year.\n\n"
            "Transport minister Grace Okafor said on Monday that the operator had agreed to hold prices.")
    a = next(a for a in attributions(text) if a.content == "Ferry Fares Will Not Rise This Year")
    assert a.speaker == "Grace Okafor"


def test_poll_as_headline_source():
    text = "Poll: Most Voters Back the New Bridge.\n\nA survey of 1,200 residents found broad support."
    a = next(a for a in attributions(text) if a.content == "Most Voters Back the New Bridge")
    assert a.speaker.lower() == "poll"


def test_a_column_label_names_no_source():
    text = "The Latest: Council delays vote on housing plan.\n\nThe council met on Tuesday."
    assert not any(a.content.startswith("Council delays") for a in attributions(text))


def test_two_people_with_the_headline_surname_give_no_full_name():
    text = ("Okafor: Ferry Fares Will Not Rise.\n\n"
            "Grace Okafor, the minister, spoke after her brother Daniel Okafor, who runs the port, had left.")
    a = next(a for a in attributions(text) if a.content == "Ferry Fares Will Not Rise")
    assert a.speaker == "Okafor"


def test_headline_source_and_present_tense_cue():
    text = ("Haddad Vows To Reopen The Coastal Railway.\n\n"
            "Transport minister Leila Haddad told a rally on Saturday that the line would run again by 2028.")
    a = next(a for a in attributions(text) if a.content == "To Reopen The Coastal Railway")
    assert a.speaker == "Leila Haddad" and a.cue == "vows"


def test_headline_with_a_phrase_before_its_source():
    text = ("Rounding On The Board, Okafor Calls The Merger ‘A Betrayal’.\n\n"
            "Grace Okafor, the union leader, spoke in Leeds.")
    a = next(a for a in attributions(text) if a.content.startswith("The Merger"))
    assert a.speaker == "Grace Okafor"


def test_headline_cue_word_that_heads_news_of_plans_is_no_report():
    text = "Council Plans New Library.\n\nThe council will build a library on the old depot site."
    assert not any(a.content.startswith("New Library") for a in attributions(text))
