"""The restricted publication (the Social Dashboard) is listed for everyone, but its file is
never given to an anonymous visitor, whatever route they take; a member of the
"Professionals" group gets it after logging in."""

import pytest
from django.contrib.auth.models import Group

from studies.demo.loader import PROFESSIONALS
from studies.models import PublicationPage
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

DASHBOARD_SLUG = "tableau-de-bord-social-2024"
PUBLIC_SLUG = "fiche-insee-le-blosne"


def publication(slug, lang="fr"):
    return PublicationPage.objects.get(slug=slug, locale__language_code=lang)


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def dashboard():
    page = publication(DASHBOARD_SLUG)
    with page.document.file.open("rb") as stream:
        page.file_bytes = stream.read()
    assert page.file_bytes.startswith(b"%PDF-")
    return page


@pytest.fixture
def professional(client, django_user_model):
    user = django_user_model.objects.create_user("pro", "pro@example.org", "a-long-passphrase")
    user.groups.add(Group.objects.get(name=PROFESSIONALS))
    client.force_login(user)
    return client


def assert_refused(response, file_bytes):
    assert response.status_code in (302, 403, 404), response.status_code
    if response.status_code == 302:
        assert "/login/" in response["Location"]
    assert file_bytes not in body_of(response)
    assert not response.get("Content-Disposition")


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_the_library_lists_it_with_a_lock(client, lang):
    page = publication(DASHBOARD_SLUG, lang)
    index = client.get(page.get_parent().url)
    card = next(
        link.find_parent("article") for link in soup(index).main.find_all("a") if link["href"] == page.url
    )
    assert card.find(class_="badge--restricted") is not None
    assert text_of(card) != ""


def test_the_publication_page_offers_a_login_not_the_file(client, dashboard):
    response = client.get(dashboard.url)
    assert response.status_code == 200
    doc = soup(response)
    assert "Professionals only" in text_of(doc.main) or "professionnels" in text_of(doc.main)
    links = [a["href"] for a in doc.main.find_all("a")]
    assert dashboard.document.url not in links
    assert any(href.startswith("/fr/_util/login/?next=") for href in links)


def test_the_document_url_redirects_anonymous_visitors_to_the_login(client, dashboard):
    assert_refused(client.get(dashboard.document.url), dashboard.file_bytes)


def test_a_logged_in_user_outside_the_group_does_not_get_it(client, django_user_model, dashboard):
    client.force_login(django_user_model.objects.create_user("someone", "s@example.org", "x-long-passphrase"))
    assert_refused(client.get(dashboard.document.url), dashboard.file_bytes)


def test_the_documents_api_neither_lists_nor_shows_it(client, dashboard):
    listing = client.get("/api/v2/documents/", {"limit": 100})
    assert listing.status_code == 200
    ids = {item["id"] for item in listing.json()["items"]}
    assert dashboard.document_id not in ids
    assert publication(PUBLIC_SLUG).document_id in ids
    assert client.get(f"/api/v2/documents/{dashboard.document_id}/").status_code == 404


@pytest.mark.parametrize(
    "template",
    [
        "/media/{name}",
        "/media/./{name}",
        "/media//{name}",
        "/media/images/../{name}",
        "/media/{name_upper}",
        "/media/documents/",
    ],
)
def test_a_guessed_media_path_never_serves_it(client, dashboard, template):
    name = dashboard.document.file.name  # documents/…pdf
    url = template.format(name=name, name_upper=name.replace("documents/", "DOCUMENTS/"))
    assert_refused(client.get(url), dashboard.file_bytes)


def test_other_media_are_still_served(client, dashboard, settings):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    name = default_storage.save("images/probe.txt", ContentFile(b"probe"))
    try:
        response = client.get(f"/media/{name}")
        assert response.status_code == 200
        assert body_of(response) == b"probe"
    finally:
        default_storage.delete(name)


def test_a_professional_gets_the_file_after_logging_in(professional, dashboard):
    response = professional.get(dashboard.document.url)
    assert response.status_code == 200
    assert body_of(response) == dashboard.file_bytes
    page = soup(professional.get(dashboard.url))
    assert dashboard.document.url in [a["href"] for a in page.main.find_all("a")]


def test_public_publications_are_free_to_download(client):
    page = publication(PUBLIC_SLUG, "ar")
    doc = soup(client.get(page.url))
    assert page.document.url in [a["href"] for a in doc.main.find_all("a")]
    response = client.get(page.document.url)
    assert response.status_code == 200
    assert body_of(response).startswith(b"%PDF-")


def test_the_pages_api_says_it_is_restricted_and_gives_no_file(client, dashboard):
    items = client.get(
        "/api/v2/pages/", {"type": "studies.PublicationPage", "fields": "restricted", "limit": 100}
    ).json()["items"]
    restricted = {item["id"] for item in items if item["restricted"]}
    assert restricted == set(PublicationPage.objects.filter(slug=DASHBOARD_SLUG).values_list("pk", flat=True))
    detail = client.get(f"/api/v2/pages/{dashboard.pk}/").json()
    assert "document" not in detail
    assert "/documents/" not in str(detail)
