"""Read endpoints of claims, articles and speakers; article submission; ClaimReview; CSV export.

The review workflow (start, verdict, approve, reopen, corrections, claim detail
with its history) lives in reviews.api: claims never imports reviews.
"""

import csv

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.pagination import CursorPagination
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.models import DECIDED_STATUSES, Speaker
from claims.pipeline import article_submit
from claims.services import ArticleInput
from factcheck.api import (
    BODY_ERRORS,
    CanAddArticles,
    CanReadArticles,
    CanReadClaims,
    CanReadSpeakers,
    JSONLDRenderer,
    NewestFirstCursorPagination,
    SmallPagePagination,
    error_responses,
)
from factcheck.errors import NotFound

from .claimreview import CLAIM_REVIEW_SCHEMA, claim_review_document
from .filters import ArticleFilter, ClaimFilter, ClaimOrdering, SpeakerFilter
from .serializers import (
    ArticleDetailOutput,
    ArticleListOutput,
    ArticleSubmitInput,
    ArticleSubmitOutput,
    ClaimListOutput,
    SpeakerOutput,
    claim_rows_output,
)


class ClaimQueryMixin:
    """The claims list's filters, ordering and cursor pagination, shared by every list of claims."""

    permission_classes = [CanReadClaims]
    serializer_class = ClaimListOutput
    filter_backends = [DjangoFilterBackend, ClaimOrdering]
    filterset_class = ClaimFilter
    pagination_class = NewestFirstCursorPagination

    def get_queryset(self):
        return selectors.claim_list()

    def list(self, request, *args, **kwargs):
        # The same filters, ordering and cursor as any ListAPIView, over plain rows
        # (selectors.claim_rows) shaped like ClaimListOutput by claim_rows_output: two queries
        # (the page, its quantities) and no model instances or nested serializers.
        queryset = selectors.claim_rows(self.filter_queryset(self.get_queryset()))
        page = self.paginate_queryset(queryset)
        quantities = selectors.quantity_rows([row["id"] for row in page])
        return self.get_paginated_response(claim_rows_output(page, quantities))


@extend_schema(tags=["claims"], responses={200: ClaimListOutput(many=True), **error_responses(400, 404)})
class ClaimListApi(ClaimQueryMixin, generics.ListAPIView):
    """Claims, newest first, filtered; keyset (cursor) pages of up to 200."""


class CSVRenderer(BaseRenderer):
    """Lets content negotiation accept text/csv (and ?format=csv); the view streams the body itself."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Only errors get here (a success is a StreamingHttpResponse): keep them readable.
        return JSONRenderer().render(data)


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
]
_DECIDED = {s.value for s in DECIDED_STATUSES}


def _csv_safe(value):
    # A cell starting with = + - @ is a formula to a spreadsheet: quote it (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _export_row(claim):
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
    ]
    return [_csv_safe(v) for v in row]


@extend_schema(
    tags=["claims"],
    responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="One row per claim."), **error_responses(400)},
)
class ClaimExportApi(ClaimQueryMixin, generics.GenericAPIView):
    """Every claim the list's filters select, as CSV, streamed (no pagination)."""

    # JSON first, so errors are JSON unless the client asked for text/csv only.
    renderer_classes = [JSONRenderer, CSVRenderer]
    pagination_class = None
    chunk_size = 500

    def get(self, request, *args, **kwargs):
        claims = self.filter_queryset(self.get_queryset())
        writer = csv.writer(_Echo())

        def rows():
            yield writer.writerow(EXPORT_COLUMNS)
            # iterator(chunk_size) keeps memory flat and still runs the quantities
            # prefetch once per chunk.
            for claim in claims.iterator(chunk_size=self.chunk_size):
                yield writer.writerow(_export_row(claim))

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response


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

    renderer_classes = [JSONLDRenderer, JSONRenderer]
    permission_classes = [CanReadClaims]

    def get(self, request, pk: int):
        claim = get_object_or_404(selectors.claim_list(), pk=pk)
        if not claim.is_published:
            raise NotFound(f"Claim {pk} has no published verdict.", code="not_published")
        return Response(claim_review_document(claim, request=request))


class FeedPagination(CursorPagination):
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

    renderer_classes = [JSONLDRenderer, JSONRenderer]
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
        return self.get_paginated_response([claim_review_document(c, request=request) for c in page])


# --- Articles --------------------------------------------------------------------


def _article_url(request, article) -> str:
    return request.build_absolute_uri(reverse("api:article-detail", kwargs={"pk": article.pk}))


class ArticleListApi(generics.ListAPIView):
    """Articles with their extraction status and claim counts; editors submit new ones."""

    serializer_class = ArticleListOutput
    filter_backends = [DjangoFilterBackend]
    filterset_class = ArticleFilter
    pagination_class = NewestFirstCursorPagination

    def get_permissions(self):
        return [CanAddArticles()] if self.request.method == "POST" else [CanReadArticles()]

    def get_queryset(self):
        return selectors.article_list_with_counts()

    @extend_schema(tags=["articles"], responses={200: ArticleListOutput(many=True), **error_responses(400, 404)})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        tags=["articles"],
        request=ArticleSubmitInput,
        responses={
            202: OpenApiResponse(ArticleSubmitOutput, description="Stored; claims are extracted in the background."),
            200: OpenApiResponse(ArticleSubmitOutput, description="Already stored (code=duplicate): the existing article."),
            **error_responses(*BODY_ERRORS),
        },
    )
    def post(self, request):
        data = ArticleSubmitInput(data=request.data)
        data.is_valid(raise_exception=True)
        result = article_submit(data=ArticleInput(**data.validated_data, source="api"))
        article = selectors.article_list_with_counts().get(pk=result.article.pk)
        url = _article_url(request, article)
        body = {"url": url, "article": ArticleListOutput(article).data}
        if result.created:
            body.update(detail="Accepted: claims are being extracted.", code="accepted")
            return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": url})
        body.update(detail=f"This article is already stored ({result.duplicate_reason}).", code="duplicate")
        return Response(body, status=status.HTTP_200_OK, headers={"Content-Location": url})


@extend_schema(tags=["articles"], responses={200: ArticleDetailOutput, **error_responses(404)})
class ArticleDetailApi(generics.RetrieveAPIView):
    permission_classes = [CanReadArticles]
    serializer_class = ArticleDetailOutput

    def get_queryset(self):
        return selectors.article_list_with_counts().defer(None)


# --- Speakers ----------------------------------------------------------------------


@extend_schema(tags=["speakers"], responses={200: SpeakerOutput(many=True), **error_responses(400, 404)})
class SpeakerListApi(generics.ListAPIView):
    """Speakers by name, with their claims counted per review status."""

    permission_classes = [CanReadSpeakers]
    serializer_class = SpeakerOutput
    filter_backends = [DjangoFilterBackend]
    filterset_class = SpeakerFilter
    pagination_class = SmallPagePagination

    def get_queryset(self):
        return selectors.speaker_list_with_counts().order_by("name", "id")


@extend_schema(tags=["speakers"], responses={200: SpeakerOutput, **error_responses(404)})
class SpeakerDetailApi(generics.RetrieveAPIView):
    permission_classes = [CanReadSpeakers]
    serializer_class = SpeakerOutput

    def get_queryset(self):
        return selectors.speaker_list_with_counts()


@extend_schema(tags=["speakers"], responses={200: ClaimListOutput(many=True), **error_responses(400, 404)})
class SpeakerClaimsApi(ClaimQueryMixin, generics.ListAPIView):
    """One speaker's claims, with the claims list's filters."""

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation: no URL kwargs
            return selectors.claim_list().none()
        speaker = get_object_or_404(Speaker.objects.only("pk"), pk=self.kwargs["pk"])
        return selectors.claim_list().filter(speaker=speaker)

