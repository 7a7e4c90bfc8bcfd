"""GET /api/v1/factchecks/: the library, filtered; with ?similar_to=TEXT, the closest fact-checks."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.response import Response

from factcheck.api import CanReadClaims, NewestFirstCursorPagination, error_responses
from factcheck.errors import ValidationFailed
from factcheck.replica import ReplicaListMixin
from factchecks import selectors

from .filters import FactCheckFilter
from .serializers import FactCheckOutput, SimilarQuery, SimilarResultsOutput

# Parameters that belong to the similar_to answer rather than the library's filters.
_SIMILAR_PARAMS = {"similar_to", "page_size", "format"}


@extend_schema(
    tags=["factchecks"],
    parameters=[
        OpenApiParameter("similar_to", OpenApiTypes.STR, description="Answer the closest fact-checks to this text, best first, with a score, instead of the filtered list."),
    ],
    responses={200: FactCheckOutput(many=True), **error_responses(400)},
)
class FactCheckListApi(ReplicaListMixin, generics.ListAPIView):
    """The fact-check library: imported ClaimReviews and this newsroom's published verdicts."""

    # Whoever may read claims may read the verdicts they are matched against.
    permission_classes = [CanReadClaims]
    serializer_class = FactCheckOutput
    filter_backends = [DjangoFilterBackend]
    filterset_class = FactCheckFilter
    pagination_class = NewestFirstCursorPagination

    def get_queryset(self):
        return selectors.factcheck_list()

    def list(self, request, *args, **kwargs):
        if "similar_to" not in request.query_params:
            return super().list(request, *args, **kwargs)
        other = sorted(set(request.query_params) - _SIMILAR_PARAMS)
        if other:
            raise ValidationFailed(f"similar_to cannot be combined with {', '.join(other)}.", code="invalid")
        query = SimilarQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        found = selectors.factchecks_similar(query.validated_data["similar_to"], limit=query.validated_data["page_size"])
        rows = []
        for factcheck, score in found:
            factcheck.score = score
            rows.append(factcheck)
        # Shaped like a page of the list (no further pages), so one schema describes both answers.
        return Response({"next": None, "previous": None, **SimilarResultsOutput({"results": rows}).data})

