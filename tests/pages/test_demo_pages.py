"""The demo's Charter, tariff brochure, partner space (with its form) and relays page: at
the addresses partners print, in the three languages, with real documents to download."""

import io
import zipfile

import pytest
from pypdf import PdfReader
from wagtail.documents.models import Document

from pages.demo import content as demo_content
from pages.models import (
    BrochurePage,
    CharterPage,
    PartnerFormPage,
    PartnerSpacePage,
    SiteSettings,
    StandardPage,
)
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

LANGUAGES = [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")]
PAGES = [
    ("charte/", CharterPage, "charter"),
    ("brochure-tarifaire/", BrochurePage, "brochure"),
    ("partenaires/", PartnerSpacePage, "partners"),
    ("partenaires/devenir-partenaire/", PartnerFormPage, None),
    ("relais/", StandardPage, "relays"),
]


def spec(key):
    return next(spec for spec in demo_content.PAGES if spec["key"] == key)


@pytest.mark.parametrize("language,direction", LANGUAGES)
@pytest.mark.parametrize("path,page_class,key", PAGES, ids=[p[0] for p in PAGES])
def test_each_page_in_each_language_and_in_the_api(client, language, direction, path, page_class, key):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    doc = soup(response)
    assert (doc.html["lang"], doc.html["dir"]) == (language, direction)
    page = page_class.objects.get(locale__language_code=language, url_path__endswith=f"/{path}")
    assert text_of(doc.h1) == page.title
    if key:
        assert page.title == spec(key)["title"][language]
    items = client.get("/api/v2/pages/", {"type": page_class._meta.label, "locale": language}).json()["items"]
    assert (page.title, language) in [(item["title"], item["meta"]["locale"]) for item in items]


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_the_charter_has_the_commitments_of_the_four_parties_and_its_history(client, language, direction):
    doc = soup(client.get(f"/{language}/charte/"))
    charter = spec("charter")["charter"]
    toc = [text_of(a) for a in doc.select("nav.toc a")]
    for party in charter["parties"]:
        assert party["party"][language] in toc
    assert len(charter["parties"]) == 4
    history = text_of(doc.select_one(".timeline"))
    assert "2004" in history and "2024" in history
    endorsed = [text_of(li) for li in doc.select(".charter__endorsements li")]
    assert endorsed == charter["endorsements"]


def test_the_charter_pdf_of_the_demo_holds_a_commitment(client):
    content = b"".join(client.get("/fr/charte/pdf/").streaming_content)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).split())
    assert "La Charte Sortir !" in text
    assert spec("charter")["charter"]["parties"][1]["commitments"][1]["fr"] in text


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_the_brochure_lists_every_section_and_says_it_is_a_selection(client, language, direction):
    doc = soup(client.get(f"/{language}/brochure-tarifaire/"))
    brochure = spec("brochure")["brochure"]
    assert [text_of(h) for h in doc.select(".brochure__section h2")] == [
        section["title"][language] for section in brochure["sections"]
    ]
    offers = sum(len(section["offers"]) for section in brochure["sections"])
    assert len(doc.select("li.offer")) == offers
    assert brochure["regular_note"][language] in text_of(doc.main)
    assert {"fr": "non exhaustive", "en": "non-exhaustive", "ar": "غير شاملة"}[language] in text_of(doc.main)


def test_the_demo_documents_are_real_files_with_text(client):
    space = PartnerSpacePage.objects.get(locale__language_code="fr")
    documents = [block.value["document"] for block in space.agreement_templates]
    assert sorted(d.file_extension for d in documents) == ["docx", "odt", "pdf"]
    titles = [
        f"{spec['title']} ({fmt.upper()})" for spec in demo_content.DOCUMENTS for fmt in spec["formats"]
    ]
    pages_documents = Document.objects.filter(title__in=titles)
    assert pages_documents.count() == len(titles)
    for document in pages_documents:
        response = client.get(document.url)
        assert response.status_code == 200, document.title
        content = b"".join(response.streaming_content)
        if document.file_extension == "pdf":
            assert content.startswith(b"%PDF")
            text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
        else:
            part = "content.xml" if document.file_extension == "odt" else "word/document.xml"
            text = zipfile.ZipFile(io.BytesIO(content)).read(part).decode()
        assert "Sortir !" in text and len(text) > 300, document.title
    odt = next(d for d in documents if d.file_extension == "odt")
    with odt.file.open() as handle:
        archive = zipfile.ZipFile(handle)
        assert archive.namelist()[0] == "mimetype"
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"


def test_the_new_pages_are_in_the_site_menus():
    settings = SiteSettings.objects.get()
    menus = [block.value.specific for block in [*settings.main_menu, *settings.footer_menu]]
    for page_class in (CharterPage, BrochurePage, PartnerSpacePage):
        assert any(isinstance(page, page_class) for page in menus)
    assert any(page.slug == "relais" for page in menus)
