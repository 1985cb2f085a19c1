"""Catalogue figures on 20,000 generated activities (SQLite, or the database DATABASE_URL
names): server time of a mix of search-page requests (facet counts are never cached;
cards rendered afresh, then rendered once before) and, as the reference, of detail pages
(in-process), SQL queries per page, and the gzipped size of the search page's HTML."""

import gzip
import time

from .setup import django_setup, percentile

ACTIVITIES = 20_000
ROUNDS = 10
SEARCH_MIX = [
    {},
    {"q": "concert"},
    {"q": "théâtre en famille"},
    {"date": "weekend"},
    {"free": "1"},
    {"category": "sport", "commune": "rennes"},
    {"q": "exposition", "date": "week", "price_max": "5"},
    {"audience": "families", "accessibility": "wheelchair", "sort": "date"},
    {"kind": "regular", "eticket": "1"},
    {"sort": "distance", "lat": "48.1173", "lon": "-1.7075"},
    {"q": "jazz", "page": "2"},
    {"page": "40"},
]


def prepare():
    from django.core.management import call_command

    from activities.models import Activity

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    missing = ACTIVITIES - Activity.objects.count()
    if missing > 0:
        started = time.perf_counter()
        call_command("generate_activities", missing, verbosity=0)
        print(f"generated {missing} activities in {time.perf_counter() - started:.1f} s")


def measure(client, url, params=None):
    from django.db import connection

    queries = 0

    def count(execute, sql, sql_params, many, context):
        # Counted, not recorded: recording each query (CaptureQueriesContext) costs time.
        nonlocal queries
        queries += 1
        return execute(sql, sql_params, many, context)

    with connection.execute_wrapper(count):
        started = time.perf_counter()
        response = client.get(url, params or {})
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, params, response.status_code)
    return elapsed * 1000, queries, response.content


def main():
    django_setup()
    prepare()
    from django.core.cache import caches
    from django.test import Client

    from activities.models import Activity, catalogue_changed

    client = Client()
    for params in SEARCH_MIX:  # warm-up: database pages, Python imports
        measure(client, "/fr/activites/", params)
    times, search_queries, sizes, fresh_cards = [], [], [], []
    for _round in range(ROUNDS):
        catalogue_changed()  # as after a sync
        for params in SEARCH_MIX:
            # Each page twice: with its 20 cards to render, then with them rendered once
            # before (activities.cards keeps them; nothing else is kept between the two).
            caches["cards"].clear()
            fresh_cards.append(measure(client, "/fr/activites/", params)[0])
            ms, queries, content = measure(client, "/fr/activites/", params)
            times.append(ms)
            search_queries.append(queries)
            sizes.append(len(gzip.compress(content, 6)))
    slugs = list(
        Activity.objects.filter(live=True).upcoming().order_by("?").values_list("slug", flat=True)[:60]
    )
    detail_times, detail_queries = [], []
    for slug in slugs:
        ms, queries, _content = measure(client, f"/fr/activites/{slug}/")
        detail_times.append(ms)
        detail_queries.append(queries)
    from django.db import connection

    detail_p95 = percentile(detail_times, 95)
    print(
        f"== Catalogue, {Activity.objects.count()} activities on {connection.vendor} (in-process server time)"
    )
    print(
        f"search page: p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms "
        f"({percentile(times, 95) / detail_p95:.1f}× the detail page's p95) over {len(times)} requests "
        f"({len(SEARCH_MIX)} kinds of query)"
    )
    print(
        f"search page, every card rendered (card cache emptied before each request): p50 "
        f"{percentile(fresh_cards, 50):.1f} ms, p95 {percentile(fresh_cards, 95):.1f} ms "
        f"({percentile(fresh_cards, 95) / detail_p95:.1f}× the detail page's p95)"
    )
    print(f"detail page (reference): p50 {percentile(detail_times, 50):.1f} ms, p95 {detail_p95:.1f} ms")
    print(f"SQL queries per page: search max {max(search_queries)}, detail max {max(detail_queries)}")
    median_kb = percentile(sizes, 50) / 1024
    print(f"search page HTML gzipped: max {max(sizes) / 1024:.1f} KB, median {median_kb:.1f} KB")
    slowest = sorted(zip(times, [str(p) for _ in range(ROUNDS) for p in SEARCH_MIX], strict=True))[-3:]
    print("slowest search requests: " + "; ".join(f"{ms:.1f} ms {params}" for ms, params in slowest))
