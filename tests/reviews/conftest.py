"""Claims in each workflow state, reached through the real services."""

import re

import pytest

from reviews import services
from reviews.services import EvidenceInput
from tests.factories import ClaimFactory, QuantityFactory, SpeakerFactory

EVIDENCE = [EvidenceInput(url="https://stats.example.org/report", note="Table 3 gives the figure")]


@pytest.fixture
def claim(db):
    """An unreviewed machine claim with a speaker and one number."""
    claim = ClaimFactory(speaker=SpeakerFactory(name="Jane Doe"), is_attributed=False, is_numeric=True)
    number = re.search(r"\d+", claim.text)
    QuantityFactory(claim=claim, start=number.start(), end=number.end(), text=number.group(), value=int(number.group()))
    return claim


@pytest.fixture
def in_review(claim, reviewer):
    return services.claim_start_review(claim_id=claim.pk, actor=reviewer)


@pytest.fixture
def verified(in_review, reviewer):
    return services.claim_submit_verdict(
        claim_id=in_review.pk, actor=reviewer, verdict="verified", rationale="The report says so.", evidence=EVIDENCE
    )


@pytest.fixture
def published(verified, editor):
    return services.claim_approve(claim_id=verified.pk, actor=editor)
