"""What the ingest command's parsing process hands to its storing process: each article's
claims, the matcher's reading of what each number counts, and the vector of what each claim
says.

Ingesting is two kinds of work: parsing and embedding (spaCy and the sentence model, pure
CPU), then storing and matching (the database). Done one after the other, each waits for the
other. `prepare_ahead` prepares batches k+1 and k+2 in a child process while the caller stores
and matches batch k, so on a machine with two cores the two overlap; each claim row is written
once, with its vector and its numbers' readings. Preparing costs more
than storing, so the caller does not only wait: it prepares the first batch itself while the
child starts, and the last few items of each later batch (_Share balances how many). A single
batch is prepared in-process: starting a child and loading the models again would cost more
than it saves.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from factcheck import embeddings

from .extraction import ExtractedClaim
from .extraction.pipeline import model_name, set_model_name

if TYPE_CHECKING:
    from .matching.readings import ArticleReadings

T = TypeVar("T")


@dataclass(frozen=True)
class PreparedArticle:
    claims: list[ExtractedClaim]
    # The vector of each claim's embedding_text (embeddings.to_bytes), by that text.
    vectors: dict[str, bytes] = field(default_factory=dict)
    # What the numbers of the claims count, read from the same parse (claims.matching.readings.read_article).
    readings: ArticleReadings = field(default_factory=dict)


def prepare_many(texts: list[str]) -> list[PreparedArticle]:
    """The claims of several article bodies (one spaCy batch), what their numbers count, and their
    vectors (one model batch)."""
    from .matching.readings import extract_and_read  # after the child has set Django up

    extracted = extract_and_read(texts)
    wanted = list(dict.fromkeys(claim.embedding_text for claims, _ in extracted for claim in claims))
    vectors = dict(zip(wanted, map(embeddings.to_bytes, embeddings.embed(wanted)), strict=True))
    return [
        PreparedArticle(claims, {c.embedding_text: vectors[c.embedding_text] for c in claims}, readings)
        for claims, readings in extracted
    ]


def _child_started(spacy_model: str | None) -> None:
    import django

    django.setup()  # the matcher's modules import the models (already done in a forked child)
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


def _prepared_here(texts: list[str]) -> list[PreparedArticle] | None:
    """Texts prepared in this process (None when preparing them failed, as in _result)."""
    try:
        return prepare_many(texts) if texts else []
    except Exception:  # noqa: BLE001 - a bad text must not sink the other batches
        return None


@dataclass
class _Sent(Generic[T]):
    """A batch whose head the child prepares; this process prepares its last `mine` texts itself."""

    batch: list[T]
    texts: list[str]
    head: Future
    mine: int


class _Share:
    """How many items of each batch this process prepares itself while the child prepares the rest: one more
    when the child's part was not ready once this process had stored a batch and prepared its own part, one
    fewer when it was, so that neither process waits long for the other whatever the machine."""

    def __init__(self, mine: int):
        self.mine = mine

    def send(self, pool: ProcessPoolExecutor, batch: list[T], text_of: Callable[[T], str]) -> _Sent[T]:
        texts = [text_of(item) for item in batch]
        mine = max(0, min(self.mine, len(texts) - 1))  # the child always has work
        return _Sent(batch, texts, pool.submit(prepare_many, texts[: len(texts) - mine]), mine)

    def take(self, sent: _Sent[T]) -> tuple[list[T], list[PreparedArticle] | None]:
        tail = _prepared_here(sent.texts[len(sent.texts) - sent.mine :])
        self.mine = max(0, self.mine + (1 if not sent.head.done() else -1))
        head = _result(sent.head)
        return sent.batch, None if head is None or tail is None else head + tail


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
        yield first, _prepared_here([text_of(item) for item in first])
        return
    # fork where the embedding runtime allows it: the child starts as this process is, its modules
    # imported, Django set up and the spaCy pipeline loaded if this process has loaded it, instead of
    # importing and loading all of it again (about 4 CPU seconds on a 2-core machine, 13 ms an
    # article of a 300-article import). The child never queries: the database connections it
    # inherits are this process's sessions, and it leaves them alone (closing one would end it
    # here too). spawn when forking is unsafe (embeddings.fork_safe).
    context = multiprocessing.get_context("fork" if embeddings.fork_safe() else "spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_child_started, initargs=(model_name(),)) as pool:
        share = _Share(mine=len(second) // 4)
        # Two batches with the child at a time: when it finishes one before this process has
        # stored the last, it goes on to the next instead of waiting to be handed it.
        in_flight: deque[_Sent[T]] = deque([share.send(pool, second, text_of)])
        third = next(batches, None)
        if third is not None:
            in_flight.append(share.send(pool, third, text_of))
        # The child takes seconds to start and load its models: meanwhile this process prepares the
        # first batch itself, rather than wait for it.
        yield first, _prepared_here([text_of(item) for item in first])
        for batch in batches:
            in_flight.append(share.send(pool, batch, text_of))
            yield share.take(in_flight.popleft())
        while in_flight:
            yield share.take(in_flight.popleft())
