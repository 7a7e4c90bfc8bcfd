"""Articles with explicit claims, stored through the real ingest service, so the
matching tests do not depend on the extractor's quality."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from claims.extraction.types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity
from claims.services import ArticleInput, article_ingest


@dataclass(frozen=True)
class Sentence:
    text: str
    # (number as written, value, qualifier, subject[, unit])
    numbers: tuple = ()
    speaker: str | None = None
    content: str | None = None  # the attributed words, a substring of text


@dataclass(frozen=True)
class Story:
    title: str
    published: datetime
    sentences: tuple[Sentence, ...]
    outlet: str = "Wire"
    slug: str = field(default="")
    # Text after the claims (a dateline, a byline): no claim in it.
    tail: str = ""


def day(d: int, month: int = 12, year: int = 2004, hour: int = 9) -> datetime:
    return datetime(year, month, d, hour, tzinfo=timezone.utc)


def extracted_claims(body: str, sentences) -> list[ExtractedClaim]:
    claims, cursor = [], 0
    for s in sentences:
        start = body.index(s.text, cursor)
        end = cursor = start + len(s.text)
        quantities, q_cursor = [], start
        for number in s.numbers:
            text, value, qualifier, subject, *unit = number
            q_start = body.index(text, q_cursor, end)
            q_cursor = q_start + len(text)
            quantities.append(
                ExtractedQuantity(
                    start=q_start, end=q_cursor, text=text, value=Decimal(str(value)),
                    qualifier=qualifier, subject=subject, unit=unit[0] if unit else None,
                )
            )
        attribution = None
        if s.speaker:
            content = s.content or s.text
            c_start = body.index(content, start, end)
            attribution = ExtractedAttribution(
                speaker=s.speaker, speaker_kind="person", content_start=c_start,
                content_end=c_start + len(content), content=content, direct=s.content is not None, cue="said",
            )
        claims.append(ExtractedClaim(start=start, end=end, text=s.text, quantities=tuple(quantities), attribution=attribution))
    return claims


def ingest(story: Story):
    body = " ".join([s.text for s in story.sentences] + ([story.tail] if story.tail else []))
    slug = story.slug or story.title.lower().replace(" ", "-").replace(",", "").replace("'", "")
    result = article_ingest(
        data=ArticleInput(
            body=body, title=story.title, url=f"https://news.example.org/{slug}", outlet=story.outlet,
            published_at=story.published,
        ),
        extracted=extracted_claims(body, story.sentences),
    )
    assert result.created, result
    return result.article
