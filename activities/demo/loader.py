"""Creates the demo catalogue from its data files (catalogue.py reads them): the taxonomy,
partner structures, places and activities in French, with dates relative to today.
Translations are applied by the caller (pages.demo), which owns the demo translation workflow."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from ..models import Activity, Category, Commune, Neighbourhood, Occurrence, Place, Structure
from . import catalogue

SOURCE_LANGUAGE = "fr"


def _at(day_offset, hhmm, today=None):
    today = today or timezone.localdate()
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return timezone.make_aware(datetime.combine(today + timedelta(days=day_offset), time(hours, minutes)))


def occurrence_times(spec, today=None):
    """(start, end) of each date of a demo activity."""
    if spec["weekly"]:
        weekly = spec["weekly"]
        today = today or timezone.localdate()
        first = today + timedelta(days=weekly["from_offset"])
        first += timedelta(days=(weekly["weekday"] - first.weekday()) % 7)
        offsets = [(first - today).days + 7 * week for week in range(weekly["weeks"])]
        duration = timedelta(minutes=weekly["duration"])
        return [(_at(o, weekly["time"], today), _at(o, weekly["time"], today) + duration) for o in offsets]
    return [
        (_at(offset, hhmm, today), _at(offset, hhmm, today) + timedelta(minutes=minutes))
        for offset, hhmm, minutes in spec["dates"]
    ]


class CatalogueLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = []

    def load(self):
        data = catalogue.load()
        communes = {
            c["name"]: Commune.objects.get_or_create(
                slug=slugify(c["name"]),
                defaults={
                    "name": c["name"],
                    "insee_code": c["insee"],
                    "latitude": c["lat"],
                    "longitude": c["lon"],
                },
            )[0]
            for c in data["communes"]
        }
        neighbourhoods = {
            n["name"]: Neighbourhood.objects.get_or_create(
                slug=slugify(n["name"]),
                defaults={"name": n["name"], "latitude": n["lat"], "longitude": n["lon"]},
            )[0]
            for n in data["neighbourhoods"]
        }
        categories = {
            c["slug"]: Category.objects.get_or_create(
                slug=c["slug"],
                defaults={"name": c["fr"], "name_en": c["en"], "name_ar": c["ar"], "sort_order": index},
            )[0]
            for index, c in enumerate(data["categories"])
        }
        structures = {
            s["key"]: Structure.objects.get_or_create(
                name=s["name"],
                defaults={
                    "commune": communes[s["commune"]],
                    "address": s["address"],
                    "website": s["website"],
                    "has_agreement": s["has_agreement"],
                    "sells_etickets": s["eticket"],
                },
            )[0]
            for s in data["structures"]
        }
        places = {
            p["key"]: Place.objects.get_or_create(
                name=p["name"],
                commune=communes[p["commune"]],
                defaults={
                    "address": p["address"],
                    "neighbourhood": neighbourhoods.get(p["neighbourhood"]),
                    "latitude": p["lat"],
                    "longitude": p["lon"],
                },
            )[0]
            for p in data["places"]
        }
        locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        activities = []
        for spec in data["activities"]:
            activity = Activity.objects.filter(slug=spec["slug"], locale=locale).first()
            if activity is None:
                activity = self.create_activity(spec, locale, structures, places, categories)
            activities.append((activity, spec))
        return activities

    def create_activity(self, spec, locale, structures, places, categories):
        activity = Activity(
            locale=locale,
            slug=spec["slug"],
            title=spec["title"][SOURCE_LANGUAGE],
            summary=spec["summary"][SOURCE_LANGUAGE],
            description=spec["description"][SOURCE_LANGUAGE],
            structure=structures[spec["structure"]],
            place=places[spec["place"]],
            kind=spec["kind"],
            full_price=spec["full_price"],
            sortir_price=spec["sortir_price"],
            price_notes=spec["price_notes"].get(SOURCE_LANGUAGE, ""),
            age_min=spec["age_min"],
            age_max=spec["age_max"],
            for_families=spec["families"],
            for_students=spec["students"],
            eticket=spec["eticket"],
            booking_url=spec["booking_url"],
            status=spec["status"],
            **{key: key in spec["accessibility"] for key in Activity.ACCESSIBILITY},
        )
        activity.categories = [categories[slug] for slug in spec["categories"]]
        activity.occurrences = [Occurrence(start=start, end=end) for start, end in occurrence_times(spec)]
        activity.save()
        activity.save_revision().publish()
        self.created.append(activity)
        return activity
