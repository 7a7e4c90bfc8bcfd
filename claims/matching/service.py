"""match_article_claims: the service the Celery task, the ingest command and match_claims call.

It applies the rules (claims.matching.rules) claim by claim, in the article's
order, with the same outcome as looking each claim up on its own. Only the I/O
is batched: everything a decision can depend on is read up front in a fixed
number of queries, the decisions update that snapshot in memory (a figure's
widened dates, a group just made), and the changes are written back in bulk.
That is about a dozen queries per article, plus one per new group or figure,
instead of several per claim. The locks (claims.matching.locks) keep the snapshot
true: no other matcher writes the figures or the speakers' groups this article
reads meanwhile, while articles about other things match in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch

from factcheck.errors import NotFound

from ..models import Article, Quantity
from .facts import article_date, claim_facts
from .figures import assign_figures, figures_refresh, keyed_quantities
from .groups import group_claims_of_article
from .headlines import OPENING_CHARS, headline_span
from .locks import lock_matching_keys


@dataclass
class MatchResult:
    claims: int = 0
    grouped: int = 0
    groups_created: int = 0
    observations: int = 0
    figures: set[int] = field(default_factory=set)


def match_article_claims(*, article_id: int) -> MatchResult:
    """Put one article's claims into groups and its quantities into figures, against
    everything stored. Idempotent: a claim already grouped keeps its group; a quantity
    whose figure key has not changed keeps its figure."""
    # Inside a caller's transaction (claims.stages.article_match), no savepoint: a failure
    # rolls the caller's whole transaction back anyway.
    with transaction.atomic(savepoint=False):
        # The body whole: each claim's facts keep the words that join it to the claim before (ClaimFacts.lead).
        article = Article.objects.filter(pk=article_id).first()
        if article is None:
            raise NotFound(f"Article {article_id} does not exist.", code="article_not_found")
        claims = list(
            article.claims.defer("search_vector").prefetch_related(
                Prefetch("quantities", queryset=Quantity.objects.order_by("start"))
            )
        )
        result = MatchResult(claims=len(claims))
        facts = {claim.pk: claim_facts(claim, article.body) for claim in claims}
        keyed = keyed_quantities(claims, facts)
        lock_matching_keys(article.pk, claims, keyed)
        # Another matcher may have grouped these claims while this one waited for its locks.
        groups = dict(article.claims.values_list("pk", "group_id"))
        for claim in claims:
            claim.group_id = groups.get(claim.pk)
        touched, result.observations = assign_figures(keyed, article_date(article))
        figures_refresh([touched[pk] for pk in sorted(touched)])
        result.grouped, result.groups_created = group_claims_of_article(
            article.pk, claims, facts, headline=headline_span(article.title, article.body[:OPENING_CHARS])
        )
        result.figures = set(touched)
        return result
