"""The tariff brochure: offers by category, chosen from the catalogue (and then always as
the catalogue shows them now) or typed by editors; an A5 booklet PDF kept in step."""

from decimal import Decimal

import pytest
from django.core.files.storage import default_storage

from activities.models import Activity
from pages.models import BrochurePage, HomePage
from tests.html import soup, text_of
from tests.pages.helpers import pdf_of, pdf_text, translate, words

pytestmark = pytest.mark.django_db

A5_POINTS = (419.5, 595.3)


def source(slug):
    return Activity.objects.get(slug=slug, locale__language_code="fr")


@pytest.fixture
def brochure():
    home = HomePage.objects.get(locale__language_code="fr")
    BrochurePage.objects.all().delete()  # the demo's own one: one brochure per home page
    page = BrochurePage(
        title="Brochure test",
        slug="brochure-test",
        edition=2026,
        intro="Une sélection non exhaustive.",
        regular_note="La carte prend en charge une part de la cotisation annuelle.",
        sections=[
            (
                "section",
                {
                    "title": "Spectacles",
                    "offers": [
                        ("catalogue", {"activity": source("hamlet-au-tnb"), "conditions": ""}),
                        (
                            "typed",
                            {
                                "structure": "Salle de test",
                                "activity": "Atelier tapé à la main",
                                "kind": "regular",
                                "full_price": Decimal("120"),
                                "sortir_price": Decimal("48"),
                                "conditions": "Inscription en septembre.",
                            },
                        ),
                    ],
                },
            )
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def offers(response):
    return {text_of(li.select_one(".offer__title")): text_of(li) for li in soup(response).select("li.offer")}


def test_both_kinds_of_offer_are_listed_with_their_prices(client, brochure):
    listed = offers(client.get(brochure.url))
    hamlet = source("hamlet-au-tnb")
    assert hamlet.title in listed
    assert hamlet.structure.name in listed[hamlet.title]
    assert "25 €" in listed[hamlet.title] and "5 €" in listed[hamlet.title]
    typed = listed["Atelier tapé à la main"]
    assert "Salle de test" in typed and "Cotisation annuelle 120 €" in typed and "48 €" in typed
    assert "Activité régulière" in typed
    doc = soup(client.get(brochure.url))
    assert "une part de la cotisation annuelle" in text_of(doc.select_one(".notice"))
    assert doc.select_one("li.offer a")["href"] == "/fr/activites/hamlet-au-tnb/"


@pytest.mark.parametrize("language,direction", [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_the_brochure_in_each_language_and_in_the_api(client, brochure, language, direction):
    page = brochure if language == "fr" else translate(brochure, language)
    response = client.get(page.url)
    doc = soup(response)
    assert (doc.html["lang"], doc.html["dir"]) == (language, direction)
    assert text_of(doc.h1) == page.title
    # The catalogue offer in the reader's language (Hamlet is translated in the demo).
    hamlet = Activity.objects.get(slug="hamlet-au-tnb", locale__language_code=language)
    assert hamlet.title in offers(response)
    assert doc.select_one("li.offer a")["href"] == f"/{language}/activites/hamlet-au-tnb/"
    api = client.get(
        "/api/v2/pages/", {"type": "pages.BrochurePage", "locale": language, "fields": "edition"}
    )
    items = api.json()["items"]
    assert [(item["title"], item["meta"]["locale"], item["edition"]) for item in items] == [
        (page.title, language, 2026)
    ]


def test_an_untranslated_activity_is_shown_in_french_and_marked_so(client, brochure):
    untranslated = source("film-de-la-semaine-au-cinema-du-tnb")
    brochure.sections[0].value["offers"].append(("catalogue", {"activity": untranslated, "conditions": ""}))
    brochure.save_revision().publish()
    english = translate(brochure, "en")
    doc = soup(client.get(english.url))
    title = next(h for h in doc.select(".offer__title") if text_of(h) == untranslated.title)
    assert title["lang"] == "fr"


def test_the_a5_pdf_is_built_when_published_and_holds_title_and_offers(client, brochure):
    assert default_storage.exists(brochure.pdf_path())
    response = client.get(brochure.get_pdf_url())
    assert response["Content-Type"] == "application/pdf"
    reader = pdf_of(response)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width, 1), round(height, 1)) == A5_POINTS
    text = words(reader)
    assert "Brochure test" in text and source("hamlet-au-tnb").title in text
    assert "Atelier tapé à la main" in text


def test_publishing_a_change_rebuilds_the_pdf_and_the_old_one_is_gone(client, brochure):
    old_path = brochure.pdf_path()
    brochure.title = "Brochure révisée"
    brochure.save_revision().publish()
    brochure.refresh_from_db()
    assert brochure.pdf_path() != old_path
    assert not default_storage.exists(old_path)
    text = pdf_text(client.get(brochure.get_pdf_url()))
    assert "Brochure révisée" in text and "Brochure test" not in text


def test_a_catalogue_offer_follows_the_activity_price_in_page_and_pdf(client, brochure):
    old_path = brochure.pdf_path()
    assert "5 €" in pdf_text(client.get(brochure.get_pdf_url()))
    hamlet = source("hamlet-au-tnb")
    hamlet.sortir_price = Decimal("7.50")
    hamlet.save_revision().publish()

    assert "7,50 €" in offers(client.get(brochure.url))[hamlet.title]
    assert brochure.pdf_path() != old_path
    text = pdf_text(client.get(brochure.get_pdf_url()))
    assert "7,50 €" in text
    assert not default_storage.exists(old_path)  # the outdated booklet is never served again
    english = Activity.objects.get(slug="hamlet-au-tnb", locale__language_code="en")
    assert english.sortir_price == Decimal("7.50")  # shared by every language: the same there


def test_an_activity_taken_offline_leaves_the_brochure(client, brochure):
    hamlet = source("hamlet-au-tnb")
    hamlet.unpublish()
    assert hamlet.title not in offers(client.get(brochure.url))
    assert "Atelier tapé à la main" in offers(client.get(brochure.url))
