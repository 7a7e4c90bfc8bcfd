"""The review workflow. The admin, the API, the commands and the tasks all call these.

    unreviewed ──start──▶ in_review ──verdict──▶ verified | disputed | unverifiable | not_a_claim
                              ▲                                  │ approve (editor, four eyes) → published
                              └──────────────reopen (editor)─────┘

While a claim is in review, the one deciding it may cite sources (claim_add_evidence,
claim_cite_factcheck); the verdict that ends the review carries them with its own.

Each function locks the claim row (SELECT … FOR UPDATE), asks reviews.rules
whether the actor may take the step from the state it finds, changes it and appends an immutable ReviewEvent, in one transaction.
Two people acting on the same claim from the same state never both succeed:
the second one finds the state changed and gets a Conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from claims.models import DECIDED_STATUSES, Article, Claim, ClaimStatus, Quantity, Speaker
from factcheck import validation
from factcheck.errors import (
    ApplicationError,
    Conflict,
    NotFound,
    PreconditionFailed,
    ValidationFailed,
)
from factchecks.models import FactCheck
from factchecks.services import factcheck_record_verdict, factcheck_withdraw_verdict

from . import rules
from .models import Evidence, ReviewAction, ReviewEvent
from .selectors import claim_current_verdict, claim_pending_evidence, claim_public_url

VERDICTS = tuple(s.value for s in DECIDED_STATUSES)
# Verdicts that assert something about the world need a source behind them.
VERDICTS_NEEDING_EVIDENCE = (ClaimStatus.VERIFIED.value, ClaimStatus.DISPUTED.value)
# Extracted fields an editor may correct, and how each is parsed.
CORRECTABLE_CLAIM_FIELDS = ("speaker", "content", "cue", "direct")
CORRECTABLE_QUANTITY_FIELDS = ("value", "qualifier", "subject", "unit")


@dataclass(frozen=True)
class EvidenceInput:
    url: str
    note: str = ""


def _locked_claim(claim_id: int, expected_version: int | None) -> Claim:
    """The claim, row-locked for the rest of the transaction."""
    try:
        claim = Claim.objects.select_for_update(of=("self",)).get(pk=claim_id)
    except Claim.DoesNotExist:
        raise NotFound(f"Claim {claim_id} does not exist.", code="claim_not_found") from None
    _check_version(claim, expected_version)
    return claim


def _check_version(claim: Claim, expected_version: int | None) -> None:
    if expected_version is not None and claim.version != expected_version:
        raise PreconditionFailed(
            f"Claim {claim.pk} has changed (version {claim.version}, you had {expected_version}).",
            code="stale_version",
            extra={"current_version": claim.version},
        )


def _record(claim: Claim, *, actor, action: str, from_status: str, **fields) -> ReviewEvent:
    claim.version += 1
    claim.save()
    return ReviewEvent.objects.create(
        claim=claim, actor=actor, action=action, from_status=from_status, to_status=claim.status, **fields
    )


@transaction.atomic
def claim_start_review(*, claim_id: int, actor, assignee=None, expected_version: int | None = None) -> Claim:
    """A reviewer takes an unreviewed claim, or an editor assigns one (also reassigns one in review)."""
    assignee = assignee or actor
    claim = _locked_claim(claim_id, expected_version)
    rules.check_start_review(claim, actor, assignee)
    from_status = claim.status
    claim.status = ClaimStatus.IN_REVIEW
    claim.assignee = assignee
    action = ReviewAction.START_REVIEW if assignee == actor else ReviewAction.ASSIGN
    _record(claim, actor=actor, action=action, from_status=from_status, assignee=assignee)
    return claim


def _clean_evidence(evidence: Sequence[EvidenceInput | dict]) -> list[EvidenceInput]:
    cleaned = []
    validate = URLValidator(schemes=["http", "https"])
    for i, item in enumerate(evidence):
        if isinstance(item, dict):
            item = EvidenceInput(url=str(item.get("url") or "").strip(), note=str(item.get("note") or "").strip())
        try:
            validate(item.url)
        except ValidationError:
            raise ValidationFailed(
                f"Evidence {i + 1}: {item.url!r} is not an http(s) URL.", code="invalid_evidence_url"
            ) from None
        cleaned.append(item)
    return cleaned


@transaction.atomic
def claim_submit_verdict(
    *,
    claim_id: int,
    actor,
    verdict: str,
    rationale: str,
    evidence: Sequence[EvidenceInput | dict] = (),
    expected_version: int | None = None,
) -> Claim:
    """The assigned reviewer, or an editor, decides an in-review claim."""
    if verdict not in VERDICTS:
        raise ValidationFailed(
            f"Unknown verdict {verdict!r}; expected one of {', '.join(VERDICTS)}.", code="unknown_verdict"
        )
    rationale = (rationale or "").strip()
    if not rationale:
        raise ValidationFailed("A verdict needs a rationale.", code="rationale_required")
    cleaned = _clean_evidence(evidence)
    claim = _locked_claim(claim_id, expected_version)
    # The sources cited during the review (claim_add_evidence) back the verdict too.
    cleaned = _with_cited(claim, cleaned)
    if verdict in VERDICTS_NEEDING_EVIDENCE and not cleaned:
        raise ValidationFailed(
            f"A {verdict} verdict needs at least one piece of evidence (a source URL).", code="evidence_required"
        )
    rules.check_verdict(claim, actor)
    from_status = claim.status
    claim.status = verdict
    claim.verdict_by = actor
    claim.verdict_at = timezone.now()
    event = _record(claim, actor=actor, action=ReviewAction.VERDICT, from_status=from_status, verdict=verdict, note=rationale)
    Evidence.objects.bulk_create(Evidence(claim=claim, event=event, url=e.url, note=e.note) for e in cleaned)
    return claim


def _with_cited(claim: Claim, evidence: Sequence) -> list[EvidenceInput]:
    """The sources cited in the review in progress, then the given ones whose URL is not among them."""
    cited = [EvidenceInput(url=e.url, note=e.note) for e in claim_pending_evidence(claim)]
    seen = {e.url for e in cited}
    return cited + [EvidenceInput(url=e.url, note=e.note) for e in evidence if e.url not in seen]


@transaction.atomic
def claim_add_evidence(
    *, claim_id: int, actor, url: str, note: str = "", expected_version: int | None = None
) -> Evidence:
    """The one deciding an in-review claim cites a source: the history records the step
    (add_evidence), and the verdict that ends the review carries the source with its own.
    A URL already cited in this review is not cited twice: its row is returned, nothing changes
    (a double-click, or a page showing an older version, gives the same answer)."""
    (item,) = _clean_evidence([EvidenceInput(url=(url or "").strip(), note=(note or "").strip())])
    claim = _locked_claim(claim_id, None)
    rules.check_add_evidence(claim, actor)
    for cited in claim_pending_evidence(claim):
        if cited.url == item.url:
            return cited
    _check_version(claim, expected_version)
    event = _record(claim, actor=actor, action=ReviewAction.ADD_EVIDENCE, from_status=claim.status, note=item.note)
    return Evidence.objects.create(claim=claim, event=event, url=item.url, note=item.note)


def factcheck_citation(factcheck: FactCheck) -> str:
    """The evidence note of a cited fact-check: who rated what, how, and when."""
    rated = f"rated it {factcheck.rating_name}" if factcheck.rating_name else "reviewed it"
    when = f" on {factcheck.date_published:%Y-%m-%d}" if factcheck.date_published else ""
    who = factcheck.publisher_name or "An earlier fact-check"
    return f"Earlier fact-check. {who} {rated}{when}: \u201c{factcheck.claim_reviewed[:500]}\u201d"


def claim_cite_factcheck(
    *, claim_id: int, actor, factcheck_id: int, expected_version: int | None = None
) -> Evidence:
    """Cite a fact-check of the library (imported, or this newsroom's own) as evidence: its
    page is the source, and the note says who rated the claim how (claim_add_evidence)."""
    factcheck = FactCheck.objects.defer("embedding").filter(pk=factcheck_id).first()
    if factcheck is None:
        raise NotFound(f"Fact-check {factcheck_id} does not exist.", code="factcheck_not_found")
    return claim_add_evidence(
        claim_id=claim_id,
        actor=actor,
        url=factcheck.url,
        note=factcheck_citation(factcheck),
        expected_version=expected_version,
    )


@transaction.atomic
def claim_approve(*, claim_id: int, actor, expected_version: int | None = None) -> Claim:
    """An editor other than the one who gave the verdict signs it off; it is published."""
    claim = _locked_claim(claim_id, expected_version)
    rules.check_approve(claim, actor)
    claim.approved_by = actor
    claim.published_at = timezone.now()
    _record(claim, actor=actor, action=ReviewAction.APPROVE, from_status=claim.status, verdict=claim.status)
    # Published, it joins the fact-check library: a later claim finds it like any other fact-check.
    factcheck_record_verdict(claim=claim, url=claim_public_url(claim.pk))
    return claim


@transaction.atomic
def claim_reopen(*, claim_id: int, actor, reason: str, expected_version: int | None = None) -> Claim:
    """An editor sends a decided claim back to review; any approval is withdrawn."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed("Reopening needs a reason.", code="reason_required")
    claim = _locked_claim(claim_id, expected_version)
    rules.check_reopen(claim, actor)
    from_status = claim.status
    _back_to_review(claim, actor)
    _record(claim, actor=actor, action=ReviewAction.REOPEN, from_status=from_status, note=reason)
    return claim


def _back_to_review(claim: Claim, actor) -> None:
    """Withdraw the verdict and any approval: the claim is in review again."""
    was_published = claim.published_at is not None
    claim.status = ClaimStatus.IN_REVIEW
    claim.published_at = None
    claim.approved_by = None
    claim.verdict_by = None
    claim.verdict_at = None
    if claim.assignee is None:
        claim.assignee = actor
    if was_published:
        # No longer this newsroom's finding: out of the fact-check library until approved again.
        factcheck_withdraw_verdict(claim_id=claim.pk)


def _parse_quantity_field(field: str, raw):
    if field == "value":
        try:
            return Decimal(str(raw))
        except (InvalidOperation, ValueError):
            raise ValidationFailed(f"{raw!r} is not a number.", code="invalid_value") from None
    if field == "qualifier" and raw not in Quantity.Qualifier.values:
        raise ValidationFailed(f"Unknown qualifier {raw!r}.", code="invalid_qualifier")
    return "" if raw is None else str(raw)


@transaction.atomic
def claim_correct(
    *,
    claim_id: int,
    actor,
    changes: dict | None = None,
    quantity_changes: dict[int, dict] | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> Claim:
    """An editor corrects extracted fields; the old and new values go into the history.

    changes: {"speaker": Speaker | id | None, "content": str, "cue": str, "direct": bool}
    quantity_changes: {quantity_id: {"value": ..., "qualifier": ..., "subject": ..., "unit": ...}}
    """
    changes, quantity_changes = changes or {}, quantity_changes or {}
    unknown = set(changes) - set(CORRECTABLE_CLAIM_FIELDS)
    if unknown:
        raise ValidationFailed(f"These fields cannot be corrected: {', '.join(sorted(unknown))}.", code="invalid_field")
    claim = _locked_claim(claim_id, expected_version)
    rules.check_correct(claim, actor)
    diff: dict[str, list] = {}
    for field, new in changes.items():
        if field == "speaker":
            if new is not None and not isinstance(new, Speaker):
                new = Speaker.objects.filter(pk=new).first() or _raise_not_found(f"Speaker {new} does not exist.")
            old = claim.speaker
            if old != new:
                diff["speaker"] = [str(old) if old else None, str(new) if new else None]
                claim.speaker = new
        elif getattr(claim, field) != new:
            diff[field] = [getattr(claim, field), new]
            setattr(claim, field, new)
    quantities = {q.pk: q for q in claim.quantities.select_for_update().filter(pk__in=quantity_changes)}
    for qid, fields in quantity_changes.items():
        quantity = quantities.get(int(qid)) or _raise_not_found(f"Quantity {qid} is not part of claim {claim.pk}.")
        for field, raw in fields.items():
            if field not in CORRECTABLE_QUANTITY_FIELDS:
                raise ValidationFailed(f"Quantity field {field!r} cannot be corrected.", code="invalid_field")
            new = _parse_quantity_field(field, raw)
            old = getattr(quantity, field)
            if old != new:
                diff[f"quantity {quantity.pk} {field}"] = [str(old), str(new)]
                setattr(quantity, field, new)
        quantity.save()
    if not diff:
        return claim
    from_status, note = claim.status, note.strip()
    if claim.published_at is not None:
        # A published verdict is a promise about the claim as it was approved. A changed
        # speaker, content or figure is another claim: the correction reopens it, so a
        # reviewer decides again and a second editor approves again (four eyes, as for
        # any verdict). The history shows the correction and the withdrawal together.
        _back_to_review(claim, actor)
        note = f"{note}\n\n{PUBLISHED_CORRECTION_NOTE}".strip()
    _record(claim, actor=actor, action=ReviewAction.CORRECT, from_status=from_status, changes=diff, note=note)
    return claim


PUBLISHED_CORRECTION_NOTE = "The verdict was published: this correction withdrew it and reopened the claim for review."


def _record_on_published(queryset, *, actor, changes: dict, note: str) -> int:
    """A correction event on each published claim of `queryset` (row-locked, in pk order
    so two renames never deadlock); their verdicts stay published. Returns how many."""
    claims = list(queryset.filter(published_at__isnull=False).select_for_update(of=("self",)).order_by("pk"))
    for claim in claims:
        _record(claim, actor=actor, action=ReviewAction.CORRECT, from_status=claim.status, changes=changes, note=note)
    return len(claims)


@transaction.atomic
def speaker_rename(*, speaker_id: int, name: str, actor) -> int:
    """Rename a speaker; returns how many published verdicts it touched.

    Published ClaimReviews name the speaker, so a rename that published verdicts
    rest on needs an editor and is written to each of those claims' history. It does
    not reopen them: the claim says the same thing, by the same person, spelt anew."""
    name = " ".join(validation.clean_text(name or "", what="The name").split())[:300]
    if not name:
        raise ValidationFailed("A speaker needs a name.", code="name_required")
    speaker = Speaker.objects.select_for_update().filter(pk=speaker_id).first() or _raise_not_found(
        f"Speaker {speaker_id} does not exist."
    )
    if speaker.name == name:
        return 0
    published = Claim.objects.filter(speaker_id=speaker.pk, published_at__isnull=False)
    if published.exists():
        rules.check_rename_published(actor)
    old = speaker.name
    speaker.name = name
    speaker.save(update_fields=["name", "updated_at"])
    return _record_on_published(
        Claim.objects.filter(speaker_id=speaker.pk), actor=actor, changes={"speaker name": [old, name]},
        note=f"Speaker {speaker.pk} renamed.",
    )


@transaction.atomic
def article_retitle(*, article_id: int, title: str, actor) -> int:
    """Change an article's headline; published verdicts on its claims are kept, and
    the change (by an editor, when there are any) is written to their history."""
    title = validation.clean_text((title or "").strip(), what="The title")[:500]
    article = Article.objects.select_for_update().filter(pk=article_id).first() or _raise_not_found(
        f"Article {article_id} does not exist."
    )
    if article.title == title:
        return 0
    claims = Claim.objects.filter(article_id=article.pk)
    if claims.filter(published_at__isnull=False).exists():
        rules.check_rename_published(actor)
    old = article.title
    article.title = title
    article.save(update_fields=["title", "updated_at"])
    return _record_on_published(
        claims, actor=actor, changes={"article title": [old, title]}, note=f"Article {article.pk} retitled."
    )


def _raise_not_found(message: str):
    raise NotFound(message, code="not_found")


@dataclass(frozen=True)
class BulkOutcome:
    claim_id: int
    ok: bool
    message: str
    # The ApplicationError's code when it failed, so callers can show or map it.
    code: str = ""


def run_for_each(claim_ids: Iterable[int], action, **kwargs) -> list[BulkOutcome]:
    """Apply one workflow action to many claims, each in its own transaction,
    and report per claim (the admin's bulk actions use this)."""
    outcomes = []
    for claim_id in claim_ids:
        try:
            action(claim_id=claim_id, **kwargs)
        except ApplicationError as exc:
            outcomes.append(BulkOutcome(claim_id, False, exc.message, exc.code))
        else:
            outcomes.append(BulkOutcome(claim_id, True, "done"))
    return outcomes


def _group_verdict_source(claim: Claim) -> Claim:
    """The published claim of the claim's group whose verdict it would take; refused when
    there is none, or when the group's published verdicts disagree."""
    published = list(
        Claim.objects.filter(group_id=claim.group_id, published_at__isnull=False)
        .exclude(pk=claim.pk)
        .select_related("article")
        .order_by("-published_at", "-id")
    )
    if not published:
        raise Conflict(f"Claim {claim.pk}'s group has no published verdict yet.", code="no_group_verdict")
    verdicts = {c.status for c in published}
    if len(verdicts) > 1:
        raise Conflict(
            f"Claim {claim.pk}'s group has published verdicts that disagree ({', '.join(sorted(verdicts))}): "
            "review it on its own.",
            code="group_verdicts_disagree",
            extra={"verdicts": sorted(verdicts)},
        )
    return published[0]


@transaction.atomic
def claim_apply_group_verdict(*, claim_id: int, actor, expected_version: int | None = None) -> Claim:
    """A reviewer gives an unreviewed or in-review claim the published verdict of its group.

    The claim takes the source claim's verdict, a rationale citing the source
    claim and its evidence, and records its own history row. It is not
    published: like any verdict it waits for an editor's approval (four eyes).
    """
    claim = _locked_claim(claim_id, expected_version)
    rules.check_apply_group_verdict(claim, actor)
    source = _group_verdict_source(claim)
    current = claim_current_verdict(source)
    evidence = _with_cited(claim, current.evidence if current else [])
    where = source.article.title or source.article.url or f"article {source.article_id}"
    rationale = f"Verdict of matching claim {source.pk} ({where}), published {source.published_at:%Y-%m-%d}."
    if current and current.rationale:
        rationale += f"\n\n{current.rationale}"
    from_status = claim.status
    claim.status = source.status
    claim.assignee = claim.assignee or actor
    claim.verdict_by = actor
    claim.verdict_at = timezone.now()
    event = _record(
        claim,
        actor=actor,
        action=ReviewAction.APPLY_GROUP_VERDICT,
        from_status=from_status,
        verdict=source.status,
        note=rationale,
        changes={"source_claim": source.pk},
    )
    Evidence.objects.bulk_create(Evidence(claim=claim, event=event, url=e.url, note=e.note) for e in evidence)
    return claim
