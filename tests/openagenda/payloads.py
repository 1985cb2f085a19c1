"""OpenAgenda payloads for the tests: the real responses kept in fixtures/ (SOURCES.md says
where each comes from) and variants derived from them (future dates in Rennes, changed, removed, cancelled,
incomplete, hostile…)."""

import copy
import io
import json
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.utils import timezone

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PARIS = ZoneInfo("Europe/Paris")
AGENDA = "12345"


def fixture(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def detailed_event():
    """The detailed event of fixture 03 (fr and en texts, two timings, accessibility, age…)."""
    return copy.deepcopy(fixture("03-event-get-single-success-wrapper-fr-en-accessibility.json")["event"])


def list_page_events():
    """The two list items of fixture 01 (no `detailed`: no timings, five languages)."""
    return copy.deepcopy(fixture("01-list-page-after-cursor-multilingual.TRIMMED.json")["events"])


def write_response_event():
    """Fixture 08: UTC timings, empty optional objects, internal fields."""
    return copy.deepcopy(fixture("08-event-write-response-no-image-fr-en.json")[0])


def local_iso(moment):
    """OpenAgenda's form: local time with its offset, e.g. 2025-01-06T11:00:00+01:00."""
    return moment.astimezone(PARIS).isoformat(timespec="seconds")


def timing(day_offset, hour=20, minutes=120):
    day = timezone.localdate() + timedelta(days=day_offset)
    begin = datetime.combine(day, time(hour, 0), tzinfo=PARIS)
    return {"begin": local_iso(begin), "end": local_iso(begin + timedelta(minutes=minutes))}


def updated_at(minutes_ago=0):
    moment = timezone.now() - timedelta(minutes=minutes_ago)
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.000Z")


RENNES_LOCATION = {
    "uid": 78372100,
    "name": "Salle de la Cité",
    "address": "10 rue Saint-Louis, 35000 Rennes",
    "city": "Rennes",
    "postalCode": "35000",
    "insee": "35238",
    "adminLevel1": "Bretagne",
    "adminLevel2": "Ille-et-Vilaine",
    "adminLevel3": "Rennes Métropole",
    "adminLevel4": "Rennes",
    "adminLevel6": "Centre",
    "latitude": 48.1147,
    "longitude": -1.6794,
    "timezone": "Europe/Paris",
    "countryCode": "FR",
}


def event(uid, title="Concert au centre", title_en="Concert downtown", days=(10,), minutes_ago=60, **changes):
    """A detailed event derived from fixture 03: upcoming, in Rennes, published."""
    data = detailed_event()
    data.update(
        {
            "uid": uid,
            "slug": f"{title.lower().replace(' ', '-')}-{uid}",
            "title": {"fr": title, **({"en": title_en} if title_en else {})},
            "description": {"fr": f"{title} : la présentation courte.", "en": f"{title_en}: the short text."},
            "longDescription": {
                "fr": f"{title}, la description longue.",
                "en": f"{title_en}, the long text.",
            },
            "conditions": {"fr": "Tarif Sortir ! : 2 €, plein tarif 12 €", "en": "Sortir ! price: €2"},
            "timings": [timing(day) for day in days],
            "location": copy.deepcopy(RENNES_LOCATION),
            "registration": [{"type": "link", "value": f"https://billetterie.example.org/{uid}"}],
            "keywords": {"fr": ["concert", "jazz"], "en": ["concert"]},
            "state": 2,
            "updatedAt": updated_at(minutes_ago),
            "originAgenda": {"uid": int(AGENDA), "title": "Sortir ! Rennes Métropole"},
        }
    )
    if not title_en:
        for key in ("description", "longDescription", "conditions"):
            data[key].pop("en", None)
    data.update(changes)
    return data


def removed(uid, minutes_ago=0):
    """An item of an incremental listing for a removed event."""
    return {"uid": uid, "removed": True, "updatedAt": updated_at(minutes_ago)}


def jpeg(color=(200, 30, 30), size=(40, 30)):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


def image_of(url_base, filename):
    """An event image as OpenAgenda describes it: base + filename, with its variants."""
    return {
        "filename": filename,
        "size": {"width": 40, "height": 30},
        "variants": [{"filename": filename.replace(".base.", ".thumb."), "type": "thumbnail"}],
        "base": url_base,
    }


TARIFF_SCHEMA = {
    "fields": [
        {"field": "title", "fieldType": "text", "schemaType": "event"},
        {
            "field": "tarif-sortir",
            "fieldType": "radio",
            "schemaType": "agenda",
            "label": {"fr": "Tarif Sortir !"},
            "options": [
                {"id": 1, "value": "gratuit", "label": {"fr": "Gratuit"}},
                {"id": 2, "value": "2-euros", "label": {"fr": "2 €"}},
                {"id": 3, "value": "3-euros", "label": {"fr": "3 €"}},
            ],
        },
        {
            "field": "categories-metropolitaines",
            "fieldType": "checkbox",
            "schemaType": "network",
            "options": [
                {"id": 47, "value": "spectacle-vivant", "label": {"fr": "Spectacle vivant"}},
                {"id": 48, "value": "sport", "label": {"fr": "Sport"}},
            ],
        },
    ]
}


def run_sync(*args):
    """Run the real command; returns the last SyncRun and what the command printed."""
    from django.core.management import call_command

    from openagenda.models import SyncRun

    out, err = io.StringIO(), io.StringIO()
    call_command("sync_openagenda", *args, stdout=out, stderr=err)
    return SyncRun.objects.order_by("-pk").first(), out.getvalue() + err.getvalue()


def synced(uid, lang="fr"):
    """The activity of an event in a language (the French one is the source)."""
    from activities.models import Activity

    return Activity.objects.get(source_uid=str(uid), locale__language_code=lang)
