"""schema.org ClaimReview (https://schema.org/ClaimReview) for a published verdict.

A presentation of a claim that claims.selectors.claim_list() has loaded: no queries here.
"""

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


def claim_review_document(claim: Claim, verdict, *, request) -> dict:
    """`verdict` is the claim's current verdict (reviews.selectors): its rationale is the review body."""
    rating_value, rating_name = RATINGS[ClaimStatus(claim.status)]
    article = claim.article
    appearance = {"@type": "NewsArticle", "headline": article.title or None, "url": article.url}
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published_at:
        appearance["datePublished"] = _iso(article.published_at)
    item = {"@type": "Claim", "appearance": appearance}
    if claim.speaker_id:
        item["author"] = {"@type": _SPEAKER_TYPES.get(claim.speaker.kind, "Person"), "name": claim.speaker.name}
    # The claim was made when the article carrying it was published.
    if article.published_at:
        item["datePublished"] = _iso(article.published_at)
    organization = settings.FACTCHECK_ORGANIZATION
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": request.build_absolute_uri(reverse("api:claim-review", kwargs={"pk": claim.pk})),
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating_value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": rating_name,
        },
        "author": {"@type": "Organization", "name": organization["name"], "url": organization["url"]},
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
        "author": {**_TYPED, "properties": {**_TYPED["properties"], "url": {"type": "string"}}},
        "datePublished": {"type": "string", "format": "date-time"},
        "reviewBody": {"type": "string"},
    },
}
