"""The admin's claims change list at archive scale.

    .venv/bin/python bench/admin.py [--runs 7]

Against factcheck_bench (filled by bench/api.py or `populate_bench`), logged in
as a superuser through the Django test client, renders /admin/claims/claim/
(and a filtered and a searched variant) several times, prints the median, and
prints every SQL statement one render runs with its time, flagging any COUNT
over the whole claims table. Target: the change list renders in < 300 ms, with
no full COUNT(*) per page.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

DB = "factcheck_bench"
PAGES = {
    "change list": "/admin/claims/claim/",
    "filtered (status=in_review)": "/admin/claims/claim/?status__exact=in_review",
    "second page": "/admin/claims/claim/?p=2",
    "search (?q=evacuated)": "/admin/claims/claim/?q=evacuated",
    "search, a speaker's name (?q=red cross)": "/admin/claims/claim/?q=red+cross",
    "outlet filter (?outlet=atlas report)": "/admin/claims/claim/?outlet=atlas+report",
}
TARGET_MS = 300.0


def full_count(sql: str) -> bool:
    """A COUNT over claims_claim with no WHERE: the query the change list must not run."""
    s = " ".join(sql.split()).upper()
    return "COUNT(" in s and '"CLAIMS_CLAIM"' in s and " WHERE " not in s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    common.print_machine()
    if not common.database_exists(DB):
        sys.exit(f"{DB} does not exist: run bench/api.py or `populate_bench` against it first.")
    common.setup_django(DB, DEBUG="True", LOG_LEVEL="ERROR")

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim

    user, _ = get_user_model().objects.get_or_create(
        username="bench_admin", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = 'claims_claim'")
        print(f"database {DB}: about {cursor.fetchone()[0]:,} claims (pg_class estimate)")

    ok = True
    for label, url in PAGES.items():
        timings, captured = [], None
        client.get(url)  # warm-up: templates, caches, the first connection
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                t0 = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            captured = queries.captured_queries
        med = common.median(timings)
        counts = [q for q in captured if full_count(q["sql"])]
        sql_ms = sum(float(q["time"]) for q in captured) * 1000
        rows = len(re.findall(r'class="action-checkbox"', response.content.decode()))
        is_target = label == "change list"
        if is_target:
            ok &= med < TARGET_MS and not counts
        print(f"\n{label}: {url}\n  median {med:.1f} ms over {args.runs} runs (min {min(timings):.1f}, max {max(timings):.1f}); "
              f"{len(captured)} queries, {sql_ms:.1f} ms in SQL; {rows} rows shown; "
              f"full COUNT(*) of claims_claim: {'YES' if counts else 'none'}"
              + (f"  [target < {TARGET_MS:.0f} ms: {'met' if med < TARGET_MS else 'MISSED'}]" if is_target else ""))
        for q in captured:
            sql = " ".join(q["sql"].split())
            print(f"    {float(q['time']) * 1000:7.1f} ms  {sql[:400]}{'…' if len(sql) > 400 else ''}")
    print(f"\nchange list target (< {TARGET_MS:.0f} ms, no full count): {'met' if ok else 'MISSED'}")
    print(f"(exact count for reference, not run by the page: {Claim.objects.count():,} claims)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
