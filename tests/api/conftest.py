"""API test data: claims stored through the real services (ingestion with explicit
extracted claims, so the tests do not depend on extraction quality) and moved
through the real workflow into each state."""

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

import pytest
from django.core.cache import cache

from claims.extraction.types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity
from claims.models import Claim
from claims.services import ArticleInput, article_ingest
from reviews import services as review

BODY = (
    "The mayor, Jane Doe, said 120 people had been evacuated from the flooded district. "
    "The Ministry of Health reported that 45 hospitals were without power. "
    "Unemployment fell to 4.2 percent last year, according to the statistics office. "
    "The bridge over the river was built in 1932. "
    "Critics said the evacuation plan was a disaster for everyone involved. "
)


def sentence_claim(body, sentence, *, quantities=(), speaker=None, kind="person", content=None, cue="said"):
    """An ExtractedClaim over `sentence` of `body`, with quantities given as (text, value, subject, unit)."""
    start = body.index(sentence)
    end = start + len(sentence)
    extracted_quantities = tuple(
        ExtractedQuantity(
            start=start + sentence.index(text),
            end=start + sentence.index(text) + len(text),
            text=text,
            value=Decimal(value),
            subject=subject,
            unit=unit,
        )
        for text, value, subject, unit in quantities
    )
    attribution = None
    if speaker:
        content_start = start + sentence.index(content)
        attribution = ExtractedAttribution(
            speaker=speaker,
            speaker_kind=kind,
            content_start=content_start,
            content_end=content_start + len(content),
            content=content,
            direct=False,
            cue=cue,
        )
    return ExtractedClaim(start=start, end=end, text=sentence, quantities=extracted_quantities, attribution=attribution)


def ingest(body=BODY, claims=None, **article):
    article.setdefault("title", "Floods force evacuations")
    article.setdefault("url", "https://news.example.org/floods")
    article.setdefault("outlet", "Example News")
    article.setdefault("published_at", datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc))
    if claims is None:
        claims = [
            sentence_claim(
                body,
                "The mayor, Jane Doe, said 120 people had been evacuated from the flooded district.",
                quantities=[("120 people", "120", "people", "")],
                speaker="Jane Doe",
                content="120 people had been evacuated from the flooded district",
            ),
            sentence_claim(
                body,
                "The Ministry of Health reported that 45 hospitals were without power.",
                quantities=[("45 hospitals", "45", "hospitals", "")],
                speaker="Ministry of Health",
                kind="organization",
                content="45 hospitals were without power",
                cue="reported",
            ),
            sentence_claim(
                body,
                "Unemployment fell to 4.2 percent last year, according to the statistics office.",
                quantities=[("4.2 percent", "4.2", "unemployment", "%")],
            ),
            sentence_claim(body, "The bridge over the river was built in 1932."),
            sentence_claim(
                body,
                "Critics said the evacuation plan was a disaster for everyone involved.",
                speaker="Critics",
                kind="anonymous",
                content="the evacuation plan was a disaster for everyone involved",
            ),
        ]
    result = article_ingest(data=ArticleInput(body=body, **article), extracted=claims)
    assert result.created
    return result.article


@dataclass
class Scenario:
    """One article's five claims, one in each state the API must handle."""

    unreviewed: Claim  # the mayor's evacuation figure
    in_review: Claim  # the ministry's hospitals, assigned to the reviewer
    decided: Claim  # unemployment: disputed, not yet approved
    published: Claim  # the bridge: verified and approved
    not_a_claim: Claim  # the critics: published as "not a claim"

    def all(self):
        return [self.unreviewed, self.in_review, self.decided, self.published, self.not_a_claim]


EVIDENCE = [{"url": "https://stats.example.org/unemployment", "note": "Official series"}]


def decide(claim, *, reviewer, verdict, rationale="Checked against the source.", evidence=EVIDENCE):
    review.claim_start_review(claim_id=claim.pk, actor=reviewer)
    review.claim_submit_verdict(claim_id=claim.pk, actor=reviewer, verdict=verdict, rationale=rationale, evidence=evidence)


@pytest.fixture
def scenario(reviewer, editor):
    article = ingest()
    claims = {c.text.split()[1]: c for c in article.claims.order_by("start")}
    mayor, ministry, unemployment, bridge, critics = (
        claims["mayor,"],
        claims["Ministry"],
        claims["fell"],
        claims["bridge"],
        claims["said"],
    )
    review.claim_start_review(claim_id=ministry.pk, actor=reviewer)
    decide(unemployment, reviewer=reviewer, verdict="disputed", rationale="The office reports 4.6 percent.")
    decide(bridge, reviewer=reviewer, verdict="verified", rationale="The bridge's plaque says 1932.")
    review.claim_approve(claim_id=bridge.pk, actor=editor)
    decide(critics, reviewer=reviewer, verdict="not_a_claim", rationale="An opinion.", evidence=[])
    review.claim_approve(claim_id=critics.pk, actor=editor)
    return Scenario(*(Claim.objects.get(pk=c.pk) for c in (mayor, ministry, unemployment, bridge, critics)))


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    # UserRateThrottle counts in the cache; user ids repeat across tests.
    cache.clear()
    yield
    cache.clear()
