"""Shapes of the fact-check library API. No business logic: reading fields, validating types."""

from rest_framework import serializers

from factchecks.models import FactCheck

# The longest text similar_to accepts: a long post or a paragraph, not an article.
MAX_SIMILAR_TO_CHARS = 2000
MAX_SIMILAR_RESULTS = 50


class FactCheckOutput(serializers.ModelSerializer):
    class Meta:
        model = FactCheck
        fields = [
            "id", "url", "claim_reviewed", "title", "claimant", "rating_name", "rating_value",
            "publisher_name", "publisher_url", "date_published", "source", "claim", "created_at",
        ]


class SimilarFactCheckOutput(FactCheckOutput):
    score = serializers.FloatField(help_text="Higher is closer; comparable within one answer only.")

    class Meta(FactCheckOutput.Meta):
        fields = ["score", *FactCheckOutput.Meta.fields]


class SimilarResultsOutput(serializers.Serializer):
    results = SimilarFactCheckOutput(many=True)


class SimilarQuery(serializers.Serializer):
    similar_to = serializers.CharField(
        max_length=MAX_SIMILAR_TO_CHARS, help_text="A claim in any wording: the closest fact-checks come first."
    )
    page_size = serializers.IntegerField(min_value=1, max_value=MAX_SIMILAR_RESULTS, default=10)
