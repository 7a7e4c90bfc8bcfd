"""Reads of figures and groups: the admin's and the API's query shapes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from ..models import Claim, ClaimGroup, Figure, Quantity
from .facts import article_date
from .intervals import conflicting_positions, value_interval
from .status import ReportedValue, figure_status

# Disputed first: the one thing a reviewer must not miss.
_STATUS_RANK = Case(
    When(status=Figure.Status.DISPUTED, then=Value(0)),
    When(status=Figure.Status.REVISED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def figure_list(*, status: str | None = None, conflicting: bool | None = None, q: str = "") -> QuerySet[Figure]:
    """Figures, disputed first, then revised, then consistent; newest first within each."""
    figures = Figure.objects.annotate(status_rank=_STATUS_RANK).order_by("status_rank", "-last_seen", "-id")
    if status:
        figures = figures.filter(status=status)
    if conflicting is not None:
        figures = figures.filter(is_conflicting=conflicting)
    if q:
        figures = figures.filter(Q(label__icontains=q) | Q(subject_key__icontains=q) | Q(scope_key__icontains=q))
    return figures


@dataclass(frozen=True)
class Observation:
    quantity: Quantity
    # The value cannot be true alongside another value of the figure.
    conflicting: bool
    # Why it diverges: "disputed" (a source disagrees at about the same time), "revised"
    # (the number moved on), or "" (it agrees with every other report).
    divergence: str = ""

    @property
    def claim(self) -> Claim:
        return self.quantity.claim

    @property
    def reported_at(self) -> datetime:
        return article_date(self.quantity.claim.article)


def figure_observations(figure: Figure) -> list[Observation]:
    """A figure's values, oldest report first, each marked when it contradicts another
    and whether that is a dispute or a revision."""
    quantities = list(
        figure.quantities.select_related("claim__article", "claim__speaker")
        .defer("claim__article__body", "claim__search_vector")
        .annotate(reported_at=Coalesce("claim__article__published_at", "claim__article__created_at"))
        .order_by("reported_at", "claim__article_id", "start")
    )
    bad = conflicting_positions([value_interval(q.value, q.qualifier) for q in quantities])
    assessment = figure_status([
        ReportedValue(
            value=q.value, qualifier=q.qualifier, reported_at=q.reported_at, claim_id=q.claim_id,
            speaker_id=q.claim.speaker_id, outlet=q.claim.article.outlet, claim_text=q.claim.text,
            start=q.start - q.claim.start if q.start is not None and q.claim.start is not None else None,
            speaker_name=q.claim.speaker.name if q.claim.speaker_id else "",
        )
        for q in quantities
    ], subject=figure.subject_key)

    def divergence(i: int) -> str:
        if i in assessment.disputed:
            return Figure.Status.DISPUTED
        return Figure.Status.REVISED if i in assessment.revised else ""

    return [Observation(q, i in bad, divergence(i)) for i, q in enumerate(quantities)]


def figure_disputing_claims(figure: Figure) -> list[Claim]:
    """The claims on either side of the figure's disputes, oldest first: where a reviewer starts."""
    seen: dict[int, Claim] = {}
    for o in figure_observations(figure):
        if o.divergence == Figure.Status.DISPUTED:
            seen.setdefault(o.claim.pk, o.claim)
    return list(seen.values())


def group_claims(group: ClaimGroup) -> QuerySet[Claim]:
    return (
        group.claims.select_related("article", "speaker")
        .defer("article__body", "search_vector")
        .annotate(reported_at=Coalesce("article__published_at", "article__created_at"))
        .order_by("reported_at", "id")
    )
