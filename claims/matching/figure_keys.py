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

from .facts import ClaimFacts, QuantityFacts
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
    "evacuated": "evacuated evacuees evacuation relocated",
    "rescued": "rescued survivors saved",
    # Who was on board, not what the vessel is licensed to carry.
    "aboard": "aboard onboard carrying carried",
    "crowd": "crowd crowds marched march marchers protesters demonstrators rally protest turnout",
    "cost": "cost costs damage damages budget budgeted price priced",
    # What insurers will pay is not what the damage costs: both are reported, often the same day.
    "insured losses": "insured",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization",
}
_FAMILY_OF = {word: family for family, ws in SUBJECT_FAMILIES.items() for word in ws.split()}
# Count words only with the word before them: "taken to hospital" counts the hospitalised, "a
# hospital district" does not; "on board" counts who was aboard, "the board" does not.
_AFTER_WORD = {"hospital": ({"to", "in", "into"}, "hospitalised"), "board": ({"on"}, "aboard")}
# ... or with the word after them: "moved out", "forced out".
_BEFORE_WORD = {"moved": ({"out"}, "evacuated"), "forced": ({"out"}, "evacuated")}
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
    "villagers", "inhabitants", "locals", "families",
    # Who they are, not what happened to them: "21 passengers were injured", "23 workers were taken to hospital".
    "passengers", "workers", "employees", "staff", "tourists",
}
# Subjects that say only that something is counted: "the number of people killed".
_VAGUE_SUBJECTS = {"number", "total", "tally", "count", "figure", "toll"}
# A subject that is only the unit's name says what is measured in, not what is measured:
# "lies in 40 metres of water" and "lowered by 6 metres" are two figures.
_UNIT_NOUNS = set(
    "metre metres meter meters millimetre millimetres centimetre centimetres kilometre kilometres km mile miles "
    "foot feet inch inches tonne tonnes ton tons litre litres liter liters kilogram kilograms kg".split()
)
# A number of more of something is a change, not the count: "seven more bodies", "another 40
# homes"; and "by 30 to 250" gives the change, then the count.
_MORE_AFTER = re.compile(r"^\s*(?:more|additional|further|extra)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s*[£$€]?\s*$", re.I)
_BY_BEFORE = re.compile(r"\bby\s*(?:an? average of\s*|about\s*|around\s*)?[£$€]?\s*$", re.I)
# "much of the country" is a part of it, not the whole.
_PART_OF = re.compile(r"\b(?:much|most|parts?|some|half) of the \w+", re.I)
_POSSESSIVE_NAME = re.compile(r"\b((?:[A-Z][\w-]+ )*[A-Z][\w-]+)['’]s\b")
# A subject that says only that something changed ("a rise of 6.3%", "the 4.6% increase")
# counts what the article last counted in that unit.
_CHANGE_SUBJECTS = {"rise", "increase", "hike", "jump", "cut", "fall", "drop", "growth", "decline"}
_TO_BETWEEN = re.compile(r"^\S*\s+to\s*[£$€]?\s*$", re.I)
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
    # Places the claim names anywhere ("Mozambique's disaster agency said 41 had died"): when
    # its own place is unsaid and figures of several places fit, these choose among them.
    hint: tuple[str, ...] = field(default=(), compare=False)

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
    whole = bool(_WHOLE & set(words(_PART_OF.sub("", facts.text))))
    hint = tuple(
        {normalise_place(p) for _, p in found_places} | {normalise_place(m) for m in _POSSESSIVE_NAME.findall(facts.text)}
    )
    keys: list[FigureKey | None] = []
    previous_subject = previous_unit = ""
    for n, (q, pos) in enumerate(zip(facts.quantities, positions, strict=True)):
        if pos is None or is_no_figure(facts.text, q):
            keys.append(None)
            continue

        def nearest_to_me(index: int, pos: int = pos) -> bool:
            distance = abs(index - pos)
            return distance <= _WINDOW_WORDS and all(abs(index - other) >= distance for other in number_at)

        def shared(index: int, pos: int = pos) -> bool:
            return any(abs(index - other) <= abs(index - pos) for other in number_at if other != pos)

        unit = q.unit or ""
        if not unit and not words(q.subject) and _CURRENCY.match(previous_unit):
            unit = previous_unit  # "85 million euros; the company says closer to 140 million"
        # A bare number after a counted one is elliptical: "150,000 killed, including 110,000 in Aceh".
        subject = _money_key(unit, tokens, pos) or _subject_key(
            _own_subject(q.subject, tokens, pos, number_at), tokens, pos, nearest_to_me, previous_subject, shared
        )
        subject = subject or previous_subject
        previous_subject, previous_unit = subject, unit
        if not subject:
            keys.append(None)
            continue
        following = facts.quantities[n + 1] if n + 1 < len(facts.quantities) else None
        if _is_change(facts.text, q, following):
            subject = f"{subject} change"
        mine = [(abs(i - pos), place) for i, place in found_places if nearest_to_me(i)]
        scope = normalise_place(min(mine)[1]) if mine else ""
        keys.append(FigureKey(
            subject=subject[:200], scope=scope[:200], unit=unit[:20], whole=whole and not scope, hint=hint if not scope else ()
        ))
    series = series_positions([f"{k.subject}|{k.scope}|{k.unit}" if k else "" for k in keys])
    return [None if i in series else k for i, k in enumerate(keys)]


def article_figure_keys(claims_facts: Sequence[ClaimFacts]) -> list[list[FigureKey | None]]:
    """figure_keys of an article's claims, in the order they are written: a subject that
    says only that something changed takes the key the article last gave a value in that unit."""
    last: dict[str, FigureKey] = {}
    result = []
    for facts in claims_facts:
        keys = figure_keys(facts)
        for i, key in enumerate(keys):
            if key is None:
                continue
            if set(key.subject.split()) <= _CHANGE_SUBJECTS and key.unit in last:
                keys[i] = last[key.unit]
            else:
                last[key.unit] = key
        result.append(keys)
    return result


def _own_subject(subject: str, tokens: Sequence[Token], pos: int, number_at: set[int]) -> str:
    """The extracted subject, unless its words stand far from the number and nearer another
    one: in "a navy spokesman said 140 ..., though the agency's count stood at 112" the
    spokesman is no subject of 112."""
    wanted = {w for w in words(subject) if w not in _STOPWORDS}
    at = [t.index for t in tokens if t.text.lower() in wanted]
    if not at or len(number_at) < 2:
        return subject
    mine = [
        i for i in at
        if abs(i - pos) <= _WINDOW_WORDS or all(abs(i - other) >= abs(i - pos) for other in number_at)
    ]
    return subject if mine else ""


def _is_change(text: str, q: QuantityFacts, following: QuantityFacts | None) -> bool:
    """"seven more bodies", "another 40", "rose by 237 to 5,380": the number is a change of the count."""
    if _MORE_AFTER.match(text[q.end :]) or _MORE_BEFORE.search(text[: q.start]):
        return True
    return bool(
        following and _BY_BEFORE.search(text[: q.start]) and _TO_BETWEEN.match(text[q.end : following.start])
    )


def _subject_key(
    subject: str, tokens: Sequence[Token], pos: int, near: Callable[[int], bool], previous: str = "",
    shared: Callable[[int], bool] = lambda index: False,
) -> str:
    subject_words = [w for w in words(subject) if w not in _STOPWORDS]
    for w in subject_words:
        if w in _FAMILY_OF:
            return _FAMILY_OF[w]
    lemmas = [_singular(w) for w in subject_words]
    if lemmas and lemmas[-1] in _BUILDINGS:
        return _building_key(lemmas[-1], tokens, pos)
    # "17 cholera patients had died": whose head noun says only who, the verb says what is counted.
    if subject_words and subject_words[-1] not in _GENERIC_SUBJECTS | _VAGUE_SUBJECTS | _UNIT_NOUNS | {"patients"}:
        return " ".join(lemmas)
    # The count word nearest to the number: "killed 23,000 people", "23,000 dead"; one
    # nearer another number still counts for a bare "2,000 residents were evacuated".
    # A count word as near another number is that one's as much as mine: "9 died and 64 were
    # injured" counts 64 injured.
    family = [
        (not near(t.index), shared(t.index), abs(t.index - pos), name)
        for t in tokens
        if abs(t.index - pos) <= _WINDOW_WORDS and (name := _family_at(tokens, t.index))
    ]
    if family:
        return min(family)[3]
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
    if word in _AFTER_WORD:
        before, name = _AFTER_WORD[word]
        return name if i and tokens[i - 1].text.lower() in before else ""
    if word in _BEFORE_WORD:
        after, name = _BEFORE_WORD[word]
        return name if i + 1 < len(tokens) and tokens[i + 1].text.lower() in after else ""
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
