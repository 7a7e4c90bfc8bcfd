"""The fact-check library in the admin: read-only (imports and verdicts write it), searchable."""

from django.contrib import admin

from factcheck.admin_mixins import ReadOnlyMixin

from .models import FactCheck
from .selectors import factcheck_list


@admin.register(FactCheck)
class FactCheckAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ("claim_reviewed_short", "rating_name", "publisher_name", "date_published", "source")
    list_filter = ("source", "publisher_name", "rating_name", ("date_published", admin.DateFieldListFilter))
    search_fields = ("claim_reviewed", "title", "claimant", "url")
    date_hierarchy = "date_published"
    list_select_related = ("claim",)
    fields = (
        "url", "claim_reviewed", "title", "claimant", "rating_name", "rating_value",
        "publisher_name", "publisher_url", "date_published", "source", "claim", "created_at", "updated_at",
    )
    readonly_fields = fields
    show_full_result_count = False  # a COUNT(*) of the whole library on every page is wasted at 100k rows

    def get_queryset(self, request):
        return factcheck_list()

    # Whoever may read claims may read the verdicts they are matched against (the API's rule too).
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_claim")

    def has_module_permission(self, request):
        return request.user.has_perm("claims.view_claim")

    @admin.display(description="claim reviewed", ordering="claim_reviewed")
    def claim_reviewed_short(self, obj):
        return obj.claim_reviewed[:120]
