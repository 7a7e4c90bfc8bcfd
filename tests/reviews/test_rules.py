"""reviews.rules: one answer to "which steps may this user take on this claim now, and why
not", the same answer the services give when the step is tried."""

import pytest

from factcheck.errors import ApplicationError
from reviews import rules, services

pytestmark = pytest.mark.django_db


def try_step(action, claim, user):
    """Take the step through the service; None when it went through, else its error code."""
    steps = {
        rules.Action.START_REVIEW: lambda: services.claim_start_review(claim_id=claim.pk, actor=user),
        rules.Action.VERDICT: lambda: services.claim_submit_verdict(
            claim_id=claim.pk, actor=user, verdict="unverifiable", rationale="No public record either way."
        ),
        rules.Action.APPROVE: lambda: services.claim_approve(claim_id=claim.pk, actor=user),
        rules.Action.REOPEN: lambda: services.claim_reopen(claim_id=claim.pk, actor=user, reason="Second look."),
    }
    try:
        steps[action]()
    except ApplicationError as exc:
        return exc.code
    return None


@pytest.mark.parametrize("who", ["viewer", "reviewer", "other_reviewer", "editor", "other_editor"])
@pytest.mark.parametrize("state", ["unreviewed", "in_review", "decided"])
@pytest.mark.parametrize("action", ["start_review", "verdict", "approve", "reopen"])
def test_the_answer_is_what_the_service_does(request, claim, reviewer, editor, who, state, action):
    if state in ("in_review", "decided"):
        services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    if state == "decided":
        services.claim_submit_verdict(claim_id=claim.pk, actor=reviewer, verdict="not_a_claim", rationale="An opinion.")
    user = request.getfixturevalue(who)
    claim.refresh_from_db()

    answer = rules.claim_allowed_actions(claim, user)[action]
    outcome = try_step(action, claim, user)

    assert answer.allowed == (outcome is None)
    assert answer.code == (outcome or "")
    assert bool(answer.reason) == (not answer.allowed)


def test_an_editor_sees_why_they_cannot_approve_their_own_verdict(claim, editor):
    services.claim_start_review(claim_id=claim.pk, actor=editor)
    services.claim_submit_verdict(claim_id=claim.pk, actor=editor, verdict="not_a_claim", rationale="An opinion.")
    claim.refresh_from_db()
    answer = rules.claim_allowed_actions(claim, editor)[rules.Action.APPROVE]
    assert (answer.allowed, answer.code) == (False, "four_eyes")
    assert "someone other than" in answer.reason


def test_the_api_claim_detail_lists_the_allowed_actions(claim, reviewer, viewer, api_client_for):
    actions = api_client_for(reviewer).get(f"/api/v1/claims/{claim.pk}/").json()["allowed_actions"]
    assert actions["start_review"] == {"allowed": True, "reason": "", "code": ""}
    assert actions["approve"]["allowed"] is False and actions["approve"]["code"] == "not_an_editor"

    actions = api_client_for(viewer).get(f"/api/v1/claims/{claim.pk}/").json()["allowed_actions"]
    assert not any(a["allowed"] for a in actions.values())
