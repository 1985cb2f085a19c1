"""The demo publications, read from publications.yaml with the project's validated reader."""

from pathlib import Path

from activities.demo.data import BOOL, INT, ListOf, Pattern, Record, Text, read

from ..models import TERRITORIES, THEMES, TYPES

FILE = Path(__file__).with_name("publications.yaml")
TEXT = Text()
SLUG = Pattern(r"[a-z0-9]+(-[a-z0-9]+)*", "a lower-case ASCII slug")


def one_of(choices, meaning):
    return Pattern("|".join(key for key, _label in choices), meaning)


SCHEMA = Record(
    {
        "index": Record({"title": TEXT, "slug": Text(value=SLUG), "search_description": TEXT, "intro": TEXT}),
        "publications": ListOf(
            Record(
                {
                    "slug": SLUG,
                    "title": TEXT,
                    "summary": TEXT,
                    "type": one_of(TYPES, "a publication type"),
                    "territory": one_of(TERRITORIES, "a territory"),
                    "year": INT,
                    "themes": ListOf(one_of(THEMES, "a theme")),
                },
                {"restricted": (BOOL, False)},
            )
        ),
    }
)

_data = read(FILE, SCHEMA)
INDEX, PUBLICATIONS = _data["index"], _data["publications"]
