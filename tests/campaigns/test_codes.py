"""The QR codes and posters of a campaign: read by a real decoder (zbar), they give the
short link in full; posters are PDFs that say it under the code."""

import io

import pytest
from django.test import Client
from pypdf import PdfReader

from campaigns.models import QrCampaign
from tests.campaigns.helpers import BASE_URL, campaign, decode_png, pdf_to_png, svg_to_png

pytestmark = pytest.mark.django_db

SHORT_URL = f"{BASE_URL}/q/forum-etudiants/"


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL


def test_the_png_code_reads_as_the_short_url(client):
    response = client.get("/q/forum-etudiants/qr.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert decode_png(response.content) == [SHORT_URL]


def test_the_svg_code_rendered_to_png_reads_as_the_short_url(client):
    response = client.get("/q/forum-etudiants/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")
    assert decode_png(svg_to_png(response.content)) == [SHORT_URL]


def test_codes_and_posters_count_no_scan(client):
    client.get("/q/forum-etudiants/qr.png")
    client.get("/q/forum-etudiants/qr.svg")
    assert not QrCampaign.objects.get(slug="forum-etudiants").scans.exists()


@pytest.mark.parametrize("size,width_mm", [("a4", 210), ("a5", 148)])
def test_the_poster_says_the_short_url_under_its_code(client, size, width_mm):
    response = client.get("/q/forum-etudiants/poster.pdf", {"size": size})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert round(float(page.mediabox.width) * 25.4 / 72) == width_mm
    text = " ".join(page.extract_text().split())
    assert SHORT_URL in text
    assert "Forums de rentrée étudiants 2026" in text
    # The printed code reads too.
    assert decode_png(pdf_to_png(response.content, resolution=100)) == [SHORT_URL]


def test_the_poster_defaults_to_a4_and_refuses_other_sizes(client):
    response = client.get("/q/forum-etudiants/poster.pdf")
    assert response.status_code == 200
    assert round(float(PdfReader(io.BytesIO(response.content)).pages[0].mediabox.width) * 25.4 / 72) == 210
    assert client.get("/q/forum-etudiants/poster.pdf", {"size": "a3"}).status_code == 400


def test_an_arabic_poster_is_written_right_to_left_with_the_url_left_to_right(client):
    campaign("forum-ar", "ar", label="منتدى الطلاب", target=QrCampaign.Target.SEARCH)
    from campaigns.qr import poster_html

    html = poster_html(QrCampaign.objects.get(slug="forum-ar"), "a5")
    assert '<html lang="ar" dir="rtl">' in html
    assert f'dir="ltr">{BASE_URL}/q/forum-ar/</p>' in html
    response = client.get("/q/forum-ar/poster.pdf", {"size": "a5"})
    assert f"{BASE_URL}/q/forum-ar/" in response.content.decode(
        "latin-1"
    ) or f"{BASE_URL}/q/forum-ar/" in " ".join(
        PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split()
    )


@pytest.mark.parametrize("days", [(-30, -1), (1, 30)], ids=["finished", "not-started"])
@pytest.mark.parametrize("path", ["qr.svg", "qr.png", "poster.pdf?size=a5"])
def test_codes_of_an_inactive_campaign_are_for_editors_only(admin_client, days, path):
    campaign("inactive", target=QrCampaign.Target.SEARCH, days=days)
    assert Client().get(f"/q/inactive/{path}").status_code == 404
    assert admin_client.get(f"/q/inactive/{path}").status_code == 200


def test_codes_of_an_unknown_campaign_are_not_found(client):
    assert client.get("/q/nothing-here/qr.png").status_code == 404
