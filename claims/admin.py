"""The read side of the reviewers' admin: articles, speakers and the claim list.

The claim admin with the review workflow (actions, verdict form, history) lives
in reviews/admin.py, because `claims` never imports `reviews`; it subclasses
ClaimAdmin below and registers it.

Everything here is built to stay fast at 50,000+ claims: one query per page of
rows (plus one prefetch), no COUNT(*) over the whole table, and text-input
filters instead of sidebars that list every speaker or article.
"""

from __future__ import annotations

import logging

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import connection, models
from django.db.models import F
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from factcheck.admin_mixins import ReadOnlyMixin
from factcheck.errors import ApplicationError

from . import filters, pipeline
from .admin_lists import (  # noqa: F401 - EstimatedCountPaginator is reviews.admin's too
    ArticleFilter,
    ArticleOutletFilter,
    AssignedToMeFilter,
    EstimatedCountPaginator,
    KindFilter,
    OutletFilter,
    PublishedFilter,
    SpeakerFilter,
)
from .models import DECIDED_STATUSES, Article, Claim, ClaimStatus, Speaker
from .selectors import article_body_part, claim_list, claim_search

logger = logging.getLogger(__name__)


# --- Rendering ----------------------------------------------------------------


def status_badge(claim: Claim):
    badge = format_html(
        '<span class="claim-badge claim-badge--{}">{}</span>', claim.status, claim.get_status_display()
    )
    if claim.published_at:
        badge = format_html('{} <span class="claim-badge claim-badge--published">published</span>', badge)
    elif claim.status in DECIDED_STATUSES:
        # A reviewer's verdict is not a published one: editors look for exactly these.
        badge = format_html('{} <span class="claim-badge claim-badge--awaiting">awaiting approval</span>', badge)
    return badge


def highlight(text: str, spans, *, offset: int = 0):
    """`text` with each (start, end, title, url[, kind]) span wrapped in <mark>, everything escaped.

    Article text is untrusted (it may contain HTML or script): every piece goes
    through format_html's escaping; nothing here is mark_safe'd. Offsets are
    relative to the article body; `offset` is where `text` starts in it.
    Overlapping spans are skipped rather than nested.
    """
    pieces = []
    pos = 0
    for start, end, title, url, *kind in sorted(spans):
        start, end = start - offset, end - offset
        if start < pos or end > len(text):
            continue
        pieces.append(text[pos:start])
        css = f"claim-hl claim-hl--{kind[0]}" if kind else "claim-hl"
        inner = format_html('<mark class="{}" title="{}">{}</mark>', css, title, text[start:end])
        pieces.append(format_html('<a class="claim-hl-link" href="{}">{}</a>', url, inner) if url else inner)
        pos = end
    pieces.append(text[pos:])
    return format_html_join("", "{}", ((piece,) for piece in pieces))


# How much of a long paragraph to show either side of the statement.
CONTEXT_CHARS = 600


def claim_in_context(claim: Claim):
    """The statement highlighted inside its article paragraph."""
    body = claim.article.body
    para_start = body.rfind("\n", 0, claim.start) + 1
    para_end = body.find("\n", claim.end)
    para_end = len(body) if para_end == -1 else para_end
    para_start = max(para_start, claim.start - CONTEXT_CHARS)
    para_end = min(para_end, claim.end + CONTEXT_CHARS)
    marked = highlight(body[para_start:para_end], [(claim.start, claim.end, "The statement", "")], offset=para_start)
    return format_html(
        '<div class="claim-context">{}{}{}</div>',
        "… " if para_start > 0 and body[para_start - 1] != "\n" else "",
        marked,
        " …" if para_end < len(body) and body[para_end] != "\n" else "",
    )


def quantities_text(claim: Claim) -> str:
    # claim.quantities.all() reads the prefetch of claims.selectors.claim_list.
    return ", ".join(q.text for q in claim.quantities.all())


class AwaitingApprovalFilter(admin.SimpleListFilter):
    title = "approval"
    parameter_name = "awaiting_approval"

    def lookups(self, request, model_admin):
        return [("yes", "Awaiting approval"), ("no", "Not awaiting approval")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return filters.claims_awaiting_approval(queryset, self.value() == "yes")
        return queryset


# --- Speakers -----------------------------------------------------------------


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "claims_link")
    list_filter = ("kind",)
    # Needed by the claim page's speaker autocomplete.
    search_fields = ("name", "key")
    ordering = ("name",)
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    paginator = EstimatedCountPaginator
    readonly_fields = ("key",)

    @admin.display(description="claims")
    def claims_link(self, obj):
        url = reverse("admin:claims_claim_changelist") + f"?speaker=%23{obj.pk}"
        return format_html('<a href="{}">claims</a>', url)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


# --- Claims (the shared read side; reviews.admin adds the workflow) -----------


class ClaimAdmin(admin.ModelAdmin):
    list_display = ("statement", "speaker_link", "numbers", "article_link", "status_badge", "worth", "assignee")
    list_display_links = ("statement",)
    list_filter = (
        "status",
        AwaitingApprovalFilter,
        PublishedFilter,
        KindFilter,
        AssignedToMeFilter,
        SpeakerFilter,
        OutletFilter,
        ArticleFilter,
    )
    search_fields = ("text", "speaker__name", "article__title")
    search_help_text = (
        "Words of the statement (full text: \"a phrase\", -without), or part of the speaker's name "
        "or of the article title."
    )
    # Newest first, matching the (status, -created_at) and created_at indexes.
    ordering = ("-created_at", "-id")
    list_select_related = ("speaker", "article", "assignee")
    list_per_page = 50
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    paginator = EstimatedCountPaginator

    class Media:
        css = {"all": ["claims/admin.css"]}

    def get_queryset(self, request):
        # The selector decides the query shape once, for the admin and the API alike.
        return claim_list()

    def get_ordering(self, request):
        # The unreviewed queue in priority order, most check-worthy first, unscored last
        # (claim_unreviewed_worth_idx); a column header the user clicks still wins.
        if request.GET.get("status") == ClaimStatus.UNREVIEWED:
            return (F("checkworthiness").desc(nulls_last=True), "-id")
        return super().get_ordering(request)

    def get_search_results(self, request, queryset, search_term):
        # On PostgreSQL, the API's search (claims.selectors.claim_search): full text over
        # statement and content (GIN), or the speakers and articles whose name or title
        # contains the term, looked up first (trigram indexes, migration 0004). Django's
        # own search was icontains over a three-table join: 2.4 s per page at 1M claims.
        if not search_term.strip():
            return queryset, False
        if connection.vendor != "postgresql":
            # SQLite has no full text: the same syntax ("a phrase", -without), as substrings.
            fields = ("text", "content", "speaker__name", "article__title")
            return filters.claims_matching_words(queryset, search_term, fields), True
        return claim_search(queryset, search_term, article_titles=True), False

    def has_add_permission(self, request):
        # Claims come from extraction (claims.services), never from a blank form.
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description="statement", ordering="text")
    def statement(self, obj):
        return Truncator(obj.text).chars(140)

    @admin.display(description="speaker", ordering="speaker__name")
    def speaker_link(self, obj):
        if obj.speaker is None:
            return "—"
        url = reverse("admin:claims_claim_changelist") + f"?speaker=%23{obj.speaker_id}"
        return format_html('<a href="{}" title="All claims by this speaker">{}</a>', url, obj.speaker.name)

    @admin.display(description="numbers")
    def numbers(self, obj):
        return quantities_text(obj) or "—"

    @admin.display(description="article", ordering="article__title")
    def article_link(self, obj):
        url = reverse("admin:claims_claim_changelist") + f"?article=%23{obj.article_id}"
        return format_html(
            '<a href="{}" title="All claims from this article">{}</a>', url, Truncator(str(obj.article)).chars(60)
        )

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj):
        return status_badge(obj)

    @admin.display(description="worth", ordering=F("checkworthiness").desc(nulls_last=True))
    def worth(self, obj):
        return "—" if obj.checkworthiness is None else f"{obj.checkworthiness:.2f}"

    @admin.display(description="statement in its paragraph")
    def statement_in_context(self, obj):
        return claim_in_context(obj)

    @admin.display(description="article")
    def article_page(self, obj):
        url = reverse("admin:claims_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a>', url, str(obj.article))


# --- Articles -----------------------------------------------------------------

KIND_LABELS = (("numeric", "a number"), ("attributed", "someone's words"), ("both", "someone's words with a number"))


def claim_kind(numeric: bool, attributed: bool) -> str:
    return "both" if numeric and attributed else "numeric" if numeric else "attributed" if attributed else "other"


class ClaimInline(ReadOnlyMixin, admin.TabularInline):
    """The article's claims, read-only: they are reviewed on their own pages."""

    model = Claim
    fields = ("statement", "speaker", "numbers", "badge", "assignee")
    readonly_fields = fields
    extra = 0
    can_delete = False
    # The statement is the link: the inline's own change link would print it a second time.
    show_change_link = False
    verbose_name_plural = "claims in this article"

    def get_queryset(self, request):
        # Only the claims of the body part on show (ArticleAdmin.get_object chose it).
        queryset = claim_list().order_by("start")
        part = getattr(request, "article_body_part", None)
        return queryset if part is None else queryset.filter(start__gte=part.start, start__lt=part.end)

    @admin.display(description="statement")
    def statement(self, obj):
        return format_html(
            '<a href="{}" class="claim-hl-link"><mark class="claim-hl claim-hl--{}">{}</mark></a>',
            reverse("admin:claims_claim_change", args=[obj.pk]),
            claim_kind(obj.is_numeric, obj.is_attributed),
            Truncator(obj.text).chars(160),
        )

    @admin.display(description="numbers")
    def numbers(self, obj):
        return quantities_text(obj) or "—"

    @admin.display(description="status")
    def badge(self, obj):
        return status_badge(obj)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title_or_url", "outlet", "published_at", "extraction_badge", "claims_link")
    list_filter = ("extraction_status", ArticleOutletFilter)
    search_fields = ("title", "url")
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    paginator = EstimatedCountPaginator
    inlines = [ClaimInline]
    actions = ["rerun_extraction"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    change_form_template = "admin/claims/article/change_form.html"
    fieldsets = (
        (None, {"fields": ("title", "url", "outlet", "author", "published_at")}),
        ("Text and claims", {"fields": ("highlighted_body",)}),
        (
            "Extraction",
            {"fields": ("extraction_status", "extraction_note", "extractor_version", "extracted_at", "content_hash")},
        ),
    )
    # The body is never editable: every claim's offsets index into it.
    readonly_fields = (
        "highlighted_body",
        "extraction_status",
        "extraction_note",
        "extractor_version",
        "extracted_at",
        "content_hash",
    )

    class Media:
        css = {"all": ["claims/admin.css"]}

    def get_queryset(self, request):
        # The list never shows the body (up to a megabyte a row); the article page
        # loads it with one more query when it highlights it.
        return super().get_queryset(request).defer("body")

    def has_add_permission(self, request):
        # Articles are stored by claims.services.article_ingest (command, API), which
        # hashes and extracts them; a bare form would skip both.
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description="title", ordering="title")
    def title_or_url(self, obj):
        return Truncator(str(obj)).chars(100)

    @admin.display(description="extraction", ordering="extraction_status")
    def extraction_badge(self, obj):
        return format_html(
            '<span class="claim-badge claim-badge--extraction-{}">{}</span>',
            obj.extraction_status,
            obj.get_extraction_status_display(),
        )

    @admin.display(description="claims")
    def claims_link(self, obj):
        url = reverse("admin:claims_claim_changelist") + f"?article=%23{obj.pk}"
        return format_html('<a href="{}">claims</a>', url)

    def get_object(self, request, object_id, from_field=None):
        # A huge article's page shows one part of its body, and that part's claims, at a time.
        article = super().get_object(request, object_id, from_field)
        if article is not None:
            article.body_part = request.article_body_part = article_body_part(article.body, request.GET.get("part", 1))
        return article

    @admin.display(description="extraction note")
    def extraction_note(self, obj):
        return obj.extraction_error or "—"

    @admin.display(description="body, each claim highlighted by kind")
    def highlighted_body(self, obj):
        part = getattr(obj, "body_part", None) or article_body_part(obj.body, 1)
        rows = obj.claims.filter(start__gte=part.start, start__lt=part.end).values_list(
            "pk", "start", "end", "status", "is_numeric", "is_attributed"
        )
        spans = [
            (
                start, end, f"Claim {pk}: {ClaimStatus(status).label}",
                reverse("admin:claims_claim_change", args=[pk]), claim_kind(numeric, attributed),
            )
            for pk, start, end, status, numeric, attributed in rows
        ]
        legend = format_html(
            '<p class="hl-legend">{}</p>',
            format_html_join(" ", '<mark class="claim-hl claim-hl--{}">{}</mark>', ((k, label) for k, label in KIND_LABELS)),
        )
        text = obj.body[part.start : part.end]
        note = format_html('<p class="errornote">{}</p>', obj.extraction_error) if obj.extraction_error else ""
        links = self._part_links(obj, part)  # above and below the body
        return format_html(
            '{}{}{}<div class="article-body">{}</div>{}',
            note, legend, links, highlight(text, spans, offset=part.start), links,
        )

    def _part_links(self, obj, part):
        if part.count == 1:
            return ""
        here = reverse("admin:claims_article_change", args=[obj.pk])
        links = [
            format_html('<a href="{}?part={}">{}</a>', here, number, label)
            for number, label in ((part.number - 1, "‹ previous"), (part.number + 1, "next ›"))
            if 1 <= number <= part.count
        ]
        return format_html(
            '<p class="body-parts">Part {} of {} (characters {} to {}); the claims below are this part\'s. {}</p>',
            part.number, part.count, f"{part.start:,}", f"{part.end:,}", format_html_join(" · ", "{}", ((link,) for link in links)),
        )

    # The "Re-run extraction" action: from the list, or the button on the article page.

    @admin.action(description="Re-run extraction", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        self._rerun_extraction(request, list(queryset.values_list("pk", flat=True)))

    def _rerun_extraction(self, request, article_ids):
        for article_id in article_ids:
            try:
                result = pipeline.article_rerun(article_id=article_id)
            except ApplicationError as exc:
                self.message_user(request, f"Article {article_id}: {exc.message} [{exc.code}]", messages.ERROR)
            except Exception as exc:
                # The service has already marked the article failed with this error;
                # the editor sees it here and on the article page, not a traceback.
                logger.exception("re-extraction of article %s failed", article_id)
                self.message_user(
                    request, f"Article {article_id}: extraction failed: {type(exc).__name__}: {exc}", messages.ERROR
                )
            else:
                if result.queued:
                    self.message_user(request, f"Article {article_id}: extraction queued.", messages.INFO)
                else:
                    self.message_user(
                        request,
                        f"Article {article_id}: extracted, {result.claims} new claim(s), matched again.",
                        messages.SUCCESS,
                    )

    def get_urls(self):
        return [
            path(
                "<path:object_id>/extract/",
                self.admin_site.admin_view(self.extract_view),
                name="claims_article_extract",
            ),
            *super().get_urls(),
        ]

    def extract_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = get_object_or_404(Article.objects.only("pk"), pk=object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        self._rerun_extraction(request, [article.pk])
        return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "can_rerun_extraction": self.has_change_permission(request)}
        return super().change_view(request, object_id, form_url, extra_context)


# Figures and claim groups (matching) register their own pages.
from . import admin_figures  # noqa: E402, F401
