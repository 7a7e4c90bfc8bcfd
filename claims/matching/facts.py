"""What a claim says, without the database: its text, speaker and quantities, the
input of every matching rule (and of the labelled pairs in tests/matching)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ..extraction import ExtractedClaim
from ..models import Article, Claim
from .counted import Counted


@dataclass(frozen=True)
class QuantityFacts:
    value: Decimal
    qualifier: str = "exact"
    subject: str = ""
    unit: str = ""
    # Offsets into the claim's text.
    start: int = 0
    end: int = 0
    # What the number counts, as read when the claim was extracted (Quantity.counted); None when it was not.
    counted: Counted | None = None


@dataclass(frozen=True)
class ClaimFacts:
    text: str
    content: str = ""
    speaker: object = None  # anything comparable: a Speaker id, a name
    quantities: tuple[QuantityFacts, ...] = ()
    # Where the claim starts in its article, and the article's few characters right before it: what joins it
    # to the claim before (", but the ministry said ..."), which its own text leaves out.
    start: int = 0
    lead: str = ""

    @property
    def statement(self) -> str:
        return self.content or self.text


# How much of the article before a claim its facts keep (ClaimFacts.lead): room for ", whereas ".
LEAD_CHARS = 16


def claim_facts(claim: Claim, body: str = "") -> ClaimFacts:
    """The facts of a stored claim (its quantities prefetched); with its article's body, what comes right before it."""
    return stored_facts(
        claim.text, claim.content, claim.speaker_id, claim.start,
        ((q.value, q.qualifier, q.subject, q.unit, q.start, q.end, q.counted) for q in claim.quantities.all()),
        lead=body[max(claim.start - LEAD_CHARS, 0) : claim.start],
    )


def stored_facts(text: str, content: str, speaker_id, start: int, quantities: Iterable[tuple], lead: str = "") -> ClaimFacts:
    """claim_facts from column values: (value, qualifier, subject, unit, start, end[, counted]) per quantity."""
    return ClaimFacts(
        text=text,
        content=content,
        speaker=speaker_id,
        start=start,
        lead=lead,
        quantities=tuple(
            QuantityFacts(
                value=value,
                qualifier=qualifier,
                subject=subject,
                unit=unit,
                start=max(q_start - start, 0),
                end=max(q_end - start, 0),
                counted=_reading(counted),
            )
            for value, qualifier, subject, unit, q_start, q_end, *counted in quantities
        ),
    )


def _reading(counted: list) -> Counted | None:
    """Quantity.counted as the matcher reads it, when the caller read the column and the row holds one."""
    return Counted.from_json(counted[0]) if counted and counted[0] is not None else None


def extracted_facts(claim: ExtractedClaim) -> ClaimFacts:
    """The facts of a claim just extracted, as they will be stored (its readings aside)."""
    quantities = ((q.value, q.qualifier, q.subject or "", q.unit or "", q.start, q.end) for q in claim.quantities)
    return stored_facts(claim.text, "", None, claim.start, quantities)



def article_date(article: Article) -> datetime:
    """When an article reported its values: published, else stored."""
    return article.published_at or article.created_at
