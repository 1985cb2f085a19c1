"""Search backends on 20,000 generated activities: p50/p95 of a fixed mix of 200 queries
(text as beneficiaries type it, filters, sorts; facet counts counted, never cached), for
each backend available here: the database (SQLite, or PostgreSQL with DATABASE_URL), the
in-memory OpenSearch-compatible server (osmem-server, if installed), a real Elasticsearch
(ELASTICSEARCH_URL). Beside them, on the same data and in the same run: Wagtail's own
database search (each text of the mix once, first page and count) and the detail page
(in-process), the references. Also: the Elasticsearch indexing throughput (rebuild)."""

import os
import random
import time

from .catalogue import prepare
from .setup import django_setup, percentile

QUERIES = 200
# osmem-server answers in seconds at 20,000 documents (it is a test server): it gets the
# first queries of the mix only, and its figures say how many.
OSMEM_QUERIES = int(os.environ.get("BENCH_OSMEM_QUERIES", "20"))  # 0: not measured
TEXTS = [
    "teatre", "concerts enfants", "l'opera", "ciné", "piscine Bruz", "escrimme", "exposition",
    "danse", "musée", "foot", "atelier", "spectacle famille", "natation", "théâtre", "jazz",
    "conte", "cinéma", "Rennes", "Blosne", "visite guidée", "",
]  # fmt: skip
FILTERS = [
    {},
    {},
    {"free": "1"},
    {"date": "weekend"},
    {"date": "week", "price_max": 5},
    {"audience": "families"},
    {"accessibility": ["wheelchair"]},
    {"kind": "regular", "eticket": "1"},
    {"commune": ["rennes"], "category": ["sport"]},
]


def mix(now):
    from search.query import ActivityQuery

    rng = random.Random(2026)
    queries = []
    for _i in range(QUERIES):
        text = rng.choice(TEXTS)
        sort = rng.choice(["relevance", "date"]) if text else rng.choice(["date", "date", "distance"])
        queries.append(
            ActivityQuery(
                language=rng.choice(["fr", "fr", "fr", "en", "ar"]),
                now=now,
                text=text,
                filters=dict(rng.choice(FILTERS)),
                sort=sort,
                origin=(48.1173, -1.7075) if sort == "distance" else None,
                offset=rng.choice([0, 0, 0, 20]),
            )
        )
    return queries


def describe(query):
    parts = [f"{query.text!r}" if query.text else "no text", query.language, f"sort {query.sort}"]
    parts += [f"{name}={value}" for name, value in query.filters.items()]
    return " ".join(parts + ([f"offset {query.offset}"] if query.offset else []))


def timed(search, queries):
    times = []
    for query in queries:
        started = time.perf_counter()
        search(query)
        times.append((time.perf_counter() - started) * 1000)
    return times


def line(label, times, reference):
    p50, p95 = percentile(times, 50), percentile(times, 95)
    return f"{label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms ({p95 / reference:.1f}× the detail page's p95)"


def elasticsearch_backends():
    """(label, backend, closer) of the Elasticsearch servers reachable here."""
    from elasticsearch import Elasticsearch

    from search.backends.elasticsearch import ElasticsearchBackend

    found = []
    try:
        if not OSMEM_QUERIES:
            raise ImportError
        from osmem_server import OsmemServer

        from tests.search.elastic import OsmemNode
    except ImportError:
        print("in-memory server not measured (osmem-server not installed, or BENCH_OSMEM_QUERIES=0)")
    else:
        server = OsmemServer.start(japanese=False)
        client = Elasticsearch(server.url, node_class=OsmemNode, request_timeout=60)
        backend = ElasticsearchBackend(es=client)
        found.append(("elasticsearch API, osmem-server (in memory)", backend, server.close))
    if os.environ.get("ELASTICSEARCH_URL"):
        client = Elasticsearch(os.environ["ELASTICSEARCH_URL"], request_timeout=60)
        backend = ElasticsearchBackend(es=client, prefix="sortir-bench")
        found.append((f"Elasticsearch at {os.environ['ELASTICSEARCH_URL']}", backend, lambda: None))
    return found


def wagtail_reference(queries):
    """Wagtail's database search over the same activities, as they would be indexed with
    Wagtail: a proxy of Activity with search fields (the portal's model has none)."""
    from django.db import connection
    from wagtail.search import index
    from wagtail.search.backends import get_search_backend

    from activities.models import Activity

    class WagtailActivity(index.Indexed, Activity):
        search_fields = [
            index.SearchField("title", boost=10),
            index.SearchField("summary"),
            index.SearchField("description"),
            index.FilterField("live"),
            index.FilterField("locale_id"),
            index.FilterField("last_end"),
        ]

        class Meta:
            proxy = True
            app_label = "activities"

    # What modelsearch gives indexed models when the apps load (PostgreSQL queries it);
    # this one is defined after.
    from django.apps import apps
    from modelsearch.abstract_models import TextIDGenericRelation

    TextIDGenericRelation(apps.get_model("wagtailsearch", "IndexEntry")).contribute_to_class(
        WagtailActivity, "index_entries"
    )
    backend = get_search_backend()
    started = time.perf_counter()
    backend.reset_indexes()
    backend.add_bulk(WagtailActivity, list(WagtailActivity.objects.all()))
    built = time.perf_counter() - started
    print(f"Wagtail's database search ({connection.vendor}): indexed in {built:.1f} s")
    from wagtail.models import Locale

    locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}

    def search(query):
        activities = WagtailActivity.objects.filter(
            live=True, locale_id=locales[query.language], last_end__gte=query.now
        )
        results = backend.search(query.text, activities)
        list(results[query.offset : query.offset + query.limit])
        results.count()

    return timed(search, queries)


def detail_reference():
    from django.test import Client

    from activities.models import Activity

    from .catalogue import measure

    client = Client()
    upcoming = Activity.objects.filter(live=True).upcoming().order_by("?")
    slugs = list(upcoming.values_list("slug", flat=True)[:60])
    measure(client, f"/fr/activites/{slugs[0]}/")
    return [measure(client, f"/fr/activites/{slug}/")[0] for slug in slugs]


def main():
    django_setup()
    prepare()
    from django.conf import settings
    from django.db import connection
    from django.utils import timezone

    from activities.models import Activity
    from search.backends import bitmaps
    from search.backends.database import DatabaseBackend
    from search.query import ActivityQuery

    queries = mix(timezone.now())
    detail = detail_reference()
    reference = percentile(detail, 95)
    count = Activity.objects.count()
    print(f"== Search backends, {count} activities, {len(queries)} queries (facet counts, never cached)")
    print(f"detail page (reference): p50 {percentile(detail, 50):.1f} ms, p95 {reference:.1f} ms")
    database = DatabaseBackend()
    for language in ("fr", "en", "ar"):
        started = time.perf_counter()
        bitmaps.Snapshot(language, None, timezone.now())
        elapsed = (time.perf_counter() - started) * 1000
        print(f"database backend: {language} facet sets read in {elapsed:.0f} ms (after a change)")
    timed(database.search, queries)  # warm-up: each language's facet sets, the engine's caches
    times = timed(database.search, queries)
    print(line(f"database backend ({connection.vendor})", times, reference))
    slowest = sorted(zip(times, queries, strict=True), key=lambda pair: pair[0])[-5:]
    print("  slowest: " + "; ".join(f"{ms:.0f} ms {describe(query)}" for ms, query in slowest))
    for label, backend, close in elasticsearch_backends():
        settings.ELASTICSEARCH_STEMMER = "snowball" if "osmem" in label else "light_french"
        try:
            started = time.perf_counter()
            backend.rebuild()
            elapsed = time.perf_counter() - started
            docs = backend.es.count(index=backend.alias)["count"]
            print(f"{label}: rebuilt {docs} documents in {elapsed:.1f} s ({docs / elapsed:.0f} documents/s)")
            mix_part = queries[:OSMEM_QUERIES] if "osmem" in label else queries
            print(line(f"{label}, {len(mix_part)} queries", timed(backend.search, mix_part), reference))
        finally:
            close()
    # Wagtail's search takes seconds on the broadest texts ("Rennes": over a minute): it
    # gets each text of the mix once, in French, beside the database backend on the same.
    texts = [ActivityQuery(language="fr", now=queries[0].now, text=text) for text in TEXTS if text]
    print(line(f"database backend, the {len(texts)} texts once", timed(database.search, texts), reference))
    wagtail = wagtail_reference(texts)
    print(line(f"Wagtail's database search, the {len(texts)} texts once (no facets)", wagtail, reference))
    slowest = sorted(zip(wagtail, texts, strict=True), key=lambda pair: pair[0])[-3:]
    print("  slowest: " + "; ".join(f"{ms:.0f} ms {query.text!r}" for ms, query in slowest))
