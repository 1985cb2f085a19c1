"""The database backend's own index of the catalogue: one narrow row per activity and
language it is shown in (ActivityRow), and the facet counts of those rows by the week
their last date ends (FacetCount), updated together from the changed activities."""

from collections import Counter
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from activities.models import Activity

from ..models import ActivityRow, ActivityRowCategory, FacetCount, IndexVersion

LANGUAGES = [code for code, _name in settings.LANGUAGES]
FLAGS = {
    "audience": {"families": "families", "students": "students"},
    "eticket": {"1": "eticket"},
    "accessibility": {key: key for key in Activity.ACCESSIBILITY},
}
TOTAL = ("", "")
ROW_FIELDS = [
    "translation_key", "live", "locale__language_code", "next_start", "last_end", "place_id", "kind",
    "sortir_price", "age_min", "age_max", "for_families", "for_students", "eticket", *Activity.ACCESSIBILITY,
]  # fmt: skip
KEY_FIELDS = ["language", "facet", "option", "end_week"]
COUNTS_LOCK = 7_415_201  # any number no other advisory lock of the portal uses


def shown_in(family):
    """{language: activity} for a translation family: a language shows its live
    translation, else the live French source, else nothing."""
    live = {activity.locale.language_code: activity for activity in family if activity.live}
    source = live.get(settings.LANGUAGE_CODE)
    shown = {}
    for language in LANGUAGES:
        activity = live.get(language, source)
        if activity is not None:
            shown[language] = activity
    return shown


def make_row(language, activity):
    place = activity.place if activity.place_id else None
    return ActivityRow(
        language=language,
        activity_id=activity.pk,
        next_start=activity.next_start,
        last_end=activity.last_end,
        commune_id=place.commune_id if place else None,
        neighbourhood_id=place.neighbourhood_id if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        kind=activity.kind,
        price=activity.sortir_price,
        age_min=activity.age_min,
        age_max=activity.age_max,
        families=activity.for_families,
        students=activity.for_students,
        eticket=activity.eticket,
        wheelchair=activity.wheelchair,
        hearing=activity.hearing,
        visual=activity.visual,
        mental=activity.mental,
    )


def options(row, categories):
    """The (facet, option) pairs a row counts in, the total included. Taxonomy options
    are ids (slugs can be renamed), the others the filters' own values."""
    found = [TOTAL, ("kind", row.kind)]
    if row.price is not None and Decimal(row.price) == 0:
        found.append(("free", "1"))
    for facet, values in FLAGS.items():
        found += [(facet, value) for value, field in values.items() if getattr(row, field)]
    if row.commune_id:
        found.append(("commune", str(row.commune_id)))
    if row.neighbourhood_id:
        found.append(("neighbourhood", str(row.neighbourhood_id)))
    found += [("category", str(category_id)) for category_id in categories]
    return found


def monday(day):
    return day - timedelta(days=day.weekday())


def contributions(rows, categories):
    """Counter of (language, facet, option, week of the end) for rows with dates."""
    counter = Counter()
    for row in rows:
        if row.last_end is None:
            continue
        week = monday(timezone.localdate(row.last_end))
        for facet, option in options(row, categories.get(row.activity_id, ())):
            counter[row.language, facet, option, week] += 1
    return counter


def families(activities):
    """Every activity sharing a translation key with these, with what rows read."""
    keys = {activity.translation_key for activity in activities}
    queryset = (
        Activity.objects.filter(translation_key__in=keys)
        .select_related("place", "locale")
        .only(
            *ROW_FIELDS, "place__commune_id", "place__neighbourhood_id", "place__latitude", "place__longitude"
        )
    )
    by_key = {}
    for activity in queryset:
        by_key.setdefault(activity.translation_key, []).append(activity)
    return by_key.values()


def update(activities):
    """Rows and counts for these activities' translation families, as they are saved
    now: their old rows and counts out, the new ones in."""
    activity_ids, new_rows = [], []
    for family in families(activities):
        activity_ids += [activity.pk for activity in family]
        new_rows += [make_row(language, activity) for language, activity in shown_in(family).items()]
    shown_ids = [row.activity_id for row in new_rows]
    through = Activity.categories.through.objects.filter(activity_id__in=shown_ids)
    replace(activity_ids, new_rows, by_activity(through))


def by_activity(categories):
    """{activity id: [category ids]} of (activity_id, category_id) rows."""
    found = {}
    for activity_id, category_id in categories.values_list("activity_id", "category_id"):
        found.setdefault(activity_id, []).append(category_id)
    return found


def remove(activity_ids):
    replace(activity_ids, [], {})


@transaction.atomic
def replace(activity_ids, new_rows, new_categories, batch_size=500):
    lock_counts()
    old_rows = list(ActivityRow.objects.filter(activity_id__in=activity_ids))
    saved = ActivityRowCategory.objects.filter(activity_id__in=activity_ids)
    old_categories = by_activity(saved)
    delta = contributions(new_rows, new_categories)
    delta.subtract(contributions(old_rows, old_categories))
    ActivityRow.objects.filter(activity_id__in=activity_ids).delete()
    saved.delete()
    ActivityRow.objects.bulk_create(new_rows, batch_size=batch_size)
    ActivityRowCategory.objects.bulk_create(
        (
            ActivityRowCategory(activity_id=activity_id, category_id=category_id)
            for activity_id, categories in new_categories.items()
            for category_id in categories
        ),
        batch_size=batch_size,
    )
    add_counts(delta, batch_size)
    IndexVersion.bump()


def lock_counts():
    """Writers of the counts take turns (they read, add and write back). SQLite lets one
    writer at a time anyway; PostgreSQL is told so, until the transaction ends."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [COUNTS_LOCK])


def add_counts(delta, batch_size):
    changed = {key: n for key, n in delta.items() if n}
    if not changed:
        return
    current = FacetCount.objects.filter(
        language__in={key[0] for key in changed}, end_week__in={key[3] for key in changed}
    ).values_list(*KEY_FIELDS, "count")
    counts = {tuple(values[:4]): values[4] for values in current}
    FacetCount.objects.bulk_create(
        [
            FacetCount(**dict(zip(KEY_FIELDS, key, strict=True)), count=counts.get(key, 0) + n)
            for key, n in changed.items()
        ],
        update_conflicts=True,
        unique_fields=KEY_FIELDS,
        update_fields=["count"],
        batch_size=batch_size,
    )
