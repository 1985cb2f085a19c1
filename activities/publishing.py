"""Writes many activities at once (a page of synced events, a benchmark catalogue) in a
few queries per batch rather than per activity.

The result is what `Activity.save()` followed by `save_revision().publish()` leaves, for
each row: the row, its dates, categories and calendar days, a revision that is the live
one, a "published" entry in its history, its search entries (ours and the admin's), its
references, and the `published` signal. (Two differences, both harmless: one history entry
instead of "created" then "published" for a new activity, and dates without ids in the
revision, which Wagtail matches again when a revision is published.) Saving activities one
by one that way takes tens of milliseconds each: a full sync would take hours."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import ModelLogEntry, ReferenceIndex, Revision
from wagtail.signals import published

from search import index as search_index

from .models import Activity, ActivityDay, Occurrence, catalogue_changed, derived_dates
from .rows import insert_rows, update_rows

BATCH = 500
DERIVED_FIELDS = ["next_start", "last_end"]
PUBLISH_FIELDS = ["live", "has_unpublished_changes", "first_published_at", "last_published_at", "expired"]


@dataclass
class Row:
    """One activity to write. `publish`: make this version live (else it is saved as a
    draft: editors have taken the activity offline). `revision`: False for translations
    that only follow their source's shared fields (as `Activity.sync_translations` does,
    without a revision of their own)."""

    activity: Activity
    periods: list
    categories: list
    is_new: bool = False
    update_fields: list = field(default_factory=list)
    publish: bool = True
    revision: bool = True
    # An editor's draft, to be brought up to date with the synced fields and kept as the
    # latest revision (`rebase(draft)` applies them to the draft's object).
    draft_revision_id: int | None = None
    rebase: object = None


def write_rows(rows, now=None):
    """Write the rows; returns the number of activities written."""
    if not rows:
        return 0
    now = now or timezone.now()
    for row in rows:
        _prepare(row, now)
    _save_rows(rows)
    _replace_children(rows)
    _save_revisions(rows, now)
    _log(rows, now)
    _index(rows)
    catalogue_changed()
    for row in rows:
        if row.revision and row.publish:
            # As Wagtail's own publishing does, for whoever listens (caches, webhooks…).
            published.send(sender=Activity, instance=row.activity, revision=row.activity.live_revision)
    return len(rows)


def _prepare(row, now):
    activity = row.activity
    activity.next_start, activity.last_end = derived_dates(row.periods, now)
    if not row.revision:
        return
    if row.publish:
        activity.live = True
        activity.expired = False
        activity.has_unpublished_changes = False
        activity.last_published_at = now
        activity.first_published_at = activity.first_published_at or now
    else:
        # Not live: the row is the latest draft, as when editors save a draft.
        activity.has_unpublished_changes = True


def _save_rows(rows):
    _create_rows([row.activity for row in rows if row.is_new])
    by_fields = {}
    for row in rows:
        if not row.is_new:
            fields = list(row.update_fields) + DERIVED_FIELDS
            if row.revision:
                fields += PUBLISH_FIELDS
            by_fields.setdefault(tuple(dict.fromkeys(fields)), []).append(row.activity)
    for fields, activities in by_fields.items():
        update_rows(activities, fields)


def _create_rows(activities):
    """INSERT new activities, then read their ids back by (translation key, locale), which
    is unique: much less work per row than `bulk_create` on a table this wide."""
    if not activities:
        return
    names = [field.attname for field in Activity._meta.concrete_fields if not field.primary_key]
    insert_rows(Activity, names, [[getattr(activity, name) for name in names] for activity in activities])
    ids = {
        (key, locale_id): pk
        for key, locale_id, pk in Activity.objects.filter(
            translation_key__in={activity.translation_key for activity in activities}
        ).values_list("translation_key", "locale_id", "pk")
    }
    for activity in activities:
        activity.pk = ids[(activity.translation_key, activity.locale_id)]
        activity._state.adding = False
        activity._state.db = connection.alias


def _replace_children(rows):
    existing = [row.activity.pk for row in rows if not row.is_new]
    through = Activity.categories.through
    if existing:
        Occurrence.objects.filter(activity_id__in=existing).delete()
        through.objects.filter(activity_id__in=existing).delete()
        ActivityDay.objects.filter(activity_id__in=existing).delete()
    occurrences, links, days = [], [], []
    for row in rows:
        activity = row.activity
        # The revision's copy of the dates carries no ids, which Wagtail handles (children
        # without ids are matched again when a revision is published).
        activity.occurrences = [
            Occurrence(start=start, end=end, sort_order=index)
            for index, (start, end) in enumerate(row.periods)
        ]
        activity.categories = row.categories
        occurrences.extend((activity.pk, start, end, index) for index, (start, end) in enumerate(row.periods))
        links.extend((activity.pk, category.pk) for category in row.categories)
        days.extend(
            (day.activity_id, day.day, day.end)
            for day in ActivityDay.for_occurrences(activity.pk, row.periods)
        )
    insert_rows(Occurrence, ["activity", "start", "end", "sort_order"], occurrences)
    insert_rows(through, ["activity", "category"], links)
    insert_rows(ActivityDay, ["activity", "day", "end"], days)


def _save_revisions(rows, now):
    content_type = ContentType.objects.get_for_model(Activity)
    revised = [row for row in rows if row.revision]
    revisions = [
        Revision(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(row.activity.pk),
            created_at=now,
            content=row.activity.serializable_data(),
            object_str=str(row.activity),
        )
        for row in revised
    ]
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    for row, revision in zip(revised, revisions, strict=True):
        activity = row.activity
        activity.latest_revision = revision
        if row.publish:
            activity.live_revision = revision
        if row.draft_revision_id:
            activity.latest_revision = _rebased_draft(row, content_type, now)
            activity.has_unpublished_changes = True
    update_rows(
        [row.activity for row in revised], ["latest_revision", "live_revision", "has_unpublished_changes"]
    )


def _rebased_draft(row, content_type, now):
    """An editor's pending draft, with the synced fields brought up to date, saved again
    as the latest revision so that the editor finds it where they left it."""
    draft = Revision.objects.get(pk=row.draft_revision_id).as_object()
    row.rebase(draft)
    draft.occurrences = [
        Occurrence(activity=draft, start=start, end=end, sort_order=index)
        for index, (start, end) in enumerate(row.periods)
    ]
    draft.categories = row.categories
    return Revision.objects.create(
        content_type=content_type,
        base_content_type=content_type,
        object_id=str(row.activity.pk),
        created_at=now,
        content=draft.serializable_data(),
        object_str=str(draft),
    )


def _log(rows, now):
    """One entry per activity in its history: published (or saved as a draft) by the sync."""
    content_type = ContentType.objects.get_for_model(Activity)
    entries = [
        (
            content_type.pk,
            str(row.activity),
            "wagtail.publish" if row.publish else "wagtail.edit",
            {},
            now,
            str(row.activity.pk),
            (row.activity.live_revision if row.publish else row.activity.latest_revision).pk,
            True,
            False,
        )
        for row in rows
        if row.revision
    ]
    names = [
        "content_type",
        "label",
        "action",
        "data",
        "timestamp",
        "object_id",
        "revision",
        "content_changed",
    ]
    insert_rows(ModelLogEntry, [*names, "deleted"], entries)


def _index(rows):
    """Every search backend's entries and Wagtail's reference index, made in bulk from the
    activities in memory, whose categories and dates are already there."""
    activities = [row.activity for row in rows]
    _attach_related(activities)
    search_index.index_activities(activities)
    _references(activities)


def _attach_related(activities):
    """Give the activities their place and structure objects, read in two queries, so that
    indexing them reads nothing more."""
    for name in ("place", "structure"):
        model = Activity._meta.get_field(name).related_model
        ids = {getattr(activity, f"{name}_id") for activity in activities} - {None}
        objects = model.objects.in_bulk(ids) if ids else {}
        for activity in activities:
            setattr(activity, name, objects.get(getattr(activity, f"{name}_id")))


def _references(activities):
    """What `ReferenceIndex.create_or_update_for_object` does (the admin's "usage" of images
    and places), for many activities in a few queries instead of a few per activity."""
    if not ReferenceIndex.is_indexed(Activity):
        return
    content_type = ContentType.objects.get_for_model(Activity)
    wanted = {
        str(activity.pk): set(ReferenceIndex._extract_references_from_object(activity))
        for activity in activities
    }
    stored = defaultdict(dict)
    for reference_id, object_id, *key in ReferenceIndex.objects.filter(
        base_content_type=content_type, object_id__in=list(wanted)
    ).values_list("id", "object_id", "to_content_type_id", "to_object_id", "model_path", "content_path"):
        stored[object_id][tuple(key)] = reference_id
    created, deleted = [], []
    for object_id, references in wanted.items():
        known = stored.get(object_id, {})
        deleted.extend(reference_id for key, reference_id in known.items() if key not in references)
        created.extend(
            (
                content_type.pk,
                content_type.pk,
                object_id,
                to_content_type_id,
                to_object_id,
                model_path,
                content_path,
                ReferenceIndex._get_content_path_hash(content_path),
            )
            for to_content_type_id, to_object_id, model_path, content_path in references - known.keys()
        )
    insert_rows(
        ReferenceIndex,
        [
            "content_type",
            "base_content_type",
            "object_id",
            "to_content_type",
            "to_object_id",
            "model_path",
            "content_path",
            "content_path_hash",
        ],
        created,
    )
    if deleted:
        ReferenceIndex.objects.filter(id__in=deleted).delete()
