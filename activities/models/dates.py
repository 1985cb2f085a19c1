"""The dates of activities (occurrences) and what is derived from them: the calendar days
date filters read, and the next start and last end that listings sort on."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable


def derived_dates(periods, now):
    """(next_start, last_end) of dates given as (start, end): the first start of a date
    not over yet (else the last start), and the last end."""
    if not periods:
        return None, None
    starts_ahead = [start for start, end in periods if end >= now]
    next_start = min(starts_ahead) if starts_ahead else max(start for start, _end in periods)
    return next_start, max(end for _start, end in periods)


class Occurrence(Orderable):
    """One date of an activity, in Europe/Paris time."""

    activity = ParentalKey("activities.Activity", on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    class Meta(Orderable.Meta):
        ordering = ["start"]
        verbose_name = _("date")
        indexes = [models.Index(fields=["activity", "end", "start"])]

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must come after the start.")})

    def save(self, *args, **kwargs):
        if self.start and not self.end:
            self.end = self.start + timedelta(hours=2)
        super().save(*args, **kwargs)


class ActivityDay(models.Model):
    """One calendar day (Europe/Paris) on which an activity takes place, with the end of
    that date: an index that lets date filters read only the days they ask about,
    instead of every occurrence. Derived from the occurrences (refresh_dates)."""

    MAX_DAYS = 400  # a permanent exhibition is listed for about a year ahead

    activity = models.ForeignKey(
        "activities.Activity", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    day = models.DateField()
    end = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["day", "end", "activity"])]

    def __str__(self):
        return f"{self.activity_id} on {self.day}"

    @classmethod
    def for_occurrences(cls, activity_id, periods):
        for start, end in periods:
            first, last = timezone.localdate(start), timezone.localdate(end)
            for offset in range(min((last - first).days, cls.MAX_DAYS) + 1):
                yield cls(activity_id=activity_id, day=first + timedelta(days=offset), end=end)
