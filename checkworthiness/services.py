"""Check-worthiness scores: for any batch of sentences (the extraction pipeline's claims,
a debate file), and for the claims already stored (re-scoring after a new model).

The model file is read once per process; `reload_model()` picks up a retrained one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

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
        previous_embedding=_vector(_field(context, "previous_embedding")),
        following_embedding=_vector(_field(context, "following_embedding")),
        speaker_share=_field(context, "speaker_share"),
        speaker_question_rate=_field(context, "speaker_question_rate"),
    )


def _embed_missing(sentences: Sequence[Sentence]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Own, previous and following embeddings (NaN rows where there is no neighbour),
    embedding every missing text once, in one batch."""
    wanted: dict[str, None] = {}
    for s in sentences:
        if s.embedding is None:
            wanted[s.text] = None
        if s.previous is not None and s.previous_embedding is None:
            wanted[s.previous] = None
        if s.following is not None and s.following_embedding is None:
            wanted[s.following] = None
    texts = list(wanted)
    found = dict(zip(texts, embeddings.embed(texts), strict=True)) if texts else {}
    missing = np.full(embeddings.DIMENSIONS, np.nan, dtype=np.float32)

    def pick(vector, text):
        if vector is not None:
            return vector
        return missing if text is None else found[text]

    own = np.array([pick(s.embedding, s.text) for s in sentences], dtype=np.float32)
    previous = np.array([pick(s.previous_embedding, s.previous) for s in sentences], dtype=np.float32)
    following = np.array([pick(s.following_embedding, s.following) for s in sentences], dtype=np.float32)
    return own, previous, following


def checkworthiness_score(sentences: Sequence) -> list[float]:
    """How worth checking each sentence is, 0..1 (higher first), in input order.

    Each item is a dict, a dataclass or any object with:
      text (required); speaker (name, optional); speaker_kind (person | organization |
      anonymous | other, optional); embedding (float32 vector or Claim.embedding bytes,
      optional: embedded here when absent); context (optional dict with `previous` /
      `following` sentence texts and/or their `previous_embedding` / `following_embedding`).
    Unknown parts count as neutral. Raises ValueError on an item without text.
    """
    items = [_as_sentence(item) for item in sentences]
    if not items:
        return []
    own, previous, following = _embed_missing(items)
    scores = current_model().predict(feature_matrix(items, own, previous, following))
    return [float(round(score, 6)) for score in scores]


def debate_scores(lines: Sequence[Line]) -> list[float]:
    """Scores for the lines of one debate or speech, in order: each line sees its
    neighbours and its speaker's profile over the whole file (features.debate_sentences)."""
    return checkworthiness_score(debate_sentences(lines)) if lines else []


def claims_rescore(queryset=None, *, batch_size: int = RESCORE_BATCH, only_unscored: bool = False,
                   progress=None) -> int:
    """Give every claim of `queryset` (all claims by default) the current model's score;
    stores the embedding too where it was missing, so the next re-score costs no embedding.
    Returns the number of claims scored. Runs in batches by id, each in its own
    transaction: a re-score that stops halfway leaves consistent rows and can resume
    with only_unscored=True."""
    from django.db import transaction

    from claims.models import Claim

    queryset = Claim.objects.all() if queryset is None else queryset
    if only_unscored:
        queryset = queryset.filter(checkworthiness__isnull=True)
    rows = queryset.order_by("pk").values_list("pk", flat=True)
    done, last_pk = 0, 0
    while True:
        batch = list(
            Claim.objects.filter(pk__in=list(rows.filter(pk__gt=last_pk)[:batch_size]))
            .order_by("pk")
            .select_related("speaker")
            .only("pk", "text", "embedding", "speaker__name", "speaker__kind")
        )
        if not batch:
            return done
        last_pk = batch[-1].pk
        needs_embedding = [c for c in batch if not c.embedding]
        if needs_embedding:
            for claim, vector in zip(needs_embedding, embeddings.embed([c.text for c in needs_embedding]), strict=True):
                claim.embedding = embeddings.to_bytes(vector)
        scores = checkworthiness_score([_claim_item(c) for c in batch])
        with transaction.atomic():
            for claim, score in zip(batch, scores, strict=True):
                claim.checkworthiness = score
            Claim.objects.bulk_update(batch, ["checkworthiness", "embedding"])
        done += len(batch)
        if progress is not None:
            progress(done)


def _claim_item(claim) -> dict:
    speaker = claim.speaker
    return {
        "text": claim.text,
        "speaker": speaker.name if speaker else "",
        "speaker_kind": speaker.kind if speaker else "",
        "embedding": claim.embedding,
    }


def model_note(path: Path | None = None) -> dict:
    return (model_file.load(path) if path else current_model()).note


def score_lines(lines: Iterable[Line]) -> list[float]:
    return debate_scores(list(lines))
