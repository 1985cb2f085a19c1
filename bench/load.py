"""Load on the activity search page: locust, headless and bounded (50 users, 60 s, no
pause between requests), against gunicorn with 2 workers and the production settings on a
throw-away PostgreSQL cluster holding the demo content and 20,000 generated activities.
Then the same run against a static copy of the same page, served by the same gunicorn
(whitenoise, from STATIC_ROOT, gzipped as well): the upper bound of this machine, where
the load generator shares the two cores with the server.

The search page's rate limit (one client address: 127.0.0.1) is lifted for the run;
everything else is production. BENCH_USERS, BENCH_SECONDS and BENCH_ACTIVITIES change
the defaults."""

import csv
import gzip
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from devtools.live_server import gunicorn, production_env

from .live import RESULTS, build, postgres_cluster

USERS = int(os.environ.get("BENCH_USERS", 50))
SECONDS = int(os.environ.get("BENCH_SECONDS", 60))
ACTIVITIES = int(os.environ.get("BENCH_ACTIVITIES", 20_000))
PAGE = "/fr/activites/"
STATIC_COPY = "bench/activites.html"  # under STATIC_ROOT, so served at /static/bench/…
LOCUSTFILE = Path(__file__).with_name("locustfile.py")


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept-Language": "fr"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200, (url, response.status)
        return response.read()


def save_static_copy(static_root, html):
    path = Path(static_root) / STATIC_COPY
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(html)
    path.with_name(path.name + ".gz").write_bytes(gzip.compress(html, 9))


def locust(base_url, path, name):
    """One bounded run; returns the aggregated figures of locust's CSV report."""
    prefix = RESULTS / f"load-{name}"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            f"--locustfile={LOCUSTFILE}",
            "--headless",
            f"--users={USERS}",
            f"--spawn-rate={USERS}",
            f"--run-time={SECONDS}s",
            "--stop-timeout=5",
            f"--host={base_url}",
            f"--csv={prefix}",
            "--only-summary",
            "--loglevel=ERROR",
        ],
        env=dict(os.environ, BENCH_PATH=path, BENCH_NAME=name),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,  # locust exits 1 when a request failed: the count is reported below
    )
    with open(f"{prefix}_stats.csv", newline="") as stats:
        row = next(row for row in csv.DictReader(stats) if row["Name"] == "Aggregated")
    return {
        "requests": int(row["Request Count"]),
        "errors": int(row["Failure Count"]),
        "rps": float(row["Requests/s"]),
        "p50": float(row["50%"]),
        "p95": float(row["95%"]),
        "size": float(row["Average Content Size"]),
    }


def main():
    RESULTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sortir-load.") as tmp, postgres_cluster() as database_url:
        directory = Path(tmp)
        env = production_env(
            directory,
            database_url,
            DB_CONN_MAX_AGE="60",
            RATE_LIMIT_SEARCH="1000000/m",
        )
        build(directory, env, activities=ACTIVITIES)
        # whitenoise lists STATIC_ROOT when it starts: the copy is saved before the server
        # that serves both pages starts.
        with gunicorn(env, directory, workers=2) as base_url:
            html = fetch(base_url + PAGE)
        save_static_copy(env["STATIC_ROOT"], html)
        with gunicorn(env, directory, workers=2) as base_url:
            assert fetch(f"{base_url}/static/{STATIC_COPY}") == html
            for _ in range(20):  # warm-up: imports, connections, cached facet counts
                fetch(base_url + PAGE)
            dynamic = locust(base_url, PAGE, "search")
            static = locust(base_url, f"/static/{STATIC_COPY}", "static")
    print(
        f"== Load: {USERS} users, {SECONDS} s, no pause; gunicorn 2 workers (sync), PostgreSQL, "
        f"{ACTIVITIES} generated activities + demo content; locust on the same 2 cores"
    )
    for label, figures in ((f"search page {PAGE}", dynamic), ("static copy of it", static)):
        print(
            f"{label:28} {figures['rps']:7.1f} requests/s, p50 {figures['p50']:.0f} ms, "
            f"p95 {figures['p95']:.0f} ms, {figures['errors']} errors / {figures['requests']} requests "
            f"({figures['size'] / 1024:.1f} KB a response)"
        )
    if dynamic["rps"] and static["rps"]:
        print(
            f"search page at {dynamic['rps'] / static['rps']:.1%} of the static upper bound "
            f"(the static copy serves {static['rps'] / dynamic['rps']:.0f}x as many requests)"
        )
    print(f"locust reports: {RESULTS.relative_to(RESULTS.parent)}/load-*_stats.csv")


if __name__ == "__main__":
    main()
