"""The QR short link under load: 50 clients at once, no pause, against gunicorn (2 sync
workers, production settings) on a throw-away PostgreSQL cluster with the demo content.
Each request to /q/forum-etudiants/ is a 302 that adds one to the day's scan count, an
upsert on one row: the figures show whether scans wait for each other. Beside it, in the
same run and the same way: a static file (whitenoise, the upper bound) and an activity's
page (served from the whole-page cache, as anonymous visitors get it). Then the count in
the database must equal the number of redirects answered.

The client is a pool of Python threads on the same two cores as the server (latency as a
client sees it, queueing included). BENCH_USERS and BENCH_SECONDS change the defaults."""

import http.client
import os
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from devtools.live_server import gunicorn, production_env

from .live import build, postgres_cluster
from .setup import percentile

USERS = int(os.environ.get("BENCH_USERS", 50))
SECONDS = int(os.environ.get("BENCH_SECONDS", 20))
SLUG = "forum-etudiants"


def hammer(base_url, path, expected):
    """USERS threads requesting `path` for SECONDS; latencies (ms) of the expected answers."""
    netloc = urlsplit(base_url).netloc
    latencies, errors = [], []
    lock = threading.Lock()
    start = threading.Barrier(USERS)

    def client():
        start.wait()
        deadline = time.perf_counter() + SECONDS
        mine, failed = [], 0
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            try:
                connection = http.client.HTTPConnection(netloc, timeout=30)
                connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                connection.close()
                ok = response.status == expected
            except OSError:
                ok = False
            if ok:
                mine.append((time.perf_counter() - began) * 1000)
            else:
                failed += 1
        with lock:
            latencies.extend(mine)
            errors.append(failed)

    threads = [threading.Thread(target=client) for _ in range(USERS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    return {
        "requests": len(latencies),
        "errors": sum(errors),
        "rps": len(latencies) / elapsed,
        "p50": percentile(latencies, 50) if latencies else 0,
        "p95": percentile(latencies, 95) if latencies else 0,
    }


def counted_scans(database_url):
    import psycopg

    with psycopg.connect(database_url.replace("postgres://", "postgresql://")) as db:
        row = db.execute(
            "SELECT COALESCE(SUM(s.count), 0) FROM campaigns_scancount s "
            "JOIN campaigns_qrcampaign c ON c.id = s.campaign_id WHERE c.slug = %s",
            [SLUG],
        ).fetchone()
    return row[0]


def main():
    with tempfile.TemporaryDirectory(prefix="sortir-qr.") as tmp, postgres_cluster() as database_url:
        directory = Path(tmp)
        env = production_env(directory, database_url, DB_CONN_MAX_AGE="60")
        build(directory, env)
        with gunicorn(env, directory, workers=2) as base_url:
            static = "/static/" + next(
                str(path.relative_to(env["STATIC_ROOT"]))
                for path in sorted(Path(env["STATIC_ROOT"], "theme").glob("favicon.*.svg"))
            )
            targets = [
                (f"redirect /q/{SLUG}/", f"/q/{SLUG}/", 302),
                ("static file (whitenoise)", static, 200),
                ("activity page (page cache)", "/fr/activites/hamlet-au-tnb/", 200),
            ]
            for _label, path, expected in targets:  # warm-up: imports, connections, caches
                hammer_once(base_url, path, expected)
            before = counted_scans(database_url)
            results = {label: hammer(base_url, path, expected) for label, path, expected in targets}
            after = counted_scans(database_url)
    print(
        f"== QR short link: {USERS} clients, {SECONDS} s each, no pause; gunicorn 2 workers (sync), "
        "PostgreSQL, demo content; the client threads on the same 2 cores"
    )
    for label, figures in results.items():
        print(
            f"{label:30} {figures['rps']:7.1f} requests/s, p50 {figures['p50']:.0f} ms, "
            f"p95 {figures['p95']:.0f} ms, {figures['errors']} errors / {figures['requests']} requests"
        )
    redirects = results[f"redirect /q/{SLUG}/"]["requests"]
    print(
        f"scans counted in the database: {after - before} for {redirects} redirects answered "
        f"({'equal' if after - before == redirects else 'MISMATCH'})"
    )
    if after - before != redirects:
        raise SystemExit(1)


def hammer_once(base_url, path, expected):
    connection = http.client.HTTPConnection(urlsplit(base_url).netloc, timeout=30)
    for _ in range(20):
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        assert response.status == expected, (path, response.status)
        connection.close()
        connection = http.client.HTTPConnection(urlsplit(base_url).netloc, timeout=30)
