"""The read replica against a real PostgreSQL streaming replica.

The test starts its own throwaway primary (initdb into a temporary folder) and a
replica of it (pg_basebackup -R), waits until the replica streams, and runs the
project against the pair in other processes: `manage.py migrate`, `manage.py shell`
and `manage.py runserver`, with DATABASE_URL naming the primary and
DATABASE_REPLICA_URL the replica. The replica's replay is paused while the project
writes, so a page that shows the write read the primary and one that does not read
the replica. The system PostgreSQL is never touched.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

PG_BIN = Path(os.environ.get("FACTCHECK_PG_BIN", "/usr/lib/postgresql/15/bin"))
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "replica-test-Passphrase-17"

pytestmark = pytest.mark.skipif(
    not (PG_BIN / "initdb").is_file() or not (PG_BIN / "pg_basebackup").is_file(),
    reason=f"No PostgreSQL server binaries in {PG_BIN} (initdb, pg_basebackup): set FACTCHECK_PG_BIN to run this test.",
)


# --- A primary and its streaming replica ----------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*command: str) -> list[str]:
    # initdb and the server refuse to run as root; as root, run them as the postgres account.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


def _run(*command: str, timeout: float = 60) -> None:
    subprocess.run(_as_postgres(*command), check=True, capture_output=True, timeout=timeout)


def _sql(port: int, query: str, *, dbname: str = "postgres"):
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname=dbname, autocommit=True) as conn:
        cursor = conn.execute(query)
        return cursor.fetchone() if cursor.description else None


def _wait(what: str, check, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out waiting for {what}.")
        time.sleep(0.1)


class Cluster:
    """A primary and a streaming replica in a temporary folder, gone when stop() returns."""

    def __init__(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="factcheck-replica-"))
        if os.geteuid() == 0:
            shutil.chown(self.tmp, "postgres", "postgres")
        self.primary_port, self.replica_port = _free_port(), _free_port()
        self.started: list[Path] = []

    def _start(self, data: Path, port: int) -> None:
        options = f"-p {port} -k {self.tmp} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        _run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(data.parent / f"{data.name}.log"), "-w", "start")
        self.started.append(data)

    def start(self) -> None:
        primary, replica = self.tmp / "primary", self.tmp / "replica"
        # -A trust writes pg_hba.conf lines for replication from 127.0.0.1 too.
        _run(str(PG_BIN / "initdb"), "-D", str(primary), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
        self._start(primary, self.primary_port)
        _sql(self.primary_port, "CREATE DATABASE factcheck")
        _run(
            str(PG_BIN / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.primary_port), "-U", "postgres",
            "-D", str(replica), "-R", "-X", "stream", "-c", "fast", "--no-sync",
        )
        self._start(replica, self.replica_port)
        _wait("the replica to stream", lambda: _sql(self.primary_port, "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")[0] == 1)
        assert _sql(self.replica_port, "SELECT pg_is_in_recovery()")[0] is True

    def stop(self) -> None:
        for data in reversed(self.started):
            subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"), capture_output=True, timeout=30)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def url(self, port: int) -> str:
        return f"postgres://postgres@127.0.0.1:{port}/factcheck"

    def caught_up(self) -> None:
        """Wait until the replica has replayed everything the primary has written so far."""
        target = _sql(self.primary_port, "SELECT pg_current_wal_lsn()::text")[0]
        _wait("the replica to catch up", lambda: _sql(self.replica_port, f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn")[0])

    def pause(self) -> None:
        self.caught_up()
        _sql(self.replica_port, "SELECT pg_wal_replay_pause()")
        _wait("replay to pause", lambda: _sql(self.replica_port, "SELECT pg_get_wal_replay_pause_state()")[0] == "paused")

    def resume(self) -> None:
        _sql(self.replica_port, "SELECT pg_wal_replay_resume()")
        self.caught_up()


# --- The project, in processes of its own, on the pair ----------------------------------


class Project:
    def __init__(self, cluster: Cluster):
        self.env = {
            **os.environ,
            "DATABASE_URL": cluster.url(cluster.primary_port),
            "DATABASE_REPLICA_URL": cluster.url(cluster.replica_port),
            # A broker in the process's own memory: a submitted article is queued, never
            # extracted, so no language model loads; nothing here is about extraction.
            "CELERY_BROKER_URL": "memory://",
            "CACHE_URL": "locmemcache://",
            "DEBUG": "True",
            "FACTCHECK_PASSWORD": PASSWORD,
        }
        self.env.pop("DJANGO_SETTINGS_MODULE", None)
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server: subprocess.Popen | None = None

    def manage(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        assert done.returncode == 0, f"manage.py {args[0]} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def shell(self, code: str) -> dict:
        """Runs code in `manage.py shell`; its last line of output, JSON, is the answer."""
        return json.loads(self.manage("shell", "-c", code).strip().splitlines()[-1])

    def serve(self) -> None:
        self.server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload", "--skip-checks"],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )

    def wait_until_serving(self) -> None:
        def up() -> bool:
            if self.server.poll() is not None:
                raise AssertionError(f"runserver exited:\n{self.server.stderr.read().decode()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                return False

        _wait("runserver to listen", up, timeout=60)

    def stop(self) -> None:
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()


class Client:
    """An HTTP client for the running project: a token for the API, cookies for the admin."""

    def __init__(self, base: str, token: str | None = None):
        self.base, self.token = base, token
        self.cookies = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect)

    def request(self, method: str, path: str, *, json_body=None, form=None) -> tuple[int, str]:
        headers, data = {}, None
        if self.token:
            headers["Authorization"] = f"Token {self.token}"
        if json_body is not None:
            data, headers["Content-Type"] = json.dumps(json_body).encode(), "application/json"
        if form is not None:
            form = {**form, "csrfmiddlewaretoken": self.csrf_token()}
            data, headers["Content-Type"] = urllib.parse.urlencode(form, doseq=True).encode(), "application/x-www-form-urlencoded"
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def api(self, method: str, path: str, body=None) -> dict:
        status, text = self.request(method, path, json_body=body)
        assert status < 300, f"{method} {path}: {status} {text[:500]}"
        return json.loads(text)

    def csrf_token(self) -> str:
        return next(c.value for c in self.cookies if c.name == "csrftoken")

    def admin_login(self, username: str) -> None:
        self.request("GET", "/admin/login/")
        status, text = self.request("POST", "/admin/login/", form={"username": username, "password": PASSWORD, "next": "/admin/"})
        assert status == 302, f"admin login refused: {status} {text[:300]}"


SETUP = """
import io, json
from django.core.management import call_command
from tests.factories import ClaimFactory

call_command("migrate", "--no-input", verbosity=0)
tokens = {}
for name, role in (("rhea", "reviewer"), ("remy", "reviewer"), ("edda", "editor")):
    out = io.StringIO()
    call_command("add_user", name, "--role", role, "--token", stdout=out)
    tokens[name] = out.getvalue().strip().splitlines()[-1]
claims = [ClaimFactory().pk for _ in range(4)]
print(json.dumps({"tokens": tokens, "claims": claims}))
"""

# Run while the replica is paused: a claim written now, then the same marked read of it
# outside and inside a transaction.
SEEN_BY_MARKED_READS = """
import json
from django.db import transaction
from claims.models import Claim
from factcheck.replica import replica_reads
from tests.factories import ClaimFactory

pk = ClaimFactory(article__body="Bus fares rose by 12 percent this spring. (written on the primary)").pk
with replica_reads():
    outside = Claim.objects.filter(pk=pk).exists()
    with transaction.atomic():
        inside = Claim.objects.filter(pk=pk).exists()
print(json.dumps({"outside_transaction": outside, "inside_transaction": inside}))
"""


@pytest.fixture(scope="module")
def deployment():
    """A primary, its replica, the project migrated onto them with users and claims, and its server."""
    started = time.monotonic()
    cluster = Cluster()
    project = Project(cluster)
    try:
        cluster.start()
        # The server loads while the schema is created: each process start costs seconds.
        project.serve()
        data = project.shell(SETUP)
        project.wait_until_serving()
        cluster.caught_up()
        print(f"replica deployment ready in {time.monotonic() - started:.1f} s")
        yield cluster, project, data
    finally:
        project.stop()
        cluster.stop()


def _claim_ids(page: dict) -> set[int]:
    return {row["id"] for row in page["results"]}


def test_api_lists_read_the_replica_while_writes_and_workflow_reads_use_the_primary(deployment):
    cluster, project, data = deployment
    rhea = Client(project.base, data["tokens"]["rhea"])
    edda = Client(project.base, data["tokens"]["edda"])
    first, second = data["claims"][:2]
    assert _claim_ids(rhea.api("GET", "/api/v1/claims/?status=in_review")) == set()

    cluster.pause()
    try:
        # Writes succeed: a hot standby refuses every write, so they reached the primary.
        rhea.api("POST", f"/api/v1/claims/{first}/start-review/", {})
        # A workflow step that needs the previous one: its transaction read the claim in review.
        verdict = rhea.api(
            "POST", f"/api/v1/claims/{first}/verdict/",
            {"verdict": "unverifiable", "rationale": "No source publishes this figure."},
        )
        assert verdict["status"] == "unverifiable"
        submitted = edda.api("POST", "/api/v1/articles/", {"title": "Ferry timetable cut", "body": "The ferry now sails twice a day."})
        article_id = submitted["article"]["id"]

        # Detail pages read the primary ...
        assert rhea.api("GET", f"/api/v1/claims/{first}/")["status"] == "unverifiable"
        assert rhea.api("GET", f"/api/v1/articles/{article_id}/")["title"] == "Ferry timetable cut"
        # ... list pages the replica, which has not replayed any of it.
        assert first not in _claim_ids(rhea.api("GET", "/api/v1/claims/?status=unverifiable"))
        assert first in _claim_ids(rhea.api("GET", "/api/v1/claims/?status=unreviewed"))
        assert article_id not in {a["id"] for a in rhea.api("GET", "/api/v1/articles/")["results"]}

        # The same mark, in the project's own process: honoured outside a transaction, ignored inside one.
        seen = project.shell(SEEN_BY_MARKED_READS)
        assert seen == {"outside_transaction": False, "inside_transaction": True}
        assert second in _claim_ids(rhea.api("GET", "/api/v1/claims/?status=unreviewed"))
    finally:
        cluster.resume()

    assert first in _claim_ids(rhea.api("GET", "/api/v1/claims/?status=unverifiable"))
    assert article_id in {a["id"] for a in rhea.api("GET", "/api/v1/articles/")["results"]}


def _changelist_claims(html: str) -> set[int]:
    return {int(pk) for pk in re.findall(r"/admin/claims/claim/(\d+)/change/", html)}


def test_admin_changelist_reads_the_replica_until_its_user_writes(deployment):
    cluster, project, data = deployment
    remy_api = Client(project.base, data["tokens"]["remy"])
    rhea = Client(project.base)
    rhea.admin_login("rhea")
    third, fourth = data["claims"][2:4]
    in_review = "/admin/claims/claim/?status__exact=in_review"

    cluster.pause()
    try:
        # Someone else's write: the changelist, read from the replica, does not show it yet ...
        remy_api.api("POST", f"/api/v1/claims/{third}/start-review/", {})
        status, html = rhea.request("GET", in_review)
        assert status == 200
        assert third not in _changelist_claims(html)
        # ... while the claim's own page, read from the primary, does.
        status, html = rhea.request("GET", f"/admin/claims/claim/{third}/change/")
        assert status == 200 and "remy" in html

        # Rhea's own write through the admin: the list it returns to reads the primary.
        status, _ = rhea.request("POST", "/admin/claims/claim/", form={"action": "start_review", "_selected_action": [fourth], "index": 0})
        assert status == 302
        status, html = rhea.request("GET", in_review)
        assert _changelist_claims(html) >= {third, fourth}
    finally:
        cluster.resume()


def test_without_a_replica_every_read_and_write_uses_the_primary():
    # The suite's own process has no DATABASE_REPLICA_URL: a marked read has nowhere else to go.
    from claims.models import Claim
    from factcheck.replica import ReplicaRouter, replica_reads

    router = ReplicaRouter()
    assert "replica" not in settings.DATABASES
    with replica_reads():
        assert router.db_for_read(Claim) == "default"
    assert router.db_for_write(Claim) == "default"
    assert router.allow_migrate("default", "claims") and not router.allow_migrate("replica", "claims")
