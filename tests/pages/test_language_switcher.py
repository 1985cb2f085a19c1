import pytest

from pages.demo import content as demo_content
from tests.html import soup

pytestmark = pytest.mark.django_db


def switcher_links(response):
    nav = soup(response).find("nav", class_="lang-switcher")
    return {a["hreflang"]: a for a in nav.find_all("a")}


def test_switcher_links_to_the_translation_of_the_current_page(client):
    spec = next(s for s in demo_content.PAGES if s["key"] == "who-can-benefit")
    links = switcher_links(client.get(f"/fr/{spec['slug']['fr']}/"))
    assert links["en"]["href"] == f"/en/{spec['slug']['en']}/"
    assert links["ar"]["href"] == f"/ar/{spec['slug']['ar']}/"
    assert links["fr"]["aria-current"] == "true"
    # Each language name is announced in its own language.
    assert links["ar"]["lang"] == "ar" and links["ar"]["dir"] == "rtl"


def test_switcher_falls_back_to_the_home_page_without_translation(client, admin_user):
    from wagtail.models import Locale

    from pages.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="fr")
    page = StandardPage(title="Seulement en français", slug="seulement-en-francais")
    home.add_child(instance=page)
    page.save_revision().publish()
    links = switcher_links(client.get("/fr/seulement-en-francais/"))
    assert links["en"]["href"] == "/en/"
    assert links["ar"]["href"] == "/ar/"
    assert Locale.objects.count() == 3
