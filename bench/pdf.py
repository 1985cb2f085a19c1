"""PDF figures (in-process, the bench's SQLite database): the time WeasyPrint takes to build
the Charter's and the tariff brochure's PDFs, and the server time to serve a PDF already
built (p50/p95) beside two references measured in the same run: an activity's detail page
and the brochure's HTML page (whole-page cache off, as in the catalogue part)."""

import logging
import os
import statistics
import time

from .setup import BENCH_DB, django_setup, percentile

BUILDS = 3
REQUESTS = 200


def served_ms(client, url):
    started = time.perf_counter()
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, body


def timings(client, url):
    for _ in range(10):  # warm-up: imports, SQLite pages, the file system's cache
        served_ms(client, url)
    return [served_ms(client, url)[0] for _ in range(REQUESTS)]


def main():
    # The PDFs are files: the bench keeps its own, beside its database.
    os.environ.setdefault("MEDIA_ROOT", str(BENCH_DB.parent / "media"))
    django_setup()
    from django.core.management import call_command
    from django.test import Client

    from activities.models import Activity
    from pages.models import BrochurePage, CharterPage

    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)  # one line per layout step
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    print("== PDFs (WeasyPrint build, then serving a built one; in-process server time)")
    for page_class in (CharterPage, BrochurePage):
        for language in ("fr", "ar"):
            page = page_class.objects.get(locale__language_code=language)
            seconds = []
            for _ in range(BUILDS):
                started = time.perf_counter()
                content = page.render_pdf()
                seconds.append(time.perf_counter() - started)
            print(
                f"build {page_class.__name__} ({language}): median {statistics.median(seconds):.2f} s "
                f"over {BUILDS} builds, {len(content) / 1024:.0f} KB, {page.pdf_page_size}"
            )
    client = Client()
    brochure = BrochurePage.objects.get(locale__language_code="fr")
    charter = CharterPage.objects.get(locale__language_code="fr")
    activities = Activity.objects.filter(live=True, locale__language_code="fr").upcoming()
    activity = activities.order_by("pk").first()
    for page in (brochure, charter):
        page.build_pdf()  # as publishing does
    measured = [
        ("cached PDF, brochure", brochure.get_pdf_url()),
        ("cached PDF, Charter", charter.get_pdf_url()),
        ("reference: activity detail page", activity.get_absolute_url()),
        ("reference: brochure HTML page", brochure.url),
    ]
    results = {}
    for label, url in measured:
        results[label] = times = timings(client, url)
        print(
            f"{label}: p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms "
            f"over {REQUESTS} requests ({url})"
        )
    slowest = max(percentile(results[label], 95) for label, _url in measured[:2])
    verdict = "under" if slowest < 20 else "NOT under"
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"a built PDF is served {verdict} 20 ms (p95 {slowest:.1f} ms); "
        f"load average {load} on {os.cpu_count()} CPUs"
    )
