"""The claim's read-only review record in the admin: the evidence and history inlines
of the claim page, and the history and evidence lists (reviews.admin uses the inlines)."""

from __future__ import annotations

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from claims.admin_lists import EstimatedCountPaginator
from factcheck.admin_mixins import ReadOnlyMixin

from .models import Evidence, ReviewEvent
from .selectors import DECIDING_ACTIONS


class EvidenceInline(ReadOnlyMixin, admin.TabularInline):
    model = Evidence
    fields = ("source", "note", "created_at")
    readonly_fields = fields
    extra = 0
    verbose_name_plural = "evidence behind the verdicts"

    def get_queryset(self, request):
        # The verdicts' own sources; one cited during a review in progress is listed on the
        # "Checked before?" panel and in the history, and comes here with the verdict that carries it.
        return super().get_queryset(request).filter(event__action__in=DECIDING_ACTIONS)

    @admin.display(description="source")
    def source(self, obj):
        return format_html('<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', obj.url, obj.url)


class HistoryInline(ReadOnlyMixin, admin.TabularInline):
    model = ReviewEvent
    fields = ("created_at", "actor", "action", "from_status", "to_status", "verdict", "assignee", "note", "changes_text")
    readonly_fields = fields
    extra = 0
    verbose_name_plural = "history"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "assignee")

    @admin.display(description="changes")
    def changes_text(self, obj):
        return "; ".join(f"{field}: {old!r} → {new!r}" for field, (old, new) in obj.changes.items()) or "—"


@admin.register(ReviewEvent)
class ReviewEventAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ("created_at", "claim_link", "action", "actor", "from_status", "to_status", "verdict", "note")
    list_filter = ("action", "to_status")
    list_select_related = ("claim", "actor")
    search_fields = ("note", "actor__username")
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    paginator = EstimatedCountPaginator
    readonly_fields = ("claim", "actor", "action", "from_status", "to_status", "verdict", "note", "changes", "assignee")

    def get_queryset(self, request):
        return super().get_queryset(request).defer("claim__search_vector")

    @admin.display(description="claim")
    def claim_link(self, obj):
        return format_html(
            '<a href="{}">#{} {}</a>', reverse("admin:claims_claim_change", args=[obj.claim_id]), obj.claim_id, obj.claim
        )


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ("url", "claim", "note", "created_at")
    list_select_related = ("claim",)
    search_fields = ("url", "note")
    show_full_result_count = False
    paginator = EstimatedCountPaginator
