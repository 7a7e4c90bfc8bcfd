"""What kind of divergence a figure's values show: the one home of a figure's status.

    consistent  the values can all be true;
    revised     they cannot, but every disagreement is a change over time: a source
                updating its own number, or a later report moving on from an older one;
    disputed    two sources disagree about the same thing at about the same time, or a later
                report says it answers the other's number ("far fewer than X had claimed").

A report is what one claim says about the figure: several values of one figure in one
claim (the two ends of a range, "rose to 15 from 8") are read as one interval, so they
never dispute each other, unless a second source is brought in between them ("the
governor said 37, while local officials put the number at 52": two reports). A source
(the speaker, else the outlet) repeating its value in ten articles makes one report,
dated by its first appearance; "the commission" and "the election commission" in one
figure are one source. What a claim's text says of its numbers (how they moved, who else gives
one) is read by claims.matching.claim_cues.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from ..models import FigureStatus
from .claim_cues import (
    CACHED_CLAIMS,
    NUMERAL,
    OWNERS_FIGURE_BEFORE,
    PROVISIONAL_CUE,
    TIME_WORDS,
    claim_cue,
    moved_from,
    rebuts_in_clause,
    second_source_between,
)
from .figure_lexicon import ACCUMULATING
from .intervals import Interval, intervals_conflict, value_interval
from .places import is_country

# Reports closer than this are "at about the same time": a wire update cycle. Reports a
# day apart may differ because the facts moved on.
SAME_TIME = timedelta(hours=12)
# What was so at one moment and cannot move after it (how much was spilled, how many were aboard): another
# source's different number a day later disagrees, unless it says the count was updated.
FIXED_AT_EVENT = {"spilled", "aboard"}
EVENT_TIME = timedelta(hours=36)
# A count that only grows (the injured, the ill) reported higher by another source this many hours
# later, with nobody holding to the lower number afterwards, is the news catching up: "9 injured,
# police said" at noon and "11 hurt, the rescue service said" that evening. Within a wire cycle
# the two still disagree.
CATCH_UP = timedelta(hours=3)
# ... but not the dead: a charity's higher death toll the afternoon a ministry gave its own is a
# disagreement (three sets written by others label it so); a toll that moved says so ("rose to").
_TOLD_NOT_CAUGHT_UP = {"deaths"}
# ... nor a count of a period ("died in the week to Sunday", "taken to hospital last week"): its
# records are closed, so two sources' numbers for it disagree however many hours apart.
_PERIOD_COUNT = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:week|month|year|fortnight|quarter)\b"
    r"|\b(?:last|this|that)\s+(?:week|month|year|fortnight|quarter)\b",
    re.I,
)


@dataclass(frozen=True)
class ReportedValue:
    """One value of a figure, with who reported it, where and when."""

    value: Decimal
    qualifier: str
    reported_at: datetime
    claim_id: int
    speaker_id: int | None = None
    outlet: str = ""
    claim_text: str = ""
    # Where the number is in claim_text (None: unknown), and who the speaker is by name.
    start: int | None = None
    speaker_name: str = ""

    @property
    def source(self) -> tuple[str, object]:
        return ("speaker", self.speaker_id) if self.speaker_id is not None else ("outlet", self.outlet.strip().lower())


@dataclass(frozen=True)
class _Report:
    interval: Interval
    reported_at: datetime
    source: tuple[str, object]
    cue: str  # how the claim says its number moved: "rise", "fall", "update" or ""
    positions: tuple[int, ...]  # of the values it stands for
    provisional: bool = False  # the claim calls its number early or partial
    # The number its claim says the count moved from: the source's own older number, which
    # disputes nothing.
    earlier: bool = False
    # The claim says its number answers another source's (_REBUTS).
    rebuts: bool = False
    # The claim counts a period's total (_PERIOD_COUNT).
    period: bool = False
    # When its source last said it again (its repeats are one report): reported_at if never.
    last_said: datetime | None = None
    # The article it is in (outlet, time), and whether its claim names no speaker: the story's own voice.
    article: tuple = ()
    own_voice: bool = False


@dataclass(frozen=True)
class Assessment:
    status: str
    # Positions of the values on each side of a disagreement.
    disputed: frozenset[int] = frozenset()
    revised: frozenset[int] = frozenset()
    # Distinct reports: one per claim, a source's repeats of a value counted once.
    reports: int = 0


def _hull(intervals: Sequence[Interval]) -> Interval:
    if len(intervals) == 1:
        # Most reports stand for one value: their hull is that interval, unless an unbounded end is marked open.
        (only,) = intervals
        if (only.low is not None or not only.low_open) and (only.high is not None or not only.high_open):
            return only
    lows = [i for i in intervals if i.low is not None]
    highs = [i for i in intervals if i.high is not None]
    low = min(lows, key=lambda i: i.low) if len(lows) == len(intervals) else None
    high = max(highs, key=lambda i: i.high) if len(highs) == len(intervals) else None
    return Interval(
        low.low if low else None, low.low_open if low else False, high.high if high else None, high.high_open if high else False
    )



@lru_cache(maxsize=CACHED_CLAIMS)
def _given_by_another(text: str, start: int | None, speaker_name: str) -> bool:
    """Whether a claim's first value (at `start` in its `text`) is another source's answer to a number its
    text gives before it: "X said 240 ..., a figure police contradicted, saying 310" stored as a claim of
    X's holding only the 310."""
    if start is None:
        return False
    # "Mike Banda, rejecting the regulator's figure of 320": the number a possessive names as another
    # source's figure is that source's, wherever it stands in the claim.
    named = OWNERS_FIGURE_BEFORE.search(text, 0, start)
    if named is not None:
        owner = named.group(1).lower()
        if owner not in TIME_WORDS and owner not in re.findall(r"\w+", speaker_name.lower()):
            return True
    earlier = [m.start() for m in NUMERAL.finditer(text, 0, start)]
    return bool(earlier) and second_source_between(text, earlier[-1], start)


def _claim_parts(values: Sequence[ReportedValue]) -> list[tuple[int, list[int], bool]]:
    """(part, positions, earlier) of the values grouped by claim, and inside a claim split where a
    second source gives its own number: "X said 23, while the company put the number at 11"
    is part 0 (the claim's speaker) and part 1 (another source). A number the claim says its
    count moved from ("35, up from 21") is its source's earlier report (earlier=True), so
    the claim itself says the figure was revised."""
    by_claim: dict[int, list[int]] = {}
    for position, v in enumerate(values):
        by_claim.setdefault(v.claim_id, []).append(position)
    parts: list[tuple[int, list[int], bool]] = []
    for positions in by_claim.values():
        located = sorted(positions, key=lambda p: values[p].start if values[p].start is not None else -1)
        first = values[located[0]]
        index, part = (1 if _given_by_another(first.claim_text, first.start, first.speaker_name) else 0), [located[0]]
        for previous, p in zip(located, located[1:]):
            a, b, text = values[previous].start, values[p].start, values[p].claim_text
            if a is not None and b is not None and a < b and moved_from(text, b):
                parts.append((-1, [p], True))
                continue
            if a is not None and b is not None and a < b and second_source_between(text, a, b):
                parts.append((index, part, False))
                index, part = index + 1, []
            part.append(p)
        parts.append((index, part, False))
    return parts


# "the city's ambulance service" is the ambulance service: a common noun's possessive before a
# speaker's name says where it works, not another source ("Bruges's ambulance service" is kept whole).
_COMMON_POSSESSOR = re.compile(r"^\s*(?:the\s+)?[a-z]+['’]s\s+")


def _speaker_names(values: Sequence[ReportedValue]) -> dict[object, object]:
    """Speaker id -> the id standing for it. Speakers of one name are one ("Vattenfall"
    in two articles), and a name that is the end or the start of exactly one longer name in the figure
    is that speaker ("the commission" of "the election commission", "Norrland" of "Norrland Rail"),
    unless it is a country's."""
    names: dict[object, tuple[str, ...]] = {}
    for v in values:
        if v.speaker_id is not None and v.speaker_name:
            name = _COMMON_POSSESSOR.sub("", v.speaker_name)
            wanted = [w for w in re.findall(r"\w+", name.lower()) if w != "the"]
            if wanted:
                names[v.speaker_id] = tuple(wanted)
    first_of: dict[tuple[str, ...], object] = {}
    for sid in sorted(names, key=str):
        first_of.setdefault(names[sid], sid)
    same: dict[object, object] = {sid: first_of[name] for sid, name in names.items() if first_of[name] != sid}
    for name in first_of:
        if is_country(" ".join(name)):
            # "Kenya" (the country's government, or a body whose first word the extractor left out) is not
            # the one body named after the country ("the Kenya Medical Association"), whatever else is named.
            continue
        longer = {
            other for full, other in first_of.items()
            if len(full) > len(name) and (full[-len(name):] == name or full[: len(name)] == name)
        }
        if len(longer) == 1:
            canonical = longer.pop()
            same.update({s: canonical for s, n in names.items() if n == name})
    return same


@lru_cache(maxsize=CACHED_CLAIMS)
def _provisional(text: str) -> bool:
    return bool(PROVISIONAL_CUE.search(text))


@lru_cache(maxsize=CACHED_CLAIMS)
def _counts_a_period(text: str) -> bool:
    return bool(_PERIOD_COUNT.search(text))


def _reports(values: Sequence[ReportedValue]) -> list[_Report]:
    same_speaker = _speaker_names(values)
    reports: list[_Report] = []
    for part, positions, earlier in _claim_parts(values):
        first = values[positions[0]]
        source = first.source
        if part > 0:  # another source, named in the claim: never its speaker
            source = ("claim part", (first.claim_id, part))
        elif source[0] == "speaker":
            source = ("speaker", same_speaker.get(source[1], source[1]))
        reported_at = min(values[p].reported_at for p in positions)
        reports.append(
            _Report(
                interval=_hull([value_interval(values[p].value, values[p].qualifier) for p in positions]),
                reported_at=reported_at,
                source=source,
                cue="" if earlier else claim_cue(first.claim_text, first.start),
                positions=tuple(positions),
                provisional=_provisional(first.claim_text),
                earlier=earlier,
                rebuts=not earlier and rebuts_in_clause(first.claim_text, first.start),
                period=_counts_a_period(first.claim_text),
                last_said=reported_at,
                article=(first.outlet, first.reported_at),
                own_voice=source[0] == "outlet",
            )
        )
    # A source saying the same again is one report, dated by its first saying.
    reports.sort(key=lambda r: r.reported_at)
    said: dict[tuple, list[_Report]] = {}
    for report in reports:
        said.setdefault((report.source, report.interval), []).append(report)
    return [
        again[0] if len(again) == 1 else replace(
            again[0], positions=tuple(p for r in again for p in r.positions), last_said=again[-1].reported_at
        )
        for again in said.values()
    ]




def _above(a: Interval, b: Interval) -> bool:
    """a lies wholly above b (they do not overlap)."""
    return a.low is not None and b.high is not None and (a.low > b.high or a.low == b.high)


def _disputes(earlier: _Report, later: _Report, left_behind: bool = False, same_time: timedelta = SAME_TIME) -> bool:
    """Two reports whose values cannot both be true: a dispute, or a revision? `left_behind`: the
    count only grows and no report after `later` says a number as low as `earlier`'s; `same_time`: how far
    apart two sources' numbers still disagree (SAME_TIME, or EVENT_TIME for what was fixed at the event)."""
    if earlier.source == later.source or earlier.earlier or later.earlier:
        return False  # a source updating its own number
    if _one_story(earlier, later) and not (earlier.rebuts or later.rebuts):
        # A story telling a number in its own voice beside one a source gives, with no word that they
        # disagree, tells two counts ("Officials said 14 were hurt. Some 300 people live on the street."):
        # a dispute inside one story is said so, in one claim or with a rebuttal.
        return False
    if later.reported_at - _held_until(earlier) >= same_time and not later.rebuts:
        return False  # the facts moved on
    if (
        left_behind and not (later.rebuts or later.period or earlier.period) and later.reported_at - earlier.reported_at >= CATCH_UP
        and _above(later.interval, earlier.interval)
    ):
        return False  # another source, hours later, with more of a count that only grows
    if later.cue == "update" or earlier.provisional:
        return False
    if later.cue == "rise" and _above(later.interval, earlier.interval):
        return False
    return not (later.cue == "fall" and _above(earlier.interval, later.interval))


def _risen_past(earlier: _Report, later: _Report) -> bool:
    """A later report says its count rose to a number above the one an earlier report gave only as a floor
    ("at least 35 campers needed hospital treatment", then "the number rose to 52"): the two could both be true as
    intervals, but the later claim says the count moved since, a revision whoever gives it. Not a floor
    that rises ("more than 4,000", then "rose to at least 4,500"): that says only that more are known."""
    return (
        later.cue == "rise" and earlier.interval.high is None and earlier.interval.low is not None
        and later.interval.low is not None and later.interval.high is not None and later.interval.low > earlier.interval.low
        and later.reported_at > earlier.reported_at and not later.earlier
    )


def _held_until(report: _Report) -> datetime:
    """When the report's source last said its number: a source saying 35 again the day another says
    61 still holds 35 then, so the two disagree at the same time however long ago it first said it."""
    return max(report.reported_at, report.last_said or report.reported_at)


def _one_story(a: _Report, b: _Report) -> bool:
    """Two reports of one article, one of them in the story's own voice (no speaker), neither a
    second source its claim brings in."""
    return a.article == b.article and (a.own_voice or b.own_voice) and "claim part" not in (a.source[0], b.source[0])


class _LowestAfter:
    """The lowest number said after a given time by any report of a figure counting what only grows
    ("injured", "deaths seriously"), a repeat of a report counting as said again: whether a lower
    number has been left behind."""

    def __init__(self, reports: Sequence[_Report], subject: str):
        self.grows = bool(subject) and subject.split()[0] in ACCUMULATING - _TOLD_NOT_CAUGHT_UP
        said = sorted(
            ((when, r.interval.low) for r in reports for when in {r.reported_at, r.last_said or r.reported_at}), key=lambda s: s[0]
        ) if self.grows else []
        self.times = [when for when, _ in said]
        # lowest[k]: the lowest number said at times[k] or after (None: no lower bound).
        self.lowest: list[Decimal | None] = [None] * len(said)
        floor, unbounded = None, False
        for k in range(len(said) - 1, -1, -1):
            low = said[k][1]
            unbounded = unbounded or low is None
            floor = low if floor is None or (low is not None and low < floor) else floor
            self.lowest[k] = None if unbounded else floor

    def left_behind(self, earlier: _Report, later: _Report) -> bool:
        """Nobody says a number as low as `earlier`'s once `later` has said more."""
        if not self.grows or earlier.interval.high is None:
            return False
        k = bisect_right(self.times, later.reported_at)
        return k == len(self.times) or (self.lowest[k] is not None and self.lowest[k] >= earlier.interval.high)


def _repeats_a_move(reports: Sequence[_Report], earlier: _Report, later: _Report) -> bool:
    """`later` gives the number that a report between the two already said `earlier`'s count moved to
    ("the refinery raised its estimate to 9,200 barrels", then "9,200 barrels spilled, the refinery said"):
    it repeats the new number, it does not dispute the old one."""
    return any(
        earlier.reported_at < moved.reported_at <= later.reported_at and moved is not later
        and (moved.cue in ("update", "rise", "fall") or moved.earlier or moved.source == earlier.source)
        and moved.interval.overlaps(later.interval) and not moved.interval.overlaps(earlier.interval)
        for moved in reports
    )


def _any_risen_past(reports: Sequence[_Report]) -> bool:
    """Whether any report rose past the floor of one before it (_risen_past), in one pass: against the
    lowest floor said earlier."""
    lowest: _Report | None = None
    for report in reports:  # oldest first
        if lowest is not None and _risen_past(lowest, report):
            return True
        if report.interval.high is None and report.interval.low is not None and (
            lowest is None or report.interval.low < lowest.interval.low
        ):
            lowest = report
    return False


def figure_status(values: Sequence[ReportedValue], *, sides: bool = True, subject: str = "") -> Assessment:
    """The status of a figure from its values (any order); `subject` is what the figure counts (its
    subject key), which says whether the count only grows. With sides=False only the status
    and the report count are worked out: matching recounts big figures once per article, and
    disputes are looked for only among reports at about the same time (a sliding window),
    so that costs O(n log n) plus the pairs inside one window, not every pair."""
    reports = _reports(values)  # oldest first
    lowest_after = _LowestAfter(reports, subject)
    same_time = EVENT_TIME if subject.split(" ", 1)[0] in FIXED_AT_EVENT else SAME_TIME

    def disputes(earlier: _Report, later: _Report) -> bool:
        return _disputes(earlier, later, lowest_after.left_behind(earlier, later), same_time) and not _repeats_a_move(
            reports, earlier, later
        )

    disputed: set[int] = set()
    # The reports still held (said, or said again) within same_time of the one looked at: those it can dispute.
    held: list[_Report] = []
    for i, later in enumerate(reports):
        held = [r for r in held if later.reported_at - _held_until(r) < same_time]
        for earlier in reports[:i] if later.rebuts else held:
            if not earlier.interval.overlaps(later.interval) and disputes(earlier, later):
                disputed.update(earlier.positions + later.positions)
                if not sides:
                    break
        if disputed and not sides:
            break
        held.append(later)
    revised: set[int] = set()
    if sides:
        for i, earlier in enumerate(reports):
            for later in reports[i + 1 :]:
                if (not earlier.interval.overlaps(later.interval) and not disputes(earlier, later)) or _risen_past(
                    earlier, later
                ):
                    revised.update(earlier.positions + later.positions)
        conflicting = bool(revised) or bool(disputed)
    else:
        conflicting = intervals_conflict(r.interval for r in reports) or _any_risen_past(reports)
    if disputed:
        status = FigureStatus.DISPUTED
    elif conflicting:
        status = FigureStatus.REVISED
    else:
        status = FigureStatus.CONSISTENT
    return Assessment(status=status, disputed=frozenset(disputed), revised=frozenset(revised), reports=len(reports))
