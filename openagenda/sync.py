"""One sync run of an agenda: take the lock, read the agenda's form and its events page
by page, apply each page in its own transaction, and record what happened in a SyncRun.

- incremental (the default): what changed since the start of the last good run, minus a
  small overlap, with removals; the first run of an agenda is a full one;
- full: everything the agenda lists; activities it no longer lists are unpublished;
- replay: the events stored in `Activity.source_data` are mapped again (after a change of
  the mapping, of the keyword table or of the tariff settings), without any request.

A run that fails half-way keeps the pages it applied; running it again is safe, since
unchanged events are recognised and skipped before anything is written."""

import logging
from contextlib import closing, contextmanager
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from activities.models import Activity

from . import lock
from .client import OpenAgendaClient, OpenAgendaError, retrying_session
from .config import SyncConfig
from .images import ImageStore
from .mapper import MappingContext
from .models import SourceAgenda, SyncRun
from .store import CatalogueWriter

logger = logging.getLogger(__name__)

COUNT_FIELDS = ["created", "updated", "unchanged", "unpublished", "rejected", "skipped", "writes"]
REPLAY_CHUNK = 300


class SyncRefused(Exception):
    """Another run holds the lock."""


class LockLost(Exception):
    """Another run took this run's lock over (it was taken for dead or hung, or forced)."""


def last_good_run(agenda_uid):
    return (
        SyncRun.objects.filter(
            agenda=str(agenda_uid),
            outcome__in=[SyncRun.Outcome.SUCCESS, SyncRun.Outcome.PARTIAL],
            mode__in=[SyncRun.Mode.INCREMENTAL, SyncRun.Mode.FULL],
        )
        .order_by("-started_at")
        .first()
    )


def sync_agenda(
    agenda_uid,
    *,
    full=False,
    since=None,
    dry_run=False,
    config=None,
    client=None,
    user=None,
    report=None,
    force=False,
    queued=None,
):
    """Sync one agenda; returns its SyncRun (not saved for a dry run). Raises SyncRefused
    when another run is going on (unless `force`: it takes the lock over).

    `queued`: the queued run to start (the task worker's case); without it, a run queued
    for this agenda from the admin is started by this one, so that a request made while
    the worker is down is served by the next scheduled run."""
    config = config or SyncConfig.from_settings()
    agenda_uid = str(agenda_uid).strip()
    adopt = queued is None and not dry_run and since is None
    if adopt:
        queued = SyncRun.objects.filter(agenda=agenda_uid, outcome=SyncRun.Outcome.QUEUED).first()
    if queued is not None:
        full = full or queued.mode == SyncRun.Mode.FULL
    mode = SyncRun.Mode.FULL if full else SyncRun.Mode.INCREMENTAL
    if mode == SyncRun.Mode.INCREMENTAL and since is None:
        previous = last_good_run(agenda_uid)
        if previous is None:
            mode = SyncRun.Mode.FULL  # nothing to be incremental from
        else:
            since = previous.started_at - timedelta(seconds=config.overlap)
    run = queued or SyncRun(agenda=agenda_uid)
    run.mode, run.since = mode, since if mode == SyncRun.Mode.INCREMENTAL else None
    if queued is None:
        run.triggered_by = user if user is not None and user.is_authenticated else None
    with lifecycle(run, config, dry_run, force=force, fall_back=adopt):
        with closing(client or OpenAgendaClient(config)) as client:
            agenda = client.agenda(agenda_uid)
            schema = remember_agenda(agenda_uid, agenda, dry_run)
            writer = _writer(run, agenda_uid, schema, config, dry_run)
            for page in client.event_pages(agenda_uid, since=run.since):
                _alive(run, dry_run)  # a run taken over writes nothing more
                counts = writer.apply_page(page.events)
                _progress(run, counts, dry_run, report, events=len(page.events))
            if run.mode == SyncRun.Mode.FULL:
                _progress(run, writer.reconcile(), dry_run, report, page=False)
    return run


def replay_stored_events(agenda_uid, *, config=None, user=None, dry_run=False, report=None, force=False):
    """Map the stored events of an agenda again, writing what the mapping now changes."""
    config = config or SyncConfig.from_settings()
    agenda_uid = str(agenda_uid).strip()
    run = SyncRun(agenda=agenda_uid, mode=SyncRun.Mode.REPLAY)
    run.triggered_by = user if user is not None and user.is_authenticated else None
    with lifecycle(run, config, dry_run, force=force):
        stored = SourceAgenda.objects.filter(uid=agenda_uid).first()
        writer = _writer(run, agenda_uid, stored.schema if stored else {}, config, dry_run, replay=True)
        activities = Activity.objects.filter(
            source=Activity.Source.OPENAGENDA,
            source_agenda=agenda_uid,
            locale=writer.source_locale,
            source_data__isnull=False,
        ).order_by("pk")
        last_pk = 0
        while True:
            chunk = list(activities.filter(pk__gt=last_pk).values_list("pk", "source_data")[:REPLAY_CHUNK])
            if not chunk:
                break
            last_pk = chunk[-1][0]
            _alive(run, dry_run)
            counts = writer.apply_page([data for _pk, data in chunk])
            _progress(run, counts, dry_run, report, events=len(chunk))
    return run


@contextmanager
def lifecycle(run, config, dry_run, force=False, fall_back=True):
    """The life of a run around its work: take the lock (SyncRefused if another run holds
    it), then, whatever happens, record how the run ended and release the lock. An error
    ends the run as failed, with its message, and goes no further; a lost lock leaves the
    run as the run that took it over marked it; a signal (Ctrl-C, SIGTERM) marks it
    interrupted, so that it can be run again, and goes on stopping the process."""
    holder = None if dry_run else acquire(run, config, force=force, fall_back=fall_back)
    try:
        yield
        _finish(run, None, dry_run)
    except LockLost:
        _lost(run)
    except OpenAgendaError as exc:
        _finish(run, str(exc), dry_run)
    except Exception as exc:
        logger.exception("OpenAgenda %s run of agenda %s failed", run.mode, run.agenda)
        _finish(run, f"{type(exc).__name__}: {exc}", dry_run)
    except BaseException:
        _finish(run, _("Interrupted (stopped by a signal)."), dry_run, SyncRun.Outcome.INTERRUPTED)
        raise
    finally:
        if holder is not None:
            holder.release()


def agendas_to_sync(config=None):
    config = config or SyncConfig.from_settings()
    return config.agendas


def acquire(run, config, force=False, fall_back=True):
    """Save the run as running, which only one run may be at a time (a database
    constraint), and take the lock that tells its process is alive (lock.py); returns that
    lock, to be released when the run ends.

    A run found running is taken over when its process is gone (it was killed or
    crashed), when it has shown no progress for `stale_after` seconds (it hangs), or with
    `force`; it is then marked interrupted, and stops at its next page if it still runs.
    A queued run that someone else started meanwhile: SyncRefused, or a run of its own
    with `fall_back`."""
    holder = lock.for_this_database(lock.new_key())
    if holder is not None and not holder.acquire():
        holder = None  # a key drawn twice: go on with the heartbeat alone
    run.lock_key = holder.key if holder is not None else None
    run.host = lock.host_label()
    try:
        for _attempt in range(3):
            if _take(run, fall_back):
                return holder
            running = SyncRun.objects.filter(outcome=SyncRun.Outcome.RUNNING).first()
            if running is None:
                continue  # it just finished
            if force:
                reason = _("Interrupted: taken over by a forced run (sync_openagenda --force).")
            else:
                reason = why_stopped(running, config)
            if reason is None:
                started = timezone.localtime(running.started_at)
                raise SyncRefused(
                    _("A sync of agenda %(agenda)s is already running (started %(started)s).")
                    % {"agenda": running.agenda, "started": f"{started:%Y-%m-%d %H:%M}"}
                )
            interrupt(running, reason)
        raise SyncRefused(_("Another sync started at the same time."))
    except BaseException:
        if holder is not None:
            holder.release()
        raise


def _take(run, fall_back):
    """Mark the run running; False when another run is."""
    now = timezone.now()
    try:
        with transaction.atomic():
            if run.pk is not None:
                started = SyncRun.objects.filter(pk=run.pk, outcome=SyncRun.Outcome.QUEUED).update(
                    outcome=SyncRun.Outcome.RUNNING,
                    mode=run.mode,
                    since=run.since,
                    started_at=now,
                    heartbeat_at=now,
                    lock_key=run.lock_key,
                    host=run.host,
                )
                if not started:
                    if not fall_back:
                        raise SyncRefused(_("This queued sync was already started by another process."))
                    # The worker started it between our look and now: a run of our own.
                    run.pk, run._state.adding, run.triggered_by = None, True, None
            if run.pk is None:
                run.outcome, run.started_at, run.heartbeat_at = SyncRun.Outcome.RUNNING, now, now
                run.save()
            else:
                run.outcome, run.started_at, run.heartbeat_at = SyncRun.Outcome.RUNNING, now, now
        return True
    except IntegrityError:
        return False


def interrupt(run, reason):
    """Mark a running run interrupted (it lost its process, or its lock was taken over)."""
    taken = SyncRun.objects.filter(pk=run.pk, outcome=SyncRun.Outcome.RUNNING).update(
        outcome=SyncRun.Outcome.INTERRUPTED, finished_at=timezone.now(), error=reason
    )
    if taken:
        logger.warning("OpenAgenda sync run %s of agenda %s: %s", run.pk, run.agenda, reason)
    return bool(taken)


def why_stopped(running, config):
    """Why a run marked running is in fact over: its process is gone, or it has shown no
    progress for `stale_after` seconds (it hangs); None while it goes on."""
    if lock.holder_gone(running.lock_key):
        return ngettext(
            "Interrupted: its process stopped (killed or crashed) after %(pages)s page.",
            "Interrupted: its process stopped (killed or crashed) after %(pages)s pages.",
            running.pages,
        ) % {"pages": running.pages}
    last_sign = running.heartbeat_at or running.started_at
    if timezone.now() - last_sign >= timedelta(seconds=config.stale_after):
        return _("Abandoned: no progress since %(moment)s.") % {
            "moment": f"{timezone.localtime(last_sign):%Y-%m-%d %H:%M:%S %Z}"
        }
    return None


def release_dead_runs(config=None):
    """Mark interrupted the running runs that are over (`why_stopped`), so that the admin
    never shows a killed run as running. Returns the runs going on (queued or running)."""
    config = config or SyncConfig.from_settings()
    for running in SyncRun.objects.filter(outcome=SyncRun.Outcome.RUNNING):
        reason = why_stopped(running, config)
        if reason is not None:
            interrupt(running, reason)
    return list(
        SyncRun.objects.filter(outcome__in=[SyncRun.Outcome.QUEUED, SyncRun.Outcome.RUNNING]).order_by(
            "started_at", "pk"
        )
    )


def remember_agenda(agenda_uid, agenda, dry_run=False):
    """Store the agenda's title and form, writing only when they changed; returns the form."""
    schema = agenda.get("schema") if isinstance(agenda.get("schema"), dict) else {}
    values = {"title": str(agenda.get("title") or "")[:255], "slug": str(agenda.get("slug") or "")[:255]}
    if dry_run:
        return schema
    stored = SourceAgenda.objects.filter(uid=agenda_uid).first()
    if stored is None:
        SourceAgenda.objects.create(uid=agenda_uid, schema=schema, fetched_at=timezone.now(), **values)
    elif stored.schema != schema or any(getattr(stored, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(stored, name, value)
        stored.schema, stored.fetched_at = schema, timezone.now()
        stored.save()
    return schema


def _writer(run, agenda_uid, schema, config, dry_run, replay=False):
    context = MappingContext(
        agenda_uid, schema=schema, tariff_field=config.tariff_field, tariff_keyword=config.tariff_keyword
    )

    def warn(message, uid=None, level="warning"):
        run.add_message(message, uid=uid, level=level)

    def alive():
        # Image downloads can make a page long: show the lock is held by a live run.
        _alive(run, dry_run)

    if config.download_images:
        session = retrying_session(config.attempts, config.backoff_base, config.backoff_max)
        images = ImageStore(timeout=config.image_timeout, warn=warn, session=session)
    else:
        images = _NoImages()
    return CatalogueWriter(
        agenda_uid, context, run=run, images=images, dry_run=dry_run, warn=warn, replay=replay, alive=alive
    )


class _NoImages(ImageStore):
    """Image downloads switched off (OPENAGENDA_DOWNLOAD_IMAGES = False): known images only."""

    def image_id(self, url, title, uid=None):
        return self.known_id(url)


def _progress(run, counts, dry_run, report, page=True, events=0):
    for name in COUNT_FIELDS:
        setattr(run, name, getattr(run, name) + getattr(counts, name))
    if page:
        run.pages += 1
    run.events += events
    run.heartbeat_at = timezone.now()
    if not dry_run:
        _save_running(run, [*COUNT_FIELDS, "pages", "events", "heartbeat_at", "messages"])
    if report:
        report(run)


def _alive(run, dry_run):
    """A sign of life; LockLost if another run took the lock over."""
    if not dry_run:
        run.heartbeat_at = timezone.now()
        _save_running(run, ["heartbeat_at"])


def _save_running(run, fields):
    """Save these fields of a run that must still hold the lock; LockLost if it does not."""
    values = {name: getattr(run, name) for name in fields}
    if not SyncRun.objects.filter(pk=run.pk, outcome=SyncRun.Outcome.RUNNING).update(**values):
        raise LockLost


def _finish(run, error, dry_run, outcome=None):
    run.finished_at = timezone.now()
    run.error = error or ""
    if outcome:
        run.outcome = outcome
    elif error:
        run.outcome = SyncRun.Outcome.FAILED
    else:
        run.outcome = SyncRun.Outcome.PARTIAL if run.rejected else SyncRun.Outcome.SUCCESS
    if error:
        logger.warning("OpenAgenda sync of agenda %s failed: %s", run.agenda, error)
    if dry_run:
        return
    fields = [*COUNT_FIELDS, "pages", "events", "messages", "finished_at", "error", "outcome"]
    values = {name: getattr(run, name) for name in fields}
    if not SyncRun.objects.filter(pk=run.pk, outcome=SyncRun.Outcome.RUNNING).update(**values):
        _lost(run)


def _lost(run):
    """The run's lock was taken over: what the run did is kept, its row says why it stopped."""
    logger.warning("OpenAgenda sync run %s of agenda %s lost its lock and stopped", run.pk, run.agenda)
    run.refresh_from_db()
