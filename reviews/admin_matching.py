"""The admin action that gives selected claims their group's published verdict.

A plain function the lead adds to the claim admin's `actions`; it lives in
reviews because claims never imports reviews.
"""

from django.contrib import admin, messages

from .services import claim_apply_group_verdict, run_for_each


@admin.action(description="Apply the group's published verdict (an editor still approves)", permissions=["review"])
def apply_group_verdict_action(modeladmin, request, queryset):
    outcomes = run_for_each(
        queryset.order_by("pk").values_list("pk", flat=True), claim_apply_group_verdict, actor=request.user
    )
    done = [o for o in outcomes if o.ok]
    if done:
        modeladmin.message_user(
            request,
            f"Applied the group's verdict to {len(done)} claim(s); they now wait for an editor's approval.",
            messages.SUCCESS,
        )
    for outcome in outcomes:
        if not outcome.ok:
            modeladmin.message_user(request, f"Claim {outcome.claim_id}: {outcome.message}", messages.WARNING)
