"""bench/bare_wsgi.py serves the same page as the API's claims list (issue 17: "so the ratio
compares like with like"): the same claims, fields, quantities and dates, for every path
bench/api.py loads. Run on the test's own connection, so it sees the test's rows."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection

from bench import api as api_bench
from bench import bare_wsgi

pytestmark = pytest.mark.django_db


@pytest.fixture
def bare_on_this_connection(monkeypatch):
    connection.ensure_connection()
    monkeypatch.setattr(bare_wsgi, "_conn", connection.connection)


def _bare(path: str, token: str) -> dict:
    answer = {}
    environ = {"HTTP_AUTHORIZATION": f"Token {token}", "QUERY_STRING": path.split("?", 1)[1]}
    body = b"".join(bare_wsgi.application(environ, lambda status, headers: answer.update(status=status)))
    assert answer["status"] == "200 OK"
    return json.loads(body)


def test_the_bare_app_serves_the_apis_page(bare_on_this_connection, viewer, api_client_for):
    call_command("populate_bench", claims=1500, batch=300, stdout=io.StringIO())
    client = api_client_for(viewer)
    token = client._credentials["HTTP_AUTHORIZATION"].split()[1]
    paths = [p for paths in api_bench.workloads().values() for p in paths]
    full_pages = with_quantities = 0
    for path in paths:
        ours, bare = client.get(path).json(), _bare(path, token)
        assert bare["results"] == ours["results"], path
        assert bool(bare["next"]) == bool(ours["next"]), path
        full_pages += len(ours["results"]) == 25
        with_quantities += any(claim["quantities"] for claim in ours["results"])
    assert full_pages >= 6 and with_quantities >= 6  # the comparison is not over empty pages
