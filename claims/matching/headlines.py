"""A headline claim that restates a claim of its own article's body joins that claim's group,
so a reviewer checks it once ("Wildfire forces 15,000 to evacuate" over "About 15,000
people were ordered to evacuate ..."). The headline claim itself stays: the annotation
guide counts it.

The headline is the body's first line when it is the article's title (a plain-text
article's first short line is both; a JSON or HTML body starts after its title).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Claim, ClaimGroup
from .facts import ClaimFacts
from .rules import same_value
from .similarity import STATEMENT_THRESHOLD, statement_similarity, words

# How much of the body the service reads to find its first line: a headline is short.
OPENING_CHARS = 400
# Words shared by a headline and the body claim it restates, beside the value: fewer
# and "3 rivers run dry" would restate any "3" of the body.
MIN_SHARED_WORDS = 2
# Word stems this long: "evacuate", "evacuated" and "evacuation" are one word to a reader.
_STEM = 5
_FUNCTION_WORDS = frozenset(
    "the and for with from that this than have has had were was are its their over into after "
    "about more less says said will would could been being".split()
)


def headline_span(title: str, opening: str) -> tuple[int, int] | None:
    """Where the headline lies in the body: its first non-empty line, when that line is the title."""
    title_words = " ".join(title.split()).casefold()
    if not title_words:
        return None
    offset = 0
    for line in opening.splitlines(keepends=True):
        if line.strip():
            start = offset + len(line) - len(line.lstrip())
            text = line.strip()
            complete = line.endswith(("\n", "\r")) or len(opening) < OPENING_CHARS
            if complete and " ".join(text.split()).casefold() == title_words:
                return start, start + len(text)
            return None
        offset += len(line)
    return None


def in_headline(claim: Claim, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= claim.start and claim.end <= span[1]


def body_twin(
    headline: Claim, body: Sequence[Claim], facts: dict[int, ClaimFacts]
) -> tuple[Claim, str, int | None] | None:
    """The first body claim the headline claim restates, with the kind of group they share
    and its figure: the same value of the same quantity (the same figure, or the same value
    with the headline's words around it), else the same statement."""
    mine = facts[headline.pk]
    quantities = list(headline.quantities.all())
    for claim in body:
        theirs = facts[claim.pk]
        for quantity, qf in zip(quantities, mine.quantities, strict=True):
            for other, of in zip(claim.quantities.all(), theirs.quantities, strict=True):
                if not same_value(qf, of):
                    continue
                same_figure = quantity.figure_id is not None and quantity.figure_id == other.figure_id
                figure_id = other.figure_id or quantity.figure_id
                if figure_id and (same_figure or _shared_words(mine.text, theirs.text) >= MIN_SHARED_WORDS):
                    return claim, ClaimGroup.Kind.QUANTITY, figure_id
    for claim in body:
        theirs = facts[claim.pk]
        speaker_agrees = mine.speaker is None or mine.speaker == theirs.speaker
        if (
            theirs.speaker is not None and speaker_agrees
            and len(mine.quantities) == len(theirs.quantities)
            and statement_similarity(mine.statement, theirs.statement) >= STATEMENT_THRESHOLD
        ):
            return claim, ClaimGroup.Kind.STATEMENT, None
    return None


def _shared_words(a: str, b: str) -> int:
    def stems(text: str) -> set[str]:
        return {w[:_STEM] for w in words(text) if len(w) >= 3 and not w.isdigit() and w not in _FUNCTION_WORDS}

    return len(stems(a) & stems(b))
