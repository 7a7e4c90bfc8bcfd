"""Rules the seventeenth figure set's errors prompted, on sentences of our own."""

from tests.matching.test_figure_wordings import _key


def test_who_had_been_doing_something_counts_with_who_did_it():
    done = _key("The landlord said about 90 people stayed in the hostel on Varna Road.", ("90", 90, "people"))
    doing = _key("A tenants' union said 150 people had been staying there.", ("150", 150, "people"))
    assert done[0][0] == doing[0][0] == "people stayed"
    # Who is doing it now, with no "been" or "are" before the verb, is left as it was.
    assert _key("Some 40 people sheltering in the school were moved.", ("40", 40, "people"))[0][0] != "people sheltered"
