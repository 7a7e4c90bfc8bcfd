"""python manage.py populate_bench --claims N [--seed S] [--batch ARTICLES]

Fills a PostgreSQL database with a newsroom archive at scale for the benchmarks
in bench/: N claims over N/5 articles and N/50 speakers, the article bodies
built from the real texts in seeds/ and ../shared/eval/dev/ with their names,
places, numbers and sentence order varied, and the claims placed from
templates at known offsets (no spaCy: a million claims in minutes).

Statuses follow a newsroom's mix: most claims unreviewed, some in review, some
decided (verified, disputed, unverifiable, not a claim), part of the decided
ones published with approved_by set, and every reviewed claim carries the
history rows the review services would have written.

Rows go in with COPY (psycopg 3), so every CHECK, UNIQUE and foreign key holds
and the claims_claim trigger still checks each span and computes its
search_vector. One transaction per batch of articles: an interrupted run
leaves whole articles behind. With --drop-indexes the secondary indexes of
claims_claim are dropped and rebuilt in the same transaction as the load
(a bulk-load speed-up; constraints and triggers stay in place throughout).

PostgreSQL only: on SQLite the command refuses with a CommandError (the
benchmarks are about the production stack; the demo database needs no
million claims).
"""

from __future__ import annotations

import hashlib
import queue
import random
import re
import threading
import time
from collections.abc import Iterator
from contextlib import nullcontext
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

# The archive's shape at 1M claims: 200k articles, 20k speakers.
from benchtools.generator import (  # the data; this module writes it
    BENCH_EDITORS,
    BENCH_REVIEWERS,
    CLAIMS_PER_ARTICLE,
    CLAIMS_PER_SPEAKER,
    FIRST_NAMES,
    ORG_KINDS,
    OUTLETS,
    PLACES,
    PUBLISHED_SHARE,
    RATIONALES,
    SURNAME_HEADS,
    SURNAME_TAILS,
    Generator,
    Piece,
)
from claims import extraction
from claims.models import ClaimStatus
from claims.speakers import speaker_key

ARTICLE_COLUMNS = (
    "id", "title", "url", "outlet", "author", "published_at", "body", "content_hash", "extraction_status",
    "extraction_error", "extractor_version", "extracted_at", "created_at", "updated_at",
)
CLAIM_COLUMNS = (
    "id", "article_id", "start", '"end"', "text", "is_attributed", "speaker_id", "content_start", "content_end",
    "content", "direct", "cue", "is_numeric", "status", "assignee_id", "verdict_by_id", "verdict_at",
    "approved_by_id", "published_at", "version", "extractor_version", "created_at", "updated_at",
)
QUANTITY_COLUMNS = ("claim_id", "value", "text", "start", '"end"', "qualifier", "subject", "unit")
EVENT_COLUMNS = (
    "id", "claim_id", "actor_id", "action", "from_status", "to_status", "verdict", "note", "changes", "assignee_id",
    "created_at",
)
EVIDENCE_COLUMNS = ("claim_id", "event_id", "url", "note", "created_at")


def _copy_sql(table: str, columns) -> str:
    return f"COPY {table} ({', '.join(columns)}) FROM STDIN"


def _reserve_ids(table: str, n: int) -> list[int]:
    """n ids taken from the table's identity sequence (no lock: ids are unique, even if others insert)."""
    if n == 0:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n]
        )
        return [row[0] for row in cursor.fetchall()]


class Command(BaseCommand):
    help = "Fill the (PostgreSQL) database with a realistic archive at scale for the benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=1_000_000, help="claims to add (default 1,000,000)")
        parser.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same archive)")
        parser.add_argument("--batch", type=int, default=5000, help="articles per transaction (default 5000)")
        parser.add_argument(
            "--drop-indexes", action="store_true",
            help="drop claims_claim's secondary indexes for the load and rebuild them in the same transaction",
        )

    def handle(self, *args, claims, seed, batch, drop_indexes, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                f"populate_bench needs PostgreSQL (it loads with COPY and relies on the PostgreSQL triggers); "
                f"the database in use is {connection.vendor}. Set DATABASE_URL=postgres://..."
            )
        if claims < 1 or batch < 1:
            raise CommandError("--claims and --batch must be positive.")
        started = time.monotonic()
        n_articles = max(1, claims // CLAIMS_PER_ARTICLE)
        n_speakers = max(10, claims // CLAIMS_PER_SPEAKER)
        reviewers, editors = self._users()
        speakers = self._speakers(n_speakers, random.Random(seed))
        generator = Generator(seed=seed, speakers=speakers, reviewers=reviewers, editors=editors)

        totals = {"articles": 0, "claims": 0, "quantities": 0, "events": 0, "evidence": 0}
        show = self.stdout.isatty() and options["verbosity"] > 0
        columns = (
            TextColumn("Populating"), BarColumn(), MofNCompleteColumn(), TextColumn("claims"),
            TimeElapsedColumn(), TimeRemainingColumn(),
        )
        with Progress(*columns, disable=not show, transient=False) as progress:
            task = progress.add_task("claims", total=claims)
            with transaction.atomic() if drop_indexes else nullcontext():
                dropped = self._drop_indexes() if drop_indexes else []
                # Python builds batch k+1 while PostgreSQL ingests batch k: the two cores both work.
                for rows in self._produce(generator, min(batch, n_articles), claims):
                    with transaction.atomic():
                        progress.advance(task, self._write_batch(rows, totals))
                if dropped:
                    progress.console.print(f"Rebuilding {len(dropped)} indexes…") if show else None
                    self._rebuild_indexes(dropped)
        # As autovacuum would before anyone searched: statistics, and the GIN indexes' pending
        # lists merged (COPY leaves them full; a trigram search of the speakers then takes
        # 14 ms instead of 0.04). VACUUM cannot run inside a transaction (a test's): ANALYZE then.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for table in ("claims_article", "claims_claim", "claims_quantity", "claims_speaker", "reviews_reviewevent", "reviews_evidence"):
                cursor.execute(f"{command} {table}")
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Added {totals['articles']:,} articles, {totals['claims']:,} claims, {totals['quantities']:,} quantities, "
            f"{len(speakers):,} speakers, {totals['events']:,} review events, {totals['evidence']:,} evidence "
            f"in {elapsed:.1f}s ({totals['claims'] / elapsed:,.0f} claims/s)."
        )

    # --- setup ------------------------------------------------------------------

    def _users(self) -> tuple[list[int], list[int]]:
        """Reviewers and editors in their roles, created once and reused by later runs."""
        User = get_user_model()
        groups = {g.name: g for g in Group.objects.filter(name__in=("reviewer", "editor"))}
        if len(groups) < 2:
            raise CommandError("The reviewer and editor roles do not exist: run `manage.py migrate` first.")
        ids = {"reviewer": [], "editor": []}
        for role, count in (("reviewer", BENCH_REVIEWERS), ("editor", BENCH_EDITORS)):
            for i in range(count):
                user, created = User.objects.get_or_create(username=f"bench_{role}_{i:02}", defaults={"is_staff": True})
                if created:
                    user.set_unusable_password()
                    user.save(update_fields=["password"])
                    user.groups.add(groups[role])
                ids[role].append(user.pk)
        return ids["reviewer"], ids["editor"]

    def _speakers(self, n: int, rng: random.Random) -> list[tuple[int, str, str]]:
        """The speaker pool: existing bench speakers are reused, the rest inserted with COPY."""
        people = [f"{f} {h}{t}" for f in FIRST_NAMES for h in SURNAME_HEADS for t in SURNAME_TAILS]
        orgs = [f"{place} {kind}" for place in PLACES for kind in ORG_KINDS]
        rng.shuffle(people)
        rng.shuffle(orgs)
        n_orgs = min(len(orgs), n // 10)
        wanted = [(name, "organization") for name in orgs[:n_orgs]] + [(name, "person") for name in people[: n - n_orgs]]
        if len(wanted) < n:
            wanted += [(f"{name} {i}", "person") for i, name in enumerate(people[: n - len(wanted)])]
        rng.shuffle(wanted)
        now = datetime.now(dt_timezone.utc)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("LOCK TABLE claims_speaker IN SHARE ROW EXCLUSIVE MODE")
            cursor.execute("SELECT key, kind FROM claims_speaker")
            existing = set(cursor.fetchall())
            with connection.connection.cursor().copy(_copy_sql("claims_speaker", ("name", "key", "kind", "aliases", "created_at", "updated_at"))) as copy:
                for name, kind in wanted:
                    key = speaker_key(name, kind)
                    if (key, kind) not in existing:
                        existing.add((key, kind))
                        copy.write_row((name, key, kind, "[]", now, now))
            keys = {speaker_key(name, kind): (name, kind) for name, kind in wanted}
            cursor.execute("SELECT id, name, key, kind FROM claims_speaker ORDER BY id")
            pool = [(pk, name, kind) for pk, name, key, kind in cursor.fetchall() if keys.get(key, (None, None))[1] == kind]
        return pool[:n]

    def _produce(self, gen: Generator, n_articles: int, claims: int) -> Iterator[dict]:
        """Batches built in a thread, at most two ahead of the writer."""
        batches: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()

        def run():
            try:
                remaining = claims
                while remaining > 0 and not stop.is_set():
                    rows = self._prepare_batch(gen, n_articles, remaining)
                    remaining -= len(rows["claims_claim"][1])
                    batches.put(rows)
                batches.put(None)
            except BaseException as exc:  # handed to the writer, which raises it
                batches.put(exc)
            finally:
                connection.close()  # this thread's own connection

        producer = threading.Thread(target=run, name="populate_bench-producer", daemon=True)
        producer.start()
        try:
            while (item := batches.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            while producer.is_alive():  # unblock a producer waiting on a full queue
                try:
                    batches.get_nowait()
                except queue.Empty:
                    pass
                producer.join(timeout=0.1)

    # --- one transaction's worth ------------------------------------------------------

    def _prepare_batch(self, gen: Generator, n_articles: int, claims_left: int) -> dict:
        """The rows of one batch (runs in the producer thread, on its own connection for the ids)."""
        rng = gen.rng
        articles = []
        claim_count = 0
        while len(articles) < n_articles and claim_count < claims_left:
            headline, body, pieces = gen.article()
            pieces = pieces[: claims_left - claim_count]
            if pieces:
                articles.append((headline, body, pieces))
                claim_count += len(pieces)
        article_ids = _reserve_ids("claims_article", len(articles))
        claim_ids = iter(_reserve_ids("claims_claim", claim_count))
        article_rows, claim_rows, quantity_rows, history = [], [], [], []
        version = extraction.EXTRACTOR_VERSION
        for article_id, (headline, body, pieces) in zip(article_ids, articles, strict=True):
            published = gen.published_at()
            created = published + timedelta(minutes=rng.randint(5, 600))
            outlet = rng.choice(OUTLETS)
            slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60] or "story"
            url = f"https://bench.example.org/{outlet.lower().replace(' ', '-')}/{published:%Y/%m}/{article_id}-{slug}"
            author = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAME_HEADS)}{rng.choice(SURNAME_TAILS)}"
            # The article id in the byline keeps every body, hence every content_hash, unique.
            body = f"{body} Story {article_id}."
            article_rows.append((
                article_id, headline[:500], url, outlet, author, published, body,
                hashlib.sha256(body.encode()).hexdigest(), "done", "", version, created, created, created,
            ))
            for piece in pieces:
                claim_id = next(claim_ids)
                row, events = self._claim_row(gen, claim_id, article_id, body, piece, gen.status(), created)
                claim_rows.append(row)
                history.extend(events)
                for q0, q1, value, qualifier, subject, unit in piece.quantities:
                    quantity_rows.append((claim_id, value, body[q0:q1], q0, q1, qualifier, subject, unit))
        # Event ids too, so evidence rows can name their verdict event.
        event_ids = iter(_reserve_ids("reviews_reviewevent", sum(1 for kind, _ in history if kind == "event")))
        event_rows, evidence_rows = [], []
        for kind, row in history:
            if kind == "event":
                event_rows.append((next(event_ids), *row))
            else:  # evidence of the verdict event just before it
                evidence_rows.append((row[0], event_rows[-1][0], *row[1:]))
        return {
            "claims_article": (ARTICLE_COLUMNS, article_rows),
            "claims_claim": (CLAIM_COLUMNS, claim_rows),
            "claims_quantity": (QUANTITY_COLUMNS, quantity_rows),
            "reviews_reviewevent": (EVENT_COLUMNS, event_rows),
            "reviews_evidence": (EVIDENCE_COLUMNS, evidence_rows),
        }

    def _write_batch(self, batch: dict, totals: dict) -> int:
        """COPY one batch, in table order (the triggers look up the rows written before)."""
        with connection.connection.cursor() as cur:  # the psycopg 3 connection under Django's
            for table, (columns, rows) in batch.items():
                with cur.copy(_copy_sql(table, columns)) as copy:
                    for row in rows:
                        copy.write_row(row)
        for key, table in (("articles", "claims_article"), ("claims", "claims_claim"), ("quantities", "claims_quantity"),
                           ("events", "reviews_reviewevent"), ("evidence", "reviews_evidence")):
            totals[key] += len(batch[table][1])
        return len(batch["claims_claim"][1])

    def _claim_row(self, gen: Generator, claim_id, article_id, body, piece: Piece, status, created):
        rng = gen.rng
        text = body[piece.start:piece.end]
        if piece.content:
            c0, c1 = piece.content
            content = body[c0:c1]
        else:
            c0 = c1 = None
            content = ""
        assignee = verdict_by = verdict_at = approved_by = published_at = None
        version = 1
        events = []
        updated = created
        if status != ClaimStatus.UNREVIEWED:
            assignee = rng.choice(gen.reviewers)
            started = created + timedelta(hours=rng.uniform(1, 240))
            events.append(("event", (claim_id, assignee, "start_review", "unreviewed", "in_review", "", "", "{}", assignee, started)))
            version, updated = 2, started
            if status != ClaimStatus.IN_REVIEW:
                verdict_by = assignee
                verdict_at = started + timedelta(hours=rng.uniform(0.5, 72))
                events.append(("event", (claim_id, verdict_by, "verdict", "in_review", status, status, RATIONALES[status], "{}", None, verdict_at)))
                if status in (ClaimStatus.VERIFIED, ClaimStatus.DISPUTED):
                    events.append(("evidence", (claim_id, f"https://evidence.example.org/{claim_id}", "Official statistics release", verdict_at)))
                version, updated = 3, verdict_at
                if rng.random() < PUBLISHED_SHARE:
                    approved_by = rng.choice(gen.editors)  # editors never give these verdicts: four eyes holds
                    published_at = verdict_at + timedelta(hours=rng.uniform(0.5, 48))
                    events.append(("event", (claim_id, approved_by, "approve", status, status, status, "", "{}", None, published_at)))
                    version, updated = 4, published_at
        row = (
            claim_id, article_id, piece.start, piece.end, text, piece.content is not None, piece.speaker_id, c0, c1,
            content, piece.direct, piece.cue, bool(piece.quantities), status, assignee, verdict_by, verdict_at,
            approved_by, published_at, version, extraction.EXTRACTOR_VERSION, created, updated,
        )
        return row, events

    # --- optional bulk-load index handling -----------------------------------------

    def _drop_indexes(self) -> list[tuple[str, str]]:
        """Secondary indexes of claims_claim (not those behind a constraint), dropped for the load."""
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT i.indexname, i.indexdef FROM pg_indexes i
                   WHERE i.tablename = 'claims_claim' AND i.schemaname = current_schema()
                     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"""
            )
            indexes = cursor.fetchall()
            for name, _ in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
        return indexes

    def _rebuild_indexes(self, indexes: list[tuple[str, str]]) -> None:
        with connection.cursor() as cursor:
            # The deferred foreign-key checks run now (they still run: CREATE INDEX refuses pending ones).
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            for _, definition in indexes:
                cursor.execute(definition)


