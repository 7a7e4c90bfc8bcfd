"""The key of a figure: what a quantity counts, where, and in which unit (claims.matching.figure_keys reads it
from a claim; claims.matching.figures files quantities under it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .figure_lexicon import NATIONWIDE


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
    # The place is said to be a part ("in Auckland alone"): it never takes over a figure whose
    # place was left unsaid.
    part: bool = field(default=False, compare=False)
    # The whole stated is one country ("nationwide", "across the country"), not a region.
    national: bool = field(default=False, compare=False)

    def label(self) -> str:
        where = f" in {self.scope.title()}" if self.scope else NATIONWIDE if self.national else ""
        unit = f" ({self.unit})" if self.unit else ""
        return f"{self.subject or 'amount'}{where}{unit}"
