"""The demo catalogue's data files and their schemas: taxonomy.yaml (categories, communes,
quartiers), partners.yaml (partner structures, places) and activities.yaml. Read by the demo
loader (loader.py); the benchmark's vocabulary (generated.yaml) is read here too, so that
both commands go through the same reader."""

from functools import cache
from pathlib import Path

from .data import (
    BOOL,
    INT,
    STR,
    TEXT_STR,
    Choice,
    DemoDataError,
    ListOf,
    MappingOf,
    Nullable,
    Number,
    Paragraphs,
    Pattern,
    Record,
    Text,
    Tuple,
    read,
)

FOLDER = Path(__file__).parent
TRANSLATIONS = ("en", "ar")

SLUG = Pattern(r"[a-z0-9]+(-[a-z0-9]+)*", "a lower-case ASCII slug")
TIME = Pattern(r"([01]\d|2[0-3]):[0-5]\d", 'a time "HH:MM" (in quotes: YAML reads 20:00 as a number)')
COORDINATE = Nullable(Number())
PRICE = Number(exact=True)
# Whether a commune takes part in Sortir !, as far as the sources say (see taxonomy.yaml).
NAMED_MEMBER = "named in the 2024 report"
MEMBER_TO_CONFIRM = "to be confirmed by editors"

TAXONOMY = Record(
    {
        "categories": ListOf(Record({"slug": SLUG, "fr": TEXT_STR, "en": TEXT_STR, "ar": TEXT_STR})),
        "communes": ListOf(
            Record(
                {
                    "name": TEXT_STR,
                    "insee": Pattern(r"\d{5}", "a 5-digit INSEE code"),
                    "lat": Number(),
                    "lon": Number(),
                    "sortir_member": Choice(NAMED_MEMBER, MEMBER_TO_CONFIRM),
                }
            )
        ),
        "neighbourhoods": ListOf(Record({"name": TEXT_STR, "lat": Number(), "lon": Number()})),
    }
)

PARTNERS = Record(
    {
        "structures": ListOf(
            Record(
                {"key": SLUG, "name": TEXT_STR, "commune": TEXT_STR},
                {
                    "address": (STR, ""),
                    "website": (STR, ""),
                    "has_agreement": (BOOL, True),
                    "eticket": (BOOL, False),
                },
            )
        ),
        "places": ListOf(
            Record(
                {"key": SLUG, "name": TEXT_STR, "commune": TEXT_STR, "lat": COORDINATE, "lon": COORDINATE},
                {"address": (STR, ""), "neighbourhood": (Nullable(TEXT_STR), None)},
            )
        ),
    }
)

TRANSLATABLE = Text(required=("fr",), optional=TRANSLATIONS)
ACTIVITY = Record(
    {
        "slug": SLUG,
        "title": TRANSLATABLE,
        "summary": TRANSLATABLE,
        "description": Text(required=("fr",), optional=TRANSLATIONS, value=Paragraphs()),
        "structure": SLUG,
        "place": SLUG,
        "categories": ListOf(SLUG),
        "kind": Choice("one_off", "regular"),
        "sortir_price": PRICE,
    },
    {
        # No full price: there is no public price (free for everyone).
        "full_price": (Nullable(PRICE), None),
        "price_notes": (Text(required=("fr",), optional=TRANSLATIONS), {}),
        "age_min": (Nullable(INT), None),
        "age_max": (Nullable(INT), None),
        "families": (BOOL, False),
        "students": (BOOL, False),
        "accessibility": (ListOf(Choice("wheelchair", "hearing", "visual", "mental")), []),
        "eticket": (BOOL, False),
        "booking_url": (STR, ""),
        "status": (Choice("scheduled", "cancelled", "postponed", "full"), "scheduled"),
        # [day offset from today, "HH:MM" (Europe/Paris), duration in minutes]
        "dates": (ListOf(Tuple(INT, TIME, INT)), None),
        # weekday: 0 is Monday; from_offset: days from today to the first week
        "weekly": (
            Record(
                {
                    "weekday": Choice(*range(7)),
                    "time": TIME,
                    "duration": INT,
                    "from_offset": INT,
                    "weeks": INT,
                }
            ),
            None,
        ),
    },
)
ACTIVITIES = Record({"activities": ListOf(ACTIVITY)})

VOCABULARY = Record(
    {
        "words": MappingOf(SLUG, ListOf(TEXT_STR)),
        "default_words": ListOf(TEXT_STR),
        "qualifiers": ListOf(TEXT_STR),
        "summary": TEXT_STR,
        "description": TEXT_STR,
    }
)


@cache
def load(folder=FOLDER):
    """Everything the demo catalogue loader needs, checked, including the references
    between files (an activity's place, a place's commune…)."""
    data = {
        **read(folder / "taxonomy.yaml", TAXONOMY),
        **read(folder / "partners.yaml", PARTNERS),
        **read(folder / "activities.yaml", ACTIVITIES),
    }
    _check_references(data, folder)
    return data


def _keys(items, field, path, where):
    keys = [item[field] for item in items]
    for index, key in enumerate(keys):
        if keys.index(key) != index:
            raise DemoDataError.at(path, f"{where}[{index}].{field}", f"{key!r} given twice")
    return set(keys)


def _refer(value, known, path, where):
    if value is not None and value not in known:
        raise DemoDataError.at(path, where, f"{value!r} is not defined")


def _check_references(data, folder):
    taxonomy, partners, activities = (
        folder / name for name in ("taxonomy.yaml", "partners.yaml", "activities.yaml")
    )
    communes = _keys(data["communes"], "name", taxonomy, "communes")
    neighbourhoods = _keys(data["neighbourhoods"], "name", taxonomy, "neighbourhoods")
    categories = _keys(data["categories"], "slug", taxonomy, "categories")
    structures = _keys(data["structures"], "key", partners, "structures")
    places = _keys(data["places"], "key", partners, "places")
    _keys(data["activities"], "slug", activities, "activities")
    for index, structure in enumerate(data["structures"]):
        _refer(structure["commune"], communes, partners, f"structures[{index}].commune")
    for index, place in enumerate(data["places"]):
        _refer(place["commune"], communes, partners, f"places[{index}].commune")
        _refer(place["neighbourhood"], neighbourhoods, partners, f"places[{index}].neighbourhood")
    for index, spec in enumerate(data["activities"]):
        where = f"activities[{index}]"
        _refer(spec["structure"], structures, activities, f"{where}.structure")
        _refer(spec["place"], places, activities, f"{where}.place")
        for n, slug in enumerate(spec["categories"]):
            _refer(slug, categories, activities, f"{where}.categories[{n}]")
        if (spec["dates"] is None) == (spec["weekly"] is None):
            raise DemoDataError.at(activities, where, "give either dates or weekly")
        _check_translations(spec, activities, where)


def _check_translations(spec, path, where):
    """A translated activity is translated whole: wagtail-localize publishes a translation
    only when every segment of the source has one."""
    for lang in TRANSLATIONS:
        if lang not in spec["title"]:
            continue
        for field in ("summary", "description", "price_notes"):
            if spec[field].get("fr") and lang not in spec[field]:
                raise DemoDataError.at(path, f"{where}.{field}.{lang}", "missing (the title has one)")


@cache
def vocabulary():
    """Words for the titles and texts of `generate_activities` (benchmarks)."""
    return read(FOLDER / "generated.yaml", VOCABULARY)
