"""Date presets of the catalogue, in Europe/Paris time."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PRESETS = {
    "today": _("Today"),
    "weekend": _("This weekend"),
    "week": _("This week"),
}


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def preset_range(preset, now=None):
    """(start, end) of a preset: today until midnight, the coming (or current) Saturday
    and Sunday, or from now until the end of Sunday."""
    now = timezone.localtime(now or timezone.now())
    today = now.date()
    if preset == "today":
        return now, _start_of(today + timedelta(days=1))
    if preset == "weekend":
        saturday = (
            today + timedelta(days=(5 - today.weekday()) % 7)
            if today.weekday() != 6
            else today - timedelta(days=1)
        )
        return max(now, _start_of(saturday)), _start_of(saturday + timedelta(days=2))
    if preset == "week":
        monday_next = today + timedelta(days=7 - today.weekday())
        return now, _start_of(monday_next)
    raise ValueError(preset)


def day_range(date_from=None, date_to=None):
    """Whole days, inclusive of `date_to`."""
    start = _start_of(date_from) if date_from else None
    end = _start_of(date_to + timedelta(days=1)) if date_to else None
    return start, end
