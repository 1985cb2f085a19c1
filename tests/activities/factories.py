from datetime import timedelta

import factory
from django.utils import timezone
from wagtail.models import Locale

from activities.models import Activity, Category, Commune, Occurrence, Place


class CommuneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commune
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Commune test {n}")
    slug = factory.Sequence(lambda n: f"commune-test-{n}")
    latitude = 48.1
    longitude = -1.68


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Catégorie {n}")
    slug = factory.Sequence(lambda n: f"categorie-{n}")


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Salle {n}")
    commune = factory.SubFactory(CommuneFactory)
    latitude = 48.11
    longitude = -1.68


def make_activity(title="Activité de test", days=(3,), publish=True, categories=(), periods=(), **fields):
    """A French activity with one date per day offset (20:00, two hours), plus the
    (start, end) `periods` given."""
    fields.setdefault("place", PlaceFactory())
    fields.setdefault("sortir_price", 4)
    fields.setdefault("slug", f"test-{abs(hash((title, days))) % 10**10}")
    activity = Activity(title=title, locale=Locale.objects.get(language_code="fr"), live=publish, **fields)
    start = timezone.localtime().replace(hour=20, minute=0, second=0, microsecond=0)
    activity.occurrences = [
        Occurrence(start=start + timedelta(days=d), end=start + timedelta(days=d, hours=2)) for d in days
    ] + [Occurrence(start=begin, end=end) for begin, end in periods]
    activity.categories = list(categories)
    activity.save()
    if publish:
        activity.save_revision().publish()
    return activity
