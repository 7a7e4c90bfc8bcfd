"""One number found in the text, before it becomes an ExtractedQuantity."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Mention:
    """One number in the text, before it becomes an ExtractedQuantity."""

    start: int  # the number as written, with its scale word ("1.13bn", "300 million")
    end: int
    value: Decimal
    unit: str | None = None
    ext_start: int = 0  # the whole amount, with currency sign / "%" / currency word
    ext_end: int = 0
    qualifier: str = "exact"
    subject: str = ""
    has_scale: bool = False
    is_word: bool = False
    range_partner: Mention | None = field(default=None, repr=False)
    anchor: Mention | None = field(default=None, repr=False)

    @property
    def is_whole(self) -> bool:
        """A whole number, nought or more: what a score or a tally can be."""
        return self.value == self.value.to_integral_value() and self.value >= 0
