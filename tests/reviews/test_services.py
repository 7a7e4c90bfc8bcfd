"""The review workflow (reviews.services), as a specification: every transition,
every coded refusal, four eyes, the evidence rules and the correction history."""

from decimal import Decimal

import pytest

from claims.models import Claim, ClaimStatus
from factcheck.errors import Conflict, NotFound, PermissionDenied, PreconditionFailed, ValidationFailed
from reviews import services
from reviews.models import Evidence, ReviewAction, ReviewEvent
from reviews.services import EvidenceInput
from tests.factories import SpeakerFactory

from .conftest import EVIDENCE

pytestmark = pytest.mark.django_db


def history(claim):
    return list(ReviewEvent.objects.filter(claim=claim).order_by("id"))


# --- start review / assign ----------------------------------------------------


def test_a_reviewer_takes_an_unreviewed_claim(claim, reviewer):
    result = services.claim_start_review(claim_id=claim.pk, actor=reviewer)

    claim.refresh_from_db()
    assert result.pk == claim.pk
    assert (claim.status, claim.assignee, claim.version) == (ClaimStatus.IN_REVIEW, reviewer, 2)
    [event] = history(claim)
    assert (event.actor, event.action, event.from_status, event.to_status, event.assignee) == (
        reviewer,
        ReviewAction.START_REVIEW,
        "unreviewed",
        "in_review",
        reviewer,
    )
    assert event.created_at is not None


def test_an_editor_assigns_a_claim_to_a_reviewer_and_may_reassign_it(claim, editor, reviewer, other_reviewer):
    services.claim_start_review(claim_id=claim.pk, actor=editor, assignee=reviewer)
    services.claim_start_review(claim_id=claim.pk, actor=editor, assignee=other_reviewer)

    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (ClaimStatus.IN_REVIEW, other_reviewer)
    assert [(e.action, e.from_status, e.to_status, e.assignee) for e in history(claim)] == [
        (ReviewAction.ASSIGN, "unreviewed", "in_review", reviewer),
        (ReviewAction.ASSIGN, "in_review", "in_review", other_reviewer),
    ]


def test_a_claim_in_review_cannot_be_taken_again(in_review, other_reviewer):
    with pytest.raises(Conflict) as exc:
        services.claim_start_review(claim_id=in_review.pk, actor=other_reviewer)
    assert exc.value.code == "illegal_transition"
    assert exc.value.http_status == 409


@pytest.mark.parametrize(
    ("actor", "assignee", "code"),
    [
        ("viewer", None, "not_a_reviewer"),
        ("reviewer", "other_reviewer", "not_an_editor"),
        ("editor", "viewer", "assignee_not_a_reviewer"),
    ],
)
def test_who_may_start_a_review(request, claim, actor, assignee, code):
    kwargs = {"assignee": request.getfixturevalue(assignee)} if assignee else {}
    with pytest.raises(PermissionDenied) as exc:
        services.claim_start_review(claim_id=claim.pk, actor=request.getfixturevalue(actor), **kwargs)
    assert exc.value.code == code
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNREVIEWED
    assert history(claim) == []


def test_an_inactive_reviewer_may_not_review(claim, reviewer):
    reviewer.is_active = False
    reviewer.save()
    with pytest.raises(PermissionDenied) as exc:
        services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    assert exc.value.code == "not_a_reviewer"


def test_an_unknown_claim_is_not_found(reviewer):
    with pytest.raises(NotFound) as exc:
        services.claim_start_review(claim_id=987654321, actor=reviewer)
    assert exc.value.code == "claim_not_found"


def test_a_stale_version_is_refused(claim, reviewer):
    with pytest.raises(PreconditionFailed) as exc:
        services.claim_start_review(claim_id=claim.pk, actor=reviewer, expected_version=claim.version + 1)
    assert exc.value.code == "stale_version"
    assert exc.value.extra == {"current_version": claim.version}


# --- verdicts -------------------------------------------------------------------


def test_the_assigned_reviewer_gives_a_verdict_with_evidence(in_review, reviewer):
    services.claim_submit_verdict(
        claim_id=in_review.pk,
        actor=reviewer,
        verdict="verified",
        rationale="  The statistics office confirms it.  ",
        evidence=[EVIDENCE[0], {"url": "https://gov.example/press", "note": "Press release"}],
    )

    claim = Claim.objects.get(pk=in_review.pk)
    assert (claim.status, claim.verdict_by, claim.published_at) == (ClaimStatus.VERIFIED, reviewer, None)
    assert claim.verdict_at is not None
    event = history(claim)[-1]
    assert (event.action, event.from_status, event.to_status, event.verdict, event.note) == (
        ReviewAction.VERDICT,
        "in_review",
        "verified",
        "verified",
        "The statistics office confirms it.",
    )
    assert [(e.url, e.note, e.event_id) for e in Evidence.objects.filter(claim=claim)] == [
        ("https://stats.example.org/report", "Table 3 gives the figure", event.pk),
        ("https://gov.example/press", "Press release", event.pk),
    ]


@pytest.mark.parametrize("verdict", ["unverifiable", "not_a_claim"])
def test_verdicts_that_assert_nothing_need_no_evidence(in_review, reviewer, verdict):
    services.claim_submit_verdict(claim_id=in_review.pk, actor=reviewer, verdict=verdict, rationale="No source exists.")
    in_review.refresh_from_db()
    assert in_review.status == verdict
    assert not Evidence.objects.filter(claim=in_review).exists()


@pytest.mark.parametrize("verdict", ["verified", "disputed"])
def test_verified_and_disputed_need_evidence(in_review, reviewer, verdict):
    with pytest.raises(ValidationFailed) as exc:
        services.claim_submit_verdict(claim_id=in_review.pk, actor=reviewer, verdict=verdict, rationale="Trust me.")
    assert exc.value.code == "evidence_required"
    in_review.refresh_from_db()
    assert in_review.status == ClaimStatus.IN_REVIEW


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"verdict": "verified", "rationale": "   ", "evidence": EVIDENCE}, "rationale_required"),
        ({"verdict": "unverifiable", "rationale": ""}, "rationale_required"),
        ({"verdict": "true-ish", "rationale": "Hm."}, "unknown_verdict"),
        ({"verdict": "in_review", "rationale": "Hm."}, "unknown_verdict"),
        ({"verdict": "disputed", "rationale": "No.", "evidence": [EvidenceInput(url="javascript:alert(1)")]}, "invalid_evidence_url"),
        ({"verdict": "disputed", "rationale": "No.", "evidence": [{"url": "", "note": "a note"}]}, "invalid_evidence_url"),
    ],
)
def test_bad_verdict_input_is_refused_with_a_code(in_review, reviewer, kwargs, code):
    with pytest.raises(ValidationFailed) as exc:
        services.claim_submit_verdict(claim_id=in_review.pk, actor=reviewer, **kwargs)
    assert exc.value.code == code
    assert len(history(in_review)) == 1


def test_only_the_assignee_or_an_editor_gives_the_verdict(in_review, other_reviewer, editor):
    with pytest.raises(PermissionDenied) as exc:
        services.claim_submit_verdict(
            claim_id=in_review.pk, actor=other_reviewer, verdict="not_a_claim", rationale="An opinion."
        )
    assert exc.value.code == "not_assignee"

    services.claim_submit_verdict(claim_id=in_review.pk, actor=editor, verdict="not_a_claim", rationale="An opinion.")
    in_review.refresh_from_db()
    assert (in_review.status, in_review.verdict_by) == (ClaimStatus.NOT_A_CLAIM, editor)


def test_a_viewer_gives_no_verdict(in_review, viewer):
    with pytest.raises(PermissionDenied) as exc:
        services.claim_submit_verdict(claim_id=in_review.pk, actor=viewer, verdict="not_a_claim", rationale="x")
    assert exc.value.code == "not_a_reviewer"


@pytest.mark.parametrize("state", ["claim", "verified"])
def test_a_verdict_needs_a_claim_in_review(request, state, editor):
    claim = request.getfixturevalue(state)
    with pytest.raises(Conflict) as exc:
        services.claim_submit_verdict(claim_id=claim.pk, actor=editor, verdict="not_a_claim", rationale="x")
    assert exc.value.code == "illegal_transition"


# --- approval (four eyes) and publication -------------------------------------------


def test_another_editor_approves_and_only_then_it_is_published(verified, editor):
    assert not Claim.objects.published().filter(pk=verified.pk).exists()

    services.claim_approve(claim_id=verified.pk, actor=editor)

    claim = Claim.objects.get(pk=verified.pk)
    assert (claim.status, claim.approved_by) == (ClaimStatus.VERIFIED, editor)
    assert claim.is_published
    assert Claim.objects.published().filter(pk=claim.pk).exists()
    event = history(claim)[-1]
    assert (event.action, event.actor, event.from_status, event.to_status, event.verdict) == (
        ReviewAction.APPROVE,
        editor,
        "verified",
        "verified",
        "verified",
    )


def test_four_eyes_the_verdict_giver_cannot_approve(in_review, editor, other_editor):
    services.claim_submit_verdict(claim_id=in_review.pk, actor=editor, verdict="unverifiable", rationale="No data.")
    with pytest.raises(PermissionDenied) as exc:
        services.claim_approve(claim_id=in_review.pk, actor=editor)
    assert exc.value.code == "four_eyes"
    assert not Claim.objects.get(pk=in_review.pk).is_published

    services.claim_approve(claim_id=in_review.pk, actor=other_editor)
    assert Claim.objects.get(pk=in_review.pk).approved_by == other_editor


def test_a_reviewer_cannot_approve(verified, other_reviewer):
    with pytest.raises(PermissionDenied) as exc:
        services.claim_approve(claim_id=verified.pk, actor=other_reviewer)
    assert exc.value.code == "not_an_editor"


def test_an_approved_verdict_cannot_be_approved_again(published, other_editor):
    with pytest.raises(Conflict) as exc:
        services.claim_approve(claim_id=published.pk, actor=other_editor)
    assert exc.value.code == "already_approved"


@pytest.mark.parametrize("state", ["claim", "in_review"])
def test_only_decided_claims_are_approved(request, state, editor):
    claim = request.getfixturevalue(state)
    with pytest.raises(Conflict) as exc:
        services.claim_approve(claim_id=claim.pk, actor=editor)
    assert exc.value.code == "illegal_transition"


# --- reopen -------------------------------------------------------------------------


def test_an_editor_reopens_a_published_verdict_and_withdraws_the_approval(published, other_editor, reviewer):
    services.claim_reopen(claim_id=published.pk, actor=other_editor, reason="  A newer report revises the figure. ")

    claim = Claim.objects.get(pk=published.pk)
    assert claim.status == ClaimStatus.IN_REVIEW
    assert (claim.published_at, claim.approved_by, claim.verdict_by, claim.verdict_at) == (None, None, None, None)
    assert claim.assignee == reviewer  # back to whoever reviewed it
    assert not Claim.objects.published().filter(pk=claim.pk).exists()
    event = history(claim)[-1]
    assert (event.action, event.from_status, event.to_status, event.note) == (
        ReviewAction.REOPEN,
        "verified",
        "in_review",
        "A newer report revises the figure.",
    )
    # The evidence of the withdrawn verdict stays on record.
    assert Evidence.objects.filter(claim=claim).count() == 1


def test_reopening_needs_a_reason_an_editor_and_a_decided_claim(verified, in_review, editor, reviewer):
    with pytest.raises(ValidationFailed) as exc:
        services.claim_reopen(claim_id=verified.pk, actor=editor, reason=" ")
    assert exc.value.code == "reason_required"
    with pytest.raises(PermissionDenied) as exc:
        services.claim_reopen(claim_id=verified.pk, actor=reviewer, reason="Wrong.")
    assert exc.value.code == "not_an_editor"


def test_an_undecided_claim_cannot_be_reopened(in_review, editor):
    with pytest.raises(Conflict) as exc:
        services.claim_reopen(claim_id=in_review.pk, actor=editor, reason="Wrong.")
    assert exc.value.code == "illegal_transition"


def test_the_whole_life_of_a_claim_is_in_its_history(published, other_editor, reviewer, editor):
    services.claim_reopen(claim_id=published.pk, actor=other_editor, reason="Revised figure.")
    services.claim_submit_verdict(
        claim_id=published.pk, actor=reviewer, verdict="disputed", rationale="Revised down.", evidence=EVIDENCE
    )
    services.claim_approve(claim_id=published.pk, actor=other_editor)

    assert [(e.actor.username, e.action, e.from_status, e.to_status) for e in history(published)] == [
        (reviewer.username, "start_review", "unreviewed", "in_review"),
        (reviewer.username, "verdict", "in_review", "verified"),
        (editor.username, "approve", "verified", "verified"),
        (other_editor.username, "reopen", "verified", "in_review"),
        (reviewer.username, "verdict", "in_review", "disputed"),
        (other_editor.username, "approve", "disputed", "disputed"),
    ]
    assert Claim.objects.get(pk=published.pk).version == 7


# --- corrections --------------------------------------------------------------------


def test_an_editor_corrects_speaker_fields_and_a_number_into_the_history(claim, editor):
    quantity = claim.quantities.get()
    old_value = str(quantity.value)  # as stored: NUMERIC(28, 6)
    minister = SpeakerFactory(name="The Minister")

    services.claim_correct(
        claim_id=claim.pk,
        actor=editor,
        changes={"speaker": minister.pk, "cue": "said", "direct": True},
        quantity_changes={quantity.pk: {"value": "125.5", "qualifier": "approximately", "unit": "%"}},
        note="Misread figure",
    )

    claim = Claim.objects.get(pk=claim.pk)
    quantity.refresh_from_db()
    assert (claim.speaker, claim.cue, claim.direct, claim.status, claim.version) == (
        minister,
        "said",
        True,
        ClaimStatus.UNREVIEWED,
        2,
    )
    assert (quantity.value, quantity.qualifier, quantity.unit) == (Decimal("125.5"), "approximately", "%")
    [event] = history(claim)
    assert (event.action, event.actor, event.note) == (ReviewAction.CORRECT, editor, "Misread figure")
    assert event.changes == {
        "speaker": ["Jane Doe", "The Minister"],
        "cue": ["", "said"],
        "direct": [None, True],
        f"quantity {quantity.pk} value": [old_value, "125.5"],
        f"quantity {quantity.pk} qualifier": ["exact", "approximately"],
        f"quantity {quantity.pk} unit": ["", "%"],
    }


def test_a_correction_that_changes_nothing_writes_no_history(claim, editor):
    services.claim_correct(claim_id=claim.pk, actor=editor, changes={"cue": claim.cue})
    assert history(claim) == []


@pytest.mark.parametrize(
    ("kwargs", "error", "code"),
    [
        ({"changes": {"status": "verified"}}, ValidationFailed, "invalid_field"),
        ({"changes": {"text": "Something else"}}, ValidationFailed, "invalid_field"),
        ({"changes": {"speaker": 987654}}, NotFound, "not_found"),
        ({"quantity_changes": {987654: {"value": 1}}}, NotFound, "not_found"),
    ],
)
def test_corrections_are_refused_with_a_code(claim, editor, kwargs, error, code):
    with pytest.raises(error) as exc:
        services.claim_correct(claim_id=claim.pk, actor=editor, **kwargs)
    assert exc.value.code == code
    assert history(claim) == []


@pytest.mark.parametrize(
    ("fields", "code"), [({"value": "lots"}, "invalid_value"), ({"qualifier": "roughly"}, "invalid_qualifier"), ({"start": 0}, "invalid_field")]
)
def test_bad_quantity_corrections_are_refused(claim, editor, fields, code):
    quantity = claim.quantities.get()
    with pytest.raises(ValidationFailed) as exc:
        services.claim_correct(claim_id=claim.pk, actor=editor, quantity_changes={quantity.pk: fields})
    assert exc.value.code == code
    quantity.refresh_from_db()
    assert quantity.qualifier == "exact"


@pytest.mark.parametrize("role", ["viewer", "reviewer"])
def test_only_editors_correct(request, claim, role):
    with pytest.raises(PermissionDenied) as exc:
        services.claim_correct(claim_id=claim.pk, actor=request.getfixturevalue(role), changes={"cue": "claimed"})
    assert exc.value.code == "not_an_editor"


# --- bulk -----------------------------------------------------------------------------


def test_run_for_each_reports_every_claim_with_its_code(claim, in_review, reviewer):
    outcomes = services.run_for_each([in_review.pk, 987654321], services.claim_start_review, actor=reviewer)
    assert [(o.claim_id, o.ok, o.code) for o in outcomes] == [
        (in_review.pk, False, "illegal_transition"),
        (987654321, False, "claim_not_found"),
    ]
    outcomes = services.run_for_each([in_review.pk], services.claim_submit_verdict, actor=reviewer,
                                     verdict="not_a_claim", rationale="Opinion.")
    assert [(o.ok, o.message) for o in outcomes] == [(True, "done")]
