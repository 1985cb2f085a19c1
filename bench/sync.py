"""OpenAgenda sync figures on 10,000 generated events (SQLite, a database of its own):
a full first sync (events per second, peak memory), then runs with nothing changed
(seconds, writes). The fake OpenAgenda runs in another process, so that its work is not
counted, and builds each page when asked, as the real one streams them."""

import math
import multiprocessing
import os
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from .setup import ROOT

EVENTS = int(os.environ.get("BENCH_SYNC_EVENTS", 10_000))
IMAGES = 50  # events share a pool of images: each is downloaded once
AGENDA = "424242"
SYNC_DB = ROOT / "bench-results" / "sync.sqlite3"
KEY = "bench-key"
KEYWORDS = ["concert", "théâtre", "cinéma", "exposition", "sport", "atelier", "danse", "jeune public"]
STATUSES = [1] * 46 + [2, 4, 5, 6]
WORDS = "musique scène public famille découverte atelier rencontre quartier spectacle soirée".split()


class GeneratedEvents:
    """The events of the bench agenda, made on demand from their index (in updatedAt order)."""

    def __init__(self, count, communes, image_base, images, start, offset=0):
        self.count = count
        self.communes = communes
        self.image_base = image_base
        self.images = images
        self.start = start
        self.offset = offset  # a view of the events from this index on

    def __len__(self):
        return self.count - self.offset

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [self.event(self.offset + i) for i in range(*item.indices(len(self)))]
        return self.event(self.offset + item)

    def since(self, moment):
        """The events updated at or after a moment (event i is updated at start + i s)."""
        first = max(0, min(self.count, math.ceil((moment - self.start).total_seconds())))
        return GeneratedEvents(self.count, self.communes, self.image_base, self.images, self.start, first)

    def event(self, i):
        uid = 5_000_000 + i
        updated = self.start + timedelta(seconds=i)
        name, insee = self.communes[i % len(self.communes)]
        first = datetime(2027, 1, 1, 18, tzinfo=UTC) + timedelta(days=i % 200, hours=i % 5)
        count = 8 if i % 10 == 0 else 1 + i % 3
        step = timedelta(days=7 if i % 10 == 0 else 1)
        words = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(40))
        title = f"{KEYWORDS[i % len(KEYWORDS)].capitalize()} n° {i} à {name}"
        event = {
            "uid": uid,
            "slug": f"evenement-bench-{uid}",
            "title": {"fr": title},
            "description": {"fr": f"{title} : une sortie au tarif Sortir !"},
            "longDescription": {
                "fr": f"**{title}**\n\n{words}.\n\n{words}.\n\n[Réserver](https://example.org/{uid})"
            },
            "conditions": {"fr": f"Tarif Sortir ! : {i % 4} €, plein tarif {8 + i % 10} €"},
            "keywords": {"fr": [KEYWORDS[i % len(KEYWORDS)], KEYWORDS[(i * 7) % len(KEYWORDS)]]},
            "image": {"base": self.image_base, "filename": f"{i % self.images}.base.jpg", "variants": []},
            "imageCredits": None,
            "registration": [{"type": "link", "value": f"https://billetterie.example.org/{uid}"}],
            "accessibility": {
                "hi": i % 3 == 0,
                "vi": i % 5 == 0,
                "mi": i % 2 == 0,
                "ii": False,
                "pi": i % 7 == 0,
            },
            "age": {"min": [None, 3, 6, 12][i % 4], "max": None},
            "timings": [
                {
                    "begin": (first + n * step).isoformat(timespec="seconds"),
                    "end": (first + n * step + timedelta(hours=2)).isoformat(timespec="seconds"),
                }
                for n in range(count)
            ],
            "timezone": "Europe/Paris",
            "location": {
                "uid": 9000 + i % 60,
                "name": f"Salle {i % 60} de {name}",
                "address": f"{i % 60} rue de la Liberté, 35000 {name}",
                "city": name,
                "insee": insee,
                "adminLevel4": name,
                "latitude": 48.1 + (i % 60) / 1000,
                "longitude": -1.68 + (i % 60) / 1000,
            },
            "attendanceMode": 1,
            "onlineAccessLink": None,
            "status": STATUSES[i % len(STATUSES)],
            "state": 2,
            "featured": False,
            "createdAt": self.start.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updatedAt": updated.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "originAgenda": {"uid": int(AGENDA), "title": "Bench"},
        }
        if i % 5 == 0:  # one event in five has an English version
            event["title"]["en"] = f"Outing no. {i} in {name}"
            event["description"]["en"] = "An outing at the Sortir ! price."
        return event


def _serve(port_queue, communes, events, start):
    from devtools.fake_openagenda import Agenda, FakeOpenAgenda, jpeg_bytes

    class BenchAgenda(Agenda):
        def listing(self, since, removed):
            if since:
                return self.events.since(datetime.fromisoformat(since.replace("Z", "+00:00")))
            return self.events  # none is removed

        def index_after(self, items, position):
            return position[1] - 5_000_000 - items.offset + 1

    fake = FakeOpenAgenda(key=KEY)
    agenda = BenchAgenda(AGENDA)
    fake.agendas[AGENDA] = agenda
    fake.start()
    for n in range(IMAGES):
        fake.add_image(f"/images/{n}.base.jpg", jpeg_bytes((n * 12 % 255, 80, 160)))
    agenda.events = GeneratedEvents(events, communes, f"{fake.root_url}/images/", IMAGES, start)
    port_queue.put(fake.base_url)
    while True:
        time.sleep(3600)


class WriteCounter:
    """Counts the SQL statements that write, except those of the run's own record."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        statement = sql.lstrip().split(" ", 1)[0].upper()
        if statement in {"INSERT", "UPDATE", "DELETE", "REPLACE"} and "openagenda_syncrun" not in sql:
            self.count += 1
        return execute(sql, params, many, context)


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    from django.apps import apps

    if apps.ready:
        # Another part ran first in this process, on its own database: this one needs a
        # process of its own to set Django up on bench-results/sync.sqlite3.
        subprocess.run([sys.executable, "-m", "bench", "sync"], check=True, cwd=ROOT)
        return
    SYNC_DB.parent.mkdir(exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        path = SYNC_DB.with_name(SYNC_DB.name + suffix)
        if path.exists():
            path.unlink()
    os.environ["DATABASE_URL"] = f"sqlite:///{SYNC_DB}"
    # The fake server is forked before Django opens any database connection.
    from .setup import django_setup

    communes = [
        ("Rennes", "35238"),
        ("Cesson-Sévigné", "35051"),
        ("Bruz", "35047"),
        ("Saint-Jacques-de-la-Lande", "35281"),
    ]
    start = datetime.now(UTC) - timedelta(days=1)
    queue = multiprocessing.get_context("fork").Queue()
    server = multiprocessing.get_context("fork").Process(
        target=_serve, args=(queue, communes, EVENTS, start), daemon=True
    )
    server.start()
    base_url = queue.get(timeout=30)
    try:
        django_setup()
        _run(base_url)
    finally:
        server.terminate()


def _run(base_url):
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from activities.models import Activity, Category
    from openagenda.models import KeywordMapping, SyncRun

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    for keyword, slug in [("concert", "concert"), ("théâtre", "spectacle"), ("sport", "sport")]:
        category = Category.objects.filter(slug=slug).first()
        if category:
            KeywordMapping.objects.get_or_create(keyword=keyword, category=category)
    settings.OPENAGENDA_KEY = KEY
    settings.OPENAGENDA_BASE_URL = base_url
    settings.OPENAGENDA_AGENDAS = [AGENDA]
    rss_before = peak_rss_mb()

    started = time.perf_counter()
    call_command("sync_openagenda", "--full", verbosity=0)
    elapsed = time.perf_counter() - started
    run = SyncRun.objects.first()
    assert run.outcome == "success", (run.outcome, run.error, run.messages[:5])
    synced = Activity.objects.filter(source="openagenda")
    print(f"== OpenAgenda sync, {EVENTS} generated events on SQLite (fake API in another process)")
    translations = synced.exclude(locale__language_code="fr").count()
    print(
        f"full sync: {elapsed:.1f} s, {EVENTS / elapsed:.0f} events/s; {run.created} created, "
        f"{synced.count()} activities written ({translations} translations), {run.pages} pages"
    )
    print(f"peak RSS: {peak_rss_mb():.0f} MB (after Django set-up and demo content: {rss_before:.0f} MB)")

    for label, options in (("incremental re-run", []), ("full re-run", ["--full"])):
        writes = WriteCounter()
        started = time.perf_counter()
        with connection.execute_wrapper(writes):
            call_command("sync_openagenda", *options, verbosity=0)
        elapsed = time.perf_counter() - started
        run = SyncRun.objects.first()
        print(
            f"{label} with nothing changed: {elapsed:.2f} s, {run.unchanged} events read (all unchanged), "
            f"{run.writes} activities written, {writes.count} SQL writes outside the run's own record"
        )
