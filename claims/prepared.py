"""What the ingest command's parsing process hands to its storing process: each article's
claims, and the vector of what each claim says.

Ingesting is two kinds of work: parsing and embedding (spaCy and the sentence model, pure
CPU), then storing and matching (the database, and the matcher's reading of each claim).
Done one after the other, each waits for the other. `prepare_ahead` parses and embeds batch
k+1 in a child process while the caller stores batch k, so on a machine with two cores the
two overlap, and each claim row is written once, with its vector. A single batch is prepared
in-process: starting a child and loading a second model would cost more than it saves.

Nothing here touches the ORM, so the child runs it without setting Django's apps up.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from typing import TypeVar

from factcheck import embeddings

from .extraction import ExtractedClaim, extract_many
from .extraction.pipeline import model_name, set_model_name

T = TypeVar("T")


@dataclass(frozen=True)
class PreparedArticle:
    claims: list[ExtractedClaim]
    # The vector of each claim's embedding_text (embeddings.to_bytes), by that text.
    vectors: dict[str, bytes] = field(default_factory=dict)


def prepare_many(texts: list[str]) -> list[PreparedArticle]:
    """The claims of several article bodies (one spaCy batch), and their vectors (one model batch)."""
    extracted = extract_many(texts)
    wanted = list(dict.fromkeys(claim.embedding_text for claims in extracted for claim in claims))
    vectors = dict(zip(wanted, map(embeddings.to_bytes, embeddings.embed(wanted)), strict=True))
    return [PreparedArticle(claims, {c.embedding_text: vectors[c.embedding_text] for c in claims}) for claims in extracted]


def _child_started(spacy_model: str | None) -> None:
    set_model_name(spacy_model)
    # The child shares the machine with its parent: one thread for the sentence model, as in
    # a Celery worker process.
    embeddings.worker_process_started()


def _result(future: Future) -> list[PreparedArticle] | None:
    """The batch, prepared, or None when preparing it failed (the caller then extracts item by item)."""
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a bad text must not sink the other batches
        return None


def prepare_ahead(
    batches: Iterable[list[T]], *, text_of: Callable[[T], str]
) -> Iterator[tuple[list[T], list[PreparedArticle] | None]]:
    """Yield (batch, each item prepared) in order, preparing the next batch meanwhile."""
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None:
        try:
            yield first, prepare_many([text_of(item) for item in first])
        except Exception:  # noqa: BLE001 - as in _result
            yield first, None
        return
    # spawn, not fork: the child must not inherit the caller's database connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_child_started, initargs=(model_name(),)) as pool:
        in_flight: deque[tuple[list[T], Future]] = deque()
        for batch in chain([first, second], batches):
            in_flight.append((batch, pool.submit(prepare_many, [text_of(item) for item in batch])))
            if len(in_flight) > 1:
                done, future = in_flight.popleft()
                yield done, _result(future)
        while in_flight:
            done, future = in_flight.popleft()
            yield done, _result(future)
