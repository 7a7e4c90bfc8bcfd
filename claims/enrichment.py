"""What an article's claims are enriched with, decided here only: the vector of what each claim
says and its check-worthiness score.

Two callers fill them in memory: storing, when the claims come with their vectors computed
ahead (claims.prepared), so each row is written once; and the enrich stage
(claims.stages.article_enrich) for claims stored without them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from checkworthiness.services import checkworthiness_score
from factcheck import embeddings

from .models import Claim

BATCH = 256


def claims_enrich(claims: Sequence[Claim], vectors: Mapping[str, bytes] | None = None) -> list[Claim]:
    """Give each of one article's claims that lacks them its vector (from `vectors`, by its
    embedding_text, else embedded here) and its check-worthiness, in memory; returns the claims
    changed, for the caller to save. Each claim is scored with its neighbours in the article as
    context, as the model was trained. A claim's speaker, when it has one, must be loaded."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    changed = [c for c in ordered if c.embedding is None or c.checkworthiness is None]
    unembedded = []
    for claim in changed:
        if claim.embedding is None:
            claim.embedding = (vectors or {}).get(claim.embedding_text)
            if claim.embedding is None:
                unembedded.append(claim)
    for start in range(0, len(unembedded), BATCH):
        batch = unembedded[start : start + BATCH]
        for claim, vector in zip(batch, embeddings.embed([c.embedding_text for c in batch]), strict=True):
            claim.embedding = embeddings.to_bytes(vector)
    position = {id(claim): i for i, claim in enumerate(ordered)}
    unscored = [c for c in changed if c.checkworthiness is None]
    scores = checkworthiness_score(
        [
            {
                "text": c.text,
                "speaker": c.speaker.name if c.speaker_id else "",
                "speaker_kind": c.speaker.kind if c.speaker_id else "",
                "embedding": c.embedding,
                "previous": ordered[position[id(c)] - 1].text if position[id(c)] > 0 else None,
                "following": ordered[position[id(c)] + 1].text if position[id(c)] + 1 < len(ordered) else None,
            }
            for c in unscored
        ]
    )
    for claim, score in zip(unscored, scores, strict=True):
        claim.checkworthiness = score
    return changed
