"""`python manage.py sync_openagenda`: brings the catalogue up to date with the agendas of
OPENAGENDA_AGENDAS (incremental by default; `--full` also unpublishes what they no longer
list; `--replay` maps the stored events again, without any request; `--force` takes the
lock over from a run still marked running)."""

import gc
import signal
import threading
from datetime import datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from openagenda.config import SyncConfig
from openagenda.sync import SyncRefused, replay_stored_events, sync_agenda


def parse_since(value):
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise CommandError(
                f"--since: {value!r} is not a date (YYYY-MM-DD) nor a date and time (ISO 8601)."
            )
        moment = datetime.combine(day, time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _stop(signum, frame):
    raise SystemExit(128 + signum)


class Command(BaseCommand):
    help = "Imports the events of the OpenAgenda agendas at the Sortir ! tariff into the catalogue."

    def add_arguments(self, parser):
        parser.add_argument(
            "--agenda",
            action="append",
            dest="agendas",
            metavar="UID",
            help="Agenda uid (repeatable); default: OPENAGENDA_AGENDAS.",
        )
        parser.add_argument(
            "--full", action="store_true", help="Read every event; unpublish those not listed."
        )
        parser.add_argument("--since", help="Read the events changed since this date (incremental run).")
        parser.add_argument("--dry-run", action="store_true", help="Say what would change; write nothing.")
        parser.add_argument("--base-url", help="API base URL; default: OPENAGENDA_BASE_URL.")
        parser.add_argument(
            "--replay",
            action="store_true",
            help="Map the stored events again (after a mapping change); no request.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Take the lock over from a run still marked running (it is marked interrupted, "
            "and stops at its next page if its process is still there).",
        )

    def handle(
        self,
        *args,
        agendas=None,
        full=False,
        since=None,
        dry_run=False,
        base_url=None,
        replay=False,
        force=False,
        **opts,
    ):
        self.verbosity = opts.get("verbosity", 1)
        if replay and (full or since):
            raise CommandError("--replay reads no events: it cannot be combined with --full or --since.")
        if full and since:
            raise CommandError("--full reads every event: it cannot be combined with --since.")
        config = SyncConfig.from_settings(agendas=agendas, base_url=base_url)
        if not config.agendas:
            raise CommandError("No agenda to sync: set OPENAGENDA_AGENDAS or pass --agenda UID.")
        since = parse_since(since) if since else None
        # A run makes many short-lived objects; the long-lived ones of Django and Wagtail
        # need not be scanned again at each collection (a sixth of the run's time).
        gc.freeze()
        # A stopped container sends SIGTERM: end as on Ctrl-C, so that the run releases its
        # lock (only the main thread may set a handler).
        in_main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _stop) if in_main_thread else None
        try:
            failures = self.sync(config, full, since, dry_run, replay, force)
        finally:
            if in_main_thread:
                signal.signal(signal.SIGTERM, previous)
            gc.unfreeze()
        if failures:
            raise CommandError("; ".join(failures))

    def sync(self, config, full, since, dry_run, replay, force):
        failures = []
        for agenda in config.agendas:
            try:
                if replay:
                    run = replay_stored_events(
                        agenda, config=config, dry_run=dry_run, report=self.progress, force=force
                    )
                else:
                    run = sync_agenda(
                        agenda,
                        full=full,
                        since=since,
                        dry_run=dry_run,
                        config=config,
                        report=self.progress,
                        force=force,
                    )
            except SyncRefused as exc:
                failures.append(f"agenda {agenda}: {exc}")
                self.stderr.write(str(exc))
                continue
            self.summary(run, dry_run)
            if run.error:
                failures.append(f"agenda {agenda}: {run.error}")
        return failures

    def progress(self, run):
        if self.verbosity >= 2:
            self.stdout.write(
                f"  page {run.pages} ({run.events} events): {run.created} created, {run.updated} updated, "
                f"{run.unchanged} unchanged"
            )

    def summary(self, run, dry_run):
        prefix = "[dry run] would have: " if dry_run else ""
        seconds = (run.finished_at - run.started_at).total_seconds() if run.finished_at else 0
        line = (
            f"Agenda {run.agenda} ({run.mode}): {prefix}{run.created} created, "
            f"{run.updated} updated, {run.unchanged} unchanged, {run.unpublished} unpublished, "
            f"{run.rejected} rejected, {run.skipped} skipped; {run.writes} activities written "
            f"in {seconds:.1f} s — {run.outcome}"
        )
        style = (
            self.style.ERROR if run.error else (self.style.WARNING if run.rejected else self.style.SUCCESS)
        )
        if self.verbosity >= 1:
            self.stdout.write(style(line))
        for message in run.messages:
            if message["level"] == "error" or self.verbosity >= 2:
                uid = f"event {message['uid']}: " if message.get("uid") else ""
                self.stdout.write(f"  {uid}{message['message']}")
        if run.error:
            self.stderr.write(f"  {run.error}")
