"""Matching reads and writes per article, not per claim: its query count does not grow
with the number of claims (bench/ingestion.py measures what that is worth)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.matching.service import match_article_claims
from claims.models import ClaimGroup, Figure
from tests.matching.helpers import Sentence, Story, day, ingest
from tests.matching.stories import STORIES

pytestmark = pytest.mark.django_db

# Lock, article, claims, quantities; the figure pool, the quantities' figures, the
# refresh (figures, values, update); statement candidates and their quantities, value
# candidates, the claims' groups; and the savepoint around it all in a test.
MAX_QUERIES_BESIDES_INSERTS = 16


def assert_fixed_cost(queries) -> None:
    # The suite runs on PostgreSQL only (SQLite has no pg_trgm: one candidate query per claim).
    # INSERTs are one per new group or figure: what the article brings, not its size.
    reads_and_updates = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("INSERT")]
    assert len(reads_and_updates) <= MAX_QUERIES_BESIDES_INSERTS, [sql[:80] for sql in reads_and_updates]


def test_each_article_is_matched_in_a_fixed_number_of_queries():
    articles = [ingest(story) for story in STORIES]
    for article in articles:
        with CaptureQueriesContext(connection) as ctx:
            match_article_claims(article_id=article.pk)
        assert_fixed_cost(ctx.captured_queries)


def test_many_claims_cost_no_more_queries_than_few():
    for story in STORIES:
        match_article_claims(article_id=ingest(story).pk)
    # One speaker repeating herself with many counts of one figure, a year later: every
    # claim of the second article has statement candidates and value candidates.
    quote = "The water has reached the second floor of the hospital and we are moving patients"
    sentences = tuple(
        Sentence(
            text=f"{quote} in ward {i}, said Ana Ruiz, adding that at least {1000 + i:,} people had died in Aceh.",
            numbers=((f"{1000 + i:,}", 1000 + i, "at_least", "people"),),
            speaker="Ana Ruiz",
            content=f"{quote} in ward {i}",
        )
        for i in range(12)
    )
    small = ingest(Story(title="Ward one", published=day(27, year=2006), sentences=sentences[:2]))
    big = ingest(Story(title="Every ward", published=day(28, year=2006), sentences=sentences[2:]))

    for article in (small, big):
        with CaptureQueriesContext(connection) as ctx:
            match_article_claims(article_id=article.pk)
        assert_fixed_cost(ctx.captured_queries)

    # And the work was done: every ward quote of the second article is grouped with the
    # first article's, and the twelve tolls are one figure.
    assert not big.claims.filter(group__isnull=True).exists()
    assert ClaimGroup.objects.filter(claims__article=small).filter(claims__article=big).exists()
    assert Figure.objects.get(subject_key="deaths", scope_key="aceh", first_seen__year=2006).value_count == 12


def test_a_statement_is_compared_with_the_speakers_newest_claims_only(monkeypatch):
    """A prolific speaker's claim costs the same in a large archive as in a small one: it is
    compared with the SPEAKER_HISTORY newest of their claims elsewhere, not their whole history."""
    from claims.matching import candidates

    pledge = "The county will open four new clinics before the winter"
    old = ingest(Story(title="Clinics pledged", published=day(1, month=3, year=2011), sentences=(
        Sentence(text=f"{pledge}, said Mara Quist.", speaker="Mara Quist", content=pledge),)))
    chatter = tuple(
        Sentence(text=f"Topic number {i} of the session was bus route {i}, said Mara Quist.", speaker="Mara Quist",
                 content=f"Topic number {i} of the session was bus route {i}")
        for i in range(4)
    )
    between = ingest(Story(title="Council session", published=day(2, month=3, year=2011), sentences=chatter))
    for article in (old, between):
        match_article_claims(article_id=article.pk)
    new = ingest(Story(title="Clinics pledged again", published=day(9, month=3, year=2011), sentences=(
        Sentence(text=f"{pledge}, Mara Quist said again.", speaker="Mara Quist", content=pledge),)))

    monkeypatch.setattr(candidates, "SPEAKER_HISTORY", 4)  # the four session claims are newer
    match_article_claims(article_id=new.pk)
    assert new.claims.get().group_id is None and old.claims.get().group_id is None

    monkeypatch.setattr(candidates, "SPEAKER_HISTORY", 5)
    match_article_claims(article_id=new.pk)
    assert new.claims.get().group_id is not None
    assert new.claims.get().group_id == old.claims.get().group_id
