"""GET /api/v1/claims/: item shape, filters, full-text search, ordering, cursor pages, CSV export, query counts."""

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone as dj_timezone

from claims.models import Claim
from tests.api.conftest import ingest, sentence_claim

pytestmark = pytest.mark.django_db


def ids(response):
    assert response.status_code == 200, response.content[:300]
    return {item["id"] for item in response.json()["results"]}


@pytest.fixture
def client(api_client_for, viewer):
    return api_client_for(viewer)


def test_item_shape(client, scenario):
    item = next(i for i in client.get("/api/v1/claims/").json()["results"] if i["id"] == scenario.unreviewed.pk)
    claim = scenario.unreviewed
    assert item["statement"] == claim.text
    assert item["span"] == {"start": claim.start, "end": claim.end}
    assert item["speaker"] == {"id": claim.speaker_id, "name": "Jane Doe", "kind": "person"}
    assert item["quantities"] == [
        {"id": claim.quantities.get().pk, "value": "120", "text": "120 people", "qualifier": "exact", "subject": "people", "unit": ""}
    ]
    assert item["article"]["title"] == "Floods force evacuations"
    assert item["article"]["url"] == "https://news.example.org/floods"
    assert item["article"]["published_at"] == "2025-03-01T09:00:00Z"
    assert item["status"] == "unreviewed"
    assert item["verdict"] is None
    assert item["published"] is False
    assert item["content"] == "120 people had been evacuated from the flooded district"
    assert item["cue"] == "said" and item["direct"] is False
    assert set(item["kinds"]) == {"numeric", "attributed"}
    assert "updated_at" in item


def test_verdict_and_published_follow_the_workflow(client, scenario):
    items = {i["id"]: i for i in client.get("/api/v1/claims/").json()["results"]}
    assert items[scenario.decided.pk]["verdict"] == "disputed"
    assert items[scenario.decided.pk]["published"] is False
    assert items[scenario.published.pk]["verdict"] == "verified"
    assert items[scenario.published.pk]["published"] is True
    assert items[scenario.in_review.pk]["verdict"] is None
    # Unattributed claims carry no attribution fields.
    assert items[scenario.published.pk]["content"] is None


@pytest.mark.parametrize(
    "query,expected",
    [
        ("status=in_review", {"in_review"}),
        ("status=verified", {"published"}),
        ("published=true", {"published", "not_a_claim"}),
        ("published=false", {"unreviewed", "in_review", "decided"}),
        ("kind=numeric", {"unreviewed", "in_review", "decided"}),
        ("kind=attributed", {"unreviewed", "in_review", "not_a_claim"}),
        ("speaker=jane", {"unreviewed"}),
        ("speaker=Ministry of Health", {"in_review"}),
        ("outlet=example news", {"unreviewed", "in_review", "decided", "published", "not_a_claim"}),
        ("outlet=Other Times", set()),
        ("subject=hospitals", {"in_review"}),
        ("value_min=50", {"unreviewed"}),
        ("value_max=50", {"in_review", "decided"}),
        ("value_min=4&value_max=5", {"decided"}),
        # subject and bounds describe one quantity together.
        ("subject=people&value_max=50", set()),
    ],
)
def test_filters(client, scenario, query, expected):
    assert ids(client.get(f"/api/v1/claims/?{query}")) == {getattr(scenario, name).pk for name in expected}


def test_filter_by_speaker_id_and_article(client, scenario):
    other = ingest(
        body="The governor said 7 schools were closed. ",
        claims=[sentence_claim("The governor said 7 schools were closed. ", "The governor said 7 schools were closed.")],
        url="https://news.example.org/schools",
        outlet="Other Times",
    )
    assert ids(client.get(f"/api/v1/claims/?speaker={scenario.in_review.speaker_id}")) == {scenario.in_review.pk}
    assert ids(client.get(f"/api/v1/claims/?article={other.pk}")) == {other.claims.get().pk}
    assert ids(client.get("/api/v1/claims/?outlet=Other%20Times")) == {other.claims.get().pk}


def test_assigned_to_me(api_client_for, reviewer, viewer, scenario):
    assert ids(api_client_for(reviewer).get("/api/v1/claims/?assigned_to=me")) == {
        scenario.in_review.pk,
        scenario.decided.pk,
        scenario.published.pk,
        scenario.not_a_claim.pk,
    }
    assert ids(api_client_for(viewer).get("/api/v1/claims/?assigned_to=me")) == set()


def test_date_ranges(client, scenario):
    Claim.objects.filter(pk=scenario.unreviewed.pk).update(created_at=datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert ids(client.get("/api/v1/claims/?created_before=2024-06-01T00:00:00Z")) == {scenario.unreviewed.pk}
    assert scenario.unreviewed.pk not in ids(client.get("/api/v1/claims/?created_after=2024-06-01T00:00:00Z"))
    soon = (dj_timezone.now() + timedelta(days=1)).isoformat().replace("+00:00", "Z")
    assert ids(client.get("/api/v1/claims/", {"published_before": soon})) == {scenario.published.pk, scenario.not_a_claim.pk}
    assert ids(client.get("/api/v1/claims/", {"published_after": soon})) == set()


@pytest.mark.parametrize(
    "q,expected",
    [
        # Stemming: "evacuate" finds "evacuated" and "evacuation".
        ("evacuate", {"unreviewed", "not_a_claim"}),
        ("hospital power", {"in_review"}),
        # websearch syntax: a quoted phrase, and exclusion.
        ('"without power"', {"in_review"}),
        ("evacuation -critics", {"unreviewed"}),
        ("unemployment OR bridge", {"decided", "published"}),
        # The speaker's name matches even where the statement does not contain it.
        ("Ministry of Health", {"in_review"}),
        ("zebra", set()),
    ],
)
@pytest.mark.parametrize("limit", [0, 1000])
def test_full_text_search(client, scenario, monkeypatch, q, expected, limit):
    # Few matches are fetched by their ids; past SEARCH_ID_LIMIT the page walks the claims
    # with the match as a plain condition: the same claims either way.
    from claims import selectors

    monkeypatch.setattr(selectors, "SEARCH_ID_LIMIT", limit)
    assert ids(client.get("/api/v1/claims/", {"q": q})) == {getattr(scenario, name).pk for name in expected}


@pytest.mark.parametrize("limit", [0, 1000])
def test_search_and_speaker_filter_with_many_matching_speakers(client, scenario, monkeypatch, limit):
    # Past SEARCH_ID_LIMIT matching speakers the filter is a subquery, not a list of ids:
    # the same claims either way.
    from claims import selectors

    monkeypatch.setattr(selectors, "SEARCH_ID_LIMIT", limit)
    assert ids(client.get("/api/v1/claims/", {"q": "Ministry of Health"})) == {scenario.in_review.pk}
    assert ids(client.get("/api/v1/claims/", {"q": "ministry"})) == {scenario.in_review.pk}
    assert ids(client.get("/api/v1/claims/", {"speaker": "i"})) == {scenario.in_review.pk, scenario.not_a_claim.pk}
    assert ids(client.get("/api/v1/claims/", {"speaker": "nobody at all"})) == set()


def test_invalid_filters_are_400_with_field_errors(client, scenario):
    response = client.get("/api/v1/claims/?status=maybe&value_min=lots&created_after=yesterday&published=perhaps")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert {"status", "value_min", "created_after"} <= set(body["errors"])
    assert client.get("/api/v1/claims/?q=a%00b").status_code == 400
    assert client.get(f"/api/v1/claims/?value_min=1{'0' * 40}").status_code == 400


def _make_claims(n):
    sentences = [f"Officials said {i + 10} houses were damaged in district {i}." for i in range(n)]
    body = " ".join(sentences) + " "
    return ingest(
        body=body,
        claims=[sentence_claim(body, s, quantities=[(f"{i + 10} houses", str(i + 10), "houses", "")]) for i, s in enumerate(sentences)],
        url=f"https://news.example.org/damage-{n}",
    )


def test_ordering(client, scenario):
    order = [i["id"] for i in client.get("/api/v1/claims/?ordering=id").json()["results"]]
    assert order == sorted(c.pk for c in scenario.all())
    order = [i["id"] for i in client.get("/api/v1/claims/?ordering=-id").json()["results"]]
    assert order == sorted((c.pk for c in scenario.all()), reverse=True)
    # By publication date: only published claims have one.
    order = [i["id"] for i in client.get("/api/v1/claims/?ordering=published_at").json()["results"]]
    assert order == [scenario.published.pk, scenario.not_a_claim.pk]
    # An unknown field falls back to the default order rather than failing.
    assert client.get("/api/v1/claims/?ordering=text").status_code == 200


def test_cursor_pagination_walks_every_claim_once(client):
    _make_claims(23)
    seen, url, pages = [], "/api/v1/claims/?page_size=5", 0
    while url:
        body = client.get(url).json()
        assert len(body["results"]) <= 5
        seen += [i["id"] for i in body["results"]]
        url, pages = body["next"], pages + 1
    assert pages == 5
    assert seen == list(Claim.objects.order_by("-created_at", "-id").values_list("id", flat=True))
    # page_size is capped at 200.
    assert len(client.get("/api/v1/claims/?page_size=100000").json()["results"]) == 23
    assert client.get("/api/v1/claims/?cursor=garbage").status_code == 404


def test_cursor_pages_ordered_by_id(client):
    _make_claims(12)
    first = client.get("/api/v1/claims/?ordering=id&page_size=5").json()
    second = client.get(first["next"]).json()
    expected = list(Claim.objects.order_by("id").values_list("id", flat=True))
    assert [i["id"] for i in first["results"] + second["results"]] == expected[:10]


def test_query_count_does_not_grow_with_page_size(client, django_assert_max_num_queries):
    _make_claims(120)
    # token + user, permissions (user's and groups' in one), the page, its quantities: 4 at any size.
    with django_assert_max_num_queries(4):
        small = client.get("/api/v1/claims/?page_size=5")
    with django_assert_max_num_queries(4):
        large = client.get("/api/v1/claims/?page_size=100")
    assert len(small.json()["results"]) == 5 and len(large.json()["results"]) == 100


def test_search_query_count(client, scenario, django_assert_max_num_queries):
    # The list's 4, plus what matches, looked up before the page: the claims whose words
    # match, the speakers whose name matches, and those speakers' claims.
    with django_assert_max_num_queries(7):
        response = client.get("/api/v1/claims/", {"q": "Jane", "status": "unreviewed"})
    assert ids(response) == {scenario.unreviewed.pk}


def test_list_rows_match_the_serializer(client, scenario, reviewer):
    """The list builds its rows from plain dicts; they must be ClaimListOutput's, field for field."""
    from claims.api.serializers import ClaimListOutput
    from claims.selectors import claim_list

    items = client.get("/api/v1/claims/?ordering=id").json()["results"]
    expected = ClaimListOutput(claim_list().order_by("id"), many=True).data
    assert json.loads(json.dumps(expected, cls=DjangoJSONEncoder)) == json.loads(
        json.dumps(items, cls=DjangoJSONEncoder)
    )
    assert [list(i) for i in items] == [list(e) for e in expected]  # the same keys, in the same order
    assert len(items) == 5


@pytest.mark.parametrize(
    "value",
    ["411680.000000", "0.000000", "-0.000000", "-12.500000", "1000000000000000000000.000000",
     "9999999999999999999999.999999", "12.5", "1E-7", "1E+30", "0.1000004", "NaN"],
)
def test_row_values_are_written_as_the_decimal_field_writes_them(value):
    """A value with the column's six places skips the quantizing; any other goes through the field."""
    from decimal import Decimal

    from claims.api.serializers import _VALUE, _value

    try:
        expected = _VALUE.to_representation(Decimal(value))
    except Exception as exc:  # noqa: BLE001 - the same failure either way
        with pytest.raises(type(exc)):
            _value(Decimal(value))
    else:
        assert _value(Decimal(value)) == expected


def test_row_dates_are_written_as_the_datetime_field_writes_them():
    from zoneinfo import ZoneInfo

    from rest_framework import serializers

    from claims.api.serializers import _datetime, _utc_output

    field = serializers.DateTimeField()
    for moment in [
        datetime(2026, 11, 1, 3, 57, 13, 705658, tzinfo=timezone.utc),
        datetime(2026, 11, 1, 3, 57, 13, tzinfo=timezone.utc),
        datetime(1, 1, 1, tzinfo=timezone.utc),
        datetime(2026, 11, 1, 3, 57, 13, 1, tzinfo=ZoneInfo("UTC")),
        datetime(2026, 6, 1, 3, 0, tzinfo=ZoneInfo("Europe/London")),
        datetime(2026, 6, 1, tzinfo=timezone(timedelta(hours=2))),
    ]:
        assert _datetime(moment, _utc_output()) == field.to_representation(moment)


def test_page_rows_follow_the_page_and_leave_out_a_claim_deleted_meanwhile():
    """The rows are read by id after the page is cut: in the page's order, every quantity of a
    claim in text order, and a claim deleted in between is simply not in the page."""
    from claims.selectors import claim_page, claim_page_rows

    body = "The ferry carried 212 passengers and 31 cars across the strait. Nobody was hurt. "
    article = ingest(
        body=body,
        claims=[
            sentence_claim(body, "The ferry carried 212 passengers and 31 cars across the strait.",
                           quantities=[("212 passengers", "212", "passengers", ""), ("31 cars", "31", "cars", "")]),
            sentence_claim(body, "Nobody was hurt."),
        ],
        url="https://news.example.org/ferry-crossing",
    )
    ferry, nobody = Claim.objects.filter(article=article).order_by("start")
    page = list(claim_page(Claim.objects.filter(article=article).order_by("-start")))
    rows, quantities = claim_page_rows(page)
    assert [r["id"] for r in rows] == [nobody.pk, ferry.pk]
    assert [q["text"] for q in quantities[ferry.pk]] == ["212 passengers", "31 cars"]
    assert quantities[nobody.pk] == [] and rows[1]["article__url"] == "https://news.example.org/ferry-crossing"
    nobody.delete()
    rows, _ = claim_page_rows(page)
    assert [r["id"] for r in rows] == [ferry.pk]
    assert claim_page_rows([]) == ([], {})


def test_speaker_claims_query_count(client, scenario, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):  # the list's 4, plus the speaker's existence
        response = client.get(f"/api/v1/speakers/{scenario.unreviewed.speaker_id}/claims/")
    assert ids(response) == {scenario.unreviewed.pk}


def _csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_csv_export_honours_the_filters(client, scenario):
    rows = _csv(client.get("/api/v1/claims/export.csv?published=true&ordering=id"))
    assert [int(r["id"]) for r in rows] == [scenario.published.pk, scenario.not_a_claim.pk]
    assert rows[0]["verdict"] == "verified" and rows[0]["statement"] == scenario.published.text
    rows = _csv(client.get("/api/v1/claims/export/?format=csv&speaker=jane"))
    assert len(rows) == 1
    assert rows[0]["speaker"] == "Jane Doe" and rows[0]["quantities"] == "exact 120 people"
    assert client.get("/api/v1/claims/export.csv?status=maybe").status_code == 400


def test_csv_export_streams_many_rows_in_constant_queries(client, django_assert_max_num_queries):
    _make_claims(60)
    with django_assert_max_num_queries(8):
        response = client.get("/api/v1/claims/export.csv")
        rows = _csv(response)
    assert len(rows) == 60


def test_csv_cells_cannot_become_formulas(client):
    body = "=HYPERLINK(1) said 3 cats were seen. "
    ingest(body=body, claims=[sentence_claim(body, "=HYPERLINK(1) said 3 cats were seen.")], url="https://x.example.org/a")
    rows = _csv(client.get("/api/v1/claims/export.csv"))
    assert rows[0]["statement"].startswith("'=")
