"""Reading the fact-check library: the filtered list, and the closest fact-checks to a text.

Similarity search runs over an in-process matrix of every stored vector (float32, L2-
normalised: a matrix-vector product gives every cosine at once). At 100,000 fact-checks
it is 150 MB and one product takes a few milliseconds on this machine (bench/factchecks.py),
so no vector index is needed, and it works the same on PostgreSQL and SQLite. Each process
loads it on first use and, at most every FACTCHECK_LIBRARY_CHECK_SECONDS, reads the library's
version (one row, models.LibraryVersion); only when that changed does it ask what changed (count
and latest updated_at of embedded rows, from one partial index): new and changed rows are read
incrementally, and a shrunk library is reloaded.

Ranking: the FACTCHECK_SIMILAR_CANDIDATES nearest by cosine are re-scored as
cosine + FACTCHECK_SIMILAR_LEXICAL_WEIGHT x BM25 (factchecks.lexical, FACTCHECK_BM25_K1 and
_B) divided by the best BM25 among them, + FACTCHECK_SIMILAR_CHAR_WEIGHT x the TF-IDF cosine
of character trigrams divided by the best among them, so names and numbers shared with the
query, however spelt, decide between near neighbours. Copies of one fact-check
(services.factcheck_copy_key) come out as one result: the copy stored first, with the best
score of its copies, so a copy never takes the place of another fact-check in the top few.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from django.conf import settings
from django.db.models import Count, Max, QuerySet

from factcheck import embeddings

from .lexical import Bm25, CharGrams, char_grams, words
from .models import FactCheck, LibraryVersion
from .services import factcheck_copy_key, factcheck_text

# Rows saved just before the last refresh may commit just after it: read that far back again.
_REREAD = timedelta(seconds=60)


def factcheck_list() -> QuerySet[FactCheck]:
    """The library as the API and the admin list it: without the vectors."""
    return FactCheck.objects.defer("embedding")


# The version of an index that has never been refreshed: equal to no version, not even None.
_UNSEEN = object()


@dataclass
class _Index:
    ids: np.ndarray
    matrix: np.ndarray  # (capacity, DIMENSIONS); rows [:size] are live
    size: int
    tokens: list[list[str]]
    grams: list[np.ndarray]
    keys: list[tuple[str, str]]
    position: dict[int, int]
    bm25: Bm25
    chars: CharGrams
    latest: object = None
    count: int = 0
    version: object = _UNSEEN  # the library version read at the last refresh (None: no version row yet)
    checked_at: float = 0.0

    @classmethod
    def empty(cls) -> _Index:
        return cls(np.zeros(0, np.int64), np.zeros((0, embeddings.DIMENSIONS), np.float32), 0, [], [], [], {}, Bm25(),
                   CharGrams())

    def upsert(self, rows) -> None:
        fresh = [row for row in rows if row[0] not in self.position]
        needed = self.size + len(fresh)
        if needed > len(self.ids):
            # Grow by doubling, so an import seen row batch by row batch copies the matrix O(log n) times.
            capacity = max(needed, 2 * len(self.ids), 1024)
            ids, matrix = np.zeros(capacity, np.int64), np.zeros((capacity, embeddings.DIMENSIONS), np.float32)
            ids[: self.size], matrix[: self.size] = self.ids[: self.size], self.matrix[: self.size]
            self.ids, self.matrix = ids, matrix
        for pk, blob, claim_reviewed, title, publisher_name in rows:
            text = factcheck_text(claim_reviewed, title)
            tokens, grams = words(text), char_grams(text)
            key = factcheck_copy_key(claim_reviewed, publisher_name)
            at = self.position.get(pk)
            if at is None:
                at = self.position[pk] = self.size
                self.size += 1
                self.tokens.append(tokens)
                self.grams.append(grams)
                self.keys.append(key)
            else:
                self.bm25.remove(self.tokens[at])
                self.chars.remove(self.grams[at])
                self.tokens[at], self.grams[at], self.keys[at] = tokens, grams, key
            self.ids[at] = pk
            self.matrix[at] = embeddings.from_bytes(blob)
            self.bm25.add(tokens)
        self.chars.add([self.grams[self.position[row[0]]] for row in rows])


_index = _Index.empty()
_lock = threading.Lock()
_ROW = ("id", "embedding", "claim_reviewed", "title", "publisher_name")
_CHUNK = 2000


def _embedded() -> QuerySet[FactCheck]:
    return FactCheck.objects.filter(embedding__isnull=False)


def _read(index: _Index, rows: QuerySet) -> None:
    # In chunks, so a full read never holds every row's Python objects at once.
    chunk = []
    for row in rows.iterator(chunk_size=_CHUNK):
        chunk.append(row)
        if len(chunk) == _CHUNK:
            index.upsert(chunk)
            chunk = []
    index.upsert(chunk)


def _library() -> _Index:
    """This process's index, brought up to date with the database if it may have changed."""
    global _index
    with _lock:
        if time.monotonic() - _index.checked_at < settings.FACTCHECK_LIBRARY_CHECK_SECONDS:
            return _index
        # One primary-key read tells whether anything changed; only then is it worth asking what.
        version = LibraryVersion.objects.filter(pk=1).values_list("version", flat=True).first()
        if version == _index.version:
            _index.checked_at = time.monotonic()
            return _index
        state = _embedded().aggregate(count=Count("id"), latest=Max("updated_at"))
        index = _index
        if (state["count"], state["latest"]) != (index.count, index.latest):
            if index.latest is None or state["count"] < index.size:
                index = _Index.empty()  # first use, or rows went away: read everything
                rows = _embedded().order_by("id").values_list(*_ROW)
            else:
                rows = _embedded().filter(updated_at__gte=index.latest - _REREAD).values_list(*_ROW)
            _read(index, rows)
            if index.size != state["count"]:
                # A row was deleted and another added since: only a full read tells which.
                index = _Index.empty()
                _read(index, _embedded().order_by("id").values_list(*_ROW))
            index.count, index.latest = state["count"], state["latest"]
        index.version = version
        index.checked_at = time.monotonic()
        _index = index
        return index


def factchecks_library_reset() -> None:
    """Forget this process's index (tests, after rows are deleted behind its back)."""
    global _index
    with _lock:
        _index = _Index.empty()


def _rank(index: _Index, vector: np.ndarray, query: str, limit: int) -> list[tuple[int, float]]:
    if not index.size or limit < 1:
        return []
    scores = index.matrix[: index.size] @ np.asarray(vector, dtype=np.float32)
    k = min(max(settings.FACTCHECK_SIMILAR_CANDIDATES, limit), index.size)
    candidates = np.argpartition(-scores, k - 1)[:k] if k < index.size else np.arange(index.size)
    final = scores[candidates].astype(np.float64)
    weight, char_weight = settings.FACTCHECK_SIMILAR_LEXICAL_WEIGHT, settings.FACTCHECK_SIMILAR_CHAR_WEIGHT
    if weight and (query_words := words(query)):
        documents = [index.tokens[i] for i in candidates]
        k1, b = settings.FACTCHECK_BM25_K1, settings.FACTCHECK_BM25_B
        lexical = np.array(index.bm25.scores(query_words, documents, k1=k1, b=b))
        if lexical.max() > 0:
            final += weight * lexical / lexical.max()
    if char_weight and query:
        spelt = index.chars.scores(char_grams(query), [index.grams[i] for i in candidates])
        if spelt.max() > 0:
            final += char_weight * spelt / spelt.max()
    return _one_per_fact_check(index, candidates, final, limit)


def _one_per_fact_check(index: _Index, candidates: np.ndarray, final: np.ndarray, limit: int) -> list[tuple[int, float]]:
    """The best `limit` candidates, copies of one fact-check merged: each at its best copy's
    score, under the id of its first-stored copy among the candidates."""
    first: dict[tuple[str, str], int] = {}
    for i in candidates:
        key = index.keys[i]
        first[key] = min(first.get(key, index.ids[i]), index.ids[i])
    ranked, seen = [], set()
    for i in np.argsort(-final, kind="stable"):
        key = index.keys[candidates[i]]
        if key not in seen:
            seen.add(key)
            ranked.append((int(first[key]), float(final[i])))
            if len(ranked) == limit:
                break
    return ranked


def _as_rows(ranked: list[tuple[int, float]]) -> list[tuple[FactCheck, float]]:
    found = factcheck_list().in_bulk([pk for pk, _ in ranked])
    return [(found[pk], score) for pk, score in ranked if pk in found]


def factchecks_similar(text_or_vector: str | np.ndarray, limit: int = 10) -> list[tuple[FactCheck, float]]:
    """The fact-checks closest to a text (embedded here) or to a stored vector, best first, with
    their scores. A vector alone is ranked by cosine only: the words re-ranking needs are in a text."""
    if isinstance(text_or_vector, str):
        vector, query = embeddings.embed_one(text_or_vector), text_or_vector
    else:
        vector, query = np.asarray(text_or_vector, dtype=np.float32), ""
    return _as_rows(_rank(_library(), vector, query, limit))


def factchecks_for_claims(claim_ids: Sequence[int], limit: int = 3) -> dict[int, list[tuple[FactCheck, float]]]:
    """The closest fact-checks of each claim, by the claim's stored embedding (or its text,
    embedded here in one batch when it has none), excluding the claim's own verdict."""
    from claims.models import Claim

    claims = list(Claim.objects.filter(pk__in=list(claim_ids)).values_list("id", "text", "content", "embedding"))
    index = _library()
    if not index.size:
        # An empty library matches nothing: no reason to load the model (a claim page, a test).
        return {c[0]: [] for c in claims}
    missing = [c for c in claims if not c[3]]
    computed = dict(zip((c[0] for c in missing), embeddings.embed([c[2] or c[1] for c in missing]), strict=True))
    own = dict(FactCheck.objects.filter(claim_id__in=[c[0] for c in claims]).values_list("claim_id", "id"))
    ranked = {}
    for pk, text, content, blob in claims:
        vector = embeddings.from_bytes(blob) if blob else computed[pk]
        hits = _rank(index, vector, content or text, limit + (pk in own))
        ranked[pk] = [hit for hit in hits if hit[0] != own.get(pk)][:limit]
    found = factcheck_list().in_bulk({hit[0] for hits in ranked.values() for hit in hits})
    return {pk: [(found[f], s) for f, s in hits if f in found] for pk, hits in ranked.items()}
