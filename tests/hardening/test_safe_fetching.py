"""Fetching article URLs never reaches loopback or private addresses, at any hop
(issue 16, finding 4). Traffic goes to 127.0.0.1 only: a tiny local server."""

import http.server
import io
import threading

import pytest
from django.core.management import call_command

from claims.models import Article

PAGE = (
    "<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>"
    + "<p>The harbour authority said on Monday that 12 crossings a day would be cut to nine from May.</p>" * 3
    + "</article></body></html>"
).encode()
SECRET = b"<html><body><article><p>internal: the admin password is hunter2, said the wiki, 3 times.</p></article></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        port = self.server.server_address[1]
        if self.path.startswith("/to-loopback"):
            self._redirect(f"http://127.0.0.1:{port}/secret")
        elif self.path.startswith("/to-ftp"):
            self._redirect("ftp://example.org/file")
        elif self.path.startswith("/loop"):
            self._redirect(f"http://localhost:{port}/loop")
        elif self.path.startswith("/huge"):
            self._send(b"<p>" + b"x" * 200_000 + b"</p>")
        elif self.path.startswith("/secret"):
            self._send(SECRET)
        else:
            self._send(PAGE)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.end_headers()

    def _send(self, body):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()


def ingest(*args):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("ingest_articles", *args, stdout=out, stderr=err, stdin=io.StringIO(""))
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_a_loopback_url_is_refused_with_its_reason(server):
    code, _, err = ingest(f"http://127.0.0.1:{server}/story")
    assert code == 1
    assert "127.0.0.1" in err and "loopback, private, link-local or reserved" in err
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_redirect_to_loopback_is_refused_even_from_an_allowed_host(server, settings):
    # localhost is allowed by name; the redirect names 127.0.0.1, which is not.
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["localhost"]
    code, _, err = ingest(f"http://localhost:{server}/to-loopback")
    assert code == 1
    assert "resolves to 127.0.0.1" in err
    assert not Article.objects.filter(body__contains="hunter2").exists()


@pytest.mark.django_db
def test_a_named_internal_host_is_fetched(server, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["localhost"]
    code, out, err = ingest(f"http://localhost:{server}/story")
    assert code == 0, err
    assert "12 crossings a day" in Article.objects.get().body


@pytest.mark.django_db
def test_only_http_and_https_are_followed(server, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["localhost"]
    code, _, err = ingest(f"http://localhost:{server}/to-ftp")
    assert code == 1 and "not an http(s) URL" in err


@pytest.mark.django_db
def test_redirects_size_and_time_are_bounded(server, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["localhost"]
    settings.FACTCHECK_FETCH_MAX_BYTES = 50_000
    code, _, err = ingest(f"http://localhost:{server}/loop", f"http://localhost:{server}/huge")
    assert code == 1
    assert "more than 5 redirects" in err
    assert "more than the limit of 50,000" in err


@pytest.mark.parametrize(
    "address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fc00::1",
                "fe80::1", "::ffff:127.0.0.1", "240.0.0.1", "100.64.0.1"]
)
def test_non_public_addresses_are_not_public(address):
    from claims.fetching import _public

    assert not _public(address)


def test_public_addresses_are_public():
    from claims.fetching import _public

    assert _public("93.184.216.34") and _public("2606:2800:220:1:248:1893:25c8:1946")
