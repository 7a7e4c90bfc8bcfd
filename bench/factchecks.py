"""similar_to latency with 100,000 fact-checks in the library.

    .venv/bin/python bench/factchecks.py [--rows 100000] [--requests 200]

Builds the scratch database factcheck_bench_factchecks: the shared library's claims
(../shared/eval/factchecks/library.jsonl) repeated with distinct urls up to --rows, each
with a random unit vector (latency does not depend on what the vectors say; quality is
measured with ../shared/eval/score_factchecks.py). Then, in this process, through the
real view (token auth, permission, throttle, serializer) with Django's test client:

  GET /api/v1/factchecks/?similar_to=TWEET&page_size=5   for the dev queries, in rotation

and prints p50/p95 of the whole call, and of its parts measured alone: embedding the
query (the model), ranking (matrix product, BM25 and character trigrams on the FACTCHECK_SIMILAR_CANDIDATES
nearest, 200), the change check
(one primary-key read of the library version), plus the index's first load and an incremental refresh.
Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

DB = "factcheck_bench_factchecks"
EVAL = common.ROOT.parent / "shared" / "eval" / "factchecks"


def timed(fn, repeat):
    out = []
    for i in range(repeat):
        started = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - started) * 1000)
    return out


def build(rows: int) -> None:
    import numpy as np

    from factchecks.models import FactCheck

    library = [json.loads(line) for line in open(EVAL / "library.jsonl", encoding="utf-8")]
    rng = np.random.default_rng(13)
    batch = []
    started = time.perf_counter()
    for n in range(rows):
        item = library[n % len(library)]
        vector = rng.standard_normal(384).astype(np.float32)
        vector /= np.linalg.norm(vector)
        batch.append(FactCheck(
            url=f"https://bench.example.org/fc/{n}", claim_reviewed=item["claimReviewed"], title=item.get("name", ""),
            publisher_name="Bench", embedding=vector.tobytes(),
        ))
        if len(batch) == 5000:
            FactCheck.objects.bulk_create(batch)
            batch = []
    FactCheck.objects.bulk_create(batch)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE factchecks_factcheck")  # as autovacuum would: index-only scans need it
    print(f"built {rows:,} fact-checks in {time.perf_counter() - started:.0f} s")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    common.print_machine()
    if not common.database_exists(DB):
        common.recreate_database(DB)
    common.migrate(DB)
    common.setup_django(DB, API_THROTTLE_RATE="1000000/hour")

    from django.conf import settings
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from factcheck import embeddings
    from factchecks import selectors
    from factchecks.models import FactCheck, LibraryVersion
    from factchecks.services import factchecks_library_changed
    from tests.factories import UserFactory

    settings.ALLOWED_HOSTS = ["*"]
    if FactCheck.objects.count() != args.rows:
        FactCheck.objects.all().delete()
        build(args.rows)
    user = UserFactory(username="bench_factchecks", role="viewer")
    client = Client(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    rows = list(csv.reader(open(EVAL / "dev.queries.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    queries = [r[1] for r in rows[1:] if len(r) > 1]

    started = time.perf_counter()
    embeddings.embed_one("warm the model")
    model_load = time.perf_counter() - started
    selectors.factchecks_library_reset()
    started = time.perf_counter()
    index = selectors._library()
    first_load = time.perf_counter() - started
    print(f"model load {model_load:.1f} s; index first load {first_load:.1f} s for {index.size:,} rows "
          f"({index.matrix.nbytes / 2**20:.0f} MB matrix, {sum(g.nbytes for g in index.grams) / 2**20:.0f} MB of trigrams)")

    def call(i):
        response = client.get("/api/v1/factchecks/", {"similar_to": queries[i % len(queries)], "page_size": 5})
        assert response.status_code == 200, response.content[:300]

    for i in range(5):
        call(i)
    settings.FACTCHECK_LIBRARY_CHECK_SECONDS = 0  # the worst case: a change check on every request
    api = timed(call, args.requests)
    vectors = embeddings.embed(queries[:50])
    embed = timed(lambda i: embeddings.embed_one(queries[i % len(queries)]), min(args.requests, 100))
    rank = timed(lambda i: selectors._rank(index, vectors[i % 50], queries[i % 50], 5), args.requests)
    # The change check is one primary-key read of the library's version (factchecks.models.LibraryVersion).
    check = timed(lambda i: LibraryVersion.objects.filter(pk=1).values_list("version", flat=True).first(), 50)
    FactCheck.objects.filter(pk__in=list(FactCheck.objects.values_list("pk", flat=True)[:100])).update(
        updated_at=__import__("django.utils.timezone", fromlist=["now"]).now())
    factchecks_library_changed()
    started = time.perf_counter()
    selectors._library()
    refresh = (time.perf_counter() - started) * 1000

    def line(name, values):
        print(f"{name:<34} p50 {statistics.median(values):7.1f} ms   p95 {common.percentile(values, 0.95):7.1f} ms")

    line("API similar_to (whole call)", api)
    line("  embedding the query alone", embed)
    line("  ranking alone (matrix, BM25, trigrams)", rank)
    line("  change check alone", check)
    print(f"incremental refresh after 100 changed rows: {refresh:.0f} ms")
    p95 = common.percentile(api, 0.95)
    print(f"p95 / target (100 ms): {p95 / 100:.2f}")
    print(json.dumps({"rows": index.size, "api_p95_ms": round(p95, 1), "embed_p95_ms": round(common.percentile(embed, 0.95), 1),
                      "rank_p95_ms": round(common.percentile(rank, 0.95), 1), "first_load_s": round(first_load, 1)}))


if __name__ == "__main__":
    main()
