"""Claim extraction: pure Python, no ORM. Text goes in, dataclasses with offsets come out.

    extract(text) -> list[ExtractedClaim]
    extract_many(texts) -> list[list[ExtractedClaim]]   (one nlp.pipe batch)
    extract_parsed(texts) -> (Doc, list[ExtractedClaim]) per text, for readers of the same parse

The spaCy pipeline is chosen with ``set_model_name`` and loaded lazily, once
per process.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from .assemble import extract_doc
from .pipeline import get_nlp, parse, parse_structure, set_model_name
from .types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity

# Bump whenever the output for a given text can change.
EXTRACTOR_VERSION = "1.206.0"


def extract(text: str) -> list[ExtractedClaim]:
    """The claims of one article body."""
    return extract_many([text])[0]


def extract_many(texts: list[str], batch_size: int = 32) -> list[list[ExtractedClaim]]:
    """The claims of several article bodies, parsed in one ``nlp.pipe`` batch."""
    return [claims for _, claims in extract_parsed(texts, batch_size)]


def extract_parsed(texts: list[str], batch_size: int = 32) -> Iterator[tuple[Doc, list[ExtractedClaim]]]:
    """Each article body's parse with its claims, for a caller that reads more from the same parse."""
    for doc in parse(list(texts), batch_size=batch_size):
        yield doc, extract_doc(doc)


__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractedAttribution",
    "ExtractedClaim",
    "ExtractedQuantity",
    "extract",
    "extract_many",
    "extract_parsed",
    "get_nlp",
    "parse",
    "parse_structure",
    "set_model_name",
]
