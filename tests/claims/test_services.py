"""Storing articles and claims: one transaction per article, speakers shared across
articles, and re-extraction that never touches reviewed claims."""

from decimal import Decimal

import pytest
from django.db import IntegrityError

from claims import extraction
from claims.extraction.types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity
from claims.models import Article, Claim, Speaker
from claims.services import ArticleInput, article_extract, article_ingest
from factcheck.errors import ValidationFailed
from reviews.services import claim_start_review
from tests.factories import speaker_get_or_create

pytestmark = pytest.mark.django_db

BODY = (
    "Prime Minister Benjamin Netanyahu said the war would go on. "
    '"We will continue until victory," Netanyahu said. Officials counted 128 hostages.'
)


def test_article_and_claims_are_stored_together():
    result = article_ingest(data=ArticleInput(body=BODY, title="Talks"))
    assert result.created and result.claims == result.article.claims.count() > 0
    assert result.article.extraction_status == "done"
    assert result.article.extractor_version == extraction.EXTRACTOR_VERSION
    for claim in result.article.claims.all():
        assert BODY[claim.start : claim.end] == claim.text


def test_a_failing_claim_leaves_no_half_written_article():
    bad = ExtractedClaim(start=0, end=len(BODY) + 10, text=BODY)  # points past the body
    with pytest.raises(IntegrityError):
        article_ingest(data=ArticleInput(body=BODY), extracted=[bad])
    assert not Article.objects.exists()
    assert not Claim.objects.exists()


def test_empty_and_binary_bodies_are_refused_with_a_reason():
    with pytest.raises(ValidationFailed, match="empty"):
        article_ingest(data=ArticleInput(body="   \n"))
    with pytest.raises(ValidationFailed, match="NUL"):
        article_ingest(data=ArticleInput(body="abc\x00def"))


def test_same_url_with_new_text_is_a_new_revision_of_the_article():
    # Issue 16: a correction at the same URL is no duplicate (tests/hardening has the rest).
    first = article_ingest(data=ArticleInput(body=BODY, url="https://news.example.org/a"))
    again = article_ingest(data=ArticleInput(body=BODY + " Updated.", url="https://news.example.org/a"))
    assert again.created and again.article.revision_of == first.article


def test_one_speaker_row_across_articles():
    a = speaker_get_or_create(name="Benjamin Netanyahu", kind="person", aliases=["Netanyahu"])
    b = speaker_get_or_create(name="Mr. Benjamin  Netanyahu", kind="person")
    c = speaker_get_or_create(name="benjamin netanyahu", kind="person", aliases=["Mr Netanyahu"])
    assert a == b == c
    assert Speaker.objects.count() == 1
    assert {"Netanyahu", "Mr Netanyahu"} <= set(Speaker.objects.get().aliases)


def _claims(body):
    first_end = body.index(".") + 1
    second_start = first_end + 1
    return [
        ExtractedClaim(
            start=0,
            end=first_end,
            text=body[:first_end],
            attribution=ExtractedAttribution(
                speaker="Benjamin Netanyahu", speaker_kind="person", content_start=41, content_end=first_end - 1,
                content=body[41 : first_end - 1], direct=False, cue="said",
            ),
        ),
        ExtractedClaim(
            start=second_start,
            end=len(body),
            text=body[second_start:],
            quantities=(
                ExtractedQuantity(start=body.index("128"), end=body.index("128") + 3, text="128", value=Decimal(128),
                                  subject="hostages"),
            ),
        ),
    ]


def test_reextraction_replaces_untouched_claims_but_never_a_reviewed_one(reviewer):
    article = article_ingest(data=ArticleInput(body=BODY), extracted=_claims(BODY)).article
    reviewed, untouched = article.claims.order_by("start")
    claim_start_review(claim_id=reviewed.pk, actor=reviewer)

    article_extract(article_id=article.pk, force=True)

    claims = article.claims.all()
    assert Claim.objects.filter(pk=reviewed.pk, status="in_review").exists()
    assert not Claim.objects.filter(pk=untouched.pk).exists()
    spans = [(c.start, c.end) for c in claims]
    assert len(spans) == len(set(spans))


def test_extraction_is_idempotent_for_the_same_extractor_version():
    article = article_ingest(data=ArticleInput(body=BODY)).article
    ids = set(article.claims.values_list("pk", flat=True))
    assert article_extract(article_id=article.pk) == 0
    assert set(article.claims.values_list("pk", flat=True)) == ids


def test_a_lone_surname_is_the_one_known_person_of_that_name():
    netanyahu = speaker_get_or_create(name="Benjamin Netanyahu", kind="person")
    assert speaker_get_or_create(name="Netanyahu", kind="person") == netanyahu
    assert "Netanyahu" in Speaker.objects.get(pk=netanyahu.pk).aliases


def test_a_surname_shared_by_two_known_people_is_not_guessed():
    speaker_get_or_create(name="Boris Johnson", kind="person")
    speaker_get_or_create(name="Alan Johnson", kind="person")
    johnson = speaker_get_or_create(name="Johnson", kind="person")
    assert johnson.name == "Johnson"
    assert Speaker.objects.filter(kind="person").count() == 3
    # An organisation is never taken for a person of the same last word.
    assert speaker_get_or_create(name="Hamas", kind="organization").kind == "organization"
