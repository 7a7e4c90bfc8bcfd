"""Shared helpers of the benchmark scripts: scratch databases, machine details,
gunicorn and wrk. Everything talks to 127.0.0.1 only.

Each script measures its subject and its baseline in the same run and prints
their ratio: the machine is shared, so absolute numbers drift, ratios less.
"""

from __future__ import annotations

import os
import platform
import re
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_BASE = PG_ADMIN_URL.rsplit("/", 1)[0]


def database_url(name: str) -> str:
    return f"{PG_BASE}/{name}"


def setup_django(db_name: str, **env) -> None:
    """Point this process's Django at a scratch database, then set it up."""
    os.environ["DATABASE_URL"] = database_url(db_name)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _admin_execute(sql: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        cur = conn.execute(sql)
        return cur.fetchall() if cur.description else []


def database_exists(name: str) -> bool:
    return bool(_admin_execute(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"))


def recreate_database(name: str) -> None:
    """Drop and create a scratch database (only names starting factcheck_bench are touched)."""
    assert name.startswith("factcheck_bench"), name
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin_execute(f'CREATE DATABASE "{name}"')


def manage(*args: str, db_name: str, env: dict | None = None, capture: bool = True) -> str:
    """Run manage.py in a subprocess against a scratch database."""
    full_env = {**os.environ, "DATABASE_URL": database_url(db_name), **(env or {})}
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=full_env, check=True, text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def migrate(db_name: str) -> None:
    manage("migrate", "--noinput", "-v0", db_name=db_name)


def machine_details() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    pg = _admin_execute("SHOW server_version")[0][0]
    settings = dict(_admin_execute(
        "SELECT name, setting || COALESCE(unit, '') FROM pg_settings "
        "WHERE name IN ('shared_buffers', 'work_mem', 'max_connections', 'synchronous_commit')"
    ))
    return {
        "nproc": str(os.cpu_count()),
        "memory": mem,
        "cpu": cpu,
        "postgresql": pg,
        "pg settings": ", ".join(f"{k}={v}" for k, v in sorted(settings.items())),
        "python": platform.python_version(),
        "load average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def print_machine() -> None:
    print("machine: " + "; ".join(f"{k} {v}" for k, v in machine_details().items()))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


@contextmanager
def gunicorn(app: str, *, port: int, workers: int, env: dict, threads: int = 1):
    """A gunicorn serving `app` on 127.0.0.1:port until the block ends (its process group is ended).

    With --preload the app is loaded before the port opens, so every worker serves from the first
    request of a run: without it each worker loaded Django on its own after the port was open, and
    on a busy machine the first rounds of load found no worker ready (0 requests/s in 4 s)."""
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--threads", str(threads), "--worker-class", "sync" if threads == 1 else "gthread",
         "--log-level", "warning", "--timeout", "60", "--keep-alive", "5", "--preload"],
        cwd=ROOT, env={**os.environ, **env}, start_new_session=True,
    )
    try:
        wait_for_port(port)
        yield process
    finally:
        import signal

        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


WRK_SCRIPT = r"""
-- Rotates through the paths given in the WRK_PATHS file, one per line; prints
-- p50/p95/p99 (ms), requests/s and non-2xx counts as one parsable line.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local token = os.getenv("WRK_TOKEN")
local i = 0
request = function()
  i = i + 1
  local headers = {}
  if token and token ~= "" then headers["Authorization"] = "Token " .. token end
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def wrk(base_url: str, paths: list[str], *, token: str = "", duration: int = 15, connections: int = 8,
        threads: int = 2, workdir: Path) -> dict[str, float]:
    """Load base_url with wrk for `duration` seconds, rotating through `paths`."""
    assert base_url.startswith("http://127.0.0.1:"), "benchmarks only hit 127.0.0.1"
    script = workdir / "rotate.lua"
    script.write_text(WRK_SCRIPT)
    path_file = workdir / f"paths-{abs(hash(tuple(paths)))}.txt"
    path_file.write_text("\n".join(paths) + "\n")
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", str(script), base_url],
        env={**os.environ, "WRK_PATHS": str(path_file), "WRK_TOKEN": token},
        check=True, text=True, capture_output=True, timeout=duration + 60,
    )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")
    return {k: float(v) for k, v in (pair.split("=") for pair in line.split()[1:])}


def median(values: list[float]) -> float:
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def percentile(values: list[float], q: float) -> float:
    """The value at fraction q (0.95: p95) of the sorted values, nearest rank below."""
    values = sorted(values)
    return values[min(len(values) - 1, int(q * (len(values) - 1)))]


# --- Celery workers and what their processes cost ----------------------------------


@contextmanager
def celery_workers(count: int, *, env: dict, concurrency: int = 1):
    """`count` real Celery worker processes (prefork, `concurrency` children each) consuming
    until the block ends; yields their Popen objects once every worker answers a ping.
    Each runs in its own session, so its process group is ended with it."""
    import signal

    from factcheck.celery import app

    procs = [
        subprocess.Popen(
            [PYTHON, "-m", "celery", "-A", "factcheck", "worker", f"--concurrency={concurrency}", "--loglevel=WARNING",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"bench-{i}@%h"],
            cwd=ROOT, env={**os.environ, **env}, start_new_session=True, stdout=subprocess.DEVNULL,
        )
        for i in range(count)
    ]
    try:
        deadline = time.monotonic() + 60
        while len(app.control.ping(timeout=1.0) or []) < count:  # wait until every worker consumes
            if time.monotonic() > deadline:
                raise RuntimeError("the workers did not come up within 60s")
        yield procs
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def process_tree(pid: int) -> list[int]:
    """pid and its live descendants (a prefork worker: the main process and its children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                pass
    return found


def process_memory_kib(pid: int) -> dict[str, int]:
    """VmRSS of one process, and its PSS (shared pages split between their users) when the
    kernel gives it: summing PSS over a prefork worker's processes counts the pages the
    children share with their parent once."""
    out = {}
    try:
        out["rss"] = int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{pid}/status").read_text()).group(1))
        out["pss"] = int(re.search(r"^Pss:\s+(\d+)", Path(f"/proc/{pid}/smaps_rollup").read_text(), re.M).group(1))
    except (OSError, AttributeError):
        pass
    return out


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime: fields 14 and 15 of stat
