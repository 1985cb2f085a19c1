"""Wagtail's v2 endpoints (pages, images, documents) as anonymous clients meet them:
restricted content is left out, odd query strings get a 4xx, never a server error."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, PageViewRestriction

from pages.models import StandardPage

pytestmark = pytest.mark.django_db

Document = get_document_model()


@pytest.fixture
def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=BaseViewRestriction.LOGIN
    )
    return collection


def add_document(title, collection):
    return Document.objects.create(
        title=title, collection=collection, file=ContentFile(b"%PDF-1.4\n", name=f"{title}.pdf")
    )


def test_login_restricted_pages_are_not_listed_to_anonymous_clients(client):
    contact = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    PageViewRestriction.objects.create(page=contact, restriction_type=BaseViewRestriction.LOGIN)
    response = client.get("/api/v2/pages/", {"locale": "fr", "limit": 100})
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert contact.pk not in ids
    assert contact.get_parent().pk in ids
    assert client.get(f"/api/v2/pages/{contact.pk}/").status_code == 404


def test_documents_of_a_restricted_collection_are_not_listed_to_anonymous_clients(client, private_collection):
    add_document("Minutes", private_collection)
    add_document("Leaflet", Collection.get_first_root_node())
    response = client.get("/api/v2/documents/", {"limit": 100})
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert "Leaflet" in titles and "Minutes" not in titles


def test_images_endpoint_answers_with_a_restricted_collection(client, private_collection):
    response = client.get("/api/v2/images/", {"limit": 100})
    assert response.status_code == 200
    listed = {item["id"] for item in response.json()["items"]}
    assert not listed & set(
        get_image_model().objects.filter(collection=private_collection).values_list("pk", flat=True)
    )


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_an_offset_too_large_for_the_database_gives_an_empty_page(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/", {"offset": "9223372036854775808"})
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_offsets_within_the_results_still_page_through_them(client):
    first = client.get("/api/v2/pages/", {"limit": 20}).json()
    second = client.get("/api/v2/pages/", {"offset": 1, "limit": 19}).json()
    assert second["meta"]["total_count"] == first["meta"]["total_count"] > 20
    assert second["items"] == first["items"][1:]


@pytest.mark.parametrize("search", ['"', " ", "\x00", "'", "*", "()", '"opéra'])
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_searches_with_query_syntax_or_nothing_to_search_are_not_errors(client, endpoint, search):
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code in (200, 400), response.content
    assert response["Content-Type"] == "application/json"


def test_a_blank_search_lists_everything(client):
    everything = client.get("/api/v2/pages/").json()
    assert client.get("/api/v2/pages/", {"search": " "}).json() == everything


def test_punctuation_around_a_word_does_not_stop_it_being_found(client):
    titles = [item["title"] for item in client.get("/api/v2/pages/", {"search": '"contact'}).json()["items"]]
    assert "Contact" in titles


def test_a_nul_character_is_refused(client):
    response = client.get("/api/v2/pages/", {"search": "con\x00tact"})
    assert response.status_code == 400
    assert "NUL" in response.json()["message"]


def test_an_unknown_search_operator_is_refused(client):
    response = client.get("/api/v2/pages/", {"search": "contact", "search_operator": "xor"})
    assert response.status_code == 400


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_find_with_an_id_that_is_not_a_number_is_refused(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/find/", {"id": "abc"})
    assert response.status_code == 400
    assert response.json() == {"message": "id must be an integer"}


def test_find_still_redirects_to_the_detail_of_a_page(client):
    contact = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    response = client.get("/api/v2/pages/find/", {"id": contact.pk})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/pages/{contact.pk}/?")
