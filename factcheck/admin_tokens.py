"""The admin's API-token page: an editor sees every account's token and revokes or
rotates it; anyone else sees and manages their own. The rules and the work are
factcheck.accounts' (token_holders, token_rotate, token_revoke); this is the page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from factcheck import accounts
from factcheck.errors import ApplicationError


def tokens_view(request, admin_site):
    if request.method == "POST":
        _act(request)
        return HttpResponseRedirect(reverse("admin:api_tokens"))
    context = {
        **admin_site.each_context(request),
        "title": "API tokens",
        "rows": accounts.token_holders(actor=request.user),
        "max_age_days": accounts.settings.FACTCHECK_TOKEN_MAX_AGE_DAYS,
    }
    return TemplateResponse(request, "admin/api_tokens.html", context)


def _act(request) -> None:
    action = request.POST.get("action")
    user_id = request.POST.get("user", "")
    if action not in ("rotate", "revoke") or not user_id.isascii() or not user_id.isdigit():
        messages.error(request, "Choose an account and rotate or revoke its token.")
        return
    user = get_object_or_404(get_user_model(), pk=int(user_id), is_active=True)
    try:
        if action == "rotate":
            token = accounts.token_rotate(user=user, actor=request.user)
            messages.success(
                request,
                f"New API token for {user.get_username()}: {token.key} . It is shown once: hand it over now. "
                "The old token no longer works.",
            )
        elif accounts.token_revoke(user=user, actor=request.user):
            messages.success(request, f"{user.get_username()}'s API token is revoked.")
        else:
            messages.info(request, f"{user.get_username()} had no API token.")
    except ApplicationError as exc:
        messages.error(request, exc.message)
