"""Where a number is about: the place phrases of a claim, by capitalisation and the words
around them ("in northern Portugal", "across Sri Lanka", "Indonesia's death toll")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .similarity import words

_STOPWORDS = set(
    "a an the of in on at by to for from with and or but as is are was were be been being has have had "
    "that which who this these those it its their there than more less least most at about around some "
    "nearly almost over under up down so also said says say according told now since after before".split()
)
_LOCATIVE = {"in", "across", "throughout", "within", "inside", "near", "through"}
# "in neighbouring Malawi": words between the preposition and the name that narrow nothing.
_BEFORE_NAME = {"the", "of", "neighbouring", "neighboring", "nearby", "adjacent"}
# "Cyclone Amara killed 23": a named storm is the event, not where it counts.
_EVENT_NAMES = {"cyclone", "hurricane", "typhoon", "storm", "tropical", "tornado", "wildfire", "operation"}
# What a name before it makes a place: "the Tuscany region", "Donegal county".
_AREAS = {"region", "province", "county", "district", "prefecture", "municipality", "canton", "governorate", "oblast"}
# A state or a capital named by its country's adjective: "the Indian state of Kerala", "the Mongolian capital".
_SEATS = {"state", "capital"}
# "Addison's disease", "the Addison's clinic": a name owning these names an illness.
_AILMENTS = {"disease", "outbreak", "syndrome", "virus", "epidemic"}
# "in northern Portugal", "north of Athens": the direction narrows nothing a reader would
# count apart, so the place is the name.
_DIRECTIONS = set(
    "north south east west northern southern eastern western central north-east north-west south-east "
    "south-west northeastern northwestern southeastern southwestern".split()
)
# Lowercase words inside a place name: "Ponte de Lima", "Isle of Man".
_CONNECTORS = {"de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "of", "van", "von", "al", "el"}
# "officials in Jakarta said": a place that says where the source is, not what is counted.
_SPEECH = {"said", "says", "say", "told", "reported", "reports", "announced", "confirmed", "added", "stated"}
_NOT_PLACES = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday i police "
    "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million".split()
)
_TOKEN = re.compile(r"[\w'’-]+")
# Numbers written in words, which open a sentence capitalised ("Thirty-one bodies", "Fifty-two
# ships"): no place, whole or in parts.
_NUMBER_WORD = re.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|dozens?|hundreds|thousands|millions)(?:-|$))+$",
    re.I,
)


@dataclass
class Token:
    text: str
    start: int
    end: int
    index: int = 0


def tokens_of(text: str) -> list[Token]:
    found = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for i, t in enumerate(found):
        t.index = i
    return found


def token_index(tokens: Sequence[Token], start: int, end: int) -> int | None:
    inside = [t.index for t in tokens if t.start < end and t.end > start]
    if inside:
        return inside[0]
    before = [t.index for t in tokens if t.end <= start]
    return before[-1] if before else (0 if tokens else None)


def _adjacent(a: Token, b: Token, text: str) -> bool:
    # Punctuation between two tokens ends a name: "across Ireland, Finance Minister Byrne said".
    return not text[a.end : b.start].strip()


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not _not_place(t.text)


def _not_place(text: str) -> bool:
    # "in Monday's pile-up": a day's possessive is a time, as the day is.
    text = re.sub(r"['’]s?$", "", text)
    return text.lower() in _NOT_PLACES or bool(_NUMBER_WORD.match(text))


def _name_from(tokens: Sequence[Token], j: int, text: str) -> tuple[list[str], int]:
    """The capitalised name starting at token j (with connectors inside it); the index after it."""
    name, k = [], j
    while k < len(tokens) and _capitalised(tokens[k]) and (k == j or _adjacent(tokens[k - 1], tokens[k], text)):
        name.append(tokens[k].text)
        k += 1
        if (
            k + 1 < len(tokens) and tokens[k].text in _CONNECTORS and _capitalised(tokens[k + 1])
            and _adjacent(tokens[k - 1], tokens[k], text) and _adjacent(tokens[k], tokens[k + 1], text)
        ):
            name.append(tokens[k].text)
            k += 1
    return name, k


def places(text: str, tokens: Sequence[Token], counted: set[str], sources: list[str] | None = None) -> list[tuple[int, str]]:
    """(token index, place) for "in Indonesia", "across Sri Lanka", "north of Athens",
    "Indonesia's death toll", "UK inflation": capitalised names after a locative preposition
    (an optional "the" and direction between), before a possessive 's that owns what is
    counted, or right before a lowercase word naming what is counted. The place of whoever
    speaks ("Police in Leith said") is no number's; it goes to `sources` when given."""
    found = []
    for i, t in enumerate(tokens):
        # "UK inflation", "Indonesia death toll": a name before a counted noun; before a verb
        # ("Police arrested 23", "Organisers gathered") the name is who did it.
        if i and t.text.islower() and t.text in counted and not t.text.endswith("ed"):
            k = i
            while (
                k > 0 and name_word(tokens[k - 1].text) and tokens[k - 1].text.lower() not in counted
                and _adjacent(tokens[k - 1], tokens[k], text)  # "near Graz, killing four": the comma ends it
            ):
                k -= 1
            if k < i and tokens[k].text.lower() not in _EVENT_NAMES:
                found.append((k, " ".join(x.text for x in tokens[k:i])))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        j = None
        lowered = t.text.lower()
        if lowered in _LOCATIVE or (lowered in _DIRECTIONS and i + 1 < len(tokens) and tokens[i + 1].text == "of"):
            j = i + 1
            while j < len(tokens) and tokens[j].text.lower() in _BEFORE_NAME | _DIRECTIONS:
                j += 1
        if j is not None and j < len(tokens) and _capitalised(tokens[j]):
            name, k = _name_from(tokens, j, text)
            if name and lowered == "near" and found and _right_after(found[-1], tokens, text, t):
                i = k  # "in Leoben, near Graz": the second place says where the first is, not what is counted
                continue
            if name and re.search(r"(?:['’]s|s['’])$", tokens[k - 1].text) and k < len(tokens) and tokens[k].text.lower() in _AILMENTS:
                i = k  # "in the Addison's outbreak": a disease named after someone, not a place
                continue
            if name and k + 2 < len(tokens) and tokens[k].text in _AREAS | _SEATS and tokens[k + 1].text == "of" \
                    and _capitalised(tokens[k + 2]):
                j = k + 2  # "across the Indian state of Kerala", "the Swiss canton of Uri": the name after "of"
                name, k = _name_from(tokens, j, text)
            elif name and k < len(tokens) and tokens[k].text in _SEATS:
                i = k  # "in the Mongolian capital": a country's adjective names no place the capital's figure is of
                continue
            if name:
                if not (k < len(tokens) and tokens[k].text.lower() in _SPEECH):
                    found.append((j, " ".join(name)))
                elif sources is not None:
                    sources.append(" ".join(name))
                i = k
                continue
        if (
            name_word(t.text) and i and not re.search(r"[.!?:\"“]\s*$", text[: t.start])
            and not (name_word(tokens[i - 1].text) and _adjacent(tokens[i - 1], t, text))
        ):  # not a sentence's first word: "Regional district officials said"
            name, k = _name_from(tokens, i, text)
            if k < len(tokens) and tokens[k].text.lower() in _AREAS and _adjacent(tokens[k - 1], tokens[k], text):
                found.append((i, " ".join(name)))  # "the Tuscany region", "Kerry county": the name is the place
                i = k + 1
                continue
        if t.text[:1].isupper() and re.search(r"['’]s$", t.text) and t.text[:-2].lower() not in _NOT_PLACES:
            # "Sri Lanka's death toll": a place when what follows it is what is counted.
            owned = [x.text.lower() for x in tokens[i + 1 : i + 4]]
            if any(w in counted for w in owned):
                k = i
                while k > 0 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].end + 1 >= tokens[k].start:
                    k -= 1
                found.append((i, " ".join([x.text for x in tokens[k:i]] + [t.text[:-2]])))
        i += 1
    # "Zambia has recorded 120 cases in Lusaka": a narrower place said outweighs the recording country.
    return found or _recording_countries(text, tokens)


# "Sweden has recorded 84 cases", "Italy confirmed 40 deaths": a country that records a count counts its own,
# when the claim names no other place.
_RECORDS = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:recorded|registered|reported|confirmed|counted|logged|identified)\b"
)


def _recording_countries(text: str, tokens: Sequence[Token]) -> list[tuple[int, str]]:
    found = []
    for i, t in enumerate(tokens):
        if not _capitalised(t) or (i and _adjacent(tokens[i - 1], t, text) and _capitalised(tokens[i - 1])):
            continue
        name, k = _name_from(tokens, i, text)
        if name and is_country(normalise_place(" ".join(name))) and _RECORDS.match(text[tokens[k - 1].end :]):
            found.append((i, " ".join(name)))
    return found


def _right_after(place: tuple[int, str], tokens: Sequence[Token], text: str, t: Token) -> bool:
    """Whether token t comes right after the place, a comma between at most."""
    last = tokens[min(place[0] + len(place[1].split()) - 1, len(tokens) - 1)]
    return last.end <= t.start and re.fullmatch(r"\s*,?\s*", text[last.end : t.start]) is not None


def name_word(text: str) -> bool:
    return text[:1].isupper() and "'" not in text and "’" not in text and text.lower() not in _STOPWORDS and not _not_place(text)


@cache
def _country_names() -> frozenset[str]:
    """Countries by their English names (Babel's CLDR territories, normalised like any place)."""
    from babel import Locale

    names = {normalise_place(name) for code, name in Locale("en").territories.items() if code.isalpha()}
    return frozenset(names | {"britain", "great britain", "england", "scotland", "wales", "u s", "usa", "uk"})


def is_country(place: str) -> bool:
    """Whether a normalised place is a country: "nationwide" with no name is that country's figure."""
    return place in _country_names()


def normalise_place(place: str) -> str:
    """"Krakow's" (a name ending in a possessive) is the place Krakow; "Turkey's Zonguldak" is
    Zonguldak, the narrower place: a province is never filed under its country by its name."""
    place = re.sub(r"['’]s$", "", place.strip())
    return " ".join(words(re.split(r"['’]s\s+", place)[-1]))
