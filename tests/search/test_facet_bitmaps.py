"""The database backend's results, totals and facet counts from the sets kept in memory
(bitmaps.py) are those SQL gives (sql_filters.py, sql_facets.py), whatever the sort and
the time of the query, and follow every change of the catalogue."""

from datetime import timedelta

import pytest
from django.utils import timezone

from activities.models import Activity
from activities.taxonomy import Taxonomy
from search.backends import bitmaps
from search.backends.database import DatabaseBackend, TextMatch
from search.query import ActivityQuery
from tests.activities.factories import make_activity

from . import catalogue

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
FILTERS = [
    {},
    {"free": "1"},
    {"category": ["sport-test", "cinema-test"]},
    {"commune": ["rennes-test"], "accessibility": ["wheelchair"]},
    {"audience": "families", "kind": "regular"},
    {"date": "week", "eticket": "1"},
    {"date": "today"},
    {"date_from": TODAY + timedelta(days=3), "date_to": TODAY + timedelta(days=9)},
    {"age": 7, "price_max": 3},
    {"neighbourhood": ["blosne-test"], "date": "weekend"},
]


@pytest.fixture
def backend():
    catalogue.build()
    return DatabaseBackend()


def answer(backend, query, in_memory):
    results = backend.search(query, in_memory=in_memory)
    # An option no result has may be left out (see ActivityResults.facets).
    facets = {facet: {k: n for k, n in options.items() if n} for facet, options in results.facets.items()}
    return results.ids, results.total, facets


@pytest.mark.parametrize("filters", FILTERS)
def test_what_memory_answers_is_what_sql_answers(backend, filters):
    found = 0
    for text, sort in (("", "date"), ("", "distance"), ("spectacle", "relevance"), ("salle", "relevance")):
        for hours_later in (0, 80):  # later queries: some rows and dates are over
            for offset in (0, 3):
                query = ActivityQuery(
                    language="fr",
                    now=timezone.now() + timedelta(hours=hours_later),
                    text=text,
                    filters=filters,
                    sort=sort,
                    origin=(48.11, -1.68) if sort == "distance" else None,
                    offset=offset,
                    limit=5,
                )
                in_memory = answer(backend, query, in_memory=True)
                assert in_memory == answer(backend, query, in_memory=False), (text, sort, hours_later, offset)
                found += in_memory[1]
    assert found  # the answers compared are not all empty


def test_the_counts_follow_publishing_and_editing(backend):
    query = ActivityQuery(language="fr", now=timezone.now(), filters={"free": "1"})
    _ids, total, facets = answer(backend, query, in_memory=True)
    paying = Activity.objects.filter(live=True, slug="relevance-opera").get()
    paying.sortir_price = 0
    paying.save_revision().publish()
    assert answer(backend, query, in_memory=True)[1] == total + 1

    paying.unpublish()
    _ids, after, after_facets = answer(backend, query, in_memory=True)
    assert after == total
    assert after_facets["category"].get("spectacle-test", 0) == facets["category"].get("spectacle-test", 0)


def test_a_date_range_beyond_the_weeks_kept_is_counted_in_sql(backend):
    far = TODAY + timedelta(days=bitmaps.HORIZON_DAYS + 10)
    query = ActivityQuery(language="fr", now=timezone.now(), filters={"date_from": TODAY, "date_to": far})
    taxonomy = Taxonomy.load()
    assert bitmaps.search(query, taxonomy, TextMatch("")) is None
    results = backend.search(ActivityQuery(language="fr", now=query.now, filters=query.filters, limit=1000))
    assert results.total == len(results.ids) > 0
    assert results.facets["date"]["week"] > 0


def test_the_distance_order_is_sqls_to_the_last_row(backend):
    nowhere = make_activity("Balade sans lieu fixe", place=None)
    for offset, limit in ((0, 10_000), (7, 13), (30, 50)):
        near = {"sort": "distance", "origin": (48.11, -1.68)}
        query = ActivityQuery(language="fr", now=timezone.now(), offset=offset, limit=limit, **near)
        in_memory = answer(backend, query, in_memory=True)
        assert in_memory == answer(backend, query, in_memory=False), (offset, limit)
        if limit == 10_000:
            ids, total, _facets = in_memory
            assert len(ids) == total > 50
            assert nowhere.pk in ids[-10:]  # no place: after every place, however far
