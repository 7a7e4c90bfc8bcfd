"""The figures API, the figures admin page and the match_claims command, on the tsunami week."""

import html
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import claims.admin_figures  # noqa: F401 - registers the pages, as claims/admin.py will
from claims.matching.intervals import conflicting_positions, intervals_conflict, value_interval
from claims.matching.service import match_article_claims
from claims.models import Article, Claim, ClaimGroup, Figure
from tests.matching.helpers import Sentence, Story, day, ingest
from tests.matching.stories import STORIES


@pytest.fixture
def week(db):
    articles = [ingest(story) for story in STORIES]
    for article in articles:
        match_article_claims(article_id=article.pk)
    return articles


def regional():
    return Figure.objects.get(subject_key="deaths", scope_key="", first_seen__year=2004)


# --- intervals -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "values, conflict",
    [
        ([("23000", "exact"), ("38000", "at_least")], True),
        ([("20000", "more_than"), ("25000", "exact")], False),
        ([("23000", "exact"), ("23200", "exact")], False),  # rounding
        ([("23000", "exact"), ("24000", "exact")], True),
        ([("23000", "approximately"), ("25000", "exact")], False),
        ([("20000", "more_than"), ("20000", "exact")], False),  # 20,100 is reported as 20,000
        ([("20000", "more_than"), ("20000", "at_most")], True),  # "more than" is open
        ([("20000", "at_least"), ("20000", "at_most")], False),
        ([("20000", "less_than"), ("20000", "at_least")], True),
        ([("30000", "at_most"), ("25000", "more_than"), ("28000", "approximately")], False),
    ],
)
def test_values_conflict_when_no_single_number_satisfies_them_all(values, conflict):
    intervals = [value_interval(Decimal(v), q) for v, q in values]
    assert intervals_conflict(intervals) is conflict
    assert bool(conflicting_positions(intervals)) is conflict


# --- models ----------------------------------------------------------------------------


def test_the_database_refuses_a_group_without_its_anchor_and_a_figure_seen_backwards(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimGroup.objects.create(kind=ClaimGroup.Kind.STATEMENT, label="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimGroup.objects.create(kind="other", label="x", speaker=None)
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.create(subject_key="deaths", label="deaths", first_seen=now, last_seen=now - timezone.timedelta(days=1))


# --- API ---------------------------------------------------------------------------------


def test_the_list_filters_conflicting_figures_and_searches(week, viewer, api_client_for):
    client = api_client_for(viewer)
    body = client.get("/api/v1/figures/", {"conflicting": "true"}).json()
    assert [f["id"] for f in body["results"]] == [regional().pk]
    body = client.get("/api/v1/figures/", {"q": "indonesia"}).json()
    assert [f["scope_key"] for f in body["results"]] == ["indonesia"]
    assert client.get("/api/v1/figures/", {"conflicting": "perhaps"}).status_code == 400
    assert api_client_for(None).get("/api/v1/figures/").status_code == 401


def test_the_detail_lists_each_value_with_its_claim_article_and_speaker(week, viewer, api_client_for):
    figure = regional()
    client = api_client_for(viewer)
    with CaptureQueriesContext(connection) as queries:
        body = client.get(f"/api/v1/figures/{figure.pk}/").json()
    assert body["is_conflicting"] is True
    assert [(v["qualifier"], Decimal(v["value"]), v["conflicting"]) for v in body["values"]] == [
        ("exact", 23000, True), ("more_than", 20000, False), ("at_least", 38000, True),
        ("at_least", 38000, True), ("more_than", 100000, True), ("exact", 150000, True),
    ]
    first = body["values"][0]["claim"]
    assert first["statement"].startswith("The tsunami has killed 23,000 people")
    assert first["article"]["title"] == "Quake and tsunami kill thousands around the Indian Ocean"
    assert first["article"]["url"].startswith("https://news.example.org/")
    assert first["article"]["published_at"].startswith("2004-12-26")
    assert first["speaker"] is None
    # The values come in one query, whatever their number (auth, figure, values, and the token).
    assert len(queries) <= 5
    assert client.get("/api/v1/figures/999999/").status_code == 404


# --- admin ---------------------------------------------------------------------------------


def test_the_figure_page_shows_the_timeline_escaped_with_the_contradictions_marked(week, client, superuser):
    article = ingest(Story("<script>alert(1)</script>", day(30, hour=20), (
        Sentence("At least 39,000 <b>people</b> were killed across the region.", (("39,000", 39000, "at_least", "people"),)),
    )))
    match_article_claims(article_id=article.pk)
    client.force_login(superuser)
    page = client.get(f"/admin/claims/figure/{regional().pk}/change/").content.decode()
    assert "contradicts another value" in page
    assert page.count("contradicts another value") == 6  # all but "more than 20,000"
    assert "<b>people</b>" not in page and html.escape("<b>people</b>") in page
    assert "<script>alert(1)</script>" not in page
    assert page.index("23,000") < page.index("150,000")
    listing = client.get("/admin/claims/figure/", {"is_conflicting__exact": "1"}).content.decode()
    assert "deaths" in listing


def test_the_group_page_lists_its_claims(week, client, superuser):
    client.force_login(superuser)
    group = ClaimGroup.objects.get(kind=ClaimGroup.Kind.STATEMENT)
    page = client.get(f"/admin/claims/claimgroup/{group.pk}/change/").content.decode()
    assert "Quake and tsunami kill thousands" in page and "Death toll passes 20,000" in page


# --- command ---------------------------------------------------------------------------------


def test_match_claims_rebuilds_everything_to_the_same_result(week):
    before = sorted((f.subject_key, f.scope_key, f.value_count, f.is_conflicting) for f in Figure.objects.all())
    groups_before = ClaimGroup.objects.count()
    out = StringIO()
    call_command("match_claims", "--reset", stdout=out)
    after = sorted((f.subject_key, f.scope_key, f.value_count, f.is_conflicting) for f in Figure.objects.all())
    assert after == before and ClaimGroup.objects.count() == groups_before == 2
    assert f"{Article.objects.count()} articles matched" in out.getvalue()
    assert "1 conflicting" in out.getvalue() and "0 failed" in out.getvalue()
    assert Claim.objects.exclude(group=None).count() == 4


def test_match_claims_names_a_missing_article(db):
    with pytest.raises(CommandError, match="999999"):
        call_command("match_claims", "--article", "999999")
