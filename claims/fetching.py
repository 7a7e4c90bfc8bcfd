"""Fetching an article's page without being turned against our own network.

A URL given to ingest_articles may name, or redirect to, an address inside the
newsroom (the database, a metadata service, an admin panel), and what comes back
would be stored where every viewer reads it. So every hop is checked: only http
and https; the host is resolved here and each of its addresses must be public
(not loopback, private, link-local, reserved, multicast or unspecified) unless
the host is named in FACTCHECK_FETCH_ALLOWED_HOSTS; the connection goes to the
address that was checked (a second DNS answer cannot swap it); redirects are
followed by hand, a few at most; the body and the whole fetch are bounded by
FACTCHECK_FETCH_MAX_BYTES and FACTCHECK_FETCH_TIMEOUT.
"""

from __future__ import annotations

import codecs
import ipaddress
import socket
import time
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings

from factcheck import validation
from factcheck.errors import ApplicationError


class FetchRefused(ApplicationError):
    code = "fetch_refused"


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local)


def _address_for(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, address to connect to) once the URL's host passes the checks."""
    validation.clean_url(url)
    parts = urlsplit(url)
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host:
        raise FetchRefused(f"{url!r} is not an http(s) URL", code="fetch_scheme")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise FetchRefused(f"{url!r} has an invalid port", code="fetch_port") from None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"cannot resolve {host}: {exc}", code="fetch_dns") from None
    addresses = [info[4][0] for info in infos]
    if host not in {h.lower() for h in settings.FACTCHECK_FETCH_ALLOWED_HOSTS}:
        refused = [a for a in addresses if not _public(a)]
        if refused:
            raise FetchRefused(
                f"{host} resolves to {refused[0]}, a loopback, private, link-local or reserved address "
                "(allow a named internal host with FACTCHECK_FETCH_ALLOWED_HOSTS)",
                code="fetch_private_address",
            )
    return scheme, host, port, addresses[0]


def fetch_html(url: str) -> str:
    """The page's text, following at most FACTCHECK_FETCH_MAX_REDIRECTS redirects;
    raises FetchRefused with the real reason."""
    deadline = time.monotonic() + settings.FACTCHECK_FETCH_TIMEOUT
    limit = settings.FACTCHECK_FETCH_MAX_BYTES
    for _ in range(settings.FACTCHECK_FETCH_MAX_REDIRECTS + 1):
        scheme, host, port, address = _address_for(url)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchRefused(f"{url} took longer than {settings.FACTCHECK_FETCH_TIMEOUT:g} s", code="fetch_timeout")
        timeout = urllib3.Timeout(connect=remaining, read=remaining)
        if scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address, port, timeout=timeout, server_hostname=host, assert_hostname=host, retries=False
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": "factcheck-ingest", "Accept": "text/html"}
        try:
            response = pool.urlopen("GET", path, headers=headers, redirect=False, preload_content=False)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchRefused(f"could not download {url}: {exc}", code="fetch_failed") from None
        try:
            if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status >= 400:
                raise FetchRefused(f"{url} answered HTTP {response.status}", code="fetch_http_status")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise FetchRefused(f"{url} is {int(length):,} bytes, more than the limit of {limit:,}", code="fetch_too_large")
            body = bytearray()
            for chunk in response.stream(65536):
                body += chunk
                if len(body) > limit:
                    raise FetchRefused(f"{url} is more than the limit of {limit:,} bytes", code="fetch_too_large")
                if time.monotonic() > deadline:
                    raise FetchRefused(
                        f"{url} took longer than {settings.FACTCHECK_FETCH_TIMEOUT:g} s", code="fetch_timeout"
                    )
        except urllib3.exceptions.HTTPError as exc:
            raise FetchRefused(f"could not download {url}: {exc}", code="fetch_failed") from None
        finally:
            response.release_conn()
            pool.close()
        return bytes(body).decode(_charset(response.headers.get("Content-Type", "")), "replace")
    raise FetchRefused(f"more than {settings.FACTCHECK_FETCH_MAX_REDIRECTS} redirects", code="fetch_redirects")


def _charset(content_type: str) -> str:
    """The Content-Type's charset when Python knows it, else UTF-8 (undecodable bytes are replaced)."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                break
    return "utf-8"
