"""Garbage in a query, a cursor or a body answers 400 or 404, never 500
(issue 16, finding 3)."""

import base64
import json
from urllib.parse import urlencode

import pytest
from rest_framework.test import APIClient

from tests.factories import ArticleFactory, ClaimFactory

LIST_ENDPOINTS = ["/api/v1/claims/", "/api/v1/articles/", "/api/v1/claimreview/"]


@pytest.fixture
def api(editor, api_client_for):
    client = api_client_for(editor)
    client.raise_request_exception = False
    return client


@pytest.fixture
def claims(db):
    return [ClaimFactory(article=ArticleFactory()) for _ in range(3)]


def _cursor(query: str) -> str:
    return base64.b64encode(query.encode()).decode()


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", LIST_ENDPOINTS)
@pytest.mark.parametrize(
    "position",
    ["abc", "0001-01-01T00:00:00+14:00", "9223372036854775808", "2020-13-45", "\x00", "9999-12-31T23:59:59-14:00"],
)
def test_a_forged_cursor_is_not_found(api, claims, endpoint, position):
    response = api.get(endpoint, {"cursor": _cursor(urlencode({"p": position}))})
    assert response.status_code == 404, response.content
    assert response.json()["code"] == "not_found"


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", LIST_ENDPOINTS)
@pytest.mark.parametrize("position", ["2020-01-01T00:00:00-23:32", "0391-06-01T00:00:00-23:32"])
def test_a_cursor_with_an_offset_postgresql_refuses_is_read_in_utc(api, claims, endpoint, position):
    # A real instant, written with an offset PostgreSQL does not take (beyond ±15:59).
    response = api.get(endpoint, {"cursor": _cursor(urlencode({"p": position}))})
    assert response.status_code == 200, response.content


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", ["id", "-id", "published_at", "created_at"])
def test_a_forged_cursor_on_any_ordering_is_not_found(api, claims, ordering):
    response = api.get("/api/v1/claims/", {"ordering": ordering, "cursor": _cursor("p=99999999999999999999999")})
    assert response.status_code == 404


@pytest.mark.django_db
def test_a_real_cursor_still_pages(api, claims):
    first = api.get("/api/v1/claims/", {"page_size": 2}).json()
    second = api.get(first["next"])
    assert second.status_code == 200
    assert {c["id"] for c in second.json()["results"]}.isdisjoint({c["id"] for c in first["results"]})


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"speaker": "²"},
        {"speaker": "\x00"},
        {"outlet": "\x00"},
        {"subject": "\x00"},
        {"q": "\x00"},
        {"article": "9223372036854775808"},
        {"value_min": "1e400"},
    ],
)
def test_garbage_claim_filters_are_400_or_select_nothing(api, claims, params):
    response = api.get("/api/v1/claims/", params)
    assert response.status_code in (200, 400), response.content
    if response.status_code == 200:
        assert response.json()["results"] == []


@pytest.mark.django_db
def test_a_date_filter_with_an_offset_postgresql_refuses_is_compared_in_utc(api, claims):
    response = api.get("/api/v1/claims/", {"created_after": "0391-06-01T12:00:00-23:32"})
    assert response.status_code == 200, response.content
    assert len(response.json()["results"]) == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", [{"created_before": "0001-01-01T00:00:00+14:00"}, {"published_after": "9999-12-31T23:59:59-14:00"}]
)
def test_a_date_filter_outside_utc_years_is_400(api, claims, params):
    response = api.get("/api/v1/claims/", params)
    assert response.status_code == 400, response.content
    assert "UTC" in json.dumps(response.json())


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"q": "\x00"}, {"q": "x\x00y"}, {"status": "\x00"}, {"conflicting": "\x00"}])
def test_garbage_figure_filters_are_400(api, params):
    response = api.get("/api/v1/figures/", params)
    assert response.status_code == 400, response.content


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"outlet": "\x00"}, {"extraction_status": "\x00"}])
def test_garbage_article_filters_are_400_or_select_nothing(api, claims, params):
    response = api.get("/api/v1/articles/", params)
    assert response.status_code in (200, 400), response.content


@pytest.mark.django_db
def test_garbage_speaker_filter_is_400_or_selects_nothing(api, claims):
    response = api.get("/api/v1/speakers/", {"name": "\x00"})
    assert response.status_code in (200, 400)


def _deep(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.django_db
@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize(
    "path",
    ["/api/v1/articles/", "claims/{id}/start-review/", "claims/{id}/verdict/", "claims/{id}/approve/",
     "claims/{id}/reopen/", "claims/{id}/apply-group-verdict/", "claims/{id}/"],
)
def test_json_nested_deep_on_a_write_endpoint_is_400(api, claims, path, depth):
    url = path if path.startswith("/") else "/api/v1/" + path.format(id=claims[0].pk)
    send = api.patch if path == "claims/{id}/" else api.post
    response = send(url, data=_deep(depth), content_type="application/json")
    # approve and apply-group-verdict read no body: they answer for the claim's state instead.
    assert response.status_code in (400, 409), response.content
    if response.status_code == 400:
        assert response.json()["code"] == "json_too_deep"


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["\ud800", "\x00"])
def test_an_unstorable_string_in_a_body_is_400(api, claims, bad):
    body = json.dumps({"body": f"The mayor said 3 bridges {bad} would close.", "title": "t"})
    response = api.post("/api/v1/articles/", data=body, content_type="application/json")
    assert response.status_code == 400, response.content


@pytest.mark.django_db
@pytest.mark.parametrize("published_at", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_submitted_date_outside_utc_years_is_400_and_nothing_is_stored(api, published_at):
    from claims.models import Article

    body = {"body": "The council said 40 new homes would be built next year.", "published_at": published_at}
    response = api.post("/api/v1/articles/", data=body, format="json")
    assert response.status_code == 400, response.content
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_invalid_utf8_body_is_400(api):
    response = api.post("/api/v1/articles/", data=b'{"body": "caf\xe9"}', content_type="application/json")
    assert response.status_code == 400


def test_anonymous_garbage_is_401_not_500(db):
    client = APIClient(raise_request_exception=False)
    assert client.get("/api/v1/claims/", {"cursor": _cursor("p=abc")}).status_code == 401


@pytest.mark.django_db
def test_a_session_cookie_with_a_nul_is_ignored_not_a_500(api, claims):
    api.cookies["sessionid"] = "abc\x00def"
    assert api.get("/api/v1/articles/").status_code == 200
