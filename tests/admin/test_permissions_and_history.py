"""Who may do what in the admin, and the history and evidence admins that nobody
can write to, superusers included."""

import pytest
from django.urls import reverse

from claims.models import Claim
from reviews import services
from reviews.models import Evidence, ReviewEvent

from .conftest import numbered_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def verified(db, reviewer):
    claim = numbered_article(1).claims.get()
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    services.claim_submit_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="verified", rationale="Yes.", evidence=[{"url": "https://a.example/"}]
    )
    return claim


@pytest.mark.parametrize("role", ["viewer", "reviewer", "editor"])
def test_every_role_reads_claims_articles_and_history(request, client_for, role, verified):
    client = client_for(request.getfixturevalue(role))
    event = ReviewEvent.objects.filter(claim=verified).first()
    for url in [
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[verified.pk]),
        reverse("admin:claims_article_changelist"),
        reverse("admin:claims_article_change", args=[verified.article_id]),
        reverse("admin:reviews_reviewevent_changelist"),
        reverse("admin:reviews_reviewevent_change", args=[event.pk]),
        reverse("admin:reviews_evidence_changelist"),
    ]:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(("role", "status"), [("viewer", 403), ("reviewer", 403), ("editor", 403), ("superuser", 200)])
def test_only_superusers_delete_claims_and_articles(request, client_for, role, status):
    claim = numbered_article(2).claims.get()
    client = client_for(request.getfixturevalue(role))
    assert client.get(reverse("admin:claims_claim_delete", args=[claim.pk])).status_code == status
    assert client.get(reverse("admin:claims_article_delete", args=[claim.article_id])).status_code == status


def test_a_superuser_deletes_an_unreviewed_claim(client_for, superuser):
    claim = numbered_article(3).claims.get()
    client_for(superuser).post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert not Claim.objects.filter(pk=claim.pk).exists()


@pytest.mark.parametrize("role", ["viewer", "reviewer", "editor", "superuser"])
def test_nobody_adds_changes_or_deletes_history_or_evidence(request, client_for, role, verified):
    client = client_for(request.getfixturevalue(role))
    event = ReviewEvent.objects.filter(claim=verified, action="verdict").get()
    evidence = Evidence.objects.get(event=event)

    assert client.get(reverse("admin:reviews_reviewevent_add")).status_code == 403
    assert client.get(reverse("admin:reviews_reviewevent_delete", args=[event.pk])).status_code == 403
    assert client.get(reverse("admin:reviews_evidence_add")).status_code == 403
    assert client.get(reverse("admin:reviews_evidence_delete", args=[evidence.pk])).status_code == 403
    # The change page is a view page: posting to it is refused.
    page = client.get(reverse("admin:reviews_reviewevent_change", args=[event.pk])).content.decode()
    assert 'name="_save"' not in page and 'name="note"' not in page
    assert client.post(reverse("admin:reviews_reviewevent_change", args=[event.pk]), {"note": "rewritten"}).status_code == 403
    assert client.post(reverse("admin:reviews_evidence_change", args=[evidence.pk]), {"url": "https://x.example/"}).status_code == 403
    # No bulk delete either.
    response = client.get(reverse("admin:reviews_reviewevent_changelist"))
    assert response.context["action_form"] is None
    event.refresh_from_db()
    assert event.note == "Yes."


def test_claims_cannot_be_added_through_the_admin(client_for, superuser):
    assert client_for(superuser).get(reverse("admin:claims_claim_add")).status_code == 403


def test_only_editors_change_article_metadata_and_never_the_body(client_for, reviewer, editor, verified):
    url = reverse("admin:claims_article_change", args=[verified.article_id])
    assert 'name="title"' not in client_for(reviewer).get(url).content.decode()
    html = client_for(editor).get(url).content.decode()
    assert 'name="title"' in html and 'name="body"' not in html
