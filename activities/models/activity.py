"""Activities: what the catalogue lists, as Wagtail snippets with drafts, revisions,
workflows and translations; and the signal and version that caches key on."""

from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.cache import cache
from django.db import models
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from search import index as search_index
from theme.cache_versions import CacheVersion

from .. import fields
from .dates import ActivityDay, Occurrence, derived_dates
from .partners import Place, Structure
from .taxonomy import Category


def locale_for(code):
    # Needed on every catalogue page, and locales change about never.
    return cache.get_or_set(f"locale:{code}", lambda: Locale.objects.get_for_language(code), 3600)


CATALOGUE = CacheVersion("activities:version")


def catalogue_version():
    """Bumped whenever an activity is saved or deleted: cached counts key on it."""
    return CATALOGUE.current()


# Sent whenever activities were saved or deleted, one by one or in bulk.
catalogue_changed_signal = Signal()


def catalogue_changed():
    CATALOGUE.bump()
    catalogue_changed_signal.send(sender=Activity)


def active_locale():
    return locale_for(translation.get_language() or settings.LANGUAGE_CODE)


def source_locale():
    return locale_for(settings.LANGUAGE_CODE)


class ActivityQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(last_end__gte=now or timezone.now())

    def with_upcoming_dates(self):
        """Prefetch only the dates still to come (a weekly class has dozens of past ones)."""
        upcoming = Occurrence.objects.filter(end__gte=timezone.now()).order_by("start")
        return self.prefetch_related(
            models.Prefetch("occurrences", queryset=upcoming, to_attr="prefetched_upcoming")
        )

    def for_index(self):
        """With what search indexing reads of each activity."""
        return self.select_related("place", "structure", "locale").prefetch_related("categories")

    def for_locale(self, locale):
        """The activities to show in `locale`: their translation where one is live, else
        the source (French) version, so that no activity disappears from a language."""
        live = self.filter(live=True)
        source = source_locale()
        if locale.pk == source.pk:
            return live.filter(locale=source)
        translated = Activity.objects.filter(locale=locale, live=True).values("translation_key")
        return live.filter(
            models.Q(locale=locale) | (models.Q(locale=source) & ~models.Q(translation_key__in=translated))
        )


class Activity(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    ClusterableModel,
):
    """An activity accessible with the Sortir ! card: a show, a film, a club season…"""

    class Kind(models.TextChoices):
        ONE_OFF = "one_off", _("One-off")
        REGULAR = "regular", _("Regular")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        FULL = "full", _("Full")
        RESCHEDULED = "rescheduled", _("Rescheduled")
        ONLINE = "online", _("Moved online")

    class Source(models.TextChoices):
        MANUAL = "manual", _("Entered by editors")
        OPENAGENDA = "openagenda", _("OpenAgenda")

    ACCESSIBILITY = {
        "wheelchair": _("Wheelchair accessible"),
        "hearing": _("Hearing impairment"),
        "visual": _("Visual impairment"),
        "mental": _("Mental or cognitive impairment"),
    }

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, allow_unicode=False)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    description = models.TextField(_("description"), blank=True)
    categories = ParentalManyToManyField(Category, blank=True, verbose_name=_("categories"))
    structure = models.ForeignKey(
        Structure, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("structure")
    )
    place = models.ForeignKey(
        Place, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("place")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.ONE_OFF)

    age_min = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    for_families = models.BooleanField(_("for families"), default=False)
    for_students = models.BooleanField(_("for students"), default=False)

    full_price = models.DecimalField(
        _("full price (€)"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    sortir_price = models.DecimalField(
        _("Sortir ! price (€)"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    price_notes = models.CharField(_("price notes"), max_length=400, blank=True)
    booking_url = models.URLField(_("booking or e-ticket link"), max_length=500, blank=True)
    eticket = models.BooleanField(_("e-ticket at the Sortir ! tariff"), default=False)

    wheelchair = models.BooleanField(ACCESSIBILITY["wheelchair"], default=False)
    hearing = models.BooleanField(ACCESSIBILITY["hearing"], default=False)
    visual = models.BooleanField(ACCESSIBILITY["visual"], default=False)
    mental = models.BooleanField(ACCESSIBILITY["mental"], default=False)
    accessibility_notes = models.CharField(_("accessibility notes"), max_length=400, blank=True)

    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED)

    # Where the activity comes from; synced fields are owned by the sync.
    source = models.CharField(_("source"), max_length=12, choices=Source.choices, default=Source.MANUAL)
    source_agenda = models.CharField(max_length=32, blank=True)
    source_uid = models.CharField(max_length=64, blank=True)
    source_updated_at = models.DateTimeField(null=True, blank=True)
    # The event as OpenAgenda sent it, so that a mapping change can be replayed.
    source_data = models.JSONField(null=True, blank=True, editable=False)
    source_image_url = models.URLField(max_length=500, blank=True, editable=False)

    # Editors' own decisions, which the sync never overwrites.
    sortir_price_by_editor = models.BooleanField(
        _("Sortir ! price set by editors"),
        default=False,
        help_text=_("When ticked, the sync keeps this price instead of the one from OpenAgenda."),
    )
    featured = models.BooleanField(_("highlighted"), default=False)

    # Derived from the occurrences (see refresh_dates) so that listing and sorting need no join.
    next_start = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    last_end = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)

    # Text is translated; everything else is the same in every language (kept in step
    # by sync_translations, which also covers the categories and dates that
    # wagtail-localize does not synchronise). The lists are in activities/fields.py.
    translatable_fields = [
        *(TranslatableField(name) for name in fields.TRANSLATED),
        SynchronizedField("slug"),
    ]

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="activity")
    objects = ActivityQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        indexes = [
            models.Index(fields=["source_agenda", "source_uid"]),
            models.Index(fields=["locale", "live", "last_end"]),
            models.Index(fields=["locale", "live", "next_start"]),
        ]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    # Saves that only record a revision, a lock or a translation link. Saving a draft is
    # one of them, and the instance then holds the draft's values, which must not reach
    # the translations, the search index or anything else public before Publish.
    BOOKKEEPING_FIELDS = frozenset(
        {
            "latest_revision",
            "has_unpublished_changes",
            "locked",
            "locked_at",
            "locked_by",
            "translation_key",
            "locale",
        }
    )

    def save(self, *args, update_fields=None, **kwargs):
        super().save(*args, update_fields=update_fields, **kwargs)
        if update_fields is not None and self.BOOKKEEPING_FIELDS.issuperset(update_fields):
            return
        # Occurrences and categories are committed with the activity (a cluster), so the
        # derived dates and the search entry can only be computed once the save is done.
        self.sync_translations()
        self.refresh_dates()
        # Its translations too: which of them a language shows may have changed.
        search_index.index_activities(self.translations_for_index())
        catalogue_changed()

    @property
    def is_source(self):
        return self.locale.language_code == settings.LANGUAGE_CODE

    def sync_translations(self):
        """Copy what is shared by every language from the source activity to its
        translations (or, for a translation, from its source)."""
        if self.is_source:
            targets = list(
                type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
            )
            source = self
        else:
            source = (
                type(self)
                .objects.filter(
                    translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
                )
                .first()
            )
            targets = [self] if source else []
        if not targets:
            return
        values = source.shared_values()
        categories = list(Category.objects.filter(activity=source))
        occurrences = list(Occurrence.objects.filter(activity=source).values_list("start", "end"))
        through = type(self).categories.through
        for target in targets:
            type(self).objects.filter(pk=target.pk).update(**values)
            through.objects.filter(activity_id=target.pk).delete()
            through.objects.bulk_create(through(activity_id=target.pk, category=c) for c in categories)
            Occurrence.objects.filter(activity=target).delete()
            Occurrence.objects.bulk_create(
                Occurrence(activity_id=target.pk, start=start, end=end, sort_order=i)
                for i, (start, end) in enumerate(occurrences)
            )
            if target is not self:
                target.refresh_dates()

    def shared_values(self):
        """{attname: value} of the fields every translation shares with this activity."""
        names = [self._meta.get_field(name).attname for name in fields.SHARED]
        return {name: getattr(self, name) for name in names}

    def copy_shared_to(self, translation):
        """Give a translation (in memory) this activity's shared fields."""
        for name, value in self.shared_values().items():
            setattr(translation, name, value)

    def translations_for_index(self):
        """This activity and its translations, with what indexing reads."""
        return type(self).objects.filter(translation_key=self.translation_key).for_index()

    def delete(self, *args, **kwargs):
        pk = self.pk
        result = super().delete(*args, **kwargs)
        search_index.remove_activities([pk])
        # The translations left may now be shown where this one was.
        search_index.index_activities(self.translations_for_index())
        catalogue_changed()
        return result

    def get_absolute_url(self):
        with translation.override(self.locale.language_code):
            return reverse("activities:detail", kwargs={"slug": self.slug})

    def get_preview_template(self, request, mode_name):
        return "activities/activity_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"activity": self, "translatable_object": self}

    @property
    def is_free(self):
        return self.sortir_price is not None and self.sortir_price == Decimal("0")

    @property
    def accessibility(self):
        return [(key, label) for key, label in self.ACCESSIBILITY.items() if getattr(self, key)]

    @cached_property
    def upcoming_occurrences(self):
        """The dates still to come. Listings prefetch them (see with_upcoming_dates);
        otherwise they are read from all the occurrences."""
        if hasattr(self, "prefetched_upcoming"):
            return self.prefetched_upcoming
        now = timezone.now()
        return [o for o in self.occurrences.all() if o.end >= now]

    def is_past(self, now=None):
        return self.last_end is not None and self.last_end < (now or timezone.now())

    def refresh_dates(self, save=True):
        """Recompute what is derived from the occurrences: calendar days and dates."""
        periods = list(Occurrence.objects.filter(activity_id=self.pk).order_by().values_list("start", "end"))
        ActivityDay.objects.filter(activity_id=self.pk).delete()
        ActivityDay.objects.bulk_create(ActivityDay.for_occurrences(self.pk, periods))
        self.next_start, self.last_end = derived_dates(periods, timezone.now())
        if save:
            type(self).objects.filter(pk=self.pk).update(next_start=self.next_start, last_end=self.last_end)
