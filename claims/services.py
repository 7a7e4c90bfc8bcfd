"""Writing articles, speakers and claims: validating an input, storing an article
with its claims, and (re-)extracting a stored one. claims.pipeline calls these and
decides what follows; nothing here enqueues work."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from factcheck import validation
from factcheck.errors import NotFound, ValidationFailed

from . import extraction
from .enrichment import claims_enrich
from .extraction import ExtractedClaim
from .matching.readings import ArticleReadings, extract_and_read
from .models import Article, Claim, ExtractionStatus, Quantity, Speaker
from .speakers import speaker_key

logger = logging.getLogger(__name__)

# Quantity.value is NUMERIC(28, 6): anything larger is an extraction error, not a figure.
_MAX_VALUE = Decimal(10) ** 21


@dataclass(frozen=True)
class ArticleInput:
    """One article as read from a file, a feed, a URL or the API, before it is stored."""

    body: str
    title: str = ""
    url: str | None = None
    outlet: str = ""
    author: str = ""
    published_at: datetime | None = None
    source: str = ""  # where it came from, for messages: a path, a URL, "stdin"


@dataclass(frozen=True)
class CleanArticle(ArticleInput):
    """An ArticleInput that article_input_clean has validated: never validated twice."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    claims: int = 0
    duplicate_reason: str = ""
    grouped: int = 0


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def article_input_clean(data: ArticleInput) -> CleanArticle:
    """Validate one input; raise ValidationFailed with a reason a person can act on.

    Every field passes factcheck.validation, the edge check the API and the admin
    share, so nothing stored can later break a query, a page or an export."""
    if isinstance(data, CleanArticle):
        return data
    body = data.body
    if not isinstance(body, str) or not body.strip():
        raise ValidationFailed("the article body is empty", code="empty_body")
    validation.clean_text(body, what="the body")
    if len(body) > settings.FACTCHECK_MAX_ARTICLE_CHARS:
        raise ValidationFailed(
            f"the body has {len(body):,} characters, more than the limit of {settings.FACTCHECK_MAX_ARTICLE_CHARS:,}",
            code="body_too_large",
        )
    fields = {}
    for name, limit in (("title", 500), ("outlet", 200), ("author", 300)):
        fields[name] = validation.clean_text((getattr(data, name) or "").strip()[:limit], what=f"the {name}")
    url = (data.url or "").strip() or None
    if url:
        validation.clean_url(url)
    return CleanArticle(
        body=body,
        url=url,
        published_at=validation.clean_datetime(data.published_at, what="the publication date"),
        source=data.source,
        **fields,
    )


def article_find_duplicate(data: ArticleInput) -> IngestResult | None:
    """The outcome of ingesting an input that repeats a stored article (the same text),
    with why; None when it repeats none.

    The same URL with other text is no duplicate: it is a correction, stored as a
    new revision of the article at that URL (article_previous_revision)."""
    article = Article.objects.filter(content_hash=content_hash(data.body)).first()
    if article:
        return IngestResult(article=article, created=False, duplicate_reason="same text")
    return None


def article_previous_revision(url: str | None) -> Article | None:
    """The current article at this URL, which a changed text at the URL supersedes."""
    if not url:
        return None
    return Article.objects.filter(url=url, superseded_at__isnull=True).first()


def _article_create(data: ArticleInput, **fields) -> Article:
    """Insert the article; when the URL holds an older text, the new one is its revision
    and the old one is marked superseded (its reviewed claims stay with it, and stay
    reachable from the revision). The caller holds the transaction."""
    previous = article_previous_revision(data.url)
    if previous is not None:
        previous = Article.objects.select_for_update().get(pk=previous.pk)
        previous.superseded_at = timezone.now()
        previous.save(update_fields=["superseded_at", "updated_at"])
    return Article.objects.create(
        body=data.body,
        content_hash=content_hash(data.body),
        title=data.title,
        url=data.url,
        outlet=data.outlet,
        author=data.author,
        published_at=data.published_at,
        revision_of=previous,
        **fields,
    )


def _stored_once(data: CleanArticle, create) -> IngestResult:
    """Run create() in a transaction; when a concurrent process stored the same
    article first, the unique keys refuse ours and the stored one is the result.
    When it stored another text at the same URL first, ours becomes the next revision."""
    for attempt in range(2):
        try:
            with transaction.atomic():
                return create()
        except IntegrityError:
            duplicate = article_find_duplicate(data)
            if duplicate:
                return duplicate
            if attempt or not data.url:
                raise
    raise AssertionError("unreachable")


def article_ingest(
    *,
    data: ArticleInput,
    extracted: Sequence[ExtractedClaim] | None = None,
    vectors: Mapping[str, bytes] | None = None,
    readings: ArticleReadings | None = None,
) -> IngestResult:
    """Store one article and its claims in one transaction.

    `extracted` lets a caller that screened and parsed a batch pass the result
    (with `readings`, what its numbers count as read from the same parse, and
    `vectors`, the claims' vectors by embedding text, when it embedded them
    too: the claims are then stored enriched); otherwise the article is looked up
    (so a duplicate is never parsed) and extracted here. Ingesting the same text
    (or URL) again creates nothing.
    """
    data = article_input_clean(data)
    if extracted is None:
        duplicate = article_find_duplicate(data)
        if duplicate:
            return duplicate
        [(extracted, readings)] = extract_and_read([data.body])
    extracted, note = claims_capped(extracted)

    def create() -> IngestResult:
        article = _article_create(
            data,
            extraction_status=ExtractionStatus.DONE,
            extraction_error=note,
            extractor_version=extraction.EXTRACTOR_VERSION,
            extracted_at=timezone.now(),
        )
        stored = claims_store(article=article, extracted=extracted, vectors=vectors, readings=readings)
        return IngestResult(article=article, created=True, claims=stored)

    return _stored_once(data, create)


def article_store_pending(*, data: ArticleInput) -> IngestResult:
    """Store an article without its claims, for extraction later (claims.pipeline)."""
    data = article_input_clean(data)
    duplicate = article_find_duplicate(data)
    if duplicate:
        return duplicate
    return _stored_once(
        data, lambda: IngestResult(article=_article_create(data, extraction_status=ExtractionStatus.PENDING), created=True)
    )


def article_extract(*, article_id: int, force: bool = False) -> int:
    """(Re-)extract a stored article; returns the number of claims it now has from this run.

    Idempotent: an article already extracted by this extractor version is left
    alone unless forced. Unreviewed machine claims are replaced; a claim a
    reviewer has acted on is never touched.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"Article {article_id} does not exist.", code="article_not_found")
    if (
        not force
        and article.extraction_status == ExtractionStatus.DONE
        and article.extractor_version == extraction.EXTRACTOR_VERSION
    ):
        return 0
    Article.objects.filter(pk=article_id).update(extraction_status=ExtractionStatus.PROCESSING, extraction_error="")
    try:
        [(extracted, readings)] = extract_and_read([article.body])
        return _extracted_store(article_id, extracted, readings)
    except Exception as exc:
        # Never left "processing" with an empty error: the reason is recorded, and the
        # task's retry (or the sweep, or an editor's re-run) starts again from here.
        article_mark_failed(article_id=article_id, error=f"{type(exc).__name__}: {exc}")
        raise


def _extracted_store(article_id: int, extracted: Sequence[ExtractedClaim], readings: ArticleReadings) -> int:
    """Replace the article's machine claims by a new extraction, keeping what it does not change.

    An untouched claim whose span the new extraction finds again keeps its row: its id,
    its group and its figures' values stay. Untouched claims the extraction no longer
    finds are deleted; a claim a reviewer has acted on is never touched. The untouched
    rows are locked before they are chosen, so a review that starts meanwhile either
    waits for this transaction (and finds its claim kept or gone) or, having started
    first, takes its claim out of the untouched ones."""
    extracted, note = claims_capped(extracted)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        spans = {(c.start, c.end) for c in extracted}
        untouched = article.claims.untouched().select_for_update(of=("self",)).values_list("pk", "start", "end")
        gone = [pk for pk, start, end in untouched if (start, end) not in spans]
        if gone:
            Claim.objects.filter(pk__in=gone).delete()
        kept = set(article.claims.values_list("start", "end"))
        count = claims_store(
            article=article, extracted=[c for c in extracted if (c.start, c.end) not in kept], readings=readings
        )
        article.extraction_status = ExtractionStatus.DONE
        article.extraction_error = note
        article.extractor_version = extraction.EXTRACTOR_VERSION
        article.extracted_at = timezone.now()
        article.matched_at = None  # new claims: the path runs on from here
        article.save(
            update_fields=[
                "extraction_status", "extraction_error", "extractor_version", "extracted_at", "matched_at", "updated_at"
            ]
        )
    return count


def article_mark_failed(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(
        extraction_status=ExtractionStatus.FAILED, extraction_error=error[:5000], updated_at=timezone.now()
    )


def speakers_resolve(named: Sequence[tuple[str, str, Sequence[str]]]) -> list[Speaker]:
    """The one Speaker row of each (name, kind, aliases), whatever article names it,
    creating the missing ones and adding new aliases, with the outcome of resolving
    each in turn, in a fixed
    number of queries: one SELECT, one INSERT .. ON CONFLICT DO NOTHING for the missing
    rows (a concurrent ingest may create the same speaker), one re-SELECT of those, and
    one UPDATE of the aliases when some are new."""
    wanted = []
    for name, kind, aliases in named:
        kind = kind if kind in Speaker.Kind.values else Speaker.Kind.OTHER
        name = " ".join(name.split())[:300]
        wanted.append((speaker_key(name, kind), kind, name, aliases))
    if not wanted:
        return []

    def select(pairs) -> dict[tuple[str, str], Speaker]:
        rows = Speaker.objects.filter(key__in={k for k, _ in pairs}, kind__in={kind for _, kind in pairs})
        return {(s.key, s.kind): s for s in rows if (s.key, s.kind) in pairs}

    pairs = {(key, kind) for key, kind, _, _ in wanted}
    found = select(pairs)
    found |= _known_by_surname({key for key, kind in pairs - found.keys() if kind == Speaker.Kind.PERSON and " " not in key})
    missing: dict[tuple[str, str], Speaker] = {}
    for key, kind, name, _ in wanted:  # in order: the first name met becomes the row's name
        if (key, kind) not in found and (key, kind) not in missing:
            missing[(key, kind)] = Speaker(key=key, kind=kind, name=name, aliases=[])
    if missing:
        Speaker.objects.bulk_create(missing.values(), ignore_conflicts=True)
        found |= select(set(missing))
    changed: dict[int, Speaker] = {}
    for key, kind, name, aliases in wanted:
        speaker = found[(key, kind)]
        new_aliases = [a for a in dict.fromkeys([name, *aliases]) if a and a != speaker.name and a not in speaker.aliases]
        if new_aliases:
            speaker.aliases = [*speaker.aliases, *new_aliases][:50]
            changed[speaker.pk] = speaker
    if changed:
        now = timezone.now()
        for speaker in changed.values():
            speaker.updated_at = now
        Speaker.objects.bulk_update(changed.values(), ["aliases", "updated_at"])
    return [found[(key, kind)] for key, kind, _, _ in wanted]


def _known_by_surname(surnames: set[str]) -> dict[tuple[str, str], Speaker]:
    """An article that names a person by surname alone ("Netanyahu") means the one
    person of that surname already known, when there is exactly one; with two or
    none, the surname stays a speaker of its own rather than a guess."""
    if not surnames:
        return {}
    by_surname: dict[str, list[Speaker]] = {}
    query = Q()
    for surname in surnames:
        query |= Q(key__endswith=f" {surname}")
    for speaker in Speaker.objects.filter(query, kind=Speaker.Kind.PERSON):
        by_surname.setdefault(speaker.key.rsplit(" ", 1)[-1], []).append(speaker)
    return {
        (surname, Speaker.Kind.PERSON): people[0]
        for surname, people in by_surname.items()
        if surname in surnames and len(people) == 1
    }


def claims_capped(extracted: Sequence[ExtractedClaim]) -> tuple[list[ExtractedClaim], str]:
    """The claims an article keeps (its first FACTCHECK_MAX_CLAIMS_PER_ARTICLE, in reading
    order) and, when some were left out, the note its page shows: every stage after
    extraction costs in proportion to the claims, so this is the article's cost cap."""
    limit = settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE
    ordered = sorted(extracted, key=lambda c: (c.start, c.end))
    if len(ordered) <= limit:
        return ordered, ""
    last = ordered[limit - 1].end
    return ordered[:limit], (
        f"Only the first {limit:,} of {len(ordered):,} claims were kept (up to character {last:,}): "
        "the limit FACTCHECK_MAX_CLAIMS_PER_ARTICLE bounds the work one article can cost. "
        "Split the document to check the rest."
    )


def claims_store(
    *,
    article: Article,
    extracted: Sequence[ExtractedClaim],
    vectors: Mapping[str, bytes] | None = None,
    readings: ArticleReadings | None = None,
) -> int:
    """Insert extracted claims and their quantities for a stored article (caller holds the transaction).

    Given the claims' vectors (by embedding text), the claims are enriched before they are
    inserted, so that each row is written once; given what their numbers count (the article's
    readings), each quantity keeps its reading for the matcher."""
    readings = readings or {}
    items = []
    seen: set[tuple[int, int]] = set()
    for item in extracted:
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            items.append(item)
    # The article's speakers, all at once, as speakers_resolve would give them one by one.
    named = {}
    for item in items:
        attribution = item.attribution
        if attribution is not None and attribution.speaker:
            named.setdefault((attribution.speaker, attribution.speaker_kind), attribution.speaker_aliases)
    speakers = dict(zip(named, speakers_resolve([(n, k, aliases) for (n, k), aliases in named.items()]), strict=True))
    claims, quantities = [], []
    for item in items:
        attribution = item.attribution
        speaker = None
        if attribution is not None and attribution.speaker:
            speaker = speakers[(attribution.speaker, attribution.speaker_kind)]
        # One quantity per span; a value too large for the column is an extraction error.
        kept_quantities = list({(q.start, q.end): q for q in item.quantities if abs(q.value) < _MAX_VALUE}.values())
        claims.append(
            Claim(
                article=article,
                start=item.start,
                end=item.end,
                text=item.text,
                is_attributed=attribution is not None,
                speaker=speaker,
                content_start=attribution.content_start if attribution else None,
                content_end=attribution.content_end if attribution else None,
                content=attribution.content if attribution else "",
                direct=attribution.direct if attribution else None,
                cue=(attribution.cue or "")[:100] if attribution else "",
                is_numeric=bool(kept_quantities),
                extractor_version=extraction.EXTRACTOR_VERSION,
            )
        )
        quantities.append(kept_quantities)
    if vectors is not None:
        claims_enrich(claims, vectors)
    Claim.objects.bulk_create(claims)
    Quantity.objects.bulk_create(
        Quantity(
            claim=claim,
            value=q.value,
            text=q.text[:200],
            start=q.start,
            end=q.end,
            qualifier=q.qualifier,
            subject=(q.subject or "")[:200],
            unit=(q.unit or "")[:20],
            counted=None if (reading := readings.get((claim.start, claim.end, q.start, q.end))) is None else reading.as_json(),
        )
        for claim, qs in zip(claims, quantities, strict=True)
        for q in qs
    )
    return len(claims)
