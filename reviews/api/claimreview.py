"""schema.org ClaimReview (https://schema.org/ClaimReview) for a published verdict.

claim_review_document presents a claim that claims.selectors.claim_list() has loaded:
no queries there. Its `url` is the public page where the fact-check is published
(public.views), and claim_appearance_urls reads, in one query, the articles where
the same statement appeared (the claim's group).
"""

from collections import defaultdict

from django.conf import settings
from django.urls import reverse

from claims.models import Claim, ClaimStatus, SpeakerKind

# Our four verdicts on a 1..3 scale (False, Unverifiable, True). "Not a claim"
# has no place on any truth scale: it is rated -1, outside the scale, and
# alternateName carries the meaning, as fact-check consumers read that first.
RATINGS = {
    ClaimStatus.VERIFIED: (3, "True"),
    ClaimStatus.UNVERIFIABLE: (2, "Unverifiable"),
    ClaimStatus.DISPUTED: (1, "False"),
    ClaimStatus.NOT_A_CLAIM: (-1, "Not a claim"),
}
BEST_RATING, WORST_RATING = 3, 1

_SPEAKER_TYPES = {
    SpeakerKind.PERSON: "Person",
    SpeakerKind.ORGANIZATION: "Organization",
    # "officials", "a spokesperson": people, even unnamed ones.
    SpeakerKind.ANONYMOUS: "Person",
    SpeakerKind.OTHER: "Organization",
}


def _iso(value):
    return value.isoformat() if value else None


def claim_appearance_urls(claims) -> dict[int, list[str]]:
    """The URLs of the articles each claim appeared in: its own, then those of the other
    claims in its group (the same statement elsewhere), oldest first. One query."""
    claims = list(claims)
    urls: dict[int, list[str]] = {c.pk: [c.article.url] if c.article.url else [] for c in claims}
    by_group = defaultdict(list)
    for claim in claims:
        if claim.group_id:
            by_group[claim.group_id].append(claim.pk)
    if by_group:
        rows = (
            Claim.objects.filter(group_id__in=by_group, article__url__isnull=False)
            .order_by("article__published_at", "article_id")
            .values_list("group_id", "article__url")
        )
        for group_id, url in rows:
            for pk in by_group[group_id]:
                if url not in urls[pk]:
                    urls[pk].append(url)
    return urls


def claim_review_document(claim: Claim, verdict, *, request, appearances: list[str] | None = None) -> dict:
    """`verdict` is the claim's current verdict (reviews.selectors): its rationale is the review body.
    `appearances` (claim_appearance_urls) defaults to the claim's own article."""
    rating_value, rating_name = RATINGS[ClaimStatus(claim.status)]
    article = claim.article
    appearance = {"@type": "NewsArticle", "headline": article.title or None, "url": article.url}
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published_at:
        appearance["datePublished"] = _iso(article.published_at)
    if appearances is None:
        appearances = [article.url] if article.url else []
    item = {"@type": "Claim", "appearance": appearance, "claimAppearances": appearances}
    if claim.speaker_id:
        item["author"] = {"@type": _SPEAKER_TYPES.get(claim.speaker.kind, "Person"), "name": claim.speaker.name}
    # The claim was made when the article carrying it was published.
    if article.published_at:
        item["datePublished"] = _iso(article.published_at)
    organization = settings.FACTCHECK_ORGANIZATION
    publisher = {"@type": "Organization", "name": organization["name"], "url": organization["url"]}
    if organization.get("logo"):
        publisher["logo"] = {"@type": "ImageObject", "url": organization["logo"]}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        # Where the fact-check is published for readers: its public page.
        "url": request.build_absolute_uri(reverse("public:claim", kwargs={"pk": claim.pk})),
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating_value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": rating_name,
        },
        "author": publisher,
        "publisher": publisher,
        "datePublished": _iso(claim.published_at),
        **({"reviewBody": verdict.rationale} if verdict and verdict.rationale else {}),
    }


# The document's shape, for the OpenAPI schema (and so for schemathesis's response checks).
_TYPED = {"type": "object", "properties": {"@type": {"type": "string"}, "name": {"type": "string"}}}
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "required": ["@context", "@type", "url", "claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished"],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "format": "uri"},
        "claimReviewed": {"type": "string"},
        "itemReviewed": {
            "type": "object",
            "required": ["@type", "appearance"],
            "properties": {
                "@type": {"type": "string", "enum": ["Claim"]},
                "author": {**_TYPED, "required": ["@type", "name"]},
                "datePublished": {"type": "string", "format": "date-time"},
                "claimAppearances": {"type": "array", "items": {"type": "string"}},
                "appearance": {
                    "type": "object",
                    "properties": {
                        "@type": {"type": "string"},
                        "headline": {"type": "string", "nullable": True},
                        "url": {"type": "string", "nullable": True},
                        "datePublished": {"type": "string", "format": "date-time"},
                        "publisher": _TYPED,
                    },
                },
            },
        },
        "reviewRating": {
            "type": "object",
            "required": ["@type", "ratingValue", "bestRating", "worstRating", "alternateName"],
            "properties": {
                "@type": {"type": "string", "enum": ["Rating"]},
                "ratingValue": {"type": "integer"},
                "bestRating": {"type": "integer"},
                "worstRating": {"type": "integer"},
                "alternateName": {"type": "string", "enum": [name for _, name in RATINGS.values()]},
            },
        },
        "author": {**_TYPED, "properties": {**_TYPED["properties"], "url": {"type": "string"}, "logo": {"type": "object"}}},
        "publisher": {**_TYPED, "properties": {**_TYPED["properties"], "url": {"type": "string"}, "logo": {"type": "object"}}},
        "datePublished": {"type": "string", "format": "date-time"},
        "reviewBody": {"type": "string"},
    },
}
