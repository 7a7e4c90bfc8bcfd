"""Reads of the review record. A claim's current verdict comes from here alone.

The current verdict is the last event that decided the claim (a reviewer's
verdict, or a group's verdict applied to it) while the claim is still decided:
its rationale, its evidence, who gave it and when, and who approved it. The
admin, the API's claim detail, ClaimReview and the CSV export all read it here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse

from claims.models import DECIDED_STATUSES, Claim, ClaimStatus
from factchecks.selectors import factchecks_for_claims

from .models import Evidence, ReviewAction, ReviewEvent

# The events that give a claim its verdict.
DECIDING_ACTIONS = (ReviewAction.VERDICT, ReviewAction.APPLY_GROUP_VERDICT)
_DECIDED = {s.value for s in DECIDED_STATUSES}
# How many earlier fact-checks a claim shows (the API's claim detail, the admin's claim page).
EARLIER_FACTCHECKS = 3


@dataclass(frozen=True)
class CurrentVerdict:
    verdict: str
    rationale: str
    evidence: list[Evidence] = field(default_factory=list)
    given_by: object = None  # the user who gave or applied it
    given_at: datetime | None = None
    approved_by_id: int | None = None
    published_at: datetime | None = None
    event: ReviewEvent | None = None


def _from_event(claim: Claim, event: ReviewEvent | None) -> CurrentVerdict:
    return CurrentVerdict(
        verdict=claim.status,
        rationale=event.note if event else "",
        evidence=list(event.evidence.all()) if event else [],
        given_by=event.actor if event else None,
        given_at=event.created_at if event else claim.verdict_at,
        approved_by_id=claim.approved_by_id,
        published_at=claim.published_at,
        event=event,
    )


def claim_current_verdict(claim: Claim) -> CurrentVerdict | None:
    """The claim's current verdict, or None while it is undecided.

    Reads the claim's prefetched history when it has one (see claim_history_prefetch),
    else two queries."""
    if claim.status not in _DECIDED:
        return None
    cache = getattr(claim, "_prefetched_objects_cache", {})
    if "events" in cache:
        deciding = [e for e in claim.events.all() if e.action in DECIDING_ACTIONS]
        return _from_event(claim, deciding[-1] if deciding else None)
    return claims_current_verdicts([claim])[claim.pk]


def claims_current_verdicts(claims: Iterable[Claim]) -> dict[int, CurrentVerdict]:
    """The current verdicts of many claims in two queries (exports, feeds)."""
    decided = {c.pk: c for c in claims if c.status in _DECIDED}
    if not decided:
        return {}
    latest: dict[int, ReviewEvent] = {}
    events = (
        ReviewEvent.objects.filter(claim_id__in=decided, action__in=DECIDING_ACTIONS)
        .select_related("actor")
        .prefetch_related("evidence")
        .order_by("claim_id", "created_at", "id")
    )
    for event in events:
        latest[event.claim_id] = event  # ordered: the last one wins
    return {pk: _from_event(claim, latest.get(pk)) for pk, claim in decided.items()}


def claim_history_prefetch() -> Prefetch:
    """The history as claim_current_verdict and the history table read it, in one prefetch."""
    return Prefetch(
        "events",
        queryset=ReviewEvent.objects.select_related("actor", "assignee").prefetch_related("evidence"),
    )


def claim_public_url(claim_id: int) -> str:
    """Where a published verdict is read by the public (public.views): the ClaimReview url."""
    return urljoin(settings.FACTCHECK_SITE_URL, reverse("public:claim", kwargs={"pk": claim_id}))


def claim_pending_evidence(claim: Claim) -> list[Evidence]:
    """The sources cited (add_evidence) in the review now in progress, oldest first: those
    added since the claim's last verdict. The verdict that ends the review carries them.
    Empty unless the claim is in review."""
    if claim.status != ClaimStatus.IN_REVIEW:
        return []
    last_decision = (
        ReviewEvent.objects.filter(claim_id=claim.pk, action__in=DECIDING_ACTIONS)
        .order_by("-id")
        .values_list("id", flat=True)
        .first()
    )
    return list(
        Evidence.objects.filter(
            claim_id=claim.pk, event__action=ReviewAction.ADD_EVIDENCE, event_id__gt=last_decision or 0
        ).order_by("id")
    )


def claim_earlier_factchecks(claim: Claim) -> list[tuple]:
    """The claim's closest earlier fact-checks (imported, and this newsroom's own published
    verdicts on other claims), best first, each with its score."""
    return factchecks_for_claims([claim.pk], limit=EARLIER_FACTCHECKS).get(claim.pk, [])
