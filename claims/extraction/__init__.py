"""Claim extraction: pure Python, no ORM. Text goes in, dataclasses with offsets come out.

    extract(text) -> list[ExtractedClaim]
    extract_many(texts) -> list[list[ExtractedClaim]]   (one nlp.pipe batch)

The spaCy pipeline is chosen with ``set_model_name`` and loaded lazily, once
per process.
"""

from __future__ import annotations

from .assemble import extract_doc
from .pipeline import get_nlp, parse, parse_structure, set_model_name
from .types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity

# Bump whenever the output for a given text can change.
EXTRACTOR_VERSION = "1.103.0"


def extract(text: str) -> list[ExtractedClaim]:
    """The claims of one article body."""
    return extract_many([text])[0]


def extract_many(texts: list[str], batch_size: int = 32) -> list[list[ExtractedClaim]]:
    """The claims of several article bodies, parsed in one ``nlp.pipe`` batch."""
    return [extract_doc(doc) for doc in parse(list(texts), batch_size=batch_size)]


__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractedAttribution",
    "ExtractedClaim",
    "ExtractedQuantity",
    "extract",
    "extract_many",
    "get_nlp",
    "parse_structure",
    "set_model_name",
]
