"""Exports of verdicts: the CSV of claims and schema.org ClaimReview (one, and the feed).

They live in reviews because they show a claim's current verdict with its
rationale and evidence, which reviews.selectors alone works out.
"""

import csv
from itertools import islice

from django.contrib.auth import get_user_model
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.renderers import BaseRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.views import ClaimQueryMixin
from claims.models import DECIDED_STATUSES
from factcheck.api import CanReadClaims, CheckedCursorPagination, JSONLDRenderer, error_responses
from factcheck.errors import NotFound
from factcheck.renderers import FastJSONRenderer
from reviews.selectors import claim_current_verdict, claims_current_verdicts

from .claimreview import CLAIM_REVIEW_SCHEMA, claim_appearance_urls, claim_review_document


class CSVRenderer(BaseRenderer):
    """Lets content negotiation accept text/csv (and ?format=csv); the view streams the body itself."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Only errors get here (a success is a StreamingHttpResponse): keep them readable.
        return FastJSONRenderer().render(data)


class _Echo:
    """csv.writer writes into this and gets the line back, so rows stream one by one."""

    def write(self, value):
        return value


EXPORT_COLUMNS = [
    "id",
    "statement",
    "status",
    "verdict",
    "published_at",
    "speaker_id",
    "speaker",
    "speaker_kind",
    "content",
    "direct",
    "cue",
    "quantities",
    "article_id",
    "article_title",
    "article_url",
    "outlet",
    "created_at",
    "updated_at",
    "rationale",
    "evidence_urls",
    "verdict_by",
    "verdict_at",
    "approved_by",
]
_DECIDED = {s.value for s in DECIDED_STATUSES}


def _csv_safe(value):
    # A cell starting with = + - @ is a formula to a spreadsheet: quote it (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _export_row(claim, verdict, usernames):
    speaker = claim.speaker
    quantities = "; ".join(
        " ".join(p for p in (q.qualifier, f"{q.value.normalize():f}", q.unit, q.subject) if p)
        for q in claim.quantities.all()
    )
    row = [
        claim.pk,
        claim.text,
        claim.status,
        claim.status if claim.status in _DECIDED else "",
        claim.published_at.isoformat() if claim.published_at else "",
        speaker.pk if speaker else "",
        speaker.name if speaker else "",
        speaker.kind if speaker else "",
        claim.content,
        "" if claim.direct is None else claim.direct,
        claim.cue,
        quantities,
        claim.article_id,
        claim.article.title,
        claim.article.url or "",
        claim.article.outlet,
        claim.created_at.isoformat(),
        claim.updated_at.isoformat(),
        verdict.rationale if verdict else "",
        " ".join(e.url for e in verdict.evidence) if verdict else "",
        verdict.given_by.get_username() if verdict and verdict.given_by else "",
        verdict.given_at.isoformat() if verdict and verdict.given_at else "",
        usernames.get(claim.approved_by_id, ""),
    ]
    return [_csv_safe(v) for v in row]


@extend_schema(
    tags=["claims"],
    responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="One row per claim."), **error_responses(400)},
)
class ClaimExportApi(ClaimQueryMixin, generics.GenericAPIView):
    """Every claim the list's filters select, as CSV, streamed (no pagination)."""

    # JSON first, so errors are JSON unless the client asked for text/csv only.
    renderer_classes = [FastJSONRenderer, CSVRenderer]
    pagination_class = None
    chunk_size = 500

    def get(self, request, *args, **kwargs):
        claims = self.filter_queryset(self.get_queryset())

        return csv_response(claims, chunk_size=self.chunk_size)


# A byte-order mark makes Excel read the file as UTF-8 (names, quotes, dashes). The
# admin's download, meant for spreadsheets, starts with one; the API's export, read by
# programs that would take it for part of the first column's name, does not.
BOM = "\ufeff"


def csv_lines(claims, *, chunk_size: int = 500, bom: bool = False):
    """The CSV of `claims` (a claim_list() queryset), line by line: the API's export and the
    admin's "export selected" action both stream this."""
    writer = csv.writer(_Echo())
    yield (BOM if bom else "") + writer.writerow(EXPORT_COLUMNS)
    # iterator(chunk_size) keeps memory flat and still runs the quantities
    # prefetch once per chunk.
    rows_in = claims.iterator(chunk_size=chunk_size)
    for chunk in iter(lambda: list(islice(rows_in, chunk_size)), []):
        verdicts = claims_current_verdicts(chunk)
        approvers = {c.approved_by_id for c in chunk if c.approved_by_id}
        usernames = dict(User.objects.filter(pk__in=approvers).values_list("pk", User.USERNAME_FIELD))
        for claim in chunk:
            yield writer.writerow(_export_row(claim, verdicts.get(claim.pk), usernames))


def csv_response(claims, *, chunk_size: int = 500, filename: str = "claims.csv", bom: bool = False) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        csv_lines(claims, chunk_size=chunk_size, bom=bom), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


User = get_user_model()


# --- ClaimReview ----------------------------------------------------------------


@extend_schema(
    tags=["claimreview"],
    responses={
        (200, "application/ld+json"): OpenApiResponse(CLAIM_REVIEW_SCHEMA, description="schema.org ClaimReview"),
        # The same document for clients that ask for plain JSON (Accept or ?format=json).
        (200, "application/json"): OpenApiResponse(CLAIM_REVIEW_SCHEMA, description="schema.org ClaimReview"),
        **error_responses(404),
    },
)
class ClaimReviewApi(APIView):
    """The schema.org ClaimReview of a published verdict (404 code=not_published otherwise)."""

    renderer_classes = [JSONLDRenderer, FastJSONRenderer]
    permission_classes = [CanReadClaims]

    def get(self, request, pk: int):
        claim = get_object_or_404(selectors.claim_list(), pk=pk)
        if not claim.is_published:
            raise NotFound(f"Claim {pk} has no published verdict.", code="not_published")
        appearances = claim_appearance_urls([claim]).get(claim.pk)
        return Response(claim_review_document(claim, claim_current_verdict(claim), request=request, appearances=appearances))


class FeedPagination(CheckedCursorPagination):
    """The feed's body is a bare JSON list; the next and previous pages are in the Link header."""

    ordering = ("-published_at", "-id")
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_paginated_response(self, data):
        links = [f'<{url}>; rel="{rel}"' for url, rel in ((self.get_next_link(), "next"), (self.get_previous_link(), "prev")) if url]
        return Response(data, headers={"Link": ", ".join(links)} if links else None)

    def get_paginated_response_schema(self, schema):
        return schema


FEED_RESPONSE = OpenApiResponse(
    {"type": "array", "items": CLAIM_REVIEW_SCHEMA},
    description="ClaimReview documents, newest first; further pages in the Link header.",
)


class FeedQuery(serializers.Serializer):
    since = serializers.DateTimeField(required=False, help_text="Only verdicts published strictly after this time.")


@extend_schema(
    tags=["claimreview"],
    parameters=[FeedQuery],
    responses={
        (200, "application/ld+json"): FEED_RESPONSE,
        (200, "application/json"): FEED_RESPONSE,
        **error_responses(400, 404),
    },
)
class ClaimReviewFeedApi(generics.GenericAPIView):
    """Every published verdict as ClaimReview, newest first, optionally only those since a time."""

    renderer_classes = [JSONLDRenderer, FastJSONRenderer]
    permission_classes = [CanReadClaims]
    pagination_class = FeedPagination
    filter_backends = []

    def get_queryset(self):
        return selectors.claim_published_list()

    def get(self, request):
        query = FeedQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        claims = self.get_queryset()
        if query.validated_data.get("since"):
            claims = claims.filter(published_at__gt=query.validated_data["since"])
        page = self.paginate_queryset(claims)
        verdicts = claims_current_verdicts(page)
        appearances = claim_appearance_urls(page)
        return self.get_paginated_response(
            [claim_review_document(c, verdicts.get(c.pk), request=request, appearances=appearances.get(c.pk)) for c in page]
        )
