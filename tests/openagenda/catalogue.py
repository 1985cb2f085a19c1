"""What the sync made of the catalogue, without ids or timestamps, to compare two
databases: `python -m tests.openagenda.catalogue` prints it as JSON for the
database of DATABASE_URL."""

import json

FIELDS = [
    "title", "slug", "summary", "description", "kind", "age_min", "age_max", "for_families",
    "for_students", "full_price", "sortir_price", "price_notes", "booking_url", "eticket",
    "wheelchair", "hearing", "visual", "mental", "accessibility_notes", "status", "live",
    "has_unpublished_changes", "source", "source_agenda", "source_uid", "source_data",
    "source_image_url", "sortir_price_by_editor", "featured", "next_start", "last_end",
]  # fmt: skip


def _plain(value):
    if value is None or isinstance(value, bool | int | str | dict | list):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def catalogue():
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    from activities.models import Activity, Place

    activities = Activity.objects.select_related("locale", "place", "image").prefetch_related(
        "categories", "occurrences"
    )
    sources = dict(
        Activity.objects.filter(locale__language_code="fr").values_list("translation_key", "source_uid")
    )
    rows = []
    for activity in activities:
        row = {name: _plain(getattr(activity, name)) for name in FIELDS}
        row.update(
            {
                "locale": activity.locale.language_code,
                "translation_of": sources.get(activity.translation_key),
                "categories": sorted(category.slug for category in activity.categories.all()),
                "dates": sorted((_plain(o.start), _plain(o.end)) for o in activity.occurrences.all()),
                "place": activity.place and [activity.place.name, activity.place.address],
                "image": activity.image and activity.image.title,
                "revisions": Revision.objects.for_instance(activity).count(),
            }
        )
        rows.append(row)
    rows.sort(key=lambda row: (row["source"], row["source_uid"], row["locale"], row["slug"]))
    return {
        "activities": rows,
        "places": Place.objects.count(),
        "images": get_image_model().objects.count(),
    }


def runs():
    from openagenda.models import SyncRun

    return list(SyncRun.objects.order_by("pk").values("outcome", "pages", "error"))


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps({"catalogue": catalogue(), "runs": runs()}))
