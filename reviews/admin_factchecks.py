"""The claim page's "Checked before?" panel: the claim's closest earlier fact-checks
(reviews.selectors.claim_earlier_factchecks, the same list the API's claim detail gives),
each with a "Cite as evidence" button.

The button posts op=cite to the claim's workflow URL, which calls
reviews.services.claim_cite_factcheck. Whether it is offered, and why not, is
reviews.rules' answer for add_evidence; this module only lays the answer out.
"""

from __future__ import annotations

from django.urls import reverse

from checkworthiness.selectors import FACTCHECK_MIN_SCORE
from claims.models import Claim
from factchecks.models import FactCheckSource

from .rules import Action, ActionAnswer
from .selectors import CurrentVerdict, claim_earlier_factchecks, claim_pending_evidence


def earlier_factchecks_panel(
    claim: Claim, allowed: dict[str, ActionAnswer], current: CurrentVerdict | None
) -> dict:
    """{"items": [...], "close_count", "can_cite", "reason", "cited": [...]} for the template."""
    answer = allowed[Action.ADD_EVIDENCE]
    pending = claim_pending_evidence(claim)
    # A fact-check already among this review's sources, or behind the current verdict, shows as cited.
    cited_urls = {e.url for e in pending} | {e.url for e in (current.evidence if current else [])}
    items = []
    for factcheck, score in claim_earlier_factchecks(claim):
        own = factcheck.source == FactCheckSource.NEWSROOM
        items.append({
            "factcheck": factcheck,
            "score": score,
            "own": own,
            # Our own verdict opens on its claim's page here; an imported one at its publisher.
            "claim_url": reverse("admin:claims_claim_change", args=[factcheck.claim_id]) if own else "",
            "cited": factcheck.url in cited_urls,
            # Below the score the digest calls a match: shown for reference, quieter.
            "close": score >= FACTCHECK_MIN_SCORE,
        })
    return {
        "items": items,
        "close_count": sum(item["close"] for item in items),
        "min_score": FACTCHECK_MIN_SCORE,
        "can_cite": answer.allowed,
        "reason": answer.reason,
        "code": answer.code,
        "cited": pending,
    }
