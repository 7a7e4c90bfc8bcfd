"""Output and input shapes of the claims API. No business logic: reading fields, validating types."""

from datetime import timedelta
from datetime import timezone as dt_timezone
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from claims.models import DECIDED_STATUSES, Article, Claim, ClaimStatus, Quantity, Speaker


class SpanSerializer(serializers.Serializer):
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "name", "kind"]


class QuantitySerializer(serializers.ModelSerializer):
    # A string, so large or precise figures survive JSON clients that parse floats.
    # "1130000000", not "1130000000.000000": the value without the column's padding.
    value = serializers.DecimalField(max_digits=28, decimal_places=6, coerce_to_string=True, normalize_output=True)

    class Meta:
        model = Quantity
        fields = ["id", "value", "text", "qualifier", "subject", "unit"]


class ArticleBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "url", "outlet", "published_at"]


_DECIDED = {s.value for s in DECIDED_STATUSES}


class ClaimListOutput(serializers.ModelSerializer):
    """One row of a claims list. Reads only what claims.selectors.claim_list() loads."""

    statement = serializers.CharField(source="text")
    span = serializers.SerializerMethodField()
    speaker = SpeakerBriefSerializer(allow_null=True)
    quantities = QuantitySerializer(many=True)
    article = ArticleBriefSerializer()
    verdict = serializers.SerializerMethodField()
    published = serializers.BooleanField(source="is_published")
    kinds = serializers.SerializerMethodField()
    content = serializers.SerializerMethodField()
    direct = serializers.SerializerMethodField()
    cue = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "statement",
            "span",
            "kinds",
            "speaker",
            "content",
            "direct",
            "cue",
            "quantities",
            "article",
            "status",
            "verdict",
            "published",
            "published_at",
            "created_at",
            "updated_at",
            "checkworthiness",
        ]

    @extend_schema_field(SpanSerializer)
    def get_span(self, claim):
        return {"start": claim.start, "end": claim.end}

    @extend_schema_field(serializers.ChoiceField(choices=[s.value for s in DECIDED_STATUSES], allow_null=True))
    def get_verdict(self, claim):
        return claim.status if claim.status in _DECIDED else None

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=["numeric", "attributed"])))
    def get_kinds(self, claim):
        return [k for k, on in (("numeric", claim.is_numeric), ("attributed", claim.is_attributed)) if on]

    # The attribution fields mean something only for attributed claims: null otherwise.
    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_content(self, claim):
        return claim.content if claim.is_attributed else None

    @extend_schema_field(serializers.BooleanField(allow_null=True))
    def get_direct(self, claim):
        return claim.direct if claim.is_attributed else None

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_cue(self, claim):
        return claim.cue if claim.is_attributed else None


# --- The same rows, built from plain dicts ---------------------------------------
#
# The list endpoints serve ClaimListOutput's shape (the schema and the detail view keep
# using the serializer) from claims.selectors.claim_page_rows() rows: no model instances, no
# nested serializers. At 25 rows a page this was half of the request's Python time.
# tests/api/test_claims_list.py checks both give the same JSON.

_VALUE = QuantitySerializer().fields["value"]  # the DecimalField: one quantization rule for both paths
_DATETIME = serializers.DateTimeField()
_UTC_OFFSET = timedelta(0)


def _datetime(value, utc: bool):
    # DateTimeField.to_representation's output (ISO 8601 in the current time zone, "Z" for
    # UTC) without its per-value time-zone lookups, when `utc` (see _utc_output) holds and
    # the value is in UTC, as PostgreSQL's values are.
    if value is None:
        return None
    if utc and value.tzinfo is dt_timezone.utc:  # psycopg's own UTC: isoformat() ends "+00:00"
        return value.isoformat()[:-6] + "Z"
    if utc and value.utcoffset() == _UTC_OFFSET:
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return _DATETIME.to_representation(value)


def _utc_output() -> bool:
    """True when DateTimeField would render a UTC value unchanged: ISO 8601, USE_TZ, UTC active."""
    output_format = getattr(_DATETIME, "format", api_settings.DATETIME_FORMAT)
    return (
        isinstance(output_format, str)
        and output_format.lower() == ISO_8601
        and settings.USE_TZ
        and timezone.get_current_timezone_name() == "UTC"
    )


def _value(value) -> str:
    # _VALUE.to_representation: quantize to the column's places within its digits, normalize,
    # write out. A value the column returned already has those places and no more digits, so
    # quantizing it changes nothing (and cost two thirds of the call): it is skipped for those.
    if type(value) is Decimal:
        _sign, digits, exponent = value.as_tuple()
        if exponent == -_VALUE.decimal_places and len(digits) <= _VALUE.max_digits:
            return f"{value.normalize():f}"
    return _VALUE.to_representation(value)


def _quantity(q: dict) -> dict:
    return {
        "id": q["id"],
        "value": _value(q["value"]),
        "text": q["text"],
        "qualifier": q["qualifier"],
        "subject": q["subject"],
        "unit": q["unit"],
    }


def claim_rows_output(rows: list[dict], quantities: dict[int, list[dict]]) -> list[dict]:
    """ClaimListOutput items for claims.selectors.claim_page_rows()."""
    utc = _utc_output()
    return [claim_row(row, quantities.get(row["id"], ()), utc=utc) for row in rows]


def claim_row(row: dict, quantities, *, utc: bool = False) -> dict:
    """One ClaimListOutput item from a claims.selectors.claim_page_rows() row and its quantity dicts."""
    attributed = row["is_attributed"]
    status = row["status"]
    kinds = []
    if row["is_numeric"]:
        kinds.append("numeric")
    if attributed:
        kinds.append("attributed")
    speaker_id = row["speaker_id"]
    return {
        "id": row["id"],
        "statement": row["text"],
        "span": {"start": row["start"], "end": row["end"]},
        "kinds": kinds,
        "speaker": (
            {"id": speaker_id, "name": row["speaker__name"], "kind": row["speaker__kind"]}
            if speaker_id is not None
            else None
        ),
        "content": row["content"] if attributed else None,
        "direct": row["direct"] if attributed else None,
        "cue": row["cue"] if attributed else None,
        "quantities": [_quantity(q) for q in quantities],
        "article": {
            "id": row["article_id"],
            "title": row["article__title"],
            "url": row["article__url"],
            "outlet": row["article__outlet"],
            "published_at": _datetime(row["article__published_at"], utc),
        },
        "status": status,
        "verdict": status if status in _DECIDED else None,
        "published": row["published_at"] is not None,
        "published_at": _datetime(row["published_at"], utc),
        "created_at": _datetime(row["created_at"], utc),
        "updated_at": _datetime(row["updated_at"], utc),
        "checkworthiness": row["checkworthiness"],
    }


# --- Articles -----------------------------------------------------------------


class ArticleListOutput(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)
    published_claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "outlet",
            "author",
            "published_at",
            "extraction_status",
            "extracted_at",
            "claim_count",
            "published_claim_count",
            "created_at",
        ]


class ArticleDetailOutput(ArticleListOutput):
    class Meta(ArticleListOutput.Meta):
        fields = [*ArticleListOutput.Meta.fields, "extraction_error", "extractor_version", "body"]


class ArticleSubmitInput(serializers.Serializer):
    # Lengths match the columns, so an over-long value is a 400 here, not a database error.
    title = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    url = serializers.URLField(max_length=2000, required=False, allow_null=True, allow_blank=True, default=None)
    outlet = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    author = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)
    # trim_whitespace off: claim offsets index the body exactly as given.
    body = serializers.CharField(trim_whitespace=False)


class ArticleSubmitOutput(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.ChoiceField(choices=["accepted", "duplicate"])
    url = serializers.URLField(help_text="The article's API URL (also in the Location header).")
    article = ArticleListOutput()


# --- Speakers -----------------------------------------------------------------


class StatusCountsSerializer(serializers.Serializer):
    """Claims of one speaker per review status."""

    def get_fields(self):
        return {status: serializers.IntegerField() for status in ClaimStatus.values}


class SpeakerOutput(serializers.ModelSerializer):
    claim_count = serializers.IntegerField()
    claims_by_status = serializers.SerializerMethodField()

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "aliases", "claim_count", "claims_by_status"]

    @extend_schema_field(StatusCountsSerializer)
    def get_claims_by_status(self, speaker):
        return {status: getattr(speaker, f"{status}_count") for status in ClaimStatus.values}
