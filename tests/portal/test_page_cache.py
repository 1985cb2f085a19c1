"""Anonymous visitors share cached pages; editors never see a stale one; publishing
makes the cached pages go."""

import pytest
from django.core.cache import caches

from activities.models import Activity
from pages.models import StandardPage

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(client, django_assert_num_queries):
    first = client.get("/fr/activites/?q=concert")
    with django_assert_num_queries(0):
        second = client.get("/fr/activites/?q=concert")
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_compressed_and_plain_copies_are_kept_apart(client):
    gzipped = client.get("/fr/", HTTP_ACCEPT_ENCODING="gzip")
    plain = client.get("/fr/")
    assert gzipped["Content-Encoding"] == "gzip"
    assert not plain.has_header("Content-Encoding")
    assert b"<html" in plain.content


def test_publishing_a_page_refreshes_the_cached_pages(client):
    page = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    client.get(page.url)
    page.intro = "Nouvelle adresse de l'accueil."
    page.save_revision().publish()
    assert "Nouvelle adresse de l" in client.get(page.url).content.decode()


def test_a_saved_activity_refreshes_the_cached_search(client):
    client.get("/fr/activites/?q=hamlet")
    activity = Activity.objects.get(slug="hamlet-au-tnb", locale__language_code="fr")
    activity.title = "Hamlet, version courte"
    activity.save()
    assert "Hamlet, version courte" in client.get("/fr/activites/?q=hamlet").content.decode()


def test_logged_in_editors_always_get_a_fresh_page(admin_client):
    admin_client.get("/fr/")
    assert len(caches["pages"]._cache) == 0
    assert "userbar" in admin_client.get("/fr/").content.decode()
