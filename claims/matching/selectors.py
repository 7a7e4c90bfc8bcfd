"""Reads of figures and groups: the admin's and the API's query shapes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce

from ..models import Claim, ClaimGroup, Figure, Quantity
from .facts import article_date
from .intervals import conflicting_positions, value_interval


def figure_list(*, conflicting: bool | None = None, q: str = "") -> QuerySet[Figure]:
    figures = Figure.objects.all()
    if conflicting is not None:
        figures = figures.filter(is_conflicting=conflicting)
    if q:
        figures = figures.filter(Q(label__icontains=q) | Q(subject_key__icontains=q) | Q(scope_key__icontains=q))
    return figures


@dataclass(frozen=True)
class Observation:
    quantity: Quantity
    conflicting: bool

    @property
    def claim(self) -> Claim:
        return self.quantity.claim

    @property
    def reported_at(self) -> datetime:
        return article_date(self.quantity.claim.article)


def figure_observations(figure: Figure) -> list[Observation]:
    """A figure's values, oldest report first, each marked when it contradicts another."""
    quantities = list(
        figure.quantities.select_related("claim__article", "claim__speaker")
        .defer("claim__article__body", "claim__search_vector")
        .annotate(reported_at=Coalesce("claim__article__published_at", "claim__article__created_at"))
        .order_by("reported_at", "claim__article_id", "start")
    )
    bad = conflicting_positions([value_interval(q.value, q.qualifier) for q in quantities])
    return [Observation(q, i in bad) for i, q in enumerate(quantities)]


def group_claims(group: ClaimGroup) -> QuerySet[Claim]:
    return (
        group.claims.select_related("article", "speaker")
        .defer("article__body", "search_vector")
        .annotate(reported_at=Coalesce("article__published_at", "article__created_at"))
        .order_by("reported_at", "id")
    )
