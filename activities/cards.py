"""Activity cards, as the catalogue, the home page, audience pages and site search list
them. A card shows only what its `Card` value holds, so the HTML rendered for one value,
in one language, by one version of the template, is the same every time: it is cached
under that value. A changed activity, date or template gives another key, so a card can
never be stale and nothing has to invalidate it."""

import functools
import hashlib
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db.models import Count, Min
from django.template.loader import get_template
from django.utils import timezone, translation

from .models import Activity, Occurrence

TEMPLATE = "activities/includes/activity_card.html"


VALUE_COLUMNS = (
    "pk", "slug", "title", "locale__language_code", "status", "sortir_price", "full_price", "place__name",
    "eticket", *Activity.ACCESSIBILITY, "place__commune__name",
    *(f"place__commune__name_{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE),
)  # fmt: skip


class Card(NamedTuple):
    slug: str
    title: str
    # The language of the activity's text: French where it is shown untranslated.
    text_language: str
    status: str
    sortir_price: Decimal | None
    full_price: Decimal | None
    next_start: datetime | None
    dates_to_come: int
    place: str
    commune: str
    accessibility: tuple[str, ...]  # Activity.ACCESSIBILITY keys
    eticket: bool
    # The matched words in context, where the search backend gives them (Elasticsearch).
    excerpt: str = ""

    @classmethod
    def rows(cls, queryset, ids, excerpts=None):
        """The cards of the activities `ids` that `queryset` holds (those that may be
        shown), in that order, read as values, their dates to come counted in a second
        query: built as Activity instances with a subquery per date column, a page of
        cards cost 6 ms, twice as much."""
        excerpts = excerpts or {}
        by_id = {row["pk"]: row for row in queryset.filter(pk__in=ids).values(*VALUE_COLUMNS)}
        to_come = Occurrence.objects.filter(activity__in=list(by_id), end__gte=timezone.now())
        dates = {
            pk: (first, count)
            for pk, first, count in to_come.values("activity")
            .annotate(first=Min("start"), count=Count("pk"))
            .values_list("activity", "first", "count")
        }
        language = translation.get_language() or settings.LANGUAGE_CODE
        found = []
        for pk in ids:
            row = by_id.get(pk)
            if row is None:
                continue
            next_start, dates_to_come = dates.get(pk, (None, 0))
            found.append(
                cls(
                    slug=row["slug"],
                    title=row["title"],
                    text_language=row["locale__language_code"],
                    status=row["status"],
                    sortir_price=row["sortir_price"],
                    full_price=row["full_price"],
                    next_start=next_start,
                    dates_to_come=dates_to_come,
                    place=row["place__name"] or "",
                    # As LabelledMixin.label: the commune's name in the language, else in French.
                    commune=row.get(f"place__commune__name_{language}") or row["place__commune__name"] or "",
                    accessibility=tuple(key for key in Activity.ACCESSIBILITY if row[key]),
                    eticket=row["eticket"],
                    excerpt=excerpts.get(pk, ""),
                )
            )
        return found

    # Labels in the active language, which the cache key holds: read only to render.
    @property
    def status_label(self):
        return Activity.Status(self.status).label

    @property
    def accessibility_labels(self):
        return [Activity.ACCESSIBILITY[key] for key in self.accessibility]


def digest(text):
    return hashlib.blake2b(text.encode(), digest_size=20).hexdigest()


@functools.lru_cache(maxsize=8)
def source_digest(source):
    return digest(source)


def render_all(found):
    """The HTML of the Cards `found`, in order, read from the cache together and
    rendered only where missing."""
    template = get_template(TEMPLATE)
    version = source_digest(template.template.source)
    context = (version, translation.get_language(), timezone.get_current_timezone_name())
    keys = [digest(repr((*context, card))) for card in found]
    cache = caches["cards"]
    cached = cache.get_many(keys)
    missing = {}
    for key, card in zip(keys, found, strict=True):
        if key not in cached:
            cached[key] = missing[key] = template.render({"card": card})
    if missing:
        cache.set_many(missing)
    return [cached[key] for key in keys]
