"""Claim extraction: pure Python, no ORM. Text goes in, dataclasses with offsets come out."""

from .types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity

EXTRACTOR_VERSION = "0.0.1"


def extract(text: str) -> list[ExtractedClaim]:
    """The claims of one article body."""
    return extract_many([text])[0]


def extract_many(texts: list[str]) -> list[list[ExtractedClaim]]:
    """The claims of several article bodies, parsed in one batch."""
    raise NotImplementedError  # replaced by the extraction package


__all__ = ["EXTRACTOR_VERSION", "ExtractedAttribution", "ExtractedClaim", "ExtractedQuantity", "extract", "extract_many"]
