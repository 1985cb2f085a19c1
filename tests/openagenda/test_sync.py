"""The sync against a real HTTP server serving OpenAgenda payloads: what is stored after
each kind of run."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.core.management import CommandError
from wagtail.models import ModelLogEntry, Revision

from activities.models import Activity, Category, Occurrence
from openagenda.models import KeywordMapping, SyncRun, UnpublishedBySync

from .payloads import (
    AGENDA,
    TARIFF_SCHEMA,
    event,
    list_page_events,
    run_sync,
    synced,
    timing,
    write_response_event,
)

pytestmark = pytest.mark.django_db


def catalogue_state():
    """Everything the sync may write, to compare before and after a run."""
    activities = list(
        Activity.objects.filter(source="openagenda")
        .order_by("pk")
        .values_list("pk", "title", "live", "latest_revision_id", "last_published_at", "source_data")
    )
    return (
        activities,
        Revision.objects.count(),
        ModelLogEntry.objects.count(),
        Occurrence.objects.count(),
    )


def test_first_run_imports_every_page_as_published_translated_activities(openagenda, client):
    concert = Category.objects.get(slug="concert")
    KeywordMapping.objects.create(keyword="Jazz", category=concert)
    openagenda.agendas[AGENDA].set_events(
        [event(101 + i, title=f"Concert numéro {i}", days=(5 + i, 12 + i)) for i in range(5)]
    )

    run, output = run_sync()

    assert (run.mode, run.outcome, run.created, run.pages) == ("full", "success", 5, 3)
    assert "5 created" in output
    activity = synced(101)
    assert activity.live and activity.live_revision_id and not activity.has_unpublished_changes
    assert activity.title == "Concert numéro 0"
    assert activity.summary == "Concert numéro 0 : la présentation courte."
    assert activity.price_notes == "Tarif Sortir ! : 2 €, plein tarif 12 €"
    assert activity.sortir_price == Decimal("2.00")
    assert activity.booking_url == "https://billetterie.example.org/101"
    assert (activity.hearing, activity.mental, activity.visual, activity.wheelchair) == (
        True,
        True,
        False,
        False,
    )
    assert (activity.age_min, activity.age_max) == (7, None)  # OpenAgenda's 121 means "no limit"
    assert list(activity.categories.all()) == [concert]
    assert activity.place.name == "Salle de la Cité" and activity.place.commune.slug == "rennes"
    assert activity.place.neighbourhood.name == "Centre"
    assert (activity.source, activity.source_agenda, activity.source_uid) == ("openagenda", AGENDA, "101")
    assert activity.source_data["uid"] == 101
    starts = [o.start for o in activity.occurrences.order_by("start")]
    assert starts == [datetime.fromisoformat(timing(5)["begin"]), datetime.fromisoformat(timing(12)["begin"])]
    assert activity.next_start == starts[0]
    english = synced(101, "en")
    assert english.live and english.translation_key == activity.translation_key
    assert english.title == "Concert downtown" and english.price_notes == "Sortir ! price: €2"
    assert english.sortir_price == activity.sortir_price and list(english.categories.all()) == [concert]
    assert not Activity.objects.filter(source_uid="101", locale__language_code="ar").exists()

    page = client.get(f"/fr/activites/{activity.slug}/")
    assert page.status_code == 200 and "Concert numéro 0" in page.content.decode()
    assert "Concert downtown" in client.get(f"/en/activites/{activity.slug}/").content.decode()
    assert "Concert numéro 3" in client.get("/fr/activites/", {"q": "numéro"}).content.decode()

    requests = openagenda.event_requests()
    assert len(requests) == 3
    for request in requests:
        query = dict(request.query)
        assert request.headers["key"] == "test-key"
        assert "key" not in query and "test-key" not in request.path
        assert (query["size"], query["detailed"], query["sort"]) == ("300", "1", "updatedAt.asc")
    # The cursor goes back as it came, one after[] per value.
    first_page_end = openagenda.agendas[AGENDA].events[1]
    assert [value for key, value in requests[1].query if key == "after[]"] == [
        str(
            int(datetime.fromisoformat(first_page_end["updatedAt"].replace("Z", "+00:00")).timestamp() * 1000)
        ),
        "102",
    ]


def test_a_run_with_no_remote_change_writes_nothing(openagenda):
    openagenda.agendas[AGENDA].set_events([event(201), event(202, title="Théâtre", title_en=None)])
    run_sync()
    before = catalogue_state()

    full, _output = run_sync("--full")
    incremental, _output = run_sync()

    assert (full.unchanged, full.created, full.updated, full.writes) == (2, 0, 0, 0)
    assert (incremental.mode, incremental.writes, incremental.created + incremental.updated) == (
        "incremental",
        0,
        0,
    )
    assert catalogue_state() == before


def test_incremental_runs_follow_the_documented_recipe(openagenda):
    openagenda.agendas[AGENDA].set_events([event(301)])
    first, _output = run_sync()
    openagenda.requests.clear()

    second, _output = run_sync()

    assert second.mode == "incremental"
    assert second.since == first.started_at - timedelta(minutes=5)
    query = dict(openagenda.event_requests()[0].query)
    assert query["removed"] == "null" and query["sort"] == "updatedAt.asc"
    assert query["updatedAt[gte]"] == second.since.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_a_changed_event_is_updated_and_published_again(openagenda):
    openagenda.agendas[AGENDA].set_events([event(401, days=(3,))])
    run_sync()
    activity = synced(401)
    revisions = activity.revisions.count()
    openagenda.agendas[AGENDA].upsert(
        event(401, title="Concert déplacé", title_en="Moved concert", days=(20, 27), minutes_ago=0, status=2)
    )

    run, _output = run_sync()

    assert (run.updated, run.created) == (1, 0)
    activity = synced(401)
    assert activity.title == "Concert déplacé" and activity.status == Activity.Status.RESCHEDULED
    assert activity.occurrences.count() == 2
    assert activity.next_start == datetime.fromisoformat(timing(20)["begin"])
    assert activity.revisions.count() == revisions + 1 and activity.live_revision == activity.latest_revision
    assert synced(401, "en").title == "Moved concert"
    assert synced(401, "en").status == Activity.Status.RESCHEDULED
    assert synced(401, "en").occurrences.count() == 2


def test_a_cancelled_event_stays_online_marked_cancelled(openagenda, client):
    openagenda.agendas[AGENDA].set_events([event(501, status=6)])

    run_sync()

    activity = synced(501)
    assert activity.live and activity.status == Activity.Status.CANCELLED
    page = client.get(f"/fr/activites/{activity.slug}/")
    assert page.status_code == 200


def test_a_removed_event_is_unpublished_never_deleted_and_comes_back(openagenda):
    openagenda.agendas[AGENDA].set_events([event(601), event(602)])
    run_sync()
    openagenda.agendas[AGENDA].remove(601, updated_at=event(601, minutes_ago=0)["updatedAt"])

    run, _output = run_sync()

    assert (run.unpublished, run.writes) == (1, 2)  # the French activity and its translation
    for lang in ("fr", "en"):
        activity = synced(601, lang)
        assert not activity.live and UnpublishedBySync.objects.filter(activity=activity).exists()
    assert synced(602).live

    openagenda.agendas[AGENDA].upsert(event(601, title="De retour", minutes_ago=0))
    run, _output = run_sync()

    assert run.updated == 1
    assert synced(601).live and synced(601).title == "De retour" and synced(601, "en").live
    assert not UnpublishedBySync.objects.exists()


def test_a_full_run_unpublishes_what_openagenda_no_longer_lists(openagenda):
    manual = Activity.objects.filter(source="manual", live=True).first()
    kept = event(702)
    openagenda.agendas[AGENDA].set_events([event(701), kept])
    run_sync()
    openagenda.agendas[AGENDA].set_events([kept])

    incremental, _output = run_sync()
    assert synced(701).live  # an incremental run cannot tell

    full, _output = run_sync("--full")

    assert (full.unpublished, full.unchanged) == (1, 1)
    assert not synced(701).live and synced(702).live
    assert Activity.objects.filter(source_uid="701").count() == 2  # kept, offline
    manual.refresh_from_db()
    assert manual.live


def test_events_without_optional_fields(openagenda):
    bare = event(801)
    for key in ("image", "location", "age", "accessibility", "registration", "conditions", "longDescription"):
        bare.pop(key)
    bare["keywords"] = {"fr": ["", "  "]}
    minimal = write_response_event()  # fixture 08: UTC timings, empty objects, internal fields
    minimal.update({"uid": 802, "timings": [timing(4)], "updatedAt": bare["updatedAt"]})
    openagenda.agendas[AGENDA].set_events([bare, minimal])

    run, _output = run_sync()

    assert (run.created, run.rejected) == (2, 0)
    activity = synced(801)
    assert activity.live and activity.place is None and activity.image is None
    assert (activity.description, activity.price_notes, activity.booking_url) == ("", "", "")
    assert activity.age_min is None and not activity.hearing and activity.sortir_price is None
    assert synced(802).title == "Un titre" and synced(802, "en").title == "A title"


def test_html_and_markdown_in_descriptions_become_plain_text(openagenda, client):
    hostile = event(
        901,
        description={"fr": "<b>Court</b> <script>alert('x')</script>résumé"},
        longDescription={
            "fr": "<p>Premier <strong>paragraphe</strong>.</p><script>alert(1)</script>"
            '<p><img src=x onerror="alert(2)">Second &amp; dernier<br>avec un saut.</p>\n\n'
            "## Un titre\n\nDu **gras** et [un lien](https://example.org)."
        },
    )
    openagenda.agendas[AGENDA].set_events([hostile])

    run_sync()

    activity = synced(901)
    assert activity.summary == "Court résumé"
    assert activity.description == (
        "Premier paragraphe.\n\nSecond & dernier\navec un saut.\n\nUn titre\n\nDu gras et un lien (https://example.org)."
    )
    html = client.get(f"/fr/activites/{activity.slug}/").content.decode()
    assert "alert(" not in html and "onerror" not in html
    assert "<p>Second &amp; dernier<br>avec un saut.</p>" in html


def test_an_invalid_event_is_rejected_with_its_reason_and_the_rest_goes_on(openagenda):
    no_title = event(1001, title_en=None)
    no_title["title"] = {"fr": "  "}
    bad_date = event(1002)
    bad_date["timings"] = [{"begin": "demain soir", "end": "après-demain"}]
    backwards = event(1003)
    backwards["timings"] = [{"begin": timing(5)["end"], "end": timing(5)["begin"]}]
    openagenda.agendas[AGENDA].set_events(
        [no_title, bad_date, backwards, event(1004), {"title": {"fr": "Sans uid"}}]
    )

    run, output = run_sync()

    assert (run.outcome, run.created, run.rejected) == ("partial", 1, 4)
    reasons = {message["uid"]: message["message"] for message in run.messages if message["level"] == "error"}
    assert reasons["1001"] == "rejected: the event has no title"
    assert "cannot be read" in reasons["1002"]
    assert "before it begins" in reasons["1003"]
    assert reasons[None] == "rejected: the event has no uid"
    assert "event 1001: rejected: the event has no title" in output
    assert synced(1004).live
    assert not Activity.objects.filter(source_uid__in=["1001", "1002", "1003"]).exists()


def test_list_items_without_details_are_read_too(openagenda):
    """Fixture 01: list items (no `detailed`) with only first/next/last dates, in five
    languages, in Caen (outside Rennes Métropole: no place)."""
    items = list_page_events()
    for item in items:
        item["updatedAt"] = event(1, minutes_ago=30)["updatedAt"]
    openagenda.agendas[AGENDA].set_events(items)

    run, _output = run_sync()

    assert run.created == 2
    activity = synced(71349782)
    assert activity.title == "Visite guidée : Tocqueville Trip" and activity.place is None
    assert activity.occurrences.count() == 2
    assert synced(71349782, "en").title == "Guided tour: Tocqueville Trip"
    assert any("outside the member communes" in m["message"] for m in run.messages)


def test_dry_run_reports_and_writes_nothing(openagenda):
    openagenda.agendas[AGENDA].set_events([event(1101), event(1102)])
    before = catalogue_state()

    _run, output = run_sync("--dry-run")

    assert "[dry run] would have: 2 created" in output
    assert catalogue_state() == before and not SyncRun.objects.exists()


def test_since_and_base_url_options(openagenda, settings):
    settings.OPENAGENDA_BASE_URL = "http://127.0.0.1:9/nowhere"
    openagenda.agendas[AGENDA].set_events([event(1201)])

    run, _output = run_sync("--since", "2024-03-01", "--base-url", openagenda.base_url, "--agenda", AGENDA)

    assert run.mode == "incremental" and run.created == 1
    assert dict(openagenda.event_requests()[0].query)["updatedAt[gte]"] == "2024-02-29T23:00:00.000Z"
    with pytest.raises(CommandError, match="not a date"):
        run_sync("--since", "yesterday")


def test_an_event_two_agendas_list_is_imported_once(openagenda, settings):
    openagenda.add_agenda("777", events=[event(1301), event(1302)])
    openagenda.agendas[AGENDA].set_events([event(1301)])
    settings.OPENAGENDA_AGENDAS = [AGENDA, "777"]

    run_sync()

    assert Activity.objects.filter(source_uid="1301", locale__language_code="fr").count() == 1
    assert synced(1301).source_agenda == AGENDA and synced(1302).source_agenda == "777"
    other = SyncRun.objects.get(agenda="777")
    assert (other.created, other.skipped) == (1, 1)


def test_the_sortir_tariff_field_of_the_agenda_schema(openagenda, settings):
    settings.OPENAGENDA_TARIFF_FIELD = "tarif-sortir"
    openagenda.agendas[AGENDA].schema = TARIFF_SCHEMA
    spectacle = Category.objects.get(slug="spectacle")
    KeywordMapping.objects.create(keyword="Spectacle vivant", category=spectacle)
    three_euros = event(1401, conditions={"fr": "Plein tarif 15 €"})
    three_euros.update({"tarif-sortir": 3, "categories-metropolitaines": [47]})
    free = event(1402)
    free["tarif-sortir"] = {"id": 1, "label": {"fr": "Gratuit"}}  # includeLabels form
    openagenda.agendas[AGENDA].set_events([three_euros, free, event(1403)])

    run, _output = run_sync()

    assert (run.created, run.skipped) == (2, 1)
    assert synced(1401).sortir_price == Decimal("3.00") and list(synced(1401).categories.all()) == [spectacle]
    assert synced(1402).sortir_price == Decimal("0.00")
    assert not Activity.objects.filter(source_uid="1403").exists()

    no_longer = event(1401, minutes_ago=0)  # the marker was removed on OpenAgenda
    openagenda.agendas[AGENDA].upsert(no_longer)
    run, _output = run_sync()

    assert run.unpublished == 1 and not synced(1401).live


def test_the_sortir_tariff_keyword(openagenda, settings):
    settings.OPENAGENDA_TARIFF_KEYWORD = "Sortir !"
    marked = event(1501, keywords={"fr": ["concert", "sortir"]})
    openagenda.agendas[AGENDA].set_events([marked, event(1502)])

    run, _output = run_sync()

    assert (run.created, run.skipped) == (1, 1)
    assert synced(1501).live
