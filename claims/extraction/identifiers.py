"""Numbers that name rather than count: phone numbers (and the short numbers
people call: "call 911"), access codes, model names ("E190-100", "DHC 8",
"the 5-series"), route and flight numbers, a fiscal year's second half
("2031/32"), a street number before a named street ("the 1400 block of").
Each is a plain number, with no currency, unit or scale word: an amount
written with one is a quantity whatever stands around it. And the other way
round: a number word joined to a noun that counts the parts of what follows
("a nine-hole course")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx

# "1-888-404-2271", "415-302-7788", "03.11.2031": three or more groups of digits joined by
# hyphens or points are a phone number, a date or a code, never three amounts
_DIGIT_GROUPS_RE = re.compile(r"\d+(?:[-.]\d+){2,}")
# "1300 662 519", "1800 253 787", "01969 555 0143": a phone number written in groups of digits with spaces
_PHONE_RE = re.compile(r"(?<![\d,.])(?:1[38]00|0\d{2,4})(?:[ \u00a0]\d{2,4}){2}(?![\d,.]\d|\d)")
# "call 911", "calls to 999", "call NHS 24 on 111": a short number that is dialled
_DIALLED_BEFORE_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|ring(?:s|ing)?|phon(?:e|es|ed|ing)|text(?:s|ed|ing)?)"
    r"\b[^.;,\d]{0,16}\s(?:to\s+|on\s+)?$|\b(?:call(?:s|ed|ing)?)\s+[^.;,]{0,16}\son\s+$",
    re.IGNORECASE,
)
# ... the emergency and help lines of the English-speaking world (not "called 140 homes")
_SHORT_NUMBERS = {"000", "100", "101", "108", "111", "112", "116", "119", "211", "311", "911", "988", "999"}
# "the 1400 block of Cedar Avenue": an American address
_BLOCK_OF_RE = re.compile(r"\s+block\s+of\s+[A-Z]")
# "Lot No. 7", "No 4", "#12", "access code 5590", "PIN 8812": a label word before the number
_LABEL_BEFORE_RE = re.compile(r"(?:\b(?:No|NO|Nos|no\.|nos\.)\.?|#|\b(?:code|PIN|pin|extension|ext\.))\s?$")
# "2031/32", "2030-31": the second year of a season or fiscal year
_YEAR_SPAN_RE = re.compile(r"\b(?:1[89]|20)\d\d[/–-]$")
# "E190-100", "Tu-154", "H5N1-2": a code of letters and digits joined to the number by a hyphen
_CODE_BEFORE_RE = re.compile(r"\b[A-Za-z]+\d*-$")
# "the 5-series", "a 2 Series": a model family
_SERIES_AFTER_RE = re.compile(r"-?\s?[Ss]eries\b")
# "lines 14, 27 and 203", "platforms 6 and 7": the plural of a label word before a list of numbers
# (not of time words: "in recent weeks 200 jobs went" counts jobs)
_LABELS_RE = "|".join(
    sorted(
        lx.LABEL_WORDS - lx.TIME_UNITS - {"game", "match", "round", "season", "class", "ward"}
        | {"flight", "room", "bus", "tram"},
        key=len,
        reverse=True,
    )
)
_LABEL_LIST_START_RE = re.compile(r"\b(?:" + _LABELS_RE + r")e?s\s+$", re.IGNORECASE)
_LABEL_LIST_RE = re.compile(
    r"\b(?:" + _LABELS_RE + r")e?s\s+\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or|&|,)\s*$", re.IGNORECASE
)
_LIST_GOES_ON_RE = re.compile(r"\s*(?:,|and|or|&)\s*\d")
# "9.350", "4.120": a plain number whose three decimals end in a zero is a model name or a
# thousands figure written with a point; a measure written in English drops the zero
_TRAILING_ZERO_RE = re.compile(r"\d+\.\d\d0")
_PREPOSITIONS = {"at", "on", "in", "from", "to", "near", "off", "opposite", "behind", "beside"}


def names_not_counts(doc: Doc, first: Token, prev: Token | None, start: int, end: int, text: str) -> bool:
    """Whether the plain number text[start:end] (first token `first`, word before it `prev`)
    is part of a name, a code or a label rather than an amount."""
    written = text[start:end]
    for around in _DIGIT_GROUPS_RE.finditer(text, max(0, start - 20), min(len(text), end + 20)):
        if around.start() <= start and end <= around.end():
            return True
    for around in _PHONE_RE.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if around.start() <= start and end <= around.end():
            return True
    before = text[max(0, start - 40) : start]
    if written in _SHORT_NUMBERS and _DIALLED_BEFORE_RE.search(before):
        return True
    if _BLOCK_OF_RE.match(text, end):
        return True
    if _LABEL_BEFORE_RE.search(before) or _CODE_BEFORE_RE.search(before) or _LABEL_LIST_RE.search(before):
        return True
    if _LABEL_LIST_START_RE.search(before) and _LIST_GOES_ON_RE.match(text, end):
        return True
    if len(written) == 2 and _YEAR_SPAN_RE.search(before):
        return True
    if _SERIES_AFTER_RE.match(text, end) or _TRAILING_ZERO_RE.fullmatch(written):
        return True
    if prev is not None and prev.i + 1 == first.i and _is_acronym(prev):
        return True  # "DHC 8", "QZ 2281": a code of capitals before the number
    return _street_number(first, prev)


def _is_acronym(tok: Token) -> bool:
    word = tok.text
    return (
        word.isalpha()
        and word.isupper()
        and 2 <= len(word) <= 5
        and word not in lx.CURRENCY_SYMBOLS
        and not tok.is_sent_start
        and tok.pos_ in ("PROPN", "NOUN")
    )  # not "councillors OK 40 homes"


def _street_number(first: Token, prev: Token | None) -> bool:
    """ "the bakery at 31 Orchard Lane", "offices at 7 Hallam Quay": after a preposition, a number
    before the one proper name it modifies is where something is, not how many of it there are
    (a count goes with a plural: "at 12 Tesco stores", "5 Democrats")."""
    head = first.head
    if prev is None or prev.lower_ not in _PREPOSITIONS or first.dep_ != "nummod" or head.i <= first.i:
        return False
    if head.tag_ != "NNP" or not head.is_title:
        return False
    return all(t.pos_ == "PROPN" and t.is_title for t in first.doc[first.i + 1 : head.i + 1])


# "a two-way street", "a five-star hotel", "a two-seater car": no count of parts
_NOT_PARTS = {
    "way",
    "state",
    "party",
    "tier",
    "star",
    "horse",
    "fold",
    "wheeler",
    "seater",
    "pointer",
    "decker",
    "hander",
    "liner",
    "footer",
    "master",
    "timer",
    "tonner",
}


def counts_parts(part: str, after: str) -> bool:
    """Whether a number word joined to the singular noun `part` ("nine-hole", "four-lane"),
    with the lower-case word `after` following, counts the parts of the thing named after it."""
    return (
        part.isalpha()
        and part not in _NOT_PARTS
        and not part.endswith(("s", "ed", "ing"))
        and after.isalpha()
        and after.islower()
    )
