"""The stages that follow extraction, one service each: enrich, then match.

claims.pipeline decides their order and where they run; claims.tasks runs each
one on a worker. Both stages are idempotent, so a redelivered task or a sweep
that runs one twice does no harm.
"""

from __future__ import annotations

import logging

from django.utils import timezone

from checkworthiness.services import checkworthiness_score
from factcheck import embeddings
from factcheck.errors import NotFound

from .matching import MatchResult, match_article_claims
from .models import Article, Claim

logger = logging.getLogger(__name__)

BATCH = 256


def article_enrich(*, article_id: int) -> int:
    """Embed, then score for check-worthiness, every claim of the article that lacks
    either; returns how many claims it changed. Each claim is scored with its
    neighbours in the article as context, as the model was trained."""
    if not Article.objects.filter(pk=article_id).exists():
        raise NotFound(f"Article {article_id} does not exist.", code="article_not_found")
    claims = list(
        Claim.objects.filter(article_id=article_id)
        .select_related("speaker")
        .only("pk", "start", "text", "content", "embedding", "checkworthiness", "speaker__name", "speaker__kind")
        .order_by("start")
    )
    changed = [c for c in claims if c.embedding is None or c.checkworthiness is None]
    for start in range(0, len(changed), BATCH):
        batch = [c for c in changed[start : start + BATCH] if c.embedding is None]
        vectors = embeddings.embed([c.embedding_text for c in batch])
        for claim, vector in zip(batch, vectors, strict=True):
            claim.embedding = embeddings.to_bytes(vector)
    position = {claim.pk: i for i, claim in enumerate(claims)}
    unscored = [c for c in changed if c.checkworthiness is None]
    scores = checkworthiness_score(
        [
            {
                "text": c.text,
                "speaker": c.speaker.name if c.speaker_id else "",
                "speaker_kind": c.speaker.kind if c.speaker_id else "",
                "embedding": c.embedding,
                "previous": claims[position[c.pk] - 1].text if position[c.pk] > 0 else None,
                "following": claims[position[c.pk] + 1].text if position[c.pk] + 1 < len(claims) else None,
            }
            for c in unscored
        ]
    )
    for claim, score in zip(unscored, scores, strict=True):
        claim.checkworthiness = score
    Claim.objects.bulk_update(changed, ["embedding", "checkworthiness"], batch_size=BATCH)
    return len(changed)


def article_match(*, article_id: int) -> MatchResult:
    """Group the article's claims with the same claims elsewhere and file its figures,
    then record that the article's path is finished."""
    result = match_article_claims(article_id=article_id)
    Article.objects.filter(pk=article_id).update(matched_at=timezone.now())
    return result
