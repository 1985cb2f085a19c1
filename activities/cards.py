"""Activity cards, as the catalogue, the home page, audience pages and site search list
them. A card shows only what its `Card` value holds, so the HTML rendered for one value,
in one language, by one version of the template, is the same every time: it is cached
under that value. A changed activity, date or template gives another key, so a card can
never be stale and nothing has to invalidate it."""

import hashlib
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from django.core.cache import caches
from django.template.loader import get_template
from django.utils import timezone, translation

TEMPLATE = "activities/includes/activity_card.html"


class Card(NamedTuple):
    slug: str
    title: str
    # The language of the activity's text: French where it is shown untranslated.
    text_language: str
    status: str
    status_label: str
    sortir_price: Decimal | None
    full_price: Decimal | None
    next_start: datetime | None
    dates_to_come: int
    place: str
    commune: str
    accessibility: tuple[str, ...]
    eticket: bool
    # The matched words in context, where the search backend gives them (Elasticsearch).
    excerpt: str

    @classmethod
    def of(cls, activity):
        place = activity.place
        commune = place.commune if place else None
        return cls(
            slug=activity.slug,
            title=activity.title,
            text_language=activity.locale.language_code,
            status=activity.status,
            status_label=str(activity.get_status_display()),
            sortir_price=activity.sortir_price,
            full_price=activity.full_price,
            # Listings annotate these (ActivityQuerySet.with_next_date).
            next_start=getattr(activity, "upcoming_start", None),
            dates_to_come=getattr(activity, "upcoming_count", None) or 0,
            place=place.name if place else "",
            commune=commune.label if commune else "",
            accessibility=tuple(str(label) for _key, label in activity.accessibility),
            eticket=activity.eticket,
            excerpt=getattr(activity, "excerpt", ""),
        )


def render(activity):
    card = Card.of(activity)
    template = get_template(TEMPLATE)
    key = hashlib.blake2b(
        repr(
            (
                template.template.source,
                translation.get_language(),
                timezone.get_current_timezone_name(),
                card,
            )
        ).encode(),
        digest_size=20,
    ).hexdigest()
    cache = caches["cards"]
    html = cache.get(key)
    if html is None:
        html = template.render({"card": card})
        cache.set(key, html)
    return html
