"""Shapes of the claim detail (with its review record) and of the workflow's inputs."""

from django.contrib.auth import get_user_model
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.serializers import ClaimListOutput
from claims.models import DECIDED_STATUSES, Quantity
from factchecks.api.serializers import FactCheckOutput, SimilarFactCheckOutput
from reviews.models import Evidence, ReviewEvent
from reviews.rules import claim_allowed_actions
from reviews.selectors import claim_current_verdict, claim_earlier_factchecks
from reviews.services import VERDICTS

_DECIDED = {s.value for s in DECIDED_STATUSES}


class UserBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class EvidenceOutput(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = ["url", "note", "created_at"]


class ReviewEventOutput(serializers.ModelSerializer):
    actor = UserBriefSerializer()
    assignee = UserBriefSerializer(allow_null=True)
    evidence = EvidenceOutput(many=True)
    changes = serializers.DictField(child=serializers.JSONField(), help_text="For corrections: {field: [old, new]}.")

    class Meta:
        model = ReviewEvent
        fields = ["id", "action", "actor", "from_status", "to_status", "verdict", "note", "changes", "assignee", "evidence", "created_at"]


class AllowedActionOutput(serializers.Serializer):
    allowed = serializers.BooleanField()
    reason = serializers.CharField(help_text="Why not, in the workflow's words; empty when allowed.")
    code = serializers.CharField(help_text="The error code the step would answer; empty when allowed.")


class ClaimDetailOutput(ClaimListOutput):
    """A claim with its review record. Reads what reviews.api.views.claim_detail_queryset() loads."""

    version = serializers.IntegerField()
    assignee = UserBriefSerializer(allow_null=True)
    rationale = serializers.SerializerMethodField()
    evidence = serializers.SerializerMethodField()
    history = ReviewEventOutput(source="events", many=True)
    allowed_actions = serializers.SerializerMethodField()
    earlier_factchecks = serializers.SerializerMethodField()

    class Meta(ClaimListOutput.Meta):
        fields = [
            *ClaimListOutput.Meta.fields,
            "version", "assignee", "verdict_at", "rationale", "evidence", "history", "allowed_actions",
            "earlier_factchecks",
        ]

    @extend_schema_field(SimilarFactCheckOutput(many=True))
    def get_earlier_factchecks(self, claim):
        """The closest fact-checks in the library (imported, and this newsroom's own), best first."""
        return [
            {**FactCheckOutput(factcheck).data, "score": round(score, 4)}
            for factcheck, score in claim_earlier_factchecks(claim)
        ]

    def _current(self, claim):
        return claim_current_verdict(claim)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_rationale(self, claim):
        current = self._current(claim)
        return current.rationale if current and current.event else None

    @extend_schema_field(EvidenceOutput(many=True))
    def get_evidence(self, claim):
        """The sources behind the present verdict; earlier verdicts' sources stay in the history."""
        current = self._current(claim)
        return EvidenceOutput(current.evidence, many=True).data if current else []

    @extend_schema_field(serializers.DictField(child=AllowedActionOutput()))
    def get_allowed_actions(self, claim):
        """Each workflow step, whether the requesting user may take it now, and why not (reviews.rules)."""
        request = self.context.get("request")
        if request is None:
            return {}
        return {
            action: {"allowed": answer.allowed, "reason": answer.reason, "code": answer.code}
            for action, answer in claim_allowed_actions(claim, request.user).items()
        }


# --- Inputs ---------------------------------------------------------------------


class StartReviewInput(serializers.Serializer):
    assignee = serializers.PrimaryKeyRelatedField(
        queryset=get_user_model().objects.filter(is_active=True),
        required=False,
        allow_null=True,
        help_text="Editors only: the reviewer to assign. Default: yourself.",
    )


class EvidenceInput(serializers.Serializer):
    url = serializers.URLField(max_length=2000)
    note = serializers.CharField(required=False, allow_blank=True, default="")


class VerdictInput(serializers.Serializer):
    verdict = serializers.ChoiceField(choices=VERDICTS)
    rationale = serializers.CharField()
    evidence = serializers.ListField(child=EvidenceInput(), required=False, default=list, max_length=50)


class ReopenInput(serializers.Serializer):
    reason = serializers.CharField()


class QuantityCorrectionInput(serializers.Serializer):
    id = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    # Bounds and lengths match the columns, so a bad value is a 400, never a database error.
    value = serializers.DecimalField(max_digits=28, decimal_places=6, required=False)
    qualifier = serializers.ChoiceField(choices=Quantity.Qualifier.choices, required=False)
    subject = serializers.CharField(max_length=200, required=False, allow_blank=True)
    unit = serializers.CharField(max_length=20, required=False, allow_blank=True)


class ClaimCorrectionInput(serializers.Serializer):
    speaker = serializers.IntegerField(min_value=1, max_value=2**63 - 1, required=False, allow_null=True)
    content = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    cue = serializers.CharField(required=False, allow_blank=True, max_length=100)
    direct = serializers.BooleanField(required=False, allow_null=True)
    quantities = serializers.ListField(child=QuantityCorrectionInput(), required=False, max_length=100)
    note = serializers.CharField(required=False, allow_blank=True, default="", help_text="Why, for the history.")
