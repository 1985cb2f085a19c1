"""The database backend's searches without counting or sorting rows in SQL.

Each process keeps, per language, the positions of the upcoming rows (ActivityRow) and,
for each facet option, the set of positions having it, as a bitset (a Python int); the
days of the coming weeks likewise; and the rows' order by date and their coordinates. A
query's total, facet counts and page are then intersections and population counts of a
few hundred bitsets, exact at every request:
- the sets are read again from the database as soon as its rows change: every write of
  the rows (rows.replace) gives the index a new version, read once per search;
- positions are in the order rows end, so that "not over yet" is a range of positions
  (after as many as have ended since, counted with the version);
- the text's matches come from the full-text index, as in SQL;
- the page is read in the order SQL gives (DatabaseBackend._sort).
A date range beyond the weeks kept gives None: the caller asks SQL instead."""

import math
import threading
from datetime import UTC, date, time, timedelta
from functools import reduce
from itertools import accumulate
from operator import and_, or_

from django.db import connection
from django.utils import timezone
from django.utils.functional import cached_property

from activities.dates import PRESETS, preset_range
from activities.facets import CUMULATIVE_FACETS, FACETS
from activities.models import Activity, ActivityDay

from .. import index
from ..models import ActivityRow, ActivityRowCategory, IndexEntry, IndexVersion
from ..query import FilterConditions
from .fulltext import RELEVANCE_TIERS
from .rows import FLAGS

HORIZON_DAYS = 35  # date ranges within five weeks are counted here


class OutOfReach(Exception):
    """A date range this snapshot does not hold."""


def bitset(positions):
    """The int with the bits of these positions set."""
    positions = list(positions)
    if not positions:
        return 0
    buffer = bytearray(max(positions) // 8 + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def any_of(sets):
    return reduce(or_, sets, 0)


def positions_of(bits):
    """The positions set in the int `bits`, in increasing order."""
    found = []
    while bits:
        lowest = bits & -bits
        found.append(lowest.bit_length() - 1)
        bits ^= lowest
    return found


def raw(queryset):
    """The rows of a values_list queryset as the database driver gives them, without
    Django's conversions, which would cost more than all the rest at 20,000 rows (SQLite
    datetimes then come naive, in UTC)."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


ROW_COLUMNS = (
    "activity_id", "kind", "price", "age_min", "age_max", "commune_id", "neighbourhood_id", "latitude",
    "longitude", "families", "students", "eticket", *Activity.ACCESSIBILITY,
)  # fmt: skip


CHECK = (
    f"SELECT (SELECT token FROM {IndexVersion._meta.db_table} WHERE id = 1),"
    f" (SELECT COUNT(*) FROM {ActivityRow._meta.db_table}"
    " WHERE language = %s AND last_end >= %s AND last_end < %s)"
)


class Snapshot:
    """One language's upcoming rows as bitsets, as they were at `version`."""

    def __init__(self, language, version, now):
        self.language = language
        self.version = version
        self.now = now
        self.first_day = timezone.localdate(now)
        self.last_day = self.first_day + timedelta(days=HORIZON_DAYS)  # excluded
        self.rows = ActivityRow.objects.filter(language=language, last_end__gte=now)
        rows = raw(self.rows.order_by("last_end", "activity_id").values_list(*ROW_COLUMNS))
        columns = dict(zip(ROW_COLUMNS, zip(*rows, strict=True), strict=True)) if rows else {}
        column = lambda name: columns.get(name, ())  # noqa: E731
        self.ids = column("activity_id")
        self.positions = {pk: i for i, pk in enumerate(self.ids)}
        self.everything = (1 << len(rows)) - 1
        self.latitudes, self.longitudes = column("latitude"), column("longitude")
        by_date = raw(self.rows.order_by("next_start", "activity_id").values_list("activity_id"))
        self.date_order = [self.positions[pk] for (pk,) in by_date]  # as DatabaseBackend sorts
        self.entry_positions = self._read_entries()
        self.options = self._read_options(column)
        self.prices = self._by_value(column("price"))
        self.age_mins = self._by_value(column("age_min"))
        self.age_maxes = self._by_value(column("age_max"))
        self.days = self._read_days()

    def _read_options(self, column):
        """{(facet, option): bitset} of the options the index counts (rows.options)."""
        found = {
            ("free", "1"): [i for i, price in enumerate(column("price")) if price is not None and price == 0]
        }
        for facet, options in FLAGS.items():
            for option, field in options.items():
                found[facet, option] = [i for i, value in enumerate(column(field)) if value]
        for facet, field in (
            ("kind", "kind"),
            ("commune", "commune_id"),
            ("neighbourhood", "neighbourhood_id"),
        ):
            for i, value in enumerate(column(field)):
                if value:
                    found.setdefault((facet, str(value)), []).append(i)
        categories = ActivityRowCategory.objects.filter(activity_id__in=self.rows.values("activity_id"))
        for activity_id, category_id in raw(categories.values_list("activity_id", "category_id")):
            found.setdefault(("category", str(category_id)), []).append(self.positions[activity_id])
        return {option: bitset(positions) for option, positions in found.items() if positions}

    def _read_entries(self):
        """{full-text index entry id: position}, so that a text's matches need no join."""
        entries = IndexEntry.objects.filter(model=index.ACTIVITY).values_list("id", "object_id")
        positions = self.positions
        return {entry: positions[pk] for entry, pk in raw(entries) if pk in positions}

    def _read_days(self):
        """{day: (the rows with a date that day, [(end, position)] of that day's dates)}."""
        days, as_date = {}, {}
        in_reach = ActivityDay.objects.filter(day__gte=self.first_day, day__lt=self.last_day).order_by()
        for activity_id, day, end in raw(in_reach.values_list("activity_id", "day", "end")):
            position = self.positions.get(activity_id)
            if position is not None:
                if day not in as_date:  # SQLite's days come as text
                    as_date[day] = date.fromisoformat(day) if isinstance(day, str) else day
                days.setdefault(as_date[day], []).append((end, position))
        return {day: (bitset(p for _end, p in dates), dates) for day, dates in days.items()}

    @staticmethod
    def _by_value(values):
        """(rows without a value, [(value, bitset)] in increasing order of value)."""
        found = {}
        for i, value in enumerate(values):
            found.setdefault(value, []).append(i)
        none = bitset(found.pop(None, []))
        return none, [(value, bitset(positions)) for value, positions in sorted(found.items())]

    def holds(self, now):
        """Whether it can answer a query made at `now` (its rows not over yet, the
        preset dates in reach)."""
        return now >= self.now and timezone.localdate(now) + timedelta(days=8) < self.last_day

    def upcoming(self, ended):
        """Its rows not over yet, `ended` rows having ended since it was read: the
        positions after theirs (positions are in the order rows end)."""
        return self.everything & ~((1 << ended) - 1)

    def check(self, now):
        """(the index's version, how many of its rows have ended by `now`), in one query
        written once: built by the ORM, it cost more than the query (2 ms a search)."""
        adapt = connection.ops.adapt_datetimefield_value
        with connection.cursor() as cursor:
            cursor.execute(CHECK, [self.language, adapt(self.now), adapt(now)])
            return cursor.fetchone()

    def matching(self, entries_by_tier, tiers):
        """One bitset per tier of a text's matches (TextMatch.entries_by_tier), each
        holding the tiers before it."""
        # One pass setting bits, as bitset() does (a list of positions per tier, then a
        # bitset of each, took twice as long at thousands of matches).
        buffers = [bytearray(len(self.ids) // 8 + 1) for _tier in range(tiers)]
        positions = self.entry_positions
        for entry, tier in entries_by_tier:
            position = positions.get(entry)
            if position is not None:
                buffers[tier][position >> 3] |= 1 << (position & 7)
        return list(accumulate((int.from_bytes(buffer, "little") for buffer in buffers), or_))

    def up_to(self, field, value, inclusive_none=False):
        """Rows whose `field` is at most `value` (and those without one if asked)."""
        none, values = getattr(self, field)
        found = any_of(bits for v, bits in values if v <= value)
        return found | none if inclusive_none else found

    def at_least(self, field, value):
        none, values = getattr(self, field)
        return any_of(bits for v, bits in values if v >= value) | none

    def occurring(self, start, end):
        """Rows with a date overlapping [start, end), as sql_filters.occurs_between."""
        if start is None or end is None:
            raise OutOfReach
        first, last = timezone.localdate(start), timezone.localdate(end)
        if first < self.first_day or last > self.last_day:
            raise OutOfReach
        found = 0
        for offset in range((last - first).days):
            bits, dates = self.days.get(first + timedelta(days=offset), (0, []))
            if offset == 0 and timezone.localtime(start).time() != time.min:
                # The first day's dates over before `start` do not count.
                if dates and timezone.is_naive(dates[0][0]):  # SQLite's, read raw: UTC
                    start = timezone.make_naive(start, UTC)
                bits = bitset(position for date_end, position in dates if date_end >= start)
            found |= bits
        return found

    def page(self, results, query, relevance=None):
        """The ids of the query's page of `results` (a bitset), in the order the database
        backend gives (DatabaseBackend._sort): by date, by relevance then date, or by
        distance then date. `relevance`: (the matches with every term in the title, a
        callable giving those with every term in the title and text), the latter read
        only when the page goes past the title matches."""
        wanted = query.offset + query.limit
        if query.sort == "distance" and query.origin:
            return [self.ids[p] for p in self._nearest(results, query.origin, wanted)[query.offset :]]
        found = []

        def take(tier):
            if tier and len(found) < wanted:
                found.extend(self._by_date(tier, wanted - len(found)))

        if relevance:
            title, text_of = relevance
            take(results & title)
            if len(found) < wanted:
                text = text_of() | title
                take(results & text & ~title)
                take(results & ~text)
        else:
            take(results)
        return [self.ids[p] for p in found[query.offset :]]

    def _nearest(self, results, origin, wanted):
        """The first `wanted` positions by distance from `origin` (equirectangular, as the
        database backend measures it; rows without a place last), then by date: distances
        are measured once per place, not per row."""
        lat, lon = origin
        scale = math.cos(math.radians(lat))
        by_distance = {}
        for (latitude, longitude), bits in self.places.items():
            if results & bits:
                dx, dy = (longitude - lon) * scale, latitude - lat
                distance = dx * dx + dy * dy
                by_distance[distance] = by_distance.get(distance, 0) | bits
        groups = [by_distance[distance] for distance in sorted(by_distance)]
        groups.append(self.placeless)
        found = []
        for group in groups:
            members = results & group
            need = wanted - len(found)
            if need <= 0:
                break
            if members.bit_count() <= need:
                found += sorted(positions_of(members), key=self.date_rank.__getitem__)
            else:  # the group's first ones by date
                found += self._by_date(members, need)
        return found

    def _by_date(self, members, limit):
        """The first `limit` positions of `members` in the order of dates."""
        bits = members.to_bytes((members.bit_length() + 7) // 8, "little")
        size, found = len(bits) * 8, []
        for position in self.date_order:
            if position < size and bits[position >> 3] >> (position & 7) & 1:
                found.append(position)
                if len(found) == limit:
                    break
        return found

    @cached_property
    def places(self):
        """{(latitude, longitude): the rows there}."""
        found = {}
        for position, coordinates in enumerate(zip(self.latitudes, self.longitudes, strict=True)):
            if None not in coordinates:
                found.setdefault(coordinates, []).append(position)
        return {coordinates: bitset(positions) for coordinates, positions in found.items()}

    @cached_property
    def placeless(self):
        return self.everything & ~any_of(self.places.values())

    @cached_property
    def date_rank(self):
        rank = [0] * len(self.ids)
        for i, position in enumerate(self.date_order):
            rank[position] = i
        return rank


class Conditions(FilterConditions):
    """The conditions of one query's filters as bitsets of a snapshot, by filter name."""

    def __init__(self, query, taxonomy, snapshot):
        super().__init__(query, taxonomy)
        self.snapshot = snapshot

    def occurs_between(self, start, end):
        return self.snapshot.occurring(start, end)

    @staticmethod
    def all_of(conditions):
        return reduce(and_, conditions)

    def in_taxonomy(self, facet, ids):
        return any_of(self.snapshot.options.get((facet, str(pk)), 0) for pk in ids)

    def age(self, value):
        if value is None:
            return None
        return self.snapshot.up_to("age_mins", value, inclusive_none=True) & self.snapshot.at_least(
            "age_maxes", value
        )

    def _option(self, facet, value):
        return self.snapshot.options.get((facet, value), 0)

    def audience(self, value):
        return self._option("audience", value) if value in ("families", "students") else None

    def price_max(self, value):
        return self.snapshot.up_to("prices", value) if value is not None else None

    def free(self, value):
        return self._option("free", "1") if value else None

    def accessibility(self, value):
        return reduce(and_, (self._option("accessibility", key) for key in value)) if value else None

    def eticket(self, value):
        return self._option("eticket", "1") if value else None

    def kind(self, value):
        return self._option("kind", value) if value else None


_snapshots = {}
_lock = threading.Lock()


def snapshot(language, now):
    """(the language's snapshot at the index's current version, read again if it changed;
    its rows not over at `now`), in one query while it holds."""
    found = _snapshots.get(language)
    if found is not None and found.holds(now):
        version, ended = found.check(now)
        if version == found.version:
            return found, found.upcoming(ended)
    with _lock:
        found = Snapshot(language, IndexVersion.current(), now)
        _snapshots[language] = found
    return found, found.upcoming(0)


def search(query, taxonomy, match):
    """(the page's ids, total, {facet: {option: count}}) as the database backend gives them
    in SQL, or None when a date range is beyond the snapshot (`match`: the text's
    TextMatch, false without text)."""
    found, base = snapshot(query.language, query.now)
    try:
        conditions = Conditions(query, taxonomy, found).active()
    except OutOfReach:
        return None
    relevance = None
    if match:
        if query.sort == "relevance" and match.engine.TIERS_IN_ONE_SCAN:
            title, text, anywhere = found.matching(match.entries_by_tier(RELEVANCE_TIERS), 3)
            relevance = (title, lambda: text)
        elif query.sort == "relevance":
            # The title tier comes with the matches, in the same query; the middle one, in
            # a query of its own, only if the page needs it (a page is most often all
            # title matches, and that tier cost as much as the matches themselves).
            title_tier, middle_tier, last_tier = RELEVANCE_TIERS
            title, anywhere = found.matching(match.entries_by_tier((title_tier, last_tier)), 2)
            relevance = (title, lambda: found.matching(match.entries_by_tier((middle_tier,)), 1)[0])
        else:
            (anywhere,) = found.matching(match.entries_by_tier(), 1)
        base &= anywhere
    left_out = {
        name: condition
        for name, condition in conditions.items()
        if name in FACETS and name not in CUMULATIVE_FACETS
    }
    for name, condition in conditions.items():
        if name not in left_out:
            base &= condition

    def passing(facet=None):
        return reduce(and_, (c for name, c in left_out.items() if name != facet), base)

    results = passing()
    ids = found.page(results, query, relevance)
    if not query.with_facets:
        return ids, results.bit_count(), {}
    slugs = taxonomy.slugs_by_id()
    counts = {facet: {} for facet in FACETS}
    within = {facet: passing(facet) for facet in FACETS}
    for (facet, option), bits in found.options.items():
        if facet not in counts:
            continue
        n = (within[facet] & bits).bit_count()
        if facet in slugs:
            option = slugs[facet].get(option)
            if option is None or not n:  # no longer in the taxonomy, or none to show
                continue
        counts[facet][option] = n
    for key in PRESETS:  # always in reach: the snapshot holds the coming week (`holds`)
        bits = found.occurring(*preset_range(key, query.now))
        counts["date"][key] = (within["date"] & bits).bit_count()
    return ids, results.bit_count(), counts
