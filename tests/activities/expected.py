"""An independent, pure-Python reading of the catalogue, to check what the database
queries return: each filter re-implemented the plain way over all visible activities."""

import math
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from activities.models import Activity


def visible(language="fr"):
    now = timezone.now()
    rows = list(
        Activity.objects.filter(live=True)
        .select_related("locale", "place__commune", "place__neighbourhood")
        .prefetch_related("categories", "occurrences")
    )
    by_key = {}
    for a in rows:
        by_key.setdefault(a.translation_key, {})[a.locale.language_code] = a
    chosen = [v.get(language) or v.get("fr") for v in by_key.values()]
    return [a for a in chosen if a is not None and any(o.end >= now for o in a.occurrences.all())]


def _midnight(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def window(preset):
    now = timezone.localtime()
    today = now.date()
    if preset == "today":
        return now, _midnight(today + timedelta(days=1))
    if preset == "weekend":
        wd = today.weekday()
        saturday = today - timedelta(days=1) if wd == 6 else today + timedelta(days=5 - wd)
        return max(now, _midnight(saturday)), _midnight(saturday + timedelta(days=2))
    if preset == "week":
        return now, _midnight(today + timedelta(days=7 - today.weekday()))
    raise ValueError(preset)


def occurs(activity, start, end):
    return any(o.end >= start and o.start < end for o in activity.occurrences.all())


PREDICATES = {
    "date": lambda a, v: occurs(a, *window(v)),
    "category": lambda a, v: bool({c.slug for c in a.categories.all()} & set(v)),
    "commune": lambda a, v: a.place is not None and a.place.commune.slug in v,
    "neighbourhood": lambda a, v: (
        a.place is not None and a.place.neighbourhood and a.place.neighbourhood.slug in v
    ),
    "age": lambda a, v: (a.age_min is None or a.age_min <= v) and (a.age_max is None or a.age_max >= v),
    "audience": lambda a, v: a.for_families if v == "families" else a.for_students,
    "price_max": lambda a, v: a.sortir_price is not None and a.sortir_price <= Decimal(str(v)),
    "free": lambda a, v: a.sortir_price == 0,
    "accessibility": lambda a, v: all(getattr(a, key) for key in v),
    "eticket": lambda a, v: a.eticket,
    "kind": lambda a, v: a.kind == v,
}


def matching(filters, language="fr"):
    return [
        a for a in visible(language) if all(PREDICATES[name](a, value) for name, value in filters.items())
    ]


def distance(a, lat, lon):
    if a.place is None or a.place.latitude is None:
        return math.inf
    dx = (a.place.longitude - lon) * math.cos(math.radians(lat))
    dy = a.place.latitude - lat
    return dx * dx + dy * dy
