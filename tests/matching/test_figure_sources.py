"""Who gives a number, read from the claim: a verb of rejection sets another source's number against
the one before, a possessive names a figure as its source's, and a common noun's possessive before a
speaker's name is no other speaker. On sentences of our own."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from claims.matching.status import ReportedValue, figure_status, second_source_between

MONDAY = datetime(2025, 3, 3, 8, tzinfo=timezone.utc)


def _value(value, text, *, written=None, claim_id=1, hours=0, speaker_id=None, speaker_name="", outlet="Wire A"):
    return ReportedValue(
        value=Decimal(value),
        qualifier="exact",
        reported_at=MONDAY + timedelta(hours=hours),
        claim_id=claim_id,
        speaker_id=speaker_id,
        outlet=outlet,
        claim_text=text,
        start=text.index(written or str(value)),
        speaker_name=speaker_name,
    )


def test_a_number_rejected_after_the_first_is_another_sources():
    text = "The ferry line kept to its count of 212 passengers and rejected the coast guard's figure of 260."
    assert second_source_between(text, text.index("212"), text.index("260"))
    assert figure_status([_value(212, text), _value(260, text)]).status == "disputed"
    # Without a word that sets them apart, the two are one source's range.
    plain = "The ferry line said between 212 and 260 passengers had boarded."
    assert not second_source_between(plain, plain.index("212"), plain.index("260"))


def test_a_figure_a_possessive_names_is_that_sources_without_a_contrast():
    stood = "The clinic said it had seen 480 patients"
    called = "The clinic said it had seen 480 patients and called the ministry's figure of 210 far too low."
    values = [_value(480, stood, claim_id=1), _value(210, called, claim_id=2)]
    assert figure_status(values).status == "disputed"
    # A time's possessive is no source: the same source's figure for another period.
    dated = "The clinic said it had seen 480 patients, up on last week's figure of 210."
    assert not second_source_between(dated, dated.index("480"), dated.index("210"))


def test_a_common_nouns_possessive_before_a_speaker_is_the_same_speaker():
    first = _value(
        15,
        "Fifteen people were hurt, the city's fire brigade said.",
        written="Fifteen",
        speaker_id=1,
        speaker_name="city's fire brigade",
    )
    rose = _value(
        22,
        "The number of people hurt rose to 22, the fire brigade said.",
        claim_id=2,
        hours=3,
        speaker_id=2,
        speaker_name="fire brigade",
        outlet="Daily B",
    )
    later = _value(
        26,
        "Lyon's fire brigade said 26 people had been hurt in the blaze.",
        claim_id=3,
        hours=8,
        speaker_id=3,
        speaker_name="Lyon's fire brigade",
        outlet="Radio C",
    )
    assert figure_status([first, rose, later]).status == "revised"
    # Two places' services, each named by its place, stay two sources.
    other = _value(
        26,
        "Grenoble's fire brigade said 26 people had been hurt.",
        claim_id=4,
        hours=2,
        speaker_id=4,
        speaker_name="Grenoble's fire brigade",
        outlet="Radio C",
    )
    lyon = _value(
        15, "Lyon's fire brigade said 15 people had been hurt.", speaker_id=3, speaker_name="Lyon's fire brigade"
    )
    assert figure_status([lyon, other]).status == "disputed"


def _claim(text, *numbers):
    from claims.matching.facts import ClaimFacts, QuantityFacts

    return ClaimFacts(
        text=text,
        quantities=tuple(
            QuantityFacts(value=Decimal(1), subject=subject, start=text.index(w), end=text.index(w) + len(w))
            for w, subject in numbers
        ),
    )


def test_a_number_another_source_puts_the_count_at_counts_what_the_one_before_counts():
    from claims.matching.figure_keys import figure_keys

    crowd = _claim(
        "The festival said about 9,000 ravers had been on the beach at dusk, but police put the crowd at over 20,000.",
        ("9,000", "ravers"),
        ("20,000", "crowd"),
    )
    first, second = figure_keys(crowd)
    assert first == second, (first, second)
    # A count of another thing put at a number stays that thing's: deaths are not the injured.
    toll = _claim(
        "Medics said 40 people had been injured in the crash, while the fire brigade put the death toll at 9.",
        ("40", "people"),
        ("9", "death toll"),
    )
    injured, deaths = figure_keys(toll)
    assert injured.subject != deaths.subject, (injured, deaths)


def test_a_number_put_at_without_saying_of_what_continues_the_claim_before():
    from claims.matching.figure_keys import article_figure_keys

    said = _claim("The water board said 9 villages had been flooded by the river", ("9", "villages"))
    answer = _claim(
        "farmers' leaders put the number at more than 20, saying several hamlets were missing from its list",
        ("20", "number"),
    )
    (before,), (after,) = article_figure_keys([said, answer])
    assert after == before and before is not None, (before, after)
