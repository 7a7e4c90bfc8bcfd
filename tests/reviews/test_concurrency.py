"""Two people acting on the same claim from the same state never both succeed.

Real threads, each with its own PostgreSQL connection, released together by a
barrier; the row lock in reviews.services serialises them, and everyone after
the first finds the state changed."""

import threading

import pytest
from django.db import connection

from claims.models import Claim, ClaimStatus
from factcheck.errors import ApplicationError
from reviews import services
from reviews.models import ReviewEvent
from tests.factories import ClaimFactory, UserFactory
from tests.roles import ensure_roles

from .conftest import EVIDENCE

pytestmark = [
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(autouse=True)
def _roles(transactional_db):
    ensure_roles()


def race(calls):
    """Run each call in its own thread, all released at once; return (successes, error codes)."""
    barrier = threading.Barrier(len(calls))
    results, lock = [], threading.Lock()

    def run(call):
        try:
            barrier.wait(timeout=10)
            call()
            outcome = "ok"
        except ApplicationError as exc:
            outcome = exc.code
        finally:
            connection.close()  # each thread has its own connection: give it back
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(results) == len(calls), "a thread hung"
    return results.count("ok"), sorted(r for r in results if r != "ok")


def test_eight_reviewers_take_the_same_claim_and_exactly_one_gets_it():
    claim = ClaimFactory()
    reviewers = [UserFactory(username=f"racer{i}", role="reviewer") for i in range(8)]

    ok, errors = race([lambda r=r: services.claim_start_review(claim_id=claim.pk, actor=r) for r in reviewers])

    assert ok == 1
    assert errors == ["illegal_transition"] * 7
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert claim.assignee in reviewers
    assert claim.version == 2
    [event] = ReviewEvent.objects.filter(claim=claim)
    assert event.actor == claim.assignee


def test_two_verdicts_on_the_same_claim_in_review_exactly_one_lands():
    claim = ClaimFactory()
    reviewer = UserFactory(username="assigned", role="reviewer")
    editor = UserFactory(username="boss", role="editor")
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)

    ok, errors = race(
        [
            lambda: services.claim_submit_verdict(
                claim_id=claim.pk, actor=reviewer, verdict="verified", rationale="Source agrees.", evidence=EVIDENCE
            ),
            lambda: services.claim_submit_verdict(
                claim_id=claim.pk, actor=editor, verdict="not_a_claim", rationale="An opinion."
            ),
        ]
    )

    assert (ok, errors) == (1, ["illegal_transition"])
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.status in ("verified", "not_a_claim")
    assert ReviewEvent.objects.filter(claim=claim, action="verdict").count() == 1
    assert claim.version == 3


def test_two_editors_approve_the_same_verdict_and_it_is_approved_once():
    claim = ClaimFactory()
    reviewer = UserFactory(username="assigned", role="reviewer")
    editors = [UserFactory(username=f"editor{i}", role="editor") for i in range(4)]
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    services.claim_submit_verdict(claim_id=claim.pk, actor=reviewer, verdict="unverifiable", rationale="No data.")

    ok, errors = race([lambda e=e: services.claim_approve(claim_id=claim.pk, actor=e) for e in editors])

    assert (ok, errors) == (1, ["already_approved"] * 3)
    assert ReviewEvent.objects.filter(claim=claim, action="approve").count() == 1


def test_a_stale_page_loses_to_the_change_it_did_not_see():
    claim = ClaimFactory()
    reviewers = [UserFactory(username=f"racer{i}", role="reviewer") for i in range(2)]
    editor = UserFactory(username="boss", role="editor")

    # Both acted on version 1 of the claim: an assignment and a self-start.
    ok, errors = race(
        [
            lambda: services.claim_start_review(claim_id=claim.pk, actor=reviewers[0], expected_version=1),
            lambda: services.claim_start_review(
                claim_id=claim.pk, actor=editor, assignee=reviewers[1], expected_version=1
            ),
        ]
    )

    assert (ok, errors) == (1, ["stale_version"])
    assert ReviewEvent.objects.filter(claim=claim).count() == 1
