"""What the extractor returns: plain dataclasses with character offsets into the article body.

Offsets index the text exactly as given to the extractor; every `text`/`content`
equals the slice its offsets give. A claim's span covers its attribution's
content span and its quantities' spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

QUALIFIERS = ("exact", "approximately", "at_least", "more_than", "at_most", "less_than")
SPEAKER_KINDS = ("person", "organization", "anonymous", "other")


@dataclass(frozen=True, slots=True)
class ExtractedQuantity:
    start: int
    end: int
    text: str
    value: Decimal
    qualifier: str = "exact"
    subject: str = ""
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractedAttribution:
    speaker: str
    speaker_kind: str
    content_start: int
    content_end: int
    content: str
    direct: bool
    cue: str = ""
    # Other names the article uses for the same source ("Hamad", "Mr Hamad"),
    # kept as aliases on the speaker row.
    speaker_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    start: int
    end: int
    text: str
    quantities: tuple[ExtractedQuantity, ...] = ()
    attribution: ExtractedAttribution | None = None

    @property
    def embedding_text(self) -> str:
        """What the claim says, as Claim.embedding_text will give it once stored: the attributed
        content, else the statement."""
        return (self.attribution.content if self.attribution else "") or self.text

    def as_contract(self, document: str) -> dict:
        """The JSON object of ../shared/eval/README.md for this claim."""
        a = self.attribution
        return {
            "document": document,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "quantities": [
                {
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "value": _number(q.value),
                    "qualifier": q.qualifier,
                    "subject": q.subject,
                    "unit": q.unit,
                }
                for q in self.quantities
            ],
            "attribution": None
            if a is None
            else {
                "speaker": a.speaker,
                "speaker_kind": a.speaker_kind,
                "content_start": a.content_start,
                "content_end": a.content_end,
                "content": a.content,
                "direct": a.direct,
                "cue": a.cue,
            },
        }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


__all__ = ["QUALIFIERS", "SPEAKER_KINDS", "ExtractedAttribution", "ExtractedClaim", "ExtractedQuantity"]
