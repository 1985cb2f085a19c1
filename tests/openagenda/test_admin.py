"""The sync in the Wagtail admin: runs, "sync now", the dashboard, the keyword table and
the read-only synced fields of an activity."""

import os
import secrets
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from activities.models import Activity, Category
from activities.wagtail_hooks import ActivitySnippetViewSet
from openagenda.forms import SyncedActivityForm
from openagenda.models import KeywordMapping, SyncRun
from openagenda.sync import sync_agenda
from tests.activities.factories import make_activity
from tests.html import soup

from .payloads import AGENDA, event, run_sync, synced

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
RUNS = "/admin/openagenda/runs/"
SYNC_NOW = "/admin/openagenda/sync-now/"


def run_worker():
    """What the worker (`manage.py db_worker --backend openagenda`) does with each task it
    claims. Its claiming loop opens an exclusive transaction, which SQLite cannot open
    inside the test's own transaction: the tasks are handed to it here."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="openagenda",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    )
    for task_result in DBTaskResult.objects.ready().filter(backend_name="openagenda"):
        worker.run_task(task_result)
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def in_english(user):
    """These tests read the admin's messages in English (the French ones are checked
    by the translation tests)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def admin_user(admin_user):
    return in_english(admin_user)


@pytest.fixture
def editor(django_user_model, client):
    """An editor who may use the admin, with no right on the sync unless given one."""
    user = django_user_model.objects.create_user("camille", "camille@example.org", "correct-horse-battery")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(in_english(user))
    return user


def grant(user, *codenames):
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))


def test_editors_see_the_runs_but_cannot_change_them(openagenda, admin_client):
    openagenda.agendas[AGENDA].set_events([event(5001)])
    run, _output = run_sync()

    listing = admin_client.get(RUNS)
    assert listing.status_code == 200
    content = listing.content.decode()
    assert f"sync of agenda {AGENDA}" in content and "Sync now" in content
    detail = admin_client.get(f"{RUNS}inspect/{run.pk}/")
    assert detail.status_code == 200
    assert "Pages read" in detail.content.decode() and "Success" in detail.content.decode()
    for url in (f"{RUNS}new/", f"{RUNS}edit/{run.pk}/", f"{RUNS}delete/{run.pk}/"):
        assert admin_client.get(url).status_code in (302, 403)
    assert SyncRun.objects.filter(pk=run.pk, outcome="success").exists()


def test_sync_now_queues_a_run_for_the_worker_and_answers_at_once(openagenda, editor, client):
    grant(editor, "view_syncrun", "run_openagenda_sync")
    openagenda.agendas[AGENDA].set_events([event(5101), event(5102)])

    assert client.get(SYNC_NOW).status_code == 200
    response = client.post(SYNC_NOW, {"next": "/admin/"}, follow=True)

    # The request only queued the run: nothing was read from OpenAgenda, nothing written.
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "The sync is queued" in response.content.decode()
    run = SyncRun.objects.get()
    assert (run.outcome, run.triggered_by) == ("queued", editor)
    assert openagenda.requests == [] and not Activity.objects.filter(source="openagenda").exists()
    assert "Queued" in run_row(client)

    run_worker()

    run.refresh_from_db()
    assert (run.outcome, run.created, run.triggered_by) == ("success", 2, editor)
    assert synced(5101).live
    # The dashboard tells the last run's state.
    dashboard = client.get("/admin/").content.decode()
    assert "OpenAgenda sync" in dashboard and "2 created" in dashboard


def test_a_second_click_says_a_sync_is_queued_or_running_instead_of_queuing_another(
    openagenda, editor, client
):
    grant(editor, "view_syncrun", "run_openagenda_sync")
    openagenda.agendas[AGENDA].set_events([event(5111)])
    client.post(SYNC_NOW)

    again = client.post(SYNC_NOW, follow=True)

    assert "already queued" in again.content.decode()
    assert SyncRun.objects.get().outcome == "queued" and DBTaskResult.objects.count() == 1

    # The worker has started it and is on its twelfth page.
    SyncRun.objects.update(outcome="running", pages=12, events=3600, heartbeat_at=timezone.now())
    while_running = client.post(SYNC_NOW, follow=True)

    assert "already running" in while_running.content.decode()
    assert "page 12 — 3,600 events" in while_running.content.decode()
    assert SyncRun.objects.count() == 1 and DBTaskResult.objects.count() == 1


def test_the_admin_shows_the_progress_of_a_run_while_it_runs(openagenda, admin_client):
    openagenda.agendas[AGENDA].set_events([event(5121 + i) for i in range(5)])  # three pages
    seen = []

    def look_at_the_admin(run):
        if run.pages == 2:
            seen.append(run_row(admin_client))
            seen.append(admin_client.get("/admin/").content.decode())

    run = sync_agenda(AGENDA, report=look_at_the_admin)

    row, dashboard = seen
    assert "Running" in row and "page 2 — 4 events" in row
    assert "running, started" in dashboard and "page 2 — 4 events" in dashboard
    assert run.outcome == "success"
    assert "Success" in run_row(admin_client) and "page 3 — 5 events" in run_row(admin_client)


def run_row(client):
    """The text of the one run in the admin's list of runs."""
    (row,) = soup(client.get(RUNS)).select("table tbody tr")
    return row.get_text(" ", strip=True)


def test_a_run_queued_while_the_worker_is_stopped_is_started_by_the_next_scheduled_run(
    openagenda, editor, client
):
    grant(editor, "run_openagenda_sync")
    openagenda.agendas[AGENDA].set_events([event(5131), event(5132)])
    client.post(SYNC_NOW, {"full": "1"})

    run, _output = run_sync()  # cron's plain incremental command

    assert SyncRun.objects.get() == run
    assert (run.outcome, run.mode, run.created, run.triggered_by) == ("success", "full", 2, editor)
    run_worker()  # the worker, back, finds nothing left to do
    assert SyncRun.objects.get().outcome == "success" and SyncRun.objects.count() == 1


def test_in_development_without_a_worker_sync_now_runs_in_the_request(openagenda, admin_client, settings):
    settings.TASKS = {
        **settings.TASKS,
        "openagenda": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }
    openagenda.agendas[AGENDA].set_events([event(5141), event(5142)])

    response = admin_client.post(SYNC_NOW, follow=True)

    assert f"Agenda {AGENDA}: 2 activities created" in response.content.decode()
    assert SyncRun.objects.get().outcome == "success" and synced(5141).live


def test_production_runs_sync_now_in_the_task_worker_not_in_the_request(tmp_path):
    code = (
        "import django; django.setup();"
        "from openagenda.tasks import sync_openagenda;"
        "print(type(sync_openagenda.get_backend()).__module__)"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django_tasks_db.backend"


def test_the_dashboard_button_posts_with_its_csrf_token(openagenda, editor):
    """Through the dashboard panel, with CSRF checks on, as in a browser."""
    grant(editor, "run_openagenda_sync")
    openagenda.agendas[AGENDA].set_events([event(5151)])
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)

    panel = soup(browser.get("/admin/")).find("form", attrs={"action": SYNC_NOW})
    data = {field["name"]: field.get("value", "") for field in panel.find_all("input")}
    response = browser.post(SYNC_NOW, data)

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    run_worker()
    assert SyncRun.objects.get().created == 1


def test_sync_now_is_refused_without_the_permission(openagenda, editor, client):
    grant(editor, "view_syncrun")
    openagenda.agendas[AGENDA].set_events([event(5201)])

    for response in (client.get(SYNC_NOW), client.post(SYNC_NOW)):
        # Wagtail turns a refusal into a redirection to the dashboard, with a message.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert client.get(RUNS).status_code == 200 and "Sync now" not in client.get(RUNS).content.decode()
    assert not SyncRun.objects.exists() and openagenda.requests == []


def test_sync_now_says_when_a_sync_is_running(openagenda, admin_client):
    SyncRun.objects.create(agenda=AGENDA, mode="full", heartbeat_at=timezone.now())

    response = admin_client.post(SYNC_NOW, follow=True)

    assert "already running" in response.content.decode()
    assert SyncRun.objects.count() == 1


def test_editors_maintain_the_keyword_table(admin_client):
    concert = Category.objects.get(slug="concert")

    response = admin_client.post(
        "/admin/openagenda/keywords/new/", {"keyword": "Musique live", "category": concert.pk}
    )
    assert response.status_code == 302
    assert KeywordMapping.objects.get().normalised == "musique-live"
    again = admin_client.post(
        "/admin/openagenda/keywords/new/", {"keyword": "MUSIQUE LIVE", "category": concert.pk}
    )
    assert again.status_code == 200 and "already leads to this category" in again.content.decode()
    assert KeywordMapping.objects.count() == 1


def activity_form_class():
    """The activity edit form of the admin, whose base the sync gives through its hook."""
    form_class = ActivitySnippetViewSet().get_edit_handler().get_form_class()
    assert issubclass(form_class, SyncedActivityForm)
    return form_class


def form_data(form):
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or value is False:
            continue
        data[name] = (
            [getattr(v, "pk", v) for v in value] if isinstance(value, list) else getattr(value, "pk", value)
        )
    for prefix, formset in form.formsets.items():
        data[f"{prefix}-TOTAL_FORMS"] = len(formset.forms)
        data[f"{prefix}-INITIAL_FORMS"] = formset.initial_form_count()
        data[f"{prefix}-MIN_NUM_FORMS"] = 0
        data[f"{prefix}-MAX_NUM_FORMS"] = 1000
        for index, child in enumerate(formset.forms):
            for name, field in child.fields.items():
                value = child.initial.get(name, field.initial)
                if value not in (None, False):
                    data[f"{prefix}-{index}-{name}"] = getattr(value, "pk", value)
    return data


def test_synced_fields_are_read_only_and_say_where_they_come_from(openagenda):
    openagenda.agendas[AGENDA].set_events([event(5301)])
    run_sync()
    activity = synced(5301)
    Form = activity_form_class()

    form = Form(instance=activity, for_user=None)
    for name in ("title", "summary", "description", "categories", "place", "status", "booking_url"):
        assert form.fields[name].disabled, name
        assert "OpenAgenda" in str(form.fields[name].help_text)
    for name in ("featured", "sortir_price", "structure", "full_price", "eticket"):
        assert not form.fields[name].disabled, name

    data = form_data(form)
    data.update({"title": "Titre modifié à la main", "sortir_price": "1.00", "featured": "on"})
    data["occurrences-0-start"] = "2030-01-01 10:00"
    bound = Form(data, instance=activity, for_user=None)
    assert bound.is_valid(), bound.errors
    saved = bound.save()
    assert saved.title == activity.title != "Titre modifié à la main"
    assert saved.occurrences.first().start == activity.occurrences.first().start
    assert (saved.sortir_price, saved.sortir_price_by_editor, saved.featured) == (Decimal("1.00"), True, True)


def test_translations_are_read_only_where_openagenda_has_the_language(openagenda):
    openagenda.agendas[AGENDA].set_events([event(5401, conditions={"fr": "2 €"})])
    run_sync()
    Form = activity_form_class()

    english = Form(instance=synced(5401, "en"), for_user=None)

    assert english.fields["title"].disabled and english.fields["summary"].disabled
    assert not english.fields["price_notes"].disabled  # OpenAgenda has no English price text


def test_manual_activities_are_fully_editable():
    form = activity_form_class()(instance=make_activity("Atelier saisi à la main"), for_user=None)

    assert not any(field.disabled for field in form.fields.values())
