"""The similarity methods the chosen one was compared with (test_pairs.py): only the
comparison needs them, so they live with it."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache

import numpy as np

from claims.matching.similarity import statement_similarity, trigram_similarity, words
from factcheck import embeddings


def token_jaccard(a: str, b: str) -> float:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def token_set_ratio(a: str, b: str) -> float:
    """fuzzywuzzy's token_set_ratio with difflib: the shared words against each side's rest."""
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0
    common = " ".join(sorted(wa & wb))
    rest_a = " ".join(sorted(wa - wb))
    rest_b = " ".join(sorted(wb - wa))
    left, right = f"{common} {rest_a}".strip(), f"{common} {rest_b}".strip()
    ratios = [SequenceMatcher(None, left, right).ratio()]
    if common:
        ratios += [SequenceMatcher(None, common, left).ratio(), SequenceMatcher(None, common, right).ratio()]
    return max(ratios)


@cache
def _vector(text: str) -> np.ndarray:
    return embeddings.embed_one(text)


def embedding_cosine(a: str, b: str) -> float:
    """The project's sentence-embedding model (issue 13 asks that grouping use it where it measures
    better): cosine of the two statements' vectors."""
    return float(np.dot(_vector(a), _vector(b)))


SIMILARITIES: dict[str, Callable[[str, str], float]] = {
    "trigram+containment": statement_similarity,
    "trigram": trigram_similarity,
    "token_jaccard": token_jaccard,
    "token_set_ratio": token_set_ratio,
    "embedding cosine": embedding_cosine,
}
