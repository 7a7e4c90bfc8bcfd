"""Rules the fifteenth figure set's errors prompted, on sentences of our own."""

from dataclasses import replace

from claims.matching.status import figure_status
from tests.matching.test_figure_status import reported
from tests.matching.test_figure_wordings import _key


def _at(text, written, value, **kwargs):
    """A value of a claim, at its place in the text."""
    return replace(reported(value, text=text, **kwargs), start=text.index(written))


def test_who_went_in_and_who_was_inside_are_one_count():
    entered = _key("The guide company said 22 people had entered the mine at dawn.", ("22", 22, "people"))[0]
    inside = _key("Mountain police said 27 people were inside the mine.", ("27", 27, "people"))[0]
    gone_in = _key("The guide company maintained that only 22 people had gone in.", ("22", 22, "people"))[0]
    assert entered == inside == gone_in
    # A verb of going says so only with "in" after it.
    assert _key("Police said 22 people had gone home by noon.", ("22", 22, "people"))[0] != inside


def test_a_word_of_change_in_a_clause_of_what_happened_then_is_no_rise():
    company = _at("The guide company said 22 hikers had entered the mine at dawn.", "22", 22, speaker=1)
    police = _at("Mountain police said 27 hikers were inside when the water rose.", "27", 27, speaker=2, hours=1)
    assert figure_status([company, police]).status == "disputed"
    # A count said to have risen is still news.
    risen = _at("Mountain police said the number of hikers inside had risen to 27.", "27", 27, speaker=2, hours=1)
    assert figure_status([company, risen]).status == "revised"
