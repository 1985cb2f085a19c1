"""Applies pages of OpenAgenda events to the catalogue: an upsert keyed by (agenda, event
uid), in one transaction per page, that leaves editors' work alone.

What the sync owns on an activity and what editors own is written in activities/fields.py."""

import logging
from dataclasses import dataclass, fields

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from activities.models import Activity, Category
from activities.publishing import write_rows

from .activity_rows import RowMaker
from .images import ImageStore
from .mapper import Rejected, event_uid, map_event, parse_updated_at
from .models import UnpublishedBySync
from .places import PlaceResolver
from .remap import StoredState

logger = logging.getLogger(__name__)

ALIVE_EVERY = 20  # image downloads between two signs of life of the run


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unpublished: int = 0
    rejected: int = 0
    skipped: int = 0
    writes: int = 0

    def add(self, other):
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))


@dataclass
class Plan:
    """What a page asks for, decided before anything is written."""

    create: list
    update: list  # (activity, event)
    unpublish: list  # (activity, reason)

    def __bool__(self):
        return bool(self.create or self.update or self.unpublish)


class CatalogueWriter:
    """Writes the events of one agenda, page after page, for one run."""

    def __init__(
        self, agenda_uid, context, run=None, images=None, dry_run=False, warn=None, replay=False, alive=None
    ):
        self.agenda_uid = str(agenda_uid)
        self.context = context
        self.run = run
        self.images = images or ImageStore()
        self.dry_run = dry_run
        self.replay = replay
        self.warn = warn or (lambda message, uid=None, level="warning": None)
        self.alive = alive or (lambda: None)
        self.source_language = context.source_language
        self.locales = {
            code: Locale.objects.get(language_code=code)
            for code in [self.source_language, *context.languages]
        }
        self.source_locale = self.locales[self.source_language]
        self.places = PlaceResolver()
        categories = {category.pk: category for category in Category.objects.all()}
        self.rows = RowMaker(self.source_language, self.locales, categories, self.places, self.images)
        # Events OpenAgenda listed in this run, for the reconciliation of a full run.
        self.listed = set()

    # Deciding

    def apply_page(self, items):
        counts = Counts()
        raws, removed = self._sort(items, counts)
        existing = self._existing(set(raws) | removed)
        offline_by_sync = set(
            UnpublishedBySync.objects.filter(
                activity_id__in=[record.pk for record in existing.values()]
            ).values_list("activity_id", flat=True)
        )
        # Unchanged events are recognised on their raw JSON, before any mapping or write.
        for uid in list(raws):
            record = existing.get(uid)
            if (
                record
                and record.pk not in offline_by_sync
                and not self.replay
                and self._same(record, raws[uid])
            ):
                counts.unchanged += 1
                self.listed.add(uid)
                del raws[uid]
        mapped = self._map(raws, counts)
        plan = self._plan(mapped, removed, existing, offline_by_sync, counts)
        counts.created, counts.updated = len(plan.create), len(plan.update)
        counts.unpublished = len(plan.unpublish)
        if self.dry_run or not plan:
            return counts
        self._fetch_images(plan)
        try:
            with transaction.atomic():
                counts.writes = self._write(plan)
        except Exception as exc:  # any failure: find the event that causes it
            logger.warning("OpenAgenda page failed as a whole (%s); writing its events one by one", exc)
            self.places.forget()
            self._write_one_by_one(plan, counts)
        return counts

    def _sort(self, items, counts):
        """{uid: event} and the uids of removed events; items without a uid are rejected."""
        raws, removed = {}, set()
        for raw in items:
            uid = event_uid(raw)
            if uid is None:
                counts.rejected += 1
                self.warn(_("rejected: the event has no uid"), None, "error")
            elif raw.get("removed") is True:
                raws.pop(uid, None)
                removed.add(uid)
            else:
                removed.discard(uid)
                raws[uid] = raw
        return raws, removed

    def _existing(self, uids):
        """What is stored of these events: a few columns, enough to tell what changed."""
        return {
            record.source_uid: record
            for record in Activity.objects.filter(
                source=Activity.Source.OPENAGENDA,
                source_agenda=self.agenda_uid,
                source_uid__in=uids,
                locale=self.source_locale,
            ).values_list("pk", "source_uid", "source_data", "source_updated_at", "live", named=True)
        }

    def _same(self, record, raw):
        if record.source_data == raw:
            return True
        updated_at = parse_updated_at(raw)
        # An older copy of the event (incremental runs overlap): ours is newer.
        return bool(record.source_updated_at and updated_at and updated_at < record.source_updated_at)

    def _map(self, raws, counts):
        mapped = {}
        for uid, raw in raws.items():
            try:
                event = map_event(raw, self.context)
            except Rejected as exc:
                counts.rejected += 1
                self.warn(_("rejected: %(reason)s") % {"reason": exc}, uid, "error")
                continue
            except Exception as exc:  # a form of event the mapping did not foresee
                logger.exception("OpenAgenda event %s could not be mapped", uid)
                counts.rejected += 1
                reason = _("rejected: could not be read (%(error)s)") % {
                    "error": f"{type(exc).__name__}: {exc}"
                }
                self.warn(reason, uid, "error")
                continue
            for warning in event.warnings:
                self.warn(warning, event.uid, "info")
            mapped[uid] = event
        self.listed.update(uid for uid, event in mapped.items() if event.eligible)
        return mapped

    def _plan(self, mapped, removed, existing, offline_by_sync, counts):
        wanted = [existing[uid].pk for uid in [*mapped, *removed] if uid in existing]
        activities = {activity.source_uid: activity for activity in Activity.objects.filter(pk__in=wanted)}
        elsewhere = dict(
            Activity.objects.filter(
                source=Activity.Source.OPENAGENDA,
                source_uid__in=set(mapped) - set(existing),
                locale=self.source_locale,
            )
            .exclude(source_agenda=self.agenda_uid)
            .values_list("source_uid", "source_agenda")
        )
        state = StoredState(activities.values(), self.source_locale) if self.replay else None
        plan = Plan(create=[], update=[], unpublish=[])
        for uid, event in mapped.items():
            activity = activities.get(uid)
            if activity is None and uid in elsewhere:
                # Aggregated agendas share events: the first agenda that brought it owns it.
                counts.skipped += 1
                self.warn(_("already listed by agenda %(agenda)s") % {"agenda": elsewhere[uid]}, uid, "info")
            elif not event.eligible:
                if activity is not None and activity.live:
                    plan.unpublish.append((activity, _("no longer at the Sortir ! tariff")))
                else:
                    counts.skipped += 1
            elif activity is None:
                plan.create.append(event)
            elif (
                activity.pk in offline_by_sync or state is None or state.differs(activity, event, self.places)
            ):
                plan.update.append((activity, event))
            else:
                counts.unchanged += 1
        for uid in removed:
            activity = activities.get(uid)
            if activity is not None and activity.live:
                plan.unpublish.append((activity, _("removed from OpenAgenda")))
            else:
                counts.skipped += 1
        return plan

    # Writing

    def _fetch_images(self, plan):
        """Downloads happen before the page's transaction, which they would hold open."""
        events = [*plan.create, *(event for _activity, event in plan.update)]
        self.images.remember([event.image_url for event in events])
        downloads = self.images.downloads
        for event in events:
            if event.image_url:
                self.images.image_id(event.image_url, event.texts[self.source_language]["title"], event.uid)
            if self.images.downloads - downloads >= ALIVE_EVERY:
                downloads = self.images.downloads
                self.alive()

    def _write_one_by_one(self, plan, counts):
        counts.writes = 0
        # The failed attempt may have changed the activities in memory: read them again.
        fresh = Activity.objects.in_bulk([activity.pk for activity, _item in [*plan.update, *plan.unpublish]])
        units = [Plan([event], [], []) for event in plan.create]
        units += [Plan([], [(fresh[activity.pk], event)], []) for activity, event in plan.update]
        units += [Plan([], [], [(fresh[activity.pk], reason)]) for activity, reason in plan.unpublish]
        for unit in units:
            try:
                with transaction.atomic():
                    counts.writes += self._write(unit)
            except Exception as exc:  # the event is rejected, the others go on
                self.places.forget()
                counts.created -= len(unit.create)
                counts.updated -= len(unit.update)
                counts.unpublished -= len(unit.unpublish)
                counts.rejected += 1
                uid = unit.create[0].uid if unit.create else (unit.update or unit.unpublish)[0][0].source_uid
                reason = _("rejected: could not be saved (%(error)s)") % {
                    "error": f"{type(exc).__name__}: {exc}"
                }
                self.warn(reason, uid, "error")
                logger.exception("OpenAgenda event %s could not be saved", uid)

    def _write(self, plan):
        rows = self.rows.of(plan)
        written = write_rows(rows, timezone.now())
        republished = [row.activity.pk for row in rows if row.revision and row.publish]
        UnpublishedBySync.objects.filter(activity_id__in=republished).delete()
        for activity, reason in plan.unpublish:
            written += self._unpublish(activity, reason)
        return written

    def _unpublish(self, source, reason):
        """Take an activity offline with its translations (Wagtail's own unpublish, so that
        its history says so), remembering that the sync did it."""
        rows = [
            source,
            *Activity.objects.filter(translation_key=source.translation_key, live=True).exclude(pk=source.pk),
        ]
        written = 0
        for activity in rows:
            if not activity.live:
                continue
            UnpublishedBySync.objects.update_or_create(
                activity=activity,
                defaults={"run": self._saved_run(), "live_revision_id": activity.live_revision_id},
            )
            activity.unpublish(log_action=True)
            written += 1
        self.warn(_("unpublished: %(reason)s") % {"reason": reason}, source.source_uid, "info")
        return written

    def _saved_run(self):
        return self.run if self.run is not None and self.run.pk else None

    # Full runs

    def reconcile(self):
        """Unpublish the activities of the agenda that a full run did not list."""
        live = Activity.objects.filter(
            source=Activity.Source.OPENAGENDA,
            source_agenda=self.agenda_uid,
            locale=self.source_locale,
            live=True,
        ).values_list("pk", "source_uid")
        gone = [pk for pk, uid in live if uid not in self.listed]
        counts = Counts(unpublished=len(gone))
        if self.dry_run:
            return counts
        for pk in gone:
            with transaction.atomic():
                counts.writes += self._unpublish(
                    Activity.objects.get(pk=pk), _("no longer listed by OpenAgenda")
                )
        return counts
