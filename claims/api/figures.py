"""GET /api/v1/figures/?status=disputed&conflicting=true&q=… and GET /api/v1/figures/{id}/."""

from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.generics import ListAPIView, RetrieveAPIView

from factcheck import validation
from factcheck.api import CanReadClaims, SmallPagePagination, error_responses
from factcheck.errors import ValidationFailed
from factcheck.replica import ReplicaListMixin

from ..matching.selectors import figure_list, figure_observations
from ..models import Figure


class FigureSerializer(serializers.ModelSerializer):
    class Meta:
        model = Figure
        fields = [
            "id", "label", "subject_key", "scope_key", "unit", "status", "value_count", "report_count",
            "is_conflicting", "first_seen", "last_seen",
        ]


class ObservationSerializer(serializers.Serializer):
    """One reported value of a figure, with the claim, article and speaker that reported it."""

    value = serializers.DecimalField(source="quantity.value", max_digits=28, decimal_places=6, coerce_to_string=True, normalize_output=True)
    qualifier = serializers.CharField(source="quantity.qualifier")
    text = serializers.CharField(source="quantity.text")
    unit = serializers.CharField(source="quantity.unit")
    conflicting = serializers.BooleanField()
    divergence = serializers.CharField(help_text='"disputed", "revised", or "" when it agrees with every other report')
    reported_at = serializers.DateTimeField()
    speaker = serializers.SerializerMethodField()
    outlet = serializers.CharField(source="claim.article.outlet")
    claim = serializers.SerializerMethodField()

    def get_speaker(self, observation) -> str | None:
        speaker = observation.claim.speaker
        return speaker.name if speaker else None

    def get_claim(self, observation) -> dict:
        claim = observation.claim
        article = claim.article
        return {
            "id": claim.pk,
            "statement": claim.text,
            "status": claim.status,
            "article": {"id": article.pk, "title": article.title, "url": article.url, "published_at": article.published_at},
            "speaker": {"id": claim.speaker.pk, "name": claim.speaker.name} if claim.speaker else None,
        }


class FigureDetailSerializer(FigureSerializer):
    values = serializers.SerializerMethodField()

    class Meta(FigureSerializer.Meta):
        fields = [*FigureSerializer.Meta.fields, "values"]

    def get_values(self, figure) -> list[dict]:
        return ObservationSerializer(figure_observations(figure), many=True).data


def _status(raw: str | None) -> str | None:
    if raw in (None, ""):
        return None
    if raw not in Figure.Status.values:
        raise ValidationFailed(f"status={raw!r}: expected one of {', '.join(Figure.Status.values)}.", code="invalid_filter")
    return raw


def _flag(raw: str | None) -> bool | None:
    if raw in (None, ""):
        return None
    lowered = raw.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValidationFailed(f"conflicting={raw!r}: expected true or false.", code="invalid_filter")


@extend_schema(
    tags=["figures"],
    parameters=[
        OpenApiParameter("status", str, enum=Figure.Status.values, description="consistent, revised or disputed"),
        OpenApiParameter("conflicting", bool, description="only figures whose values cannot all be true (revised or disputed)"),
        OpenApiParameter("q", str, description="words in the figure's subject, place or label"),
    ],
    responses={200: FigureSerializer(many=True), **error_responses(400, 404)},
)
class FigureListApi(ReplicaListMixin, ListAPIView):
    """Figures: one quantity of one subject and scope, as reported across articles, disputed first."""

    serializer_class = FigureSerializer
    pagination_class = SmallPagePagination
    permission_classes = [CanReadClaims]

    def get_queryset(self):
        params = self.request.query_params
        return figure_list(
            status=_status(params.get("status")),
            conflicting=_flag(params.get("conflicting")),
            q=validation.clean_text(params.get("q", ""), what="q").strip(),
        )


@extend_schema(tags=["figures"], responses={200: FigureDetailSerializer, **error_responses(404)})
class FigureDetailApi(RetrieveAPIView):
    """A figure with every reported value (under `value`): its qualifier, claim, speaker, outlet and date,
    and whether it is on a side of a dispute or of a revision."""

    serializer_class = FigureDetailSerializer
    permission_classes = [CanReadClaims]
    queryset = Figure.objects.all()
    lookup_url_kwarg = "figure_id"


urlpatterns = [
    path("figures/", FigureListApi.as_view(), name="figure-list"),
    path("figures/<int:figure_id>/", FigureDetailApi.as_view(), name="figure-detail"),
]
