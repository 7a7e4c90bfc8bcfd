"""The claims API under concurrent load at archive scale, against a bare WSGI app.

    .venv/bin/python bench/api.py [--claims 1000000] [--duration 15] [--connections 8] [--workers 4]

Uses the scratch database factcheck_bench, filled by `populate_bench` (run here
first when it holds fewer claims than asked). Serves the Django app and
bench/bare_wsgi.py with the same gunicorn settings, one after the other, and
loads each with wrk (127.0.0.1 only, bounded duration) on two workloads:

  filtered   /api/v1/claims/?status=...&kind=...   (rotating over the combinations)
  search     /api/v1/claims/?q=...                 (rotating over common and rare terms)

With --floor, a third app runs the bare app's query through Django and DRF (token auth,
the same permission class, throttle, JSONRenderer) and no ORM: the stack's own floor.

Prints p50/p95/p99 latency and requests/s of both, and the throughput ratio.
Targets: API >= 0.5 of the bare app's requests/s; p95 < 50 ms filtered, < 150 ms search.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

DB = "factcheck_bench"
STATUSES = ["unreviewed", "in_review", "verified", "disputed", "unverifiable", "not_a_claim"]
KINDS = ["numeric", "attributed"]
# Terms the archive holds often (said, people), sometimes (a place) and rarely (a phrase).
SEARCH_TERMS = ["said", "evacuated", "Leeds", "schools closed", "maternity pay", "profits", "hostages",
                "flights cancelled", "Red Cross", "tsunami", "Bertelsmann", "reinsurers"]


def workloads() -> dict[str, list[str]]:
    filtered = [f"/api/v1/claims/?{urlencode({'status': s, 'kind': k})}" for s in STATUSES for k in KINDS]
    search = [f"/api/v1/claims/?{urlencode({'q': t})}" for t in SEARCH_TERMS]
    return {"filtered": filtered, "search": search}


def ensure_populated(claims: int) -> int:
    if not common.database_exists(DB):
        common.recreate_database(DB)
    common.migrate(DB)
    import psycopg

    with psycopg.connect(common.database_url(DB)) as conn:
        have = conn.execute("SELECT count(*) FROM claims_claim").fetchone()[0]
    if have < claims * 0.95:
        print(f"populating {DB}: {have:,} claims, adding {claims - have:,}", flush=True)
        common.manage("populate_bench", "--claims", str(claims - have), db_name=DB, capture=False)
        have = claims
    return have


def api_token() -> str:
    out = common.manage("add_user", "bench_api_viewer", "--role", "viewer", "--token", db_name=DB)
    return out.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--duration", type=int, default=8, help="seconds of load per run")
    parser.add_argument("--rounds", type=int, default=3, help="alternating bare/api runs per workload")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers, the same for both apps")
    parser.add_argument("--floor", action="store_true",
                        help="also serve bench.bare_wsgi:drf_application (the bare query through Django, DRF, "
                             "token auth, the permission class and the throttle) and report its ratio: the "
                             "per-request cost of the stack itself")
    args = parser.parse_args()

    common.print_machine()
    claims = ensure_populated(args.claims)
    token = api_token()
    print(f"database {DB}: {claims:,} claims; gunicorn --workers {args.workers} (sync); "
          f"wrk -t2 -c{args.connections} -d{args.duration}s x {args.rounds} rounds per app and workload", flush=True)
    env_db = {"DATABASE_URL": common.database_url(DB)}
    django_env = {
        **env_db,
        "DEBUG": "False",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",  # plain http on 127.0.0.1
        "API_THROTTLE_RATE": "100000000/hour",  # the throttle still runs, it just never refuses
        "LOG_LEVEL": "ERROR",
        # As in production (docker-compose.yml): the throttle's counters and the API's cached
        # identities in Redis, shared by the workers (a scratch db of its own).
        "CACHE_URL": "redis://127.0.0.1:6379/9",
    }
    # Both servers stay up; the runs alternate bare/api in short rounds, so a burst of
    # someone else's load on the shared machine hits both sides alike. Each figure is
    # the median over the rounds; the ratio is the median of the per-round ratios.
    results: dict[tuple[str, str], dict] = {}
    ratios: dict[str, list[float]] = {}
    apps = {"bare": ("bench.bare_wsgi:application", env_db), "api": ("factcheck.wsgi:application", django_env)}
    if args.floor:
        apps["drf"] = ("bench.bare_wsgi:drf_application", django_env)
    ports = {app: common.free_port() for app in apps}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        work = Path(tmp)
        for app, (module, env) in apps.items():
            stack.enter_context(common.gunicorn(module, port=ports[app], workers=args.workers, env=env))
        for name, paths in workloads().items():
            rounds: dict[str, list[dict]] = {app: [] for app in apps}
            for app in apps:  # warm-up: each worker's connection, the page cache
                common.wrk(f"http://127.0.0.1:{ports[app]}", paths, token=token, duration=3,
                           connections=args.connections, workdir=work)
            for _ in range(args.rounds):
                for app in apps:
                    rounds[app].append(common.wrk(
                        f"http://127.0.0.1:{ports[app]}", paths, token=token, duration=args.duration,
                        connections=args.connections, workdir=work,
                    ))
            ratios[name] = [a["rps"] / b["rps"] for a, b in zip(rounds["api"], rounds["bare"], strict=True) if b["rps"]]
            if "drf" in apps:
                ratios[f"{name}-floor"] = [
                    a["rps"] / b["rps"] for a, b in zip(rounds["drf"], rounds["bare"], strict=True) if b["rps"]
                ]
            for app in apps:
                r = {k: common.median([x[k] for x in rounds[app]]) for k in rounds[app][0]}
                r["non2xx"] = sum(x["non2xx"] for x in rounds[app])
                r["errors"] = sum(x["errors"] for x in rounds[app])
                results[(app, name)] = r
                print(f"{app:5} {name:9} {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms  "
                      f"p99 {r['p99']:7.1f} ms  max {r['max']:7.1f} ms  non-2xx {int(r['non2xx'])}  "
                      f"errors {int(r['errors'])}   per round req/s: " + ", ".join(f"{x['rps']:.0f}" for x in rounds[app]),
                      flush=True)

    print()
    targets = {"filtered": 50.0, "search": 150.0}
    ok = True
    for name, p95_target in targets.items():
        api = results[("api", name)]
        ratio = common.median(ratios[name]) if ratios[name] else float("nan")
        good_ratio, good_p95 = ratio >= 0.5, api["p95"] < p95_target
        clean = api["non2xx"] == 0 and api["errors"] == 0
        ok &= good_ratio and good_p95 and clean
        print(f"{name:9} api/bare throughput {ratio:.2f} (target >= 0.5: {'met' if good_ratio else 'MISSED'}); "
              f"api p95 {api['p95']:.1f} ms (target < {p95_target:.0f} ms: {'met' if good_p95 else 'MISSED'})"
              + ("" if clean else f"; {int(api['non2xx'])} non-2xx, {int(api['errors'])} socket errors"))
    for name in targets:
        if f"{name}-floor" in ratios:
            drf = results[("drf", name)]
            print(f"{name:9} floor: drf/bare throughput {common.median(ratios[f'{name}-floor']):.2f}, "
                  f"p95 {drf['p95']:.1f} ms (the bare query through Django + DRF + auth + throttle, no ORM)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
