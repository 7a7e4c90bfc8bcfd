"""Which figure a quantity is an observation of: what it counts (a subject family),
where (the place phrase nearest to it) and in which unit. Pure Python, no database."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .facts import ClaimFacts
from .similarity import words

# Count words that name one family of figure, whatever the wording.
SUBJECT_FAMILIES = {
    "deaths": (
        "dead death deaths toll killed kill kills killing died die dies dying fatalities fatality fatal "
        "lives bodies perished victims"
    ),
    "injured": "injured injuries injury wounded hurt",
    "missing": "missing unaccounted",
    "displaced": "displaced homeless evacuated evacuees evacuation refugees fled uprooted",
    "rescued": "rescued survivors saved",
}
_FAMILY_OF = {word: family for family, ws in SUBJECT_FAMILIES.items() for word in ws.split()}
# Subjects that say nothing on their own: "23,000 people" counts what the verb says.
_GENERIC_SUBJECTS = {"people", "person", "persons", "individuals", "residents", "civilians", "men", "women", "children"}
_STOPWORDS = set(
    "a an the of in on at by to for from with and or but as is are was were be been being has have had "
    "that which who this these those it its their there than more less least most at about around some "
    "nearly almost over under up down so also said says say according told now since after before".split()
)
_LOCATIVE = {"in", "across", "throughout", "within", "inside"}
# "officials in Jakarta said": a place that says where the source is, not what is counted.
_SPEECH = {"said", "says", "say", "told", "reported", "reports", "announced", "confirmed", "added", "stated"}
_NOT_PLACES = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday i".split()
)
# Place phrases and count words further than this many words from a number are not about it.
_WINDOW_WORDS = 8

_TOKEN = re.compile(r"[\w'’-]+")
_NUMBERISH = re.compile(r"^[\d.,]+$")


@dataclass(frozen=True)
class FigureKey:
    subject: str
    scope: str
    unit: str

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


@dataclass
class _Token:
    text: str
    start: int
    end: int
    index: int = 0


def _tokens(text: str) -> list[_Token]:
    found = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for i, t in enumerate(found):
        t.index = i
    return found


def _token_index(tokens: Sequence[_Token], start: int, end: int) -> int | None:
    inside = [t.index for t in tokens if t.start < end and t.end > start]
    if inside:
        return inside[0]
    before = [t.index for t in tokens if t.end <= start]
    return before[-1] if before else (0 if tokens else None)


def _places(tokens: Sequence[_Token], counted: set[str] = frozenset()) -> list[tuple[int, str]]:
    """(token index, place) for "in Indonesia", "across Sri Lanka", "Indonesia's", "UK inflation":
    capitalised names after a locative preposition (and an optional "the"), before a possessive 's,
    or right before a lowercase word naming what is counted."""
    found = []
    for i, t in enumerate(tokens):
        if i and t.text.islower() and (t.text in counted or t.text in _FAMILY_OF):
            k = i
            while k > 0 and _name_word(tokens[k - 1].text) and tokens[k - 1].text.lower() not in counted:
                k -= 1
            if k < i:
                found.append((k, " ".join(x.text for x in tokens[k:i])))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        j = None
        if t.text.lower() in _LOCATIVE:
            j = i + 1
            if j < len(tokens) and tokens[j].text.lower() == "the":
                j += 1
        if j is not None and j < len(tokens) and tokens[j].text[:1].isupper():
            name = []
            k = j
            while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.lower() not in _NOT_PLACES:
                name.append(tokens[k].text)
                k += 1
            if name:
                if not (k < len(tokens) and tokens[k].text.lower() in _SPEECH):
                    found.append((j, " ".join(name)))
                i = k
                continue
        if t.text[:1].isupper() and re.search(r"['’]s$", t.text) and t.text[:-2].lower() not in _NOT_PLACES:
            # "Sri Lanka's": take the capitalised words before it too
            k = i
            while k > 0 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].end + 1 >= tokens[k].start:
                k -= 1
            name = [x.text for x in tokens[k:i]] + [t.text[:-2]]
            found.append((i, " ".join(name)))
        i += 1
    return found


def _name_word(text: str) -> bool:
    return text[:1].isupper() and "'" not in text and "’" not in text and text.lower() not in _STOPWORDS | _NOT_PLACES


def _normalise_place(place: str) -> str:
    return " ".join(words(place))


def figure_keys(facts: ClaimFacts) -> list[FigureKey | None]:
    """One key per quantity of the claim: what it counts (a subject family), where (the
    place phrase nearest to it) and in which unit; None when the claim does not say what it counts."""
    tokens = _tokens(facts.text)
    positions = [_token_index(tokens, q.start, q.end) for q in facts.quantities]
    number_at = {p for p in positions if p is not None}
    # Each place and count word belongs to the number nearest to it.
    places = _places(tokens, {w for q in facts.quantities for w in words(q.subject)})
    keys: list[FigureKey | None] = []
    previous_subject = ""
    for q, pos in zip(facts.quantities, positions, strict=True):
        if pos is None:
            keys.append(None)
            continue

        def nearest_to_me(index: int) -> bool:
            distance = abs(index - pos)
            return distance <= _WINDOW_WORDS and all(abs(index - other) >= distance for other in number_at)

        # A bare number after a counted one is elliptical: "150,000 killed, including 110,000 in Aceh".
        subject = _subject_key(q.subject, tokens, pos, nearest_to_me) or previous_subject
        previous_subject = subject
        if not subject:
            keys.append(None)
            continue
        mine = [(abs(i - pos), place) for i, place in places if nearest_to_me(i)]
        scope = _normalise_place(min(mine)[1]) if mine else ""
        keys.append(FigureKey(subject=subject[:200], scope=scope[:200], unit=(q.unit or "")[:20]))
    return keys


def _subject_key(subject: str, tokens: Sequence[_Token], pos: int, near: Callable[[int], bool]) -> str:
    subject_words = [w for w in words(subject) if w not in _STOPWORDS]
    for w in subject_words:
        if w in _FAMILY_OF:
            return _FAMILY_OF[w]
    # The count word nearest to the number: "killed 23,000 people", "23,000 dead".
    family = [
        (abs(t.index - pos), _FAMILY_OF[t.text.lower()])
        for t in tokens
        if t.text.lower() in _FAMILY_OF and near(t.index)
    ]
    if family:
        return min(family)[1]
    if not subject_words:
        return ""
    key = [_singular(w) for w in subject_words]
    if all(w in _GENERIC_SUBJECTS for w in subject_words):
        # "3,000 people were rescued": the nearest content word says which people.
        content = [
            (abs(t.index - pos), t.text.lower())
            for t in tokens
            if near(t.index)
            and t.index != pos
            and not _NUMBERISH.match(t.text)
            and t.text[:1].islower()
            and t.text.lower() not in _STOPWORDS
            and t.text.lower() not in subject_words
        ]
        if content:
            key.append(min(content)[1])
    return " ".join(key)

