"""Citing a source during a review (claim_add_evidence, claim_cite_factcheck): a history step
of its own, refused where reviews.rules refuses it, once per URL per review, and carried by
the verdict that ends the review."""

import datetime as dt

import pytest

from factcheck.errors import Conflict, NotFound, PermissionDenied, PreconditionFailed
from factchecks.models import FactCheck
from reviews import rules, services
from reviews.models import Evidence, ReviewAction, ReviewEvent
from reviews.selectors import claim_current_verdict, claim_pending_evidence

pytestmark = pytest.mark.django_db


@pytest.fixture
def factcheck(db):
    # Stored without a vector: citing needs the row, not the similarity search.
    return FactCheck.objects.create(
        url="https://checks.example.net/reviews/school-meals",
        claim_reviewed="Free school meals were cut for every pupil in the county last spring.",
        claimant="A county councillor",
        rating_name="Mostly false",
        rating_value=2,
        publisher_name="Example Checks",
        date_published=dt.date(2024, 4, 2),
    )


def cite(claim, actor, factcheck, **kwargs):
    return services.claim_cite_factcheck(claim_id=claim.pk, actor=actor, factcheck_id=factcheck.pk, **kwargs)


def test_the_assigned_reviewer_cites_a_factcheck_and_the_history_records_it(in_review, reviewer, factcheck):
    version = in_review.version

    evidence = cite(in_review, reviewer, factcheck, expected_version=version)

    in_review.refresh_from_db()
    assert in_review.status == "in_review" and in_review.version == version + 1
    assert evidence.url == factcheck.url and evidence.claim_id == in_review.pk
    assert "Example Checks rated it Mostly false on 2024-04-02" in evidence.note
    assert "Free school meals were cut" in evidence.note
    event = ReviewEvent.objects.filter(claim=in_review).order_by("id").last()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        ReviewAction.ADD_EVIDENCE, reviewer, "in_review", "in_review"
    )
    assert list(event.evidence.all()) == [evidence]
    assert claim_pending_evidence(in_review) == [evidence]


def test_citing_the_same_url_again_changes_nothing(in_review, reviewer, factcheck):
    first = cite(in_review, reviewer, factcheck, expected_version=in_review.version)
    events = ReviewEvent.objects.filter(claim=in_review).count()
    in_review.refresh_from_db()

    # A second click from the page that still shows the old version: the same answer, no new row.
    again = cite(in_review, reviewer, factcheck, expected_version=in_review.version - 1)
    by_url = services.claim_add_evidence(claim_id=in_review.pk, actor=reviewer, url=f"  {factcheck.url} ")

    assert again.pk == first.pk and by_url.pk == first.pk
    assert Evidence.objects.filter(claim=in_review).count() == 1
    assert ReviewEvent.objects.filter(claim=in_review).count() == events
    assert type(in_review).objects.get(pk=in_review.pk).version == in_review.version


def test_a_new_url_on_a_stale_page_is_refused(in_review, reviewer, factcheck):
    services.claim_add_evidence(claim_id=in_review.pk, actor=reviewer, url="https://stats.example.org/a")
    with pytest.raises(PreconditionFailed) as exc:
        cite(in_review, reviewer, factcheck, expected_version=in_review.version)
    assert exc.value.code == "stale_version"


@pytest.mark.parametrize(
    "who, error, code",
    [
        ("viewer", PermissionDenied, "not_a_reviewer"),
        ("other_reviewer", PermissionDenied, "not_assignee"),
    ],
)
def test_only_the_one_deciding_the_claim_may_cite(request, in_review, factcheck, who, error, code):
    with pytest.raises(error) as exc:
        cite(in_review, request.getfixturevalue(who), factcheck)
    assert exc.value.code == code
    assert not Evidence.objects.filter(claim=in_review).exists()
    assert not ReviewEvent.objects.filter(claim=in_review, action=ReviewAction.ADD_EVIDENCE).exists()


def test_an_editor_may_cite_on_a_review_assigned_to_someone_else(in_review, editor, factcheck):
    assert cite(in_review, editor, factcheck).url == factcheck.url


def test_a_decided_claim_takes_no_more_citations(verified, reviewer, factcheck):
    with pytest.raises(Conflict) as exc:
        cite(verified, reviewer, factcheck)
    assert exc.value.code == "illegal_transition" and "verified" in exc.value.message
    assert not Evidence.objects.filter(claim=verified, url=factcheck.url).exists()


def test_an_unreviewed_claim_cannot_be_cited_on_and_the_rules_say_why(claim, reviewer, factcheck):
    with pytest.raises(Conflict):
        cite(claim, reviewer, factcheck)
    answer = rules.claim_allowed_actions(claim, reviewer)[rules.Action.ADD_EVIDENCE]
    assert (answer.allowed, answer.code) == (False, "illegal_transition")
    assert "unreviewed" in answer.reason


def test_an_unknown_factcheck_is_not_found(in_review, reviewer):
    with pytest.raises(NotFound) as exc:
        services.claim_cite_factcheck(claim_id=in_review.pk, actor=reviewer, factcheck_id=987654321)
    assert exc.value.code == "factcheck_not_found"


def test_the_verdict_carries_the_cited_sources_and_they_meet_the_evidence_rule(in_review, reviewer, factcheck):
    cite(in_review, reviewer, factcheck)

    # A disputed verdict needs a source: the cited fact-check is one, and a typed copy of it is not doubled.
    services.claim_submit_verdict(
        claim_id=in_review.pk, actor=reviewer, verdict="disputed", rationale="Meals were cut for some pupils only.",
        evidence=[{"url": factcheck.url, "note": "typed again"}, {"url": "https://county.example/meals", "note": ""}],
    )

    in_review.refresh_from_db()
    current = claim_current_verdict(in_review)
    assert [e.url for e in current.evidence] == [factcheck.url, "https://county.example/meals"]
    assert current.evidence[0].note.startswith("Earlier fact-check. Example Checks")  # the citation, not the copy
    assert claim_pending_evidence(in_review) == []


def test_a_cited_source_alone_meets_the_evidence_rule(in_review, reviewer, factcheck):
    cite(in_review, reviewer, factcheck)
    services.claim_submit_verdict(claim_id=in_review.pk, actor=reviewer, verdict="verified", rationale="As rated.")
    in_review.refresh_from_db()
    assert [e.url for e in claim_current_verdict(in_review).evidence] == [factcheck.url]


def test_after_a_reopen_the_next_review_cites_afresh(in_review, reviewer, editor, factcheck):
    cite(in_review, reviewer, factcheck)
    services.claim_submit_verdict(claim_id=in_review.pk, actor=reviewer, verdict="disputed", rationale="Only some.")
    services.claim_reopen(claim_id=in_review.pk, actor=editor, reason="The county published new figures.")

    again = cite(in_review, reviewer, factcheck)

    assert Evidence.objects.filter(claim=in_review, url=factcheck.url).count() == 3  # cited, verdict, cited again
    in_review.refresh_from_db()
    assert claim_pending_evidence(in_review) == [again]
