"""What every API endpoint shares: the error shape, pagination, parsers and renderers.

Every error leaves the API as JSON of one shape, whatever raised it:

    {"detail": "A sentence for a person.", "code": "machine_readable", ...}
    {"detail": "Invalid input.", "code": "invalid", "errors": {"field": ["..."]}}

ApplicationError (factcheck.errors) carries its own code and HTTP status; DRF's
and Django's own exceptions are mapped here, once, so views never build errors.
"""

from __future__ import annotations

import functools
from datetime import datetime
from datetime import timezone as dt_timezone

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connection
from django.http import Http404
from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.parsers import JSONParser
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from factcheck import roles, validation
from factcheck.errors import ApplicationError
from factcheck.renderers import FastJSONRenderer

# --- Errors -------------------------------------------------------------------


# The largest value a PostgreSQL bigint (the id columns) holds.
MAX_BIGINT = 2**63 - 1


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "request_too_large"


def _flatten_code(exc) -> str:
    codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else None
    return codes if isinstance(codes, str) else "error"


def exception_handler(exc, context):
    """REST_FRAMEWORK["EXCEPTION_HANDLER"]: every known exception becomes {"detail", "code", ...}."""
    if isinstance(exc, ApplicationError):
        body = {"detail": exc.message, "code": exc.code, **exc.extra}
        return Response(body, status=exc.http_status)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        # Django raises this from request.body when DATA_UPLOAD_MAX_MEMORY_SIZE is passed.
        exc = RequestTooLarge()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real bug: let Django log it and answer 500
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"detail": "Invalid input.", "code": "invalid", "errors": _as_field_errors(exc.detail)}
    else:
        response.data = {"detail": str(exc.detail), "code": _flatten_code(exc)}
    return response


def _as_field_errors(detail):
    # A serializer-level error (a list, or a bare string) goes under non_field_errors,
    # so "errors" is always an object keyed by field.
    if isinstance(detail, dict):
        return detail
    if isinstance(detail, list):
        return {"non_field_errors": detail}
    return {"non_field_errors": [detail]}


class ErrorSerializer(serializers.Serializer):
    """The one error body of the API (documentation only)."""

    detail = serializers.CharField()
    code = serializers.CharField(help_text="Machine-readable, e.g. invalid, not_found, illegal_transition, stale_version.")
    errors = serializers.DictField(
        child=serializers.JSONField(), required=False, help_text="Per-field messages, for code=invalid."
    )


_ERROR_DESCRIPTIONS = {
    400: "Invalid input (code=invalid with per-field errors, or a domain code; code=invalid_query for a query "
    "string no endpoint can act on, e.g. one with a NUL).",
    401: "Not authenticated (code=not_authenticated or authentication_failed).",
    403: "Authenticated but not allowed (code=permission_denied or a domain code).",
    404: "No such object (code=not_found), or an unknown ?format=.",
    406: "The Accept header asks for a format this endpoint cannot produce.",
    409: "Illegal transition: the claim is not in the state this action needs (code=illegal_transition, ...).",
    412: "If-Match names a version that is no longer current (code=stale_version).",
    413: "The request body is larger than the server accepts (code=request_too_large).",
    415: "Unsupported media type: send application/json.",
    429: "Too many requests (code=throttled); see Retry-After.",
}
# Every endpoint can answer these: a query string refused at the edge (400,
# factcheck.validation), authentication, authorization, content negotiation (406, or 404
# for an unknown ?format=), throttling.
COMMON_ERRORS = (400, 401, 403, 404, 406, 429)


def error_responses(*codes: int) -> dict[int, OpenApiResponse]:
    """extend_schema(responses=...) entries for the given error statuses plus the common ones."""
    return {
        code: OpenApiResponse(ErrorSerializer, description=_ERROR_DESCRIPTIONS[code])
        for code in sorted({*COMMON_ERRORS, *codes})
    }


# Request bodies can fail to parse, be too large, or have the wrong media type.
BODY_ERRORS = (400, 413, 415)


# --- Parsing ------------------------------------------------------------------


class LimitedJSONParser(JSONParser):
    """JSON, refused with 413 above DATA_UPLOAD_MAX_MEMORY_SIZE.

    DRF reads the request stream itself, bypassing the check Django makes in
    request.body, so without this a client could post gigabytes of JSON.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        request = (parser_context or {}).get("request")
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if request is not None and limit is not None:
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > limit:
                raise RequestTooLarge()
            # Chunked bodies carry no length: read one byte past the limit and stop there.
            data = stream.read(limit + 1)
            if len(data) > limit:
                raise RequestTooLarge()
        else:
            data = stream.read()
        # Bounded nesting (factcheck.validation): a body nested 1,000 deep is refused with
        # 400 before any serializer walks it, and never reaches Python's recursion limit.
        try:
            return validation.loads_json(data.decode(settings.DEFAULT_CHARSET), what="The request body")
        except UnicodeDecodeError:
            raise exceptions.ParseError("The request body is not UTF-8.") from None
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            raise exceptions.ParseError(f"JSON parse error - {exc}") from None


class JSONLDRenderer(FastJSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


# --- Pagination ---------------------------------------------------------------


class CheckedCursorPagination(CursorPagination):
    """A cursor is client data: its position is checked like any other input.

    DRF decodes the cursor but hands its position to the database as it is, so a
    forged one ("p=abc" on a date column, an id past bigint, an offset of -23:32)
    became a 500. Here a position that its ordering column cannot hold answers
    404 "Invalid cursor", as DRF does for a cursor it cannot decode."""

    def paginate_queryset(self, queryset, request, view=None):
        self._model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        cursor = super().decode_cursor(request)
        if cursor is None or cursor.position is None:
            return cursor
        field = self._model._meta.get_field(self.ordering[0].lstrip("-"))
        position = cursor.position
        try:
            validation.clean_text(position, what="The cursor")
            value = field.to_python(position)
        except (DjangoValidationError, ApplicationError, ValueError, TypeError, OverflowError):
            raise exceptions.NotFound(self.invalid_cursor_message) from None
        if isinstance(value, datetime):
            if timezone.is_naive(value) or validation.datetime_problem(value):
                raise exceptions.NotFound(self.invalid_cursor_message)
            position = value.astimezone(dt_timezone.utc).isoformat()
        elif isinstance(value, int) and not 0 <= value <= MAX_BIGINT:
            raise exceptions.NotFound(self.invalid_cursor_message)
        return cursor._replace(position=position)


class NewestFirstCursorPagination(CheckedCursorPagination):
    """Keyset pagination: page 1,000 costs what page 1 costs, and rows inserted
    meanwhile never shift a page. The view's ordering (or ?ordering=) applies."""

    ordering = ("-created_at", "-id")
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 200


class SmallPagePagination(PageNumberPagination):
    """Numbered pages for short lists (speakers), where jumping to page n is useful."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


# --- Permissions --------------------------------------------------------------


_MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
# ModelBackend with login limits (factcheck.accounts): the same permissions.
_LIMITED_BACKEND = "factcheck.accounts.LimitedModelBackend"


def load_permissions(user) -> None:
    """Fill ModelBackend's per-user permission cache with one query instead of two.

    ModelBackend.get_all_permissions() reads the user's own permissions and their
    groups' permissions in two queries, once per user object, and the API loads a
    new user object on every request. This reads the union in one query and stores
    it where ModelBackend looks (user._perm_cache), so has_perms() runs no query.
    Nothing is cached across requests: a revoked role takes effect on the next one.
    Superusers (has_perm is always true) and other backends are left alone.
    """
    if (
        hasattr(user, "_perm_cache")
        or user.is_superuser
        or not user.is_active
        or list(settings.AUTHENTICATION_BACKENDS) not in ([_MODEL_BACKEND], [_LIMITED_BACKEND])
    ):
        return
    with connection.cursor() as cursor:
        cursor.execute(_permissions_sql(), [user.pk, user.pk])
        user._perm_cache = {f"{app_label}.{codename}" for app_label, codename in cursor.fetchall()}


@functools.cache
def _permissions_sql() -> str:
    # The union ModelBackend reads in two ORM queries (user_permissions, then the groups'
    # permissions), as one plain statement: the ORM's compilation cost more than the query.
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    User = get_user_model()

    permission = Permission._meta.db_table
    content_type = ContentType._meta.db_table
    user_permissions = User.user_permissions.through._meta.db_table
    group_permissions = Group.permissions.through._meta.db_table
    user_groups = User.groups.through._meta.db_table
    return (
        f"SELECT ct.app_label, p.codename FROM {permission} p JOIN {content_type} ct ON ct.id = p.content_type_id "
        f"WHERE p.id IN (SELECT permission_id FROM {user_permissions} WHERE user_id = %s "
        f"UNION SELECT gp.permission_id FROM {group_permissions} gp "
        f"JOIN {user_groups} ug ON ug.group_id = gp.group_id WHERE ug.user_id = %s)"
    )


def permission_required(*perms: str) -> type[BasePermission]:
    """A permission class: authenticated, active and holding every one of `perms`.

    Anonymous requests still get 401 (DRF answers NotAuthenticated when no
    authenticator succeeded); authenticated users without the role get 403.
    The services check the same permissions again: this only refuses early.
    """

    class HasPerms(BasePermission):
        message = "Your role does not allow this."

        def has_permission(self, request, view):
            user = request.user
            if not (user and user.is_authenticated and user.is_active):
                return False
            load_permissions(user)
            return all(roles.user_may(user, perm) for perm in perms)

    HasPerms.__name__ = HasPerms.__qualname__ = "Has_" + "_".join(p.split(".")[-1] for p in perms)
    return HasPerms


# The roles' permissions (factcheck.roles), as DRF permission classes.
CanReadClaims = permission_required(roles.VIEW_CLAIM)
CanReadArticles = permission_required(roles.VIEW_ARTICLE)
CanReadSpeakers = permission_required(roles.VIEW_SPEAKER)
CanAddArticles = permission_required(roles.ADD_ARTICLE)
CanReview = permission_required(roles.REVIEW)
CanApprove = permission_required(roles.APPROVE)
CanCorrect = permission_required(roles.CORRECT)
