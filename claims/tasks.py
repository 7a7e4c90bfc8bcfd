"""Celery tasks: one stage of claims.pipeline each, thin wrappers that fetch by id
and call a service. claims.pipeline chains them; no task decides what follows it.

Acknowledged late (settings), idempotent (each stage skips work already done) and
retried with exponential backoff on transient database errors.
"""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from factcheck.errors import NotFound

from . import services, stages

logger = logging.getLogger(__name__)

# Transient database trouble (a restart, a dropped connection) is retried with
# exponential backoff and jitter; anything else fails the task at once.
RETRYING = {
    "acks_late": True,
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 8,
}


@shared_task(bind=True, **RETRYING)
def extract_article(self, article_id: int, force: bool = False) -> int:
    try:
        return services.article_extract(article_id=article_id, force=force)
    except NotFound:
        # Deleted before the worker got to it: nothing to do, and nothing to retry.
        logger.warning("article %s no longer exists; extraction skipped", article_id)
        return 0


@shared_task(bind=True, **RETRYING)
def enrich_article(self, article_id: int) -> int:
    """Embed and score the article's claims (idempotent)."""
    try:
        return stages.article_enrich(article_id=article_id)
    except NotFound:
        logger.warning("article %s no longer exists; enrichment skipped", article_id)
        return 0


@shared_task(bind=True, **RETRYING)
def match_article(self, article_id: int) -> int:
    """Group one article's claims with the same claims elsewhere and file its figures (idempotent)."""
    try:
        return stages.article_match(article_id=article_id).grouped
    except NotFound:
        logger.warning("article %s no longer exists; matching skipped", article_id)
        return 0

