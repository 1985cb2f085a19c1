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
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Activity
from .client import OpenAgendaClient, OpenAgendaError
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
):
    """Sync one agenda; returns its SyncRun (not saved for a dry run). Raises SyncRefused
    when another run is going on."""
    config = config or SyncConfig.from_settings()
    agenda_uid = str(agenda_uid).strip()
    mode = SyncRun.Mode.FULL if full else SyncRun.Mode.INCREMENTAL
    if mode == SyncRun.Mode.INCREMENTAL and since is None:
        previous = last_good_run(agenda_uid)
        if previous is None:
            mode = SyncRun.Mode.FULL  # nothing to be incremental from
        else:
            since = previous.started_at - timedelta(seconds=config.overlap)
    run = SyncRun(agenda=agenda_uid, mode=mode, since=since if mode == SyncRun.Mode.INCREMENTAL else None)
    run.triggered_by = user if user is not None and user.is_authenticated else None
    if not dry_run:
        acquire(run, config)
    client = client or OpenAgendaClient(config)
    try:
        agenda = client.agenda(agenda_uid)
        schema = remember_agenda(agenda_uid, agenda, dry_run)
        writer = _writer(run, agenda_uid, schema, config, dry_run)
        for page in client.event_pages(agenda_uid, since=run.since):
            counts = writer.apply_page(page.events)
            _progress(run, counts, dry_run, report)
        if run.mode == SyncRun.Mode.FULL:
            _progress(run, writer.reconcile(), dry_run, report, page=False)
        _finish(run, None, dry_run)
    except OpenAgendaError as exc:
        _finish(run, str(exc), dry_run)
    except Exception as exc:
        logger.exception("OpenAgenda sync of agenda %s failed", agenda_uid)
        _finish(run, f"{type(exc).__name__}: {exc}", dry_run)
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM): release the lock, so that the run can be re-run.
        _finish(run, _("Interrupted."), dry_run)
        raise
    finally:
        client.close()
    return run


def replay_stored_events(agenda_uid, *, config=None, user=None, dry_run=False, report=None):
    """Map the stored events of an agenda again, writing what the mapping now changes."""
    config = config or SyncConfig.from_settings()
    agenda_uid = str(agenda_uid).strip()
    run = SyncRun(agenda=agenda_uid, mode=SyncRun.Mode.REPLAY)
    run.triggered_by = user if user is not None and user.is_authenticated else None
    if not dry_run:
        acquire(run, config)
    try:
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
            _progress(run, writer.apply_page([data for _pk, data in chunk]), dry_run, report)
        _finish(run, None, dry_run)
    except Exception as exc:
        logger.exception("Replay of OpenAgenda agenda %s failed", agenda_uid)
        _finish(run, f"{type(exc).__name__}: {exc}", dry_run)
    except BaseException:
        _finish(run, _("Interrupted."), dry_run)
        raise
    return run


def agendas_to_sync(config=None):
    config = config or SyncConfig.from_settings()
    return config.agendas


def acquire(run, config):
    """Save the run as running, which only one run may be (a database constraint). A run
    that has shown no progress for `stale_after` seconds crashed: its lock is released."""
    for _attempt in range(2):
        try:
            with transaction.atomic():
                run.started_at = run.heartbeat_at = timezone.now()
                run.save()
            return
        except IntegrityError:
            pass
        holder = SyncRun.objects.filter(outcome=SyncRun.Outcome.RUNNING).first()
        if holder is None:
            continue  # it just finished
        last_sign = holder.heartbeat_at or holder.started_at
        if timezone.now() - last_sign < timedelta(seconds=config.stale_after):
            started = timezone.localtime(holder.started_at)
            raise SyncRefused(
                _("A sync of agenda %(agenda)s is already running (started %(started)s).")
                % {"agenda": holder.agenda, "started": f"{started:%Y-%m-%d %H:%M}"}
            )
        SyncRun.objects.filter(pk=holder.pk, outcome=SyncRun.Outcome.RUNNING).update(
            outcome=SyncRun.Outcome.FAILED,
            finished_at=timezone.now(),
            error=_("Abandoned: no progress since %(moment)s.")
            % {"moment": f"{last_sign:%Y-%m-%d %H:%M:%S %Z}"},
        )
        logger.warning(
            "Released the lock of OpenAgenda sync run %s, which stopped making progress", holder.pk
        )
    raise SyncRefused(_("Another sync started at the same time."))


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
        if not dry_run:
            run.heartbeat_at = timezone.now()
            run.save(update_fields=["heartbeat_at"])

    images = ImageStore(timeout=config.image_timeout, warn=warn) if config.download_images else _NoImages()
    return CatalogueWriter(
        agenda_uid, context, run=run, images=images, dry_run=dry_run, warn=warn, replay=replay, alive=alive
    )


class _NoImages(ImageStore):
    """Image downloads switched off (OPENAGENDA_DOWNLOAD_IMAGES = False): known images only."""

    def image_id(self, url, title, uid=None):
        return self.known_id(url)


def _progress(run, counts, dry_run, report, page=True):
    for name in COUNT_FIELDS:
        setattr(run, name, getattr(run, name) + getattr(counts, name))
    if page:
        run.pages += 1
    run.heartbeat_at = timezone.now()
    if not dry_run:
        run.save(update_fields=[*COUNT_FIELDS, "pages", "heartbeat_at", "messages"])
    if report:
        report(run)


def _finish(run, error, dry_run):
    run.finished_at = timezone.now()
    run.error = error or ""
    if error:
        run.outcome = SyncRun.Outcome.FAILED
    else:
        run.outcome = SyncRun.Outcome.PARTIAL if run.rejected else SyncRun.Outcome.SUCCESS
    if error:
        logger.warning("OpenAgenda sync of agenda %s failed: %s", run.agenda, error)
    if not dry_run:
        run.save()
