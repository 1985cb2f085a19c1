"""From an OpenAgenda event (API v2, `detailed=1`) to what our catalogue stores: the
activity's fields, its texts per language, its dates, place, categories and image.

Pure functions of the event and of a `MappingContext` (the lookup tables, read once per
run): nothing here writes, so the same code maps a new sync and a replay of stored events."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify
from django.utils.translation import gettext as _

from activities import fields as owners
from activities.models import Activity, Category, Commune, Neighbourhood

from .choices import CHOICE_FIELD_TYPES, choice_id, choice_ids, option_terms, options_of
from .locations import PlaceSpec, place_of
from .models import KeywordMapping, normalise_keyword
from .tariff import TariffRule, keywords, tariff_of
from .text import languages, one_line, pick, pick_source, plain_text

STATUSES = {
    1: Activity.Status.SCHEDULED,
    2: Activity.Status.RESCHEDULED,
    3: Activity.Status.ONLINE,
    4: Activity.Status.POSTPONED,
    5: Activity.Status.FULL,
    6: Activity.Status.CANCELLED,
}
# OpenAgenda's accessibility codes → our flags (intellectual and psychic both → mental).
ACCESSIBILITY = {"mi": "wheelchair", "hi": "hearing", "vi": "visual", "ii": "mental", "pi": "mental"}
MAX_AGE = 120
MAX_TIMINGS = 800
# Dates spread over four weeks or more, four times or more: a season, a weekly class…
REGULAR_MIN_TIMINGS = 4
REGULAR_MIN_SPAN = timedelta(days=28)
DEFAULT_DURATION = timedelta(hours=2)
# Where the synced texts (activities/fields.py) come from in the event, with their
# maximum length (None: a text area).
EVENT_TEXTS = {
    "title": ("title", 255),
    "summary": ("description", 400),
    "description": ("longDescription", None),
    "price_notes": ("conditions", 400),
}
TEXT_FIELDS = {name: EVENT_TEXTS[name] for name in owners.SYNCED_TEXTS}
# The top-level keys of a v2 event that are not additional fields.
STANDARD_KEYS = {
    "uid", "slug", "extIds", "title", "description", "longDescription", "conditions", "keywords",
    "image", "imageCredits", "registration", "accessibility", "age", "timings", "firstTiming",
    "lastTiming", "nextTiming", "dateRange", "timezone", "location", "locationUid", "attendanceMode",
    "onlineAccessLink", "status", "state", "featured", "createdAt", "updatedAt", "originAgenda",
    "sourceAgendas", "links", "private", "draft", "member", "motive", "_agg", "creatorUid", "ownerUid",
    "addMethod", "canEdit", "sourcePaths", "references", "removed", "agendaUid", "fileKey", "stand",
    "section", "aggregated",
}  # fmt: skip
_url_validator = URLValidator(schemes=["http", "https"])


class Rejected(Exception):
    """The event cannot be imported; the message says why, for editors."""


@dataclass
class MappedEvent:
    uid: str
    raw: dict
    updated_at: datetime | None
    eligible: bool
    values: dict  # activities.fields.SYNCED, except the place
    texts: dict  # language → {field: text}; the source language has every field
    slug: str
    occurrences: list  # [(start, end)], aware datetimes, sorted
    category_ids: list
    place: PlaceSpec | None
    image_url: str
    warnings: list = field(default_factory=list)

    def languages(self):
        return [lang for lang in self.texts if lang != settings.LANGUAGE_CODE]


class MappingContext:
    """The lookup tables the mapping needs, read once per run."""

    def __init__(self, agenda_uid, schema=None, tariff_field="", tariff_keyword=""):
        self.agenda_uid = str(agenda_uid)
        self.source_language = settings.LANGUAGE_CODE
        self.languages = [code for code, _name in settings.LANGUAGES if code != self.source_language]
        self.default_timezone = ZoneInfo(settings.TIME_ZONE)
        self.communes_by_insee = {}
        self.communes_by_slug = {}
        for commune in Commune.objects.only("pk", "slug", "name", "insee_code"):
            if commune.insee_code:
                self.communes_by_insee[commune.insee_code] = commune.pk
            self.communes_by_slug[commune.slug] = commune.pk
            self.communes_by_slug[slugify(commune.name)] = commune.pk
        self.neighbourhoods = {
            key: pk
            for pk, slug, name in Neighbourhood.objects.values_list("pk", "slug", "name")
            for key in (slug, slugify(name))
        }
        self.categories_by_keyword = {}
        for normalised, category_id in KeywordMapping.objects.values_list("normalised", "category_id"):
            self.categories_by_keyword.setdefault(normalised, []).append(category_id)
        self.category_order = {pk: i for i, pk in enumerate(Category.objects.values_list("pk", flat=True))}
        self.fields = {}
        for spec in (schema or {}).get("fields") or []:
            if isinstance(spec, dict) and spec.get("field"):
                self.fields[spec["field"]] = spec
        self.tariff = TariffRule(keyword=normalise_keyword(tariff_keyword))
        if tariff_field:
            spec = self.fields.get(tariff_field, {})
            self.tariff.field_code = tariff_field
            self.tariff.field_type = spec.get("fieldType", "")
            self.tariff.options = options_of(spec)

    def additional_fields(self, raw):
        """(code, schema spec) of the additional fields the event has a value for."""
        for code, value in raw.items():
            if code in STANDARD_KEYS or value in (None, "", [], {}):
                continue
            spec = self.fields.get(code)
            if spec is None or spec.get("schemaType") == "event":
                continue
            yield code, spec


def map_event(raw, context):
    """A MappedEvent, or Rejected with the reason."""
    if not isinstance(raw, dict):
        raise Rejected(_("the event is not a JSON object"))
    uid = _uid(raw.get("uid"))
    warnings = []
    texts = _texts(raw, context)
    occurrences = _occurrences(raw, context)
    status = _status(raw.get("status"), warnings)
    eligible, sortir_price = tariff_of(raw, context.tariff)
    values = {
        "kind": _kind(occurrences),
        "status": status,
        "booking_url": _booking_url(raw.get("registration")),
        "sortir_price": sortir_price,
        "source": Activity.Source.OPENAGENDA,
        "source_agenda": context.agenda_uid,
        "source_uid": uid,
        "source_updated_at": _datetime(raw.get("updatedAt"), context.default_timezone),
        "source_data": raw,
    }
    values.update(_age(raw.get("age")))
    values.update(_accessibility(raw.get("accessibility")))
    return MappedEvent(
        uid=uid,
        raw=raw,
        updated_at=values["source_updated_at"],
        eligible=eligible,
        values=values,
        texts=texts,
        slug=_slug(raw, texts[context.source_language]["title"], uid),
        occurrences=occurrences,
        category_ids=_categories(raw, context),
        place=place_of(raw.get("location"), raw.get("attendanceMode"), context, warnings),
        image_url=image_url(raw.get("image")),
        warnings=warnings,
    )


def parse_updated_at(raw):
    return _datetime(raw.get("updatedAt"), ZoneInfo("UTC")) if isinstance(raw, dict) else None


def event_uid(raw):
    """The uid of an event or of a removal item, or None."""
    try:
        return _uid(raw.get("uid")) if isinstance(raw, dict) else None
    except Rejected:
        return None


def _uid(value):
    if isinstance(value, bool) or value in (None, ""):
        raise Rejected(_("the event has no uid"))
    try:
        uid = str(int(value))
    except (TypeError, ValueError):
        raise Rejected(_("the event uid %(uid)r is not a number") % {"uid": value}) from None
    if len(uid) > 64 or uid.startswith("-"):
        raise Rejected(_("the event uid %(uid)s is not a valid uid") % {"uid": uid[:70]})
    return uid


def _texts(raw, context):
    source = {}
    for name, (key, max_length) in TEXT_FIELDS.items():
        source[name] = _clean(pick_source(raw.get(key)), max_length)
    if not source["title"]:
        raise Rejected(_("the event has no title"))
    texts = {context.source_language: source}
    # A translation exists where OpenAgenda has a title in that language; it carries the
    # fields OpenAgenda has in that language, and no others.
    for lang in context.languages:
        if lang not in languages(raw.get("title")):
            continue
        texts[lang] = {
            name: text
            for name, (key, max_length) in TEXT_FIELDS.items()
            if (text := _clean(pick(raw.get(key), lang), max_length))
        }
    return texts


def _clean(text, max_length):
    return one_line(text, max_length) if max_length else plain_text(text)


def _occurrences(raw, context):
    timings = raw.get("timings")
    if timings is None:
        # A list item without `detailed`: only the first, next and last dates are known.
        timings = [raw.get(key) for key in ("firstTiming", "nextTiming", "lastTiming") if raw.get(key)]
    if not isinstance(timings, list) or not timings:
        raise Rejected(_("the event has no dates"))
    if len(timings) > MAX_TIMINGS:
        raise Rejected(
            _("the event has %(count)d dates, more than %(max)d")
            % {"count": len(timings), "max": MAX_TIMINGS}
        )
    zone = _zone(raw.get("timezone"), context)
    periods = set()
    for timing in timings:
        if not isinstance(timing, dict):
            raise Rejected(_("a date of the event is not an object"))
        begin = _datetime(timing.get("begin"), zone)
        end = _datetime(timing.get("end"), zone) if timing.get("end") else None
        if begin is None:
            raise Rejected(_("the date %(date)r cannot be read") % {"date": timing.get("begin")})
        if timing.get("end") and end is None:
            raise Rejected(_("the date %(date)r cannot be read") % {"date": timing.get("end")})
        end = end or begin + DEFAULT_DURATION
        if end < begin:
            raise Rejected(
                _("a date of the event ends (%(end)s) before it begins") % {"end": end.isoformat()}
            )
        periods.add((begin, end))
    return sorted(periods)


def _zone(name, context):
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return context.default_timezone


def _datetime(value, zone):
    """An aware datetime from OpenAgenda's ISO forms (`+01:00`, `+0100`, `Z`, or none:
    then the event's time zone)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = parse_datetime(value)
        except ValueError:  # well formed, but not a date (month 13…)
            return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment


def _status(value, warnings):
    if value in (None, ""):
        return Activity.Status.SCHEDULED
    code = choice_id(value)
    if code not in STATUSES:
        warnings.append(_("unknown status %(status)r, shown as scheduled") % {"status": value})
        return Activity.Status.SCHEDULED
    return STATUSES[code]


def _kind(occurrences):
    if len(occurrences) >= REGULAR_MIN_TIMINGS and (
        occurrences[-1][0] - occurrences[0][0] >= REGULAR_MIN_SPAN
    ):
        return Activity.Kind.REGULAR
    return Activity.Kind.ONE_OFF


def _age(value):
    age = {"age_min": None, "age_max": None}
    if not isinstance(value, dict):
        return age
    for key in ("min", "max"):
        number = value.get(key)
        if isinstance(number, bool) or number is None:
            continue
        try:
            number = int(number)
        except (TypeError, ValueError):
            continue
        age[f"age_{key}"] = max(0, min(MAX_AGE, number))
    if age["age_min"] is not None and age["age_max"] is not None and age["age_max"] < age["age_min"]:
        age["age_max"] = None
    if age["age_min"] == 0:
        age["age_min"] = None  # "from 0" says nothing
    if age["age_max"] == MAX_AGE:
        age["age_max"] = None  # "up to 120" (or more) neither
    return age


def _accessibility(value):
    flags = dict.fromkeys(set(ACCESSIBILITY.values()), False)
    if isinstance(value, str):
        # The OpenDataSoft export's form: "hi;vi;mi".
        value = {code.strip(): True for code in value.split(";")}
    if isinstance(value, dict):
        for code, flag in ACCESSIBILITY.items():
            if value.get(code) is True or value.get(code) == 1:
                flags[flag] = True
    return flags


def _valid_url(value):
    if not isinstance(value, str) or len(value) > 500:
        return ""
    value = value.strip()
    try:
        _url_validator(value)
    except ValidationError:
        return ""
    return value


def _booking_url(registration):
    for item in registration if isinstance(registration, list) else []:
        if isinstance(item, dict) and item.get("type") == "link" and (url := _valid_url(item.get("value"))):
            return url
    return ""


def image_url(image):
    """The URL of an event's image in its largest size, or ""."""
    if not isinstance(image, dict):
        return ""
    base = image.get("base") or ""
    filename = image.get("filename") or ""
    for variant in image.get("variants") or []:
        if isinstance(variant, dict) and variant.get("type") == "full" and variant.get("filename"):
            filename = variant["filename"]
    if not isinstance(base, str) or not isinstance(filename, str) or not filename:
        return ""
    return _valid_url(filename if filename.startswith(("http://", "https://")) else base + filename)


def _slug(raw, title, uid):
    slug = slugify(raw.get("slug") or "") or slugify(title) or f"evenement-{uid}"
    return slug[:200].strip("-")


def _categories(raw, context):
    terms = keywords(raw)
    for code, spec in context.additional_fields(raw):
        if spec.get("fieldType") in CHOICE_FIELD_TYPES:
            options = options_of(spec)
            for choice in choice_ids(raw[code]):
                terms.extend(option_terms(options.get(choice, {})))
            for item in raw[code] if isinstance(raw[code], list) else [raw[code]]:
                if isinstance(item, dict):  # {id, label} with includeLabels
                    terms.extend(option_terms(item))
    found = {
        category_id
        for term in terms
        for category_id in context.categories_by_keyword.get(normalise_keyword(term), [])
    }
    return sorted(found, key=lambda pk: (context.category_order.get(pk, 0), pk))
