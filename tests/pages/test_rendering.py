"""Each page type renders in each locale, with the language and direction a browser
and a screen reader need."""

import pytest

from pages.demo import content as demo_content
from tests.html import soup, text_of

LOCALES = {"fr": "ltr", "en": "ltr", "ar": "rtl"}
pytestmark = pytest.mark.django_db


def page_spec(key):
    return next(spec for spec in demo_content.PAGES if spec["key"] == key)


@pytest.mark.parametrize("lang,direction", LOCALES.items())
def test_home_page_in_each_locale(client, lang, direction):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    doc = soup(response)
    assert doc.html["lang"] == lang
    assert doc.html["dir"] == direction
    assert text_of(doc.h1) == demo_content.HOME["title"][lang]
    assert demo_content.HOME["intro"][lang] in text_of(doc.main)


@pytest.mark.parametrize("lang,direction", LOCALES.items())
@pytest.mark.parametrize(
    "key", ["what-is", "who-can-benefit", "where-to-get-the-card", "how-to-use-the-card", "contact"]
)
def test_practical_pages_in_each_locale(client, key, lang, direction):
    spec = page_spec(key)
    response = client.get(f"/{lang}/{spec['slug'][lang]}/")
    assert response.status_code == 200
    doc = soup(response)
    assert (doc.html["lang"], doc.html["dir"]) == (lang, direction)
    assert text_of(doc.h1) == spec["title"][lang]
    assert doc.title.string.startswith(spec["title"][lang])
    # The body is translated too, not only the title.
    first_heading_or_paragraph = next(
        value for kind, value in spec["body"] if kind in ("heading", "paragraphs")
    )
    expected = (
        first_heading_or_paragraph[lang]
        if isinstance(first_heading_or_paragraph, dict)
        else first_heading_or_paragraph[0][lang]
    )
    assert expected in text_of(doc.main)


def test_root_redirects_to_french(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_skip_link_targets_main(client):
    doc = soup(client.get("/fr/"))
    skip = doc.find("a", class_="skip-link")
    assert skip["href"] == "#main"
    assert doc.find(id="main").name == "main"


def test_unknown_page_is_a_localised_404(client):
    response = client.get("/ar/cette-page-n-existe-pas/")
    assert response.status_code == 404
    doc = soup(response)
    assert (doc.html["lang"], doc.html["dir"]) == ("ar", "rtl")


def test_footer_shows_contact_details_from_site_settings(client):
    footer = soup(client.get("/fr/")).footer
    assert "6 cours des Alliés" in text_of(footer)
    assert footer.find("a", href="tel:0299315244")


def test_main_menu_links_to_pages_in_the_visitors_language(client):
    nav = soup(client.get("/en/")).find("nav", class_="main-nav")
    hrefs = [a["href"] for a in nav.find_all("a")]
    expected = [f"/en/{spec['slug']['en']}/" for spec in demo_content.PAGES if spec.get("in_menu")]
    assert hrefs == ["/en/activites/", *expected]


@pytest.mark.parametrize("lang", LOCALES)
def test_faq_is_translated_and_works_without_javascript(client, lang):
    spec = page_spec("who-can-benefit")
    doc = soup(client.get(f"/{lang}/{spec['slug'][lang]}/"))
    faq = next(value for kind, value in spec["body"] if kind == "faq")
    details = doc.select(".faq details")
    assert len(details) == len(faq["questions"])
    assert text_of(details[0].summary) == faq["questions"][0]["question"][lang]
    assert faq["questions"][0]["answer"][0][lang] in text_of(details[0])


def test_call_to_action_links_to_the_translated_page(client):
    response = client.get("/en/")
    cta = soup(response).select_one(".cta a.button")
    target = page_spec(next(v for k, v in demo_content.HOME["body"] if k == "cta")["page"])
    assert cta["href"] == f"/en/{target['slug']['en']}/"
