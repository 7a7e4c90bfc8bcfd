"""The review workflow over HTTP: detail + ETag, If-Match, 409 on illegal transitions, corrections, history."""

import pytest

from claims.models import Claim
from reviews.models import ReviewEvent

pytestmark = pytest.mark.django_db


def etag(claim):
    return f'W/"claim-{claim.pk}-v{claim.version}"'


def test_detail_carries_version_history_rationale_evidence_and_etag(api_client_for, viewer, scenario):
    claim = scenario.published
    response = api_client_for(viewer).get(f"/api/v1/claims/{claim.pk}/")
    assert response.status_code == 200
    assert response["ETag"] == etag(claim)
    body = response.json()
    assert body["version"] == claim.version == 4  # start, verdict, approve
    assert body["verdict"] == "verified" and body["published"] is True
    assert body["rationale"] == "The bridge's plaque says 1932."
    assert [e["url"] for e in body["evidence"]] == ["https://stats.example.org/unemployment"]
    assert [h["action"] for h in body["history"]] == ["start_review", "verdict", "approve"]
    assert body["history"][1]["actor"]["username"] == "rita_reviewer"
    assert body["history"][1]["evidence"][0]["note"] == "Official series"


def test_detail_query_count(api_client_for, viewer, scenario, django_assert_max_num_queries):
    client = api_client_for(viewer)
    # The first request of a process also loads its fact-check index; a steady one does not.
    assert client.get(f"/api/v1/claims/{scenario.published.pk}/").status_code == 200
    # token+user, permissions (2), claim, quantities, events (+actor, assignee), evidence;
    # then the earlier fact-checks: the claim's vector, the library's version, its own verdict row,
    # the library's rows.
    with django_assert_max_num_queries(10):
        assert client.get(f"/api/v1/claims/{scenario.published.pk}/").status_code == 200


def test_full_workflow_through_the_api(api_client_for, reviewer, editor, scenario):
    claim = scenario.unreviewed
    as_reviewer, as_editor = api_client_for(reviewer), api_client_for(editor)
    started = as_reviewer.post(f"/api/v1/claims/{claim.pk}/start-review/", {}, format="json")
    assert started.status_code == 200 and started.json()["status"] == "in_review"
    assert started.json()["assignee"]["username"] == "rita_reviewer"
    decided = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/verdict/",
        {"verdict": "verified", "rationale": "The council's figures agree.", "evidence": [{"url": "https://council.example.org/"}]},
        format="json",
        HTTP_IF_MATCH=started["ETag"],
    )
    assert decided.status_code == 200, decided.json()
    assert decided.json()["verdict"] == "verified" and decided.json()["published"] is False
    approved = as_editor.post(f"/api/v1/claims/{claim.pk}/approve/", format="json", HTTP_IF_MATCH=decided["ETag"])
    assert approved.status_code == 200 and approved.json()["published"] is True
    reopened = as_editor.post(f"/api/v1/claims/{claim.pk}/reopen/", {"reason": "A correction ran."}, format="json")
    assert reopened.status_code == 200
    assert reopened.json()["status"] == "in_review" and reopened.json()["published"] is False
    history = as_reviewer.get(f"/api/v1/claims/{claim.pk}/history/").json()
    assert [h["action"] for h in history] == ["start_review", "verdict", "approve", "reopen"]
    assert history[-1]["note"] == "A correction ran."


def test_editor_assigns_a_reviewer(api_client_for, editor, other_reviewer, scenario):
    response = api_client_for(editor).post(
        f"/api/v1/claims/{scenario.unreviewed.pk}/start-review/", {"assignee": other_reviewer.pk}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["assignee"]["username"] == "rob_reviewer"
    assert response.json()["history"][-1]["action"] == "assign"


def test_reviewer_cannot_assign_others(api_client_for, reviewer, other_reviewer, scenario):
    response = api_client_for(reviewer).post(
        f"/api/v1/claims/{scenario.unreviewed.pk}/start-review/", {"assignee": other_reviewer.pk}, format="json"
    )
    assert response.status_code == 403 and response.json()["code"] == "not_an_editor"


@pytest.mark.parametrize(
    "state,action,body,code",
    [
        ("unreviewed", "verdict", {"verdict": "unverifiable", "rationale": "x"}, "illegal_transition"),
        ("unreviewed", "approve", {}, "illegal_transition"),
        ("in_review", "start-review", {}, "illegal_transition"),
        ("published", "verdict", {"verdict": "unverifiable", "rationale": "x"}, "illegal_transition"),
        ("published", "approve", {}, "already_approved"),
        ("unreviewed", "reopen", {"reason": "why not"}, "illegal_transition"),
    ],
)
def test_illegal_transitions_are_409_with_a_code(api_client_for, editor, scenario, state, action, body, code):
    claim = getattr(scenario, state)
    response = api_client_for(editor).post(f"/api/v1/claims/{claim.pk}/{action}/", body, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == code
    assert Claim.objects.get(pk=claim.pk).version == claim.version  # nothing changed


def test_four_eyes_is_403(api_client_for, editor, scenario):
    # The editor decides, then tries to approve their own verdict.
    client = api_client_for(editor)
    claim = scenario.in_review
    client.post(f"/api/v1/claims/{claim.pk}/verdict/", {"verdict": "unverifiable", "rationale": "No data."}, format="json")
    response = client.post(f"/api/v1/claims/{claim.pk}/approve/", format="json")
    assert response.status_code == 403 and response.json()["code"] == "four_eyes"


def test_stale_if_match_is_412_and_changes_nothing(api_client_for, reviewer, editor, scenario):
    claim = scenario.decided
    stale = etag(claim)
    # Someone else acts first: the version moves on.
    api_client_for(editor).post(f"/api/v1/claims/{claim.pk}/reopen/", {"reason": "Look again."}, format="json")
    response = api_client_for(reviewer).post(
        f"/api/v1/claims/{claim.pk}/verdict/",
        {"verdict": "unverifiable", "rationale": "x"},
        format="json",
        HTTP_IF_MATCH=stale,
    )
    assert response.status_code == 412
    assert response.json()["code"] == "stale_version"
    assert response.json()["current_version"] == claim.version + 1
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_if_match_for_another_claim_or_garbage_is_412(api_client_for, editor, scenario):
    client = api_client_for(editor)
    url = f"/api/v1/claims/{scenario.unreviewed.pk}/start-review/"
    assert client.post(url, {}, format="json", HTTP_IF_MATCH=etag(scenario.published)).status_code == 412
    assert client.post(url, {}, format="json", HTTP_IF_MATCH="nonsense").status_code == 412
    # "*" and the current ETag both let it through.
    assert client.post(url, {}, format="json", HTTP_IF_MATCH=f'"x", {etag(scenario.unreviewed)}').status_code == 200


def test_editor_corrects_extracted_fields(api_client_for, editor, scenario):
    claim = scenario.unreviewed
    minister = scenario.in_review.speaker
    quantity = claim.quantities.get()
    response = api_client_for(editor).patch(
        f"/api/v1/claims/{claim.pk}/",
        {
            "speaker": minister.pk,
            "cue": "claimed",
            "quantities": [{"id": quantity.pk, "value": "125", "qualifier": "more_than"}],
            "note": "Misattributed.",
        },
        format="json",
        HTTP_IF_MATCH=etag(claim),
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["speaker"]["name"] == "Ministry of Health" and body["cue"] == "claimed"
    assert body["quantities"][0]["value"] == "125" and body["quantities"][0]["qualifier"] == "more_than"
    assert body["version"] == claim.version + 1 and response["ETag"] == f'W/"claim-{claim.pk}-v{claim.version + 1}"'
    event = ReviewEvent.objects.filter(claim=claim).last()
    assert event.action == "correct" and event.changes["speaker"] == ["Jane Doe", "Ministry of Health"]


@pytest.mark.parametrize(
    "body,status,field_or_code",
    [
        ({"speaker": "jane"}, 400, "speaker"),
        ({"quantities": [{"id": 1, "unit": "x" * 21}]}, 400, "quantities"),
        ({"quantities": [{"id": 1, "value": "1" * 30}]}, 400, "quantities"),
        ({"cue": "x" * 101}, 400, "cue"),
        ({"speaker": 999999}, 404, "not_found"),
        ({"quantities": [{"id": 999999, "value": "2"}]}, 404, "not_found"),
    ],
)
def test_bad_corrections(api_client_for, editor, scenario, body, status, field_or_code):
    response = api_client_for(editor).patch(f"/api/v1/claims/{scenario.unreviewed.pk}/", body, format="json")
    assert response.status_code == status
    payload = response.json()
    assert field_or_code in payload.get("errors", {}) or payload["code"] == field_or_code


@pytest.mark.parametrize(
    "body,field_or_code",
    [
        ({"verdict": "probably", "rationale": "x"}, "verdict"),
        ({"verdict": 3, "rationale": "x"}, "verdict"),
        ({"verdict": "verified"}, "rationale"),
        ({"verdict": "verified", "rationale": "x", "evidence": "http://a"}, "evidence"),
        ({"verdict": "verified", "rationale": "x", "evidence": [{"url": "not a url"}]}, "evidence"),
        # The service's own rules, with their codes.
        ({"verdict": "verified", "rationale": "x"}, "evidence_required"),
        ({"verdict": "verified", "rationale": "x", "evidence": [{"url": "ftp://a.example.org/"}]}, "invalid_evidence_url"),
        ({"verdict": "unverifiable", "rationale": "   "}, "rationale"),
    ],
)
def test_bad_verdicts_are_400(api_client_for, reviewer, scenario, body, field_or_code):
    response = api_client_for(reviewer).post(f"/api/v1/claims/{scenario.in_review.pk}/verdict/", body, format="json")
    assert response.status_code == 400, response.json()
    payload = response.json()
    assert field_or_code in payload.get("errors", {}) or payload["code"] == field_or_code


def test_unknown_claim_is_404(api_client_for, editor, db):
    client = api_client_for(editor)
    assert client.get("/api/v1/claims/999999/").json() == {"detail": "Not found.", "code": "not_found"}
    response = client.post("/api/v1/claims/999999/start-review/", {}, format="json")
    assert response.status_code == 404 and response.json()["code"] == "claim_not_found"
    assert client.get("/api/v1/claims/999999/history/").status_code == 404
