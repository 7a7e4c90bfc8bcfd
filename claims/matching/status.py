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
figure are one source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from ..models import FigureStatus
from .figure_lexicon import ACCUMULATING
from .intervals import Interval, intervals_conflict, value_interval

# Reports closer than this are "at about the same time": a wire update cycle. Reports a
# day apart may differ because the facts moved on.
SAME_TIME = timedelta(hours=12)
# A count that only grows (the injured, the dead) reported higher by another source this many hours
# later, with nobody holding to the lower number afterwards, is the news catching up: "9 injured,
# police said" at noon and "11 hurt, the rescue service said" that evening. Within a wire cycle
# the two still disagree.
CATCH_UP = timedelta(hours=3)
# ... but not a count of a period ("died in the week to Sunday", "taken to hospital last week"): its
# records are closed, so two sources' numbers for it disagree however many hours apart.
_PERIOD_COUNT = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:week|month|year|fortnight|quarter)\b"
    r"|\b(?:last|this|that)\s+(?:week|month|year|fortnight|quarter)\b",
    re.I,
)
# A later number said to have moved, the way it moved, is a revision however soon it comes:
# "the toll rose to 19" two hours after 15 is news, not a disagreement.
_RISE_CUE = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|mounted|raised|up from|swelled|expanded|widened"
    r"|spread(?:ing)?\s+to)\b",
    re.I,
)
_FALL_CUE = re.compile(r"\b(?:fell|fallen|dropped|lowered|decreased|down from)\b", re.I)
# "final" only of a count ("the final toll", "final results"), never a match: "fans who watched the final said".
_UPDATE_CUE = re.compile(
    r"\b(?:updated|revised|latest|now|final(?=\s+(?:death\s+)?(?:toll|count|tally|figures?|numbers?|total|results?|"
    r"estimates?|returns)\b))\b",
    re.I,
)
# A number said to be what still stands or remains ("17 people were still missing", "3,800 trucks
# remained stranded") is where a moving count stands now: news, like "now". Only in the number's
# own clause, after it: "the museum still puts their value at 3 million" is a source holding out.
_STANDING_AFTER = re.compile(r"[\d.,]*[^\d,;:.!?]{0,40}?\b(?:still|remain|remains|remained|remaining)\b", re.I)
# A number said to be how many have been affected so far ("more than 900 people have been moved
# out", "14 have died") is a running tally: a higher one hours later is the tally growing, as
# if "rose" were said; a lower one still disputes. Only in the number's own clause, after it.
_TALLY_AFTER = re.compile(
    r"[\d.,]*[^\d,;:.!?]{0,40}?\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.I
)
# A number its own report calls provisional is superseded by any later one, from anyone:
# "in early results, turnout stood at 54%" then "turnout was 58%" is the count moving on.
_PROVISIONAL_CUE = re.compile(
    r"\b(?:preliminary|provisional|(?:partial|initial|early) (?:results|returns|counts?|figures|estimates?|tally))\b",
    re.I,
)
# A report that says it answers another source's number ("1,100, far fewer than the farmers'
# group had claimed") disputes it, however long after: the claim itself says the two disagree.
_REBUTS = re.compile(
    r"\b(?:fewer|less|lower|more|higher|greater|smaller|larger|bigger)\s+than\s+(?:the\s+)?[A-Za-z'’ ]{1,60}?\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:claimed|said|reported|stated|suggested|estimated)\b",
    re.I,
)
# Between two values of one claim: a contrast, then another source giving its number. The
# source may come after the second number ("said 9, not 17 as the police had said"; "80, more
# than the 64 the ministry reported") or be a source's own count ("though the agency's count
# stood at 112"; "a figure the charity called too low, putting the number at 400,000").
_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|though|although|not|than|against|(?:times|twice|double|half) the|contradicting|disputing|"
    r"rejecting|denying|challenging|rejected|rejects|disputed|contradicted|denied|challenged)\b|;"
    r"|,\s*an? (?:figure|number|count|total|estimate|claim)\b",
    re.I,
)
_SOURCE_GIVES = re.compile(
    r"\b(?:said|says|put|puts|putting|estimated|estimates|estimate|gave|gives|given|counted|counts|count|reported|reports|"
    # "a figure police contradicted", "the number the ministry disputes"
    r"contradicted|contradicts|disputed|disputes|rejected|rejects|denied|denies|challenged|challenges|"
    # "not 136 as the manifest showed": a record gives a number too.
    r"claimed|claims|called|calls|saying|say|cited|cites|citing|showed|shows|according to|stood at|stands at|"
    r"(?:figure|estimate|count|tally|toll) of)\b",
    re.I,
)
_NO_SOURCE = {"as", "the", "a", "an", "had", "has", "have", "was", "were", "been", "earlier", "previously", "first",
              "initially", "originally", "people", "million", "billion", "thousand", "per", "cent", "percent"}
# "up from 21", "from 600 million euros": what a count moved from, right before the number.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+|about\s+|around\s+|some\s+|just\s+)*[£$€]?\s*$", re.I)
_NUMERAL = re.compile(r"(?<![\w.,])\d[\d,.]*\b")
# "not 61,000 as it had said on Monday": the number the claim's own source gave before, which it
# now corrects. A pronoun is the claim's speaker; a named source is someone else (_SOURCE_GIVES).
_OWN_EARLIER_AFTER = re.compile(
    # ... or right after it, "as" left out: "620 were electric, not the 400 it had given on Monday".
    r"(?:[^.;:!?\d]{0,30}?\bas|(?<=\d)(?=\s+(?:it|he|she|we|I)\s))\s+(?:it|he|she|we|I)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|initially\s+|earlier\s+|previously\s+|originally\s+)?"
    r"(?:said|reported|announced|stated|estimated|claimed|gave|given|put it)\b"
)
# "against the utility's 1.5 million", "not the union's 160": a source's own number, named by its
# possessive right before it; a time's is no source ("against last year's 4 billion").
_OWNER_BEFORE = re.compile(r"\b(?:the\s+)?(?:[\w-]+\s+){0,3}?([\w-]+)['’]s?\s+(?:own\s+)?[£$€]?\s*$")
# "called the regional council's figure of 350 too high": a number a possessive names as that
# source's figure is that source's, with or without a contrast before it.
_OWNERS_FIGURE_BEFORE = re.compile(
    r"\b([\w-]+)['’]s?\s+(?:own\s+)?(?:figure|count|estimate|tally|total|number)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|just\s+|only\s+|more\s+than\s+|fewer\s+than\s+)?[£$€]?\s*$",
    re.I,
)
_TIME_WORDS = {"year", "years", "month", "week", "day", "today", "yesterday", "tomorrow", "season", "quarter",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "decade", "night"}
# Where the second number's clause ends: the source after it is inside that clause.
_CLAUSE_END = re.compile(r"[.;:!?](?!\d)|,\s*(?:and|while|whereas|but)\b")


def second_source_between(text: str, a: int, b: int) -> bool:
    """Whether another source gives the number at b, after the one at a, in one claim's text."""
    named = _OWNERS_FIGURE_BEFORE.search(text, a, b)
    if named is not None and named.group(1).lower() not in _TIME_WORDS:
        return True
    contrast = _CONTRAST.search(text, a, b)
    if contrast is None:
        return False
    owner = _OWNER_BEFORE.search(text, contrast.end(), b)
    if owner is not None and owner.group(1).lower() not in _TIME_WORDS:
        return True
    end = _CLAUSE_END.search(text, b)
    # A source before the number gives it only in its clause: "187 runners, far more than the organisers had
    # reported, and that 23 had been taken to hospital" goes back to the claim's speaker at "and that".
    opened = max([contrast.end()] + [m.end() for m in _CLAUSE_END.finditer(text, contrast.end(), b)])
    gives = _SOURCE_GIVES.search(text, opened, end.start() if end else len(text))
    if gives is None or gives.start() < b:
        return gives is not None
    # After the number, someone must give it: "the 64 the ministry reported", not "the 25 reported on Monday".
    between = re.sub(r"^[\d.,\s%]+", "", text[b : gives.start()])
    return any(w.lower() not in _NO_SOURCE for w in re.findall(r"[A-Za-z]+", between))


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
    lows = [i for i in intervals if i.low is not None]
    highs = [i for i in intervals if i.high is not None]
    low = min(lows, key=lambda i: i.low) if len(lows) == len(intervals) else None
    high = max(highs, key=lambda i: i.high) if len(highs) == len(intervals) else None
    return Interval(
        low.low if low else None, low.low_open if low else False, high.high if high else None, high.high_open if high else False
    )


def moved_from(text: str, start: int) -> bool:
    """Whether the number at `start` is the one its claim says the count moved from: "rose to
    35, up from 21 on Tuesday", "raised its estimate to 1.1 billion euros, up from 600 million",
    or the source's own number that it now corrects: "58,000, not 61,000 as it had said"."""
    if _FROM_BEFORE.search(text[:start]) and (_RISE_CUE.search(text) or _FALL_CUE.search(text)):
        return True
    number = _NUMERAL.match(text, start)
    return number is not None and bool(_OWN_EARLIER_AFTER.match(text, number.end()))


def _given_by_another(value: ReportedValue) -> bool:
    """Whether a claim's first value is another source's answer to a number its text gives
    before it: "X said 240 ..., a figure police contradicted, saying 310" stored as a claim of
    X's holding only the 310."""
    if value.start is None:
        return False
    # "Mike Banda, rejecting the regulator's figure of 320": the number a possessive names as another
    # source's figure is that source's, wherever it stands in the claim.
    named = _OWNERS_FIGURE_BEFORE.search(value.claim_text, 0, value.start)
    if named is not None:
        owner = named.group(1).lower()
        if owner not in _TIME_WORDS and owner not in re.findall(r"\w+", value.speaker_name.lower()):
            return True
    earlier = [m.start() for m in _NUMERAL.finditer(value.claim_text, 0, value.start)]
    return bool(earlier) and second_source_between(value.claim_text, earlier[-1], value.start)


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
        index, part = (1 if _given_by_another(values[located[0]]) else 0), [located[0]]
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
    is that speaker ("the commission" of "the election commission", "Norrland" of "Norrland Rail")."""
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
        longer = {
            other for full, other in first_of.items()
            if len(full) > len(name) and (full[-len(name):] == name or full[: len(name)] == name)
        }
        if len(longer) == 1:
            canonical = longer.pop()
            same.update({s: canonical for s, n in names.items() if n == name})
    return same


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
        reports.append(
            _Report(
                interval=_hull([value_interval(values[p].value, values[p].qualifier) for p in positions]),
                reported_at=min(values[p].reported_at for p in positions),
                source=source,
                cue="" if earlier else _cue(first.claim_text, first.start),
                positions=tuple(positions),
                provisional=bool(_PROVISIONAL_CUE.search(first.claim_text)),
                earlier=earlier,
                rebuts=not earlier and _rebuts(first.claim_text, first.start),
                period=bool(_PERIOD_COUNT.search(first.claim_text)),
                last_said=min(values[p].reported_at for p in positions),
                article=(first.outlet, first.reported_at),
                own_voice=source[0] == "outlet",
            )
        )
    # A source saying the same again is one report, dated by its first saying.
    reports.sort(key=lambda r: r.reported_at)
    kept: dict[tuple, _Report] = {}
    for report in reports:
        repeat = kept.get((report.source, report.interval))
        kept[report.source, report.interval] = report if repeat is None else replace(
            repeat, positions=repeat.positions + report.positions, last_said=report.reported_at
        )
    return list(kept.values())


def _own_clause(text: str, start: int) -> tuple[int, int]:
    """Where the clause of the number at `start` begins and ends (_CLAUSE_END)."""
    opened = max([0] + [m.end() for m in _CLAUSE_END.finditer(text, 0, start)])
    end = _CLAUSE_END.search(text, start)
    return opened, end.start() if end else len(text)


def _rebuts(text: str, start: int | None) -> bool:
    """Whether the number's own clause says it answers another source's number (_REBUTS): "1,100, far fewer
    than the farmers' group had claimed", but not the 23 of "treated 187, far more than the organisers had
    reported, and that 23 had been taken to hospital"."""
    if start is None:
        return bool(_REBUTS.search(text))
    return bool(_REBUTS.search(text, *_own_clause(text, start)))


def _corrects_itself(text: str) -> bool:
    """Whether the claim sets its number against one its own source gave before ("said 58,000 had
    registered, not 61,000 as it had said on Monday"): the source updates its number, a revision
    of whatever report held the older one, never another source's dispute."""
    return any(_OWN_EARLIER_AFTER.match(text, m.end()) for m in _NUMERAL.finditer(text))


def _cue(text: str, start: int | None = None) -> str:
    if _corrects_itself(text):
        return "update"
    lo, hi = _own_clause(text, start) if start is not None else (0, len(text))
    for name, cue in (("rise", _RISE_CUE), ("fall", _FALL_CUE), ("update", _UPDATE_CUE)):
        if cue.search(text, lo, hi):
            return name
    if start is None:
        return ""
    if _STANDING_AFTER.match(text, start):
        return "update"
    return "rise" if _TALLY_AFTER.match(text, start) else ""


def _above(a: Interval, b: Interval) -> bool:
    """a lies wholly above b (they do not overlap)."""
    return a.low is not None and b.high is not None and (a.low > b.high or a.low == b.high)


def _disputes(earlier: _Report, later: _Report, left_behind: bool = False) -> bool:
    """Two reports whose values cannot both be true: a dispute, or a revision? `left_behind`: the
    count only grows and no report after `later` says a number as low as `earlier`'s."""
    if earlier.source == later.source or earlier.earlier or later.earlier:
        return False  # a source updating its own number
    if _one_story(earlier, later) and not (earlier.rebuts or later.rebuts):
        # A story telling a number in its own voice beside one a source gives, with no word that they
        # disagree, tells two counts ("Officials said 14 were hurt. Some 300 people live on the street."):
        # a dispute inside one story is said so, in one claim or with a rebuttal.
        return False
    if later.reported_at - _held_until(earlier) >= SAME_TIME and not later.rebuts:
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
        self.grows = bool(subject) and subject.split()[0] in ACCUMULATING
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


def figure_status(values: Sequence[ReportedValue], *, sides: bool = True, subject: str = "") -> Assessment:
    """The status of a figure from its values (any order); `subject` is what the figure counts (its
    subject key), which says whether the count only grows. With sides=False only the status
    and the report count are worked out: matching recounts big figures once per article, and
    disputes are looked for only among reports at about the same time (a sliding window),
    so that costs O(n log n) plus the pairs inside one window, not every pair."""
    reports = _reports(values)  # oldest first
    lowest_after = _LowestAfter(reports, subject)

    def disputes(earlier: _Report, later: _Report) -> bool:
        return _disputes(earlier, later, lowest_after.left_behind(earlier, later))

    disputed: set[int] = set()
    # The reports still held (said, or said again) within SAME_TIME of the one looked at: those it can dispute.
    held: list[_Report] = []
    for i, later in enumerate(reports):
        held = [r for r in held if later.reported_at - _held_until(r) < SAME_TIME]
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
                if not earlier.interval.overlaps(later.interval) and not disputes(earlier, later):
                    revised.update(earlier.positions + later.positions)
        conflicting = bool(revised) or bool(disputed)
    else:
        conflicting = intervals_conflict(r.interval for r in reports)
    if disputed:
        status = FigureStatus.DISPUTED
    elif conflicting:
        status = FigureStatus.REVISED
    else:
        status = FigureStatus.CONSISTENT
    return Assessment(status=status, disputed=frozenset(disputed), revised=frozenset(revised), reports=len(reports))
