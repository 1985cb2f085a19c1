"""The .ics file of an activity: one event per date, in Europe/Paris time."""

from datetime import UTC

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vText

ICS_STATUS = {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}


def ics(activity, request):
    cal = Calendar()
    cal.add("prodid", "-//APRAS//Sortir !//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    url = request.build_absolute_uri(activity.get_absolute_url())
    location = ""
    if activity.place:
        location = ", ".join(
            p for p in (activity.place.name, activity.place.address, str(activity.place.commune)) if p
        )
    stamp = timezone.now().astimezone(UTC)  # when this file was made, in UTC (RFC 5545)
    for occurrence in activity.occurrences.all():
        event = Event()
        event.add("uid", f"activity-{activity.translation_key}-{occurrence.pk}@sortir")
        event.add("summary", activity.title)
        event.add("dtstart", occurrence.start.astimezone(_tz()))
        event.add("dtend", occurrence.end.astimezone(_tz()))
        event.add("dtstamp", stamp)
        event.add("url", url)
        if location:
            event.add("location", vText(location))
        description = "\n\n".join(p for p in (activity.summary, _price_line(activity), url) if p)
        event.add("description", description)
        event.add("status", ICS_STATUS.get(activity.status, "CONFIRMED"))
        cal.add_component(event)
    # The VTIMEZONE that the TZID of the dates refers to, for calendars that know no tz names.
    cal.add_missing_timezones()
    return cal.to_ical()


def _tz():
    from zoneinfo import ZoneInfo

    return ZoneInfo(settings.TIME_ZONE)


def _price_line(activity):
    if activity.sortir_price is None:
        return ""
    return f"Sortir ! : {activity.sortir_price} €"
