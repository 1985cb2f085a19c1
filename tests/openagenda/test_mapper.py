"""The mapping of OpenAgenda events on the real payloads of fixtures/ (SOURCES.md)
and on the forms docs/openagenda-api.md lists (additional fields, status objects, accessibility string…)."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from activities.models import Activity, Category
from openagenda.client import parse_retry_after
from openagenda.mapper import MappingContext, Rejected, map_event
from openagenda.models import KeywordMapping
from openagenda.tariff import parse_price
from openagenda.text import one_line, plain_text

from .payloads import TARIFF_SCHEMA, detailed_event, fixture, list_page_events, write_response_event

pytestmark = pytest.mark.django_db


def context(**kwargs):
    return MappingContext("12345", **kwargs)


def test_the_detailed_event_of_fixture_03():
    mapped = map_event(detailed_event(), context())

    assert mapped.uid == "9906334" and mapped.eligible
    assert mapped.texts["fr"] == {
        "title": "Mon évènement",
        "summary": "Description courte",
        "description": "Description longue",
        "price_notes": "price fr",
    }
    assert mapped.texts["en"]["title"] == "My event" and "ar" not in mapped.texts
    assert [(start.isoformat(), end.isoformat()) for start, end in mapped.occurrences] == [
        ("2025-01-06T11:00:00+01:00", "2025-01-06T15:00:00+01:00"),
        ("2025-01-06T15:00:00+01:00", "2025-01-06T18:00:00+01:00"),
    ]
    values = mapped.values
    assert (values["hearing"], values["mental"], values["visual"], values["wheelchair"]) == (
        True,
        True,
        False,
        False,
    )
    assert (values["age_min"], values["age_max"], values["status"]) == (7, None, Activity.Status.SCHEDULED)
    assert values["source_updated_at"] == datetime(2025, 1, 9, 13, 53, 30, tzinfo=UTC)
    assert mapped.place is None  # Paris is not in Rennes Métropole
    assert mapped.image_url == "" and mapped.values["booking_url"] == ""


def test_list_items_and_write_responses():
    caen = list_page_events()[0]
    mapped = map_event(caen, context())
    assert mapped.texts["fr"]["title"] == "Lecture : Au moyen d’une magnifique prose poétique"
    assert set(mapped.texts) == {"fr", "en"}  # de, it, es are not languages of the site
    # Only its next and last dates, which are the same one.
    begin, end = (
        datetime.fromisoformat("2022-09-16T18:30:00+02:00"),
        datetime.fromisoformat("2022-09-16T20:00:00+02:00"),
    )
    assert mapped.occurrences == [(begin, end)]
    assert (
        mapped.image_url == "https://cibul.s3.amazonaws.com/3274cd7aab9f46f1ab2f0e925dd8eb65.full.image.jpg"
    )

    written = map_event(write_response_event(), context())  # UTC "Z" timings, empty objects
    assert written.occurrences[0][0] == datetime(2022, 4, 20, 12, 35, 22, 586000, tzinfo=UTC)
    assert written.texts["fr"]["description"] == "" and written.values["age_min"] is None

    last_page = fixture("02-list-page-last-after-null.json")
    assert last_page["after"] is None and map_event(last_page["events"][0], context()).uid == "9906334"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (1, "scheduled"),
        (2, "rescheduled"),
        (3, "online"),
        (4, "postponed"),
        (5, "full"),
        ({"id": 6, "label": {"fr": "Annulé"}}, "cancelled"),
        (None, "scheduled"),
    ],
)
def test_statuses(status, expected):
    raw = detailed_event()
    raw["status"] = status
    assert map_event(raw, context()).values["status"] == expected


def test_an_unknown_status_is_shown_as_scheduled_with_a_warning():
    raw = detailed_event()
    raw["status"] = 9
    mapped = map_event(raw, context())
    assert mapped.values["status"] == "scheduled" and "unknown status 9" in mapped.warnings[0]


def test_accessibility_in_the_opendatasoft_form():
    raw = detailed_event()
    raw["accessibility"] = "mi;vi;ii"
    values = map_event(raw, context()).values
    assert (values["wheelchair"], values["visual"], values["mental"], values["hearing"]) == (
        True,
        True,
        True,
        False,
    )


@pytest.mark.parametrize(
    ("value", "price"),
    [
        (3, Decimal("3.00")),  # an option id
        ([2], Decimal("2.00")),  # a list of ids
        ({"id": 1, "label": {"fr": "Gratuit"}}, Decimal("0.00")),  # includeLabels
        ([{"id": 3, "label": "3 €"}], Decimal("3.00")),
    ],
)
def test_additional_field_values_as_ids_lists_or_labels(value, price):
    raw = detailed_event()
    raw["tarif-sortir"] = value
    mapped = map_event(raw, context(schema=TARIFF_SCHEMA, tariff_field="tarif-sortir"))
    assert mapped.eligible and mapped.values["sortir_price"] == price


def test_categories_from_keywords_and_choice_fields():
    concert, sport = Category.objects.get(slug="concert"), Category.objects.get(slug="sport")
    KeywordMapping.objects.create(keyword="évènement", category=concert)
    KeywordMapping.objects.create(keyword="sport", category=sport)  # the option's value
    raw = detailed_event()
    raw["categories-metropolitaines"] = [48, 999]
    mapped = map_event(raw, context(schema=TARIFF_SCHEMA))
    assert set(mapped.category_ids) == {concert.pk, sport.pk}


def test_rejections():
    for broken, reason in [
        ({"uid": "abc", "title": {"fr": "x"}}, "is not a number"),
        ({"uid": 1, "title": {}}, "no title"),
        ({"uid": 1, "title": {"fr": "x"}, "timings": []}, "no dates"),
        (
            {"uid": 1, "title": {"fr": "x"}, "timings": [{"begin": "2025-13-45T10:00:00+01:00"}]},
            "cannot be read",
        ),
        ("not an object", "not a JSON object"),
    ]:
        with pytest.raises(Rejected, match=reason):
            map_event(broken, context())


def test_prices_and_texts():
    assert parse_price("Tarif réduit 2,50 €") == Decimal("2.50")
    assert parse_price("Entrée gratuite") == parse_price("Gratuit") == Decimal("0")
    assert parse_price("5") == Decimal("5.00") and parse_price("Sur réservation") is None
    assert plain_text("a <b>b</b>\r\n\r\n\r\n c &lt;3") == "a b\n\nc <3"
    assert one_line("Un titre <em>très</em>\nlong qui dépasse", 20) == "Un titre très long…"


def test_retry_after_in_seconds_or_as_a_date():
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
