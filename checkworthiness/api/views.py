"""GET /api/v1/digest/?date=YYYY-MM-DD[&limit=N]: the day's most check-worthy unreviewed claims."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from checkworthiness import selectors
from factcheck.api import CanReadClaims, error_responses


class DigestApi(APIView):
    """The daily digest, grouped by speaker (speakers by their best claim), each claim with
    its article and any earlier fact-check that matches it."""

    permission_classes = [CanReadClaims]

    @extend_schema(
        tags=["claims"],
        parameters=[
            OpenApiParameter("date", OpenApiTypes.DATE, required=True, description="the day, YYYY-MM-DD (UTC)"),
            OpenApiParameter("limit", OpenApiTypes.INT, description=f"claims listed, 1..{selectors.DIGEST_MAX_LIMIT} "
                                                                     f"(default {selectors.DIGEST_LIMIT})"),
        ],
        responses={200: OpenApiTypes.OBJECT, **error_responses(400)},
    )
    def get(self, request):
        # ValidationFailed becomes a coded 400 in factcheck.api's exception handler.
        day = selectors.digest_date(request.query_params.get("date"))
        limit = selectors.digest_limit(request.query_params.get("limit"))
        return Response(selectors.daily_digest(day, limit=limit))
