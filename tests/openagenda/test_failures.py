"""When OpenAgenda misbehaves: retries where they help, a clear error where they cannot,
a catalogue that keeps what was applied, and a lock that holds."""

from datetime import timedelta

import pytest
from django.core.management import CommandError
from django.db import IntegrityError
from django.utils import timezone
from wagtail.models import Revision

from activities.models import Activity
from openagenda import lock, store
from openagenda.models import SyncRun
from openagenda.sync import sync_agenda
from tests.html import soup

from .payloads import AGENDA, event, run_sync, synced
from .test_admin import in_english

pytestmark = pytest.mark.django_db


def four_events(openagenda):
    openagenda.agendas[AGENDA].set_events([event(2001 + i, title=f"Atelier {i}") for i in range(4)])


def test_a_page_that_is_not_json_is_fetched_again(openagenda):
    four_events(openagenda)
    openagenda.fail(status=200, body=b'{"events": [{"uid": 1, "title"', after_requests=1)

    run, _output = run_sync()

    assert (run.outcome, run.created) == ("success", 4)
    assert len(openagenda.event_requests()) == 3  # pages 1, 2 (broken), 2 again


def test_a_server_error_then_success(openagenda, caplog):
    four_events(openagenda)
    openagenda.fail(status=500, times=2)

    with caplog.at_level("WARNING"):
        run, _output = run_sync()

    assert (run.outcome, run.created) == ("success", 4)
    assert len(openagenda.event_requests()) == 4
    assert "HTTP 500; retrying" in caplog.text
    assert "test-key" not in caplog.text  # the key never reaches the logs


def test_too_many_requests_waits_as_long_as_retry_after_says(openagenda):
    """The server keeps answering 429 for one second to whoever comes back sooner: with
    its millisecond backoff, the client only gets through by honouring Retry-After."""
    four_events(openagenda)
    openagenda.fail(
        status=429, body=b'{"message": "Too many requests"}', headers={"Retry-After": "1"}, hold=1.0
    )

    run, _output = run_sync()

    assert (run.outcome, run.created) == ("success", 4)
    assert len(openagenda.event_requests()) == 3  # the refused page, then pages 1 and 2


def test_a_timeout_is_retried(openagenda, settings):
    settings.OPENAGENDA_TIMEOUT = 0.3
    four_events(openagenda)
    openagenda.fail(status=200, body=b'{"events": [], "after": null}', delay=1.0)

    run, _output = run_sync()

    assert (run.outcome, run.created) == ("success", 4)


def test_a_wrong_key_fails_at_once_with_a_clear_message(openagenda, settings):
    settings.OPENAGENDA_KEY = "not-the-key"
    four_events(openagenda)

    with pytest.raises(CommandError, match="refused the API key") as failure:
        run_sync()

    assert "not-the-key" not in str(failure.value)
    run = SyncRun.objects.get()
    assert run.outcome == "failed" and "HTTP 403: Invalid key" in run.error
    assert len(openagenda.requests) == 1  # no retry
    assert not Activity.objects.filter(source="openagenda").exists()


def test_an_unknown_agenda_is_a_clear_error(openagenda, settings):
    settings.OPENAGENDA_AGENDAS = ["999"]

    with pytest.raises(CommandError, match="does not know this agenda"):
        run_sync()


def test_a_run_that_fails_half_way_keeps_its_pages_and_can_be_run_again(openagenda):
    four_events(openagenda)
    openagenda.fail(status=503, times=3, after_requests=1)  # page 2 fails three times

    with pytest.raises(CommandError, match=r"3 .*\(HTTP 503\)"):
        run_sync()

    failed = SyncRun.objects.get()
    assert (failed.outcome, failed.created, failed.pages) == ("failed", 2, 1)
    assert synced(2001).live and not Activity.objects.filter(source_uid="2003").exists()

    run, _output = run_sync()  # no good run yet: a full one, which skips what is there

    assert (run.mode, run.outcome, run.created, run.unchanged) == ("full", "success", 2, 2)
    assert synced(2004).live


def test_two_runs_at_once_are_refused(openagenda):
    four_events(openagenda)
    other = SyncRun.objects.create(agenda="888", mode="full", heartbeat_at=timezone.now())

    with pytest.raises(CommandError, match="already running"):
        run_sync()

    assert not Activity.objects.filter(source="openagenda").exists()
    assert SyncRun.objects.get() == other


def test_the_lock_of_a_crashed_run_is_released(openagenda):
    four_events(openagenda)
    long_ago = timezone.now() - timedelta(hours=3)
    crashed = SyncRun.objects.create(agenda=AGENDA, mode="full", started_at=long_ago, heartbeat_at=long_ago)

    run, _output = run_sync()

    assert run.outcome == "success" and run.created == 4
    crashed.refresh_from_db()
    assert crashed.outcome == "interrupted" and crashed.error.startswith("Abandoned")


@pytest.fixture
def live_holder():
    """The liveness lock of a run whose process is alive (here: held by this test)."""
    held = lock.for_this_database(lock.new_key())
    assert held.acquire()
    yield held
    held.release()


def running_run(key, pages=3, heartbeat=None):
    """A run marked running a moment ago, whose process holds (or held) `key`."""
    return SyncRun.objects.create(
        agenda=AGENDA, mode="full", pages=pages, lock_key=key, heartbeat_at=heartbeat or timezone.now()
    )


def test_the_lock_of_a_killed_run_is_taken_over_at_once(openagenda):
    """Its process is gone (its liveness lock is free), although it showed progress a
    moment ago: the next run does not wait for its heartbeat to grow old."""
    four_events(openagenda)
    killed = running_run(lock.new_key())

    run, _output = run_sync()

    assert (run.outcome, run.created) == ("success", 4)
    killed.refresh_from_db()
    assert killed.outcome == "interrupted" and killed.finished_at is not None
    assert killed.error == "Interrupted: its process stopped (killed or crashed) after 3 pages."


def test_a_run_whose_process_is_alive_keeps_its_lock(openagenda, live_holder):
    four_events(openagenda)
    alive = running_run(live_holder.key)

    with pytest.raises(CommandError, match="already running"):
        run_sync()

    alive.refresh_from_db()
    assert alive.outcome == "running" and not Activity.objects.filter(source="openagenda").exists()


def test_a_live_run_without_progress_for_stale_after_seconds_is_taken_over(openagenda, live_holder, settings):
    four_events(openagenda)
    hung = running_run(live_holder.key, heartbeat=timezone.now() - timedelta(minutes=2))

    with pytest.raises(CommandError, match="already running"):
        run_sync()  # the default: ten minutes

    settings.OPENAGENDA_STALE_AFTER = 60
    run, _output = run_sync()

    assert (run.outcome, run.created) == ("success", 4)
    hung.refresh_from_db()
    assert hung.outcome == "interrupted" and hung.error.startswith("Abandoned: no progress since")


def test_force_takes_the_lock_over_and_marks_the_previous_run_interrupted(openagenda, live_holder):
    four_events(openagenda)
    stuck = running_run(live_holder.key)

    run, output = run_sync("--force")

    assert (run.outcome, run.created) == ("success", 4)
    stuck.refresh_from_db()
    assert stuck.outcome == "interrupted"
    assert stuck.error == "Interrupted: taken over by a forced run (sync_openagenda --force)."


def test_a_run_whose_lock_was_taken_over_stops_at_its_next_page(openagenda):
    four_events(openagenda)

    def taken_over_after_the_first_page(run):
        if run.pages == 1:
            SyncRun.objects.filter(pk=run.pk).update(outcome="interrupted", error="Taken over.")

    run = sync_agenda(AGENDA, report=taken_over_after_the_first_page)

    assert (run.outcome, run.error, run.pages) == ("interrupted", "Taken over.", 1)
    assert Activity.objects.filter(source="openagenda", locale__language_code="fr").count() == 2
    assert not SyncRun.objects.filter(outcome="running").exists()


def test_the_admin_never_shows_a_killed_run_as_running(openagenda, admin_user, client):
    client.force_login(in_english(admin_user))
    killed = running_run(lock.new_key(), pages=46)

    rows = soup(client.get("/admin/openagenda/runs/")).select("table tbody tr")

    assert len(rows) == 1
    assert "Interrupted" in rows[0].get_text() and "Running" not in rows[0].get_text()
    killed.refresh_from_db()
    assert killed.outcome == "interrupted" and "after 46 pages" in killed.error


def test_a_page_that_cannot_be_saved_is_written_event_by_event(openagenda, monkeypatch):
    """One event of page 1 breaks at write time (here a fault injected after its rows are
    written, so that the page's transaction has something to undo): the page is written
    again one event at a time; that event is rejected with its reason and leaves no row
    behind, the other events of the page and the next page are in the catalogue."""
    four_events(openagenda)
    real_write_rows = store.write_rows

    def write_rows(rows, now=None):
        written = real_write_rows(rows, now)
        if any(row.activity.source_uid == "2002" for row in rows):
            raise IntegrityError("a constraint event 2002 breaks")
        return written

    monkeypatch.setattr(store, "write_rows", write_rows)

    run, _output = run_sync()

    assert (run.outcome, run.created, run.rejected) == ("partial", 3, 1)
    assert [(m["uid"], m["message"]) for m in run.messages if m["level"] == "error"] == [
        ("2002", "rejected: could not be saved (IntegrityError: a constraint event 2002 breaks)")
    ]
    for uid in ("2001", "2003", "2004"):
        assert synced(uid).live and synced(uid, "en").live
    assert not Activity.objects.filter(source_uid="2002").exists()
    # Its page-mates' revisions are there, its own were undone with its rows.
    assert Revision.objects.filter(object_str="Atelier 0").exists()
    assert not Revision.objects.filter(object_str="Atelier 1").exists()


def test_options_that_do_not_go_together(openagenda):
    for args, message in [
        (["--replay", "--full"], "cannot be combined"),
        (["--full", "--since", "2025-01-01"], "cannot be combined"),
    ]:
        with pytest.raises(CommandError, match=message):
            run_sync(*args)
    assert not SyncRun.objects.exists()
