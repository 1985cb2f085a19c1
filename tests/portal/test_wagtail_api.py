"""Wagtail's v2 endpoints (pages, images, documents) as anonymous clients meet them:
restricted content is left out, never a server error."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
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
    response = client.get("/api/v2/documents/")
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Leaflet"]


def test_images_endpoint_answers_with_a_restricted_collection(client, private_collection):
    response = client.get("/api/v2/images/")
    assert response.status_code == 200
    assert response.json()["items"] == []
