from django.conf import settings
from django.db import models

from claims.models import Claim, ClaimStatus
from factcheck.db import choices_check


class ImmutableQuerySet(models.QuerySet):
    """History is append-only: bulk updates and deletes are refused here, and by
    a database trigger (migration 0002) for anything that bypasses the ORM."""

    def update(self, **kwargs):
        raise PermissionError("Review history cannot be changed.")

    def delete(self):
        raise PermissionError("Review history cannot be deleted.")


class ImmutableModel(models.Model):
    objects = ImmutableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError("Review history cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Review history cannot be deleted.")


class ReviewAction(models.TextChoices):
    START_REVIEW = "start_review", "Started review"
    ASSIGN = "assign", "Assigned"
    VERDICT = "verdict", "Gave verdict"
    APPROVE = "approve", "Approved"
    REOPEN = "reopen", "Reopened"
    CORRECT = "correct", "Corrected extracted fields"
    APPLY_GROUP_VERDICT = "apply_group_verdict", "Applied the group's verdict"
    # A source cited while the claim is in review; the verdict that ends the review carries it.
    ADD_EVIDENCE = "add_evidence", "Added evidence"


class ReviewEvent(ImmutableModel):
    """One step in a claim's history: who did what, from which state to which, and why."""

    Action = ReviewAction

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_events")
    action = models.CharField(max_length=30, choices=Action.choices)
    from_status = models.CharField(max_length=20, choices=Claim.Status.choices)
    to_status = models.CharField(max_length=20, choices=Claim.Status.choices)
    verdict = models.CharField(max_length=20, choices=Claim.Status.choices, blank=True)
    # The rationale of a verdict, the reason of a reopen, the note of an assignment.
    note = models.TextField(blank=True)
    # For corrections: {field: [old, new]}.
    changes = models.JSONField(default=dict, blank=True)
    # The user a claim was assigned to, for start_review and assign.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            choices_check("action", ReviewAction, "reviewevent_action_valid"),
            choices_check("from_status", ClaimStatus, "reviewevent_from_valid"),
            choices_check("to_status", ClaimStatus, "reviewevent_to_valid"),
        ]
        indexes = [
            # A claim's history in order.
            models.Index(fields=["claim", "created_at"], name="reviewevent_claim_idx"),
            # What one person did (audit).
            models.Index(fields=["actor", "created_at"], name="reviewevent_actor_idx"),
        ]

    def __str__(self):
        return f"{self.get_action_display()} by {self.actor} ({self.from_status} → {self.to_status})"


class Evidence(ImmutableModel):
    """A source backing a verdict; part of the verdict's immutable record."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="evidence")
    event = models.ForeignKey(ReviewEvent, on_delete=models.PROTECT, related_name="evidence")
    url = models.URLField(max_length=2000)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "evidence"
        indexes = [models.Index(fields=["claim", "created_at"], name="evidence_claim_idx")]

    def __str__(self):
        return self.url
