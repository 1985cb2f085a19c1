"""The ESC index and site pages in fr/en/ar, the finder, the JSON-LD, the printable sheet,
and the admin's validation of opening hours."""

import json
import re
import uuid
from datetime import time

import pytest
from django.utils import timezone, translation

from centres.demo import content
from centres.hours import PARIS
from centres.models import EscIndexPage, EscPage
from tests.html import form_fields, soup, text_of

pytestmark = pytest.mark.django_db
LOCALES = {"fr": "ltr", "en": "ltr", "ar": "rtl"}


def index(lang="fr"):
    return EscIndexPage.objects.get(locale__language_code=lang)


def slot(day, opens, closes):
    return {
        "type": "slot",
        "id": str(uuid.uuid4()),
        "value": {"weekday": str(day), "opens": opens, "closes": closes},
    }


def add_site(title, needs, hours=()):
    site = EscPage(title=title, slug=title.lower().replace(" ", "-"), needs=needs, weekly_hours=list(hours))
    index().add_child(instance=site)
    site.save_revision().publish()
    return site


@pytest.mark.parametrize("lang,direction", LOCALES.items())
def test_the_index_lists_the_six_sites_in_each_locale(client, lang, direction):
    response = client.get(f"/{lang}/espaces-sociaux-communs/")
    assert response.status_code == 200
    doc = soup(response)
    assert (doc.html["lang"], doc.html["dir"]) == (lang, direction)
    assert text_of(doc.h1) == content.INDEX["title"][lang]
    titles = {text_of(h) for h in doc.main.select(".card__title")}
    assert titles == {site["title"][lang] for site in content.SITES}
    # The demo hours are examples: visitors are told they are to be confirmed.
    assert len(doc.main.select(".card")) == 6


@pytest.mark.parametrize("lang,direction", LOCALES.items())
def test_a_site_page_in_each_locale(client, lang, direction):
    spec = next(site for site in content.SITES if site["key"] == "maurepas")
    response = client.get(f"/{lang}/espaces-sociaux-communs/{spec['slug'][lang]}/")
    assert response.status_code == 200
    doc = soup(response)
    assert (doc.html["lang"], doc.html["dir"]) == (lang, direction)
    assert text_of(doc.h1) == spec["title"][lang]
    assert spec["intro"][lang] in text_of(doc.main)
    assert content.WHAT_TO_BRING[lang] in text_of(doc.main)
    assert doc.main.find("table", class_="hours") is not None
    assert doc.main.find(class_="status") is not None
    # Editor-only notes never reach visitors.
    assert content.EDITOR_NOTES not in response.content.decode()


def test_site_json_ld_is_a_government_office_with_its_hours(client):
    doc = soup(client.get("/fr/espaces-sociaux-communs/villejean/"))
    data = json.loads(doc.find("script", type="application/ld+json").string)
    assert data["@type"] == "GovernmentOffice"
    weekly = [spec for spec in data["openingHoursSpecification"] if "dayOfWeek" in spec]
    assert len(weekly) == len(content.HOURS)
    monday = {(s["opens"], s["closes"]) for s in weekly if s["dayOfWeek"] == "https://schema.org/Monday"}
    expected = {(o.strftime("%H:%M"), c.strftime("%H:%M")) for d, o, c in content.HOURS if d == 0}
    assert monday == expected


def test_the_printable_sheet_is_a_pdf(client):
    response = client.get("/ar/espaces-sociaux-communs/kleber/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize("lang", LOCALES)
def test_the_pages_api_gives_each_site_in_its_locale(client, lang):
    items = client.get(
        "/api/v2/pages/", {"type": "centres.EscPage", "locale": lang, "fields": "needs,weekly_hours"}
    ).json()["items"]
    assert {item["title"] for item in items} == {site["title"][lang] for site in content.SITES}
    assert {item["meta"]["locale"] for item in items} == {lang}
    index_items = client.get("/api/v2/pages/", {"type": "centres.EscIndexPage", "locale": lang}).json()[
        "items"
    ]
    assert [item["title"] for item in index_items] == [content.INDEX["title"][lang]]


def test_the_finder_shows_exactly_the_sites_that_offer_a_need(client):
    add_site("Test numérique", ["digital-help"])
    add_site("Test logement", ["housing-help", "family-benefits"])
    response = client.get("/fr/espaces-sociaux-communs/", {"need": "housing-help"})
    titles = {text_of(h) for h in soup(response).main.select(".card__title")}
    offering = set(
        EscPage.objects.filter(locale__language_code="fr", needs__icontains='"housing-help"').values_list(
            "title", flat=True
        )
    )
    assert "Test logement" in titles and "Test numérique" not in titles
    assert titles == offering


def test_the_finder_is_a_get_form_that_works_without_javascript(client):
    doc = soup(client.get("/en/espaces-sociaux-communs/"))
    form = doc.main.find("form")
    assert form["method"] == "get"
    assert form.find("select", attrs={"name": "need"}).find_all("option")
    assert doc.find("label", attrs={"for": "id_need"}) is not None
    chosen = soup(client.get("/en/espaces-sociaux-communs/", {"need": "sortir-card"}))
    assert form_fields(chosen.main.find("form")) == {"need": ["sortir-card"]}


@pytest.mark.parametrize("need", ["unknown", "<script>", "' OR 1=1", "x" * 500])
def test_an_unknown_need_gives_a_message_not_an_error(client, need):
    response = client.get("/fr/espaces-sociaux-communs/", {"need": need})
    assert response.status_code == 200
    doc = soup(response)
    assert doc.main.find(id="need-error") is not None
    assert len(doc.main.select(".card")) == 6


def test_open_sites_come_first():
    closed = add_site("Jamais ouvert", ["digital-help"])
    opened = add_site("Ouvert le mercredi", ["digital-help"], [slot(2, "08:00", "18:00")])
    wednesday_noon = timezone.datetime(2025, 6, 11, 12, 0, tzinfo=PARIS)
    sites = index().sites("digital-help", now=wednesday_noon)
    flags = [site.current_status.open_now for site in sites]
    assert flags == sorted(flags, reverse=True)  # every open site before every closed one
    assert opened.title in [site.title for site in sites if site.current_status.open_now]
    assert sites[-1].title == closed.title  # it never opens: after those that open later
    evening = index().sites("digital-help", now=timezone.datetime(2025, 6, 11, 19, 0, tzinfo=PARIS))
    assert not any(site.current_status.open_now for site in evening)
    assert evening[-1].title == closed.title


def test_the_admin_refuses_hours_that_close_before_they_open_or_overlap(admin_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    site = EscPage.objects.get(slug="cleunay", locale__language_code="fr")

    def post(slots):
        data = nested_form_data(
            {
                "title": site.title,
                "slug": site.slug,
                "weekly_hours": streamfield([("slot", s) for s in slots]),
                "exceptions": streamfield([]),
                "body": streamfield([]),
            }
        )
        return admin_client.post(f"/admin/pages/{site.pk}/edit/", data)

    def says(response, message):
        """The StreamField's error messages, as the admin's script shows them (they come in
        the block data, as JSON); the admin speaks the editor's language (French by default)."""
        doc = soup(response)
        shown = [
            text
            for tag in doc.find_all(True)
            for value in tag.attrs.values()
            if isinstance(value, str) and "blockErrors" in value
            for messages in re.findall(r'"messages": (\[[^\]]*\])', value)
            for text in json.loads(messages)
        ]
        with translation.override(doc.html["lang"]):
            return translation.gettext(message) in shown

    backwards = post([{"weekday": "0", "opens": "12:00", "closes": "09:00"}])
    assert backwards.status_code == 200
    assert says(backwards, "This slot closes before it opens.")
    overlapping = post(
        [
            {"weekday": "1", "opens": "09:00", "closes": "12:00"},
            {"weekday": "1", "opens": "11:00", "closes": "13:00"},
        ]
    )
    assert says(overlapping, "This slot overlaps another slot of the same day.")
    good = post([{"weekday": "1", "opens": "09:00", "closes": "12:00"}])
    assert good.status_code == 302
    site.refresh_from_db()
    revision = site.get_latest_revision_as_object()
    assert [(s.value["opens"], s.value["closes"]) for s in revision.weekly_hours] == [(time(9), time(12))]
