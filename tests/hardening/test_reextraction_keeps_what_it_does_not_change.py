"""Re-extraction keeps what it does not change, and a review that starts during a
re-extraction never leaves the article stuck (issue 16, finding 8)."""

import threading

import pytest
from django.db import connection, transaction

from claims import pipeline, services
from claims.models import Article, Claim
from claims.services import ArticleInput
from reviews import services as review

# Two reports of one fire, written for these tests: the same quoted words in both.
FIRST = (
    "A warehouse fire burned through Tuesday night. \"The roof came down within twenty minutes of the alarm,\" "
    "said Ingrid Halvorsen, the station's watch commander. Firefighters pumped 5,000 litres a minute onto the blaze."
)
SECOND = (
    "Investigators returned to the warehouse on Wednesday. \"The roof came down within twenty minutes of the alarm,\" "
    "said Ingrid Halvorsen, who led the crews. The owner said 40 people had worked in the building."
)


@pytest.mark.django_db
def test_rerunning_extraction_keeps_untouched_claims_ids_and_groups():
    pipeline.article_ingest(data=ArticleInput(body=FIRST, title="Fire"))
    second = pipeline.article_ingest(data=ArticleInput(body=SECOND, title="Fire, day two")).article
    before = {c.pk: (c.start, c.end, c.group_id) for c in second.claims.all()}
    assert any(group for _, _, group in before.values()), "the quote is grouped with the first report"
    pipeline.article_process(article_id=second.pk, force=True)
    after = {c.pk: (c.start, c.end, c.group_id) for c in Claim.objects.filter(article=second)}
    assert after == before
    assert Article.objects.get(pk=second.pk).matched_at is not None


def _release_when_someone_waits_for_a_lock(release, timeout=60.0):
    import time

    deadline = time.monotonic() + timeout
    try:
        with connection.cursor() as cursor:
            while not release.is_set() and time.monotonic() < deadline:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
                if cursor.fetchone()[0]:
                    break
                time.sleep(0.05)
    finally:
        release.set()
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_a_review_started_during_reextraction_never_leaves_the_article_stuck(reviewer):
    article = services.article_ingest(data=ArticleInput(body=FIRST, title="Fire")).article
    claim = article.claims.order_by("start").first()
    started, release = threading.Event(), threading.Event()

    def reviewer_starts():
        # The review holds its claim's row lock while the re-extraction runs.
        try:
            with transaction.atomic():
                review.claim_start_review(claim_id=claim.pk, actor=reviewer)
                started.set()
                release.wait(10)
        finally:
            connection.close()

    thread = threading.Thread(target=reviewer_starts)
    thread.start()
    assert started.wait(10)
    # Commit the review only once the re-extraction is waiting for its row lock.
    watcher = threading.Thread(target=_release_when_someone_waits_for_a_lock, args=(release,))
    watcher.start()
    try:
        services.article_extract(article_id=article.pk, force=True)
    finally:
        release.set()
        thread.join(10)
        watcher.join(10)
    article.refresh_from_db()
    assert article.extraction_status == "done", article.extraction_error
    reviewed = Claim.objects.get(pk=claim.pk)
    assert reviewed.status == "in_review" and reviewed.assignee == reviewer
    assert Claim.objects.filter(article=article, start=claim.start, end=claim.end).count() == 1
