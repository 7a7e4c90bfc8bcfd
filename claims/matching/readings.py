"""What each number of an article's claims counts, read when the claims are extracted, from the
article's own parse: kept with each quantity (Quantity.counted) for the matcher
(claims.matching.counted says what a reading holds)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Prefetch
from spacy.tokens import Doc

from claims.extraction import ExtractedClaim, extract_parsed, parse

from ..models import Article, Claim, Quantity
from .counted import Counted, counted_at
from .facts import claim_facts, extracted_facts
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
        if claim.quantities and keyed_by_parse(extracted_facts(claim)):
            spans = [(q.start, q.end) for q in claim.quantities]
            for (start, end), reading in zip(spans, _read_claim(doc, claim.start, claim.end, spans), strict=False):
                read[(claim.start, claim.end, start, end)] = reading
    return read


def readings_fill(*, article_ids: Sequence[int], batch_size: int = 32) -> tuple[int, int]:
    """Read the numbers of claims stored before readings were kept, as extraction reads them now, each
    article that holds such a claim parsed once; returns how many values were read, in how many articles.
    The matcher then parses none of them."""
    values = articles_read = 0
    for first in range(0, len(article_ids), batch_size):
        claims = Claim.objects.only("id", "article_id", "start", "end", "text", "content", "speaker_id")
        wanted: dict[Article, list[tuple[Claim, list[Quantity]]]] = {}
        for article in Article.objects.filter(pk__in=article_ids[first : first + batch_size]).only("id", "body") \
                .prefetch_related(Prefetch("claims", queryset=claims.prefetch_related("quantities"))):
            for claim in article.claims.all():
                quantities = list(claim.quantities.all())
                if any(q.counted is None for q in quantities) and keyed_by_parse(claim_facts(claim)):
                    wanted.setdefault(article, []).append((claim, quantities))
        changed = []
        for (article, unread), doc in zip(wanted.items(), parse([a.body for a in wanted]), strict=True):
            for claim, quantities in unread:
                spans = [(q.start, q.end) for q in quantities]
                for q, reading in zip(quantities, _read_claim(doc, claim.start, claim.end, spans), strict=False):
                    q.counted = reading.as_json()
                    changed.append(q)
        Quantity.objects.bulk_update(changed, ["counted"], batch_size=500)
        values, articles_read = values + len(changed), articles_read + len(wanted)
    return values, articles_read


def _read_claim(doc: Doc, start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[Counted]:
    """What each number (spans in the article) of the claim at start:end counts; nothing for a claim whose
    edge falls inside a token (the matcher then parses it alone)."""
    span = doc.char_span(start, end)
    if span is None:
        return []
    alone = span.as_doc()
    return [counted_at(alone, q_start - start, q_end - start) for q_start, q_end in spans]
