"""The review workflow over HTTP: claim detail (with ETag), corrections, start, verdict,
approve, reopen and history. Each endpoint parses its input, passes If-Match on as
expected_version and calls one function of reviews.services; the services decide."""

import re

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.models import Claim
from claims.selectors import claim_list
from factcheck.api import BODY_ERRORS, CanApprove, CanCorrect, CanReadClaims, CanReview, error_responses
from factcheck.errors import PreconditionFailed
from reviews import services
from reviews.models import Evidence, ReviewEvent

from .serializers import (
    ClaimCorrectionInput,
    ClaimDetailOutput,
    ReopenInput,
    ReviewEventOutput,
    StartReviewInput,
    VerdictInput,
)


def _history():
    return ReviewEvent.objects.select_related("actor", "assignee").prefetch_related(
        Prefetch("evidence", queryset=Evidence.objects.order_by("created_at", "id"))
    )


def claim_detail_queryset():
    """claim_list() plus the review record: a fixed number of queries per claim.

    (A read shape for reviews/selectors.py once that module exists; kept here so
    this change stays inside the API package.)"""
    return claim_list().prefetch_related(Prefetch("events", queryset=_history().order_by("created_at", "id")))


# --- ETag / If-Match ------------------------------------------------------------

_ETAG = re.compile(r'^(?:W/)?"claim-(\d+)-v(\d+)"$')


def claim_etag(claim: Claim) -> str:
    # Weak: it names a version of the claim, not a byte-identical representation.
    return f'W/"claim-{claim.pk}-v{claim.version}"'


def expected_version(request, claim_id: int) -> int | None:
    """The version If-Match names, for the services' expected_version (None: no precondition)."""
    header = (request.headers.get("If-Match") or "").strip()
    if not header or header == "*":
        return None
    for tag in header.split(","):
        match = _ETAG.match(tag.strip())
        if match and int(match[1]) == claim_id:
            return int(match[2])
    raise PreconditionFailed("If-Match does not name a current version of this claim.", code="stale_version")


IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description='The claim\'s ETag (W/"claim-<id>-v<version>"): the action runs only if the claim is still at that version.',
)
ETAG = OpenApiParameter(
    "ETag", OpenApiTypes.STR, OpenApiParameter.HEADER, response=[200], description="The claim's current version."
)


def detail_response(request, claim_id: int, status: int = 200) -> Response:
    claim = get_object_or_404(claim_detail_queryset(), pk=claim_id)
    data = ClaimDetailOutput(claim, context={"request": request}).data
    return Response(data, status=status, headers={"ETag": claim_etag(claim)})


# --- Endpoints --------------------------------------------------------------------


class ClaimDetailApi(APIView):
    def get_permissions(self):
        return [CanCorrect()] if self.request.method == "PATCH" else [CanReadClaims()]

    @extend_schema(tags=["claims"], parameters=[ETAG], responses={200: ClaimDetailOutput, **error_responses(404)})
    def get(self, request, pk: int):
        """A claim with its verdict, rationale, evidence, history and version (also the ETag)."""
        return detail_response(request, pk)

    @extend_schema(
        tags=["review"],
        parameters=[IF_MATCH, ETAG],
        request=ClaimCorrectionInput,
        responses={200: ClaimDetailOutput, **error_responses(*BODY_ERRORS, 404, 412)},
    )
    def patch(self, request, pk: int):
        """Editors correct extracted fields (speaker, content, cue, direct, quantities); the history keeps old and new."""
        data = ClaimCorrectionInput(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        quantities = fields.pop("quantities", [])
        note = fields.pop("note", "")
        services.claim_correct(
            claim_id=pk,
            actor=request.user,
            changes=fields,
            quantity_changes={q.pop("id"): q for q in (dict(q) for q in quantities)},
            note=note,
            expected_version=expected_version(request, pk),
        )
        return detail_response(request, pk)


_WORKFLOW_ERRORS = error_responses(*BODY_ERRORS, 404, 409, 412)


class StartReviewApi(APIView):
    permission_classes = [CanReview]

    @extend_schema(
        tags=["review"], parameters=[IF_MATCH, ETAG], request=StartReviewInput, responses={200: ClaimDetailOutput, **_WORKFLOW_ERRORS}
    )
    def post(self, request, pk: int):
        """Take an unreviewed claim; editors may assign it to a reviewer (or reassign one in review)."""
        data = StartReviewInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.claim_start_review(
            claim_id=pk,
            actor=request.user,
            assignee=data.validated_data.get("assignee"),
            expected_version=expected_version(request, pk),
        )
        return detail_response(request, pk)


class VerdictApi(APIView):
    permission_classes = [CanReview]

    @extend_schema(
        tags=["review"], parameters=[IF_MATCH, ETAG], request=VerdictInput, responses={200: ClaimDetailOutput, **_WORKFLOW_ERRORS}
    )
    def post(self, request, pk: int):
        """The assigned reviewer (or an editor) decides a claim in review."""
        data = VerdictInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.claim_submit_verdict(
            claim_id=pk,
            actor=request.user,
            verdict=data.validated_data["verdict"],
            rationale=data.validated_data["rationale"],
            evidence=[services.EvidenceInput(**e) for e in data.validated_data["evidence"]],
            expected_version=expected_version(request, pk),
        )
        return detail_response(request, pk)


class ApproveApi(APIView):
    permission_classes = [CanApprove]

    @extend_schema(
        tags=["review"], parameters=[IF_MATCH, ETAG], request=None, responses={200: ClaimDetailOutput, **_WORKFLOW_ERRORS}
    )
    def post(self, request, pk: int):
        """An editor other than the one who gave the verdict approves it: it is published."""
        services.claim_approve(claim_id=pk, actor=request.user, expected_version=expected_version(request, pk))
        return detail_response(request, pk)


class ReopenApi(APIView):
    permission_classes = [CanApprove]

    @extend_schema(
        tags=["review"], parameters=[IF_MATCH, ETAG], request=ReopenInput, responses={200: ClaimDetailOutput, **_WORKFLOW_ERRORS}
    )
    def post(self, request, pk: int):
        """An editor sends a decided claim back to review, withdrawing any publication."""
        data = ReopenInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.claim_reopen(
            claim_id=pk,
            actor=request.user,
            reason=data.validated_data["reason"],
            expected_version=expected_version(request, pk),
        )
        return detail_response(request, pk)


class HistoryApi(APIView):
    permission_classes = [CanReadClaims]

    @extend_schema(tags=["review"], responses={200: ReviewEventOutput(many=True), **error_responses(404)})
    def get(self, request, pk: int):
        """Everything that happened to a claim, oldest first."""
        get_object_or_404(Claim.objects.only("pk"), pk=pk)
        events = _history().filter(claim_id=pk).order_by("created_at", "id")
        return Response(ReviewEventOutput(events, many=True).data)


class ApplyGroupVerdictApi(APIView):
    permission_classes = [CanReview]

    @extend_schema(
        tags=["review"], parameters=[IF_MATCH, ETAG], request=None, responses={200: ClaimDetailOutput, **_WORKFLOW_ERRORS}
    )
    def post(self, request, pk: int):
        """Give a claim the published verdict of its group of matching claims (an editor still approves it)."""
        services.claim_apply_group_verdict(claim_id=pk, actor=request.user, expected_version=expected_version(request, pk))
        return detail_response(request, pk)

