"""What of an activity is searchable, and keeping every backend's index in step with the
catalogue. The text has three parts, ranked in this order: the title; the summary,
description, categories and partner; the places (venue, commune, neighbourhood)."""

import logging

from .models import IndexEntry

logger = logging.getLogger(__name__)

ACTIVITY = "activities.activity"


def _labels(entry):
    return [entry.name, entry.name_en, entry.name_ar] if entry else []


def activity_text(activity, taxonomy):
    """{title, body, places} of an activity. Its place and structure are read from the
    object (callers attach them in bulk), its communes and neighbourhoods from the
    taxonomy, so that indexing many activities reads nothing per activity."""
    communes = {c.pk: c for c in taxonomy.communes.values()}
    neighbourhoods = {n.pk: n for n in taxonomy.neighbourhoods.values()}
    body = [activity.summary, activity.description]
    for category in activity.categories.all():
        body += _labels(category)
    if activity.structure_id and activity.structure:
        body.append(activity.structure.name)
    places = []
    place = activity.place if activity.place_id else None
    if place:
        places.append(place.name)
        places += _labels(communes.get(place.commune_id))
        places += _labels(neighbourhoods.get(place.neighbourhood_id))
    return {
        "title": activity.title,
        "body": " ".join(filter(None, body)),
        "places": " ".join(filter(None, places)),
    }


def index_activities(activities):
    """Every backend indexes these activities (live ones) and forgets the others."""
    from .backends import index_backends

    activities = list(activities)
    if not activities:
        return
    for backend in index_backends():
        _follow(backend, backend.index, activities)


def remove_activities(ids):
    from .backends import index_backends

    ids = list(ids)
    for backend in index_backends():
        _follow(backend, backend.remove, ids)


def _follow(backend, update, items):
    """An index that cannot be updated (Elasticsearch down) does not stop the save: the
    database backend, which searches fall back to, is up to date."""
    try:
        update(items)
    except backend.errors:
        logger.exception(
            "The %s index was not updated: run `manage.py rebuild_activity_index` once it is back.",
            backend.name,
        )


def database_entries(activities, taxonomy):
    return [
        IndexEntry(model=ACTIVITY, object_id=activity.pk, **activity_text(activity, taxonomy))
        for activity in activities
    ]
