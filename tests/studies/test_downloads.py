"""Download counts: one aggregate per document and month, exact under concurrency, with
nothing about the visitor; shown to editors in the admin."""

import threading
from datetime import datetime

import pytest
from django.db import connection

from studies.downloads import record_download
from studies.models import DownloadCount, PublicationPage
from tests.html import soup, text_of

PUBLIC_SLUG = "fiche-insee-villejean"


def document_id():
    return PublicationPage.objects.get(slug=PUBLIC_SLUG, locale__language_code="fr").document_id


@pytest.mark.django_db
def test_each_served_download_is_counted_once_in_its_month(client):
    page = PublicationPage.objects.get(slug=PUBLIC_SLUG, locale__language_code="en")
    for _ in range(3):
        response = client.get(page.document.url)
        assert response.status_code == 200
        b"".join(response.streaming_content)
    rows = DownloadCount.objects.filter(document_id=page.document_id)
    assert [row.downloads for row in rows] == [3]
    assert rows[0].month.day == 1
    # Nothing but the document, the month and the number.
    assert {field.name for field in DownloadCount._meta.get_fields()} == {
        "id",
        "document",
        "month",
        "downloads",
    }


@pytest.mark.django_db
def test_a_refused_download_is_not_counted(client):
    dashboard = PublicationPage.objects.get(slug="tableau-de-bord-social-2024", locale__language_code="fr")
    assert client.get(dashboard.document.url).status_code == 302
    assert not DownloadCount.objects.filter(document_id=dashboard.document_id).exists()


@pytest.mark.django_db
def test_months_are_counted_apart_in_paris_time():
    doc = document_id()
    record_download(doc, when=datetime.fromisoformat("2025-01-31T22:30:00+00:00"))  # 23:30 in Paris
    record_download(doc, when=datetime.fromisoformat("2025-01-31T23:30:00+00:00"))  # 00:30 on 1 Feb
    counts = dict(DownloadCount.objects.filter(document_id=doc).values_list("month", "downloads"))
    assert {month.isoformat(): n for month, n in counts.items()} == {"2025-01-01": 1, "2025-02-01": 1}


def in_own_thread(function):
    """Runs `function` in a thread, with its own database connection (committed at once)."""
    from django.db import connections

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


@pytest.mark.django_db
def test_concurrent_downloads_are_all_counted():
    """20 threads at once on PostgreSQL, each with its own connection, so the race on the
    first row of the month is real; SQLite serialises writers, so there the same 20
    downloads run one after the other. The threads commit: their rows are removed after."""
    doc = document_id()
    when = datetime.fromisoformat("2025-06-15T12:00:00+00:00")
    threads_count = 20
    if connection.vendor == "postgresql":
        barrier = threading.Barrier(threads_count)

        def download():
            barrier.wait()
            record_download(doc, when=when)

        started = [in_own_thread(download) for _ in range(threads_count)]
        try:
            for thread, _errors in started:
                thread.join()
            assert [error for _thread, errors in started for error in errors] == []
            assert DownloadCount.objects.get(document_id=doc, month="2025-06-01").downloads == threads_count
        finally:
            cleanup, _errors = in_own_thread(lambda: DownloadCount.objects.filter(document_id=doc).delete())
            cleanup.join()
    else:
        for _ in range(threads_count):
            record_download(doc, when=when)
        assert DownloadCount.objects.get(document_id=doc, month="2025-06-01").downloads == threads_count


@pytest.mark.django_db
def test_editors_see_the_counts_in_the_admin(admin_client, client, django_user_model):
    record_download(document_id(), when=datetime.fromisoformat("2025-03-10T10:00:00+00:00"))
    record_download(document_id(), when=datetime.fromisoformat("2025-03-11T10:00:00+00:00"))
    response = admin_client.get("/admin/reports/downloads/")
    assert response.status_code == 200
    rows = [text_of(row) for row in soup(response).find(id="downloads").tbody.find_all("tr")]
    title = PublicationPage.objects.get(slug=PUBLIC_SLUG, locale__language_code="fr").title
    assert any(title in row and row.endswith(" 2") for row in rows), rows
    # Someone without the permission gets nothing.
    user = django_user_model.objects.create_user(
        "nobody", "n@example.org", "x-long-passphrase", is_staff=True
    )
    client.force_login(user)
    assert client.get("/admin/reports/downloads/").status_code in (302, 403)
