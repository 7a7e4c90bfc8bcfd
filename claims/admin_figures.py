"""Admin pages for figures (status and values, disputed first; a timeline with the claims that
disagree linked) and claim groups.

claims/admin.py imports this module; it registers with admin.site itself.
Figures and groups are derived by claims.matching: the pages are read-only.
"""

from django.contrib import admin
from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .matching.selectors import figure_disputing_claims, figure_list, figure_observations, group_claims
from .models import ClaimGroup, Figure, Quantity

# A constant, so safe to mark: conflicting values are tinted red on the timeline.
CONFLICT_STYLE = mark_safe(' style="background:#fde2e1"')
REVISED_STYLE = mark_safe(' style="background:#fff4d6"')
STATUS_STYLE = {
    Figure.Status.DISPUTED: "color:#fff;background:#c0392b",
    Figure.Status.REVISED: "background:#f5d76e",
    Figure.Status.CONSISTENT: "background:#d5f5e3",
}
# The values a list row shows before "…": enough to see a disagreement at a glance.
LIST_VALUES = 6
LIST_READ = 40


class _DerivedAdmin(admin.ModelAdmin):
    """Read-only, and visible to whoever may see claims: these pages only regroup claims."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_claim") or super().has_view_permission(request, obj)

    def has_module_permission(self, request):
        return self.has_view_permission(request)


def _claim_link(claim) -> str:
    try:
        return reverse("admin:claims_claim_change", args=[claim.pk])
    except NoReverseMatch:  # the claim admin is not registered (tests of this page alone)
        return ""


@admin.register(Figure)
class FigureAdmin(_DerivedAdmin):
    list_display = ["label", "status_badge", "values", "report_count", "scope_key", "unit", "first_seen", "last_seen"]
    list_filter = ["status", "is_conflicting", "subject_key"]
    search_fields = ["label", "subject_key", "scope_key"]
    date_hierarchy = "last_seen"
    fields = [
        "label", "status_badge", "disagreeing_claims", "subject_key", "scope_key", "unit", "value_count", "report_count",
        "first_seen", "last_seen", "timeline",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        # The selector's order: disputed first, then revised, then consistent.
        # A figure may have thousands of values: the row shows a few, so a few are read.
        shown = Quantity.objects.only("figure_id", "value", "qualifier", "text").order_by("value", "id")
        return figure_list().prefetch_related(Prefetch("quantities", queryset=shown[:LIST_READ], to_attr="listed"))

    def get_ordering(self, request):
        return ["status_rank", "-last_seen", "-id"]

    @admin.display(description="Status", ordering="status_rank")
    def status_badge(self, figure):
        return format_html(
            '<span style="{};padding:1px 6px;border-radius:3px">{}</span>', STATUS_STYLE[figure.status], figure.get_status_display()
        )

    @admin.display(description="Values")
    def values(self, figure):
        shown = getattr(figure, "listed", None)
        if shown is None:
            shown = list(figure.quantities.order_by("value", "id")[:LIST_READ])
        texts = list(dict.fromkeys(f"{q.get_qualifier_display()} {q.text}".replace("exactly ", "") for q in shown))
        more = " …" if len(texts) > LIST_VALUES else ""
        return ", ".join(texts[:LIST_VALUES]) + more

    @admin.display(description="Claims that disagree")
    def disagreeing_claims(self, figure):
        claims = figure_disputing_claims(figure) if figure.status == Figure.Status.DISPUTED else []
        if not claims:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", '<li><a href="{}">{}</a> — {}</li>',
                ((_claim_link(c), c.text[:200], c.speaker.name if c.speaker else c.article.outlet) for c in claims),
            ),
        )

    @admin.display(description="Values reported, oldest first")
    def timeline(self, figure):
        observations = figure_observations(figure)
        if not observations:
            return "No values."
        rows = format_html_join(
            "",
            '<tr{}><td>{}</td><td>{}{}</td><td><a href="{}">{}</a></td><td>{}</td><td>{}</td></tr>',
            (
                (
                    _row_style(o),
                    f"{o.reported_at:%Y-%m-%d %H:%M}" if o.reported_at else "",
                    f"{o.quantity.get_qualifier_display()} {o.quantity.text}",
                    _divergence_note(o),
                    _claim_link(o.claim),
                    o.claim.text[:200],
                    o.claim.article.title or o.claim.article.outlet or o.claim.article.url or "",
                    o.claim.speaker.name if o.claim.speaker else "",
                )
                for o in observations
            ),
        )
        return format_html(
            "<table><thead><tr><th>Reported</th><th>Value</th><th>Claim</th><th>Article</th><th>Speaker</th>"
            "</tr></thead><tbody>{}</tbody></table>",
            rows,
        )


def _row_style(observation) -> str:
    if observation.divergence == Figure.Status.DISPUTED:
        return CONFLICT_STYLE
    return REVISED_STYLE if observation.conflicting else ""


def _divergence_note(observation) -> str:
    if not observation.conflicting:
        return ""
    if observation.divergence == Figure.Status.DISPUTED:
        return " ⚠ contradicts another value: disputed"
    if observation.divergence == Figure.Status.REVISED:
        return " ⚠ contradicts another value: revised over time"
    return " ⚠ contradicts another value in its own claim"


@admin.register(ClaimGroup)
class ClaimGroupAdmin(_DerivedAdmin):
    list_display = ["label", "kind", "speaker", "figure", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["speaker", "figure"]
    search_fields = ["label", "speaker__name"]
    fields = ["label", "kind", "speaker", "figure", "members"]
    readonly_fields = fields

    @admin.display(description="Claims in this group")
    def members(self, group):
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> — {} ({}, {})</li>',
                (
                    (
                        _claim_link(c),
                        c.text[:200],
                        c.article.title or c.article.url or "",
                        f"{c.reported_at:%Y-%m-%d}" if c.reported_at else "",
                        c.get_status_display(),
                    )
                    for c in group_claims(group)
                ),
            )
            or "—",
        )
