"""What each number of an article's claims counts, read when the claims are extracted, from the
article's own parse: kept with each quantity (Quantity.counted) for the matcher
(claims.matching.counted says what a reading holds)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from claims.extraction import ExtractedClaim, extract_parsed

from .counted import Counted, counted_at
from .facts import extracted_facts
from .no_figure import keyed_by_parse

# What each number of an article's claims counts, by the claim's span and the number's in the article.
ArticleReadings = dict[tuple[int, int, int, int], Counted]


def extract_and_read(texts: list[str]) -> list[tuple[list[ExtractedClaim], ArticleReadings]]:
    """The claims of several article bodies (one spaCy batch), and what their numbers count (read_article)."""
    return [(claims, read_article(doc, claims)) for doc, claims in extract_parsed(texts)]


def read_article(doc: Doc, claims: Sequence[ExtractedClaim]) -> ArticleReadings:
    """What the numbers of an article's claims count, read from the article's own parse: each claim whose
    figure keys read it (no_figure.keyed_by_parse) cut out of the parse as a document of its own, as if it
    had been parsed alone, at a tenth of the cost of parsing it again. Kept with each quantity
    (Quantity.counted), so that every process that matches the claim reads the same and none parses it."""
    read: ArticleReadings = {}
    for claim in claims:
        if not claim.quantities or not keyed_by_parse(extracted_facts(claim)):
            continue
        span = doc.char_span(claim.start, claim.end)
        if span is None:
            continue  # a claim whose edge falls inside a token: the matcher parses it alone
        alone = span.as_doc()
        for q in claim.quantities:
            read[(claim.start, claim.end, q.start, q.end)] = counted_at(alone, q.start - claim.start, q.end - claim.start)
    return read
