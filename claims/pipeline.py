"""The path of an article, decided here and nowhere else.

    store -> extract -> enrich (embed and score each claim) -> match

Storing (with extraction, when the caller already parsed the text) happens in the
caller's process. What follows runs inline or on the Celery queue, and this
module decides which: the ingest command, the API's submission, the admin's
re-run, the sweep and the Celery tasks all come through here. The stages
themselves are services (claims.services for extraction, claims.stages after it);
the tasks in claims.tasks are one stage each. This module imports the tasks;
services never do.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from celery import chain, shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from factcheck.errors import NotFound

from . import services, stages, tasks
from .extraction import ExtractedClaim
from .matching.readings import ArticleReadings
from .models import Article, ExtractionStatus
from .services import ArticleInput, CleanArticle, IngestResult

logger = logging.getLogger(__name__)


def queue_available() -> bool:
    """Whether a broker takes work off this process (without one, Celery runs tasks eagerly)."""
    return not settings.CELERY_TASK_ALWAYS_EAGER


# --- the stages after storing, inline or as one Celery chain -----------------------


@dataclass(frozen=True)
class ProcessResult:
    article_id: int
    claims: int = 0  # claims the extraction stored (0 when it had nothing to do)
    grouped: int = 0  # claims newly grouped with claims elsewhere
    queued: bool = False


def article_process(*, article_id: int, extract: bool = True, force: bool = False) -> ProcessResult:
    """Run the stages after storing, here and now, in order: extract (unless the
    caller stored the claims already), enrich, match. Each stage is idempotent."""
    claims = services.article_extract(article_id=article_id, force=force) if extract else 0
    stages.article_enrich(article_id=article_id)
    grouped = stages.article_match(article_id=article_id).grouped
    return ProcessResult(article_id=article_id, claims=claims, grouped=grouped)


def article_process_later(*, article_id: int, extract: bool = True, force: bool = False) -> None:
    """The same stages as one Celery chain, sent once the caller's transaction commits.

    Each link is its own task, acknowledged late and retried on its own: a matching
    failure retries the matching alone, never the extraction."""
    links = [tasks.enrich_article.si(article_id), tasks.match_article.si(article_id)]
    if extract:
        links.insert(0, tasks.extract_article.si(article_id, force=force))
    # robust: a broker hiccup is logged, not raised at a caller whose article is
    # already saved; the sweep finishes that article later.
    transaction.on_commit(lambda: chain(*links).delay(), robust=True)


# --- entry points ---------------------------------------------------------------


def article_screen(data: ArticleInput) -> tuple[CleanArticle, IngestResult | None]:
    """Validate one input (raises ValidationFailed) and find the article it repeats.

    Callers that work in batches screen first, so a duplicate is never parsed."""
    clean = services.article_input_clean(data)
    return clean, services.article_find_duplicate(clean)


def article_ingest(
    *,
    data: ArticleInput | CleanArticle,
    extracted: Sequence[ExtractedClaim] | None = None,
    vectors: Mapping[str, bytes] | None = None,
    readings: ArticleReadings | None = None,
) -> IngestResult:
    """Store one article with its claims now, then enrich and match it now.

    The ingest command's default: the whole path in this process, so its summary
    counts what is really there. A failure after storing leaves the article
    stored and unmatched, for the sweep; it is logged, not raised."""
    result = services.article_ingest(data=data, extracted=extracted, vectors=vectors, readings=readings)
    if result.created:
        try:
            processed = article_process(article_id=result.article.pk, extract=False)
        except Exception:  # noqa: BLE001 - stored is stored: the sweep finishes the rest
            logger.exception("article %s is stored but was not enriched and matched", result.article.pk)
        else:
            return IngestResult(article=result.article, created=True, claims=result.claims, grouped=processed.grouped)
    return result


def article_submit(*, data: ArticleInput | CleanArticle) -> IngestResult:
    """Store an article now and run every later stage on the queue (inline without a broker).

    Submitting again an article whose path never finished (a broker that was down, a
    killed worker) queues it again rather than answering "duplicate" for ever."""
    result = services.article_store_pending(data=data)
    if result.created:
        # Without a broker Celery runs the chain eagerly, in this process, after the commit.
        article_process_later(article_id=result.article.pk)
    elif article_resume(article_id=result.article.pk, inline=False):
        return IngestResult(
            article=result.article,
            created=False,
            duplicate_reason=f"{result.duplicate_reason}; its processing had not finished, so it is queued again",
        )
    return result


# --- unfinished work: the sweep, and a re-submission ------------------------------


def _unfinished(*, cutoff=None):
    """Articles whose path stopped before its end: pending, processing, or extracted and
    never matched; with a cutoff, only those nobody has touched since."""
    queryset = Article.objects.filter(
        Q(extraction_status__in=[ExtractionStatus.PENDING, ExtractionStatus.PROCESSING])
        | Q(extraction_status=ExtractionStatus.DONE, matched_at__isnull=True)
    )
    return queryset if cutoff is None else queryset.filter(updated_at__lt=cutoff)


def article_resume(*, article_id: int, inline: bool | None = None, cutoff=None) -> bool:
    """Run the rest of an unfinished article's path: True when this call took it on.

    A conditional UPDATE on the row's updated_at (Sentry's pattern) is the claim: of two
    sweeps, or a sweep and a re-submission, one finds the row touched and leaves it.
    The sweep passes a cutoff so that an article a worker is busy with now is not
    raced; a person submitting the article again is asking, and gets it at once."""
    seen = _unfinished(cutoff=cutoff).filter(pk=article_id).values_list("updated_at", flat=True).first()
    if seen is None:
        return False
    if not Article.objects.filter(pk=article_id, updated_at=seen).update(updated_at=timezone.now()):
        return False
    if inline is None:
        inline = not queue_available()
    if inline:
        article_process(article_id=article_id)
    else:
        article_process_later(article_id=article_id)
    return True


@dataclass(frozen=True)
class SweepResult:
    resumed: list[int]
    failed: list[tuple[int, str]]


def articles_sweep(*, limit: int = 200, inline: bool | None = None) -> SweepResult:
    """Finish the articles whose path stopped (the periodic task and `manage.py sweep`).

    Idempotent: each stage skips what is done, and each article is taken by one
    sweep only. One article's failure is recorded and the others go on."""
    resumed, failed = [], []
    cutoff = timezone.now() - timedelta(seconds=settings.FACTCHECK_SWEEP_AFTER_SECONDS)
    candidates = list(_unfinished(cutoff=cutoff).order_by("updated_at").values_list("pk", flat=True)[:limit])
    for article_id in candidates:
        try:
            if article_resume(article_id=article_id, inline=inline, cutoff=cutoff):
                resumed.append(article_id)
        except Exception as exc:  # noqa: BLE001 - one article's trouble never stops the sweep
            logger.exception("sweep: article %s could not be finished", article_id)
            failed.append((article_id, f"{type(exc).__name__}: {exc}"))
    return SweepResult(resumed=resumed, failed=failed)


def article_rerun(*, article_id: int) -> ProcessResult:
    """Re-extract an article (after a new extractor, or on an editor's request), then
    enrich and match it again: on the queue when there is one, else here."""
    if not Article.objects.filter(pk=article_id).exists():
        raise NotFound(f"Article {article_id} does not exist.", code="article_not_found")
    if queue_available():
        article_process_later(article_id=article_id, force=True)
        return ProcessResult(article_id=article_id, queued=True)
    return article_process(article_id=article_id, force=True)


@shared_task(bind=True, **tasks.RETRYING)
def sweep_articles(self) -> int:
    """Celery beat's periodic sweep (settings.CELERY_BEAT_SCHEDULE). It lives here, not in
    claims.tasks, because it runs the pipeline and claims.tasks never imports this
    module; settings.CELERY_IMPORTS registers it on the workers."""
    result = articles_sweep(inline=False)
    for article_id, reason in result.failed:
        logger.warning("sweep: article %s failed: %s", article_id, reason)
    return len(result.resumed)
