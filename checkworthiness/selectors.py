"""The daily digest: the day's most check-worthy unreviewed claims, grouped by speaker,
each with its article and any earlier fact-check that matches it.

One home for the digest's shape, read by the API (/api/v1/digest/) and the `digest`
command alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.apps import apps
from django.db.models import F, Q, QuerySet

from claims.models import Claim, ClaimStatus
from factcheck.errors import ValidationFailed

DIGEST_LIMIT = 50
DIGEST_MAX_LIMIT = 500


def digest_date(value: str | None) -> dt.date:
    """The digest's day from a YYYY-MM-DD string: the one check for the API and the command."""
    value = (value or "").strip()
    if not value:
        raise ValidationFailed("date is required (YYYY-MM-DD)", code="invalid_date")
    try:
        # fromisoformat alone would also take 20240101 or a week date: the API promises YYYY-MM-DD.
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise ValidationFailed(f"{value[:40]!r} is not a date (YYYY-MM-DD)", code="invalid_date")


def digest_limit(value) -> int:
    if value in (None, ""):
        return DIGEST_LIMIT
    try:
        limit = int(value)
    except (TypeError, ValueError):
        limit = 0
    if not 1 <= limit <= DIGEST_MAX_LIMIT:
        raise ValidationFailed(f"limit must be a whole number from 1 to {DIGEST_MAX_LIMIT}", code="invalid_limit")
    return limit


def claims_of_day(day: dt.date) -> QuerySet[Claim]:
    """Unreviewed claims of the day: from articles published that day (UTC), or, for an
    article without a publication date, extracted that day. Most worth checking first;
    unscored claims last."""
    start = dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)
    if day < dt.date.max:
        end = start + dt.timedelta(days=1)
        published_that_day = Q(article__published_at__gte=start, article__published_at__lt=end)
        undated_extracted_that_day = Q(article__published_at__isnull=True, created_at__gte=start, created_at__lt=end)
    else:  # 9999-12-31 has no next day to stop before
        published_that_day = Q(article__published_at__gte=start)
        undated_extracted_that_day = Q(article__published_at__isnull=True, created_at__gte=start)
    return (
        Claim.objects.filter(status=ClaimStatus.UNREVIEWED)
        .filter(published_that_day | undated_extracted_that_day)
        .select_related("speaker", "article")
        .only(
            "id", "text", "checkworthiness", "created_at", "speaker_id", "article_id",
            "speaker__name", "speaker__kind", "article__title", "article__url", "article__outlet",
            "article__published_at",
        )
        .order_by(F("checkworthiness").desc(nulls_last=True), "-id")
    )


# A fact-check counts as matching a claim from this score up (factchecks.selectors: cosine
# of the embeddings plus up to FACTCHECK_SIMILAR_LEXICAL_WEIGHT for shared words and up to
# FACTCHECK_SIMILAR_CHAR_WEIGHT for shared trigrams): the nearest fact-check of an unrelated
# claim scores well below it. On the CheckThat! dev queries' top five, 0.8 keeps as many right
# fact-checks above it (146 of 189) as 0.7 did before the trigrams (147), with 31 others, not 42.
FACTCHECK_MIN_SCORE = 0.8
FACTCHECKS_PER_CLAIM = 3


def earlier_factchecks(claims: Sequence[Claim]) -> dict[int, list[dict]]:
    """Earlier fact-checks matching each claim, by claim id, best first, from the factchecks
    app when it is installed (factchecks.selectors.factchecks_for_claims); empty otherwise."""
    if not claims or not apps.is_installed("factchecks"):
        return {}
    try:
        from factchecks.selectors import factchecks_for_claims
    except ImportError:
        return {}
    found = factchecks_for_claims([claim.pk for claim in claims], limit=FACTCHECKS_PER_CLAIM)
    return {
        claim_id: [_factcheck_item(factcheck, score) for factcheck, score in hits if score >= FACTCHECK_MIN_SCORE]
        for claim_id, hits in found.items()
    }


def _factcheck_item(factcheck, score: float) -> dict:
    date = getattr(factcheck, "date_published", None)
    return {
        "id": factcheck.pk,
        "url": factcheck.url,
        "claim_reviewed": factcheck.claim_reviewed,
        "rating": getattr(factcheck, "rating_name", ""),
        "publisher": getattr(factcheck, "publisher_name", ""),
        "date_published": date.isoformat() if date else None,
        "score": round(float(score), 4),
    }


def daily_digest(day: dt.date, *, limit: int = DIGEST_LIMIT) -> dict:
    """{"date", "claim_count", "speakers": [{"speaker": {id, name, kind} | None, "claims": [...]}]}:
    the `limit` most check-worthy claims of the day; speakers ordered by their best claim,
    claims within a speaker best first. One query for the claims, plus the fact-check lookup (a few)."""
    claims = list(claims_of_day(day)[:limit])
    matches = earlier_factchecks(claims)
    groups: dict[int | None, dict] = {}
    for claim in claims:
        speaker = claim.speaker
        key = speaker.pk if speaker else None
        if key not in groups:
            groups[key] = {
                "speaker": {"id": speaker.pk, "name": speaker.name, "kind": speaker.kind} if speaker else None,
                "claims": [],
            }
        article = claim.article
        groups[key]["claims"].append({
            "id": claim.pk,
            "text": claim.text,
            "checkworthiness": claim.checkworthiness,
            "article": {"id": article.pk, "title": article.title, "url": article.url, "outlet": article.outlet},
            "factchecks": matches.get(claim.pk, []),
        })
    # Claims arrive best first, so dict order already puts each speaker at their best claim.
    return {"date": day.isoformat(), "claim_count": len(claims), "speakers": list(groups.values())}
