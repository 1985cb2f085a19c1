"""The header and footer menus (site settings) link only the pages their visitor may
open: a page made private leaves them for anonymous visitors at once."""

import pytest
from wagtail.models import BaseViewRestriction, PageViewRestriction

from pages.models import StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def menu_links(response):
    page = soup(response)
    header = page.find("nav", class_="main-nav")
    footer = page.footer.find("nav", attrs={"aria-labelledby": "footer-links"})
    return [a["href"] for a in header.find_all("a")], [
        a["href"] for a in footer.find_all("a")
    ] if footer else []


@pytest.fixture
def contact():
    return StandardPage.objects.get(locale__language_code="fr", slug="contact")


def test_a_page_made_private_leaves_the_menus_of_anonymous_visitors(client, contact):
    header, footer = menu_links(client.get("/fr/"))
    assert contact.url in header and contact.url in footer
    restriction = PageViewRestriction.objects.create(page=contact, restriction_type=BaseViewRestriction.LOGIN)
    header, footer = menu_links(client.get("/fr/"))
    assert contact.url not in header and contact.url not in footer
    assert len(header) > 1  # the other pages stay
    restriction.delete()
    header, footer = menu_links(client.get("/fr/"))
    assert contact.url in header and contact.url in footer


def test_a_private_section_takes_its_pages_out_of_the_menus(client, contact):
    PageViewRestriction.objects.create(page=contact.get_parent(), restriction_type=BaseViewRestriction.LOGIN)
    header, footer = menu_links(client.get("/fr/activites/"))
    assert header == ["/fr/activites/"]
    assert footer == []


def test_only_the_language_whose_page_is_private_loses_its_link(client, contact):
    PageViewRestriction.objects.create(page=contact, restriction_type=BaseViewRestriction.LOGIN)
    english = contact.get_translations().get(locale__language_code="en")
    assert english.url in menu_links(client.get("/en/"))[0]


def test_visitors_who_may_open_a_private_page_keep_its_link(admin_client, contact):
    PageViewRestriction.objects.create(page=contact, restriction_type=BaseViewRestriction.LOGIN)
    header, footer = menu_links(admin_client.get("/fr/"))
    assert contact.url in header and contact.url in footer


def test_a_menu_follows_its_pages_as_they_are_published(client, contact):
    """Each process keeps the menus until the page tree changes (theme.menus.MENUS)."""
    url = contact.url
    header = soup(client.get("/fr/")).find("nav", class_="main-nav")
    assert contact.title in header.get_text()
    contact.title = "Nous écrire"
    contact.save_revision().publish()
    header = soup(client.get("/fr/")).find("nav", class_="main-nav")
    assert "Nous écrire" in header.get_text()
    assert url in menu_links(client.get("/fr/"))[0]
    contact.unpublish()
    assert url not in menu_links(client.get("/fr/"))[0]
