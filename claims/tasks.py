"""Celery tasks: thin wrappers that fetch by id and call a service.

Enqueued with transaction.on_commit, acknowledged late (settings), idempotent
(the service skips an article already extracted by this extractor version) and
retried with exponential backoff on transient database errors.
"""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from factcheck.errors import NotFound

from . import matching, services

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
        count = services.article_extract(article_id=article_id, force=force)
    except NotFound:
        # Deleted before the worker got to it: nothing to do, and nothing to retry.
        logger.warning("article %s no longer exists; extraction skipped", article_id)
        return 0
    # The extraction has committed: matching is its own task, so a matching
    # failure retries the matching alone, never the extraction.
    match_article.delay(article_id)
    return count


@shared_task(bind=True, **RETRYING)
def match_article(self, article_id: int) -> int:
    """Group one article's claims with the same claims elsewhere and file its figures (idempotent)."""
    try:
        return matching.match_article_claims(article_id=article_id).grouped
    except NotFound:
        logger.warning("article %s no longer exists; matching skipped", article_id)
        return 0
