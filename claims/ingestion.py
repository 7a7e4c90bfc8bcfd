"""Reading articles from the places a newsroom keeps them: text files, folders,
JSON and JSON Lines, HTML files, http(s) URLs and stdin.

Every input becomes either an ArticleInput or an InputFailure naming the input
and the reason, so one bad file never stops the others. Nothing here touches
the database.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.utils.dateparse import parse_date, parse_datetime

from factcheck import validation
from factcheck.errors import ApplicationError, ValidationFailed

from . import fetching
from .services import ArticleInput

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_FIELDS = ("title", "url", "outlet", "author", "published_at", "body")


@dataclass(frozen=True)
class InputFailure:
    source: str
    reason: str


def read_inputs(targets: list[str], *, stdin=None) -> Iterator[ArticleInput | InputFailure]:
    for target in targets:
        if target == "-":
            yield from _read_stdin(stdin or sys.stdin)
        elif target.startswith(("http://", "https://")):
            yield _read_url(target)
        else:
            yield from _read_path(target)


def _read_path(target: str) -> Iterator[ArticleInput | InputFailure]:
    problem = validation.text_problem(target)
    if problem:
        # The OS refuses such a name (ValueError: embedded null byte): say so, go on.
        yield InputFailure(ascii(target), f"the path {problem}")
        return
    path = Path(target)
    try:
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        elif path.exists():
            children = [path]
        else:
            yield InputFailure(target, "no such file or directory")
            return
    except OSError as exc:
        yield InputFailure(target, f"cannot read: {exc.strerror or exc}")
        return
    for child in children:
        yield from read_file(child)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_file(path: Path) -> Iterator[ArticleInput | InputFailure]:
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield InputFailure(source, f"cannot read: {exc.strerror or exc}")
        return
    if not raw.strip():
        yield InputFailure(source, "empty file")
        return
    text = _decode(raw)
    if text is None:
        yield InputFailure(source, "not UTF-8 text (a binary file?)")
        return
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        yield from _from_json(text, source)
    elif suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(text, source)
    elif suffix in HTML_SUFFIXES:
        yield _from_html(text, source)
    else:
        yield plain_text_input(text, source, fallback_title=path.stem.replace("-", " ").replace("_", " "))


def _decode(raw: bytes) -> str | None:
    if b"\x00" in raw:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def plain_text_input(text: str, source: str, fallback_title: str = "") -> ArticleInput:
    """A plain-text article: the body is the file as it is; a short first line is its headline."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    looks_like_headline = 0 < len(first) <= 150 and not first.endswith((".", ":", ";", ","))
    return ArticleInput(body=text, title=first if looks_like_headline else fallback_title, source=source)


def _from_json(text: str, source: str) -> Iterator[ArticleInput | InputFailure]:
    try:
        data = validation.loads_json(text)
    except json.JSONDecodeError as exc:
        yield InputFailure(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        return
    except ValidationFailed as exc:
        yield InputFailure(source, exc.message)
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, 1):
        yield record_input(record, f"{source}[{i}]" if isinstance(data, list) else source)


def _from_jsonl(text: str, source: str) -> Iterator[ArticleInput | InputFailure]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = validation.loads_json(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(f"{source}:{n}", f"invalid JSON at column {exc.colno}: {exc.msg}")
            continue
        except ValidationFailed as exc:
            yield InputFailure(f"{source}:{n}", exc.message)
            continue
        yield record_input(record, f"{source}:{n}")


def record_input(record, source: str) -> ArticleInput | InputFailure:
    """A {title, url, outlet, author, published_at, body} record."""
    if not isinstance(record, dict):
        return InputFailure(source, f"expected a JSON object, got {type(record).__name__}")
    body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        return InputFailure(source, 'missing "body" (the article text)')
    for field in RECORD_FIELDS:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            return InputFailure(source, f'"{field}" must be a string, got {type(value).__name__}')
    published_at = None
    if record.get("published_at"):
        published_at = parse_timestamp(record["published_at"])
        if published_at is None:
            return InputFailure(source, f'"published_at" {record["published_at"]!r} is not an ISO 8601 date')
    return ArticleInput(
        body=body,
        title=record.get("title") or "",
        url=record.get("url") or None,
        outlet=record.get("outlet") or "",
        author=record.get("author") or "",
        published_at=published_at,
        source=source,
    )


def parse_timestamp(value: str):
    try:
        parsed = parse_datetime(value)
        if parsed is None:
            day = parse_date(value)
            if day is not None:
                parsed = datetime(day.year, day.month, day.day)
    except ValueError:
        return None
    return parsed


def _from_html(html: str, source: str, url: str | None = None) -> ArticleInput | InputFailure:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_date_params()
        )
    except Exception as exc:  # noqa: BLE001 - a page the parser chokes on is one failed input
        return InputFailure(source, f"cannot parse the HTML: {type(exc).__name__}: {exc}")
    doc = extracted.as_dict() if extracted else {}
    if not (doc.get("text") or "").strip():
        return InputFailure(source, "no article text found in the HTML")
    published_at = parse_timestamp(doc["date"]) if doc.get("date") else None
    return ArticleInput(
        body=doc["text"],
        title=doc.get("title") or "",
        url=url or doc.get("url") or None,
        outlet=doc.get("sitename") or "",
        author=doc.get("author") or "",
        published_at=published_at,
        source=source,
    )


def _read_url(url: str) -> ArticleInput | InputFailure:
    source = url if validation.text_problem(url) is None else ascii(url)
    try:
        html = fetching.fetch_html(url)
    except ApplicationError as exc:
        return InputFailure(source, exc.message)
    return _from_html(html, url, url=url)


def _read_stdin(stream) -> Iterator[ArticleInput | InputFailure]:
    # Bytes when the stream has them, decoded here, so invalid UTF-8 is one failed input
    # rather than a UnicodeDecodeError out of the text layer.
    try:
        raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    except UnicodeDecodeError:
        raw = None
    text = _decode(raw) if isinstance(raw, bytes) else raw
    if text is None:
        yield InputFailure("stdin", "not UTF-8 text (a binary file?)")
        return
    if not text.strip():
        yield InputFailure("stdin", "empty input")
        return
    stripped = text.lstrip()
    if stripped.startswith("<"):
        yield _from_html(text, "stdin")
    elif stripped.startswith(("{", "[")):
        # One JSON document, or JSON Lines.
        try:
            validation.loads_json(text)
        except json.JSONDecodeError:
            yield from _from_jsonl(text, "stdin")
        except ValidationFailed as exc:
            yield InputFailure("stdin", exc.message)
        else:
            yield from _from_json(text, "stdin")
    else:
        yield plain_text_input(text, "stdin", fallback_title="")


def _date_params() -> dict:
    """trafilatura's date search, asked for the time of day and zone too (its default
    keeps the day only, so a page published at 14:00Z was stored at midnight)."""
    from trafilatura.settings import set_date_params

    params = set_date_params(True)
    params["outputformat"] = "%Y-%m-%dT%H:%M:%S%z"
    return params
