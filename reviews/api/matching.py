"""POST /api/v1/claims/{id}/apply-group-verdict/: one action, one view (the lead wires urlpatterns in)."""

from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from factcheck.errors import ValidationFailed

from ..services import claim_apply_group_verdict


def _expected_version(request) -> int | None:
    """The version the client last saw: If-Match ("3" or W/"3"), or expected_version in the body."""
    raw = request.headers.get("If-Match") or request.data.get("expected_version")
    if raw in (None, "", "*"):
        return None
    text = str(raw).strip()
    if text.startswith("W/"):
        text = text[2:]
    try:
        return int(text.strip('"'))
    except ValueError:
        raise ValidationFailed(f"{raw!r} is not a claim version.", code="invalid_version") from None


class ApplyGroupVerdictApi(APIView):
    class OutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        status = serializers.CharField()
        version = serializers.IntegerField()
        published = serializers.BooleanField(source="is_published")

    @extend_schema(request=None, responses={200: OutputSerializer})
    def post(self, request, claim_id: int):
        # Domain errors (403 not a reviewer, 404, 409 no group / no verdict / wrong state,
        # 412 stale version) are mapped by the project's exception handler.
        claim = claim_apply_group_verdict(claim_id=claim_id, actor=request.user, expected_version=_expected_version(request))
        response = Response(self.OutputSerializer(claim).data, status=status.HTTP_200_OK)
        response["ETag"] = f'"{claim.version}"'
        return response


urlpatterns = [
    path("claims/<int:claim_id>/apply-group-verdict/", ApplyGroupVerdictApi.as_view(), name="claim-apply-group-verdict"),
]
