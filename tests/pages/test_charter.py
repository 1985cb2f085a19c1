"""The Charter: a page readers jump through, in each language, with a PDF of itself that
is built when the page is published and never served out of date."""

import pytest
from django.core.files.storage import default_storage

from activities.models import Structure
from pages.models import CharterPage, HomePage
from tests.html import soup, text_of
from tests.pages.helpers import pdf_text, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def charter():
    home = HomePage.objects.get(locale__language_code="fr")
    CharterPage.objects.all().delete()  # the demo's own one: one Charter per home page
    page = CharterPage(
        title="Charte test Sortir !",
        slug="charte-test",
        intro="Un préambule qui dit pourquoi.",
        values=[("value", {"title": "Dignité", "text": "Chacun est accueilli."})],
        commitments=[
            (
                "party",
                {"party": "Les bénéficiaires", "intro": "", "commitments": ["Prévenir en cas d'absence."]},
            ),
            (
                "party",
                {"party": "Les structures", "intro": "Elles s'engagent.", "commitments": ["Accueillir."]},
            ),
        ],
        history=[("milestone", {"date": "12 juin 2024", "text": "Agora de la charte."})],
        endorsements=[("structure", Structure.objects.order_by("pk").first())],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_the_charter_has_a_table_of_contents_that_leads_to_each_party(client, charter):
    doc = soup(client.get(charter.url))
    links = [a["href"] for a in doc.select("nav.toc a")]
    assert len(links) == 5  # values, two parties, history, endorsements
    for href in links:
        assert doc.find(id=href.removeprefix("#")) is not None, href
    assert text_of(doc.find(id=links[1].removeprefix("#"))) == "Les bénéficiaires"
    assert "Prévenir en cas d'absence." in text_of(doc.select_one(".charter__commitments"))
    assert Structure.objects.order_by("pk").first().name in text_of(doc.select_one(".charter__endorsements"))


@pytest.mark.parametrize("language,direction", [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_the_charter_in_each_language_and_in_the_api(client, charter, language, direction):
    page = charter if language == "fr" else translate(charter, language)
    doc = soup(client.get(page.url))
    assert (doc.html["lang"], doc.html["dir"]) == (language, direction)
    assert text_of(doc.h1) == page.title
    api = client.get(
        "/api/v2/pages/", {"type": "pages.CharterPage", "locale": language, "fields": "commitments"}
    )
    items = api.json()["items"]
    assert [item["title"] for item in items] == [page.title]
    assert items[0]["commitments"][0]["value"]["party"] == "Les bénéficiaires"


def test_the_pdf_is_built_when_published_and_holds_the_text(client, charter):
    assert default_storage.exists(charter.pdf_path())  # before anyone asked for it
    response = client.get(charter.get_pdf_url())
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    assert "Charte test Sortir !" in text and "Prévenir en cas d'absence." in text


def test_publishing_a_change_rebuilds_the_pdf_and_the_old_one_is_gone(client, charter):
    old_path = charter.pdf_path()
    charter.title = "Charte révisée"
    charter.save_revision().publish()
    charter.refresh_from_db()
    assert charter.pdf_path() != old_path
    assert not default_storage.exists(old_path)
    text = pdf_text(client.get(charter.get_pdf_url()))
    assert "Charte révisée" in text and "Charte test Sortir !" not in text


def test_a_missing_pdf_is_built_on_request(client, charter):
    default_storage.delete(charter.pdf_path())
    assert "Charte test" in pdf_text(client.get(charter.get_pdf_url()))
    assert default_storage.exists(charter.pdf_path())


def test_the_arabic_pdf_is_set_right_to_left_in_an_arabic_font(client, charter):
    arabic = translate(charter, "ar")
    arabic.title = "ميثاق Sortir !"
    arabic.save_revision().publish()
    arabic.refresh_from_db()
    assert 'dir="rtl"' in arabic.render_pdf_html()
    text = pdf_text(client.get(arabic.get_pdf_url()))
    # Glyphs, not empty boxes: the letters come back out of the PDF (in presentation forms or not).
    assert any("\u0600" <= c <= "\u06ff" or "\ufe70" <= c <= "\ufeff" for c in text)
