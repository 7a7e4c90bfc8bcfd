"""The database itself refuses rows that break the model's invariants."""

import pytest
from django.db import IntegrityError, transaction

from claims.models import Claim, Quantity
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def refused(**fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(**fields)


def test_claim_span_must_be_ordered_and_inside_the_body():
    article = ArticleFactory(body="Short body.")
    refused(article=article, start=5, end=5, text="x")
    refused(article=article, start=0, end=len(article.body) + 1, text="x")
    Claim.objects.create(article=article, start=0, end=len(article.body), text=article.body)


def test_no_duplicate_claims_per_article():
    claim = ClaimFactory()
    refused(article=claim.article, start=claim.start, end=claim.end, text=claim.text)


def test_attribution_content_must_lie_inside_the_claim():
    article = ArticleFactory(body="He said it would rain. Then it rained.")
    speaker = SpeakerFactory(name="Weather Office", kind="organization")
    refused(article=article, start=0, end=22, text=article.body[:22], is_attributed=True, speaker=speaker,
            content_start=8, content_end=30, content="x")
    refused(article=article, start=0, end=22, text=article.body[:22], is_attributed=False, content_start=8,
            content_end=21, content="x")


def test_a_published_claim_needs_an_approved_verdict(editor):
    claim = ClaimFactory()
    claim.published_at = claim.created_at
    with pytest.raises(IntegrityError), transaction.atomic():
        claim.save()


def test_status_must_be_a_known_state():
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(status="maybe")


def test_quantity_span_must_lie_inside_its_claim_and_qualifier_be_known():
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Quantity.objects.create(claim=claim, value=1, text="x", start=claim.end, end=claim.end + 2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Quantity.objects.create(claim=claim, value=1, text="x", start=0, end=2, qualifier="roughly")


def test_span_checks_still_guard_an_update_that_moves_a_span():
    claim = ClaimFactory()
    body_length = len(claim.article.body)
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(end=body_length + 5)
    quantity = Quantity.objects.create(claim=claim, value=1, text="x", start=claim.start, end=claim.start + 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Quantity.objects.filter(pk=quantity.pk).update(end=claim.end + 3)
