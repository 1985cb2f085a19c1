"""The bulk writer (activities/publishing.py, used by the sync and generate_activities)
must leave what Wagtail's own `save()` then `save_revision().publish()` leaves: the same
revision, history, references and search entry. It calls private Wagtail functions to be
fast; if Wagtail changes them, these tests say so before the writer does something else."""

import inspect
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, ModelLogEntry, ReferenceIndex, Revision

from activities.models import Activity, Occurrence, Structure
from activities.publishing import Row, write_rows
from search.models import IndexEntry
from tests.activities.factories import CategoryFactory, PlaceFactory

pytestmark = pytest.mark.django_db

# Private Wagtail functions the sync relies on, with the parameters it passes.
PRIVATE_WAGTAIL = [
    (ReferenceIndex, "_extract_references_from_object", ["object"]),
    (ReferenceIndex, "_get_content_path_hash", ["content_path"]),
    (AbstractImage, "_set_image_file_metadata", ["self"]),
]
# What differs by nature between two activities, or is documented as harmless in
# publishing.py (dates without ids in the revision).
OWN_TO_EACH = {"pk", "id", "slug", "translation_key", "latest_revision", "live_revision"}


def twins():
    """Two identical activities, one published the Wagtail way, one by the bulk writer."""
    now = timezone.now().replace(microsecond=0)
    periods = [(now + timedelta(days=d), now + timedelta(days=d, hours=2)) for d in (2, 9)]
    category = CategoryFactory()
    values = {
        "title": "Concert jumeau",
        "summary": "Deux fois le même",
        "description": "Une description.",
        "place": PlaceFactory(),
        "structure": Structure.objects.create(name="Salle jumelle"),
        "sortir_price": Decimal("3.00"),
        "locale": Locale.objects.get(language_code="fr"),
    }
    wagtail = Activity(slug="jumeau-wagtail", **values)
    # Dates in order, as the editor's inline panel gives them.
    wagtail.occurrences = [
        Occurrence(start=start, end=end, sort_order=index) for index, (start, end) in enumerate(periods)
    ]
    wagtail.categories = [category]
    wagtail.save()
    wagtail.save_revision().publish()
    bulk = Activity(slug="jumeau-bulk", **values)
    write_rows([Row(bulk, periods, [category], is_new=True)])
    return Activity.objects.get(pk=wagtail.pk), Activity.objects.get(pk=bulk.pk)


def revisions(activity):
    found = []
    for revision in Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Activity), object_id=str(activity.pk)
    ):
        content = {key: value for key, value in revision.content.items() if key not in OWN_TO_EACH}
        content["occurrences"] = [
            {key: value for key, value in date.items() if key not in {"pk", "id", "activity"}}
            for date in content["occurrences"]
        ]
        content.pop("first_published_at", None), content.pop("last_published_at", None)
        found.append((revision.object_str, content, revision.pk == activity.live_revision_id))
    return found


def history(activity):
    return [
        (entry.action, entry.label, entry.content_changed, entry.revision_id == activity.live_revision_id)
        for entry in ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Activity), object_id=str(activity.pk)
        )
    ]


def references(activity):
    return set(
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Activity), object_id=str(activity.pk)
        ).values_list("to_content_type", "to_object_id", "model_path", "content_path")
    )


def search_entry(activity):
    return IndexEntry.objects.filter(model="activities.activity", object_id=activity.pk).values_list(
        "title", "body"
    )[0]


def test_the_bulk_writer_leaves_what_wagtails_publishing_leaves():
    wagtail, bulk = twins()

    [(bulk_str, bulk_content, bulk_live)] = revisions(bulk)
    [(wagtail_str, wagtail_content, wagtail_live)] = revisions(wagtail)
    assert bulk_content == wagtail_content
    assert (bulk_str, bulk_live) == (wagtail_str, wagtail_live) == ("Concert jumeau", True)
    assert history(bulk) == history(wagtail) == [("wagtail.publish", "Concert jumeau", True, True)]
    assert references(bulk) == references(wagtail) != set()
    assert search_entry(bulk) == search_entry(wagtail)
    for name in ("live", "has_unpublished_changes", "next_start", "last_end", "first_published_at"):
        assert bool(getattr(bulk, name)) == bool(getattr(wagtail, name)), name
    assert (bulk.next_start, bulk.last_end) == (wagtail.next_start, wagtail.last_end)


@pytest.mark.parametrize(("owner", "name", "parameters"), PRIVATE_WAGTAIL)
def test_the_private_wagtail_functions_the_sync_calls_are_still_there(owner, name, parameters):
    function = getattr(owner, name, None)
    assert function is not None, (
        f"Wagtail no longer has {owner.__name__}.{name}, which activities/publishing.py and "
        "images.py call: write its equivalent there before upgrading"
    )
    found = [p for p in inspect.signature(function).parameters if p != "cls"]
    assert found == parameters, (
        f"{owner.__name__}.{name} now takes {found} instead of {parameters}: check what the sync "
        "passes it (activities/publishing.py, images.py) before upgrading Wagtail"
    )


def test_generated_activities_are_published_as_wagtail_publishes():
    call_command("generate_activities", 5, seed=3, stdout=io.StringIO())

    generated = Activity.objects.filter(slug__startswith="activite-generee-")
    assert generated.count() == 5
    for activity in generated:
        assert activity.live and activity.live_revision_id == activity.latest_revision_id is not None
        assert history(activity) == [("wagtail.publish", activity.title, True, True)]
        assert activity.next_start and activity.last_end
        assert search_entry(activity)[0].startswith(activity.title)
