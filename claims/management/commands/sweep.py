"""python manage.py sweep [--limit N] [--async]

Finishes articles whose path stopped: pending or processing for longer than
FACTCHECK_SWEEP_AFTER_SECONDS (a killed worker, a broker that was down), or
extracted and never matched (a killed ingest). Safe to run at any time, from
cron or by hand, beside the periodic Celery task: each article is taken once
and each stage skips what is done. Exits 1 when an article could not be finished.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from claims import pipeline


class Command(BaseCommand):
    help = "Finish articles stuck in pending or processing, or extracted and never matched."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=200, help="at most this many articles per run (default 200)")
        parser.add_argument(
            "--async", dest="use_queue", action="store_true", help="queue the work on Celery instead of doing it here"
        )

    def handle(self, *args, limit, use_queue, **options):
        if limit < 1:
            raise CommandError("--limit must be at least 1.")
        if use_queue and not pipeline.queue_available():
            raise CommandError("--async needs a broker: set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0).")
        result = pipeline.articles_sweep(limit=limit, inline=not use_queue)
        for article_id, reason in result.failed:
            self.stderr.write(f"FAILED article {article_id}: {reason}")
        verb = "queued" if use_queue else "finished"
        self.stdout.write(f"{len(result.resumed)} {verb}, {len(result.failed)} failed")
        if result.failed:
            sys.exit(1)
