"""A Django set-up of its own for benchmarks: a separate SQLite file, production-like
(DEBUG off), so that measures never touch the development database."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DB = ROOT / "bench-results" / "bench.sqlite3"


def django_setup():
    BENCH_DB.parent.mkdir(exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{BENCH_DB}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["DEBUG"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    # Measure the work of building pages, not the whole-page cache in front of them.
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    # Workers keep their connection, as in production (see bench/load.py).
    os.environ.setdefault("DB_CONN_MAX_AGE", "60")
    os.environ["RATE_LIMIT_SEARCH"] = "100000/m"  # one client sends every request
    os.environ.setdefault("CACHE_DIR", str(BENCH_DB.parent / "cache"))
    import django

    django.setup()


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]
