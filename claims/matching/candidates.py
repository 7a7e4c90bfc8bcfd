"""What grouping one article's claims reads, in a fixed number of queries: the claims
elsewhere that may make the same statement (each speaker's recent claims, one LATERAL
query, compared in Python; a bounded scan on SQLite), and the other values of the figures
its quantities belong to."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import connection

from ..models import Claim, Quantity
from .facts import ClaimFacts, QuantityFacts, stored_facts
from .similarity import STATEMENT_THRESHOLD, statement_score

# How many of a speaker's newest claims elsewhere a new statement is compared with. A claim is
# grouped with its restatements across outlets, days or weeks apart; the bound keeps the cost of
# a prolific speaker's claim flat as the archive grows (half a second for a speaker with 11,000
# claims when the whole history was compared, bench/RESULTS.md).
SPEAKER_HISTORY = 1000
# At most this many candidates per statement, newest first: those pg_trgm finds among the
# SPEAKER_HISTORY, or on SQLite, which has no pg_trgm, the newest claims compared in Python.
# A speaker with no more claims than this within the history never reaches the bound, so
# their claims are compared in Python only (_speaker_candidates).
_FALLBACK_CANDIDATES = 500


@dataclass
class Candidates:
    """What grouping an article's claims reads, fetched once per article."""

    # Claim id -> (claim id, facts) of the claims elsewhere similar enough to make the
    # same statement, best first.
    statements: dict[int, list[tuple[int, ClaimFacts]]] = field(default_factory=dict)
    # Figure id -> values of it elsewhere: (quantity id, claim id, the value).
    values: dict[int, list[tuple[int, int, QuantityFacts]]] = field(default_factory=dict)
    # The current group of every candidate claim, kept up to date as groups are made.
    group_of: dict[int, int | None] = field(default_factory=dict)



class _Stored(NamedTuple):
    """A candidate claim's columns, as matching reads them (no model instance: there are many, about
    400 per article, and a tuple is made in a third of a frozen dataclass's time)."""

    id: int
    speaker_id: int
    start: int
    text: str
    content: str
    group_id: int | None

    @property
    def statement(self) -> str:
        return self.content or self.text


def read_statement_candidates(
    candidates: Candidates, article_id: int, claims: Sequence[Claim], facts: dict[int, ClaimFacts]
) -> None:
    asking = [c for c in claims if c.speaker_id is not None and facts[c.pk].statement.strip()]
    if not asking:
        return
    if connection.vendor == "postgresql":
        found = _speaker_candidates(article_id, asking, facts)
    else:
        columns = ("id", "speaker_id", "start", "text", "content", "group_id")
        found = {
            c.pk: [
                _Stored(*row)
                for row in Claim.objects.filter(speaker_id=c.speaker_id)
                .exclude(article_id=article_id)
                .order_by("-id")
                .values_list(*columns)[:_FALLBACK_CANDIDATES]
            ]
            for c in asking
        }
    # Below the threshold same_statement says no whatever the numbers, so those candidates
    # are dropped here, before their quantities are read; the rest keep the rule's order.
    ranked: dict[int, list[_Stored]] = {}
    for claim in asking:
        statement = facts[claim.pk].statement
        scored = [(statement_score(statement, other.statement, STATEMENT_THRESHOLD), other) for other in found[claim.pk]]
        kept = sorted((p for p in scored if p[0] is not None), key=lambda p: (-p[0], p[1].id))
        ranked[claim.pk] = [other for _, other in kept]
    others = {other.id: other for kept in ranked.values() for other in kept}
    if not others:
        return
    quantities: dict[int, list[tuple]] = defaultdict(list)
    for claim_id, *quantity in _quantities_of(sorted(others)):
        quantities[claim_id].append(quantity)
    other_facts = {
        o.id: stored_facts(o.text, o.content, o.speaker_id, o.start, quantities.get(o.id, ())) for o in others.values()
    }
    for other in others.values():
        candidates.group_of[other.id] = other.group_id
    for claim_id, kept in ranked.items():
        candidates.statements[claim_id] = [(other.id, other_facts[other.id]) for other in kept]


_QUANTITIES_OF = """
SELECT q.claim_id, q.value, q.qualifier, q.subject, q.unit, q.start, q."end", q.counted FROM {quantity} q
WHERE q.claim_id = ANY(%s::bigint[])
ORDER BY q.claim_id, q.start
"""


def _quantities_of(claim_ids: Sequence[int]) -> list[tuple]:
    """(claim id, value, qualifier, subject, unit, start, end, counted) of the claims' quantities, by claim
    and start. On PostgreSQL the ids go as one array: an article's candidates are hundreds of
    claims, and the ORM's IN list prepares each id in Python (and psycopg splits the statement
    again for every article) at more cost than the query."""
    if connection.vendor != "postgresql":
        return list(
            Quantity.objects.filter(claim_id__in=claim_ids)
            .order_by("claim_id", "start")
            .values_list("claim_id", "value", "qualifier", "subject", "unit", "start", "end", "counted")
        )
    with connection.cursor() as cursor:
        cursor.execute(_QUANTITIES_OF.format(quantity=connection.ops.quote_name(Quantity._meta.db_table)), [list(claim_ids)])
        # (Django has psycopg hand jsonb over as text, for JSONField to decode.)
        return [(*row[:-1], json.loads(row[-1]) if row[-1] is not None else None) for row in cursor.fetchall()]


_TRIGRAM_CANDIDATES = """
SELECT asking.claim_id, other.id, other.speaker_id, other.start, other.text, other.content, other.group_id
FROM unnest(%s::bigint[], %s::bigint[], %s::text[]) AS asking(claim_id, speaker_id, statement)
CROSS JOIN LATERAL (
    SELECT recent.* FROM (
        SELECT c.id, c.speaker_id, c.start, c.text, c.content, c.group_id FROM {claim} c
        WHERE c.speaker_id = asking.speaker_id AND c.article_id <> %s
        ORDER BY c.id DESC
        LIMIT %s
    ) AS recent
    WHERE recent.content %% asking.statement OR recent.content %%> asking.statement
       OR recent.content <%% asking.statement
    ORDER BY recent.id DESC
    LIMIT %s
) AS other
"""


_SPEAKER_HISTORIES = """
SELECT c.id, c.speaker_id, c.start, c.text, c.content, c.group_id
FROM unnest(%s::bigint[]) AS asking(speaker_id)
CROSS JOIN LATERAL (
    SELECT c.id, c.speaker_id, c.start, c.text, c.content, c.group_id FROM {claim} c
    WHERE c.speaker_id = asking.speaker_id AND c.article_id <> %s
    ORDER BY c.id DESC
    LIMIT %s
) AS c
"""


def _speaker_candidates(article_id: int, asking: Sequence[Claim], facts: dict[int, ClaimFacts]) -> dict[int, list[_Stored]]:
    """What _trigram_candidates finds for each claim, to be compared in Python: the SPEAKER_HISTORY
    newest claims of each speaker elsewhere, read once per speaker (one round trip, walking
    claim_speaker_newest_idx), those with a content (pg_trgm compares the content only).

    pg_trgm's similarity is what similarity.trigram_similarity computes, so every claim that
    passes STATEMENT_THRESHOLD (0.7) passes its looser filter too (similarity 0.3, or word
    similarity 0.6, which a contained statement has at 1). Only its bound of
    _FALLBACK_CANDIDATES candidates per statement could leave one out, and only for a speaker
    with more claims than that: their statements go to pg_trgm as before. Comparing in Python
    costs far less than pg_trgm, which builds both texts' trigrams again for every pair."""
    limit = min(SPEAKER_HISTORY, _FALLBACK_CANDIDATES + 1)
    history: dict[int, list[_Stored]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(
            _SPEAKER_HISTORIES.format(claim=connection.ops.quote_name(Claim._meta.db_table)),
            [sorted({c.speaker_id for c in asking}), article_id, limit],
        )
        for row in cursor.fetchall():
            history[row[1]].append(_Stored(*row))
    bounded = [c for c in asking if len(history[c.speaker_id]) > _FALLBACK_CANDIDATES]
    found = _trigram_candidates(article_id, bounded, facts) if bounded else {}
    for claim in asking:
        if claim.pk not in found:
            found[claim.pk] = [other for other in history[claim.speaker_id] if other.content]
    return found


def _trigram_candidates(article_id: int, asking: Sequence[Claim], facts: dict[int, ClaimFacts]) -> dict[int, list[_Stored]]:
    """For each claim, those of the SPEAKER_HISTORY newest claims of its speaker elsewhere that
    pg_trgm finds similar (`%`), containing (`%>`) or contained in (`<%`) its statement: one
    query per claim, in one round trip (a LATERAL join), each walking claim_speaker_newest_idx."""
    found: dict[int, list[_Stored]] = {c.pk: [] for c in asking}
    with connection.cursor() as cursor:
        cursor.execute(
            _TRIGRAM_CANDIDATES.format(claim=connection.ops.quote_name(Claim._meta.db_table)),
            [
                [c.pk for c in asking],
                [c.speaker_id for c in asking],
                [facts[c.pk].statement for c in asking],
                article_id,
                SPEAKER_HISTORY,
                _FALLBACK_CANDIDATES,
            ],
        )
        for claim_id, *columns in cursor.fetchall():
            found[claim_id].append(_Stored(*columns))
    return found


def read_value_candidates(candidates: Candidates, article_id: int, claims: Sequence[Claim]) -> None:
    figure_ids = {q.figure_id for claim in claims for q in claim.quantities.all() if q.figure_id}
    if not figure_ids:
        return
    rows = (
        Quantity.objects.filter(figure_id__in=figure_ids)
        .exclude(claim__article_id=article_id)
        .order_by()
        .values_list("id", "figure_id", "claim_id", "claim__group_id", "value", "qualifier", "unit")
    )
    for quantity_id, figure_id, claim_id, group_id, value, qualifier, unit in rows:
        theirs = QuantityFacts(value=value, qualifier=qualifier, unit=unit)
        candidates.values.setdefault(figure_id, []).append((quantity_id, claim_id, theirs))
        candidates.group_of.setdefault(claim_id, group_id)
