"""Event images (downloaded once into Wagtail images) and the replay of stored events."""

import pytest
from wagtail.images import get_image_model

from activities.models import Category
from devtools.fake_openagenda import jpeg_bytes
from openagenda.models import KeywordMapping

from .payloads import AGENDA, event, image_of, run_sync, synced

pytestmark = pytest.mark.django_db


def image_requests(openagenda):
    return [request for request in openagenda.requests if request.path.startswith("/images/")]


def test_images_are_downloaded_once_and_reused(openagenda, client):
    openagenda.add_image("/images/affiche.base.jpg", jpeg_bytes())
    base = f"{openagenda.root_url}/images/"
    first, second = event(4001), event(4002)
    first["image"] = second["image"] = image_of(base, "affiche.base.jpg")
    openagenda.agendas[AGENDA].set_events([first, second])
    images_before = get_image_model().objects.count()

    run_sync()

    activity = synced(4001)
    assert activity.image is not None and activity.image.width == 40
    assert synced(4002).image == activity.image and synced(4001, "en").image == activity.image
    assert activity.source_image_url == f"{base}affiche.base.jpg"
    assert get_image_model().objects.count() == images_before + 1
    assert len(image_requests(openagenda)) == 1
    # The key stays with the API: the image host never sees it.
    assert "key" not in image_requests(openagenda)[0].headers
    html = client.get(f"/fr/activites/{activity.slug}/").content.decode()
    assert "/media/images/affiche" in html  # a rendition, not the original

    changed = event(4001, title="Nouvelle affiche ?", minutes_ago=0)
    changed["image"] = first["image"]
    openagenda.agendas[AGENDA].upsert(changed)
    run_sync()

    assert synced(4001).image == activity.image and len(image_requests(openagenda)) == 1


def test_a_broken_image_is_skipped_with_a_warning(openagenda):
    openagenda.add_image("/images/broken.base.jpg", b"<html>not an image</html>", content_type="image/jpeg")
    base = f"{openagenda.root_url}/images/"
    broken, missing = event(4101), event(4102)
    broken["image"] = image_of(base, "broken.base.jpg")
    missing["image"] = image_of(base, "missing.base.jpg")
    openagenda.agendas[AGENDA].set_events([broken, missing])

    run, _output = run_sync()

    assert (run.outcome, run.created) == ("success", 2)
    assert synced(4101).image is None and synced(4102).image is None
    warnings = {message["uid"]: message["message"] for message in run.messages}
    assert "not a readable image" in warnings["4101"] and "HTTP 404" in warnings["4102"]


def test_a_replay_maps_stored_events_again_without_any_request(openagenda):
    openagenda.agendas[AGENDA].set_events([event(4201), event(4202, keywords={"fr": ["cirque"]})])
    run_sync()
    assert not synced(4201).categories.exists()
    concert = Category.objects.get(slug="concert")
    KeywordMapping.objects.create(keyword="JAZZ", category=concert)
    revisions = synced(4202).revisions.count()
    openagenda.requests.clear()

    run, output = run_sync("--replay")

    assert openagenda.requests == []
    assert (run.mode, run.updated, run.unchanged) == ("replay", 1, 1)
    assert list(synced(4201).categories.all()) == [concert]
    assert list(synced(4201, "en").categories.all()) == [concert]
    assert synced(4202).revisions.count() == revisions  # nothing changed for it

    again, _output = run_sync("--replay")
    assert (again.updated, again.writes) == (0, 0)
