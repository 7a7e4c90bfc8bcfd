"""What the public may read: published verdicts, nothing else.

Every public page starts from published_claims(); a claim in review, or decided
and not yet approved, is not found here (404), whoever asks.
"""

from __future__ import annotations

from django.db.models import QuerySet

from claims.models import Claim, Figure
from claims.selectors import claim_published_list

INDEX_PAGE_SIZE = 30


def published_claims() -> QuerySet[Claim]:
    """Published verdicts, newest first, with speaker, article and numbers loaded."""
    return claim_published_list()


def published_claim(pk: int) -> Claim | None:
    return published_claims().filter(pk=pk).first()


def claim_figures(claim: Claim) -> list[Figure]:
    """The figures the claim's numbers belong to, for their timeline charts."""
    ids = {q.figure_id for q in claim.quantities.all() if q.figure_id}
    return list(Figure.objects.filter(pk__in=ids).order_by("label")) if ids else []
