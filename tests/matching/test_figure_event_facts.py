"""What was so at one moment of an event (how much was let out, how many were aboard) cannot move
after it: another source's different number a day later disagrees with the first, unless it says
the count was updated. On sentences of our own."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from claims.matching.figure_keys import figure_keys
from claims.matching.status import ReportedValue, figure_status
from tests.matching.test_figure_status import facts

MONDAY = datetime(2025, 6, 2, 9, tzinfo=timezone.utc)


def _value(value, text, *, claim_id, hours, speaker_id):
    return ReportedValue(
        value=Decimal(value), qualifier="exact", reported_at=MONDAY + timedelta(hours=hours), claim_id=claim_id,
        speaker_id=speaker_id, outlet=f"Wire {claim_id}", claim_text=text, start=text.index(str(value)),
        speaker_name="",
    )


def test_what_was_let_out_into_the_air_is_a_spill_however_said():
    released = figure_keys(facts("The refinery said 6 tonnes of ammonia had been released overnight.",
                                 ("6", 6, "ammonia"), unit="tonne"))
    escaped = figure_keys(facts("Regulators estimated that 31 tonnes of ammonia had escaped from the site.",
                                ("31", 31, "ammonia"), unit="tonne"))
    assert released[0].subject == escaped[0].subject == "spilled"


def test_another_sources_spill_a_day_later_is_a_dispute_but_a_toll_a_day_later_a_revision():
    first = "The refinery said 6 tonnes of ammonia had been released."
    second = "Regulators estimated that 31 tonnes of ammonia had escaped."
    values = [_value(6, first, claim_id=1, hours=0, speaker_id=1), _value(31, second, claim_id=2, hours=17, speaker_id=2)]
    assert figure_status(values, subject="spilled").status == "disputed"
    # the same two numbers as a death toll: the facts moved on
    assert figure_status(values, subject="deaths").status == "revised"
    # two days apart, a spill too is read as a new estimate
    later = [values[0], _value(31, second, claim_id=2, hours=60, speaker_id=2)]
    assert figure_status(later, subject="spilled").status == "revised"


def test_a_spill_said_to_be_larger_than_first_thought_is_a_revision():
    first = "The refinery said 6 tonnes of ammonia had been released."
    bigger = "Regulators said the leak was larger than first thought, putting it at 31 tonnes."
    values = [_value(6, first, claim_id=1, hours=0, speaker_id=1), _value(31, bigger, claim_id=2, hours=17, speaker_id=2)]
    assert figure_status(values, subject="spilled").status == "revised"
