"""claim_apply_group_verdict: one action reuses a group's published verdict; an editor still approves."""

import threading

import pytest
from django.contrib import admin
from django.contrib.messages.storage.fallback import FallbackStorage
from django.db import connection
from django.test import RequestFactory

from claims.matching.service import match_article_claims
from claims.models import Claim
from factcheck.errors import Conflict, PermissionDenied, PreconditionFailed
from reviews.admin_matching import apply_group_verdict_action
from reviews.models import Evidence, ReviewAction, ReviewEvent
from reviews.services import (
    claim_apply_group_verdict,
    claim_approve,
    claim_start_review,
    claim_submit_verdict,
)
from tests.matching.helpers import Sentence, Story, day, ingest
from tests.matching.stories import EGELAND_QUOTE


def quote_story(n: int, quote: str = EGELAND_QUOTE):
    return Story(
        f"Report {n}", day(26 + n), (Sentence(f'"{quote}," Jan Egeland said.', speaker="Jan Egeland", content=quote),),
        tail=f"Reporting by desk {n}.",
    )


@pytest.fixture
def grouped(db):
    """Two articles quoting the same words: the first claim, the second claim (grouped)."""
    claims = []
    for n in (1, 2):
        article = ingest(quote_story(n))
        match_article_claims(article_id=article.pk)
        claims.append(article.claims.get())
    first, second = (Claim.objects.get(pk=c.pk) for c in claims)
    assert first.group_id == second.group_id is not None
    return first, second


def publish(claim, reviewer, editor, verdict="verified"):
    claim_start_review(claim_id=claim.pk, actor=reviewer)
    claim_submit_verdict(
        claim_id=claim.pk, actor=reviewer, verdict=verdict, rationale="UN transcript of the press briefing.",
        evidence=[{"url": "https://www.un.org/press/briefing", "note": "transcript"}],
    )
    return claim_approve(claim_id=claim.pk, actor=editor)


def test_the_new_match_takes_the_verdict_with_a_cited_rationale_and_the_evidence(grouped, reviewer, other_reviewer, editor):
    source, target = grouped
    publish(source, reviewer, editor)

    claim = claim_apply_group_verdict(claim_id=target.pk, actor=other_reviewer, expected_version=target.version)

    claim.refresh_from_db()
    assert claim.status == "verified" and claim.verdict_by == other_reviewer
    assert claim.published_at is None, "an editor still approves"
    event = ReviewEvent.objects.get(claim=claim, action=ReviewAction.APPLY_GROUP_VERDICT)
    assert (event.from_status, event.to_status, event.verdict) == ("unreviewed", "verified", "verified")
    assert f"claim {source.pk}" in event.note and "UN transcript" in event.note
    assert event.changes == {"source_claim": source.pk}
    assert list(Evidence.objects.filter(event=event).values_list("url", flat=True)) == ["https://www.un.org/press/briefing"]
    # Four eyes still apply: the editor who approves is not the one who applied it.
    assert claim_approve(claim_id=claim.pk, actor=editor).published_at is not None


def test_nothing_is_applied_without_a_published_verdict_in_the_group(grouped, reviewer, other_reviewer, editor):
    source, target = grouped
    claim_start_review(claim_id=source.pk, actor=reviewer)
    with pytest.raises(Conflict) as exc:
        claim_apply_group_verdict(claim_id=target.pk, actor=other_reviewer)
    assert exc.value.code == "no_group_verdict"
    assert Claim.objects.get(pk=target.pk).status == "unreviewed"


def test_a_claim_outside_any_group_is_refused(db, reviewer):
    lonely = ingest(quote_story(1, "Rich countries have been stingy with their aid")).claims.get()
    match_article_claims(article_id=lonely.article_id)
    with pytest.raises(Conflict) as exc:
        claim_apply_group_verdict(claim_id=lonely.pk, actor=reviewer)
    assert exc.value.code == "no_group"


def test_disagreeing_published_verdicts_are_refused(grouped, reviewer, other_reviewer, editor, other_editor):
    source, target = grouped
    third = ingest(quote_story(3)).claims.get()
    match_article_claims(article_id=third.article_id)
    publish(source, reviewer, editor, verdict="verified")
    publish(Claim.objects.get(pk=target.pk), other_reviewer, other_editor, verdict="unverifiable")
    with pytest.raises(Conflict) as exc:
        claim_apply_group_verdict(claim_id=third.pk, actor=reviewer)
    assert exc.value.code == "group_verdicts_disagree"


def test_a_decided_claim_a_viewer_and_a_stale_version_are_refused(grouped, reviewer, other_reviewer, editor, viewer):
    source, target = grouped
    publish(source, reviewer, editor)
    with pytest.raises(Conflict):
        claim_apply_group_verdict(claim_id=source.pk, actor=reviewer)
    with pytest.raises(PermissionDenied):
        claim_apply_group_verdict(claim_id=target.pk, actor=viewer)
    with pytest.raises(PreconditionFailed):
        claim_apply_group_verdict(claim_id=target.pk, actor=other_reviewer, expected_version=target.version + 1)


def test_another_reviewers_claim_in_review_is_theirs_to_decide(grouped, reviewer, other_reviewer, editor):
    source, target = grouped
    publish(source, reviewer, editor)
    claim_start_review(claim_id=target.pk, actor=reviewer)
    with pytest.raises(PermissionDenied):
        claim_apply_group_verdict(claim_id=target.pk, actor=other_reviewer)
    assert claim_apply_group_verdict(claim_id=target.pk, actor=reviewer).status == "verified"


@pytest.mark.django_db(transaction=True)
def test_two_reviewers_at_once_apply_it_once(reviewer, other_reviewer, editor):
    claims = []
    for n in (1, 2):
        article = ingest(quote_story(n))
        match_article_claims(article_id=article.pk)
        claims.append(article.claims.get())
    source, target = claims
    publish(source, reviewer, editor)
    target.refresh_from_db()
    barrier, outcomes = threading.Barrier(2), []

    def apply(actor):
        try:
            barrier.wait()
            claim_apply_group_verdict(claim_id=target.pk, actor=actor, expected_version=target.version)
            outcomes.append("ok")
        except (Conflict, PreconditionFailed) as exc:
            outcomes.append(exc.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=apply, args=(actor,)) for actor in (reviewer, other_reviewer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "stale_version"]
    assert ReviewEvent.objects.filter(claim_id=target.pk, action=ReviewAction.APPLY_GROUP_VERDICT).count() == 1


def test_the_admin_action_reports_each_claim(grouped, reviewer, other_reviewer, editor):
    source, target = grouped
    publish(source, reviewer, editor)
    request = RequestFactory().post("/admin/claims/claim/")
    request.user = other_reviewer
    request.session = {}
    request._messages = FallbackStorage(request)
    apply_group_verdict_action(admin.ModelAdmin(Claim, admin.site), request, Claim.objects.filter(pk__in=[source.pk, target.pk]))
    texts = [str(m) for m in request._messages]
    assert any("Applied the group's verdict to 1 claim" in t for t in texts)
    assert any(t.startswith(f"Claim {source.pk}:") for t in texts)
    assert Claim.objects.get(pk=target.pk).status == "verified"


def test_the_api_applies_it_and_returns_the_new_state(grouped, reviewer, other_reviewer, editor, api_client_for):
    source, target = grouped
    publish(source, reviewer, editor)
    response = api_client_for(other_reviewer).post(
        f"/api/v1/claims/{target.pk}/apply-group-verdict/", HTTP_IF_MATCH=f'W/"claim-{target.pk}-v{target.version}"'
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["id"], body["status"], body["version"], body["published"]) == (target.pk, "verified", target.version + 1, False)
    assert response["ETag"] == f'W/"claim-{target.pk}-v{target.version + 1}"'
    stale = api_client_for(other_reviewer).post(
        f"/api/v1/claims/{target.pk}/apply-group-verdict/", HTTP_IF_MATCH=f'W/"claim-{target.pk}-v{target.version}"'
    )
    assert stale.status_code == 412


def test_the_api_maps_refusals_to_http(grouped, reviewer, viewer, api_client_for):
    _, target = grouped
    url = f"/api/v1/claims/{target.pk}/apply-group-verdict/"
    assert api_client_for(reviewer).post(url).status_code == 409
    assert api_client_for(viewer).post(url).status_code == 403
    assert api_client_for(None).post(url).status_code == 401


def test_a_group_verdict_shows_its_rationale_and_evidence_in_the_api(grouped, reviewer, other_reviewer, editor, api_client_for):
    source, target = grouped
    publish(source, reviewer, editor)
    claim_apply_group_verdict(claim_id=target.pk, actor=other_reviewer)

    body = api_client_for(editor).get(f"/api/v1/claims/{target.pk}/").json()

    assert body["verdict"] == "verified"
    assert "UN transcript" in body["rationale"] and f"claim {source.pk}" in body["rationale"]
    assert [e["url"] for e in body["evidence"]] == ["https://www.un.org/press/briefing"]
