"""Bad input never reaches a 500: every error is JSON {"detail", "code"} (+ "errors" for fields)."""

import pytest
from rest_framework.throttling import UserRateThrottle

pytestmark = pytest.mark.django_db


def test_malformed_json_is_400_parse_error(api_client_for, editor, scenario):
    response = api_client_for(editor).post(
        f"/api/v1/claims/{scenario.in_review.pk}/verdict/", data='{"verdict": ', content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_a_json_list_instead_of_an_object_is_400(api_client_for, editor, scenario):
    response = api_client_for(editor).post(f"/api/v1/claims/{scenario.in_review.pk}/verdict/", [1, 2], format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid" and "non_field_errors" in response.json()["errors"]


def test_form_data_is_415(api_client_for, editor, scenario):
    response = api_client_for(editor).post(f"/api/v1/claims/{scenario.unreviewed.pk}/start-review/", {"a": "b"})
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"


def test_body_over_the_upload_limit_is_413(api_client_for, editor, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    body = '{"body": "' + "x" * 20_000 + '"}'
    response = api_client_for(editor).post("/api/v1/articles/", data=body, content_type="application/json")
    assert response.status_code == 413
    assert response.json() == {"detail": "The request body is too large.", "code": "request_too_large"}


def test_validation_errors_name_their_fields(api_client_for, reviewer, scenario):
    response = api_client_for(reviewer).post(
        f"/api/v1/claims/{scenario.in_review.pk}/verdict/", {"verdict": ["x"], "evidence": [{"url": 5}]}, format="json"
    )
    body = response.json()
    assert response.status_code == 400
    assert body["detail"] == "Invalid input." and body["code"] == "invalid"
    assert set(body["errors"]) == {"verdict", "rationale", "evidence"}


def test_unknown_route_under_the_api_is_404(api_client_for, viewer):
    assert api_client_for(viewer).get("/api/v1/claims/12/nothing/").status_code == 404


def test_throttled_requests_get_429_with_a_code(api_client_for, viewer, monkeypatch):
    # The rates are read once at import; narrow them for this test only.
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "2/minute"})
    # The limit counts per fixed minute: requests that straddle a minute's end would each find a fresh
    # allowance, so the clock stands still in the middle of one minute for this test.
    monkeypatch.setattr(UserRateThrottle, "timer", lambda self: 1_800_000_030.0)
    client = api_client_for(viewer)
    assert [client.get("/api/v1/speakers/").status_code for _ in range(3)] == [200, 200, 429]
    response = client.get("/api/v1/speakers/")
    assert response.json()["code"] == "throttled" and int(response["Retry-After"]) > 0
