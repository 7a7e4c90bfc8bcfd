"""Read endpoints of claims, articles and speakers; article submission; ClaimReview; CSV export.

The review workflow (start, verdict, approve, reopen, corrections, claim detail
with its history) lives in reviews.api: claims never imports reviews.
"""


from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from claims import selectors
from claims.models import Claim, Speaker
from claims.pipeline import article_submit
from claims.services import ArticleInput
from factcheck.api import (
    BODY_ERRORS,
    CanAddArticles,
    CanReadArticles,
    CanReadClaims,
    CanReadSpeakers,
    NewestFirstCursorPagination,
    SmallPagePagination,
    error_responses,
)
from factcheck.replica import ReplicaListMixin

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
        return self.scope(selectors.claim_list())

    def scope(self, claims: QuerySet[Claim]) -> QuerySet[Claim]:
        """The claims this list holds before its filters: all of them (a speaker's list narrows them)."""
        return claims

    def list(self, request, *args, **kwargs):
        # The same filters, ordering and cursor as any ListAPIView, over the few columns the
        # cursor reads (selectors.claim_page); then the page's rows and quantities by id, shaped
        # like ClaimListOutput by claim_rows_output: two queries, no model instances. The page
        # is cut from the plain claims (selectors.claims_to_page), not from claim_list().
        page = self.paginate_queryset(selectors.claim_page(self.filter_queryset(self.scope(selectors.claims_to_page()))))
        rows, quantities = selectors.claim_page_rows(page)
        return self.get_paginated_response(claim_rows_output(rows, quantities))


@extend_schema(tags=["claims"], responses={200: ClaimListOutput(many=True), **error_responses(400, 404)})
class ClaimListApi(ReplicaListMixin, ClaimQueryMixin, generics.ListAPIView):
    """Claims, newest first, filtered; keyset (cursor) pages of up to 200."""


# --- Articles --------------------------------------------------------------------


def _article_url(request, article) -> str:
    return request.build_absolute_uri(reverse("api:article-detail", kwargs={"pk": article.pk}))


class ArticleListApi(ReplicaListMixin, generics.ListAPIView):
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
class SpeakerListApi(ReplicaListMixin, generics.ListAPIView):
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
class SpeakerClaimsApi(ReplicaListMixin, ClaimQueryMixin, generics.ListAPIView):
    """One speaker's claims, with the claims list's filters."""

    def scope(self, claims):
        if getattr(self, "swagger_fake_view", False):  # schema generation: no URL kwargs
            return claims.none()
        speaker = get_object_or_404(Speaker.objects.only("pk"), pk=self.kwargs["pk"])
        return claims.filter(speaker=speaker)

