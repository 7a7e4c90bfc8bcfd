"""The floor for bench/api.py: a bare WSGI app, psycopg 3 and nothing else,
returning one page of claims as JSON for the same query strings as
/api/v1/claims/ (?status=, ?kind=numeric|attributed, ?q=).

Same page as the API's: page size (25), ordering (-created_at, -id), the same fields
of each claim with its speaker, article and quantities, and a link to the next page;
two queries per request for a filtered page (the page, then its quantities, as the
API does; a search first looks up what matches, as the API does). It checks the
token the way DRF's TokenAuthentication does (one indexed lookup), so the comparison
is between the stack and the work any server must do, not against no auth.

    DATABASE_URL=postgres://... gunicorn bench.bare_wsgi:application
"""

from __future__ import annotations

import base64
import json
import os
from datetime import timezone
from urllib.parse import parse_qs

import psycopg

PAGE = 25
DSN = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck_bench")
SELECT = """
SELECT c.id, c.text, c.start, c."end", c.status, c.is_numeric, c.is_attributed, c.content,
       c.published_at, c.created_at, s.id, s.name, a.id, a.title, a.outlet,
       c.direct, c.cue, c.updated_at, c.checkworthiness, s.kind, a.url, a.published_at
FROM claims_claim c
LEFT JOIN claims_speaker s ON s.id = c.speaker_id
JOIN claims_article a ON a.id = c.article_id
WHERE {where}
ORDER BY c.created_at DESC, c.id DESC
LIMIT {page}
"""
QUANTITIES = """
SELECT claim_id, id, value, text, qualifier, subject, unit FROM claims_quantity
WHERE claim_id = ANY(%s) ORDER BY claim_id, start, id
"""
STATUSES = {"unreviewed", "in_review", "verified", "disputed", "unverifiable", "not_a_claim"}
DECIDED = {"verified", "disputed", "unverifiable", "not_a_claim"}  # claims.api.serializers._DECIDED
SEARCH_ID_LIMIT = 1000  # claims.selectors.SEARCH_ID_LIMIT, not imported: this app loads no Django

_conn: psycopg.Connection | None = None


def connection() -> psycopg.Connection:
    """One connection per worker process, opened on first use (after gunicorn forks)."""
    global _conn
    if _conn is None or _conn.closed:
        # prepare_threshold=None: plan every query with its values, as Django (client-side binding)
        # does; a prepared generic plan cannot estimate a tsquery and walks the whole
        # created_at index for a rare term (3.5 s instead of 0.5 ms at 1M claims).
        _conn = psycopg.connect(DSN, autocommit=True, prepare_threshold=None)
    return _conn


def _filters(query, fetch) -> tuple[list[str], list]:
    """The WHERE terms of the benchmark's three filters, shared by the bare app and the DRF floor.

    A search matches as the API's does (claims.selectors.claim_search): the claims whose words
    match, or whose speaker's name contains the text; each set is a list of ids when it holds
    at most SEARCH_ID_LIMIT claims, else a condition the newest-first walk tests. `fetch(sql,
    params)` runs the probes and returns their rows."""
    where, params = ["TRUE"], []
    if query.get("status") in STATUSES:
        where.append("c.status = %s")
        params.append(query["status"])
    if query.get("kind") == "numeric":
        where.append("c.is_numeric")
    elif query.get("kind") == "attributed":
        where.append("c.is_attributed")
    if query.get("q"):
        text = query["q"]
        ids, broad, broad_params = set(), [], []
        words = fetch("SELECT id FROM claims_claim WHERE search_vector @@ websearch_to_tsquery('english', %s) "
                      f"LIMIT {SEARCH_ID_LIMIT + 1}", [text])
        if len(words) <= SEARCH_ID_LIMIT:
            ids.update(r[0] for r in words)
        else:
            broad.append("ts_match_vq(c.search_vector, websearch_to_tsquery('english', %s))")
            broad_params.append(text)
        speakers = [r[0] for r in fetch(
            f"SELECT id FROM claims_speaker WHERE UPPER(name) LIKE UPPER(%s) LIMIT {SEARCH_ID_LIMIT + 1}",
            [f"%{text}%"])]
        if speakers:
            spoken = fetch(f"SELECT id FROM claims_claim WHERE speaker_id = ANY(%s) LIMIT {SEARCH_ID_LIMIT + 1}",
                           [speakers])
            if len(spoken) <= SEARCH_ID_LIMIT:
                ids.update(r[0] for r in spoken)
            else:
                broad.append("c.speaker_id = ANY(%s)")
                broad_params.append(speakers)
        where.append("(" + " OR ".join(["c.id = ANY(%s)", *broad]) + ")")
        params += [sorted(ids), *broad_params]
    return where, params


def _iso(moment) -> str | None:
    return None if moment is None else moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def _page(rows, quantity_rows, path: str) -> dict:
    """The API's page (ClaimListOutput items and a next link) from the SELECT's and QUANTITIES' rows."""
    quantities: dict[int, list[dict]] = {}
    for q in quantity_rows:
        quantities.setdefault(q[0], []).append(
            {"id": q[1], "value": format(q[2].normalize(), "f"), "text": q[3], "qualifier": q[4], "subject": q[5],
             "unit": q[6]}
        )
    results = [
        {
            "id": r[0], "statement": r[1], "span": {"start": r[2], "end": r[3]},
            "kinds": [k for k, on in (("numeric", r[5]), ("attributed", r[6])) if on],
            "speaker": {"id": r[10], "name": r[11], "kind": r[19]} if r[10] else None,
            "content": r[7] if r[6] else None, "direct": r[15] if r[6] else None, "cue": r[16] if r[6] else None,
            "quantities": quantities.get(r[0], []),
            "article": {"id": r[12], "title": r[13], "url": r[20], "outlet": r[14], "published_at": _iso(r[21])},
            "status": r[4], "verdict": r[4] if r[4] in DECIDED else None, "published": r[8] is not None,
            "published_at": _iso(r[8]), "created_at": _iso(r[9]), "updated_at": _iso(r[17]), "checkworthiness": r[18],
        }
        for r in rows
    ]
    last = rows[-1] if len(rows) == PAGE else None
    cursor = base64.urlsafe_b64encode(f"p={last[9].isoformat()}&i={last[0]}".encode()).decode() if last else None
    return {"next": f"http://testserver{path}&cursor={cursor}" if cursor else None, "previous": None, "results": results}


def _respond(start_response, status: str, payload) -> list[bytes]:
    body = json.dumps(payload, default=str).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def application(environ, start_response):
    conn = connection()
    auth = environ.get("HTTP_AUTHORIZATION", "")
    if not auth.startswith("Token "):
        return _respond(start_response, "401 Unauthorized", {"detail": "no token"})
    user = conn.execute(
        "SELECT u.id FROM authtoken_token t JOIN auth_user u ON u.id = t.user_id WHERE t.key = %s AND u.is_active",
        [auth[6:]],
    ).fetchone()
    if user is None:
        return _respond(start_response, "401 Unauthorized", {"detail": "bad token"})

    query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
    where, params = _filters(query, lambda sql, args: conn.execute(sql, args).fetchall())
    rows = conn.execute(SELECT.format(where=" AND ".join(where), page=PAGE), params).fetchall()
    quantities = conn.execute(QUANTITIES, [[r[0] for r in rows]]).fetchall() if rows else []
    path = "/api/v1/claims/?" + environ.get("QUERY_STRING", "")
    return _respond(start_response, "200 OK", _page(rows, quantities, path))


# --- The Django/DRF floor (bench/api.py --floor) -------------------------------------
#
# The same query and JSON as `application` above, served through the whole Django and
# DRF stack the API uses: the settings' middleware, DRF's request, TokenAuthentication,
# the claims list's permission class (factcheck.api.permission_required), the
# UserRateThrottle in the configured cache, and JSONRenderer. No ORM, no django-filter,
# no pagination class, no serializer: what any DRF view of this list costs at least.
#
#     gunicorn bench.bare_wsgi:drf_application    (DJANGO_SETTINGS_MODULE=factcheck.settings)

_drf_handler = None


def drf_application(environ, start_response):
    global _drf_handler
    if _drf_handler is None:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
        import django

        django.setup()
        from django.conf import settings
        from django.core.handlers.wsgi import WSGIHandler

        settings.ROOT_URLCONF = __name__  # urlpatterns below, built on first use
        _drf_handler = WSGIHandler()
    return _drf_handler(environ, start_response)


def __getattr__(name):
    # Django imports this module as the URLconf and reads `urlpatterns`; building it
    # lazily keeps `application` above free of any Django import.
    if name != "urlpatterns":
        raise AttributeError(name)
    from django.db import connection
    from django.urls import path
    from rest_framework.renderers import JSONRenderer
    from rest_framework.response import Response
    from rest_framework.views import APIView

    from claims.api.views import CanReadClaims

    class FloorClaimList(APIView):
        permission_classes = [CanReadClaims]
        renderer_classes = [JSONRenderer]

        def get(self, request):
            query = request.query_params
            with connection.cursor() as cursor:
                where, params = _filters(query, lambda sql, args: (cursor.execute(sql, args), cursor.fetchall())[1])
                cursor.execute(SELECT.format(where=" AND ".join(where), page=PAGE), params)
                rows = cursor.fetchall()
                quantities = []
                if rows:
                    cursor.execute(QUANTITIES, [[r[0] for r in rows]])
                    quantities = cursor.fetchall()
            return Response(_page(rows, quantities, request.get_full_path()))

    patterns = [path("api/v1/claims/", FloorClaimList.as_view())]
    globals()["urlpatterns"] = patterns
    return patterns
