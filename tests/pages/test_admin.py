import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from pages.models import HomePage, SiteSettings, StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_admin_login_page_renders(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert soup(response).find("input", attrs={"name": "password"})


def test_editor_creates_and_publishes_a_standard_page(admin_client, client):
    home = HomePage.objects.get(locale__language_code="fr")
    data = nested_form_data(
        {
            "title": "Tarifs des piscines",
            "slug": "tarifs-des-piscines",
            "intro": "Les piscines de Rennes au tarif Sortir !",
            "body": streamfield(
                [
                    ("heading", {"text": "Horaires", "level": "h2"}),
                    ("paragraph", rich_text("<p>Ouvert tous les jours.</p>")),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/pages/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content[:2000]
    page = StandardPage.objects.get(slug="tarifs-des-piscines")
    assert page.live
    public = client.get("/fr/tarifs-des-piscines/")
    assert public.status_code == 200
    assert "Ouvert tous les jours." in public.content.decode()


def test_home_page_cannot_be_nested(admin_client):
    home = HomePage.objects.get(locale__language_code="fr")
    assert not HomePage.can_create_at(home)
    assert StandardPage.can_create_at(home)


def test_site_settings_are_editable(admin_client, client):
    settings = SiteSettings.objects.get()
    response = admin_client.get(f"/admin/settings/pages/sitesettings/{settings.site_id}/")
    assert response.status_code == 200
    assert settings.phone and settings.phone in client.get("/fr/").content.decode()
    # Pages read the settings from the cache (pages.context_processors): saving them shows
    # the new ones on the next page, in the header and footer of every page.
    settings.phone = "02 99 00 00 00"
    settings.save()
    for path in ("/fr/", "/fr/activites/"):
        assert "02 99 00 00 00" in client.get(path).content.decode()


def test_localize_translation_actions_are_available_for_pages(admin_client):
    home = HomePage.objects.get(locale__language_code="fr")
    response = admin_client.get(f"/admin/localize/submit/page/{home.pk}/")
    assert response.status_code == 200
