"""A published verdict is a promise: a change to a published claim's speaker, content
or figures reopens it and is written to its history; renaming a speaker or retitling
an article that published verdicts rest on needs an editor and is recorded on each of
those claims (issue 16, finding 5)."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimStatus
from factcheck.errors import PermissionDenied
from reviews import services
from reviews.models import ReviewEvent
from tests.api.conftest import scenario  # noqa: F401 - the fixture: claims in every state

pytestmark = pytest.mark.django_db


def _etag(claim):
    return f'W/"claim-{claim.pk}-v{claim.version}"'


def _patch(client, claim, body):
    return client.patch(f"/api/v1/claims/{claim.pk}/", body, format="json", HTTP_IF_MATCH=_etag(claim))


def _published_speaker(scenario):  # noqa: F811
    speaker = next(c.speaker for c in (scenario.published, scenario.not_a_claim) if c.speaker_id)
    assert speaker is not None
    return speaker


def test_correcting_a_published_claims_content_reopens_it_with_history(api_client_for, editor, scenario):  # noqa: F811
    claim = scenario.published
    response = _patch(api_client_for(editor), claim, {"content": "The bridge opened in 1933.", "note": "Misquoted."})
    assert response.status_code == 200, response.json()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW and claim.published_at is None and claim.approved_by is None
    event = claim.events.latest("created_at")
    assert event.action == "correct" and event.from_status == "verified" and event.to_status == "in_review"
    assert "content" in event.changes and "withdrew" in event.note
    # Published no more: its ClaimReview is gone until a reviewer and a second editor decide again.
    assert api_client_for(editor).get(f"/api/v1/claims/{claim.pk}/claimreview/").status_code == 404


def test_correcting_a_published_claims_speaker_or_figure_reopens_it(api_client_for, editor, scenario):  # noqa: F811
    claim = scenario.not_a_claim
    other = scenario.in_review.speaker
    response = _patch(api_client_for(editor), claim, {"speaker": other.pk})
    assert response.status_code == 200, response.json()
    claim.refresh_from_db()
    assert claim.published_at is None and claim.status == ClaimStatus.IN_REVIEW


def test_correcting_an_unpublished_claim_keeps_its_state(api_client_for, editor, scenario):  # noqa: F811
    claim = scenario.decided
    response = _patch(api_client_for(editor), claim, {"cue": "claimed"})
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.status == "disputed"


def test_renaming_a_speaker_of_published_verdicts_is_recorded_on_each(editor, superuser, scenario):  # noqa: F811
    speaker = _published_speaker(scenario)
    client = Client()
    client.force_login(editor)
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    response = client.post(url, {"name": "Renamed Person", "kind": speaker.kind, "aliases": "[]"})
    assert response.status_code == 302, response.content[:2000]
    speaker.refresh_from_db()
    assert speaker.name == "Renamed Person"
    published = Claim.objects.filter(speaker=speaker, published_at__isnull=False)
    assert published.exists()
    for claim in published:
        event = claim.events.latest("created_at")
        assert event.action == "correct" and event.changes["speaker name"][1] == "Renamed Person"
        assert event.actor == editor
        assert claim.status in ("verified", "not_a_claim")  # still published: the claim says the same


def test_only_an_editor_renames_what_published_verdicts_rest_on(reviewer, scenario):  # noqa: F811
    speaker = _published_speaker(scenario)
    with pytest.raises(PermissionDenied):
        services.speaker_rename(speaker_id=speaker.pk, name="Someone Else", actor=reviewer)
    with pytest.raises(PermissionDenied):
        services.article_retitle(article_id=scenario.published.article_id, title="Another", actor=reviewer)


def test_retitling_an_article_of_published_verdicts_is_recorded(editor, scenario):  # noqa: F811
    article = scenario.published.article
    before = ReviewEvent.objects.count()
    client = Client()
    client.force_login(editor)
    url = reverse("admin:claims_article_change", args=[article.pk])
    form = {
        "title": "A corrected headline",
        "url": article.url or "",
        "outlet": article.outlet,
        "author": article.author,
        "published_at_0": article.published_at.strftime("%Y-%m-%d") if article.published_at else "",
        "published_at_1": article.published_at.strftime("%H:%M:%S") if article.published_at else "",
        "claims-TOTAL_FORMS": "0",
        "claims-INITIAL_FORMS": "0",
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content[:3000]
    published = Claim.objects.filter(article=article, published_at__isnull=False).count()
    assert ReviewEvent.objects.count() == before + published
    assert ReviewEvent.objects.latest("id").changes == {"article title": [article.title, "A corrected headline"]}
