"""The stages that follow extraction, one service each: enrich, then match.

claims.pipeline decides their order and where they run; claims.tasks runs each
one on a worker. Both stages are idempotent, so a redelivered task or a sweep
that runs one twice does no harm.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from factcheck.errors import NotFound

from .enrichment import BATCH, claims_enrich
from .matching import MatchResult, match_article_claims
from .matching.bulk import update_rows
from .models import Article, Claim

logger = logging.getLogger(__name__)


def article_enrich(*, article_id: int) -> int:
    """Embed, then score for check-worthiness, every claim of the article that lacks
    either (claims.enrichment); returns how many claims it changed."""
    claims = list(
        Claim.objects.filter(article_id=article_id)
        .select_related("speaker")
        .only("pk", "start", "text", "content", "embedding", "checkworthiness", "speaker__name", "speaker__kind")
    )
    # Only an article without claims is looked up: one with claims exists.
    if not claims and not Article.objects.filter(pk=article_id).exists():
        raise NotFound(f"Article {article_id} does not exist.", code="article_not_found")
    changed = claims_enrich(claims)
    for start in range(0, len(changed), BATCH):
        update_rows(Claim, ["embedding", "checkworthiness"], changed[start : start + BATCH])
    return len(changed)


def article_match(*, article_id: int) -> MatchResult:
    """Group the article's claims with the same claims elsewhere and file its figures,
    then record that the article's path is finished, in the same transaction: one commit, and
    never an article matched but not marked so."""
    with transaction.atomic():
        result = match_article_claims(article_id=article_id)
        Article.objects.filter(pk=article_id).update(matched_at=timezone.now())
    return result
