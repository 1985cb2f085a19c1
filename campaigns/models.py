"""A QR campaign (a poster at a forum, a flyer) and its scans per day: nothing else is kept
about a scan, neither address, cookie nor browser."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from activities.filters import validate_catalogue_query
from theme.cache_versions import CacheVersion

# A resolved campaign stays cached this long: a page moved meanwhile is followed after it.
LOOKUP_SECONDS = 300
lookup_version = CacheVersion("campaigns:version")


def short_url_base():
    """The portal's public address, as printed on posters (no trailing slash)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


class QrCampaign(models.Model):
    class Target(models.TextChoices):
        PAGE = "page", _("a page")
        ACTIVITY = "activity", _("an activity")
        SEARCH = "search", _("a catalogue search")

    label = models.CharField(
        _("label"),
        max_length=120,
        help_text=_("Printed on the poster, e.g. “Forum de rentrée Villejean 2026”."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("The end of the short link /q/<slug>/; do not change it once posters are printed."),
    )
    target = models.CharField(_("leads to"), max_length=10, choices=Target.choices, default=Target.PAGE)
    target_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the campaign's language where it is translated."),
    )
    target_activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_query = models.CharField(
        _("catalogue search"),
        max_length=500,
        blank=True,
        validators=[validate_catalogue_query],
        help_text=_("The filters of the activity search, e.g. audience=students&free=1."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The language the target opens in."),
    )
    starts_on = models.DateField(_("active from"), default=timezone.localdate)
    ends_on = models.DateField(
        _("active until"), null=True, blank=True, help_text=_("Included. Empty: no end date.")
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldPanel("target"),
                FieldPanel("target_page"),
                FieldPanel("target_activity"),
                FieldPanel("target_query"),
                FieldPanel("locale"),
            ],
            heading=_("Where the code leads"),
        ),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Active dates")),
    ]

    class Meta:
        verbose_name = _("QR campaign")
        verbose_name_plural = _("QR campaigns")
        ordering = ["-starts_on", "label"]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        lookup_version.bump()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        lookup_version.bump()
        return result

    def clean(self):
        super().clean()
        needed = {self.Target.PAGE: "target_page", self.Target.ACTIVITY: "target_activity"}.get(self.target)
        if needed and getattr(self, f"{needed}_id") is None:
            raise ValidationError({needed: _("Choose where the code leads.")})
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The campaign ends before it starts.")})

    # What the short link does ---------------------------------------------------

    def is_active(self, today=None):
        return is_active(self.starts_on, self.ends_on, today)

    is_active.boolean = True
    is_active.short_description = _("active")

    @property
    def short_url(self):
        return f"{short_url_base()}{reverse('campaigns:scan', kwargs={'slug': self.slug})}"

    def target_url(self):
        """The target's address in the campaign's language (a path)."""
        language = self.locale.language_code
        with translation.override(language):
            if self.target == self.Target.PAGE and self.target_page_id:
                page = self.target_page.get_translation_or_none(self.locale) or self.target_page
                url = page.specific.get_url()
                if url:
                    return url
            elif self.target == self.Target.ACTIVITY and self.target_activity_id:
                return reverse("activities:detail", kwargs={"slug": self.target_activity.slug})
            elif self.target == self.Target.SEARCH:
                query = self.target_query.lstrip("?")
                return reverse("activities:search") + (f"?{query}" if query else "")
        return f"/{language}/"  # a page deleted since: the home page rather than nothing

    def total_scans(self):
        return self.scans.aggregate(total=models.Sum("count"))["total"] or 0

    total_scans.short_description = _("scans")


def is_active(starts_on, ends_on, today=None):
    today = today or timezone.localdate()
    return starts_on <= today and (ends_on is None or today <= ends_on)


@dataclass(frozen=True)
class Resolved:
    """What a scan needs, cached: no query for the campaign itself on most scans."""

    pk: int
    starts_on: date
    ends_on: date | None
    target_url: str

    def is_active(self, today=None):
        return is_active(self.starts_on, self.ends_on, today)


def resolve(slug):
    """The campaign of a short link, or None; one query when not cached."""
    if len(slug) > QrCampaign._meta.get_field("slug").max_length:
        return None  # no such campaign, and no over-long cache key
    key = f"campaigns:{lookup_version.current()}:{slug}"
    found = cache.get(key)
    if found is None:
        campaign = (
            QrCampaign.objects.select_related("locale", "target_page", "target_activity")
            .filter(slug=slug)
            .first()
        )
        found = (
            Resolved(campaign.pk, campaign.starts_on, campaign.ends_on, campaign.target_url())
            if campaign
            else False
        )
        cache.set(key, found, LOOKUP_SECONDS)
    return found or None


class ScanCount(models.Model):
    """How many times a campaign's link was opened on a day (Europe/Paris); nothing else."""

    campaign = models.ForeignKey(QrCampaign, on_delete=models.CASCADE, related_name="scans")
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("scans"), default=0)

    class Meta:
        verbose_name = _("scan count")
        constraints = [models.UniqueConstraint(fields=["campaign", "day"], name="one_count_per_campaign_day")]
        ordering = ["-day", "campaign"]

    def __str__(self):
        return f"{self.campaign_id} {self.day}: {self.count}"
