"""Reading ClaimReview items from files: JSON Lines, a JSON array, one JSON object,
or a schema.org DataFeed whose dataFeedElement items are ClaimReviews.

Every item comes out with the place it came from ("path:line" for JSON Lines,
"path[index]" for arrays and feeds), or as an ItemFailure naming that place and the
reason, so one bad line never stops the rest. Nothing here touches the database;
validating an item's fields is factchecks.services.factcheck_from_claimreview.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FeedItem:
    source: str
    item: object  # a dict when the file is sound; validated later


@dataclass(frozen=True)
class ItemFailure:
    source: str
    reason: str


def read_claimreviews(paths: list[str], *, stdin=None) -> Iterator[FeedItem | ItemFailure]:
    for target in paths:
        if target == "-":
            yield from read_text((stdin or sys.stdin).read(), "stdin")
            continue
        path = Path(target)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".json", ".jsonl", ".ndjson"))
            if not files:
                yield ItemFailure(target, "a folder with no .json or .jsonl files")
            for child in files:
                yield from read_path(child)
        else:
            yield from read_path(path)


def read_path(path: Path) -> Iterator[FeedItem | ItemFailure]:
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        yield ItemFailure(source, "no such file or directory")
        return
    except OSError as exc:
        yield ItemFailure(source, f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield ItemFailure(source, "not UTF-8 text (a binary file?)")
        return
    yield from read_text(text, source)


def read_text(text: str, source: str) -> Iterator[FeedItem | ItemFailure]:
    """The format is told by the content, not the suffix: feeds are often served as .json
    whatever they hold. A document that parses whole is JSON; otherwise it is read as lines."""
    if not text.strip():
        yield ItemFailure(source, "empty file")
        return
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        yield from _json_lines(text, source)
        return
    yield from _document(document, source)


def _document(document, source: str) -> Iterator[FeedItem | ItemFailure]:
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield FeedItem(f"{source}[{index}]", item)
    elif isinstance(document, dict) and _is_feed(document):
        elements = document.get("dataFeedElement")
        if not isinstance(elements, list):
            yield ItemFailure(source, "a DataFeed whose dataFeedElement is not a list")
            return
        for index, element in enumerate(elements):
            # A DataFeedItem may wrap its ClaimReview in `item`.
            if isinstance(element, dict) and _types(element) == {"DataFeedItem"} and "item" in element:
                element = element["item"]
            yield FeedItem(f"{source}[{index}]", element)
    else:
        yield FeedItem(source, document)


def _json_lines(text: str, source: str) -> Iterator[FeedItem | ItemFailure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield ItemFailure(where, f"not JSON ({reason})")
            continue
        if isinstance(item, dict) and _is_feed(item):
            yield from _document(item, where)
        else:
            yield FeedItem(where, item)


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _is_feed(item: dict) -> bool:
    return "DataFeed" in _types(item) or "dataFeedElement" in item
