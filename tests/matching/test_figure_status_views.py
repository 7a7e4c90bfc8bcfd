"""The status of figures in the API and the admin, on the labelled reports."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import claims.admin_figures  # noqa: F401 - registers the pages, as claims/admin.py will
from claims.models import Claim, Figure
from tests.matching.figure_scoring import ingest_reports

# Session, user, count, figures, their values, the date hierarchy, the filters' choices.
MAX_LIST_QUERIES = 10


@pytest.fixture
def reports(db):
    return ingest_reports()


def test_the_list_filters_by_status_and_puts_disputed_first(reports, viewer, api_client_for):
    client = api_client_for(viewer)
    disputed = client.get("/api/v1/figures/", {"status": "disputed"}).json()
    assert disputed["count"] == Figure.objects.filter(status="disputed").count() >= 5
    assert {f["status"] for f in disputed["results"]} == {"disputed"}
    everything = client.get("/api/v1/figures/", {"page_size": 100}).json()["results"]
    ranks = [["disputed", "revised", "consistent"].index(f["status"]) for f in everything]
    assert ranks == sorted(ranks)
    # ?conflicting= still works: a figure whose values cannot all be true is revised or disputed.
    conflicting = client.get("/api/v1/figures/", {"conflicting": "true", "page_size": 100}).json()["results"]
    assert {f["status"] for f in conflicting} == {"disputed", "revised"}
    bad = client.get("/api/v1/figures/", {"status": "contested"})
    assert bad.status_code == 400 and "consistent, revised, disputed" in str(bad.json())


def test_the_detail_gives_each_value_with_its_qualifier_claim_speaker_outlet_and_date(reports, viewer, api_client_for):
    figure = Figure.objects.get(subject_key="homes destroyed")
    body = api_client_for(viewer).get(f"/api/v1/figures/{figure.pk}/").json()
    assert body["status"] == "disputed" and body["report_count"] == 2
    values = [(v["value"], v["qualifier"], v["speaker"], v["outlet"], v["divergence"]) for v in body["values"]]
    assert values == [
        ("37", "exact", "Rui Matos", "Daily B", "disputed"),
        ("52", "exact", "Local officials in Ponte de Lima", "Coast Radio", "disputed"),
        ("37", "exact", "Rui Matos", "Daily B", "disputed"),
    ]
    assert body["values"][0]["reported_at"].startswith("2025-03-11")
    assert body["values"][1]["claim"]["statement"].startswith("Local officials in Ponte de Lima said 52 homes")


def test_the_admin_lists_disputed_figures_first_and_links_the_claims_that_disagree(reports, client, superuser):
    client.force_login(superuser)
    with CaptureQueriesContext(connection) as queries:
        listing = client.get("/admin/claims/figure/").content.decode()
    # The values come in one query for the page, however many figures and values.
    assert len(queries) <= MAX_LIST_QUERIES, [q["sql"][:80] for q in queries]
    assert listing.index("Disputed") < listing.index("Revised") < listing.index("Consistent")
    assert "37, 52" in listing  # the values, at a glance
    figure = Figure.objects.get(subject_key="homes destroyed")
    page = client.get(f"/admin/claims/figure/{figure.pk}/change/").content.decode()
    section = page[page.index("Claims that disagree"):]
    for claim in Claim.objects.filter(quantities__figure=figure):
        assert f"/admin/claims/claim/{claim.pk}/change/" in section
    assert "contradicts another value: disputed" in page
