"""The studies library with 500 publications (SQLite): server time of a mix of filtered
requests (p50/p95), and SQL queries per page, which must not grow with the number of
publications (measured at the demo's size and at 500)."""

import time

from .catalogue import measure
from .setup import django_setup, percentile

PUBLICATIONS = 500
ROUNDS = 5
MIX = [
    {},
    {"type": "insee-sheet"},
    {"type": ["study", "dashboard"], "sort": "title"},
    {"territory": "quartier-le-blosne"},
    {"year": "2024"},
    {"theme": ["youth", "exile"]},
    {"theme": "population", "sort": "year"},
    {"page": "3"},
    {"page": "25"},
]


def add_publications(count):
    from wagtail.models import Locale

    from studies.models import TERRITORIES, THEMES, TYPES, PublicationPage, StudiesIndexPage

    library = StudiesIndexPage.objects.get(locale=Locale.objects.get(language_code="fr"))
    document_id = PublicationPage.objects.filter(document__isnull=False).values_list(
        "document_id", flat=True
    )[0]
    have = PublicationPage.objects.child_of(library).count()
    started = time.perf_counter()
    for n in range(have, count):
        page = PublicationPage(
            title=f"Publication générée {n:04d}",
            slug=f"publication-generee-{n:04d}",
            publication_type=TYPES[n % len(TYPES)][0],
            territory=TERRITORIES[n % len(TERRITORIES)][0],
            year=2000 + n % 25,
            themes=[THEMES[n % len(THEMES)][0], THEMES[(n * 7) % len(THEMES)][0]],
            summary="Publication générée pour la mesure des performances.",
            document_id=document_id,
        )
        library.add_child(instance=page)
        page.save_revision().publish()
    if count > have:
        print(f"generated {count - have} publications in {time.perf_counter() - started:.1f} s")


def queries_per_page(client):
    for params in MIX:  # warm-up: cached site root paths, settings, menus
        measure(client, "/fr/etudes/", params)
    return max(measure(client, "/fr/etudes/", params)[1] for params in MIX)


def prepare():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)


def main():
    django_setup()
    prepare()
    from django.test import Client

    from studies.models import PublicationPage

    client = Client()
    small = PublicationPage.objects.filter(locale__language_code="fr").count()
    queries_small = queries_per_page(client)
    add_publications(PUBLICATIONS)
    for params in MIX:  # warm-up
        measure(client, "/fr/etudes/", params)
    times, queries = [], []
    for _round in range(ROUNDS):
        for params in MIX:
            ms, count, _content = measure(client, "/fr/etudes/", params)
            times.append(ms)
            queries.append(count)
    total = PublicationPage.objects.filter(locale__language_code="fr").count()
    print(f"== Studies library, {total} publications on SQLite (in-process server time)")
    print(
        f"library page: p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms "
        f"over {len(times)} requests ({len(MIX)} kinds of query)"
    )
    print(f"SQL queries per page: max {max(queries)} with {total} publications, {queries_small} with {small}")
