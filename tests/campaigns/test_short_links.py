"""The short link /q/<slug>/: a 302 to the target in the campaign's language, one scan
counted per day, nothing about the visitor kept; an unknown or finished campaign is a
friendly 404 that counts nothing."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page

from activities.models import Activity
from campaigns.models import QrCampaign, ScanCount
from campaigns.scans import record_scan
from pages.models import AudiencePage, HomePage, StandardPage
from tests.campaigns.helpers import campaign
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

DEMO_SLUG = "forum-etudiants"


def students_page():
    return AudiencePage.objects.get(locale__language_code="fr", audience="students")


def scans(slug):
    return sum(ScanCount.objects.filter(campaign__slug=slug).values_list("count", flat=True))


def test_the_demo_campaign_leads_to_the_students_page_and_counts_the_scan(client):
    response = client.get(f"/q/{DEMO_SLUG}/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/etudiants/"
    assert "no-cache" in response["Cache-Control"]
    assert [(row.day, row.count) for row in ScanCount.objects.filter(campaign__slug=DEMO_SLUG)] == [
        (timezone.localdate(), 1)
    ]
    client.get(f"/q/{DEMO_SLUG}/")
    assert scans(DEMO_SLUG) == 2
    assert client.get("/fr/etudiants/").status_code == 200


@pytest.mark.parametrize(
    "language,path", [("fr", "/fr/etudiants/"), ("en", "/en/students/"), ("ar", "/ar/students/")]
)
def test_a_page_opens_in_the_campaign_language(client, language, path):
    campaign(f"page-{language}", language, target=QrCampaign.Target.PAGE, target_page=students_page())
    response = client.get(f"/q/page-{language}/")
    assert response["Location"] == path
    assert client.get(path).status_code == 200


def test_a_page_without_translation_opens_in_its_own_language(client):
    home = HomePage.objects.get(locale__language_code="fr")
    untranslated = home.add_child(instance=StandardPage(title="Forum de Villejean", slug="forum-villejean"))
    campaign("untranslated", "en", target=QrCampaign.Target.PAGE, target_page=untranslated)
    assert client.get("/q/untranslated/")["Location"] == "/fr/forum-villejean/"


def test_a_deleted_page_leads_to_the_home_page(client):
    home = HomePage.objects.get(locale__language_code="fr")
    page = home.add_child(instance=StandardPage(title="Éphémère", slug="ephemere"))
    campaign("deleted", "ar", target=QrCampaign.Target.PAGE, target_page=page)
    Page.objects.get(pk=page.pk).delete()
    assert client.get("/q/deleted/")["Location"] == "/ar/"


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_an_activity_opens_in_the_campaign_language(client, language):
    activity = Activity.objects.get(slug="hamlet-au-tnb", locale__language_code="fr")
    campaign(f"hamlet-{language}", language, target=QrCampaign.Target.ACTIVITY, target_activity=activity)
    response = client.get(f"/q/hamlet-{language}/")
    assert response["Location"] == f"/{language}/activites/hamlet-au-tnb/"
    followed = client.get(response["Location"])
    assert followed.status_code == 200
    assert soup(followed).html["lang"] == language


def test_a_catalogue_search_opens_with_its_filters(client):
    campaign("search-en", "en", target=QrCampaign.Target.SEARCH, target_query="audience=students&free=1")
    response = client.get("/q/search-en/")
    assert response["Location"] == "/en/activites/?audience=students&free=1"
    assert client.get(response["Location"]).status_code == 200


def test_a_catalogue_search_is_checked_by_the_catalogue_filters():
    wrong = QrCampaign(
        slug="wrong",
        label="Wrong",
        target=QrCampaign.Target.SEARCH,
        target_query="audience=aliens&colour=blue",
        locale=Locale.objects.get(language_code="fr"),
    )
    with pytest.raises(ValidationError) as error:
        wrong.full_clean()
    assert "colour" in str(error.value)
    wrong.target_query = "audience=aliens"
    with pytest.raises(ValidationError) as error:
        wrong.full_clean()
    assert "audience" in str(error.value)


def test_a_page_campaign_needs_its_page():
    empty = QrCampaign(slug="empty", label="Empty", locale=Locale.objects.get(language_code="fr"))
    with pytest.raises(ValidationError) as error:
        empty.full_clean()
    assert "target_page" in error.value.message_dict


@pytest.mark.parametrize(
    "slug,days",
    [("finished", (-30, -1)), ("not-yet", (1, 30)), ("unknown", None)],
    ids=["finished", "not-started", "unknown"],
)
@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_an_inactive_or_unknown_campaign_is_a_friendly_404_that_counts_nothing(client, slug, days, language):
    if days:
        campaign(slug, target=QrCampaign.Target.SEARCH, days=days)
    response = client.get(f"/q/{slug}/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == language
    assert page.find("main").find("a", href=f"/{language}/"), text_of(page.find("main"))
    assert not ScanCount.objects.filter(campaign__slug=slug).exists()


def test_the_last_day_is_included_and_an_open_ended_campaign_stays_active(client):
    campaign("last-day", target=QrCampaign.Target.SEARCH, days=(-10, 0))
    campaign("open-ended", target=QrCampaign.Target.SEARCH, days=(-10, None))
    assert client.get("/q/last-day/").status_code == 302
    assert client.get("/q/open-ended/").status_code == 302


def test_a_head_request_is_answered_but_not_counted(client):
    assert client.head(f"/q/{DEMO_SLUG}/").status_code == 302
    assert scans(DEMO_SLUG) == 0


def test_a_changed_campaign_is_followed_at_once_despite_the_cache(client):
    demo = QrCampaign.objects.get(slug=DEMO_SLUG)
    assert client.get(f"/q/{DEMO_SLUG}/")["Location"] == "/fr/etudiants/"
    demo.locale = Locale.objects.get(language_code="en")
    demo.save()
    assert client.get(f"/q/{DEMO_SLUG}/")["Location"] == "/en/students/"
    demo.ends_on = timezone.localdate().replace(year=2000)
    demo.starts_on = demo.ends_on
    demo.save()
    assert client.get(f"/q/{DEMO_SLUG}/").status_code == 404


def test_days_are_counted_apart():
    demo = QrCampaign.objects.get(slug=DEMO_SLUG)
    for day in ("2026-09-14", "2026-09-14", "2026-09-15"):
        record_scan(demo.pk, day=timezone.datetime.fromisoformat(day).date())
    counts = dict(ScanCount.objects.filter(campaign=demo).values_list("day", "count"))
    assert {day.isoformat(): n for day, n in counts.items()} == {"2026-09-14": 2, "2026-09-15": 1}


def test_nothing_about_the_visitor_is_stored(client):
    """The scan tables hold a campaign, a day and a number; the scan sets no cookie and
    opens no session, whatever the visitor sends."""
    assert {field.column for field in ScanCount._meta.concrete_fields} == {
        "id",
        "campaign_id",
        "day",
        "count",
    }
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "campaigns_scancount")
        }
    assert columns == {"id", "campaign_id", "day", "count"}
    campaign_columns = {field.column for field in QrCampaign._meta.concrete_fields}
    assert not campaign_columns & {"ip", "address", "user_agent", "cookie", "session", "referer"}

    from django.contrib.sessions.models import Session

    sessions = Session.objects.count()
    visitor = {
        "HTTP_USER_AGENT": "Mozilla/5.0 (Phone; Forum-Visitor-UA-4242)",
        "REMOTE_ADDR": "203.0.113.77",
        "HTTP_X_FORWARDED_FOR": "198.51.100.23",
        "HTTP_REFERER": "https://tracker.example/visitor-4242",
    }
    response = client.get(f"/q/{DEMO_SLUG}/", **visitor)
    assert response.status_code == 302
    assert not response.cookies
    assert Session.objects.count() == sessions
    stored = repr(list(ScanCount.objects.values())) + repr(list(QrCampaign.objects.values()))
    for value in ("4242", "203.0.113.77", "198.51.100.23", "tracker.example"):
        assert value not in stored
    assert list(ScanCount.objects.values("day", "count")) == [{"day": timezone.localdate(), "count": 1}]


def in_own_thread(function):
    """Runs `function` in a thread, with its own database connection (committed at once)."""
    errors = []

    def run():
        try:
            function()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def test_twenty_concurrent_scans_are_all_counted():
    """20 visitors' requests through the whole stack at once, each in its own thread with
    its own database connection, so the race on the day's first row is real (PostgreSQL).
    SQLite's in-memory test database cannot be written by several connections at once, so
    there they run one after the other; the browser suite's
    test_campaigns.py sends 20 at once to gunicorn on an SQLite file. The threads commit:
    their rows are removed after."""
    visitors = 20
    demo = QrCampaign.objects.get(slug=DEMO_SLUG)
    if connection.vendor != "postgresql":
        for _ in range(visitors):
            assert Client().get(f"/q/{DEMO_SLUG}/").status_code == 302
        assert scans(DEMO_SLUG) == visitors
        return
    barrier = threading.Barrier(visitors)
    statuses = []

    def scan():
        barrier.wait()
        statuses.append(Client().get(f"/q/{DEMO_SLUG}/").status_code)

    started = [in_own_thread(scan) for _ in range(visitors)]
    try:
        for thread, _errors in started:
            thread.join()
        assert [error for _thread, errors in started for error in errors] == []
        assert statuses == [302] * visitors
        assert list(ScanCount.objects.filter(campaign=demo).values_list("count", flat=True)) == [visitors]
    finally:
        cleanup, _errors = in_own_thread(lambda: ScanCount.objects.filter(campaign=demo).delete())
        cleanup.join()
