"""Rules the fifteenth figure set's errors prompted, on sentences of our own."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from claims.matching.figure_keys import figure_keys
from claims.matching.status import figure_status
from tests.matching.test_figure_events import _figure_of, _report
from tests.matching.test_figure_status import facts, reported
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
    police = _at("Mountain police said 27 hikers were inside as the stream rose.", "27", 27, speaker=2, hours=1)
    assert figure_status([company, police]).status == "disputed"
    # A count said to have risen is still news.
    risen = _at("Mountain police said the number of hikers inside had risen to 27.", "27", 27, speaker=2, hours=1)
    assert figure_status([company, risen]).status == "revised"


def _cost_key(text, written, value, subject):
    return figure_keys(facts(text, (written, value, subject), unit="GBP"))[0]


def test_a_bill_and_the_cost_a_source_puts_a_sum_at_are_what_it_costs():
    put = _cost_key("The county put the cost of clearing the quarry at 4 million pounds.", "4 million", 4_000_000, "quarry")
    bill = _cost_key("The haulage union said the bill could reach 9 million pounds.", "9 million", 9_000_000, "bill")
    cost = _cost_key("The union repeated that clearing the quarry would cost 9 million pounds.", "9 million", 9_000_000, "")
    assert put.subject == bill.subject == cost.subject == "cost"


def test_a_sum_named_only_as_an_estimate_is_no_sum_of_the_count_before_it():
    text = ("Three of the Dunmore clinics reopened, leaving 1,200 patients waiting, the board said, repeating its "
            "estimate of 2 million pounds for the repairs.")
    patients = facts(text, ("1,200", 1200, "patients"))
    estimate = facts(text, ("2 million", 2_000_000, "estimate"), unit="GBP").quantities[0]
    keys = figure_keys(replace(patients, quantities=(*patients.quantities, estimate)))
    assert keys[1] is not None and keys[1].unit == "GBP" and keys[1].subject == ""


@pytest.mark.django_db
def test_a_sum_with_its_place_unsaid_goes_on_with_the_figure_the_number_before_it_joined():
    _report("Road repairs in Valmora will cost 18 million euros, the transport ministry said.",
            datetime(2025, 9, 1, 9, tzinfo=UTC))
    both = _report(
        "The transport ministry put the cost of repairing the Korvel Lipa bridge at 30 million euros. "
        "Mostar, the state company that built it, says the bill could reach 55 million euros.",
        datetime(2025, 9, 2, 9, tzinfo=UTC), outlet="Daily B",
    )
    assert _figure_of(both, "55 million") == _figure_of(both, "30 million")


def test_people_diagnosed_with_or_contracting_a_disease_are_the_sick():
    diagnosed = _key("Nine pupils in Harlow have been diagnosed with typhoid, officials said.", ("Nine", 9, "pupils"))[0]
    contracted = _key("Fourteen pupils in Harlow have now contracted typhoid.", ("Fourteen", 14, "pupils"))[0]
    cases = _key("Typhoid cases in Harlow rose to 16 on Friday.", ("16", 16, "Typhoid cases"))[0]
    assert diagnosed == contracted == cases == ("ill", "harlow")


def test_still_before_an_irregular_participle_is_the_same_count_moving():
    taught = _key("About 900 pupils are being taught in portable classrooms, the trust said.",
                  ("900", 900, "pupils", "approximately"))[0]
    still = _key("By Friday 600 pupils were still taught in portable classrooms.", ("600", 600, "pupils"))[0]
    assert taught == still
