"""python manage.py ingest_articles PATH_OR_URL... [--async]

Stores each article with its claims, in one transaction per article. Bad inputs
are named with their reason on stderr; the others still go in; the exit status
is 1 when any input failed.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import islice

from django.core.management.base import BaseCommand, CommandError

from claims import pipeline
from claims.ingestion import InputFailure, read_inputs
from claims.prepared import prepare_ahead
from claims.services import CleanArticle
from factcheck.errors import ApplicationError
from factcheck.progress import progress_bar

BATCH = 32


class Command(BaseCommand):
    # Tests hand the command a stream instead of the process's stdin.
    stealth_options = ("stdin",)
    help = "Ingest news articles (text, JSON, JSON Lines, HTML files, folders, http(s) URLs, or - for stdin)."

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument(
            "--async",
            dest="use_queue",
            action="store_true",
            help="store each article and queue its extraction on Celery (needs CELERY_BROKER_URL)",
        )

    def handle(self, *args, inputs, use_queue, **options):
        if use_queue and not pipeline.queue_available():
            raise CommandError("--async needs a broker: set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0).")
        self.verbosity = options["verbosity"]
        self.use_queue = use_queue
        self.counts = Counter()
        self.failures: list[tuple[str, str]] = []
        items = read_inputs(inputs, stdin=options.get("stdin"))
        batches = iter(lambda: list(islice(items, BATCH)), [])
        with progress_bar("Ingesting", enabled=sys.stdout.isatty() and self.verbosity > 0) as advance:
            if use_queue:
                for batch in batches:
                    self._queue(batch)
                    advance(len(batch))
            else:
                # Batch k+1 is parsed and embedded in a second process while batch k is stored and matched.
                for fresh, prepared in prepare_ahead(map(self._screen, batches), text_of=lambda item: item.body):
                    self._ingest(fresh, prepared)
                    advance(len(fresh))
        for source, reason in self.failures:
            self.stderr.write(f"FAILED {source}: {reason}")
        c = self.counts
        if use_queue:
            summary = f"{c['new']} new (queued for extraction), {c['duplicate']} duplicate, {len(self.failures)} failed"
        else:
            summary = f"{c['new']} new, {c['duplicate']} duplicate, {len(self.failures)} failed, {c['claims']} claims found"
        if c["resumed"]:
            summary += f"; {c['resumed']} unfinished duplicate(s) {'queued again' if use_queue else 'finished'}"
        self.stdout.write(summary)
        if self.failures:
            sys.exit(1)

    def _screen(self, batch) -> list[CleanArticle]:
        """Drop failures and duplicates from a batch, counting and reporting them."""
        fresh = []
        for item in batch:
            if isinstance(item, InputFailure):
                self.failures.append((item.source, item.reason))
                continue
            try:
                clean, duplicate = pipeline.article_screen(item)
            except ApplicationError as exc:
                self.failures.append((item.source, exc.message))
                continue
            if duplicate:
                self.counts["duplicate"] += 1
                self._resume(item, duplicate.article.pk)
                if self.verbosity > 1:
                    self.stdout.write(
                        f"duplicate {item.source}: article {duplicate.article.pk} ({duplicate.duplicate_reason})"
                    )
            else:
                fresh.append(clean)
        return fresh

    def _resume(self, item: CleanArticle, article_id: int) -> None:
        """A stored article whose path stopped (a killed run) is finished now, not skipped."""
        try:
            if pipeline.article_resume(article_id=article_id, inline=not self.use_queue):
                self.counts["resumed"] += 1
        except Exception as exc:  # noqa: BLE001 - reported by name; the other inputs go on
            self.failures.append((item.source, f"stored as article {article_id}, but could not finish it: {exc}"))

    def _ingest(self, fresh: list[CleanArticle], prepared) -> None:
        # A batch whose parse failed is extracted article by article (extracted=None),
        # so one bad text fails alone.
        for item, ready in zip(fresh, prepared or [None] * len(fresh), strict=True):
            self._record(
                item,
                lambda: pipeline.article_ingest(
                    data=item,
                    extracted=ready and ready.claims,
                    vectors=ready and ready.vectors,
                    readings=ready and ready.readings,
                ),
            )

    def _queue(self, batch) -> None:
        for item in self._screen(batch):
            self._record(item, lambda: pipeline.article_submit(data=item))

    def _record(self, item: CleanArticle, store) -> None:
        try:
            result = store()
        except ApplicationError as exc:
            self.failures.append((item.source, exc.message))
        except Exception as exc:  # noqa: BLE001 - reported by name; the other inputs go on
            self.failures.append((item.source, f"{type(exc).__name__}: {exc}"))
        else:
            self.counts["new" if result.created else "duplicate"] += 1
            self.counts["claims"] += result.claims
