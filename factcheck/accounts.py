"""Accounts at the door: limits on failed logins, API tokens that expire and that an
editor can revoke or rotate, and tokens revoked when a password changes.

Wired in settings: AUTHENTICATION_BACKENDS (LimitedModelBackend), the API's
authentication class (ExpiringTokenAuthentication) and AUTH_PASSWORD_VALIDATORS
(RevokeTokensOnPasswordChange, whose password_changed hook Django calls whenever a
password is saved: the admin's form, `changepassword`, `add_user`).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import transaction
from django.utils import timezone
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token

from factcheck import roles
from factcheck.errors import PermissionDenied

# --- Failed logins ------------------------------------------------------------------


def _keys(request, username: str) -> list[str]:
    # Hashed, so any username (long, odd characters) makes a valid cache key.
    address = (request.META.get("REMOTE_ADDR") or "") if request is not None else ""
    digest = lambda value: hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()  # noqa: E731
    return [f"login-fail:user:{digest(username.lower())}", f"login-fail:addr:{digest(address)}"]


def _limits() -> list[int]:
    return [settings.FACTCHECK_LOGIN_FAILURES_PER_ACCOUNT, settings.FACTCHECK_LOGIN_FAILURES_PER_ADDRESS]


def login_blocked(request, username: str) -> bool:
    counts = cache.get_many(_keys(request, username))
    return any(counts.get(key, 0) >= limit for key, limit in zip(_keys(request, username), _limits(), strict=True))


def login_failed(request, username: str) -> None:
    for key in _keys(request, username):
        cache.add(key, 0, settings.FACTCHECK_LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, settings.FACTCHECK_LOGIN_LOCKOUT_SECONDS)


class LimitedModelBackend(ModelBackend):
    """ModelBackend that refuses every attempt, right or wrong, once an account or an
    address has failed FACTCHECK_LOGIN_FAILURES_PER_* times within the lockout window
    (a counter in the cache: set CACHE_URL to Redis so that all workers share it)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        name = username if username is not None else kwargs.get(self._username_field(), "")
        name = str(name or "")
        if login_blocked(request, name):
            # PermissionDenied stops Django trying further backends: the form says only
            # that the login failed, the same for a right or a wrong password.
            raise DjangoPermissionDenied("too many failed logins")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            login_failed(request, name)
        return user

    @staticmethod
    def _username_field() -> str:
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD


# --- API tokens -----------------------------------------------------------------------


def token_expired(token: Token) -> bool:
    days = settings.FACTCHECK_TOKEN_MAX_AGE_DAYS
    return bool(days) and token.created < timezone.now() - timedelta(days=days)


class ExpiringTokenAuthentication(TokenAuthentication):
    """DRF's token authentication, refusing tokens older than FACTCHECK_TOKEN_MAX_AGE_DAYS.

    With FACTCHECK_API_AUTH_CACHE_SECONDS set (the default when CACHE_URL is shared), a
    token's user and the user's permissions are read from the cache in one round trip
    instead of two queries; see "Identities in the cache" below for what keeps them true.
    """

    def authenticate_credentials(self, key):
        seconds = settings.FACTCHECK_API_AUTH_CACHE_SECONDS
        if not seconds:
            return self._checked(*super().authenticate_credentials(key))
        entry_key = _identity_key(key)
        got = cache.get_many([_GENERATION_KEY, entry_key])
        generation, entry = got.get(_GENERATION_KEY), got.get(entry_key)
        if generation is not None and entry is not None and entry[0] == generation:
            token = entry[1]
            return self._checked(token.user, token)
        user, token = self._checked(*super().authenticate_credentials(key))
        from factcheck.api import load_permissions

        load_permissions(user)  # stored with the user, so the permission classes run no query
        if generation is None:
            generation = _new_generation()
        cache.set(entry_key, (generation, token), seconds)
        return user, token

    @staticmethod
    def _checked(user, token):
        if token_expired(token):
            raise exceptions.AuthenticationFailed("Token expired: ask an editor to rotate it (see README).")
        return user, token


# --- Identities in the cache ------------------------------------------------------------
# Each entry holds the generation it was read under, and an entry of an older generation is
# never used. Anything that can change who a token is or what they may do (a token, a user,
# a group, a permission, or their links) starts a new generation once its transaction
# commits (factcheck.admin_site.AdminConfig wires the signals), so a revoked token, a
# deactivated account or a removed role is refused on the very next request in every
# process that shares the cache. The TTL bounds what a change made behind the ORM's back
# (a raw UPDATE) can leave: FACTCHECK_API_AUTH_CACHE_SECONDS at most.

_GENERATION_KEY = "api-auth:generation"


def _identity_key(key: str) -> str:
    # Hashed: the token itself never becomes a cache key.
    return "api-auth:" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def _new_generation() -> str:
    # Random rather than a counter, so a generation key that the cache evicted and starts
    # again can never make an old entry valid.
    generation = secrets.token_hex(8)
    cache.set(_GENERATION_KEY, generation, None)
    return generation


def forget_identities(**_signal) -> None:
    """Every identity cached so far is stale once the current transaction commits."""
    transaction.on_commit(_new_generation)


def _check_may_manage_tokens(*, user, actor) -> None:
    if actor.pk == user.pk or actor.is_superuser:
        return
    if not roles.user_may(actor, roles.APPROVE):
        raise PermissionDenied("Only editors revoke or rotate other people's tokens.", code="not_an_editor")
    if user.is_superuser:
        raise PermissionDenied("Only a superuser rotates a superuser's token.", code="not_a_superuser")


def token_holders(*, actor) -> list[dict]:
    """The accounts whose API token `actor` may see and manage: every active account for
    an editor or a superuser, else the actor's own; with each token's age and expiry."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True).order_by("username")
    if not (actor.is_superuser or roles.user_may(actor, roles.APPROVE)):
        users = users.filter(pk=actor.pk)
    tokens = {t.user_id: t for t in Token.objects.filter(user__in=users)}
    days = settings.FACTCHECK_TOKEN_MAX_AGE_DAYS
    rows = []
    for user in users:
        token = tokens.get(user.pk)
        rows.append(
            {
                "user": user,
                "created": token.created if token else None,
                "expires": token.created + timedelta(days=days) if token and days else None,
                "expired": bool(token) and token_expired(token),
                "may_manage": user.pk == actor.pk or actor.is_superuser or not user.is_superuser,
            }
        )
    return rows


@transaction.atomic
def token_revoke(*, user, actor) -> bool:
    """Delete the user's API token; True when there was one."""
    _check_may_manage_tokens(user=user, actor=actor)
    return Token.objects.filter(user=user).delete()[0] > 0


@transaction.atomic
def token_rotate(*, user, actor) -> Token:
    """A new token for the user; the old one stops working at once."""
    _check_may_manage_tokens(user=user, actor=actor)
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)


class RevokeTokensOnPasswordChange:
    """Not a rule on passwords: Django calls password_changed() on every configured
    validator when a user's password is saved, which is exactly when a token handed
    out under the old password must stop working."""

    def validate(self, password, user=None):
        return None

    def password_changed(self, password, user=None):
        if user is not None and user.pk is not None:
            Token.objects.filter(user=user).delete()

    def get_help_text(self):
        return "Changing the password revokes the user's API token."
