"""Synthetic but plausible activities, for benchmarks: `generate_activities 20000`. They are
published by the bulk writer the sync uses (activities/publishing.py), so that they have
what published activities have: a revision, a history entry, references, search entries."""

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale

from activities.demo.catalogue import vocabulary
from activities.models import Activity, Category, Place, Structure
from activities.publishing import Row, write_rows

BATCH = 1000


class Command(BaseCommand):
    help = "Creates N synthetic published activities with dates (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=2024)

    def handle(self, count, seed, **options):
        rng = random.Random(seed)
        places = list(Place.objects.select_related("commune"))
        structures = list(Structure.objects.all())
        categories = list(Category.objects.all())
        if not (places and categories):
            raise CommandError("Load the demo content first (places and categories are reused).")
        locale = Locale.objects.get(language_code="fr")
        now = timezone.now()
        self.words = vocabulary()
        created = 0
        while created < count:
            size = min(BATCH, count - created)
            with transaction.atomic():
                self.create_batch(rng, size, created, locale, places, structures, categories, now)
            created += size
            self.stdout.write(f"{created}/{count}")
        # Fresh statistics after a bulk load, so that the planner uses the right indexes
        # (PostgreSQL's autovacuum does this on its own, SQLite does not).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"Created {count} activities."))

    def create_batch(self, rng, size, offset, locale, places, structures, categories, now):
        rows = []
        for i in range(size):
            category = rng.choice(categories)
            word = rng.choice(self.words["words"].get(category.slug, self.words["default_words"]))
            title = f"{word} {rng.choice(self.words['qualifiers'])} n° {offset + i + 1}"
            regular = rng.random() < 0.2
            first = now + timedelta(days=rng.randint(-30, 150), hours=rng.randint(0, 23))
            first = first.replace(minute=0, second=0, microsecond=0)
            starts = (
                [first + timedelta(days=7 * w) for w in range(rng.randint(8, 30))]
                if regular
                else [first + timedelta(days=d) for d in sorted(rng.sample(range(0, 10), rng.randint(1, 3)))]
            )
            ends = [s + timedelta(minutes=rng.choice([60, 90, 120, 150])) for s in starts]
            periods = list(zip(starts, ends, strict=True))
            full = Decimal(rng.choice([0, 5, 8, 12, 18, 25, 35, 45]))
            sortir = (
                Decimal("0") if full == 0 or rng.random() < 0.15 else Decimal(rng.choice([1, 2, 3, 4, 5, 6]))
            )
            activity = Activity(
                locale=locale,
                translation_key=uuid.uuid4(),
                slug=f"activite-generee-{uuid.uuid4().hex[:12]}",
                title=title,
                summary=self.words["summary"].format(word=word, commune=rng.choice(places).commune.name),
                description=self.words["description"],
                place=rng.choice(places),
                structure=rng.choice(structures) if structures else None,
                kind=Activity.Kind.REGULAR if regular else Activity.Kind.ONE_OFF,
                full_price=full or None,
                sortir_price=sortir,
                for_families=rng.random() < 0.3,
                for_students=rng.random() < 0.2,
                age_min=rng.choice([None, None, 3, 6, 8, 12]),
                eticket=rng.random() < 0.1,
                wheelchair=rng.random() < 0.5,
                hearing=rng.random() < 0.2,
                visual=rng.random() < 0.15,
                mental=rng.random() < 0.15,
                status=rng.choices(["scheduled", "cancelled", "postponed", "full"], [90, 4, 3, 3])[0],
            )
            rows.append(Row(activity, periods, [category], is_new=True))
        write_rows(rows, now)
