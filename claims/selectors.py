"""Read-side query shapes, decided once here so the admin and the API stay free of N+1 queries."""

from django.db.models import Count, Prefetch, Q, QuerySet

from .models import Article, Claim, ClaimStatus, Quantity, Speaker


def claim_list() -> QuerySet[Claim]:
    """Claims with everything a list row shows: speaker, article, assignee, quantities."""
    return (
        Claim.objects.select_related("speaker", "article", "assignee")
        .defer("article__body", "search_vector")
        .prefetch_related(Prefetch("quantities", queryset=Quantity.objects.order_by("start")))
    )


def speaker_list_with_counts() -> QuerySet[Speaker]:
    """Speakers with their number of claims in each review status."""
    return Speaker.objects.annotate(
        claim_count=Count("claims"),
        **{f"{status}_count": Count("claims", filter=Q(claims__status=status)) for status in ClaimStatus.values},
    )


def claim_published_list() -> QuerySet[Claim]:
    """Published verdicts, newest first: the ClaimReview feed."""
    return claim_list().published().order_by("-published_at", "-id")


def article_list_with_counts() -> QuerySet[Article]:
    """Articles with their number of claims, and of published verdicts, without their bodies."""
    return Article.objects.defer("body").annotate(
        claim_count=Count("claims"),
        published_claim_count=Count("claims", filter=Q(claims__published_at__isnull=False)),
    )
