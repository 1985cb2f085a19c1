"""Models of the OpenAgenda sync: its runs, the agendas it reads, the keyword → category
mapping editors maintain, and the activities it took offline."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

MAX_MESSAGES = 200


class SyncRun(models.Model):
    """One run of the sync for one agenda. The row of a running sync is also its lock: at
    most one run may be running at a time (a database constraint, so it holds across
    machines). A run asked for from the admin is first queued (one per agenda at most),
    until the task worker or the next scheduled run starts it."""

    class Mode(models.TextChoices):
        INCREMENTAL = "incremental", _("Incremental")
        FULL = "full", pgettext_lazy("sync mode", "Full")
        REPLAY = "replay", _("Replay of stored events")

    class Outcome(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        SUCCESS = "success", _("Success")
        PARTIAL = "partial", _("Success, some events rejected")
        FAILED = "failed", _("Failed")
        INTERRUPTED = "interrupted", _("Interrupted")
        NOT_RUN = "not_run", _("Not run")

    agenda = models.CharField(_("agenda"), max_length=32)
    mode = models.CharField(_("mode"), max_length=12, choices=Mode.choices)
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices, default=Outcome.RUNNING)
    started_at = models.DateTimeField(_("started at"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # Refreshed after each page, so that a hung run's lock can be told from a long one.
    heartbeat_at = models.DateTimeField(_("last progress"), null=True, blank=True, editable=False)
    # The key of the lock the running process holds (lock.py) for as long as it lives: a
    # run whose lock is free has lost its process (kill -9, a crash, a reboot).
    lock_key = models.BigIntegerField(null=True, blank=True, editable=False)
    host = models.CharField(_("run by"), max_length=255, blank=True, editable=False)
    since = models.DateTimeField(_("changes since"), null=True, blank=True)
    triggered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    pages = models.PositiveIntegerField(_("pages read"), default=0)
    events = models.PositiveIntegerField(_("events read"), default=0)
    created = models.PositiveIntegerField(_("created"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    unpublished = models.PositiveIntegerField(_("unpublished"), default=0)
    rejected = models.PositiveIntegerField(_("rejected"), default=0)
    skipped = models.PositiveIntegerField(
        _("skipped"),
        default=0,
        help_text=_("Events not at the Sortir ! tariff, or listed by another agenda."),
    )
    writes = models.PositiveIntegerField(_("activities written"), default=0)
    error = models.TextField(_("error"), blank=True)
    messages = models.JSONField(_("messages"), default=list, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("OpenAgenda sync run")
        verbose_name_plural = _("OpenAgenda sync runs")
        permissions = [("run_openagenda_sync", _("Can start an OpenAgenda sync"))]
        constraints = [
            models.UniqueConstraint(
                fields=["outcome"],
                condition=models.Q(outcome="running"),
                name="openagenda_one_running_sync",
            ),
            models.UniqueConstraint(
                fields=["agenda"],
                condition=models.Q(outcome="queued"),
                name="openagenda_one_queued_sync_per_agenda",
            ),
        ]

    def __str__(self):
        return f"{self.get_mode_display()} sync of agenda {self.agenda}, {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def succeeded(self):
        return self.outcome in (self.Outcome.SUCCESS, self.Outcome.PARTIAL)

    @property
    def in_progress(self):
        return self.outcome in (self.Outcome.QUEUED, self.Outcome.RUNNING)

    @property
    def progress(self):
        """How far the run went, e.g. "page 12 — 3,600 events"."""
        if self.outcome == self.Outcome.QUEUED:
            return "—"
        return ngettext(
            "page %(page)s — %(count)s event", "page %(page)s — %(count)s events", self.events
        ) % {"page": number_format(self.pages), "count": number_format(self.events, force_grouping=True)}

    progress.fget.short_description = _("progress")

    @property
    def duration(self):
        if self.finished_at is None:
            return None
        return self.finished_at - self.started_at

    def add_message(self, message, uid=None, level="warning"):
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append({"level": level, "uid": uid, "message": str(message)})
        elif len(self.messages) == MAX_MESSAGES:
            self.messages.append({"level": "info", "uid": None, "message": "More messages were left out."})


class SourceAgenda(models.Model):
    """An OpenAgenda agenda the sync reads, with its event form (`schema`): the additional
    fields and their options, needed to read events again without a new request."""

    uid = models.CharField(_("agenda uid"), max_length=32, unique=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    slug = models.CharField(_("slug"), max_length=255, blank=True)
    schema = models.JSONField(default=dict, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("OpenAgenda agenda")

    def __str__(self):
        return self.title or self.uid


def normalise_keyword(keyword):
    """Keywords match whatever their case, accents and punctuation."""
    return slugify(str(keyword or ""))


class KeywordMapping(models.Model):
    """An OpenAgenda keyword (or an option of one of the agenda's choice fields) that puts
    an event in one of our categories."""

    keyword = models.CharField(
        _("keyword"),
        max_length=100,
        help_text=_("As written on OpenAgenda; case, accents and punctuation do not matter."),
    )
    category = models.ForeignKey(
        "activities.Category", on_delete=models.CASCADE, related_name="+", verbose_name=_("category")
    )
    normalised = models.CharField(max_length=100, editable=False, db_index=True)

    class Meta:
        ordering = ["keyword"]
        verbose_name = _("OpenAgenda keyword mapping")
        verbose_name_plural = _("OpenAgenda keyword mappings")
        constraints = [
            models.UniqueConstraint(
                fields=["normalised", "category"], name="openagenda_keyword_category_unique"
            )
        ]

    def __str__(self):
        return f"{self.keyword} → {self.category}"

    def save(self, *args, **kwargs):
        self.normalised = normalise_keyword(self.keyword)
        super().save(*args, **kwargs)

    def clean(self):
        from django.core.exceptions import ValidationError

        self.normalised = normalise_keyword(self.keyword)
        if not self.normalised:
            raise ValidationError({"keyword": _("Enter a keyword with at least one letter or digit.")})
        duplicates = KeywordMapping.objects.filter(normalised=self.normalised, category_id=self.category_id)
        if self.category_id and duplicates.exclude(pk=self.pk).exists():
            raise ValidationError({"keyword": _("This keyword already leads to this category.")})


class UnpublishedBySync(models.Model):
    """An activity the sync took offline because its event left OpenAgenda. The sync puts
    it back online if the event returns; an activity editors took offline stays so."""

    activity = models.OneToOneField("activities.Activity", on_delete=models.CASCADE, related_name="+")
    run = models.ForeignKey(SyncRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    unpublished_at = models.DateTimeField(default=timezone.now)
    # The revision that was live, to tell an editor's pending draft from it on return.
    live_revision_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("activity unpublished by the sync")

    def __str__(self):
        return f"activity {self.activity_id}"
