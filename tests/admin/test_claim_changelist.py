"""The claims change list: columns, filters, search, and a query count that does
not grow with the number of claims (no N+1, no COUNT of the whole table)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.admin import EstimatedCountPaginator
from claims.models import Claim
from reviews import services
from tests.factories import ClaimFactory

from .conftest import numbered_article

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def listed_ids(response) -> set[int]:
    return {claim.pk for claim in response.context["cl"].result_list}


def changelist_queries(client, url=CHANGELIST) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_the_query_count_does_not_grow_with_the_claims(client_for, reviewer, editor, django_assert_max_num_queries):
    client = client_for(reviewer)
    for n in range(3):
        claim = numbered_article(n).claims.get()
        services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    few = changelist_queries(client)

    # Sixty more, each with its own article, speaker, number and assignee: more than a page.
    for n in range(3, 63):
        claim = numbered_article(n).claims.get()
        services.claim_start_review(claim_id=claim.pk, actor=editor, assignee=reviewer)
    many = changelist_queries(client)
    filtered = changelist_queries(client, CHANGELIST + "?status__exact=in_review&kind=numeric&assigned=me&speaker=Official")

    assert few == many
    # session, user, (groups/permissions) , count, page, prefetch of the quantities.
    with django_assert_max_num_queries(8):
        response = client.get(CHANGELIST)
    assert len(listed_ids(response)) == 50
    print(f"\nchangelist queries: 3 claims={few}, 63 claims={many}, filtered={filtered}")
    assert filtered <= many + 1


def test_rows_show_statement_speaker_numbers_article_badge_and_assignee(client_for, reviewer):
    claim = numbered_article(7, speaker="Maria Lopez").claims.get()
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)

    html = client_for(reviewer).get(CHANGELIST).content.decode()

    assert "1007 homes were flooded in district 7" in html
    assert "Maria Lopez" in html
    assert ">1007<" in html
    assert "Flood report 7" in html
    assert 'class="claim-badge claim-badge--in_review"' in html
    assert reviewer.username in html


def test_the_sidebar_does_not_list_speakers_or_articles(client_for, viewer):
    for n in range(5):
        numbered_article(n, speaker=f"Sidebar Person {n}")
    response = client_for(viewer).get(CHANGELIST + "?status__exact=verified")  # no rows: only the sidebar could name them

    html = response.content.decode()
    assert listed_ids(response) == set()
    assert "Sidebar Person" not in html
    assert 'name="speaker"' in html and 'name="article"' in html and 'name="outlet"' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status__exact=unreviewed", {"a", "d"}),
        ("status__exact=verified", {"c"}),
        ("published=yes", {"c"}),
        ("published=no", {"a", "b", "d"}),
        ("kind=numeric", {"a", "b", "c"}),
        ("kind=attributed", {"a", "b", "c"}),
        ("assigned=me", {"b"}),
        ("assigned=nobody", {"a", "d"}),
        ("speaker=lopez", {"a"}),
        ("speaker=LOPEZ&status__exact=unreviewed", {"a"}),
        ("outlet=the+daily", {"b"}),
        ("article=Flood+report+3", {"c"}),
        ("q=Lopez", {"a"}),
        ("q=district+2", {"b"}),
        ("q=Flood+report+3", {"c"}),
        ("q=Unrelated+headline", {"d"}),
    ],
)
def test_filters_and_search(client_for, reviewer, other_reviewer, editor, query, expected):
    claims = {
        "a": numbered_article(1, speaker="Maria Lopez").claims.get(),
        "b": numbered_article(2, outlet="The Daily").claims.get(),
        "c": numbered_article(3).claims.get(),
        "d": ClaimFactory(article__title="Unrelated headline"),
    }
    services.claim_start_review(claim_id=claims["b"].pk, actor=reviewer)
    services.claim_start_review(claim_id=claims["c"].pk, actor=other_reviewer)
    services.claim_submit_verdict(
        claim_id=claims["c"].pk, actor=other_reviewer, verdict="verified", rationale="Yes.",
        evidence=[{"url": "https://example.org/"}],
    )
    services.claim_approve(claim_id=claims["c"].pk, actor=editor)

    response = client_for(reviewer).get(f"{CHANGELIST}?{query}")

    assert response.status_code == 200
    assert listed_ids(response) == {claims[k].pk for k in expected}


def test_speaker_and_article_filters_take_an_id(client_for, viewer):
    a = numbered_article(1).claims.get()
    b = numbered_article(2).claims.get()
    client = client_for(viewer)
    assert listed_ids(client.get(f"{CHANGELIST}?speaker=%23{a.speaker_id}")) == {a.pk}
    assert listed_ids(client.get(f"{CHANGELIST}?article=%23{b.article_id}")) == {b.pk}


def test_newest_claims_come_first(client_for, viewer):
    first, second = numbered_article(1).claims.get(), numbered_article(2).claims.get()
    response = client_for(viewer).get(CHANGELIST)
    assert [c.pk for c in response.context["cl"].result_list] == [second.pk, first.pk]


def test_the_paginator_estimates_an_unfiltered_big_table_and_counts_a_filtered_one(db):
    for n in range(3):
        numbered_article(n)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    paginator = EstimatedCountPaginator(Claim.objects.all(), 50)
    paginator.estimate_above = 1  # pretend three rows are a big table

    with CaptureQueriesContext(connection) as ctx:
        estimated = paginator.count
    assert "reltuples" in ctx.captured_queries[0]["sql"] and "COUNT" not in ctx.captured_queries[0]["sql"]
    assert estimated == 3  # fresh statistics: the estimate is exact here

    filtered = EstimatedCountPaginator(Claim.objects.filter(is_numeric=True), 50)
    filtered.estimate_above = 1
    with CaptureQueriesContext(connection) as ctx:
        assert filtered.count == 3
    assert "COUNT" in ctx.captured_queries[0]["sql"]


def test_a_filtered_count_stops_at_the_cap_and_takes_the_planners_estimate(db):
    for n in range(5):
        numbered_article(n)
    filtered = EstimatedCountPaginator(Claim.objects.filter(is_numeric=True), 50)
    filtered.exact_up_to = 2  # pretend five rows are more than anyone pages through
    with CaptureQueriesContext(connection) as ctx:
        count = filtered.count
    sqls = [q["sql"] for q in ctx.captured_queries]
    # The exact count reads at most exact_up_to + 1 rows; then the planner's estimate.
    assert "COUNT" in sqls[0] and "LIMIT 3" in sqls[0]
    assert sqls[1].startswith("EXPLAIN") and len(sqls) == 2
    assert count >= 3
    # Under the cap, the exact number.
    small = EstimatedCountPaginator(Claim.objects.filter(is_numeric=True), 50)
    assert small.count == 5


def test_search_is_full_text_and_does_not_join(client_for, reviewer):
    a = numbered_article(1, speaker="Maria Lopez").claims.get()
    b = numbered_article(2).claims.get()
    client = client_for(reviewer)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(CHANGELIST + "?q=flood")  # stemmed: finds "flooded"
    assert listed_ids(response) == {a.pk, b.pk}
    page = next(q["sql"] for q in ctx.captured_queries if 'FROM "claims_claim"' in q["sql"] and "LIMIT" in q["sql"])
    assert "@@" in page and "LIKE" not in page
    assert listed_ids(client.get(CHANGELIST + "?q=-district")) == set()
    assert listed_ids(client.get(CHANGELIST + "?q=lopez")) == {a.pk}
