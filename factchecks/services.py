"""Writing the fact-check library: validating a ClaimReview, importing many in batches,
recording this newsroom's own published verdicts, and embedding rows that lack a vector.

The admin, the API, the import command and (later) the pipeline call these; nothing
here enqueues work.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims.models import Claim, ClaimStatus
from factcheck import embeddings
from factcheck.errors import ValidationFailed

from .models import FactCheck, FactCheckSource, LibraryVersion

# Rows embedded and written per batch: the model encodes a batch in one call.
IMPORT_BATCH = 256
MAX_TEXT_CHARS = 10_000
_validate_url = URLValidator(schemes=["http", "https"])
# Our verdicts as ClaimReview ratings (the same scale claims.api.claimreview exports).
VERDICT_RATINGS = {
    ClaimStatus.VERIFIED: (3.0, "True"),
    ClaimStatus.UNVERIFIABLE: (2.0, "Unverifiable"),
    ClaimStatus.DISPUTED: (1.0, "False"),
    ClaimStatus.NOT_A_CLAIM: (None, "Not a claim"),
}


@dataclass(frozen=True)
class FactCheckInput:
    """One ClaimReview, validated, as FactCheck fields."""

    url: str
    claim_reviewed: str
    title: str = ""
    claimant: str = ""
    rating_name: str = ""
    rating_value: float | None = None
    publisher_name: str = ""
    publisher_url: str = ""
    date_published: date | None = None


@dataclass
class ImportResult:
    created: int = 0
    duplicate: int = 0
    # (index into the items given, reason) for every item refused.
    failures: list[tuple[int, str]] = field(default_factory=list)


def factcheck_text(claim_reviewed: str, title: str = "") -> str:
    """The words a fact-check is matched on (BM25): the claim, then the fact-check's headline,
    which often names who and what the claim is about in other words. The vector is of the
    claim alone: on the CheckThat! train queries, embedding the claim with its headline
    scored lower than the claim alone (MAP@5 0.80 vs 0.82), and a second vector for the
    headline added only 0.001 after re-ranking, for twice the import time."""
    claim_reviewed, title = claim_reviewed.strip(), title.strip()
    if not title or title == claim_reviewed:
        return claim_reviewed
    return f"{claim_reviewed} {title}"


# Quote marks a feed may straighten or curl when it republishes the same fact-check.
_QUOTE_MARKS = str.maketrans("", "", "\"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f")


def factcheck_copy_key(claim_reviewed: str, publisher_name: str) -> tuple[str, str]:
    """What makes two rows copies of one fact-check: the same publisher and the same claim,
    letter for letter but for case, spacing and quote marks. A library fed from several feeds
    holds such copies under different URLs (the shared CheckThat! library has 184 pairs, one
    with straight quotes and one with curly or single ones); a reviewer is shown one of them.
    Two publishers checking the same claim are two fact-checks, and both are shown."""
    claim = " ".join(claim_reviewed.translate(_QUOTE_MARKS).casefold().split())
    return publisher_name.strip().casefold(), claim


# --- Validating one ClaimReview -------------------------------------------------------


def _text(value, what: str, *, max_length: int = MAX_TEXT_CHARS) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationFailed(f"{what} is not text")
    value = " ".join(value.split())
    if "\x00" in value:
        raise ValidationFailed(f"{what} contains NUL bytes")
    if len(value) > max_length:
        raise ValidationFailed(f"{what} is longer than {max_length:,} characters")
    return value


def _url(value, what: str, *, required: bool) -> str:
    value = _text(value, what, max_length=2000)
    if not value:
        if required:
            raise ValidationFailed(f"{what} is missing")
        return ""
    try:
        _validate_url(value)
    except ValidationError:
        raise ValidationFailed(f"{what} is not an http(s) URL: {value[:100]!r}") from None
    return value


def _first(value):
    """schema.org allows one value or a list of them almost everywhere."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _name(value, what: str) -> str:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value, what, max_length=500)


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValidationFailed("datePublished is not text")
    try:
        parsed = parse_datetime(value.strip()) or parse_date(value.strip())
    except (ValueError, OverflowError) as exc:
        raise ValidationFailed(f"datePublished {value[:40]!r} is not a real date ({exc})") from None
    if parsed is None:
        raise ValidationFailed(f"datePublished {value[:40]!r} is not an ISO 8601 date")
    return parsed.date() if hasattr(parsed, "date") else parsed


def _rating_value(value) -> float | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise ValidationFailed("reviewRating.ratingValue is not a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationFailed(f"reviewRating.ratingValue {str(value)[:40]!r} is not a number") from None
    if not math.isfinite(number):
        raise ValidationFailed("reviewRating.ratingValue is not a finite number")
    return number


def factcheck_from_claimreview(item) -> FactCheckInput:
    """Validate one schema.org ClaimReview; raise ValidationFailed with a reason a person can act on."""
    if not isinstance(item, dict):
        raise ValidationFailed(f"a ClaimReview is a JSON object, not {type(item).__name__}")
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if item.get("@type") is not None and not any(str(k).rsplit("/", 1)[-1] == "ClaimReview" for k in kinds):
        raise ValidationFailed(f"@type is {item.get('@type')!r}, not ClaimReview")
    claim_reviewed = _text(item.get("claimReviewed"), "claimReviewed")
    if not claim_reviewed:
        raise ValidationFailed("claimReviewed is missing or empty")
    reviewed = _first(item.get("itemReviewed"))
    rating = _first(item.get("reviewRating"))
    if rating is not None and not isinstance(rating, dict):
        raise ValidationFailed("reviewRating is not an object")
    rating = rating or {}
    publisher = _first(item.get("author")) or _first(item.get("publisher"))
    return FactCheckInput(
        url=_url(item.get("url"), "url", required=True),
        claim_reviewed=claim_reviewed,
        title=_text(item.get("name") or item.get("headline"), "name"),
        claimant=_name(reviewed.get("author"), "itemReviewed.author") if isinstance(reviewed, dict) else "",
        rating_name=_text(rating.get("alternateName") or rating.get("name"), "reviewRating.alternateName", max_length=200),
        rating_value=_rating_value(rating.get("ratingValue")),
        publisher_name=_name(publisher, "author"),
        publisher_url=_url(publisher.get("url"), "author.url", required=False) if isinstance(publisher, dict) else "",
        date_published=_date(item.get("datePublished")),
    )


# --- Importing ---------------------------------------------------------------------------


def factchecks_import(items: Sequence[dict | FactCheckInput]) -> ImportResult:
    """Validate and store ClaimReview items; those already stored (by url) are left as they are.

    Only new rows are embedded, in one batch per IMPORT_BATCH items, so importing a feed
    again costs a lookup, not the model. A refused item is reported by its index and the
    others still go in."""
    result = ImportResult()
    for start in range(0, len(items), IMPORT_BATCH):
        _import_batch(items[start : start + IMPORT_BATCH], start, result)
    return result


def _import_batch(items: Sequence, offset: int, result: ImportResult) -> None:
    fresh: dict[str, FactCheckInput] = {}
    for index, item in enumerate(items, start=offset):
        try:
            clean = item if isinstance(item, FactCheckInput) else factcheck_from_claimreview(item)
        except ValidationFailed as exc:
            result.failures.append((index, exc.message))
            continue
        if clean.url in fresh:
            result.duplicate += 1
        else:
            fresh[clean.url] = clean
    known = set(FactCheck.objects.filter(url__in=list(fresh)).values_list("url", flat=True))
    result.duplicate += len(known)
    new = [item for url, item in fresh.items() if url not in known]
    if not new:
        return
    vectors = embeddings.embed([item.claim_reviewed for item in new])
    rows = [
        FactCheck(**{f.name: getattr(item, f.name) for f in fields(FactCheckInput)}, embedding=embeddings.to_bytes(vector))
        for item, vector in zip(new, vectors, strict=True)
    ]
    # ON CONFLICT (url) DO NOTHING: a concurrent import of the same feed neither fails nor doubles.
    FactCheck.objects.bulk_create(rows, ignore_conflicts=True)
    factchecks_library_changed()
    result.created += len(new)


def factchecks_library_changed() -> None:
    """Tell every process's similarity index that the library changed. Writes through the
    ORM's save and delete call this from a signal (factchecks.apps); bulk writes call it here."""
    # A random number, not a counter: a counter rolled back (a failed import, a restored
    # backup) and advanced again could repeat a value some process has already seen.
    version = secrets.randbits(62)
    if not LibraryVersion.objects.filter(pk=1).update(version=version):
        LibraryVersion.objects.update_or_create(pk=1, defaults={"version": version})


# --- This newsroom's verdicts ------------------------------------------------------------


def factcheck_record_verdict(*, claim: Claim, url: str) -> FactCheck:
    """Upsert the library row of this newsroom's published verdict on `claim`, so a later claim
    finds it like any imported fact-check. `url` is the verdict's public page (the caller knows
    where it is published). Embedded here: one claim costs one short model call."""
    if claim.published_at is None:
        raise ValidationFailed(f"Claim {claim.pk} has no published verdict.", code="not_published")
    url = _url(url, "url", required=True)
    rating_value, rating_name = VERDICT_RATINGS[ClaimStatus(claim.status)]
    text = claim.content or claim.text
    organization = _organization()
    values = {
        "url": url,
        "claim_reviewed": text,
        "claimant": claim.speaker.name if claim.speaker_id else "",
        "rating_name": rating_name,
        "rating_value": rating_value,
        "publisher_name": organization["name"],
        "publisher_url": organization["url"],
        "date_published": timezone.localdate(claim.published_at),
        "source": FactCheckSource.NEWSROOM,
        "embedding": bytes(claim.embedding) if claim.embedding else embeddings.to_bytes(embeddings.embed_one(text)),
    }
    with transaction.atomic():
        factcheck, _ = FactCheck.objects.select_for_update().update_or_create(claim=claim, defaults=values)
    return factcheck


def factcheck_withdraw_verdict(*, claim_id: int) -> int:
    """Take a reopened verdict out of the library: it is no longer this newsroom's finding."""
    deleted, _ = FactCheck.objects.filter(claim_id=claim_id, source=FactCheckSource.NEWSROOM).delete()
    return deleted


def _organization() -> dict:
    from django.conf import settings

    return settings.FACTCHECK_ORGANIZATION


def factchecks_embed_missing(*, batch_size: int = IMPORT_BATCH, limit: int | None = None) -> int:
    """Embed the rows stored without a vector, in batches; returns how many were embedded."""
    done = 0
    while limit is None or done < limit:
        size = batch_size if limit is None else min(batch_size, limit - done)
        rows = list(
            FactCheck.objects.filter(embedding__isnull=True).order_by("id").values_list("id", "claim_reviewed")[:size]
        )
        if not rows:
            break
        vectors = embeddings.embed([claim_reviewed for _, claim_reviewed in rows])
        now = timezone.now()
        with transaction.atomic():
            for (pk, _), vector in zip(rows, vectors, strict=True):
                # updated_at moves so the similarity index of every process picks the vector up.
                FactCheck.objects.filter(pk=pk, embedding__isnull=True).update(
                    embedding=embeddings.to_bytes(vector), updated_at=now
                )
            factchecks_library_changed()
        done += len(rows)
    return done


def factchecks_iter_batches(items: Iterable, size: int) -> Iterable[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
