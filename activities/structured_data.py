"""schema.org Event JSON-LD for an activity's page."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.safestring import mark_safe

# As Django's json_script does: nothing in the data can close the <script> element.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def as_script_content(data):
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES))


EVENT_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
    "rescheduled": "https://schema.org/EventRescheduled",
    "online": "https://schema.org/EventMovedOnline",
    "full": "https://schema.org/EventScheduled",
}


def event(activity, request):
    occurrences = list(activity.occurrences.all())
    now = timezone.now()
    upcoming = [o for o in occurrences if o.end >= now]
    occurrence = upcoming[0] if upcoming else (occurrences[-1] if occurrences else None)
    url = request.build_absolute_uri(activity.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": activity.title,
        "url": url,
        "inLanguage": activity.locale.language_code,
        "eventStatus": EVENT_STATUS.get(activity.status, EVENT_STATUS["scheduled"]),
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
        if activity.status == "online"
        else "https://schema.org/OfflineEventAttendanceMode",
    }
    if activity.summary:
        data["description"] = activity.summary
    if occurrence:
        data["startDate"] = timezone.localtime(occurrence.start).isoformat()
        data["endDate"] = timezone.localtime(occurrence.end).isoformat()
    if activity.place:
        place = activity.place
        data["location"] = {
            "@type": "Place",
            "name": place.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": place.address,
                "addressLocality": place.commune.name,
                "addressCountry": "FR",
            },
        }
        if place.latitude is not None and place.longitude is not None:
            data["location"]["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": place.latitude,
                "longitude": place.longitude,
            }
    if activity.structure:
        data["organizer"] = {"@type": "Organization", "name": activity.structure.name}
        if activity.structure.website:
            data["organizer"]["url"] = activity.structure.website
    if activity.sortir_price is not None:
        offer = {
            "@type": "Offer",
            "price": f"{activity.sortir_price:.2f}",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/SoldOut"
            if activity.status == "full"
            else "https://schema.org/InStock",
        }
        if activity.booking_url:
            offer["url"] = activity.booking_url
        data["offers"] = offer
    if activity.age_min is not None:
        data["typicalAgeRange"] = f"{activity.age_min}-{activity.age_max or ''}"
    if activity.image_id:
        data["image"] = request.build_absolute_uri(activity.image.get_rendition("width-1200").url)
    return data
