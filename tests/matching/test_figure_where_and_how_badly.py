"""Where a number counts and how badly its people are hurt, read from the claim: a place named
"near" another only says where that one lies, a name cut off by a comma owns nothing after it, and
lying in intensive care or a critical condition is a severity. On sentences of our own."""

from decimal import Decimal

from claims.matching.facts import ClaimFacts, QuantityFacts
from claims.matching.figure_keys import figure_keys
from claims.matching.places import places, tokens_of


def _keys(text, *numbers):
    claim = ClaimFacts(
        text=text,
        quantities=tuple(
            QuantityFacts(value=Decimal(1), subject=subject, start=text.index(w), end=text.index(w) + len(w))
            for w, subject in numbers
        ),
    )
    return figure_keys(claim)


def test_a_place_near_the_one_named_says_where_it_lies():
    text = "A fire broke out overnight at a hostel in Namur, near Charleroi, killing four guests, the police said."
    assert [p for _, p in places(text, tokens_of(text), {"guests"})] == ["Namur"]
    (key,) = _keys(text, ("four", "guests"))
    assert key.scope == "namur", key
    # Alone, a place "near" which it happened is still where it counts.
    alone = "A bus overturned near Charleroi, killing four passengers, the police said."
    (key,) = _keys(alone, ("four", "passengers"))
    assert key.scope == "charleroi", key


def test_people_in_intensive_care_are_a_severity_of_those_in_hospital():
    text = "Doctors said 80 people had been taken to hospital after the gas leak, 7 of them in intensive care."
    admitted, severe = _keys(text, ("80", "people"), ("7", "them"))
    assert severe.subject != admitted.subject and severe.subject.endswith("seriously"), (admitted, severe)
    later = "Of the 80 people taken to hospital, four remained in a critical condition on Friday, doctors said."
    admitted, severe = _keys(later, ("80", "people"), ("four", ""))
    assert severe.subject.endswith("seriously") and not admitted.subject.endswith("seriously"), (admitted, severe)


def test_a_home_that_lost_something_is_not_a_home_lost():
    text = "The mayor said 300 houses had lost their roofs in the storm and that 20 were no longer fit to live in."
    roofs, unfit = _keys(text, ("300", "houses"), ("20", ""))
    assert roofs.subject != "homes destroyed", roofs
    lost = "The mayor said 30 houses were lost in the storm."
    (key,) = _keys(lost, ("30", "houses"))
    assert key.subject == "homes destroyed", key


def test_homes_no_one_may_live_in_are_their_own_count():
    text = "Inspectors declared 45 flats uninhabitable after the quake, and 300 houses were damaged."
    flats, houses = _keys(text, ("45", "flats"), ("300", "houses"))
    assert houses.subject == "homes damaged" and flats.subject != houses.subject, (flats, houses)


def test_an_area_said_only_in_square_units_is_the_one_area_of_those_days():
    widened = "The search zone has been extended to 900 square kilometres."
    covered = "The hunt for the three divers still missing off the cape covered 500 square kilometres, the navy said."
    keys = []
    for text, written in ((widened, "900"), (covered, "500")):
        claim = ClaimFacts(
            text=text,
            quantities=(
                QuantityFacts(
                    value=Decimal(written),
                    subject="square kilometres",
                    unit="sq km",
                    start=text.index(written),
                    end=text.index(written) + len(written),
                ),
            ),
        )
        keys.extend(figure_keys(claim))
    # Neither says what the area is of (not "missing" from the divers), so both are the one area.
    assert keys[0] == keys[1] and keys[0].subject == "", keys


def test_a_number_included_in_the_one_before_is_a_part_however_qualified():
    from claims.matching.figure_keys import figure_keys as keys_of

    text = "Forty shops along the river were flooded on Sunday, including all 9 in the old market, the city said."
    claim = ClaimFacts(
        text=text,
        quantities=tuple(
            QuantityFacts(value=Decimal(1), subject="shops", start=text.index(w), end=text.index(w) + len(w))
            for w in ("Forty", "9")
        ),
    )
    whole, part = keys_of(claim)
    assert part.subject.endswith("among them") and not whole.subject.endswith("among them"), (whole, part)
