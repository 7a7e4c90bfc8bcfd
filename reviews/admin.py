"""The reviewers' admin: the claim page and list with the review workflow, and the
read-only history.

Every change of review state goes through reviews.services: the list's actions
(via run_for_each), the claim page's workflow panel and the editors' corrections
(claim_correct). The admin decides only what to offer to whom; the services
decide what is allowed, and their coded errors come back as messages.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from claims.admin import ClaimAdmin, claim_in_context, quantities_text, status_badge
from claims.models import DECIDED_STATUSES, Claim, ClaimStatus, Quantity
from claims.selectors import claim_list
from factcheck.errors import ApplicationError, ValidationFailed

from . import rules, services
from .admin_factchecks import earlier_factchecks_panel
from .admin_history import EvidenceInline, HistoryInline
from .admin_matching import apply_group_verdict_action
from .admin_renames import ArticleRetitleAdmin, SpeakerRenameAdmin  # noqa: F401 - registers them
from .api.exports import csv_response
from .dashboard import claim_neighbours_in_article
from .forms import (
    AssignForm,
    IdAutocompleteSelect,
    QuantityForm,
    ReopenForm,
    plain_number,
    verdict_forms,
    verdict_forms_valid,
)
from .selectors import claim_current_verdict

# How many of the selected claims an intermediate page lists.
PREVIEW_CLAIMS = 20
# The verdict actions: (verdict, action name, label in the actions menu).
VERDICT_ACTIONS = (
    (ClaimStatus.VERIFIED, "mark_verified", "Mark verified…"),
    (ClaimStatus.DISPUTED, "mark_disputed", "Mark disputed…"),
    (ClaimStatus.UNVERIFIABLE, "mark_unverifiable", "Mark unverifiable…"),
    (ClaimStatus.NOT_A_CLAIM, "mark_not_a_claim", "Not a claim…"),
)
# The session key under which a failed verdict or reopen keeps what was typed.
DRAFT_KEY = "reviews_claim_draft_{}"


def error_text(exc: ApplicationError) -> str:
    return f"{exc.message} [{exc.code}]"


# --- Numbers ------------------------------------------------------------------


class QuantityInline(admin.TabularInline):
    """The claim's numbers. Editors correct value, qualifier, subject and unit here;
    the save goes through claim_correct (ClaimReviewAdmin.save_related)."""

    model = Quantity
    form = QuantityForm
    readonly_fields = ("text", "value_shown")
    extra = 0
    can_delete = False
    verbose_name_plural = "numbers"

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and request.user.has_perm("claims.correct_claim")

    def get_fields(self, request, obj=None):
        value = "value" if self.has_change_permission(request, obj) else "value_shown"
        return ("text", value, "qualifier", "subject", "unit")

    @admin.display(description="value")
    def value_shown(self, quantity):
        return plain_number(quantity.value)


# --- Claims -------------------------------------------------------------------

CORRECTABLE_FIELDS = services.CORRECTABLE_CLAIM_FIELDS


def _verdict_action(verdict: str, name: str, label: str):
    @admin.action(description=label, permissions=["review"])
    def action(modeladmin, request, queryset):
        return modeladmin.verdict_action(request, queryset, verdict)

    action.__name__ = name
    return action


@admin.register(Claim)
class ClaimReviewAdmin(ClaimAdmin):
    change_form_template = "admin/reviews/claim/change_form.html"
    inlines = [QuantityInline, EvidenceInline, HistoryInline]
    autocomplete_fields = ("speaker",)
    fieldsets = (
        ("Attribution", {"fields": ("speaker", "content", "cue", "direct", "is_attributed")}),
        (
            "Review",
            {"fields": ("status_badge", "assignee", "verdict_by", "verdict_at", "approved_by", "published_at", "version")},
        ),
        ("Extraction", {"fields": ("article_page", "start", "end", "is_numeric", "extractor_version", "created_at")}),
    )
    # Only the extracted fields in CORRECTABLE_FIELDS are ever editable, and only
    # by editors; status, assignee and verdict change through the workflow alone.
    readonly_fields = (
        "is_attributed",
        "status_badge",
        "assignee",
        "verdict_by",
        "verdict_at",
        "approved_by",
        "published_at",
        "version",
        "article_page",
        "start",
        "end",
        "is_numeric",
        "extractor_version",
        "created_at",
    )
    actions = [
        "start_review",
        *(name for _, name, _ in VERDICT_ACTIONS),
        "approve",
        "reopen",
        "assign_to_reviewer",
        apply_group_verdict_action,
        "export_csv",
    ]
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "speaker":
            kwargs["widget"] = IdAutocompleteSelect(db_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # The History button shows the review steps, not only the admin's own change log.
    object_history_template = "admin/reviews/claim/object_history.html"

    # --- Who may do what: reviews.rules answers; the admin only asks ---

    def has_review_permission(self, request):
        return rules.can_review(request.user)

    def has_approve_permission(self, request):
        return rules.is_editor(request.user)

    def has_assign_permission(self, request):
        return rules.can_assign(request.user)

    def has_change_permission(self, request, obj=None):
        # Changing a claim means correcting its extracted fields: an editor's job.
        return super().has_change_permission(request, obj) and rules.can_correct(request.user)

    # --- List actions ---

    @admin.action(description="Start review (assign to me)", permissions=["review"])
    def start_review(self, request, queryset):
        self._run(request, queryset, services.claim_start_review, "Started reviewing")

    mark_verified, mark_disputed, mark_unverifiable, mark_not_a_claim = (
        _verdict_action(verdict, name, label) for verdict, name, label in VERDICT_ACTIONS
    )

    @admin.action(description="Approve verdicts (publish)", permissions=["approve"])
    def approve(self, request, queryset):
        self._run(request, queryset, services.claim_approve, "Approved")

    @admin.action(description="Reopen…", permissions=["approve"])
    def reopen(self, request, queryset):
        form = ReopenForm(request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and form.is_valid():
            self._run(request, queryset, services.claim_reopen, "Reopened", reason=form.cleaned_data["reason"])
            return None
        return self._intermediate_page(request, queryset, title="Reopen claims", form=form, submit_label="Reopen")

    @admin.action(description="Assign to reviewer…", permissions=["assign"])
    def assign_to_reviewer(self, request, queryset):
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and form.is_valid():
            reviewer = form.cleaned_data["reviewer"]
            self._run(request, queryset, services.claim_start_review, f"Assigned to {reviewer}:", assignee=reviewer)
            return None
        return self._intermediate_page(request, queryset, title="Assign claims to a reviewer", form=form, submit_label="Assign")

    def verdict_action(self, request, queryset, verdict: str):
        label = ClaimStatus(verdict).label
        form, formset = verdict_forms(request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and verdict_forms_valid(form, formset, verdict):
            self._run(
                request,
                queryset,
                services.claim_submit_verdict,
                f"Marked {label.lower()}:",
                verdict=verdict,
                rationale=form.cleaned_data["rationale"],
                evidence=formset.evidence(),
            )
            return None
        return self._intermediate_page(
            request,
            queryset,
            title=f"Verdict: {label}",
            form=form,
            formset=formset,
            evidence_required=verdict in services.VERDICTS_NEEDING_EVIDENCE,
            submit_label=f"Mark {label.lower()}",
        )

    @admin.action(description="Export selected as CSV (verdict, rationale, evidence)", permissions=["view"])
    def export_csv(self, request, queryset):
        # The API's export rows (reviews.api.exports), for a spreadsheet: UTF-8 with a BOM.
        claims = claim_list().filter(pk__in=queryset.order_by().values("pk")).order_by("pk")
        return csv_response(claims, filename="claims-selected.csv", bom=True)

    def history_view(self, request, object_id, extra_context=None):
        claim = self.get_object(request, unquote(object_id))
        if claim is not None:
            events = claim.events.select_related("actor", "assignee").prefetch_related("evidence")
            extra_context = {**(extra_context or {}), "review_events": events, "claim": claim}
        return super().history_view(request, object_id, extra_context)

    def _run(self, request, queryset, service, done: str, **kwargs):
        """Apply one service to each selected claim, each in its own transaction, and
        report every claim: the successes together, each failure with its code."""
        # In id order: the report reads predictably, and bulk runs lock rows in one order.
        claim_ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        outcomes = services.run_for_each(claim_ids, service, actor=request.user, **kwargs)
        succeeded = [f"#{o.claim_id}" for o in outcomes if o.ok]
        if succeeded:
            self.message_user(request, f"{done} {len(succeeded)} claim(s): {', '.join(succeeded)}.", messages.SUCCESS)
        for outcome in outcomes:
            if not outcome.ok:
                self.message_user(
                    request, f"Claim #{outcome.claim_id}: {outcome.message} [{outcome.code}]", messages.ERROR
                )

    def _intermediate_page(self, request, queryset, *, title, form, submit_label, formset=None, evidence_required=False):
        """The page between choosing an action and applying it (rationale, evidence, reason)."""
        selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
        count = queryset.count()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            "form": form,
            "formset": formset,
            "evidence_required": evidence_required,
            "submit_label": submit_label,
            "action": request.POST.get("action", ""),
            "selected": selected,
            "select_across": request.POST.get("select_across") == "1",
            "preview": queryset[:PREVIEW_CLAIMS],
            "count": count,
            "more": max(0, count - PREVIEW_CLAIMS),
            "cancel_url": request.get_full_path(),
            "media": self.media,
        }
        return TemplateResponse(request, "admin/reviews/claim/action_form.html", context)

    # --- The claim page ---

    def get_urls(self):
        return [
            path(
                "<path:object_id>/workflow/",
                self.admin_site.admin_view(self.workflow_view),
                name="claims_claim_workflow",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, unquote(object_id)) if request.method == "GET" else None
        if claim is not None:
            extra_context = {**(extra_context or {}), **self._claim_page_context(request, claim)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _claim_page_context(self, request, claim: Claim) -> dict:
        draft = request.session.pop(DRAFT_KEY.format(claim.pk), {})
        verdict_form, evidence_formset = verdict_forms(initial=draft)
        # The panel offers what reviews.rules allows, with the services' own reasons.
        allowed = rules.claim_allowed_actions(claim, request.user)
        Action = rules.Action
        workflow = {
            "url": reverse("admin:claims_claim_workflow", args=[claim.pk]),
            "version": claim.version,
            "allowed": allowed,
            "can_start": allowed[Action.START_REVIEW].allowed,
            "can_assign": allowed[Action.ASSIGN].allowed,
            "can_verdict": allowed[Action.VERDICT].allowed,
            "can_approve": allowed[Action.APPROVE].allowed,
            "four_eyes": allowed[Action.APPROVE].code == "four_eyes",
            "can_reopen": allowed[Action.REOPEN].allowed,
            "verdicts": [(s.value, s.label) for s in DECIDED_STATUSES],
            "draft_verdict": draft.get("verdict", ""),
            "verdict_form": verdict_form,
            "evidence_formset": evidence_formset,
            "reopen_form": ReopenForm(initial={"reason": draft.get("reason", "")}),
            "assign_form": AssignForm(),
        }
        workflow["any"] = any(workflow[k] for k in ("can_start", "can_assign", "can_verdict", "can_approve", "can_reopen"))
        current = claim_current_verdict(claim)
        return {
            # The verdict with its rationale and evidence, beside approve and reopen.
            "current_verdict": current,
            # Has this been checked before? The closest fact-checks, each citable in one step.
            "earlier": earlier_factchecks_panel(claim, allowed, current),
            "claim_summary": {
                "claim": claim,
                "context": claim_in_context(claim),
                "badge": status_badge(claim),
                "numbers": quantities_text(claim),
                "article_url": reverse("admin:claims_article_change", args=[claim.article_id]),
                # j / k without a list behind them: the neighbours in the article's text.
                **claim_neighbours_in_article(claim),
            },
            "workflow": workflow,
        }

    def workflow_view(self, request, object_id):
        """The claim page's panel posts here: one workflow step on one claim."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = self.get_object(request, unquote(object_id))
        if claim is None:
            raise Http404("No such claim.")
        if not self.has_view_permission(request, claim):
            raise PermissionDenied
        post = request.POST
        version = post.get("version", "")
        base = {
            "claim_id": claim.pk,
            "actor": request.user,
            # The version the page showed: acting on a claim someone changed meanwhile is refused.
            "expected_version": int(version) if version.isdigit() else None,
        }
        op = post.get("op", "")
        try:
            if op == "start":
                services.claim_start_review(**base)
                done = "review started; it is assigned to you."
            elif op == "assign":
                form = AssignForm(post)
                if not form.is_valid():
                    raise ValidationFailed("Choose a reviewer to assign the claim to.", code="assignee_required")
                services.claim_start_review(**base, assignee=form.cleaned_data["reviewer"])
                done = f"assigned to {form.cleaned_data['reviewer']}."
            elif op == "verdict":
                verdict = post.get("verdict", "")
                # Raw rows: claim_submit_verdict validates every URL and the evidence rule.
                evidence = [
                    {"url": post.get(f"evidence-{i}-url", ""), "note": post.get(f"evidence-{i}-note", "")}
                    for i in range(_int(post.get("evidence-TOTAL_FORMS"), 0, 50))
                ]
                evidence = [row for row in evidence if row["url"].strip() or row["note"].strip()]
                request.session[DRAFT_KEY.format(claim.pk)] = {
                    "verdict": verdict,
                    "rationale": post.get("verdict-rationale", ""),
                    "evidence": evidence,
                }
                services.claim_submit_verdict(
                    **base, verdict=verdict, rationale=post.get("verdict-rationale", ""), evidence=evidence
                )
                request.session.pop(DRAFT_KEY.format(claim.pk), None)
                done = f"marked {ClaimStatus(verdict).label.lower()}."
            elif op == "cite":
                services.claim_cite_factcheck(**base, factcheck_id=_int(post.get("factcheck"), 0, 2**63 - 1))
                done = "the earlier fact-check is cited as evidence for this review."
            elif op == "approve":
                services.claim_approve(**base)
                done = "verdict approved and published."
            elif op == "reopen":
                request.session[DRAFT_KEY.format(claim.pk)] = {"reason": post.get("reason", "")}
                services.claim_reopen(**base, reason=post.get("reason", ""))
                request.session.pop(DRAFT_KEY.format(claim.pk), None)
                done = "reopened; it is back in review."
            else:
                raise ValidationFailed(f"Unknown workflow step {op!r}.", code="unknown_step")
        except ApplicationError as exc:
            self.message_user(request, f"Claim #{claim.pk}: {error_text(exc)}", messages.ERROR)
        else:
            self.message_user(request, f"Claim #{claim.pk}: {done}", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))

    # --- Corrections: never saved directly, always through claim_correct ---

    def save_model(self, request, obj, form, change):
        # Deliberately empty: save_related hands every changed field to claim_correct,
        # which writes claim, quantities and the history row in one transaction.
        pass

    def save_related(self, request, form, formsets, change):
        changes = {f: form.cleaned_data[f] for f in form.changed_data if f in CORRECTABLE_FIELDS}
        quantity_changes = {}
        for formset in formsets:
            # What formset.save() would have recorded, for the admin's change log.
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            if getattr(formset, "model", None) is not Quantity:
                continue
            for quantity_form in formset.forms:
                fields = {
                    f: quantity_form.cleaned_data[f]
                    for f in quantity_form.changed_data
                    if f in services.CORRECTABLE_QUANTITY_FIELDS
                }
                if fields and quantity_form.instance.pk:
                    quantity_changes[quantity_form.instance.pk] = fields
                    formset.changed_objects.append((quantity_form.instance, list(fields)))
        if changes or quantity_changes:
            services.claim_correct(
                claim_id=form.instance.pk,
                actor=request.user,
                changes=changes,
                quantity_changes=quantity_changes,
                note="Corrected on the claim page.",
            )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ApplicationError as exc:
            # The admin's transaction has rolled back; say why instead of a traceback.
            self.message_user(request, f"Correction refused: {error_text(exc)}", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


def _int(raw, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(raw)))
    except (TypeError, ValueError):
        return low
