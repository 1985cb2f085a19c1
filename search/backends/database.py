"""The embedded default backend: activities searched in the main database (SQLite FTS5
or PostgreSQL full-text, see fulltext.py); filtered, sorted and counted from the sets
each process keeps in memory (bitmaps.py), or in SQL (sql_filters.py, sql_facets.py)."""

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.functions import Cos, Radians
from django.utils.functional import cached_property

from activities.models import Activity
from activities.taxonomy import Taxonomy

from .. import index
from ..models import ActivityRow, ActivityRowCategory, FacetCount, IndexEntry
from ..query import ActivityResults
from ..text import query_terms
from . import bitmaps
from . import rows as row_index
from .fulltext import COLUMNS, RELEVANCE_TIERS, engine
from .sql_facets import FacetCounter
from .sql_filters import Conditions

logger = logging.getLogger(__name__)


class TextMatch:
    """The activities whose index entry holds every term of a text."""

    def __init__(self, text):
        self.engine = engine()
        self.terms = [self.engine.alternatives(term) for term in query_terms(text)]

    def __bool__(self):
        return bool(self.terms)

    @property
    def finds_nothing(self):
        """A term matches no word at all, not even by its spelling."""
        return any(not alternatives for alternatives in self.terms)

    def entries(self, columns=COLUMNS):
        match = self.engine.matching(self.terms, columns)
        if match is None:
            return IndexEntry.objects.none().values("object_id")
        return IndexEntry.objects.filter(model=index.ACTIVITY, id__in=match).values("object_id")

    @cached_property
    def ids(self):
        """The ids of the matching activities, found once per search and then given to
        each of its queries as one value (rather than a full-text query each)."""
        return list(self.entries().values_list("object_id", flat=True))

    def entries_by_tier(self, tiers=(COLUMNS,)):
        """[(index entry id, tier)] of the matching entries, straight from the full-text
        index (the caller knows which activity each entry is), in one query: tier n holds
        the entries with every term in the columns `tiers[n]` (and in those of the tiers
        after it); an entry comes in its first tier, and may come in the next ones too."""
        query = self.engine.by_tier(self.terms, tiers)
        if query is None:
            return []
        with connection.cursor() as cursor:
            cursor.execute(query.sql, query.params)
            return cursor.fetchall()


class DatabaseBackend:
    name = "database"
    errors = ()  # its failures are the database's: they stop the save

    def health(self):
        """Whether a real full-text query runs against the index, as searches do."""
        try:
            # A savepoint: on PostgreSQL a failed query would break the caller's transaction.
            with transaction.atomic():
                list(TextMatch("sortir").entries()[:1])
        except DatabaseError:
            logger.exception("The search index does not answer.")
            return {"backend": self.name, "status": "error"}
        return {"backend": self.name, "status": "ok"}

    # Searching ---------------------------------------------------------------

    def rows(self, query, match):
        """The upcoming rows of the query's language that match its text."""
        rows = ActivityRow.objects.filter(language=query.language, last_end__gte=query.now)
        if match:
            rows = rows.filter(activity_id__in_list=match.ids)
        return rows

    def _sort(self, rows, query, match):
        if query.sort == "distance" and query.origin:
            lat, lon = query.origin
            # Equirectangular approximation: exact enough across a metropolitan area.
            dx = (F("longitude") - Value(lon)) * Cos(Radians(Value(lat)))
            dy = F("latitude") - Value(lat)
            rows = rows.annotate(distance2=dx * dx + dy * dy)
            return rows.order_by(F("distance2").asc(nulls_last=True), "next_start", "activity_id")
        if query.sort == "relevance" and match:
            # Every term in the title first, then in the title and text, then with places.
            rows = rows.annotate(
                relevance=Case(
                    When(activity_id__in=match.entries(RELEVANCE_TIERS[0]), then=Value(0)),
                    When(activity_id__in=match.entries(RELEVANCE_TIERS[1]), then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
            return rows.order_by("relevance", "next_start", "activity_id")
        return rows.order_by("next_start", "activity_id")

    def matching(self, query, taxonomy=None, match=None):
        """The ids of every match, in order (a subquery)."""
        taxonomy = taxonomy or Taxonomy.load()
        match = TextMatch(query.text) if match is None else match
        rows = self.rows(query, match)
        conditions = Conditions(query, taxonomy).active()
        if conditions:
            rows = rows.filter(*conditions.values())
        return self._sort(rows, query, match).values_list("activity_id", flat=True)

    def filter(self, queryset, query, taxonomy=None):
        """`queryset` narrowed to the query's matches, by date (for callers that need a
        queryset; pages ask `search` for theirs, in the query's order)."""
        ids = self.matching(query, taxonomy).order_by()
        return queryset.filter(pk__in=ids).order_by("next_start", "pk")

    def search(self, query, in_memory=True):
        """`in_memory`: from the sets each process keeps (bitmaps.py) where they reach
        (every query but those with a date range beyond five weeks); else in SQL."""
        taxonomy = Taxonomy.load()
        match = TextMatch(query.text)
        if match.finds_nothing:
            return ActivityResults(ids=[], total=0, backend=self.name)
        found = bitmaps.search(query, taxonomy, match) if in_memory else None
        if found is not None:
            ids, total, facets = found
            return ActivityResults(ids=ids, total=total, facets=facets, backend=self.name)
        matching = self.matching(query, taxonomy, match)
        ids = list(matching[query.offset : query.offset + query.limit])
        if not query.with_facets:
            return ActivityResults(ids=ids, total=matching.count(), backend=self.name)
        conditions = Conditions(query, taxonomy)
        counter = FacetCounter(
            self.rows(query, match),
            bool(match),
            conditions.active(),
            conditions.flag_options(),
            query,
            taxonomy,
        )
        total, facets = counter.count()
        return ActivityResults(ids=ids, total=total, facets=facets, backend=self.name)

    # Indexing ----------------------------------------------------------------

    def index(self, activities):
        activities = list(activities)
        entries = index.database_entries(activities, Taxonomy.load())
        IndexEntry.objects.bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["model", "object_id"],
            update_fields=["title", "body", "places"],
            batch_size=500,
        )
        row_index.update(activities)

    def remove(self, ids):
        IndexEntry.objects.filter(model=index.ACTIVITY, object_id__in=ids).delete()
        row_index.remove(ids)

    def rebuild(self, batch_size=500):
        with transaction.atomic():
            IndexEntry.objects.filter(model=index.ACTIVITY).delete()
            ActivityRow.objects.all().delete()
            ActivityRowCategory.objects.all().delete()
            FacetCount.objects.all().delete()
            batch = []
            for activity in Activity.objects.for_index().order_by("pk").iterator(chunk_size=batch_size):
                batch.append(activity)
                if len(batch) == batch_size:
                    self.index(batch)
                    batch = []
            self.index(batch)
        self.optimize()

    def optimize(self):
        """Let the engine's query planner know the index's new shape (SQLite gathers no
        statistics by itself; PostgreSQL's autovacuum does)."""
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA optimize=0x10002")
