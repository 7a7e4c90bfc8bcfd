"""Claims that make the same statement share a ClaimGroup, so a reviewer checks it once.

Two claims make the same statement when the same speaker says near-identical words,
or they state the same value of the same figure (claims.matching.rules). A headline
claim that restates its body follows the body claim (claims.matching.headlines).
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection

from ..models import Claim, ClaimGroup
from .bulk import update_rows
from .candidates import Candidates, read_statement_candidates, read_value_candidates
from .facts import ClaimFacts
from .headlines import body_twin, in_headline
from .rules import same_statement, same_value


def group_claims_of_article(
    article_id: int, article_claims: Sequence[Claim], facts: dict[int, ClaimFacts], headline: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Group each ungrouped claim, in order, with the best claim elsewhere making the same
    statement, else with one stating the same value of the same figure; a headline claim
    restating a body claim (`headline`: the span of the headline in the body) joins that
    claim's group instead. Returns how many claims were grouped and how many groups were made."""
    grouped = groups_created = 0
    body = [c for c in article_claims if not in_headline(c, headline)]
    twins = {}
    for claim in article_claims:
        if claim.group_id is None and in_headline(claim, headline):
            twin = body_twin(claim, body, facts)
            if twin is not None:
                twins[claim.pk] = twin
    claims = [c for c in article_claims if c.group_id is None and c.pk not in twins]
    assigned: dict[int, int] = {}
    if claims:
        groups_created = _group_across_articles(article_id, claims, facts, assigned)
        grouped = sum(1 for c in claims if c.pk in assigned)
    for claim in article_claims:
        if claim.pk not in twins:
            continue
        other, kind, figure_id = twins[claim.pk]
        if other.group_id is None:
            other.group_id = assigned[other.pk] = ClaimGroup.objects.create(
                kind=kind,
                label=(facts[other.pk].statement or other.text)[:500],
                speaker_id=other.speaker_id if kind == ClaimGroup.Kind.STATEMENT else None,
                figure_id=figure_id,
            ).pk
            groups_created += 1
            grouped += 1
        claim.group_id = assigned[claim.pk] = other.group_id
        grouped += 1
    if assigned:
        _write_groups(article_claims, assigned)
    return grouped, groups_created


def _write_groups(article_claims: Sequence[Claim], assigned: dict[int, int]) -> None:
    """Write the claims' groups, in one statement. A claim of another article is grouped only
    if it still has no group: the locks cover its speaker or its figure, not always both, so
    another matcher may have grouped it meanwhile; then that group wins, this article's
    claims follow it, and the group made here goes."""
    own = {claim.pk: claim for claim in article_claims}
    lost = {pk for pk in assigned if pk not in own} - _set_groups(assigned, own.keys())
    if not lost:
        return
    taken = dict(Claim.objects.filter(pk__in=lost, group__isnull=False).values_list("pk", "group_id"))
    redirect = {assigned[pk]: taken[pk] for pk in lost if pk in taken}
    moved = [own[pk] for pk, group_id in assigned.items() if pk in own and group_id in redirect]
    for claim in moved:
        claim.group_id = assigned[claim.pk] = redirect[assigned[claim.pk]]
    update_rows(Claim, ["group"], moved)
    ClaimGroup.objects.filter(pk__in=redirect).delete()


def _set_groups(groups: dict[int, int], own) -> set[int]:
    """Set each claim's group, another article's claim only where it has none; the ids set."""
    if connection.vendor != "postgresql":
        return {
            pk for pk, g in groups.items()
            if Claim.objects.filter(pk=pk, **({} if pk in own else {"group__isnull": True})).update(group_id=g)
        }
    qn = connection.ops.quote_name
    table, values = qn(Claim._meta.db_table), ", ".join(["(%s::bigint, %s::bigint, %s::boolean)"] * len(groups))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS t SET {qn('group_id')} = v.g FROM (VALUES {values}) AS v(id, g, own) "
            f"WHERE t.id = v.id AND (v.own OR t.{qn('group_id')} IS NULL) RETURNING t.id",
            [x for pk, g in sorted(groups.items()) for x in (pk, g, pk in own)],
        )
        return {row[0] for row in cursor.fetchall()}


def _group_across_articles(
    article_id: int, claims: Sequence[Claim], facts: dict[int, ClaimFacts], assigned: dict[int, int]
) -> int:
    groups_created = 0
    candidates = Candidates()
    read_statement_candidates(candidates, article_id, claims, facts)
    read_value_candidates(candidates, article_id, claims)
    for claim in claims:
        match = _statement_match(claim, facts[claim.pk], candidates) or _quantity_match(claim, facts[claim.pk], candidates)
        if match is None:
            continue
        other, kind, figure_id = match
        group_id = candidates.group_of[other]
        if group_id is None:
            group = ClaimGroup.objects.create(
                kind=kind,
                label=(facts[claim.pk].statement or claim.text)[:500],
                speaker_id=claim.speaker_id if kind == ClaimGroup.Kind.STATEMENT else None,
                figure_id=figure_id,
            )
            groups_created += 1
            group_id = candidates.group_of[other] = assigned[other] = group.pk
        claim.group_id = assigned[claim.pk] = group_id
    return groups_created


def _statement_match(claim: Claim, facts: ClaimFacts, candidates: Candidates):
    for other_id, theirs in candidates.statements.get(claim.pk, ()):
        if same_statement(facts, theirs):
            return other_id, ClaimGroup.Kind.STATEMENT, None
    return None


def _quantity_match(claim: Claim, facts: ClaimFacts, candidates: Candidates):
    for quantity, mine in zip(claim.quantities.all(), facts.quantities, strict=True):
        if quantity.figure_id is None:
            continue
        same = [(qid, cid) for qid, cid, theirs in candidates.values.get(quantity.figure_id, ()) if same_value(mine, theirs)]
        if same:
            # Prefer a claim already in a group, so the group grows instead of splitting
            # (lowest group id first, then the oldest value).
            def order(pair):
                group_id = candidates.group_of[pair[1]]
                return (group_id is None, group_id or 0, pair[0])

            return min(same, key=order)[1], ClaimGroup.Kind.QUANTITY, quantity.figure_id
    return None
