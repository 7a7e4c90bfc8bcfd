"""Full-text search at archive scale: each kind of term, its time, and the plans PostgreSQL chose.

    .venv/bin/python bench/search_plans.py [--repeat 15]

Uses the scratch database factcheck_bench (1M claims from `populate_bench`; bench/api.py
fills it). For each term of bench/api.py's search mix, in this process through the real
view (Django's test client, token, permission, throttle, filters, rows): the median and
p95 of `GET /api/v1/claims/?q=TERM` over --repeat calls, then EXPLAIN ANALYZE of every
query the call made on claims_claim, reduced to its plan's node lines. Ends with the p95
over the whole mix (every call of every term). Target (issue 17): p95 < 150 ms.
The wrk figures under concurrency are bench/api.py's search workload.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.api import DB, SEARCH_TERMS  # noqa: E402

# What kind of term each is, on the populate_bench archive (matches among 1M claims).
KINDS = {
    "said": "very common word", "evacuated": "common word", "Leeds": "place, also in speaker names",
    "schools closed": "common phrase (words correlated)", "maternity pay": "phrase", "profits": "word",
    "hostages": "word", "flights cancelled": "common phrase (words correlated)",
    "Red Cross": "phrase and 48 speakers' names", "tsunami": "absent", "Bertelsmann": "absent",
    "reinsurers": "absent",
}


def plan_lines(cursor, sql: str) -> list[str]:
    cursor.execute("EXPLAIN (ANALYZE, TIMING ON) " + sql)
    lines = []
    for (line,) in cursor.fetchall():
        text = line.strip().lstrip("-> ").strip()
        if re.match(r"(Limit|Sort|Incremental Sort|Nested Loop|Index|Bitmap|Seq Scan|Parallel|Gather|Hash|BitmapOr|Execution Time)", text):
            text = re.sub(r"\(cost=[^)]*\) ", "", text)
            lines.append(re.sub(r"'\{[0-9,]{60,}\}'", "'{...ids}'", text)[:150])
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    common.print_machine()
    common.setup_django(DB, API_THROTTLE_RATE="100000000/hour")

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from rest_framework.authtoken.models import Token

    from claims.models import Claim
    from tests.factories import UserFactory

    settings.ALLOWED_HOSTS = ["*"]
    print(f"{Claim.objects.count():,} claims")
    user = get_user_model().objects.filter(username="bench_search").first() or UserFactory(
        username="bench_search", role="viewer")
    client = Client(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    for term in SEARCH_TERMS:  # one pass to warm the caches
        client.get("/api/v1/claims/", {"q": term})
    every = []
    for term in SEARCH_TERMS:
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get("/api/v1/claims/", {"q": term})
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.content[:200]
        every += times
        print(f"\n{term!r} ({KINDS.get(term, '')}): {len(response.json()['results'])} rows on the page, "
              f"p50 {statistics.median(times):.1f} ms, p95 {common.percentile(times, 0.95):.1f} ms, "
              f"{len(queries.captured_queries)} queries")
        with connection.cursor() as cursor:
            for query in queries.captured_queries:
                if "claims_claim" not in query["sql"] or "claims_quantity" in query["sql"]:
                    continue
                head = "probe" if "LIMIT 1001" in query["sql"] else "page"
                print(f"  {head}: " + "\n         ".join(plan_lines(cursor, query["sql"])))
    p95 = common.percentile(every, 0.95)
    print(f"\nover the mix ({len(every)} calls): p50 {statistics.median(every):.1f} ms, p95 {p95:.1f} ms "
          f"(target < 150 ms: {'met' if p95 < 150 else 'MISSED'})")


if __name__ == "__main__":
    main()
