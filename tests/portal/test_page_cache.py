"""Anonymous visitors share cached pages; editors never see a stale one; publishing or
restricting makes the cached pages go, and no copy kept downstream outlives them."""

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, PageViewRestriction

from activities.models import Activity
from pages.models import StandardPage

Document = get_document_model()

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


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=BaseViewRestriction.LOGIN)


def test_a_page_made_private_is_no_longer_served_from_the_cache(client):
    page = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    assert client.get(page.url).status_code == 200
    restrict(page)
    response = client.get(page.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_page_made_private_leaves_the_cached_api_listing(client):
    page = StandardPage.objects.get(locale__language_code="fr", slug="contact")

    def listed():
        return {item["id"] for item in client.get("/api/v2/pages/", {"limit": 100}).json()["items"]}

    assert page.pk in listed()
    restriction = restrict(page)
    assert page.pk not in listed()
    restriction.restriction_type = BaseViewRestriction.PASSWORD
    restriction.password = "secret-word"
    restriction.save()
    assert page.pk not in listed()
    restriction.delete()
    assert page.pk in listed()


def test_a_collection_made_private_leaves_the_cached_document_listing(client):
    collection = Collection.get_first_root_node().add_child(name="Board")
    Document.objects.create(title="Minutes", collection=collection, file=ContentFile(b"%PDF", name="m.pdf"))

    def titles():
        return [item["title"] for item in client.get("/api/v2/documents/", {"limit": 100}).json()["items"]]

    assert "Minutes" in titles()
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=BaseViewRestriction.LOGIN
    )
    assert "Minutes" not in titles()
    restriction.delete()
    assert "Minutes" in titles()


def test_browsers_and_proxies_must_revalidate_every_anonymous_page(client):
    for url in ("/fr/", "/fr/activites/", "/fr/contact/", "/api/v2/activities/"):
        for attempt in ("built", "from the page cache"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["Cache-Control"] == "no-cache", (url, attempt)
            assert not response.has_header("Expires"), (url, attempt)
            assert response.has_header("ETag"), (url, attempt)


def test_an_unchanged_page_revalidates_without_its_body(client):
    first = client.get("/fr/contact/")
    again = client.get("/fr/contact/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_a_revalidated_page_made_private_is_not_confirmed(client):
    page = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    etag = client.get(page.url)["ETag"]
    restrict(page)
    assert client.get(page.url, HTTP_IF_NONE_MATCH=etag).status_code == 302


def test_pages_built_for_someone_with_a_cookie_are_kept_by_no_shared_cache(admin_client):
    response = admin_client.get("/fr/contact/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
