"""The database backend's facet counts from the sets kept in memory (bitmaps.py) are the
counts SQL gives (sql_facets.py), at any time of the query, and follow every change of
the catalogue."""

from datetime import timedelta

import pytest
from django.utils import timezone

from activities.models import Activity
from activities.taxonomy import Taxonomy
from search.backends import bitmaps
from search.backends.database import DatabaseBackend, TextMatch
from search.query import ActivityQuery

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


def counts(backend, query, in_memory):
    match = TextMatch(query.text)
    total, facets = backend.count(query, Taxonomy.load(), match, in_memory=in_memory)
    # An option no result has may be left out (see ActivityResults.facets).
    return total, {facet: {k: n for k, n in options.items() if n} for facet, options in facets.items()}


@pytest.mark.parametrize("filters", FILTERS)
def test_counts_kept_in_memory_are_those_of_sql(backend, filters):
    found = 0
    for text in ("", "spectacle", "salle"):
        for hours_later in (0, 80):  # later queries: some rows and dates are over
            now = timezone.now() + timedelta(hours=hours_later)
            query = ActivityQuery(language="fr", now=now, text=text, filters=filters)
            in_memory = counts(backend, query, in_memory=True)
            assert in_memory == counts(backend, query, in_memory=False), (text, hours_later)
            found += in_memory[0]
    assert found  # the counts compared are not all zero


def test_the_counts_follow_publishing_and_editing(backend):
    query = ActivityQuery(language="fr", now=timezone.now(), filters={"free": "1"})
    total, facets = counts(backend, query, in_memory=True)
    paying = Activity.objects.filter(live=True, slug="relevance-opera").get()
    paying.sortir_price = 0
    paying.save_revision().publish()
    assert counts(backend, query, in_memory=True)[0] == total + 1

    paying.unpublish()
    after = counts(backend, query, in_memory=True)
    assert after[0] == total
    assert after[1]["category"].get("spectacle-test", 0) == facets["category"].get("spectacle-test", 0)


def test_a_date_range_beyond_the_weeks_kept_is_counted_in_sql(backend):
    far = TODAY + timedelta(days=bitmaps.HORIZON_DAYS + 10)
    query = ActivityQuery(language="fr", now=timezone.now(), filters={"date_from": TODAY, "date_to": far})
    taxonomy = Taxonomy.load()
    assert bitmaps.count(query, taxonomy) is None
    results = backend.search(ActivityQuery(language="fr", now=query.now, filters=query.filters, limit=1000))
    assert results.total == len(results.ids) > 0
    assert results.facets["date"]["week"] > 0
