"""The figures one article's quantities can go to, read in one SQL query: the same rows as the
ORM conditions it was written from, and a subject's LIKE pattern taken literally."""

from datetime import timedelta

import pytest
from django.db.models import Q

from claims.matching.facts import article_date, claim_facts
from claims.matching.figures import FIGURE_WINDOW, UNSAID_WINDOW, _pool_figures, keyed_quantities
from claims.matching.keys import FigureKey
from claims.matching.service import match_article_claims
from claims.models import Figure
from tests.matching.helpers import day, ingest
from tests.matching.stories import STORIES

pytestmark = pytest.mark.django_db


def _orm_pool(keys, current_ids, when) -> set[int]:
    """The pool as the ORM conditions wrote it."""
    in_window = Q(last_seen__gte=when - FIGURE_WINDOW, first_seen__lte=when + FIGURE_WINDOW)
    this_week = Q(last_seen__gte=when - UNSAID_WINDOW, first_seen__lte=when + UNSAID_WINDOW)
    query = Q(pk__in=current_ids) if current_ids else Q(pk__in=[])
    unsaid = {key.unit for key in keys if not key.subject}
    if unsaid:
        query |= Q(unit__in=unsaid) & this_week
    for key in keys:
        if not key.subject:
            continue
        head = key.subject.split()[-1]
        tails = sorted({head[i:] for i in range(1, len(head) - 3)})
        same_head = Q(subject_key__in=[head, *tails]) | Q(subject_key__endswith=head)
        for tail in tails:
            same_head |= Q(subject_key__endswith=f" {tail}")
        scopes = {k.scope for k in keys if k.subject and k.unit == key.unit and k.subject.split()[-1] == head}
        near = Q(scope_key__in=scopes | {""}) & in_window
        query |= Q(unit=key.unit) & same_head & (near | this_week if "" in scopes else near)
    return set(Figure.objects.filter(query).values_list("pk", flat=True))


def test_the_pool_holds_the_figures_the_orm_conditions_select():
    articles = [ingest(story) for story in STORIES]
    for article in articles:
        match_article_claims(article_id=article.pk)
    assert Figure.objects.count() > 3
    compared = 0
    for article in articles:
        claims = list(article.claims.prefetch_related("quantities"))
        keyed = keyed_quantities(claims, {c.pk: claim_facts(c, article.body) for c in claims})
        keys = {key for _, key in keyed if key is not None}
        current = {q.figure_id for q, _ in keyed if q.figure_id}
        for when in (article_date(article), article_date(article) + timedelta(days=40)):
            for ids in (current, set()):
                expected = _orm_pool(keys, ids, when)
                assert {f.pk for f in _pool_figures(keys, ids, when)} == expected
                compared += len(expected)
    assert compared


def test_a_subjects_wildcards_are_taken_literally():
    when = day(3)
    for subject in ("tax_rate", "taxarate", "rate", "tax%rate"):
        Figure.objects.create(subject_key=subject, unit="", label=subject, first_seen=when, last_seen=when)
    pool = _pool_figures({FigureKey(subject="tax_rate", scope="", unit="")}, set(), when)
    # The head itself and its last part ("rate"); "_" in a pattern would also take "taxarate" and "tax%rate".
    assert sorted(f.subject_key for f in pool) == ["rate", "tax_rate"]
