"""Numbers that are no figure: durations and times, ages, ordinals, votes and scores, the ends of
how far single items range, numbers said only by their scale ("thousands") or as a share ("a
third"), and the numbers of a rhetorical series inside one quote. They are never filed under a
figure, so they are never disputed against anything. Pure Python."""

from __future__ import annotations

import re

from .facts import ClaimFacts, QuantityFacts
from .places import token_index, tokens_of
from .similarity import words

# Units of time: "four hours", "a 48-hour strike", "18 months", "54-year-old", "3 a.m.".
_TIME_WORDS = set(
    "second seconds minute minutes hour hours day days night nights week weeks month months year years "
    "decade decades century centuries fortnight a.m. p.m. am pm o'clock hrs hr mins".split()
)
# "aged 34", "aged between 4 and 80", "ages of 5 to 12".
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages?)(?:\s+(?:of|between|from|over|under|above|below))?\s+(?:\d[\d,]*\s*(?:and|to|-|–)\s*)?$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"^(?:\s*|-)(?:" + "|".join(re.escape(w) for w in sorted(_TIME_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_CLOCK = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|[:.]\d\d\b)", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)
_MULTIPLIER = re.compile(r"^(?:once|twice|thrice)$", re.I)
_TIMES_AFTER = re.compile(r"^\s*times\b", re.I)
# "ruled 5-4", "a 3-1 win", "by 176 votes to 170": both sides of a count of votes or goals.
_SCORE = re.compile(r"\b\d{1,3}\s*[-–—]\s*\d{1,3}\b(?!\s*(?:%|per|percent))|\b\d[\d,]*\s+votes?\s+to\s+\d[\d,]*\b"
    # "voted 6,712 to 1,403", "voting 88 to 12 against".
    r"|\bvot(?:ed|ing|es?)\s+\d[\d,]*\s+(?:to|against)\s+\d[\d,]*\b")
# "refunds ranged from 150 to 2,400 euros", "fines vary between 50 and 500": how far single items
# spread, no count of anything; both ends.
_SPREAD_BEFORE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from|between)\s+"
    r"(?:[£$€]?\s*\d[\d,.]*(?:\s+[a-z]+)?\s+(?:to|and)\s+)?[£$€]?\s*$",
    re.I,
)
# A number said only by its scale ("thousands of people queued", "dozens of vehicles") or a share of
# something ("a third of them", "half the crowd"): no count another source could contradict.
_INDEFINITE = re.compile(
    r"^(?:(?:many|several|some)\s+)?(?:dozens|scores|hundreds|thousands|millions|billions|tens)$"
    r"|^(?:a|an|one|two|three|four)[\s-](?:half|third|quarter|fifth|tenth)s?$|^half$",
    re.I,
)
# "40 nautical miles off the cape", "12 km north of the town", "3 miles from the shore": where something is,
# a distance from a place, no count of anything. The unit may be in the number's span or after it.
_DISTANCE_AFTER = re.compile(
    r"^\s*(?:(?:nautical\s+)?(?:miles?|kilometres?|kilometers?|km|metres?|meters?|m|feet|ft|yards?)\b\s*)?"
    r"(?:off|from|away|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\b",
    re.I,
)
# "near mile marker 88", "at gate 12", "on platform 4", "routes 41 and 42": a number that names one of its kind,
# no count of anything.
_LABEL_BEFORE = re.compile(
    r"\b(?:markers?|mileposts?|exits?|junctions?|gates?|platforms?|piers?|berths?|routes?|rooms?|wards?|pages?)\s+"
    r"(?:\d[\d,]*\s+(?:and|or|to)\s+)?$"
)
# "deposits of up to 100,000 euros are guaranteed", "claims worth up to £10,000 will be refunded": what the
# rules cover of each item, not a figure of the event.
_UP_TO_BEFORE = re.compile(r"\b(?:of|worth)\s+up\s+to\s+(?:[£$€¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s)?\s*$")
_COVERED_AFTER = re.compile(
    r"^(?:\s*[a-z]+){0,3}?\s+(?:are|is|were|was|will\s+be|would\s+be|remain|stay)\s+(?:fully\s+|still\s+)?"
    r"(?:guaranteed|insured|protected|covered|refunded|reimbursed|compensated|exempt)\b", re.IGNORECASE
)
_LENGTHS = set("mile miles nautical kilometre kilometres kilometer kilometers km metre metres meter meters m feet ft yard yards".split())
# More numbers than this of one subject in one claim is a series ("one house, two houses,
# ten houses"), not reports of a figure.
SERIES = 3


def keyed_by_parse(facts: ClaimFacts) -> bool:
    """Whether keying the claim (figure_keys) reads its parse: not when every number in it is no figure,
    which figure_keys sets aside before it asks what a number counts. About one numeric claim in seven
    is such a claim, and a parse costs milliseconds."""
    tokens = tokens_of(facts.text)
    return any(
        token_index(tokens, q.start, q.end) is not None and not is_no_figure(facts.text, q) for q in facts.quantities
    )


def is_no_figure(text: str, q: QuantityFacts) -> bool:
    """Whether the quantity at q.start:q.end of the claim's text is no figure on its own."""
    before, after = text[: q.start], text[q.end :]
    subject = set(words(q.subject))
    if subject & _TIME_WORDS or _TIME_AFTER.match(after) or _CLOCK.match(after):
        return True
    if _AGE_BEFORE.search(before) or _in_apposition(text[q.start : q.end], before, after):
        return not q.unit  # "Elena Ruiz, 61, wrote", "a rescued miner, 43, was": an age in apposition
    if not q.unit and _LABEL_BEFORE.search(before):
        return True
    if _ORDINAL.match(text[q.start : q.end].strip()):
        return True
    if _MULTIPLIER.match(text[q.start : q.end].strip()) or _TIMES_AFTER.match(after):
        return True  # "three times the 4 miles", "recorded twice": how many times, not how many
    if _SPREAD_BEFORE.search(before) or _INDEFINITE.match(text[q.start : q.end].strip()):
        return True
    if _UP_TO_BEFORE.search(before) and _COVERED_AFTER.match(after):
        return True  # "deposits of up to 100,000 euros are guaranteed": a cap on each, no count of anything
    if (subject and subject <= _LENGTHS or q.unit.lower() in _LENGTHS) and _DISTANCE_AFTER.match(after):
        return True
    return any(m.start() <= q.start and q.end <= m.end() for m in _SCORE.finditer(text))


def _in_apposition(written: str, before: str, after: str) -> bool:
    """A small whole number set off by commas right after a name or a noun is that person's age:
    "Elena Ruiz, 61, wrote", "a nun, 74, whose". After a name any number; after a common noun only
    a number a person could be, in digits ("the villages, 12 in all," is no such case: no comma
    after)."""
    if not re.match(r"^,\s*$", after[:2]):
        return False
    if re.search(r"[A-Z]\w+\s*,\s*$", before):
        return True
    return bool(re.fullmatch(r"\d{1,3}", written.strip())) and int(written) <= 120 and bool(re.search(r"\b[a-z]{3,}\s*,\s*$", before))


def series_positions(subjects: list[str]) -> set[int]:
    """Positions of the quantities that belong to a series of one subject in one claim."""
    by_subject: dict[str, list[int]] = {}
    for i, subject in enumerate(subjects):
        if subject:
            by_subject.setdefault(subject, []).append(i)
    return {i for positions in by_subject.values() if len(positions) >= SERIES for i in positions}
