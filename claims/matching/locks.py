"""The locks matching takes: what two articles can really contend for, in a fixed order.

Two matchers can only disagree over the same figure family or the same speaker:
a quantity is filed among the figures of its unit and head noun ("deaths" and
"tsunami deaths" alike, the only figures _FigurePool reads for it), a quantity
group lives in one figure, and a statement group holds one speaker's claims.
So an article locks each family and speaker it touches, sorted, with
transaction-level advisory locks; articles about other events, or other
families, match in parallel. A collision of two hashes only serialises more.

Each matcher takes all its locks at once, in the order of their keys, so no two
transactions can wait on each other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from django.db import connection

from ..models import Claim, Figure, Quantity
from .keys import FigureKey


def _lock_id(name: str) -> int:
    """A signed 64-bit key for pg_advisory_xact_lock, stable across processes and machines
    (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


def family(subject: str, unit: str) -> str:
    """The figures a value can be filed under or widen: one unit, one head noun."""
    head = subject.split()[-1] if subject.split() else ""
    return f"figure:{unit}:{head}"


def lock_matching_keys(article_id: int, claims: Sequence[Claim], keyed: Sequence[tuple[Quantity, FigureKey | None]]) -> None:
    """Lock every speaker and figure family the article's claims can write to, or move a
    value out of (`keyed`: claims.matching.figures.keyed_quantities), and the article itself:
    two matchers of one article (a redelivered task beside the sweep) take turns."""
    names = {f"article:{article_id}"} | {f"speaker:{c.speaker_id}" for c in claims if c.speaker_id is not None}
    names |= {family(key.subject, key.unit) for _, key in keyed if key is not None}
    current = {quantity.figure_id for quantity, _ in keyed if quantity.figure_id}
    if current:
        # A value moved out of a figure recounts it (and may delete it with its groups).
        for subject, unit in Figure.objects.filter(pk__in=current).values_list("subject_key", "unit"):
            names.add(family(subject, unit))
    _lock(names)


def _lock(names: Iterable[str]) -> None:
    if connection.vendor != "postgresql":
        return  # SQLite serialises writers by itself
    ids = sorted({_lock_id(name) for name in names})
    if not ids:
        return
    with connection.cursor() as cursor:
        # unnest returns the sorted array in order, so the locks are taken in that order.
        cursor.execute("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", [ids])
        cursor.fetchall()
