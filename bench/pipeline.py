"""The whole pipeline measured: each stage's cost, 1, 2 and 4 workers, and what a deployment needs.

    .venv/bin/python bench/pipeline.py [--articles 300] [--workers 1,2,4] [--skip-workers]

1. Per-stage cost, on the same articles, in this process once the models are loaded:
   extraction (claims.matching.readings.extract_and_read: the claims and what their numbers
   count, 32 texts per nlp.pipe batch), storage
   (claims.services.article_ingest with the extracted claims passed in), enrichment
   (claims.stages.article_enrich, split into embeddings, check-worthiness scoring, and
   its own reads and writes by timing factcheck.embeddings.embed and the scoring call
   inside it) and matching (claims.stages.article_match), article after article as the
   pipeline runs them; against bare `nlp.pipe` words/s over the same texts.
2. `ingest_articles --async` with 1, 2 and 4 real Celery workers (concurrency 1 each, as
   bench/ingestion.py runs them): seconds until every article is extracted and until every
   article is matched (the latest extracted_at and matched_at the workers wrote), speed-ups over one worker measured in the
   same run; each worker's memory once its models are loaded, and the CPU seconds the
   workers and their PostgreSQL backends used.
3. Sizing: what 10 workers and 10 million claims need (cores, memory, PostgreSQL size,
   connections), extrapolated from the figures above.

The articles are bench/ingestion.py's. Scratch database factcheck_bench_ingest (dropped
and created here), Redis db 14.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.ingestion import BROKER, DB, truncate, words, write_articles  # noqa: E402

STAGES = ("extraction", "storage", "embeddings", "check-worthiness", "enrich reads and writes", "matching")


class StageClock:
    """Seconds per named stage, exclusive: a stage timed inside another is not counted twice."""

    def __init__(self):
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self._stack: list[list] = []  # [name, started]

    @contextmanager
    def stage(self, name: str):
        now = time.perf_counter()
        if self._stack:
            outer = self._stack[-1]
            self.seconds[outer[0]] += now - outer[1]
        self._stack.append([name, now])
        try:
            yield
        finally:
            now = time.perf_counter()
            self.seconds[name] += now - self._stack.pop()[1]
            if self._stack:
                self._stack[-1][1] = now

    def wrap(self, name: str, function):
        def timed(*args, **kwargs):
            with self.stage(name):
                return function(*args, **kwargs)

        return timed


def stage_costs(folder: Path, texts: list[str]) -> tuple[dict[str, float], list[int]]:
    """Run every stage over all articles in order, timing each; returns the seconds and the article ids."""
    from claims import enrichment, services, stages
    from claims.ingestion import plain_text_input
    from claims.matching.readings import extract_and_read
    from factcheck import embeddings

    clock = StageClock()
    with clock.stage("extraction"):
        parsed = [found for start in range(0, len(texts), 32) for found in extract_and_read(texts[start:start + 32])]
    ids = []
    with clock.stage("storage"):
        for i, (text, (extracted, readings)) in enumerate(zip(texts, parsed, strict=True)):
            data = plain_text_input(text, str(folder / f"article-{i:04}.txt"), fallback_title=f"article {i:04}")
            ids.append(services.article_ingest(data=data, extracted=extracted, readings=readings).article.pk)
    # article_enrich as it is, with its two model calls timed inside it.
    real_embed, real_score = embeddings.embed, enrichment.checkworthiness_score
    embeddings.embed = clock.wrap("embeddings", real_embed)
    enrichment.checkworthiness_score = clock.wrap("check-worthiness", real_score)
    try:
        with clock.stage("enrich reads and writes"):
            for article_id in ids:
                stages.article_enrich(article_id=article_id)
    finally:
        embeddings.embed, enrichment.checkworthiness_score = real_embed, real_score
    with clock.stage("matching"):
        for article_id in ids:
            stages.article_match(article_id=article_id)
    return clock.seconds, ids


def database_bytes() -> dict[str, int]:
    """pg_total_relation_size (heap, TOAST and indexes) and index size of each claims_ table."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, pg_total_relation_size(oid), pg_indexes_size(oid) FROM pg_class "
            "WHERE relkind = 'r' AND relname LIKE 'claims\\_%%' AND relnamespace = 'public'::regnamespace"
        )
        rows = cursor.fetchall()
    return {"total": sum(r[1] for r in rows), "indexes": sum(r[2] for r in rows),
            "claims_claim": next((r[1] for r in rows if r[0] == "claims_claim"), 0)}


def backend_pids() -> set[int]:
    """The PostgreSQL backends connected to the scratch database, except this process's own."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [DB])
        return {row[0] for row in cursor.fetchall()}


def run_workers(folder: Path, n: int, workers: int, timeout: float) -> dict[str, float]:
    """`ingest_articles --async` with `workers` workers: seconds until all n are extracted and
    until all n are matched; each worker's memory at the end; CPU seconds of the workers and
    of the database backends they used (sampled, so a backend that came and went within
    a second is missed)."""
    import redis
    from django.core.management import call_command
    from django.db.models import Max
    from django.utils import timezone

    from claims.models import Article, ExtractionStatus

    truncate()
    redis.Redis.from_url(BROKER).flushdb()
    env = {"DATABASE_URL": common.database_url(DB), "CELERY_BROKER_URL": BROKER, "LOG_LEVEL": "ERROR"}
    backend_cpu: dict[int, float] = {}
    try:
        with common.celery_workers(workers, env=env) as procs:
            before = {pid: common.process_cpu_seconds(pid) for pid in backend_pids()}
            started = timezone.now()
            call_command("ingest_articles", str(folder), "--async", stdout=io.StringIO())
            deadline = time.monotonic() + timeout
            while Article.objects.filter(matched_at__isnull=False).count() < n:
                for pid in backend_pids():
                    backend_cpu[pid] = max(backend_cpu.get(pid, 0.0), common.process_cpu_seconds(pid))
                if time.monotonic() > deadline:
                    left = Article.objects.filter(matched_at__isnull=True).count()
                    raise RuntimeError(f"{left}/{n} articles not matched after {timeout}s")
                time.sleep(0.5)
            # The times the workers wrote on the rows, not when a poll every half second saw them:
            # at 2 workers the poll's lag alone was up to 5% of the run.
            last = Article.objects.filter(extraction_status=ExtractionStatus.DONE).aggregate(
                extracted=Max("extracted_at"), matched=Max("matched_at"))
            extracted = (last["extracted"] - started).total_seconds()
            matched = (last["matched"] - started).total_seconds()
            trees = [common.process_tree(p.pid) for p in procs]
            memory = [[common.process_memory_kib(pid) for pid in tree] for tree in trees]
            worker_cpu = sum(common.process_cpu_seconds(pid) for tree in trees for pid in tree)
    finally:
        redis.Redis.from_url(BROKER).flushdb()
    return {
        "extracted": extracted,
        "matched": matched,
        # the child that runs the tasks (and holds the models) is the largest process of a worker
        "child_rss_kib": max(max(m.get("rss", 0) for m in tree) for tree in memory),
        "worker_pss_kib": max(sum(m.get("pss", 0) for m in tree) for tree in memory),
        "worker_rss_kib": max(sum(m.get("rss", 0) for m in tree) for tree in memory),
        "worker_cpu": worker_cpu,
        "db_cpu": sum(cpu - before.get(pid, 0.0) for pid, cpu in backend_cpu.items()),
    }


def gib(kib_or_bytes: float, unit: int = 1024**3) -> str:
    return f"{kib_or_bytes / unit:,.1f} GiB"


def sizing(*, per_article: float, claims_per_article: float, one: dict | None, size: dict, compact: dict,
           claims: int, web: int, conn_max_age: int, out) -> None:
    """What 10 workers and 10 million claims need, from this run's measurements.

    Throughput comes from CPU seconds, not wall time: on a shared machine a worker waits
    for a core, and its wall time says more about the neighbours than about the work."""
    target, workers = 10_000_000, 10
    articles = target / claims_per_article
    if one:
        wall = one["matched"] / one["n"]
        worker_cpu, db_cpu = one["worker_cpu"] / one["n"], one["db_cpu"] / one["n"]
    else:
        wall, worker_cpu, db_cpu = per_article, per_article, 0.0
    out(f"\nSizing: {workers} workers (concurrency 1), {target:,} claims ({articles:,.0f} articles at "
        f"{claims_per_article:.1f} claims each)")
    out(f"  per article: {per_article:.3f} s of stages in one process; with 1 worker {wall:.3f} s wall, "
        f"{worker_cpu:.3f} CPU s in the worker (model loading included) and {db_cpu:.3f} CPU s in PostgreSQL")
    rate = workers / worker_cpu
    out(f"  throughput, each worker on a core of its own: {rate:,.1f} articles/s = {rate * claims_per_article:,.0f} "
        f"claims/s = {rate * 86400:,.0f} articles/day; {target:,} claims take "
        f"{articles / rate / 3600:,.1f} hours of ingestion")
    db_cores = workers * db_cpu / worker_cpu
    out(f"  cores: {workers} for the workers (spaCy parses on one thread, and a worker process embeds "
        f"on one thread) + {db_cores:.1f} busy PostgreSQL cores while all {workers} ingest -> "
        f"{workers + max(2, math.ceil(db_cores))} cores with PostgreSQL given at least 2, plus the web processes")
    if one:
        out(f"  memory: {gib(one['worker_pss_kib'], 1024**2)} per worker once its models are loaded (PSS of main + "
            f"child; the child alone {gib(one['child_rss_kib'], 1024**2)} RSS) -> "
            f"{gib(workers * one['worker_pss_kib'], 1024**2)} for {workers} workers")
    low, high = (sizes["total"] / claims * target for sizes in (compact, size))
    indexes = size["indexes"] / claims * target
    out(f"  PostgreSQL size: {compact['total'] / claims:,.0f} (compact) to {size['total'] / claims:,.0f} (as "
        f"written) bytes per claim over the claims_ tables, articles, speakers, figures, quantities and groups "
        f"included -> {gib(low)} to {gib(high)} at {target:,} claims, of which {gib(indexes)} indexes as written (what "
        f"shared_buffers and the page cache should hold); WAL and backups come on top")
    connections = workers + web + 1
    out(f"  connections: {workers} workers x concurrency 1 + {web} web processes x threads + 1 beat = {connections} "
        f"persistent connections (CONN_MAX_AGE={conn_max_age}: each process keeps one per database), twice that "
        f"with DATABASE_REPLICA_URL (one to each), plus management commands: within max_connections=100; put "
        f"PgBouncer in front only when the processes approach it")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", default="1,2,4", help="worker counts to run, comma-separated")
    parser.add_argument("--skip-workers", action="store_true")
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for the workers, per run")
    parser.add_argument("--web", type=int, default=8, help="web processes x threads assumed for the sizing")
    args = parser.parse_args()
    n = args.articles
    out = lambda line="": print(line, flush=True)  # noqa: E731

    load_start = os.getloadavg()
    common.print_machine()
    common.recreate_database(DB)
    common.migrate(DB)
    common.setup_django(DB, CELERY_BROKER_URL=BROKER, LOG_LEVEL="ERROR")

    from claims import extraction
    from claims.models import Claim
    from factcheck import embeddings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = write_articles(folder, n)
        total_words = words(texts)
        out(f"{n} articles, {total_words:,} words ({total_words / n:.0f} per article)")
        nlp = extraction.get_nlp()
        list(nlp.pipe(texts[:20]))  # warm-up: neither timing pays for loading a model
        embeddings.embed(["A warm-up sentence for the embedding model."])
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        bare = time.perf_counter() - t0

        empty = database_bytes()  # the empty tables' pages, not a cost of any claim
        seconds, _ = stage_costs(folder, texts)
        claims = Claim.objects.count()
        total = sum(seconds.values())
        out(f"\nPer stage, one process, models loaded ({claims:,} claims, {claims / n:.1f} per article):")
        out(f"  {'stage':<26}{'seconds':>9}{'ms/article':>12}{'ms/claim':>10}{'s/1k words':>12}{'share':>8}")
        for name in (*STAGES, "total"):
            s = total if name == "total" else seconds[name]
            out(f"  {name:<26}{s:9.2f}{1000 * s / n:12.1f}{1000 * s / claims:10.2f}{1000 * s / total_words:12.3f}"
                f"{100 * s / total:7.1f}%")
        out(f"  bare nlp.pipe: {bare:.2f} s, {total_words / bare:,.0f} words/s; every stage: {total_words / total:,.0f} "
            f"words/s; ratio {bare / total:.2f} (target >= 0.6: {'met' if bare / total >= 0.6 else 'MISSED'})")

        size = {k: v - empty[k] for k, v in database_bytes().items()}
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM FULL")
        compact = {k: v - empty[k] for k, v in database_bytes().items()}
        out(f"  database: {size['total']:,} bytes in the claims_ tables as written ({size['total'] / claims:,.0f} "
            f"per claim; claims_claim {size['claims_claim'] / claims:,.0f}), {compact['total'] / claims:,.0f} per "
            f"claim after VACUUM FULL (every claim row is written twice: stored, then enriched)")

        runs = {}
        if not args.skip_workers:
            out()
            for count in (int(w) for w in args.workers.split(",")):
                run = runs[count] = run_workers(folder, n, count, args.timeout)
                run["n"] = n
                out(f"--async, {count} worker{'s' if count > 1 else ' '}: {run['extracted']:7.2f} s until all "
                    f"extracted, {run['matched']:7.2f} s until all matched ({total_words / run['matched']:,.0f} "
                    f"words/s); worker {run['worker_pss_kib'] / 1024:,.0f} MiB PSS (child {run['child_rss_kib'] / 1024:,.0f}"
                    f" MiB RSS); CPU s: workers {run['worker_cpu']:.1f}, PostgreSQL backends {run['db_cpu']:.1f}")
            if 1 in runs:
                for count, run in runs.items():
                    if count > 1:
                        out(f"speed-up of {count} workers over 1: {runs[1]['extracted'] / run['extracted']:.2f}x until "
                            f"extracted, {runs[1]['matched'] / run['matched']:.2f}x until matched")
                out(f"(on {os.cpu_count()} cores shared with PostgreSQL and other users: more than "
                    f"{os.cpu_count()} workers cannot go faster than {os.cpu_count()}x)")

        from django.conf import settings

        sizing(per_article=total / n, claims_per_article=claims / n, one=runs.get(1), size=size, compact=compact,
               claims=claims, web=args.web, conn_max_age=settings.DATABASES["default"].get("CONN_MAX_AGE", 0), out=out)
        out(f"\nload average at start {' '.join(f'{x:.2f}' for x in load_start)}, at end "
            f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
