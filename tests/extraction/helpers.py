"""Small helpers shared by the extraction tests (no database, no Django)."""

from __future__ import annotations

from decimal import Decimal

from claims.extraction import extract
from claims.extraction.types import ExtractedAttribution, ExtractedQuantity


def quantities(text: str) -> list[ExtractedQuantity]:
    return [q for c in extract(text) for q in c.quantities]


def quantity(text: str, mention: str) -> ExtractedQuantity:
    """The one quantity whose text is ``mention``."""
    found = [q for q in quantities(text) if q.text == mention]
    assert len(found) == 1, f"{mention!r} found {len(found)} times in {[q.text for q in quantities(text)]}"
    return found[0]


def values(text: str) -> list[Decimal]:
    return [q.value for q in quantities(text)]


def attributions(text: str) -> list[ExtractedAttribution]:
    return [c.attribution for c in extract(text) if c.attribution is not None]


def attribution(text: str, content: str) -> ExtractedAttribution:
    """The attribution whose content is exactly ``content``."""
    found = [a for a in attributions(text) if a.content == content]
    assert found, f"no attribution {content!r}; got {[a.content for a in attributions(text)]}"
    return found[0]
