"""The one check at the edge: what any text, date, JSON document or URL must be
before the project stores it or hands it to the database in a query.

The ingest command, the API and the admin all call these, before anything is
stored, so a DataError (or a psycopg encoding error) from the database is a bug
in this module's callers, never a user's problem. Each check raises
ValidationFailed with a sentence a person can act on.
"""

from __future__ import annotations

import json
from datetime import datetime
from datetime import timezone as dt_timezone

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from factcheck.errors import ValidationFailed

# Deeper JSON than this is no article record nor API request the project knows; bounding
# it keeps the parsers (recursive, in C and in Python) far from the interpreter's limit.
MAX_JSON_DEPTH = 32

# The stored instant must survive being shown in any time zone (UTC-14 .. UTC+14) and being
# read back by psycopg as a Python datetime (years 1..9999), so keep a day clear of both ends.
EARLIEST = datetime(1, 1, 2, tzinfo=dt_timezone.utc)
LATEST = datetime(9999, 12, 30, tzinfo=dt_timezone.utc)

_URL = URLValidator(schemes=["http", "https"])


def text_problem(value: str) -> str | None:
    """Why PostgreSQL could not store this text (a NUL, a lone surrogate), or None."""
    if "\x00" in value:
        return "contains a NUL character (a binary file?)"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"is not valid UTF-8 text (a lone surrogate at character {exc.start})"
    return None


def clean_text(value: str, *, what: str) -> str:
    """The text itself when it can be stored, else ValidationFailed naming `what`."""
    problem = text_problem(value)
    if problem:
        raise ValidationFailed(f"{what} {problem}", code="invalid_text")
    return value


def datetime_problem(value: datetime) -> str | None:
    """Why this instant cannot be stored and read back (outside years 1..9999 in UTC), or None.

    A naive value means UTC, as everywhere in this project."""
    try:
        instant = value.astimezone(dt_timezone.utc) if value.tzinfo else value.replace(tzinfo=dt_timezone.utc)
    except (OverflowError, ValueError):
        return "falls outside the years 1 to 9999 once converted to UTC"
    if not EARLIEST <= instant <= LATEST:
        return "falls outside the years 1 to 9999 once converted to UTC"
    return None


def clean_datetime(value: datetime | None, *, what: str) -> datetime | None:
    """The instant in UTC (aware), or ValidationFailed naming `what`.

    Converting to UTC here also keeps odd offsets (PostgreSQL refuses any beyond
    ±15:59, Python allows ±23:59) out of every query."""
    if value is None:
        return None
    problem = datetime_problem(value)
    if problem:
        raise ValidationFailed(f"{what} {value.isoformat()} {problem}", code="invalid_date")
    return value.astimezone(dt_timezone.utc) if value.tzinfo else value.replace(tzinfo=dt_timezone.utc)


def _json_problem(value) -> tuple[str, str] | None:
    """Why a parsed JSON value cannot be taken in, and under which top-level key: nesting
    past MAX_JSON_DEPTH, or a string (or key) PostgreSQL could not store. Iterative, so
    depth costs no recursion."""
    stack = [(value, 0, "")]
    while stack:
        item, depth, field = stack.pop()
        if isinstance(item, str):
            problem = text_problem(item)
            if problem:
                return field, f"has a string that {problem}"
        elif isinstance(item, (dict, list)):
            if depth + 1 > MAX_JSON_DEPTH:
                return field, f"nests deeper than {MAX_JSON_DEPTH} levels"
            if isinstance(item, dict):
                for key, child in item.items():
                    # A key names the field at the top level, and is a string to check too.
                    stack.append((key, depth + 1, field or key if isinstance(key, str) else field))
                    stack.append((child, depth + 1, field or key))
            else:
                stack.extend((child, depth + 1, field) for child in item)
    return None


def loads_json(text: str | bytes, *, what: str = "the JSON"):
    """json.loads, refusing deep nesting and unstorable strings with ValidationFailed
    (never RecursionError); the field at fault, when there is one, is named under
    "errors" as DRF names its own. json.JSONDecodeError is left to the caller, who
    knows the line to name."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValidationFailed(f"{what} nests deeper than {MAX_JSON_DEPTH} levels", code="json_too_deep") from None
    found = _json_problem(value)
    if found:
        field, problem = found
        code = "json_too_deep" if problem.startswith("nests") else "invalid_json"
        extra = {"errors": {field: [f"{field} {problem}"]}} if field and code == "invalid_json" else None
        raise ValidationFailed(f"{what} {problem}", code=code, extra=extra)
    return value


def clean_url(value: str, *, what: str = "the URL") -> str:
    """An http(s) URL that can be stored, else ValidationFailed."""
    clean_text(value, what=what)
    if any(ch.isspace() for ch in value):
        raise ValidationFailed(f"{what} {value!r} contains white space", code="invalid_url")
    try:
        _URL(value)
    except ValidationError:
        raise ValidationFailed(f"{what} {value!r} is not an http(s) URL", code="invalid_url") from None
    return value


def _query_problem(request) -> str | None:
    for key, values in request.GET.lists():
        for value in (key, *values):
            problem = text_problem(value)
            if problem:
                return f"the query parameter {ascii(key)} {problem}"
        # The admin's date drill-down hands these to datetime.date(): a year past 9999
        # is an OverflowError there, not the ValueError Django turns into a message.
        if key.endswith(("__year", "__month", "__day")) and not all(
            v.isascii() and v.isdigit() and len(v) <= 4 for v in values
        ):
            return f"the query parameter {ascii(key)} is not a year, month or day"
    return None


class QueryStringCheckMiddleware:
    """Refuses, with 400, a query string no page could act on: text PostgreSQL cannot
    hold (a NUL), or a date drill-down that is no date. One check for every filter of
    every admin page and API endpoint, including those of apps added later; the
    filters themselves still make sense of any storable value (claims.filters).

    A cookie no database could hold (a session id with a NUL) is dropped: the
    request goes on as a visitor without a session, as with an unknown session id."""

    @staticmethod
    def _drop_unstorable_cookies(request) -> None:
        from importlib import import_module

        from django.conf import settings

        bad = [name for name, value in request.COOKIES.items() if text_problem(name) or text_problem(value)]
        for name in bad:
            del request.COOKIES[name]
        if settings.SESSION_COOKIE_NAME in bad and hasattr(request, "session"):
            request.session = import_module(settings.SESSION_ENGINE).SessionStore(None)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        self._drop_unstorable_cookies(request)
        problem = _query_problem(request)
        if problem is None:
            return self.get_response(request)
        from django.http import HttpResponseBadRequest, JsonResponse

        message = f"Bad request: {problem}."
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message, "code": "invalid_query"}, status=400)
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
