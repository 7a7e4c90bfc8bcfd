"""Ingestion against the limits of its own stack.

    .venv/bin/python bench/ingestion.py [--articles 300]

1. `ingest_articles` end to end into PostgreSQL (reading the files, extraction,
   the transactions, the triggers) against bare `nlp.pipe` over the same texts
   with the same spaCy pipeline the project loads (claims.extraction.get_nlp):
   words/s of each and their ratio (target >= 0.6). Both run in this process
   after the model is loaded, so neither pays for loading it; the command is
   also timed as a fresh subprocess (start-up and model load included).
2. `ingest_articles --async` with one, then two real Celery workers (subprocesses,
   Redis 127.0.0.1:6379 db 14): time from the command's start until every article
   is `done` (extracted), then until the queue is drained (every `match_article`
   task queued behind the extractions has run too), and the speed-up of two
   workers over one for both.

The articles are built like populate_bench's: the real texts of seeds/ and
../shared/eval/dev/ with their names, numbers, places and sentence order varied.
Scratch database: factcheck_bench_ingest (dropped and created here).

Each stage's cost (extraction, storage, embeddings, check-worthiness, matching), 1, 2 and 4
workers until every article is matched, and the sizing of a deployment: bench/pipeline.py.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

DB = "factcheck_bench_ingest"
BROKER = "redis://127.0.0.1:6379/14"


def write_articles(folder: Path, n: int) -> list[str]:
    from benchtools.generator import Generator

    gen = Generator(seed=7, speakers=[(None, f"Speaker {i}", "person") for i in range(200)], reviewers=[], editors=[])
    texts = []
    for i in range(n):
        _, body, _ = gen.article()
        body = f"{body} Story {i}."
        (folder / f"article-{i:04}.txt").write_text(body, encoding="utf-8")
        texts.append(body)
    return texts


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def truncate() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        # TRUNCATE is not a row operation: the append-only triggers of the review history allow it.
        cursor.execute(
            "TRUNCATE claims_article, claims_speaker, claims_claimgroup, claims_figure RESTART IDENTITY CASCADE"
        )


def done_count() -> int:
    from claims.models import Article, ExtractionStatus

    return Article.objects.filter(extraction_status=ExtractionStatus.DONE).count()


def queue_drained(broker) -> bool:
    """No task waiting in the default queue, none delivered and unacknowledged (acks_late:
    a task leaves kombu's `unacked` hash only once it has run)."""
    return broker.llen("celery") == 0 and broker.hlen("unacked") == 0


def run_async(folder: Path, n: int, workers: int, timeout: float) -> tuple[float, float]:
    """Seconds from `ingest_articles --async` until all n articles are done (extracted), and
    until every task has run (matching included), with `workers` workers."""
    import redis
    from django.core.management import call_command

    truncate()
    redis.Redis.from_url(BROKER).flushdb()
    env = {"DATABASE_URL": common.database_url(DB), "CELERY_BROKER_URL": BROKER, "LOG_LEVEL": "ERROR"}
    try:
        with common.celery_workers(workers, env=env):
            t0 = time.perf_counter()
            call_command("ingest_articles", str(folder), "--async", stdout=io.StringIO())
            deadline = time.monotonic() + timeout
            while done_count() < n:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"only {done_count()}/{n} articles done after {timeout}s")
                time.sleep(0.1)
            extracted = time.perf_counter() - t0
            broker = redis.Redis.from_url(BROKER)
            while not queue_drained(broker):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the queue was not drained after {timeout}s")
                time.sleep(0.1)
            return extracted, time.perf_counter() - t0
    finally:
        redis.Redis.from_url(BROKER).flushdb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--skip-async", action="store_true", help="measure the synchronous command only")
    parser.add_argument("--async-timeout", type=float, default=240, help="seconds to wait for the workers, per run")
    args = parser.parse_args()
    n = args.articles

    common.print_machine()
    common.recreate_database(DB)
    common.migrate(DB)
    common.setup_django(DB, CELERY_BROKER_URL=BROKER, LOG_LEVEL="ERROR")

    from django.core.management import call_command

    from claims import extraction
    from claims.models import Claim

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = write_articles(folder, n)
        total_words = words(texts)
        print(f"{n} articles, {total_words:,} words ({total_words / n:.0f} per article)", flush=True)

        nlp = extraction.get_nlp()  # load once: neither timing pays for it
        print(f"spaCy pipeline: {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}, pipes {nlp.pipe_names}")
        list(nlp.pipe(texts[:20]))  # warm-up

        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        bare = time.perf_counter() - t0

        # The same command the CLI runs, in this process (the model already loaded), synchronous mode:
        # settings say eager Celery when the broker is unset, but the command without --async never queues.
        from django.db import connection

        statements = []  # a counter only: no SQL text kept, nothing that slows the run
        t0 = time.perf_counter()
        with connection.execute_wrapper(lambda execute, *a: statements.append(1) or execute(*a)):
            call_command("ingest_articles", str(folder), stdout=io.StringIO())
        ingest = time.perf_counter() - t0
        claims = Claim.objects.count()

        truncate()
        env = {"CELERY_BROKER_URL": "", "LOG_LEVEL": "ERROR"}
        t0 = time.perf_counter()
        common.manage("ingest_articles", str(folder), db_name=DB, env=env)
        ingest_cold = time.perf_counter() - t0

        print(f"bare nlp.pipe:                  {bare:7.2f} s  {total_words / bare:9,.0f} words/s")
        print(f"ingest_articles (in process):   {ingest:7.2f} s  {total_words / ingest:9,.0f} words/s  ({claims:,} claims, "
              f"{len(statements) / n:.1f} SQL statements per article)")
        print(f"ingest_articles (subprocess):   {ingest_cold:7.2f} s  {total_words / ingest_cold:9,.0f} words/s  "
              f"(start-up and model load included)")
        ratio = bare / ingest
        print(f"ingest/bare words/s ratio: {ratio:.2f} (target >= 0.6: {'met' if ratio >= 0.6 else 'MISSED'}); "
              f"cold subprocess: {bare / ingest_cold:.2f}", flush=True)

        if args.skip_async:
            return
        runs = {}
        for workers in (1, 2):
            done, drained = runs[workers] = run_async(folder, n, workers, args.async_timeout)
            print(f"--async, {workers} worker{'s' if workers > 1 else ' '}: {done:7.2f} s until all {n} done "
                  f"({total_words / done:9,.0f} words/s); {drained:7.2f} s until matched too "
                  f"({total_words / drained:9,.0f} words/s)", flush=True)
        (one_done, one_drained), (two_done, two_drained) = runs[1], runs[2]
        print(f"speed-up of 2 workers over 1: {one_done / two_done:.2f}x until done, "
              f"{one_drained / two_drained:.2f}x until matched (on {os.cpu_count()} cores shared with PostgreSQL)")


if __name__ == "__main__":
    main()
