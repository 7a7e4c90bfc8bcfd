"""Celery tasks: thin wrappers that fetch by id and call a service.

Enqueued with transaction.on_commit, acknowledged late (settings), idempotent
(the service skips an article already extracted by this extractor version) and
retried with exponential backoff on transient database errors.
"""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from factcheck.errors import NotFound

from . import services

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=8,
)
def extract_article(self, article_id: int, force: bool = False) -> int:
    try:
        return services.article_extract(article_id=article_id, force=force)
    except NotFound:
        # Deleted before the worker got to it: nothing to do, and nothing to retry.
        logger.warning("article %s no longer exists; extraction skipped", article_id)
        return 0
