"""The subject a later value shares with an earlier one: "24% of revenue, against
29% a year ago", "from 1,240 to 1,105", "passed by 52 votes to 48", "Of the
£640m billed, only £410m was collected"."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon as lx
from .measures import TEMPERATURE_UNITS, is_money, names_unit, temperature_named_before
from .mentions import Mention
from .subject_parse import _MEASURE_UNITS, STAND_IN_WORDS

# A sentence ends between two values: they are not read together
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"”’]?\s")

# "18.6 per cent, compared with 9.4 per cent", "from 1,240 to 1,105", "320
# points, or 0.9%": a second value of the same kind measures the same thing.
_PARALLEL_RE = re.compile(r"^(?:\s+[a-z]+){0,4}[\s,;]*(?:(?:compared|against|up|down|rising|falling)\s+(?:with|to|from)\s+|"
                          r"(?:or|and|from|to|versus|vs\.?|against)\s+|\(\s*)(?:just\s+|only\s+|about\s+)?$")


_OR_GAP_RE = re.compile(r"\s*,\s*or\s+(?:about\s+|around\s+|nearly\s+)?")
_PER_SHARE_RE = re.compile(r"\s+(?:a|per|each)\s+(?:diluted\s+|basic\s+)?(?:share|unit)\b")


# "12,000 season tickets, 2,000 more than last year": a difference after a comma
_DIFFERENCE_AFTER_RE = re.compile(r"\s+(?:more|fewer|less|higher|lower|up|down)\b")


# "52,000 barrels for the month, up from 47,500", "€640 per megawatt-hour,
# compared with €110": a few words, a comma, then the earlier value
_EARLIER_VALUE_RE = re.compile(r"^(?:\s+[a-z][a-z-]*){0,4}\s*,\s*(?:up|down|compared|rising|falling)\s+(?:with|from)\s+"
                               r"(?:just\s+|only\s+|about\s+)?$")
# The same for a sum, after what it pays for and when: "R14.2bn for school meals in the 2025-26 year, up from R12.9bn"
_EARLIER_SUM_RE = re.compile(r"^(?:\s+[\w'’-]+){0,10}\s*,\s*(?:up|down|compared|rising|falling)\s+(?:with|from)\s+"
                             r"(?:just\s+|only\s+|about\s+)?$")


# A name of one or two capitalised words: "the CDU", "Hong Kong"
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
# "Germany with 2.1 million, followed by France with 1.4 million and the U.S. with 900,000": each name's
# share of the same count
_WITH_NAME_GAP_RE = re.compile(r"(?:\s+[a-z]+){0,3}\s*,?\s*(?:followed\s+by\s+|and\s+|then\s+|ahead\s+of\s+)?(?:the\s+)?[A-Z][\w.'’-]*"
                               r"(?:\s+[A-Z][\w.'’-]*)?\s+with\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?")


def _is_period(m: Mention) -> bool:
    """ "the first nine months", "the two days", "the previous three months": an amount of time that dates
    the values around it."""
    return m.unit is None and bool(m.subject) and m.subject.split()[-1].lower() in lx.TIME_UNITS


def _period_ended_before(prev: Mention, m: Mention, gap: str) -> bool:
    """ "waited more than 40 weeks, and 300 have waited ...": a period whose unit is written before the next number
    never names that number (but "five or six weeks" is one period)."""
    return _is_period(prev) and not _is_period(m) and re.search(rf"\b{re.escape(prev.subject.split()[-1])}\b", gap,
                                                                re.IGNORECASE) is not None


def _nearest_before(text: str, earlier: list[Mention], m: Mention, within: int, fits) -> Mention | None:
    """The value closest before m in its sentence, no more than ``within`` characters away, that ``fits``."""
    for p in reversed(earlier):
        if _SENTENCE_BREAK_RE.search(text, p.ext_end, m.ext_start) or m.ext_start - p.ext_end > within:
            return None
        if fits(p):
            return p
    return None


def _value_before_period(text: str, earlier: list[Mention], m: Mention) -> Mention | None:
    """The value closest before a period in the same sentence, of m's unit, with a subject of its own."""
    return _nearest_before(text, earlier, m, 150, lambda p: p.unit == m.unit and p.subject and not _is_period(p))


def _names_a_thing(p: Mention) -> bool:
    return bool(p.subject) and p.subject.split()[-1].lower() not in lx.TIME_UNITS


_MULTIPLE_AFTER_COMMA_RE = re.compile(r",\s*(?:more\s+than\s+|almost\s+|about\s+|nearly\s+|roughly\s+|some\s+|over\s+)?$")


def _multiple_of_the_value_before(text: str, ms: list[Mention]) -> None:
    """ "pollution reached 480 micrograms per cubic metre, more than 30 times the WHO guideline": the
    multiple says how far the value before it goes, and counts what that value does."""
    for k, m in enumerate(ms):
        if k and m.subject == "times" and _MULTIPLE_AFTER_COMMA_RE.search(text, max(0, m.ext_start - 20), m.ext_start):
            before = _nearest_before(text, ms[:k], m, 80, lambda p: _names_a_thing(p) and p.subject != "times")
            if before is not None:
                m.subject = before.subject


_OR_BEFORE_RE = re.compile(r",\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")


def _restated(text: str, earlier: list[Mention], m: Mention) -> Mention | None:
    """The sum or share a ", or ..." after it restates: the nearest before it in the sentence that names what it is."""
    return _nearest_before(text, earlier, m, 120, lambda p: (is_money(p.unit) or p.unit == "%") and _names_a_thing(p))


def _names_only_its_unit(m: Mention) -> bool:
    """ "tonnes", "per cent": a subject that repeats the unit and names nothing measured."""
    return bool(m.subject) and (m.subject.split()[-1].lower() in _MEASURE_UNITS - lx.TIME_UNITS
                                or names_unit(m.subject.split()[-1])
                                or m.subject.lower() in lx.SHARE_UNIT_NAMES)


def share_measured_subjects(text: str, ms: list[Mention]) -> None:
    """ "output will touch 86.5 lakh tonnes this year, up from 71.2 lakh tonnes": once the units are read, a
    measure left naming only its unit shares what the parallel measure before it was found to measure."""
    for prev, m in zip(ms, ms[1:]):
        gap = text[prev.ext_end:m.ext_start]
        if m.unit is not None and prev.unit == m.unit and _names_only_its_unit(m) and prev.subject \
                and not _names_only_its_unit(prev) and m.ext_start - prev.ext_end <= 60 \
                and (_PARALLEL_RE.match(gap) or _EARLIER_VALUE_RE.match(gap)):
            m.subject = prev.subject


def share_parallel_subjects(text: str, ms: list[Mention]) -> None:
    for k, (prev, m) in enumerate(zip(ms, ms[1:])):
        only_unit = _names_only_its_unit(m)
        part = re.search(r",\s*of\s+(?:which|whom)\s+$", text[max(0, m.ext_start - 12):m.ext_start])
        gap = text[prev.ext_end:m.ext_start]
        # "spends $1,400 a month on food, up from $1,000": the earlier sum paid for the
        # same thing, whatever the clause around it seems to say
        earlier = bool(prev.subject) and is_money(m.unit) and prev.unit == m.unit and bool(_EARLIER_SUM_RE.match(gap))
        # "ran at 82% of capacity in May, against 91% two years earlier": the same measure at an earlier time
        earlier = earlier or bool(prev.subject) and prev.unit == m.unit and bool(_AGO_AFTER_RE.match(text, m.ext_end)) \
            and bool(_COMPARED_BEFORE_RE.search(text, max(0, m.ext_start - 30), m.ext_start))
        # "a net loss of $4.2 million, or $0.11 per share": the same result, per share
        per_share = bool(prev.subject) and is_money(m.unit) and is_money(prev.unit) \
            and bool(_OR_GAP_RE.fullmatch(text, prev.ext_end, m.ext_start)) and bool(_PER_SHARE_RE.match(text, m.ext_end))
        if per_share and prev.subject.split()[-1].lower() not in ("price", "payment"):
            m.subject = prev.subject
            continue
        if is_money(m.unit) and m.subject in ("", "payment") and _OR_BEFORE_RE.search(text, max(0, m.ext_start - 20), m.ext_start) \
                and (restated := _restated(text, ms[:k + 1], m)) is not None:
            # "will spend C$1.8 billion over four years ..., or about C$450 million a year", "rates would rise by
            # 9.5%, or about $310 a year": the same sum or share, told another way
            m.subject = restated.subject
            continue
        if m.subject and not only_unit and not part and not earlier:  # "900 cars, of which 200 ...": a part
            continue
        if _is_period(prev) and _EARLIER_VALUE_RE.match(gap) and (
                before := _value_before_period(text, ms[:k], m)) is not None:
            # "23 complaints in the first nine months, up from 15 a year earlier": the value the period
            # dates, not the period
            m.subject = before.subject
            continue
        difference = re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*,\s*", gap) and _DIFFERENCE_AFTER_RE.match(text, m.ext_end)
        near = prev.subject and m.ext_start - prev.ext_end <= 40 and not _period_ended_before(prev, m, gap)
        if near and (difference or _PARALLEL_RE.match(gap) or _EARLIER_VALUE_RE.match(gap) or _WITH_NAME_GAP_RE.fullmatch(gap)) and (
                prev.unit == m.unit or (prev.unit != "%" and m.unit == "%")):
            m.subject = prev.subject
            continue
        # "22% of the firm's revenue, against 27% two years ago", "rose 5.1% in the 12 months
        # to March, compared with 3.6%", "sold 900 cars, of which 200 ...": the earlier
        # value of the same unit in the sentence
        if _COMPARED_BEFORE_RE.search(text, max(0, m.ext_start - 30), m.ext_start):
            same = next((p for p in reversed(ms[:k + 1]) if (p.unit == m.unit or is_money(p.unit) and is_money(m.unit))
                         and p.subject and not p.is_word
                         and m.ext_start - p.ext_end <= 120 and ". " not in text[p.ext_end:m.ext_start]), None)
            if same is not None and same.subject.split()[-1].lower() not in lx.TIME_UNITS:
                m.subject = same.subject
    _multiple_of_the_value_before(text, ms)
    _that_number(text, ms)
    _elided_count(text, ms)
    _rest_of_a_count(text, ms)
    _sum_or_share_named_before(text, ms)
    _included_count(text, ms)
    _part_of_opening_sum(text, ms)
    _tally(text, ms)
    # "with orders from Brazil down 12.4%": what is down ("..., from 19%": before), whatever the
    # clause around the "with" phrase seems to say
    for k, m in enumerate(ms):
        mt = _WITH_DOWN_RE.search(text, max(0, m.ext_start - 60), m.ext_start)
        if mt and mt.group(1).split()[-1] not in ("of", "for", "at", "in", "to"):  # ("with engines of up to 1,600cc")
            m.subject = mt.group(1)
            for n in ms[k + 1:k + 2]:
                n.subject = n.subject or (m.subject if re.fullmatch(r"\s+from\s+", text[m.ext_end:n.ext_start]) else "")


def _tally(text: str, ms: list[Mention]) -> None:
    """"passed by 52 votes to 48", "won by three games to one": the second number of
    a tally counts what the first one does."""
    for prev, m in zip(ms, ms[1:]):
        gap = _TALLY_GAP_RE.fullmatch(text, prev.ext_end, m.ext_start)
        if gap and prev.subject and prev.subject.split()[-1].lower() == gap.group(1).lower() \
                and prev.unit == m.unit and _TALLY_END_RE.match(text, m.ext_end):
            m.subject = prev.subject


_TALLY_GAP_RE = re.compile(r"\s+([a-z]+)\s+to\s+")
# nothing counted after the second number: a stop, a comma or a preposition
_TALLY_END_RE = re.compile(r"\s*(?:[,.;:)]|$|\s(?:on|in|at|with|after|before|against|and|but|for|in)\b)")


# ("with fuel spending for the depots down to R96m", "with the price of copper down 9%": the phrase
# after the noun says what it is for or of)
_WITH_DOWN_RE = re.compile(r"\bwith\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s+(?:to|in|from|at)\s+" + _NAME
                           + r"|\s+(?:for|on|at|of)\s+(?:the\s+|its\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:up|down)\s+(?:by\s+|to\s+)?"
                           r"(?:about\s+|nearly\s+|almost\s+)?$")


# "Of the £640m billed, only £410m was collected": a sentence that
# opens on a sum, then gives a part of it
_OF_OPENING_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*)Of\s+(?:the\s+|about\s+|some\s+|nearly\s+|almost\s+)?\S*$")


def _part_of_opening_sum(text: str, ms: list[Mention]) -> None:
    for whole, part in zip(ms, ms[1:]):
        gap = text[whole.ext_end:part.ext_start]
        # sums only: "Of the 30 staff hurt, four remain in hospital" counts a narrower group
        if whole.subject and is_money(whole.unit) and part.unit == whole.unit and "," in gap and not re.search(r"[.!?;]\s", gap) and len(gap) < 120 \
                and _OF_OPENING_RE.search(text, max(0, whole.ext_start - 40), whole.ext_start):
            part.subject = whole.subject


# "the remaining 3,000", "another 40", "a further 200": more of what was counted before
_REST_BEFORE_RE = re.compile(r"\b(?:the\s+(?:remaining|other|last)|another|a\s+further|an\s+(?:additional|extra))"
                             r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$", re.IGNORECASE)


# "plans to open another 12 this year", "a further 30, officials said": nothing counted right after the number
_NOTHING_NAMED_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$|\s(?:this|next|last|in|on|at|by|from|to|for|over|across|since|"
                                     r"were|was|are|is|have|has|had|will|would|could|may|might|still|so|so\s+far)\b)")


# "delivered 415 flats, including 230 it built": a part of the count the phrase hangs on
_INCLUDING_BEFORE_RE = re.compile(r"\bincluding\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")


# A count that names nothing after it: "has 31, ...", "45 in Oslo", "six or seven", "three behind"
_ELIDED_AFTER_RE = re.compile(r"[\"”’]?\s*(?:[,.;:)?!\"”]|$|\s(?:in|at|on|from|behind|ahead|short|or(?!\s+(?:more|fewer|so)\b)|"
                              r"and|but|instead|last|this|so\s+far|a\s+(?:day|week|month|year)|(?:more|fewer|less)(?=\s*(?:[,.;:)?!\"”’]"
                              r"|$|\s(?:than|in|on|at|this|next|last|without|with|by|to|a|an|the|for|and|or|but)\b)))\b)")
# A value set against the earlier one ("to 36 lakh units from 28 lakh", "down from the usual 400") is
# another level of what the sentence measures, which the parallel rules name
_SET_AGAINST_RE = re.compile(r"\b(?:from|to|against|compared|versus|vs|up|down)\b")


_HYPHENED_TIME_RE = re.compile(r"-(?:" + "|".join(sorted(lx.TIME_UNITS, key=len, reverse=True)) + r")\b")


_STAND_INS = STAND_IN_WORDS | {"other", "the rest", "rest"}


def _elided_count(text: str, ms: list[Mention]) -> None:
    """A bare count set after a count that named what it counts, in the same sentence, counts the same:
    "needs 40 engineers but has 31", "210 staff in Bergen and 45 in Oslo", "18 points, three behind the
    leaders". What the clause around the bare count names ("the carrier", "stores") is not what it counts."""
    for k, m in enumerate(ms):
        if _paired_with_a_measure(text, ms, k):
            m.subject = ms[k - 2].subject
            continue
        if not k or m.unit is not None or m.range_partner is not None or not _ELIDED_AFTER_RE.match(text, m.ext_end):
            continue
        prev = ms[k - 1]
        if _HYPHENED_TIME_RE.match(text, prev.end):
            continue  # "ticket sales for the six-day championship had passed 18,000": a length of time counts nothing
        if prev.unit is not None or not prev.subject or (_names_only_a_measure(prev.subject) and prev.subject != "points") \
                or m.ext_start - prev.ext_end > 150 or _SENTENCE_BREAK_RE.search(text, prev.ext_end, m.ext_start):
            continue
        named = re.match(r"(?:\s+[\w-]+){0,3}?\s+" + re.escape(prev.subject.split()[-1]) + r"\b", text[prev.ext_end:prev.ext_end + 50])
        # (not "lifted its workforce to 148": a subject the sentence names after the earlier count is the count's own)
        between = text[prev.ext_end:m.ext_start].lower()
        # ("while others have fewer than 40,000": a word that only stands for more of the same names nothing)
        own = m.subject and m.subject.lower() not in _STAND_INS
        if named and prev.subject.split()[-1].lower() not in between[named.end():] \
                and not (own and (m.subject.split()[-1].lower() in between or _SET_AGAINST_RE.search(between))):
            m.subject = prev.subject


def _paired_with_a_measure(text: str, ms: list[Mention], k: int) -> bool:
    """ "930 passengers waited more than four hours and 212 more than ten hours": a bare count set beside a
    measure as an earlier count was beside the same measure counts what that count counted."""
    if k < 2 or k + 1 >= len(ms):
        return False
    first, measure, m, again = ms[k - 2], ms[k - 1], ms[k], ms[k + 1]
    return m.unit is None and first.unit is None and bool(first.subject) and not _names_only_a_measure(first.subject) \
        and bool(measure.subject) and _names_only_a_measure(measure.subject) and again.subject == measure.subject \
        and again.unit == measure.unit and m.subject in ("", measure.subject) \
        and not _SENTENCE_BREAK_RE.search(text, first.ext_end, again.ext_start) \
        and _BESIDE_A_MEASURE_GAP_RE.fullmatch(text, measure.ext_end, m.ext_start) is not None


# The measure's unit word, then "and", "while" or a comma: "four hours and 212", "six weeks, while 40"
_BESIDE_A_MEASURE_GAP_RE = re.compile(r"(?:\s+[a-z]+)?\s*(?:,\s*|\s+)(?:(?:and|while|but|with)\s+)?")


def _included_count(text: str, ms: list[Mention]) -> None:
    """A bare count right after "including" that names nothing counts what the count before it in the
    sentence counted: "opened 210 beds, including 120 it built itself"."""
    for k, m in enumerate(ms):
        if m.subject or m.unit is not None or not k or not _INCLUDING_BEFORE_RE.search(text, max(0, m.ext_start - 20), m.ext_start):
            continue
        prev = ms[k - 1]
        if prev.unit is None and prev.subject and not prev.is_word and not _names_only_a_measure(prev.subject) \
                and not re.search(r"[.!?]\s", text[prev.ext_end:m.ext_start]):
            m.subject = prev.subject


def _rest_of_a_count(text: str, ms: list[Mention]) -> None:
    """"reconnected 12,000 homes ... the remaining 3,000": a bare count that
    names nothing counts what the nearest count before it counted."""
    for k, m in enumerate(ms):
        # (a share counts as bare while its subject only repeats its unit: "the remaining 15 per cent")
        bare = m.unit is None or (m.unit == "%" and (not m.subject or m.subject.lower() in lx.SHARE_UNIT_NAMES))
        if not bare or not _REST_BEFORE_RE.search(text, max(0, m.ext_start - 30), m.ext_start):
            continue
        if m.subject and (not _NOTHING_NAMED_AFTER_RE.match(text, m.ext_end) or m.subject.split()[-1].lower() in lx.TIME_UNITS):
            continue  # "another 40 beds": the count names what it counts
        # ("the remaining 15 per cent": the rest of the shares the sentence gave)
        earlier = next((p for p in reversed(ms[:k]) if p.unit == m.unit and p.subject and not p.is_word
                        and p.subject.split()[-1].lower() not in lx.TIME_UNITS), None)
        if earlier is not None and m.ext_start - earlier.ext_end < 400:
            m.subject = earlier.subject


def _sum_or_share_named_before(text: str, ms: list[Mention]) -> None:
    """A sum or a share that nothing names, in a sentence that named what a sum or a share before it is of,
    is of the same: "diesel sold at R23.10 a litre in Durban and R24.05 inland", "the operator taking 30 per
    cent and the city 19 per cent". (Not a bare count: a figure reads a count's own words.)"""
    for k, m in enumerate(ms):
        if m.subject or not k or not (is_money(m.unit) or m.unit == "%"):
            continue
        prev = next((p for p in reversed(ms[:k]) if p.unit == m.unit or (is_money(p.unit) and is_money(m.unit))), None)
        if prev is None or not prev.subject or prev.is_word or _names_only_a_measure(prev.subject) \
                or m.ext_start - prev.ext_end > 150 or _SENTENCE_BREAK_RE.search(text, prev.ext_end, m.ext_start):
            continue
        m.subject = prev.subject


# (not "the number of people still missing": that names what it counts)
_THAT_NUMBER_RE = re.compile(r"\b(?:that|this|the)\s+(?:number|figure|total|tally)\b(?!\s+of\b)")


def _that_number(text: str, ms: list[Mention]) -> None:
    """"sold about 80,000 tickets a season. Organisers expect that number to pass 95,000":
    the number the sentence points back to counts what the one before it counted."""
    for k, m in enumerate(ms):
        if k and m.subject.lower() in ("", "number", "figure", "total", "tally") and not m.unit \
                and _THAT_NUMBER_RE.search(text, max(0, m.ext_start - 60), m.ext_start):
            prev = ms[k - 1]
            if prev.unit == m.unit and prev.subject and prev.subject.lower() not in ("number", "figure", "total", "tally") \
                    and m.ext_start - prev.ext_end < 250:
                m.subject = prev.subject


def share_fraction_wholes(text: str, ms: list[Mention]) -> None:
    """"below 80,000 tonnes, less than half of last year's 190,000 tonnes", "sold 40,000 tonnes of sugar, a
    third of the 120,000 tonnes it held": the whole a part was taken of measures what the part does, whatever
    its own words seem to say. Run once the units are known."""
    for k, m in enumerate(ms):
        if not k or not _FRACTION_OF_BEFORE_RE.search(text, max(0, m.ext_start - 50), m.ext_start):
            continue
        same = next((p for p in reversed(ms[:k]) if p.unit == m.unit and p.subject and not p.is_word
                     and not _names_only_a_measure(p.subject)), None)
        if same is not None and m.ext_start - same.ext_end <= 120 and not _SENTENCE_END_RE.search(text, same.ext_end,
                                                                                                   m.ext_start):
            m.subject = same.subject


_CHARGE_NOUN_RE = re.compile(
    r"\b(?:([a-z][a-z-]+)\s+)?(fee|fees|fare|fares|toll|tolls|levy|levies|tariff|tariffs|premium|premiums|admission)\b"
)
# ... or names who pays it ("households will pay $6.40", "cars pay Sh250"): the charge is what they pay
_PAYERS = {"household", "family", "driver", "motorist", "car", "truck", "lorry", "passenger", "adult", "student",
           "pensioner", "resident", "visitor", "tourist", "customer", "commuter", "rider", "user", "owner", "parent",
           "candidate", "applicant", "subscriber"}
_WEAK_SUMS = {"", "payment", "rate"}  # (a price is named: "petrol at 282.24 a litre" stays a price)


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def charge_named_before(text: str, ms: list[Mention]) -> None:
    """A sum that names only a payment or a rate, or only who pays it, in a story that has just named what is
    charged ("the new toll ... cars will pay Sh250", "its recycling fee ... households will pay $6.40"), is that
    charge."""
    ends: list[int] | None = None  # where the sentences end, found once for all the sums
    for m in ms:
        words = m.subject.lower().split()
        payer = 0 < len(words) <= 2 and words[0] != "spending" and _singular(words[-1]) in _PAYERS
        if not is_money(m.unit) or not (m.subject.lower() in _WEAK_SUMS or payer):
            continue
        if ends is None:
            ends = [e.end() for e in _SENTENCE_END_RE.finditer(text)]
        before = bisect_left(ends, m.ext_start)  # the sentence ends before the sum
        opened = ends[before - 2] if before > 1 else 0  # this sentence and the one before
        named = list(_CHARGE_NOUN_RE.finditer(text, opened, m.ext_start))
        if named:
            found = named[-1]
            modifier = found.group(1)
            kept = modifier and modifier not in _NOT_MODIFIERS and not modifier.endswith("ed")  # ("raised fares")
            m.subject = f"{modifier} {found.group(2)}" if kept else found.group(2)


_NOT_MODIFIERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "new", "of", "to", "and", "or", "per",
                  "for", "in", "on", "at", "by", "with", "from", "as", "is", "was", "are", "were", "be", "pay", "paid",
                  "pays", "charge", "charges", "will", "would", "each", "every", "any", "no", "higher", "lower", "same",
                  "raise", "raises", "cut", "cuts", "hike", "hikes", "increase", "increases", "under", "over", "into",
                  "about", "than", "more", "less"}


_FRACTION_OF_BEFORE_RE = re.compile(
    r"\b(?:half|an?\s+(?:third|quarter|fifth|tenth))\s+(?:of\s+)?(?:the|its|their|(?:last|this|the\s+previous)\s+"
    r"(?:year|season|month|week|quarter)['’]s)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_COMPARED_BEFORE_RE = re.compile(r"(?:,\s*|\s)(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|versus|vs\.?"
                                 r"|of\s+(?:which|whom|them|those)"
                                 # "won 28.7% of the vote, ahead of the SPD on 24.2%", "and the Left 7.3%"
                                 r"|(?:ahead\s+of|behind)\s+" + _NAME + r"\s+(?:on|with)|and\s+" + _NAME
                                 # "880 trains, more than double the 410 cancelled the year before"
                                 + r"|(?:(?:more|less)\s+than\s+)?(?:double|twice|triple|treble|half)\s+the)"
                                 r"\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+"
                                 r"|more\s+than\s+|less\s+than\s+|fewer\s+than\s+|over\s+)?$")


# "Grain exports totalled 3.8 million tonnes in the season, down 7%", "median prices stood at $612,000, up 3.5% on
# the year": a few words, a comma, then "up" or "down" and the change
# (the words may hold an abbreviation's stop or quotation marks: "since Feb. 1", "the “spring festival” break")
_CHANGE_GAP_RE = re.compile(r"(?:\s+[\w'’.“”\"-]+){0,8}\s*,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|"
                            r"nearly\s+|almost\s+|roughly\s+|more\s+than\s+|less\s+than\s+)?")


# "a year ago", "two months earlier", "last year"
_AGO_AFTER_RE = re.compile(r"\s+(?:(?:a|an|one|two|three|four|five|six|ten|\d+)\s+(?:years?|months?|weeks?|quarters?|decades?)"
                           r"\s+(?:ago|earlier|before)|(?:last|the\s+previous)\s+(?:year|month|week|quarter|season))\b")
# A share that opens a sentence: "About 70% went to Germany."
_OPENING_SHARE_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:about|around|roughly|some|nearly|almost|only|just|over|"
                               r"more\s+than|less\s+than)\s+)?$", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“‘])")


def _share_of_what_came_before(text: str, ms: list[Mention]) -> None:
    """"The mill shipped 40,000 tonnes of paper last year. About 70% went to Germany.": a
    share that opens a sentence and names nothing is a share of what the sentence
    before counted or measured last."""
    for k, m in enumerate(ms):
        if m.unit != "%" or m.subject or not k or re.match(r"\s+of\b", text[m.ext_end:m.ext_end + 4]) \
                or not _OPENING_SHARE_RE.search(text, max(0, m.ext_start - 40), m.ext_start):
            continue
        prev = next((p for p in reversed(ms[:k]) if p.unit != "%" and not p.is_word), None)
        if prev is None or not prev.subject or len(_SENTENCE_END_RE.findall(text, prev.ext_end, m.ext_start)) != 1:
            continue
        if not _names_only_a_measure(prev.subject):
            m.subject = prev.subject


def _names_only_a_measure(subject: str) -> bool:
    """Whether a subject names only a unit or a time ("tonnes", "years"): nothing a value set beside it could share."""
    last = subject.split()[-1].lower()
    return last in _MEASURE_UNITS or last in lx.TIME_UNITS or names_unit(last)


_ROUGHLY = r"about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+"
_BY_BEFORE_RE = re.compile(rf"\bby\s+(?:{_ROUGHLY})?$")
_FROM_GAP_RE = re.compile(rf"\s+from\s+(?:{_ROUGHLY})?")
_UP_FROM_GAP_RE = re.compile(rf"(?:\s+[a-z]+)?\s*,?\s+(?:up|down)\s+from\s+(?:{_ROUGHLY})?")
_LEVEL_GAP_RE = re.compile(rf",?\s+to\s+(?:{_ROUGHLY}|a\s+record\s+)?")


def share_change_subjects(text: str, ms: list[Mention]) -> None:
    """A percentage or a number of points set after a value by ", up" or ", down" is
    how much that value changed: it measures what the value measures. Runs once the
    values' own subjects are final; a value named only by its unit or a time names
    nothing the change could share."""
    for k, (prev, m) in enumerate(zip(ms, ms[1:])):
        if k and m.unit in ("%", "pp") and prev.unit is None and prev.subject and prev.subject.split()[-1].lower() in lx.TIME_UNITS \
                and not ms[k - 1].is_word:
            prev = ms[k - 1]  # "2.3 million visitors came during the three-day break, up 9%": the count before the time
        if not prev.subject or prev.is_word:
            continue
        last = prev.subject.split()[-1].lower()
        if _names_only_a_measure(prev.subject) or last in lx.SHARE_UNIT_NAMES or m.subject.lower().endswith(last):
            continue  # ("Catch volumes rose 6% to 18,700 tonnes": the later value names it fully)
        if m.unit in ("%", "pp") and _CHANGE_GAP_RE.fullmatch(text, prev.ext_end, m.ext_start):
            m.subject = prev.subject
        elif _LEVEL_GAP_RE.fullmatch(text, prev.ext_end, m.ext_start) and (
                (prev.unit == "%" and m.unit != "%")
                or (prev.unit == m.unit and _BY_BEFORE_RE.search(text, max(0, prev.ext_start - 30), prev.ext_start))):
            # "Tarvo profit climbs 9% to ¥41bn", "the toll will climb by $2, to $11.50": the level what rose reached
            m.subject = prev.subject
        elif prev.unit == "%" and m.unit != "%" and _FROM_GAP_RE.fullmatch(text, prev.ext_end, m.ext_start) \
                and (not m.subject or names_unit(m.subject.split()[-1])):
            m.subject = prev.subject  # "sales of $9m, up 8% from $8.3m": the level it rose from
        elif prev.unit == m.unit and (not m.subject or _names_only_a_measure(m.subject)) \
                and _UP_FROM_GAP_RE.fullmatch(text, prev.ext_end, m.ext_start):
            m.subject = prev.subject  # "reached 64,000 tonnes, up from 51,200 tonnes": the level before
    _share_of_what_came_before(text, ms)


# What may stand between a temperature and a bare number that goes on with another place's: a clause, no
# sentence end ("Perth hit 41C, while Darwin reached 35", "fell to minus 12 degrees; Bergen stayed at 3")
_ANOTHER_PLACE_GAP_RE = re.compile(r"[^.!?\n]{0,80}?\b(?:while|whereas|and|but|with)\b[^.!?\n]{0,60}|[^.!?\n]{0,60};[^.!?\n]{0,60}")
_NOTHING_MEASURED_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$|\s*\b(?:on|in|at|by|overnight|during|earlier|later|after|"
                                        r"before|while|and|but|the|this|last|that)\b)")


def elided_temperatures(text: str, ms: list[Mention]) -> None:
    """ "Perth hit 41.2C on Sunday, while Darwin reached 35", "dropped to minus 6, while the coast stayed at
    4": a bare number that goes on from a temperature in the same sentence, with nothing after it that it
    counts, is another temperature."""
    for prev, cur in zip(ms, ms[1:]):
        if cur.unit is None and not cur.subject and abs(cur.value) <= 150 \
                and (prev.unit in TEMPERATURE_UNITS or (prev.unit is None and (prev.value < 0 or prev.subject == "temperature"))) \
                and _ANOTHER_PLACE_GAP_RE.fullmatch(text, prev.ext_end, cur.ext_start) \
                and _NOTHING_MEASURED_AFTER_RE.match(text, cur.ext_end):
            cur.subject = temperature_named_before(text, cur) or "temperature"  # ("..., and wind chills around minus 20")
