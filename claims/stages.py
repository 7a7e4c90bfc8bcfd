"""The stages that follow extraction, one service each: enrich, then match.

claims.pipeline decides their order and where they run; claims.tasks runs each
one on a worker. Both stages are idempotent, so a redelivered task or a sweep
that runs one twice does no harm.
"""

from __future__ import annotations

import logging

from django.utils import timezone

from factcheck import embeddings
from factcheck.errors import NotFound

from .matching import MatchResult, match_article_claims
from .models import Article, Claim

logger = logging.getLogger(__name__)

BATCH = 256


def claim_embedding_text(claim: Claim) -> str:
    """What a claim says, for similarity: the attributed content, else the statement."""
    return claim.content or claim.text


def article_enrich(*, article_id: int) -> int:
    """Embed and score every claim of the article that lacks it; returns how many."""
    if not Article.objects.filter(pk=article_id).exists():
        raise NotFound(f"Article {article_id} does not exist.", code="article_not_found")
    claims = list(
        Claim.objects.filter(article_id=article_id, embedding__isnull=True).only("pk", "text", "content", "speaker_id")
    )
    for start in range(0, len(claims), BATCH):
        batch = claims[start : start + BATCH]
        vectors = embeddings.embed([claim_embedding_text(c) for c in batch])
        for claim, vector in zip(batch, vectors, strict=True):
            claim.embedding = embeddings.to_bytes(vector)
        Claim.objects.bulk_update(batch, ["embedding"])
    return len(claims)


def article_match(*, article_id: int) -> MatchResult:
    """Group the article's claims with the same claims elsewhere and file its figures,
    then record that the article's path is finished."""
    result = match_article_claims(article_id=article_id)
    Article.objects.filter(pk=article_id).update(matched_at=timezone.now())
    return result
