"""Admin pages for figures (a timeline of reported values, contradictions marked) and claim groups.

claims/admin.py imports this module; it registers with admin.site itself.
Figures and groups are derived by claims.matching: the pages are read-only.
"""

from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .matching.selectors import figure_observations, group_claims
from .models import ClaimGroup, Figure

# A constant, so safe to mark: conflicting values are tinted red on the timeline.
CONFLICT_STYLE = mark_safe(' style="background:#fde2e1"')


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
    list_display = ["label", "subject_key", "scope_key", "unit", "value_count", "is_conflicting", "first_seen", "last_seen"]
    list_filter = ["is_conflicting", "subject_key"]
    search_fields = ["label", "subject_key", "scope_key"]
    date_hierarchy = "last_seen"
    fields = ["label", "subject_key", "scope_key", "unit", "is_conflicting", "value_count", "first_seen", "last_seen", "timeline"]
    readonly_fields = fields

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
                    CONFLICT_STYLE if o.conflicting else "",
                    f"{o.reported_at:%Y-%m-%d %H:%M}" if o.reported_at else "",
                    f"{o.quantity.get_qualifier_display()} {o.quantity.text}",
                    " ⚠ contradicts another value" if o.conflicting else "",
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
