"""QR campaigns against the portal as served in production (gunicorn, 2 workers, an SQLite
file): concurrent scans are all counted, and a scan leads a phone to its page."""

import re
import sqlite3
import threading
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SLUG = "forum-etudiants"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def scans(portal):
    database = urlsplit(portal.env["DATABASE_URL"]).path
    with sqlite3.connect(database, timeout=30) as db:
        row = db.execute(
            "SELECT COALESCE(SUM(s.count), 0) FROM campaigns_scancount s "
            "JOIN campaigns_qrcampaign c ON c.id = s.campaign_id WHERE c.slug = ?",
            [SLUG],
        ).fetchone()
    return row[0]


def test_twenty_concurrent_scans_are_all_counted(portal):
    visitors = 20
    before = scans(portal)
    opener = urllib.request.build_opener(NoRedirect)
    barrier = threading.Barrier(visitors)
    statuses, errors = [], []

    def scan():
        barrier.wait()
        try:
            opener.open(f"{portal.base_url}/q/{SLUG}/", timeout=60)
        except urllib.error.HTTPError as response:  # the 302, not followed
            statuses.append((response.code, response.headers["Location"]))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=scan) for _ in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses == [(302, "/fr/etudiants/")] * visitors
    assert scans(portal) - before == visitors


def test_a_phone_scanning_the_poster_lands_on_the_students_page(page):
    page.goto(f"/q/{SLUG}/")
    expect(page).to_have_url(re.compile(r"/fr/etudiants/$"))
    expect(page.locator("ol.steps > li")).to_have_count(3)
