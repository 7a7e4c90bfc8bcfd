"""Check-worthiness scores: for any batch of sentences (the extraction pipeline's claims,
a debate file), and for the claims already stored (re-scoring after a new model).

The model file is read once per process; `reload_model()` picks up a retrained one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import numpy as np

from factcheck import embeddings

from . import model as model_file
from .data import Line
from .features import Sentence, debate_sentences, feature_matrix

# Claims re-scored per transaction: big enough that a million claims take minutes,
# small enough that one batch's embeddings (384 floats each) stay a few MB.
RESCORE_BATCH = 500


@cache
def current_model() -> model_file.LinearModel:
    return model_file.load()


def reload_model() -> model_file.LinearModel:
    current_model.cache_clear()
    return current_model()


def _field(item, name, default=None):
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def _vector(value) -> np.ndarray | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return embeddings.from_bytes(value) if len(value) else None
    return np.asarray(value, dtype=np.float32)


def _as_sentence(item) -> Sentence:
    if isinstance(item, Sentence):
        return item
    text = _field(item, "text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("every sentence needs a non-empty `text`")
    context = _field(item, "context") or {}
    speaker = _field(item, "speaker") or ""
    if not isinstance(speaker, str):  # a Speaker row, say
        speaker = getattr(speaker, "name", str(speaker))
    return Sentence(
        text=text,
        speaker=speaker,
        speaker_kind=_field(item, "speaker_kind") or "",
        embedding=_vector(_field(item, "embedding")),
        previous=_field(context, "previous", _field(item, "previous")),
        following=_field(context, "following", _field(item, "following")),
        speaker_share=_field(context, "speaker_share"),
        speaker_question_rate=_field(context, "speaker_question_rate"),
    )


def _embeddings(sentences: Sequence[Sentence]) -> np.ndarray:
    """Each sentence's embedding: the one it came with, else embedded here (each distinct
    text once, in one batch)."""
    texts = list(dict.fromkeys(s.text for s in sentences if s.embedding is None))
    found = dict(zip(texts, embeddings.embed(texts), strict=True)) if texts else {}
    return np.array([s.embedding if s.embedding is not None else found[s.text] for s in sentences], dtype=np.float32)


def checkworthiness_score(sentences: Sequence) -> list[float]:
    """How worth checking each sentence is, 0..1 (higher first), in input order.

    Each item is a dict, a dataclass or any object with:
      text (required); speaker (name, optional); speaker_kind (person | organization |
      anonymous | other, optional); embedding (float32 vector or Claim.embedding bytes,
      optional: embedded here when absent); context (optional dict with the `previous` /
      `following` sentence texts of the same document).
    Unknown parts count as average. Raises ValueError on an item without text.
    """
    items = [_as_sentence(item) for item in sentences]
    if not items:
        return []
    model = current_model()
    scores = model.predict(feature_matrix(items, _embeddings(items), model.checked, model.unchecked))
    return [float(round(score, 6)) for score in scores]


def debate_scores(lines: Sequence[Line]) -> list[float]:
    """Scores for the lines of one debate or speech, in order: each line sees its
    neighbours and its speaker's profile over the whole file (features.debate_sentences)."""
    return checkworthiness_score(debate_sentences(lines)) if lines else []


def claims_rescore(queryset=None, *, batch_size: int = RESCORE_BATCH, only_unscored: bool = False,
                   progress=None) -> int:
    """Give every claim of `queryset` (all claims by default) the current model's score;
    stores the embedding too where it was missing, so the next re-score costs no embedding.
    Each claim sees its neighbouring claims, as at extraction, so a re-score with an
    unchanged model changes nothing. Returns the number of claims scored. Runs in batches by id, each in its own
    transaction: a re-score that stops halfway leaves consistent rows and can resume
    with only_unscored=True."""
    from django.db import transaction

    from claims.models import Claim

    queryset = Claim.objects.all() if queryset is None else queryset
    if only_unscored:
        queryset = queryset.filter(checkworthiness__isnull=True)
    rows = queryset.select_related("speaker").only(
        "pk", "article_id", "start", "text", "content", "embedding", "speaker__name", "speaker__kind"
    ).order_by("pk")
    done, last_pk = 0, 0
    while True:
        batch = list(rows.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            return done
        last_pk = batch[-1].pk
        needs_embedding = [c for c in batch if not c.embedding]
        if needs_embedding:
            # The same text the pipeline embeds, so matching can use the stored vector too.
            texts = [c.embedding_text for c in needs_embedding]
            for claim, vector in zip(needs_embedding, embeddings.embed(texts), strict=True):
                claim.embedding = embeddings.to_bytes(vector)
        neighbours = _neighbours(batch)
        scores = checkworthiness_score([_claim_item(c, *neighbours[c.pk]) for c in batch])
        with transaction.atomic():
            for claim, score in zip(batch, scores, strict=True):
                claim.checkworthiness = score
            Claim.objects.bulk_update(batch, ["checkworthiness", "embedding"] if needs_embedding else ["checkworthiness"])
        done += len(batch)
        if progress is not None:
            progress(done)


def _neighbours(batch) -> dict[int, tuple[str | None, str | None]]:
    """The texts of the claims before and after each claim in its article (by start), as
    the enrichment stage passes them (claims.stages.article_enrich): one query per batch."""
    from claims.models import Claim

    by_article: dict[int, list[tuple[int, str]]] = {}
    rows = Claim.objects.filter(article_id__in={c.article_id for c in batch}).order_by("article_id", "start", "pk")
    for article_id, pk, text in rows.values_list("article_id", "pk", "text"):
        by_article.setdefault(article_id, []).append((pk, text))
    out = {}
    for siblings in by_article.values():
        for i, (pk, _) in enumerate(siblings):
            out[pk] = (siblings[i - 1][1] if i > 0 else None, siblings[i + 1][1] if i + 1 < len(siblings) else None)
    return out


def _claim_item(claim, previous: str | None, following: str | None) -> dict:
    speaker = claim.speaker
    return {
        "text": claim.text,
        "speaker": speaker.name if speaker else "",
        "speaker_kind": speaker.kind if speaker else "",
        "embedding": claim.embedding,
        "previous": previous,
        "following": following,
    }
