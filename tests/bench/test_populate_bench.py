"""populate_bench at a small scale: the archive has the promised shape and every
row satisfies the constraints, the triggers and the review workflow's invariants."""

import io
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from claims.models import DECIDED_STATUSES, Article, Claim, ClaimStatus, Quantity, Speaker
from reviews.models import Evidence, ReviewEvent

# Not a transaction test: the flush after one would drop the roles the migrations create.
pytestmark = pytest.mark.django_db

N = 2000


@pytest.fixture
def populated():
    out = io.StringIO()
    call_command("populate_bench", claims=N, batch=150, stdout=out)
    return out.getvalue()


def test_counts_follow_the_archive_ratios(populated):
    assert Claim.objects.count() == N
    assert 0.8 * N / 5 <= Article.objects.count() <= 1.25 * N / 5
    assert Speaker.objects.count() == N // 50
    assert Quantity.objects.exists()
    assert "2,000 claims" in populated


def test_status_mix_is_mostly_unreviewed_with_every_status_present(populated):
    mix = Counter(Claim.objects.values_list("status", flat=True))
    assert set(mix) == set(ClaimStatus.values)
    assert mix[ClaimStatus.UNREVIEWED] / N > 0.7
    published = Claim.objects.published()
    assert published.exists()
    assert not published.filter(approved_by__isnull=True).exists()
    assert not published.exclude(status__in=DECIDED_STATUSES).exists()


def test_offsets_are_valid_against_the_article_body(populated):
    for claim in Claim.objects.select_related("article").prefetch_related("quantities"):
        body = claim.article.body
        assert body[claim.start:claim.end] == claim.text
        if claim.is_attributed:
            assert claim.start <= claim.content_start < claim.content_end <= claim.end
            assert body[claim.content_start:claim.content_end] == claim.content
            assert claim.speaker_id is not None
        for q in claim.quantities.all():
            assert claim.start <= q.start < q.end <= claim.end
            assert body[q.start:q.end] == q.text
        assert claim.is_numeric == bool(claim.quantities.all())


def test_the_trigger_filled_the_search_vector(populated):
    assert not Claim.objects.filter(search_vector__isnull=True).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM claims_claim WHERE search_vector @@ plainto_tsquery('english', 'said')")
        assert cursor.fetchone()[0] > 0


def test_reviewed_claims_have_their_history(populated):
    for claim in Claim.objects.exclude(status=ClaimStatus.UNREVIEWED).prefetch_related("events")[:300]:
        actions = [e.action for e in claim.events.all()]
        assert actions[0] == "start_review"
        assert claim.version == 1 + len(actions)
        if claim.status in DECIDED_STATUSES:
            assert "verdict" in actions and claim.verdict_by_id is not None
            assert claim.verdict_by_id != claim.approved_by_id
        if claim.published_at:
            assert actions[-1] == "approve"
    assert not Claim.objects.filter(status=ClaimStatus.UNREVIEWED, events__isnull=False).exists()
    assert Evidence.objects.filter(claim__status__in=["verified", "disputed"]).count() == Claim.objects.filter(
        status__in=["verified", "disputed"]
    ).count()
    assert ReviewEvent.objects.count() > 0


def test_a_second_run_adds_to_the_archive_with_new_unique_articles(populated):
    call_command("populate_bench", claims=500, seed=1, stdout=io.StringIO())
    assert Claim.objects.count() == N + 500
    assert Speaker.objects.count() == N // 50  # the pool is reused, not duplicated


def test_sqlite_is_refused_with_a_clear_error(monkeypatch):
    monkeypatch.setattr(connection, "vendor", "sqlite")
    with pytest.raises(CommandError, match="needs PostgreSQL"):
        call_command("populate_bench", claims=10, stdout=io.StringIO())


def test_drop_indexes_rebuilds_every_index_of_claims():
    def claim_indexes():
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'claims_claim' ORDER BY indexname")
            return [row[0] for row in cursor.fetchall()]

    before = claim_indexes()
    call_command("populate_bench", claims=300, drop_indexes=True, stdout=io.StringIO())
    assert claim_indexes() == before
    assert Claim.objects.count() == 300
