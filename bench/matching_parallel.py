"""Matching with one, then two worker processes, with the per-key locks of
claims.matching.locks and with the old global advisory lock put back in front of them.

    .venv/bin/python bench/matching_parallel.py [--events 40] [--per-event 5]

Stores synthetic articles in a scratch database (`factcheck_bench_matching`): each event
has its own speaker and figure, and its articles repeat the speaker's words and the
figure's value, so every article groups and files values. Each run starts from unmatched
claims; the workers take the articles in turns, so two articles of one event are often
matched at once. Prints the wall time of each run and the speed-ups over one worker.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import migrate, print_machine, recreate_database, setup_django  # noqa: E402

DB = "factcheck_bench_matching"
# What each event counts. With --shared-noun every event counts households: one figure
# family (unit, head noun), which the key locks serialise like the global lock did.
NOUNS = (
    "households schools bridges roads farms shops clinics ferries trains flights "
    "factories mines ports depots hospitals prisons libraries stadiums markets warehouses"
).split()
_OLD_GLOBAL_LOCK = 7_341_226_001  # the constant the global lock used


def store(events: int, per_event: int, shared_noun: bool) -> list[int]:
    from tests.matching.helpers import Sentence, Story, day, ingest

    ids = []
    for event in range(events):
        noun = NOUNS[0] if shared_noun else NOUNS[event % len(NOUNS)]
        for n in range(per_event):
            quote = f"Crews in district {event} will keep working through the night until the roads reopen"
            story = Story(
                f"Storm update {event}-{n}",
                day(1 + n, month=1 + event % 12, year=2000 + event // 12),
                (
                    Sentence(f"The storm has left {1000 + event * 10 + n % 2:,} {noun} in district {event} "
                             f"without power, the utility said in update {n}.",
                             ((f"{1000 + event * 10 + n % 2:,}", 1000 + event * 10 + n % 2, "exact",
                               noun),)),
                    Sentence(f'"{quote}," said Engineer Pat Number{event}.', speaker=f"Pat Number{event}", content=quote),
                ),
                slug=f"storm-{event}-{n}",
            )
            ids.append(ingest(story).pk)
    # Interleaved by event: worker i takes every second article, so both workers are on
    # the same event's articles at about the same time.
    return sorted(ids, key=lambda pk: ((pk - ids[0]) % per_event, pk))


def unmatch() -> None:
    from claims.models import Claim, ClaimGroup, Figure, Quantity

    Claim.objects.update(group=None)
    Quantity.objects.update(figure=None)
    ClaimGroup.objects.all().delete()
    Figure.objects.all().delete()


def _work(ids: list[int], global_lock: bool) -> None:
    from django.db import connection, transaction

    from claims.matching.service import match_article_claims

    for article_id in ids:
        with transaction.atomic():
            if global_lock:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_OLD_GLOBAL_LOCK])
            match_article_claims(article_id=article_id)
    connection.close()


def run(ids: list[int], workers: int, global_lock: bool) -> float:
    from django.db import connections

    unmatch()
    connections.close_all()  # each forked worker opens its own connection
    processes = [
        multiprocessing.Process(target=_work, args=(ids[i::workers], global_lock)) for i in range(workers)
    ]
    started = time.perf_counter()
    for p in processes:
        p.start()
    for p in processes:
        p.join()
        if p.exitcode:
            raise SystemExit(f"a worker failed (exit {p.exitcode})")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20)
    parser.add_argument("--per-event", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shared-noun", action="store_true", help="every event counts the same noun")
    args = parser.parse_args()
    recreate_database(DB)
    migrate(DB)
    setup_django(DB)
    multiprocessing.set_start_method("fork")
    ids = store(args.events, args.per_event, args.shared_noun)
    print_machine()
    print(f"{len(ids)} articles, {args.events} events, {'one noun' if args.shared_noun else 'a noun each'}")
    times = {}
    for workers, global_lock in ((1, False), (2, True), (2, False)):
        best = min(run(ids, workers, global_lock) for _ in range(args.repeat))
        times[workers, global_lock] = best
        print(f"{workers} worker{'s' if workers > 1 else ' '}, {'global lock' if global_lock else 'key locks  '}: "
              f"{best:6.2f} s (best of {args.repeat})")
    one = times[1, False]
    print(f"speed-up of 2 workers over 1: {one / times[2, True]:.2f}x with the global lock, "
          f"{one / times[2, False]:.2f}x with key locks")


if __name__ == "__main__":
    main()
