"""Rules the seventeenth figure set's errors prompted, on sentences of our own."""

from claims.matching.figure_keys import article_figure_keys
from tests.matching.test_figure_status import facts
from tests.matching.test_figure_wordings import _key


def test_who_had_been_doing_something_counts_with_who_did_it():
    done = _key("The landlord said about 90 people stayed in the hostel on Varna Road.", ("90", 90, "people"))
    doing = _key("A tenants' union said 150 people had been staying there.", ("150", 150, "people"))
    assert done[0][0] == doing[0][0] == "people stayed"
    # Who is doing it now, with no "been" or "are" before the verb, is left as it was.
    assert _key("Some 40 people sheltering in the school were moved.", ("40", 40, "people"))[0][0] != "people sheltered"


def test_in_the_district_is_the_district_the_article_named():
    named = facts("Varna district has recorded 212 cases of cholera, the health office said.", ("212", 212, "cases"))
    referred = facts("It said seven people had died of the disease in the district this year.", ("seven", 7, "people"))
    key = article_figure_keys([named, referred])[1][0]
    # A part of the story's place: it never takes over the figure whose place was left unsaid.
    assert (key.subject, key.scope, key.part) == ("deaths", "varna", True)
    # "the province of Oskova" names a province as well; a district named nowhere before is no place.
    province = facts("Wells were closed across the province of Oskova.")
    after = facts("Nine people had died across the province, officials said.", ("Nine", 9, "people"))
    assert article_figure_keys([province, after])[1][0].scope == "oskova"
    assert article_figure_keys([referred])[0][0].scope == ""


def test_hospitalisations_count_the_hospitalised():
    rose = _key("Hospitalisations in the outbreak climbed to 30 on Monday.", ("30", 30, "Hospitalisations"))
    said = _key("Some 30 patients were hospitalized, the agency said.", ("30", 30, "patients"))
    assert rose == said == [("hospitalised", "")]


def test_a_count_word_past_another_number_and_a_comma_is_that_numbers():
    both = _key(
        "Hospitalisations climbed to 30, and six people have lost their sight.",
        ("30", 30, "Hospitalisations"),
        ("six", 6, "people"),
    )
    assert both[0] == ("hospitalised", "") and both[1][0] != "hospitalised"
    # With no other number between, the word is still the people's: "six people were taken to hospital".
    assert _key("Six people were taken to hospital, the agency said.", ("Six", 6, "people")) == [("hospitalised", "")]


def test_a_place_said_right_after_what_is_counted_is_the_numbers_however_far():
    far = _key(
        "Tram cancellations across Ruritania because of the drivers' walkout have risen to 900, the operators said.",
        ("900", 900, "Tram cancellations"),
    )
    assert far == [("tram cancellation", "ruritania")]
    # No place after the counted words: the number's place is still unsaid.
    assert _key("Tram cancellations have risen to 900, the operators said.", ("900", 900, "Tram cancellations")) == [
        ("tram cancellation", "")
    ]
