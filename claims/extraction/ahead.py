"""Extraction that runs one batch ahead, in a second process.

Ingesting is two kinds of work: parsing (spaCy, pure CPU) and storing and
matching (the database). Done one after the other, each waits for the other.
`extract_ahead` parses batch k+1 in a child process while the caller stores
batch k, so on a machine with two cores the two overlap. A single batch is
parsed in-process: starting a child and loading a second model would cost
more than it saves.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain
from typing import TypeVar

from .pipeline import model_name, set_model_name
from .types import ExtractedClaim

T = TypeVar("T")
Extracted = list[list[ExtractedClaim]] | None


def _extract_many(texts: list[str]) -> list[list[ExtractedClaim]]:
    from . import extract_many  # the child imports the package afresh (spawn)

    return extract_many(texts)


def _result(future: Future) -> Extracted:
    """The batch's claims, or None when parsing it failed (the caller then extracts item by item)."""
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a bad text must not sink the other batches
        return None


def extract_ahead(batches: Iterable[list[T]], *, text_of: Callable[[T], str]) -> Iterator[tuple[list[T], Extracted]]:
    """Yield (batch, its claims per item) in order, parsing the next batch meanwhile."""
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None:
        from . import extract_many

        try:
            yield first, extract_many([text_of(item) for item in first])
        except Exception:  # noqa: BLE001 - as in _result
            yield first, None
        return
    # spawn, not fork: the child must not inherit the caller's database connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=set_model_name, initargs=(model_name(),)) as pool:
        in_flight: deque[tuple[list[T], Future]] = deque()
        for batch in chain([first, second], batches):
            in_flight.append((batch, pool.submit(_extract_many, [text_of(item) for item in batch])))
            if len(in_flight) > 1:
                done, future = in_flight.popleft()
                yield done, _result(future)
        while in_flight:
            done, future = in_flight.popleft()
            yield done, _result(future)
