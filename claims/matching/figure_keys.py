"""Which figure a quantity is an observation of: what it counts (a subject family), where (the
place phrase nearest to it) and in which unit. Pure Python, no database.

Different wordings of one quantity are one subject: "death toll", "number of people
killed" and "deaths" are all `deaths` (SUBJECT_FAMILIES, a lexicon of the counts that news
follows over time). Other subjects are their own words, singular; claims.matching.figures
also joins a subject to a lone figure whose words contain it ("cases" and "measles cases").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .facts import ClaimFacts
from .no_figure import is_no_figure, series_positions
from .places import Token, normalise_place, places, token_index, tokens_of
from .similarity import words

# Count words that name one family of figure, whatever the wording.
SUBJECT_FAMILIES = {
    "deaths": (
        "dead death deaths toll killed kill kills killing died die dies dying fatalities fatality fatal "
        "lives bodies perished victims"
    ),
    "injured": "injured injuries injury wounded hurt",
    "missing": "missing unaccounted",
    "displaced": "displaced homeless refugees fled uprooted",
    "evacuated": "evacuated evacuees evacuation",
    "rescued": "rescued survivors saved",
    "crowd": "crowd crowds marched march marchers protesters demonstrators rally protest turnout",
    "cost": "cost costs damage damages budget budgeted price priced",
    # What insurers will pay is not what the damage costs: both are reported, often the same day.
    "insured losses": "insured",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization",
}
_FAMILY_OF = {word: family for family, ws in SUBJECT_FAMILIES.items() for word in ws.split()}
# "taken to hospital", "treated in hospital" count the hospitalised; "a hospital district" does not.
_TO_HOSPITAL = {"to", "in", "into"}
# Buildings are counted by what happened to them: destroyed, damaged, or without power.
_BUILDINGS = {"home", "house", "building", "property", "dwelling", "household", "structure"}
_BUILDING_STATES = {
    "destroyed": "destroyed flattened razed levelled leveled collapsed wrecked swept demolished",
    "damaged": "damaged",
    "without power": "power electricity blackout outage outages",
}
_STATE_OF = {word: state for state, ws in _BUILDING_STATES.items() for word in ws.split()}
# Subjects that say nothing on their own: "23,000 people" counts what the verb says.
_GENERIC_SUBJECTS = {
    "people", "person", "persons", "individuals", "residents", "civilians", "men", "women", "children",
    # Who they are, not what happened to them: "21 passengers were injured", "23 workers were taken to hospital".
    "passengers", "workers", "employees", "staff", "tourists",
}
# Subjects that say only that something is counted: "the number of people killed".
_VAGUE_SUBJECTS = {"number", "total", "tally", "count", "figure", "toll"}
# "across the region", "in the countries around the Indian Ocean": a stated whole, not a
# place left unsaid, so the value is never filed under one country's figure.
_WHOLE = {
    "region", "regions", "regional", "country", "countries", "worldwide", "nationwide", "globally", "overall", "whole",
}
_STOPWORDS = set(
    "a an the of in on at by to for from with and or but as is are was were be been being has have had "
    "that which who this these those it its their there than more less least most at about around some "
    "nearly almost over under up down so also said says say according told now since after before".split()
)
# Place phrases and count words further than this many words from a number are not about it.
_WINDOW_WORDS = 8
_NUMBERISH = re.compile(r"^[\d.,]+$")
_NUMBER_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"}
# The extractor's currency units are ISO codes ("EUR", "USD", "GBX").
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class FigureKey:
    subject: str
    scope: str
    unit: str
    # The claim says it counts a whole ("across the region"): an empty scope that is stated,
    # so claims.matching.figures never files it under a place's figure.
    whole: bool = field(default=False, compare=False)

    def label(self) -> str:
        where = f" in {self.scope.title()}" if self.scope else ""
        unit = f" ({self.unit})" if self.unit else ""
        return f"{self.subject}{where}{unit}"


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def figure_keys(facts: ClaimFacts) -> list[FigureKey | None]:
    """One key per quantity of the claim: what it counts (a subject family), where (the
    place phrase nearest to it) and in which unit; None when the claim does not say what it
    counts, or the number is no figure (a duration, an age, a vote, a series)."""
    tokens = tokens_of(facts.text)
    positions = [token_index(tokens, q.start, q.end) for q in facts.quantities]
    number_at = {p for p in positions if p is not None}
    counted = {w for q in facts.quantities for w in words(q.subject)} | set(_FAMILY_OF)
    # Each place and count word belongs to the number nearest to it.
    found_places = places(facts.text, tokens, counted)
    whole = bool(_WHOLE & set(words(facts.text)))
    keys: list[FigureKey | None] = []
    previous_subject = ""
    for q, pos in zip(facts.quantities, positions, strict=True):
        if pos is None or is_no_figure(facts.text, q):
            keys.append(None)
            continue

        def nearest_to_me(index: int, pos: int = pos) -> bool:
            distance = abs(index - pos)
            return distance <= _WINDOW_WORDS and all(abs(index - other) >= distance for other in number_at)

        # A bare number after a counted one is elliptical: "150,000 killed, including 110,000 in Aceh".
        subject = _money_key(q.unit or "", tokens, pos) or _subject_key(
            q.subject, tokens, pos, nearest_to_me, previous_subject
        )
        subject = subject or previous_subject
        previous_subject = subject
        if not subject:
            keys.append(None)
            continue
        mine = [(abs(i - pos), place) for i, place in found_places if nearest_to_me(i)]
        scope = normalise_place(min(mine)[1]) if mine else ""
        keys.append(FigureKey(subject=subject[:200], scope=scope[:200], unit=(q.unit or "")[:20], whole=whole and not scope))
    series = series_positions([f"{k.subject}|{k.scope}|{k.unit}" if k else "" for k in keys])
    return [None if i in series else k for i, k in enumerate(keys)]


def _subject_key(
    subject: str, tokens: Sequence[Token], pos: int, near: Callable[[int], bool], previous: str = ""
) -> str:
    subject_words = [w for w in words(subject) if w not in _STOPWORDS]
    for w in subject_words:
        if w in _FAMILY_OF:
            return _FAMILY_OF[w]
    lemmas = [_singular(w) for w in subject_words]
    if lemmas and lemmas[-1] in _BUILDINGS:
        return _building_key(lemmas[-1], tokens, pos)
    # "17 cholera patients had died": whose head noun says only who, the verb says what is counted.
    if subject_words and subject_words[-1] not in _GENERIC_SUBJECTS | _VAGUE_SUBJECTS | {"patients"}:
        return " ".join(lemmas)
    # The count word nearest to the number: "killed 23,000 people", "23,000 dead"; one
    # nearer another number still counts for a bare "2,000 residents were evacuated".
    family = [
        (not near(t.index), abs(t.index - pos), name)
        for t in tokens
        if abs(t.index - pos) <= _WINDOW_WORDS and (name := _family_at(tokens, t.index))
    ]
    if family:
        return min(family)[2]
    # "23 workers from the Ghent paint factory had been treated in hospital": the verb
    # comes later, in the clause before any other number.
    for t in tokens[pos + 1 : pos + 1 + 2 * _WINDOW_WORDS]:
        if _NUMBERISH.match(t.text) and t.index > pos + 1:
            break
        if name := _family_at(tokens, t.index):
            return name
    if not subject_words:
        return ""
    if previous and all(w in _VAGUE_SUBJECTS for w in subject_words):
        return previous  # "..., while the company put the number at 11": the number of what came before
    key = [w for w in lemmas if w not in _VAGUE_SUBJECTS] or lemmas
    # "3,000 people were rescued": the nearest content word says which people.
    content = [
        (abs(t.index - pos), t.text.lower())
        for t in tokens
        if near(t.index)
        and t.index != pos
        and not _NUMBERISH.match(t.text)
        and t.text.lower() not in _NUMBER_WORDS
        and t.text[:1].islower()
        and t.text.lower() not in _STOPWORDS
        and t.text.lower() not in subject_words
    ]
    if content:
        key.append(min(content)[1])
    return " ".join(key)


def _family_at(tokens: Sequence[Token], i: int) -> str:
    word = tokens[i].text.lower()
    if word == "hospital":
        return "hospitalised" if i and tokens[i - 1].text.lower() in _TO_HOSPITAL else ""
    return _FAMILY_OF.get(word, "")


def _money_key(unit: str, tokens: Sequence[Token], pos: int) -> str:
    """An amount of money with a cost word near it is the cost, whatever the subject came out
    as: "the line, budgeted at 1.8 billion euros" and "will cost 1.8 billion euros"; beside
    "insured" it is what insurers pay, another figure."""
    if not _CURRENCY.match(unit):
        return ""
    near = {_FAMILY_OF.get(t.text.lower()) for t in tokens if abs(t.index - pos) <= 3}
    return "insured losses" if "insured losses" in near else "cost" if "cost" in near else ""


def _building_key(noun: str, tokens: Sequence[Token], pos: int) -> str:
    """"homes destroyed", "homes damaged", "homes without power": one figure each, whatever the noun."""
    states = [
        (abs(t.index - pos), _STATE_OF[t.text.lower()])
        for t in tokens
        if t.text.lower() in _STATE_OF and abs(t.index - pos) <= _WINDOW_WORDS
    ]
    return f"homes {min(states)[1]}" if states else noun
