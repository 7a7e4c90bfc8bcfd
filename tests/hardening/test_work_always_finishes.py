"""Killed or interrupted work is finished: the sweep (command and periodic task) and a
re-submission pick up articles stuck in pending or processing, or never matched
(issue 16, finding 6)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims import pipeline, services
from claims.models import Article
from claims.services import ArticleInput

pytestmark = pytest.mark.django_db

BODY = (
    "Harbour dredging starts in June\n\n"
    "The port authority said on Thursday that dredging would remove 80,000 tonnes of silt this summer. "
    '"Ships have been waiting for the tide for too long," said its chief executive, Olu Bakare.\n'
)


def run(*args, **kwargs):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command(*args, stdout=out, stderr=err, **kwargs)
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def _age(article, seconds=3600):
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timedelta(seconds=seconds))


def test_a_rerun_of_a_killed_ingest_finishes_the_article_it_stored(tmp_path):
    # What a kill between storing and matching leaves: stored, extracted, never matched.
    stored = services.article_ingest(data=ArticleInput(body=BODY)).article
    assert Article.objects.get(pk=stored.pk).matched_at is None
    (tmp_path / "a.txt").write_text(BODY)
    code, out, _ = run("ingest_articles", str(tmp_path / "a.txt"), stdin=io.StringIO(""))
    assert code == 0
    assert "1 duplicate" in out and "1 unfinished duplicate(s) finished" in out
    article = Article.objects.get(pk=stored.pk)
    assert article.matched_at is not None
    assert not article.claims.filter(embedding__isnull=True).exists()


@pytest.mark.parametrize("status", ["pending", "processing"])
def test_the_sweep_finishes_articles_stuck_in_pending_or_processing(status):
    article = services.article_store_pending(data=ArticleInput(body=BODY)).article
    Article.objects.filter(pk=article.pk).update(extraction_status=status)
    _age(article)
    code, out, err = run("sweep")
    assert code == 0, err
    assert out.strip() == "1 finished, 0 failed"
    article.refresh_from_db()
    assert article.extraction_status == "done" and article.matched_at is not None
    assert article.claims.exists()
    ids = set(article.claims.values_list("pk", flat=True))
    # Idempotent: nothing left to do, and the claims stay as they are.
    assert run("sweep")[1].strip() == "0 finished, 0 failed"
    assert set(article.claims.values_list("pk", flat=True)) == ids


def test_the_sweep_leaves_recent_work_to_its_worker():
    services.article_store_pending(data=ArticleInput(body=BODY))
    assert run("sweep")[1].strip() == "0 finished, 0 failed"


def test_the_sweep_finishes_an_extracted_article_never_matched():
    article = services.article_ingest(data=ArticleInput(body=BODY)).article
    _age(article)
    result = pipeline.articles_sweep(inline=True)
    assert result.resumed == [article.pk]
    assert Article.objects.get(pk=article.pk).matched_at is not None


def test_the_periodic_task_is_scheduled_and_runs_the_sweep(settings, django_capture_on_commit_callbacks):
    from claims.pipeline import sweep_articles
    from factcheck.celery import app

    assert settings.CELERY_BEAT_SCHEDULE["sweep-unfinished-articles"]["task"] == sweep_articles.name
    assert sweep_articles.name in app.tasks
    article = services.article_ingest(data=ArticleInput(body=BODY)).article
    _age(article)
    before = app.conf.CELERY_TASK_ALWAYS_EAGER
    app.conf.CELERY_TASK_ALWAYS_EAGER = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            assert sweep_articles.apply().get() == 1
    finally:
        app.conf.CELERY_TASK_ALWAYS_EAGER = before
    assert Article.objects.get(pk=article.pk).matched_at is not None


def test_submitting_a_stuck_article_again_queues_it_instead_of_saying_duplicate(
    editor, api_client_for, django_capture_on_commit_callbacks
):
    from factcheck.celery import app

    # The API answered 202 while the broker was down: stored, pending, nothing queued.
    stuck = services.article_store_pending(data=ArticleInput(body=BODY)).article
    before = app.conf.CELERY_TASK_ALWAYS_EAGER
    app.conf.CELERY_TASK_ALWAYS_EAGER = True  # the broker is back; run the queued chain here
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = api_client_for(editor).post("/api/v1/articles/", {"body": BODY}, format="json")
    finally:
        app.conf.CELERY_TASK_ALWAYS_EAGER = before
    assert response.status_code == 200
    assert "queued again" in response.json()["detail"]
    stuck.refresh_from_db()
    assert stuck.extraction_status == "done" and stuck.matched_at is not None


def test_a_finished_article_submitted_again_is_a_plain_duplicate(editor, api_client_for):
    pipeline.article_ingest(data=ArticleInput(body=BODY))
    response = api_client_for(editor).post("/api/v1/articles/", {"body": BODY}, format="json")
    assert response.status_code == 200 and response.json()["detail"].endswith("(same text).")


@pytest.fixture
def broker_down():
    """The real Celery app pointed at a port where no broker listens."""
    from factcheck.celery import app

    def fresh_pools():
        # What Celery itself does after a fork: the next send opens new connections. kombu's
        # own registry of producer pools is keyed by broker URL: reset it too, or the next
        # test's sends find the pool closed here.
        from kombu import pools

        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None
        pools.reset()

    saved = {k: app.conf[k] for k in ("broker_url", "broker_connection_retry", "broker_connection_max_retries")}
    app.conf.update(broker_url="redis://127.0.0.1:1/0", broker_connection_retry=False, broker_connection_max_retries=0)
    fresh_pools()
    yield
    app.conf.update(saved)
    fresh_pools()


def test_with_the_broker_down_the_api_answers_and_the_sweep_finishes_the_article(
    editor, api_client_for, broker_down, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client_for(editor).post("/api/v1/articles/", {"body": BODY}, format="json")
    assert response.status_code == 202
    article = Article.objects.get()
    assert article.extraction_status == "pending"
    settings.FACTCHECK_SWEEP_AFTER_SECONDS = 0
    code, out, _ = run("sweep")
    assert code == 0 and out.startswith("1 finished")
    article.refresh_from_db()
    assert article.extraction_status == "done" and article.matched_at is not None
