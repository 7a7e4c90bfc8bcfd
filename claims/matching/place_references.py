"""A place a claim names only by its kind ("in the district", "across the province"): the one its
article last named with that word ("Varna district", "the province of Oskova"). Pure Python."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .places import Token, name_word, normalise_place

# Kinds of place a name is given with, and that "the <kind>" refers back to.
_KINDS = "district|province|county|region|prefecture|municipality|canton|governorate|oblast|state"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
# "Varna district", "the Varna region"; "the district of Varna".
_NAMED_BEFORE = re.compile(rf"({_NAME})\s+({_KINDS})\b")
_NAMED_AFTER = re.compile(rf"\b({_KINDS})\s+of\s+({_NAME})")
# "Region Skane", "County Kerry": the kind as the first word of the name, capitalised.
_KIND_FIRST = re.compile(rf"\b({_KINDS.title()})\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
# "in the district", "across the province": the kind alone, no name after it.
_REFERENCE = re.compile(rf"\b(?:in|across|throughout|within)\s+(the)\s+({_KINDS})\b(?!\s+of\s+[A-Z])(?!['’])")


def named_kinds(text: str, named: Mapping[str, str] = {}) -> dict[str, str]:
    """The places `text` names with a kind word ("Varna district", "the province of Oskova", "Region Skane"), by
    kind, the last one of each kind kept, over those named before it (`named`)."""
    found = dict(named)
    spans = [(m.start(), m.group(2), m.group(1)) for m in _NAMED_BEFORE.finditer(text)]
    spans += [(m.start(), m.group(1), m.group(2)) for m in _NAMED_AFTER.finditer(text)]
    spans += [(m.start(), m.group(1).lower(), m.group(2)) for m in _KIND_FIRST.finditer(text)]
    for _, kind, name in sorted(spans):
        name_words = [w for w in name.split() if name_word(w)]
        if name_words:
            found[kind] = " ".join(name_words)
    return found


def referred_places(text: str, tokens: Sequence[Token], named: Mapping[str, str]) -> list[tuple[int, str]]:
    """(token index, place) for each "in the <kind>" of the text whose kind the article named before:
    "nine had died in the district" after "Varna district has recorded 212 cases" is Varna's count."""
    found = []
    for m in _REFERENCE.finditer(text):
        # The phrase stands where a name would: "the district" is at "the", as "in Varna" at "Varna".
        kind = m.group(2)
        place = named_kinds(text[: m.start()], named).get(kind)
        index = next((t.index for t in tokens if t.start == m.start(1)), None)
        if place and index is not None:
            found.append((index, place))
    return found


def subject_place(text: str, subject: str, found: Sequence[tuple[int, str]]) -> str:
    """The place said right after the words a number counts, however far the number stands from it ("Tram
    cancellations across Ruritania because of the walkout have risen to 900": Ruritania's), when the claim's
    places (`found`) hold it; "" otherwise."""
    if not subject.strip():
        return ""
    said = re.search(rf"{re.escape(subject.strip())}\s+(?:in|across|throughout|within)\s+(?:the\s+)?({_NAME})", text)
    names = {place for _, place in found}
    return normalise_place(said.group(1)) if said and said.group(1) in names else ""
