"""Who may take which workflow step on a claim, and why not: the one home of these rules.

Each check_* raises the ApplicationError that explains a refusal and returns
quietly when the step is allowed. The services call them on the locked row just
before they act; claim_allowed_actions calls them on the row as it is now, so
the admin's panel and the API's `allowed_actions` show exactly what the services
would do, with the services' own reasons.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claims.models import DECIDED_STATUSES, Claim, ClaimStatus
from factcheck import roles
from factcheck.errors import ApplicationError, Conflict, PermissionDenied


class Action:
    START_REVIEW = "start_review"
    ASSIGN = "assign"
    VERDICT = "verdict"
    APPROVE = "approve"
    REOPEN = "reopen"
    CORRECT = "correct"
    APPLY_GROUP_VERDICT = "apply_group_verdict"
    ADD_EVIDENCE = "add_evidence"


def can_review(user) -> bool:
    return roles.user_may(user, roles.REVIEW)


def is_editor(user) -> bool:
    return roles.user_may(user, roles.APPROVE)


def can_assign(user) -> bool:
    return roles.user_may(user, roles.ASSIGN)


def can_correct(user) -> bool:
    return roles.user_may(user, roles.CORRECT)


def _require(condition: bool, message: str, code: str) -> None:
    if not condition:
        raise PermissionDenied(message, code=code)


def _expect_status(claim: Claim, allowed: Iterable[str], action: str) -> None:
    if claim.status not in tuple(allowed):
        raise Conflict(
            f"Cannot {action} claim {claim.pk}: it is {claim.get_status_display().lower()}.",
            code="illegal_transition",
            extra={"status": claim.status},
        )


def check_start_review(claim: Claim, actor, assignee=None) -> None:
    """A reviewer takes an unreviewed claim; an editor assigns (or reassigns) one."""
    assignee = assignee or actor
    _require(can_review(actor), "You are not allowed to review claims.", "not_a_reviewer")
    if assignee != actor:
        _require(can_assign(actor), "Only editors assign claims to others.", "not_an_editor")
        _require(can_review(assignee), f"{assignee} is not a reviewer.", "assignee_not_a_reviewer")
    allowed = [ClaimStatus.UNREVIEWED] + ([ClaimStatus.IN_REVIEW] if assignee != actor else [])
    _expect_status(claim, allowed, "start reviewing")


def check_assign(claim: Claim, actor) -> None:
    """Assigning in general, before a reviewer is chosen."""
    _require(can_review(actor), "You are not allowed to review claims.", "not_a_reviewer")
    _require(can_assign(actor), "Only editors assign claims to others.", "not_an_editor")
    _expect_status(claim, [ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW], "assign")


def check_verdict(claim: Claim, actor) -> None:
    _require(can_review(actor), "You are not allowed to review claims.", "not_a_reviewer")
    _expect_status(claim, [ClaimStatus.IN_REVIEW], "give a verdict on")
    _require(
        claim.assignee_id == actor.pk or is_editor(actor),
        "Only the assigned reviewer or an editor may give this verdict.",
        "not_assignee",
    )


def check_add_evidence(claim: Claim, actor) -> None:
    """Citing a source is part of deciding: the claim is in review, and the one deciding it
    (the assigned reviewer, or an editor) cites. The verdict that ends the review carries it."""
    _require(can_review(actor), "You are not allowed to review claims.", "not_a_reviewer")
    _expect_status(claim, [ClaimStatus.IN_REVIEW], "add evidence to")
    _require(
        claim.assignee_id == actor.pk or is_editor(actor),
        "Only the assigned reviewer or an editor may add evidence to this review.",
        "not_assignee",
    )


def check_approve(claim: Claim, actor) -> None:
    _require(is_editor(actor), "Only editors approve verdicts.", "not_an_editor")
    _expect_status(claim, DECIDED_STATUSES, "approve")
    if claim.published_at is not None:
        raise Conflict(f"Claim {claim.pk}'s verdict is already approved.", code="already_approved")
    _require(
        claim.verdict_by_id != actor.pk,
        "Four eyes: someone other than the person who gave the verdict must approve it.",
        "four_eyes",
    )


def check_reopen(claim: Claim, actor) -> None:
    _require(is_editor(actor), "Only editors reopen verdicts.", "not_an_editor")
    _expect_status(claim, DECIDED_STATUSES, "reopen")


def check_correct(claim: Claim, actor) -> None:
    _require(can_correct(actor), "Only editors correct claims.", "not_an_editor")


def check_rename_published(actor) -> None:
    """Renaming a speaker, or retitling an article, that published verdicts rest on."""
    _require(
        is_editor(actor), "Published verdicts name this; only an editor may change it.", "not_an_editor"
    )


def check_apply_group_verdict(claim: Claim, actor) -> None:
    """The state and role part; whether the group has one agreed verdict is asked
    of the group itself (services._group_verdict_source)."""
    _require(can_review(actor), "You are not allowed to review claims.", "not_a_reviewer")
    _expect_status(claim, [ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW], "apply the group's verdict to")
    _require(
        claim.status == ClaimStatus.UNREVIEWED or claim.assignee_id in (None, actor.pk) or is_editor(actor),
        "Only the assigned reviewer or an editor may decide this claim.",
        "not_assignee",
    )
    if claim.group_id is None:
        raise Conflict(f"Claim {claim.pk} is not in a group of matching claims.", code="no_group")


CHECKS = {
    Action.START_REVIEW: check_start_review,
    Action.ASSIGN: check_assign,
    Action.VERDICT: check_verdict,
    Action.APPROVE: check_approve,
    Action.REOPEN: check_reopen,
    Action.CORRECT: check_correct,
    Action.APPLY_GROUP_VERDICT: check_apply_group_verdict,
    Action.ADD_EVIDENCE: check_add_evidence,
}


@dataclass(frozen=True)
class ActionAnswer:
    action: str
    allowed: bool
    reason: str = ""  # why not, in the services' words
    code: str = ""


def claim_allowed_actions(claim: Claim, user) -> dict[str, ActionAnswer]:
    """Every workflow step, whether this user may take it on this claim now, and why not."""
    answers = {}
    for action, check in CHECKS.items():
        try:
            check(claim, user)
        except ApplicationError as exc:
            answers[action] = ActionAnswer(action, False, exc.message, exc.code)
        else:
            answers[action] = ActionAnswer(action, True)
    return answers
