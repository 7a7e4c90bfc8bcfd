"""Eight reviewers' verdicts race on one claim: the row lock lets exactly one through."""

import threading

import pytest
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim
from reviews.models import ReviewEvent
from tests.api.conftest import ingest
from tests.factories import UserFactory

THREADS = 8


@pytest.mark.django_db(transaction=True)
def test_simultaneous_verdicts_give_exactly_one_success(editor):
    from reviews import services as review

    article = ingest()
    claim = article.claims.order_by("start").first()
    review.claim_start_review(claim_id=claim.pk, actor=editor)
    # Editors may decide any claim in review, so every request is allowed: only the race decides.
    editors = [UserFactory(username=f"racer{i}", role="editor") for i in range(THREADS)]
    tokens = [Token.objects.create(user=u).key for u in editors]
    barrier = threading.Barrier(THREADS)
    results: list[tuple[int, str | None]] = []
    lock = threading.Lock()

    def submit(token, verdict):
        try:
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
            barrier.wait(timeout=10)
            response = client.post(
                f"/api/v1/claims/{claim.pk}/verdict/",
                {"verdict": verdict, "rationale": f"My view: {verdict}."},
                format="json",
            )
            with lock:
                results.append((response.status_code, response.json().get("code")))
        finally:
            connection.close()  # each thread has its own connection; leave none open

    verdicts = ["unverifiable", "not_a_claim"] * (THREADS // 2)
    threads = [threading.Thread(target=submit, args=(t, v)) for t, v in zip(tokens, verdicts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert len(results) == THREADS
    assert sorted(status for status, _ in results) == [200] + [409] * (THREADS - 1)
    assert {code for status, code in results if status == 409} == {"illegal_transition"}
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.status in {"unverifiable", "not_a_claim"}
    assert ReviewEvent.objects.filter(claim=claim, action="verdict").count() == 1
    assert claim.version == 3
