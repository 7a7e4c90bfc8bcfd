"""The list's workflow actions: each calls reviews.services for every selected claim
(run_for_each) and reports each claim; the verdict and reopen actions ask first."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Evidence, ReviewEvent

from .conftest import numbered_article

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def act(client, action, claims, **extra):
    data = {"action": action, "_selected_action": [c.pk for c in claims], "index": 0, **extra}
    return client.post(CHANGELIST, data)


def apply(client, action, claims, **fields):
    """The second step: the intermediate page's form, posted back."""
    data = {"action": action, "_selected_action": [c.pk for c in claims], "apply": "1", **fields}
    return client.post(CHANGELIST, data)


def texts(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def evidence_rows(*rows):
    data = {"evidence-TOTAL_FORMS": "3", "evidence-INITIAL_FORMS": "0", "evidence-MIN_NUM_FORMS": "0", "evidence-MAX_NUM_FORMS": "1000"}
    for i, (url, note) in enumerate(rows):
        data[f"evidence-{i}-url"] = url
        data[f"evidence-{i}-note"] = note
    return data


@pytest.fixture
def claims(db):
    return [numbered_article(n).claims.get() for n in range(3)]


def action_names(client):
    form = client.get(CHANGELIST).context["action_form"]  # None when no action is offered
    return {name for name, _ in form.fields["action"].choices if name} if form else set()


def test_actions_offered_per_role(client_for, viewer, reviewer, editor, superuser, claims):
    review = {"start_review", "mark_verified", "mark_disputed", "mark_unverifiable", "mark_not_a_claim",
              "apply_group_verdict_action"}
    edit = {"approve", "reopen", "assign_to_reviewer"}
    # Whoever reads claims may export the ones they select.
    export = {"export_csv"}
    assert action_names(client_for(viewer)) == export
    assert action_names(client_for(reviewer)) == review | export
    assert action_names(client_for(editor)) == review | edit | export
    assert action_names(client_for(superuser)) == review | edit | export | {"delete_selected"}


def test_start_review_assigns_every_selected_claim_to_me(client_for, reviewer, claims):
    response = act(client_for(reviewer), "start_review", claims[:2])

    assert response.status_code == 302
    assert {(c.status, c.assignee_id) for c in Claim.objects.filter(pk__in=[c.pk for c in claims[:2]])} == {
        (ClaimStatus.IN_REVIEW, reviewer.pk)
    }
    assert Claim.objects.get(pk=claims[2].pk).status == ClaimStatus.UNREVIEWED
    [message] = texts(response)
    assert message.startswith("Started reviewing 2 claim(s)")


def test_each_claim_reports_its_own_success_or_coded_failure(client_for, reviewer, other_reviewer, claims):
    services.claim_start_review(claim_id=claims[0].pk, actor=other_reviewer)

    response = act(client_for(reviewer), "start_review", claims[:2])

    assert texts(response) == [
        f"Started reviewing 1 claim(s): #{claims[1].pk}.",
        f"Claim #{claims[0].pk}: Cannot start reviewing claim {claims[0].pk}: it is in review. [illegal_transition]",
    ]
    assert Claim.objects.get(pk=claims[0].pk).assignee == other_reviewer


def test_mark_verified_asks_for_rationale_and_evidence_then_records_them(client_for, reviewer, claims):
    client = client_for(reviewer)
    for claim in claims[:2]:
        services.claim_start_review(claim_id=claim.pk, actor=reviewer)

    page = act(client, "mark_verified", claims[:2])
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="verdict-rationale"' in html and 'name="evidence-0-url"' in html
    assert "2 claims selected" in html
    assert Claim.objects.filter(status="verified").count() == 0

    response = apply(
        client,
        "mark_verified",
        claims[:2],
        **{"verdict-rationale": "The census agrees."},
        **evidence_rows(("https://census.example/2024", "Table 4"), ("", "")),
    )

    assert response.status_code == 302
    assert texts(response) == [f"Marked verified: 2 claim(s): #{claims[0].pk}, #{claims[1].pk}."]
    for claim in claims[:2]:
        claim.refresh_from_db()
        assert (claim.status, claim.verdict_by) == ("verified", reviewer)
        event = ReviewEvent.objects.get(claim=claim, action="verdict")
        assert event.note == "The census agrees."
        assert list(Evidence.objects.filter(event=event).values_list("url", "note")) == [
            ("https://census.example/2024", "Table 4")
        ]


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"verdict-rationale": "Sure.", **evidence_rows()}, "needs at least one piece of evidence"),
        ({"verdict-rationale": "", **evidence_rows(("https://a.example/", ""))}, "This field is required"),
        ({"verdict-rationale": "Sure.", **evidence_rows(("not a url at all", ""))}, "Enter a valid URL"),
    ],
)
def test_an_incomplete_verdict_form_is_shown_again_and_changes_nothing(client_for, reviewer, claims, fields, error):
    services.claim_start_review(claim_id=claims[0].pk, actor=reviewer)

    response = apply(client_for(reviewer), "mark_disputed" if "evidence" in error else "mark_verified", claims[:1], **fields)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert Claim.objects.get(pk=claims[0].pk).status == ClaimStatus.IN_REVIEW


def test_unverifiable_needs_no_evidence(client_for, reviewer, claims):
    services.claim_start_review(claim_id=claims[0].pk, actor=reviewer)
    apply(client_for(reviewer), "mark_unverifiable", claims[:1], **{"verdict-rationale": "No data."}, **evidence_rows())
    assert Claim.objects.get(pk=claims[0].pk).status == "unverifiable"


@pytest.fixture
def decided(claims, reviewer):
    for claim in claims[:2]:
        services.claim_start_review(claim_id=claim.pk, actor=reviewer)
        services.claim_submit_verdict(claim_id=claim.pk, actor=reviewer, verdict="not_a_claim", rationale="Opinion.")
    return claims[:2]


def test_an_editor_approves_and_publishes(client_for, editor, decided):
    response = act(client_for(editor), "approve", decided)
    assert texts(response) == [f"Approved 2 claim(s): #{decided[0].pk}, #{decided[1].pk}."]
    assert Claim.objects.published().count() == 2


def test_four_eyes_in_the_list(client_for, editor, other_editor, claims):
    services.claim_start_review(claim_id=claims[0].pk, actor=editor)
    services.claim_submit_verdict(claim_id=claims[0].pk, actor=editor, verdict="unverifiable", rationale="None.")

    response = act(client_for(editor), "approve", claims[:1])

    [message] = texts(response)
    assert message.endswith("[four_eyes]")
    assert not Claim.objects.get(pk=claims[0].pk).is_published


def test_a_reviewer_cannot_run_an_editor_action(client_for, reviewer, decided):
    response = act(client_for(reviewer), "approve", decided)
    assert response.status_code in (200, 302)
    assert Claim.objects.published().count() == 0


def test_reopen_asks_for_a_reason(client_for, editor, decided):
    client = client_for(editor)
    page = act(client, "reopen", decided)
    assert 'name="reason"' in page.content.decode()

    assert apply(client, "reopen", decided, reason="").status_code == 200  # no reason: asked again
    assert Claim.objects.filter(status="in_review").count() == 0

    response = apply(client, "reopen", decided, reason="New data came out.")
    assert response.status_code == 302
    assert Claim.objects.filter(pk__in=[c.pk for c in decided], status="in_review").count() == 2
    assert ReviewEvent.objects.filter(action="reopen", note="New data came out.").count() == 2


def test_an_editor_assigns_claims_to_a_reviewer(client_for, editor, reviewer, viewer, claims):
    client = client_for(editor)
    page = act(client, "assign_to_reviewer", claims[:2])
    choices = {str(label) for _, label in page.context["form"].fields["reviewer"].choices}
    assert reviewer.username in choices and viewer.username not in choices

    apply(client, "assign_to_reviewer", claims[:2], reviewer=reviewer.pk)

    assert {c.assignee_id for c in Claim.objects.filter(pk__in=[c.pk for c in claims[:2]])} == {reviewer.pk}
    assert ReviewEvent.objects.filter(action="assign", assignee=reviewer).count() == 2
