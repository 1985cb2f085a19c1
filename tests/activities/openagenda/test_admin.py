"""The sync in the Wagtail admin: runs, "sync now", the dashboard, the keyword table and
the read-only synced fields of an activity."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from wagtail.admin.panels import TabbedInterface
from wagtail.users.models import UserProfile

from activities.models import Activity, Category
from activities.openagenda.forms import SyncedActivityForm
from activities.openagenda.models import KeywordMapping, SyncRun
from activities.wagtail_hooks import ActivitySnippetViewSet
from tests.activities.factories import make_activity
from tests.html import soup

from .payloads import AGENDA, event, run_sync, synced

pytestmark = pytest.mark.django_db

RUNS = "/admin/openagenda/runs/"
SYNC_NOW = "/admin/openagenda/sync-now/"


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


def test_sync_now_runs_the_sync_for_an_allowed_editor(openagenda, editor, client):
    grant(editor, "view_syncrun", "run_openagenda_sync")
    openagenda.agendas[AGENDA].set_events([event(5101), event(5102)])

    assert client.get(SYNC_NOW).status_code == 200
    response = client.post(SYNC_NOW, {"next": "/admin/"}, follow=True)

    assert response.redirect_chain[-1][0] == "/admin/"
    run = SyncRun.objects.get()
    assert (run.outcome, run.created, run.triggered_by) == ("success", 2, editor)
    assert synced(5101).live
    assert f"Agenda {AGENDA}: 2 activities created" in response.content.decode()
    # The dashboard tells the last run's state.
    dashboard = client.get("/admin/").content.decode()
    assert "OpenAgenda sync" in dashboard and "2 created" in dashboard


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
    SyncRun.objects.create(agenda=AGENDA, mode="full")

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
    """The activity edit form as activities/wagtail_hooks.py builds it with this form class."""
    handler = ActivitySnippetViewSet.edit_handler
    return (
        TabbedInterface(handler.children, base_form_class=SyncedActivityForm)
        .bind_to_model(Activity)
        .get_form_class()
    )


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
