"""Two sources' numbers for one thing, set against each other in one sentence: "The drivers' union said 70% of
its members stayed home, while the transport agency put turnout at 35%"; "The operator expects 40,000 visitors a
week, but residents said footfall would hardly reach 15,000". Each source names the thing its own way; the
contrast says both count it (figure_keys.article_figure_keys)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .facts import ClaimFacts
from .figure_lexicon import FAMILIES_AND_STATES
from .keys import FigureKey

# A contrast between two clauses, inside a claim's text or right before the claim (ClaimFacts.lead).
_CONTRAST_WORDS = r"(?:[,;]\s*(?:but|while|whilst|whereas|though|although)\b|;)"
_CONTRAST = re.compile(_CONTRAST_WORDS, re.I)
_CONTRAST_LEAD = re.compile(_CONTRAST_WORDS + r"\s*$", re.I)
# Who gives a number: the number after the contrast must be given by a source, and the one before it too ("The
# hall seats 2,000 people, but the promoter said 3,500 fans had queued outside": a capacity and a crowd, not two
# sources' counts).
_GIVES = re.compile(
    r"\b(?:said|says|say|saying|told|put|puts|putting|estimated|estimates|estimating|counted|counts|reported|reports|"
    r"claimed|claims|according\s+to|recorded|gave|puts?\s+it)\b",
    re.I,
)
# How far apart the two numbers may be (characters), and how many times one may be the other.
_NEAR = 220
_RATIO = 10
# How many numbers before one to look at: more than a sentence holds.
_LOOK_BACK = 12
# Keys that say a count is something else than the count itself: a change of it, a part of it, another period's.
_DERIVED = (" change", " among them", " capacity", " planned", " before")


def other_sources_counts(claims_facts: Sequence[ClaimFacts], keys: list[list[FigureKey | None]]) -> None:
    """Give the first number another source sets against a number before it, after a contrast, the key of that
    number (in place; the later one's, when only it names a family of count: the crowd, the dead), unless both
    name a family of count ("20 had died and 35 had been hurt, while the charity put the toll at 26"), two places,
    or counts of another order."""
    values = sorted(
        (facts.start + q.start, facts.start + q.end, i, j)
        for i, facts in enumerate(claims_facts) for j, q in enumerate(facts.quantities)
    )
    for k, (at, _, i, j) in enumerate(values):
        facts, key = claims_facts[i], keys[i][j]
        if key is None:
            continue
        contrast_at = _contrast_before(facts, j)
        if contrast_at is None:
            continue
        before = values[max(k - _LOOK_BACK, 0) : k]  # the numbers of its sentence, at most
        if any(keys[i2][j2] is not None and keys[i2][j2].unit == key.unit and contrast_at <= at2
               for at2, _, i2, j2 in before):
            continue  # not the first number of its unit after the contrast
        earlier = [
            (end2, i2, j2) for _, end2, i2, j2 in before
            if keys[i2][j2] is not None and keys[i2][j2].unit == key.unit and end2 <= contrast_at
        ]
        if not earlier:
            continue
        end1, i1, j1 = earlier[-1]
        first, theirs = keys[i1][j1], claims_facts[i1]
        if contrast_at - end1 > _NEAR or not _one_sentence(theirs, end1, contrast_at) or not _given(theirs, contrast_at) or not _same_count(
            first, key, theirs.quantities[j1].value, facts.quantities[j].value
        ):
            continue
        if _family(key) and not _family(first):
            # "9,000 fans went through the turnstiles; police said the crowd was nearer 6,000": what happened to
            # them, said by one side, names the count for both
            keys[i1][j1] = replace(key, scope=key.scope or first.scope, hint=first.hint, part=first.part)
        else:
            keys[i][j] = replace(first, hint=key.hint, part=key.part)


def contrast_lead(facts: ClaimFacts) -> bool:
    """Whether the claim goes on with the sentence of the one before after a contrast (", but the mayor said ...")."""
    return bool(_CONTRAST_LEAD.search(facts.lead))


def _contrast_before(facts: ClaimFacts, j: int) -> int | None:
    """Where the contrast before the j-th number stands in the article, when a source gives that number after it."""
    before = facts.text[: facts.quantities[j].start]
    inside = None
    for inside in _CONTRAST.finditer(before):
        pass
    if inside is not None:
        return facts.start + inside.start() if _GIVES.search(before, inside.end()) else None
    lead = _CONTRAST_LEAD.search(facts.lead)
    if lead is None or not _GIVES.search(before):
        return None
    return facts.start - len(facts.lead) + lead.start()


def _one_sentence(facts: ClaimFacts, end: int, contrast_at: int) -> bool:
    """Whether the claim of the number ending at `end` goes on to the contrast, with no sentence ending between:
    "Nine people have died. The owner was charged; the council said it had licensed two storeys" sets no count
    against the toll."""
    reaches = facts.start + len(facts.text.rstrip(" .!?")) >= contrast_at
    return reaches and not re.search(r"[.!?]\s", facts.text[end - facts.start : contrast_at - facts.start])


def _given(facts: ClaimFacts, contrast_at: int) -> bool:
    """Whether a source gives the claim's number before the contrast: a verb of saying or counting in its text."""
    return bool(_GIVES.search(facts.text[: max(contrast_at - facts.start, 0)]))


def _family(key: FigureKey) -> bool:
    """Whether the key says what happened to what it counts: "deaths", "ill crew", "homes destroyed"."""
    return key.subject in FAMILIES_AND_STATES or key.subject.split(" ", 1)[0] in FAMILIES_AND_STATES


def _same_count(first: FigureKey, second: FigureKey, a, b) -> bool:
    if first == second or first.unit != second.unit:
        return False
    if (_family(first) and _family(second)) or any(k.subject.endswith(_DERIVED) for k in (first, second)):
        # two families, or one said two ways ("12 people died, while the union said 3 officers were killed"):
        # the keys already say what each counts
        return False
    if first.scope and second.scope and first.scope != second.scope:
        return False
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high <= _RATIO * low
