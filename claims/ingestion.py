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
            path = Path(target)
            if path.is_dir():
                for child in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)):
                    yield from read_file(child)
            elif path.exists():
                yield from read_file(path)
            else:
                yield InputFailure(target, "no such file or directory")


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
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputFailure(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, 1):
        yield record_input(record, f"{source}[{i}]" if isinstance(data, list) else source)


def _from_jsonl(text: str, source: str) -> Iterator[ArticleInput | InputFailure]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(f"{source}:{n}", f"invalid JSON at column {exc.colno}: {exc.msg}")
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

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
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
    import trafilatura

    html = trafilatura.fetch_url(url)
    if not html:
        return InputFailure(url, "could not download the page")
    return _from_html(html, url, url=url)


def _read_stdin(stream) -> Iterator[ArticleInput | InputFailure]:
    text = stream.read()
    if not text.strip():
        yield InputFailure("stdin", "empty input")
        return
    stripped = text.lstrip()
    if stripped.startswith("<"):
        yield _from_html(text, "stdin")
    elif stripped.startswith(("{", "[")):
        # One JSON document, or JSON Lines.
        try:
            json.loads(text)
        except json.JSONDecodeError:
            yield from _from_jsonl(text, "stdin")
        else:
            yield from _from_json(text, "stdin")
    else:
        yield plain_text_input(text, "stdin", fallback_title="")
