"""The admin start page's reads: what this user should do next, per role.

Each section is a short list plus the admin list URL that shows all of it, so
the dashboard never decides a filter the list does not also apply
(claims.filters is the one definition of each).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, QuerySet
from django.urls import reverse
from django.utils import timezone

from checkworthiness.selectors import claims_of_day
from claims import filters
from claims.admin_lists import EstimatedCountPaginator
from claims.models import DECIDED_STATUSES, Claim, ClaimStatus, Figure

from . import rules
from .models import ReviewEvent

# How many rows each section shows; the link shows the rest.
SECTION_ROWS = 8
RECENT_EVENTS = 12


@dataclass
class Section:
    key: str
    title: str
    url: str
    rows: list = field(default_factory=list)
    empty: str = "Nothing here."


def _claims_url(**params) -> str:
    return reverse("admin:claims_claim_changelist") + ("?" + urlencode(params) if params else "")


def _claim_rows(queryset: QuerySet[Claim]) -> list[Claim]:
    return list(queryset.select_related("speaker", "article", "verdict_by").defer("article__body", "search_vector")[:SECTION_ROWS])


def my_claims_in_review(user) -> QuerySet[Claim]:
    return Claim.objects.filter(status=ClaimStatus.IN_REVIEW, assignee_id=user.pk).order_by("-updated_at", "-id")


def verdicts_awaiting_my_approval(user) -> QuerySet[Claim]:
    """Verdicts an editor may sign off: everyone's but their own (four eyes)."""
    awaiting = filters.claims_awaiting_approval(Claim.objects.all(), True)
    return awaiting.exclude(verdict_by_id=user.pk).order_by("verdict_at", "id")


def newly_disputed_figures(now: dt.datetime) -> QuerySet[Figure]:
    """Figures found disputed, or disputed again by a new report, in the last day."""
    return Figure.objects.filter(status=Figure.Status.DISPUTED, updated_at__gte=now - dt.timedelta(days=1)).order_by(
        "-updated_at", "-id"
    )


def _count(queryset: QuerySet) -> int:
    # The admin lists' counting: exact up to 10,000 rows (a LIMITed COUNT over an index),
    # the planner's estimate beyond, so the start page never reads a million rows.
    return EstimatedCountPaginator(queryset.order_by("pk"), 1).count


def status_counts() -> list[tuple[str, str, int, str]]:
    """(status, label, count, list url) for every status, plus awaiting approval and published."""
    rows = [(s.value, s.label, _count(Claim.objects.filter(status=s.value)), _claims_url(status=s.value)) for s in ClaimStatus]
    awaiting = _count(filters.claims_awaiting_approval(Claim.objects.all(), True))
    published = _count(Claim.objects.published())
    rows.append(("awaiting", "Awaiting approval", awaiting, _claims_url(awaiting_approval="yes")))
    rows.append(("published", "Published", published, _claims_url(published="yes")))
    return rows


def week_throughput(user, now: dt.datetime) -> list[tuple[str, int]]:
    """What this user did in the last seven days, by kind of step."""
    counted = dict(
        ReviewEvent.objects.filter(actor_id=user.pk, created_at__gte=now - dt.timedelta(days=7))
        .order_by()
        .values_list("action")
        .annotate(n=Count("id"))
    )
    return [(label, counted[value]) for value, label in ReviewEvent.Action.choices if counted.get(value)]


def recent_review_events(limit: int = RECENT_EVENTS) -> list[ReviewEvent]:
    """The team's latest review steps: the start page's "recent actions"."""
    return list(
        ReviewEvent.objects.select_related("actor", "claim")
        .defer("claim__search_vector", "claim__embedding")
        .order_by("-created_at", "-id")[:limit]
    )


def dashboard_for(user, *, now: dt.datetime | None = None) -> dict:
    """Everything the start page shows this user, by role."""
    now = now or timezone.now()
    sections = []
    if rules.can_review(user):
        sections.append(
            Section(
                "mine", "My claims in review", _claims_url(status=ClaimStatus.IN_REVIEW, assigned="me"),
                _claim_rows(my_claims_in_review(user)), "No claim is assigned to you: take one from today's list.",
            )
        )
    if rules.is_editor(user):
        sections.append(
            Section(
                "approval", "Verdicts waiting for my approval", _claims_url(awaiting_approval="yes"),
                _claim_rows(verdicts_awaiting_my_approval(user)), "No verdict is waiting for you.",
            )
        )
    if rules.can_review(user):
        today = claims_of_day(timezone.localdate(now))
        sections.append(
            Section(
                "today", "Today's unreviewed claims, most check-worthy first",
                _claims_url(status=ClaimStatus.UNREVIEWED), list(today[:SECTION_ROWS]), "No new claim today.",
            )
        )
    figures = list(newly_disputed_figures(now)[:SECTION_ROWS])
    return {
        "sections": sections,
        "disputed_figures": figures,
        "disputed_figures_url": reverse("admin:claims_figure_changelist") + "?status=disputed",
        "counts": status_counts(),
        "throughput": week_throughput(user, now) if rules.can_review(user) else [],
        "recent_events": recent_review_events(),
        "events_url": reverse("admin:reviews_reviewevent_changelist"),
        "decided": [s.value for s in DECIDED_STATUSES],
    }


def claim_neighbours_in_article(claim: Claim) -> dict:
    """The claim page's j / k without a list behind them: the claims before and after it in
    its article's text (claim_unique_span_per_article serves both)."""
    siblings = Claim.objects.filter(article_id=claim.article_id).values_list("pk", flat=True)
    before = siblings.filter(start__lt=claim.start).order_by("-start", "-end").first()
    after = siblings.filter(start__gt=claim.start).order_by("start", "end").first()
    link = lambda pk: reverse("admin:claims_claim_change", args=[pk]) if pk else ""  # noqa: E731
    return {"prev_url": link(before), "next_url": link(after)}
