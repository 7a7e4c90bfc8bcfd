"""--async ingestion through Redis and a real Celery worker, including a worker
killed mid-run: every article is still extracted, exactly once, and matched.

Two mechanisms finish a killed worker's work, and the test runs both as production
does. Redis redelivers the task the worker held unacknowledged. And kombu's Redis
transport pops a message (BRPOP) before it records it as unacknowledged: a worker
killed between the two loses that one message, which Celery beat's sweep
(claims.pipeline.articles_sweep) then finds as an unfinished article."""

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from claims import extraction, pipeline
from claims.models import Article, ExtractionStatus

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
VISIBILITY_TIMEOUT = 3  # seconds before Redis hands an unacknowledged task to another worker

CITIES = ["Leeds", "Porto", "Dakar", "Quito", "Hanoi", "Tartu", "Cork", "Perth", "Lagos", "Osaka"]
OFFICIALS = ["Maria Lopez", "Tom Reed", "Aisha Bello", "Jan Novak", "Lena Berg"]


def write_articles(folder: Path, n: int) -> None:
    for i in range(n):
        city, official = CITIES[i % len(CITIES)], OFFICIALS[i % len(OFFICIALS)]
        (folder / f"story-{i:03}.txt").write_text(
            f"Floods in {city} displace families\n\n"
            f"More than {1000 + i * 17:,} people were moved from their homes in {city} on Monday, "
            f"the regional governor, {official}, said. Officials said about {20 + i} schools had closed.\n"
            f'"We are doing everything we can, and we will rebuild," {official.split()[-1]} told reporters. '
            f"The emergency fund of ${3 + i % 7}m would be released within {2 + i % 5} days, according to the ministry.\n",
            encoding="utf-8",
        )


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def start_worker():
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
    }
    workers = []

    def start():
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--concurrency=1", "--loglevel=WARNING",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"test-{len(workers)}@%h"],
            cwd=ROOT, env=env, start_new_session=True,
        )
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:  # a busy worker on a loaded machine: don't leave it behind
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait(timeout=30)
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()


def backlog() -> str:
    """Where the work stands, for a failure message: articles by status, and the broker's queue."""
    statuses = dict(Counter(Article.objects.values_list("extraction_status", flat=True)))
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    return (
        f"articles by status {statuses}; {broker.llen('celery')} messages queued, "
        f"{broker.hlen('unacked')} unacknowledged"
    )


def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}: {backlog()}")


def done_count() -> int:
    return Article.objects.filter(extraction_status=ExtractionStatus.DONE).count()


def broker_drained() -> bool:
    """Nothing left for a worker: no message queued or held, no article being extracted."""
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    return (
        broker.llen("celery") == 0
        and broker.hlen("unacked") == 0
        and not Article.objects.filter(extraction_status=ExtractionStatus.PROCESSING).exists()
    )


def finished_count() -> int:
    return Article.objects.filter(extraction_status=ExtractionStatus.DONE, matched_at__isnull=False).count()


def test_async_ingest_survives_a_killed_worker(tmp_path, start_worker, settings):
    write_articles(tmp_path, 100)
    first = start_worker()
    call_command("ingest_articles", str(tmp_path), "--async", stdout=open(os.devnull, "w"))
    assert Article.objects.count() == 100  # stored at once, extracted later

    wait_until(lambda: done_count() >= 10, 180, "the first worker to extract ten articles")
    os.killpg(first.pid, signal.SIGKILL)  # no warm shutdown: its task in flight stays unacknowledged
    first.wait(timeout=30)
    assert done_count() < 100, "the worker finished before it could be killed; the test proves nothing"

    time.sleep(VISIBILITY_TIMEOUT + 1)
    start_worker()
    # Twice, a second apart: a message a worker has just popped is briefly in neither place.
    wait_until(lambda: broker_drained() and (time.sleep(1) or broker_drained()), 300,
               "the second worker to take every queued and redelivered task")

    # What beat's sweep does every few minutes, without its 15-minute grace: the broker
    # drained, an article still unfinished had its message lost with the killed worker.
    settings.FACTCHECK_SWEEP_AFTER_SECONDS = 0
    swept = pipeline.articles_sweep(inline=False)
    assert not swept.failed
    assert len(swept.resumed) <= 1, f"more than the one message in flight was lost: {swept.resumed}"
    wait_until(lambda: finished_count() == 100, 300, "every article to be extracted and matched")

    assert Article.objects.count() == 100
    # Each article holds exactly one extraction's claims: as many as the extractor finds, no more.
    for article in Article.objects.order_by("?")[:10]:
        expected = {(c.start, c.end) for c in extraction.extract(article.body)}
        assert set(article.claims.values_list("start", "end")) == expected
        assert article.claims.count() == len(expected)
