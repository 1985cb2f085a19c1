"""The demo ESC, read from centres.yaml with the project's validated reader."""

from datetime import time
from pathlib import Path

from activities.demo.data import TEXT_STR, Anything, DemoDataError, ListOf, Pattern, Record, Text, read

FILE = Path(__file__).with_name("centres.yaml")
TEXT = Text()
SLUG = Text(value=Pattern(r"[a-z0-9]+(-[a-z0-9]+)*", "a lower-case ASCII slug"))
PAGE = {"title": TEXT, "slug": SLUG, "intro": TEXT}
SCHEMA = Record(
    {
        "shared": Anything(),
        "index": Record({**PAGE, "search_description": TEXT}),
        "sites": ListOf(Record({"key": Pattern(r"[a-z-]+", "a site key"), **PAGE, "address": TEXT_STR})),
    }
)

_data = read(FILE, SCHEMA)
INDEX, SITES, SHARED = _data["index"], _data["sites"], _data["shared"]


def _slots(rows):
    slots = []
    for n, row in enumerate(rows):
        try:
            weekday, opens, closes = row
            slots.append((int(weekday), time.fromisoformat(opens), time.fromisoformat(closes)))
        except (TypeError, ValueError):
            raise DemoDataError.at(
                FILE, f"shared.hours[{n}]", "expected [weekday, 'HH:MM', 'HH:MM']"
            ) from None
    return slots


HOURS = _slots(SHARED["hours"])
SERVICES, NEEDS = SHARED["services"], SHARED["needs"]
WHAT_TO_BRING, EDITOR_NOTES = SHARED["what_to_bring"], SHARED["editor_notes"]
