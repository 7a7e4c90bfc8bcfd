"""Which reported values can all be true: each value, with its qualifier and rounding,
read as an interval; values conflict when the intervals have no point in common."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

# Interval half-widths by qualifier, relative to the value.
EXACT_TOLERANCE = Decimal("0.015")  # "23,000" may be 22,700 rounded
APPROXIMATE_TOLERANCE = Decimal("0.10")  # "about 23,000"

@dataclass(frozen=True)
class Interval:
    low: Decimal | None  # None: unbounded
    low_open: bool
    high: Decimal | None
    high_open: bool

    def overlaps(self, other: Interval) -> bool:
        # Bounds, not an Interval: figure_status asks this of hundreds of pairs per article.
        return not _empty_between(*_intersection(self, other))


def value_interval(value: Decimal, qualifier: str) -> Interval:
    """The values a reported number allows: "at least 38,000" is [38,000, ∞)."""
    value = Decimal(value)
    size = abs(value)
    if qualifier == "approximately":
        return Interval(value - size * APPROXIMATE_TOLERANCE, False, value + size * APPROXIMATE_TOLERANCE, False)
    if qualifier == "at_least":
        return Interval(value, False, None, False)
    if qualifier == "more_than":
        return Interval(value, True, None, False)
    if qualifier == "at_most":
        return Interval(min(Decimal(0), value), False, value, False)
    if qualifier == "less_than":
        return Interval(min(Decimal(0), value), False, value, True)
    return Interval(value - size * EXACT_TOLERANCE, False, value + size * EXACT_TOLERANCE, False)


def _intersect(a: Interval, b: Interval) -> Interval:
    return Interval(*_intersection(a, b))


def _intersection(a: Interval, b: Interval) -> tuple[Decimal | None, bool, Decimal | None, bool]:
    """The bounds of the intersection: (low, low_open, high, high_open)."""
    if a.low is None or (b.low is not None and b.low > a.low):
        low, low_open = b.low, b.low_open
    elif b.low is None or a.low > b.low:
        low, low_open = a.low, a.low_open
    else:
        low, low_open = a.low, a.low_open or b.low_open
    if a.high is None or (b.high is not None and b.high < a.high):
        high, high_open = b.high, b.high_open
    elif b.high is None or a.high < b.high:
        high, high_open = a.high, a.high_open
    else:
        high, high_open = a.high, a.high_open or b.high_open
    return low, low_open, high, high_open


def _empty(i: Interval) -> bool:
    return _empty_between(i.low, i.low_open, i.high, i.high_open)


def _empty_between(low: Decimal | None, low_open: bool, high: Decimal | None, high_open: bool) -> bool:
    if low is None or high is None:
        return False
    return low > high or (low == high and (low_open or high_open))


def intervals_conflict(intervals: Iterable[Interval]) -> bool:
    """True when no single value lies in every interval."""
    whole = Interval(None, False, None, False)
    for i in intervals:
        whole = _intersect(whole, i)
        if _empty(whole):
            return True
    return False


def conflicting_positions(intervals: Sequence[Interval]) -> set[int]:
    """The values that contradict at least one other. For intervals on a line, the whole set
    conflicts exactly when some pair does (Helly), so these are non-empty iff intervals_conflict."""
    bad = set()
    for i, a in enumerate(intervals):
        for j in range(i + 1, len(intervals)):
            if not a.overlaps(intervals[j]):
                bad.update((i, j))
    return bad

