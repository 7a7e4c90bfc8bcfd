"""The matching rules: when two claims make the same statement, or state the same value
of the same figure. Pure functions; tests/matching/test_pairs.py measures them."""

from __future__ import annotations

from decimal import Decimal

from .facts import ClaimFacts, QuantityFacts
from .figure_keys import figure_keys
from .similarity import STATEMENT_THRESHOLD, statement_similarity

# Two values are "the same quantity" when they differ by at most this much (rounding).
SAME_VALUE_TOLERANCE = Decimal("0.01")

def _value_class(qualifier: str) -> str:
    return {"at_least": "low", "more_than": "low", "at_most": "high", "less_than": "high"}.get(qualifier, "point")


def same_value(a: QuantityFacts, b: QuantityFacts) -> bool:
    """The same reported number: equal up to rounding, bounded the same way."""
    if _value_class(a.qualifier) != _value_class(b.qualifier) or (a.unit or "") != (b.unit or ""):
        return False
    scale = max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) <= scale * SAME_VALUE_TOLERANCE


def _numbers_agree(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A quote repeated with another number in it is another statement."""
    if not a.quantities and not b.quantities:
        return True
    if len(a.quantities) != len(b.quantities):
        return False
    return all(any(same_value(x, y) for y in b.quantities) for x in a.quantities)


def same_statement(a: ClaimFacts, b: ClaimFacts, *, similarity=statement_similarity, threshold=STATEMENT_THRESHOLD) -> bool:
    if a.speaker is None or a.speaker != b.speaker:
        return False
    return _numbers_agree(a, b) and similarity(a.statement, b.statement) >= threshold


def same_quantity(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both state the same value of the same figure (the dates aside)."""
    for qa, ka in zip(a.quantities, figure_keys(a), strict=True):
        for qb, kb in zip(b.quantities, figure_keys(b), strict=True):
            if ka is not None and ka == kb and same_value(qa, qb):
                return True
    return False


def same_claim(a: ClaimFacts, b: ClaimFacts, *, similarity=statement_similarity, threshold=STATEMENT_THRESHOLD) -> bool:
    return same_statement(a, b, similarity=similarity, threshold=threshold) or same_quantity(a, b)

