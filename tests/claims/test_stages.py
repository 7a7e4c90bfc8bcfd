"""The stages after storing, one service each: enrich writes each claim's vector and score in
one statement and only what is missing; match groups, files and marks the article matched."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import stages
from claims.models import Article, Claim
from factcheck.errors import NotFound
from tests.matching.helpers import Sentence, Story, day, ingest

pytestmark = pytest.mark.django_db

STORY = Story(
    title="Clinics pledged",
    published=day(1, month=3, year=2011),
    sentences=(
        Sentence(text="The county will open four new clinics before the winter, said Mara Quist.",
                 speaker="Mara Quist", content="The county will open four new clinics before the winter"),
        Sentence(text="At least 12 people died in the floods in Varna.", numbers=(("12", 12, "at_least", "people"),)),
    ),
)


def test_enrich_writes_every_claims_vector_and_score_in_one_statement_and_then_nothing():
    article = ingest(STORY)
    assert not Claim.objects.filter(article=article, embedding__isnull=False).exists()

    with CaptureQueriesContext(connection) as ctx:
        assert stages.article_enrich(article_id=article.pk) == 2
    updates = [q["sql"] for q in ctx.captured_queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert len(updates) == 1
    claims = list(Claim.objects.filter(article=article))
    assert all(c.embedding is not None and len(bytes(c.embedding)) > 0 and c.checkworthiness is not None for c in claims)

    with CaptureQueriesContext(connection) as ctx:
        assert stages.article_enrich(article_id=article.pk) == 0
    assert len(ctx.captured_queries) == 1  # the claims read, nothing written
    assert [(bytes(c.embedding), c.checkworthiness) for c in Claim.objects.filter(article=article)] == [
        (bytes(c.embedding), c.checkworthiness) for c in claims
    ]


def test_enrich_of_an_article_without_claims_does_nothing_and_of_none_says_so():
    article = ingest(Story(title="Nothing claimed", published=day(2), sentences=(), tail="The weather was fine."))
    assert stages.article_enrich(article_id=article.pk) == 0
    with pytest.raises(NotFound) as raised:
        stages.article_enrich(article_id=article.pk + 1000)
    assert raised.value.code == "article_not_found"


def test_match_marks_the_article_matched_with_its_groups_and_figures():
    article = ingest(STORY)
    result = stages.article_match(article_id=article.pk)
    article.refresh_from_db()
    assert article.matched_at is not None
    assert result.observations == 1 and len(result.figures) == 1
    with pytest.raises(NotFound):
        stages.article_match(article_id=article.pk + 1000)
    assert Article.objects.filter(matched_at__isnull=False).count() == 1
