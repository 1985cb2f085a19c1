"""Editors manage campaigns as snippets and see their scans: totals per campaign, and
scans per day as a chart with the same figures in a table."""

from datetime import date

import pytest

from campaigns.models import QrCampaign
from campaigns.scans import record_scan
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    campaign = QrCampaign.objects.get(slug="forum-etudiants")
    for day, count in (("2026-09-14", 3), ("2026-09-16", 5)):
        for _ in range(count):
            record_scan(campaign.pk, day=date.fromisoformat(day))
    return campaign


def test_the_campaign_list_gives_totals(admin_client, demo):
    response = admin_client.get("/admin/snippets/campaigns/qrcampaign/")
    assert response.status_code == 200
    rows = [text_of(row) for row in soup(response).select("table tbody tr")]
    assert any(demo.label in row and "8" in row.split() for row in rows), rows


def test_the_scans_report_draws_each_day(admin_client, demo):
    response = admin_client.get(f"/admin/reports/qr-scans/{demo.pk}/")
    assert response.status_code == 200
    page = soup(response)
    assert text_of(page.find(id="total-scans")) == "8"
    chart = page.find("svg", id="scans-chart")
    assert chart["role"] == "img"
    bars = chart.find_all("rect")
    assert len(bars) == 3  # the 14th, the 15th (no scan) and the 16th
    heights = [float(bar["height"]) for bar in bars]
    assert heights[1] == 0 and heights[2] > heights[0] > 0
    rows = [text_of(row) for row in page.find(id="scans-per-day").tbody.find_all("tr")]
    assert [row.split()[-1] for row in rows] == ["5", "3"]
    links = {a["href"] for a in page.find_all("a")}
    assert {
        "/q/forum-etudiants/qr.svg",
        "/q/forum-etudiants/qr.png",
        "/q/forum-etudiants/poster.pdf?size=a4",
    } <= links


def test_the_overview_lists_every_campaign(admin_client, demo):
    response = admin_client.get("/admin/reports/qr-scans/")
    assert response.status_code == 200
    rows = [text_of(row) for row in soup(response).find(id="campaign-totals").tbody.find_all("tr")]
    assert any(demo.label in row and row.endswith("8") for row in rows), rows


def test_a_campaign_without_scans_says_so(admin_client):
    demo = QrCampaign.objects.get(slug="forum-etudiants")
    response = admin_client.get(f"/admin/reports/qr-scans/{demo.pk}/")
    assert response.status_code == 200
    assert soup(response).find("svg", id="scans-chart") is None


def test_editors_create_a_campaign_in_the_admin(admin_client):
    from wagtail.models import Locale

    response = admin_client.post(
        "/admin/snippets/campaigns/qrcampaign/add/",
        {
            "label": "Forum de rentrée Villejean 2026",
            "slug": "villejean-2026",
            "target": "search",
            "target_query": "audience=students&free=1",
            "locale": Locale.objects.get(language_code="en").pk,
            "starts_on": "2026-09-01",
            "ends_on": "2026-09-30",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = QrCampaign.objects.get(slug="villejean-2026")
    assert created.target_url() == "/en/activites/?audience=students&free=1"


def test_someone_without_the_permission_sees_no_scans(client, django_user_model):
    user = django_user_model.objects.create_user(
        "nobody", "n@example.org", "x-long-passphrase", is_staff=True
    )
    client.force_login(user)
    demo = QrCampaign.objects.get(slug="forum-etudiants")
    assert client.get(f"/admin/reports/qr-scans/{demo.pk}/").status_code in (302, 403)
    assert client.get("/admin/reports/qr-scans/").status_code in (302, 403)
