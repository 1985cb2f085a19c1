"""Disjunctive facet counts for the database backend, in SQL: for each option, how many
results it would give with the other filters unchanged. Used for the date ranges beyond
the reach of the counts kept in memory (bitmaps.py), which answer every other query.

Counting every upcoming row of the catalogue for every request is what costs, so:
- a facet whose count is taken over the whole catalogue (no text, no other filter)
  reads the counts kept by the index (FacetCount: the weeks to come), and counts only
  this week's rows not over yet;
- otherwise the rows within the text and the other filters are counted, which are
  fewer; facets counted within the same filters share one pass over those rows;
- date presets are counted from the calendar-day index, which holds only the days
  each preset spans.
Everything is asked in one SQL statement."""

from datetime import datetime, time, timedelta

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, Q, Sum
from django.utils import timezone

from activities.dates import PRESETS, preset_range
from activities.facets import CUMULATIVE_FACETS, FACETS

from ..models import ActivityRowCategory, FacetCount
from .rows import TOTAL, monday
from .sql_filters import occurs_between


def escape(sql):
    """SQL made by Django, to be embedded in a part's str.format template."""
    return sql.replace("{", "{{").replace("}", "}}")


class Statement:
    """Parts of one UNION ALL statement, each giving rows of (label, facet, option, n,
    flag counts…); the widest part sets how many flag counts every row has."""

    def __init__(self):
        self.ctes, self.parts = [], []

    def rows(self, queryset):
        """A materialised set of rows, read once however many parts count it."""
        sql, params = queryset.query.sql_with_params()
        name = f"s{len(self.ctes)}"
        self.ctes.append((f"{name} AS MATERIALIZED ({sql})", list(params)))
        return name

    def part(self, label, sql, params=(), flags=0):
        self.parts.append((label, sql, list(params), flags))

    def execute(self):
        width = max([flags for *_rest, flags in self.parts] + [0])
        selects, params = [], []
        for _cte, cte_params in self.ctes:
            params += cte_params
        for label, sql, part_params, flags in self.parts:
            padding = "".join(", 0" for _ in range(width - flags))
            selects.append(sql.format(label=f"'{label}'", padding=padding))
            params += part_params
        statement = " UNION ALL ".join(selects)
        if self.ctes:
            statement = "WITH " + ", ".join(cte for cte, _params in self.ctes) + " " + statement
        with connection.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchall()


class FacetCounter:
    def __init__(self, rows, has_text, conditions, flag_options, query, taxonomy):
        """`rows`: the upcoming rows of the query's language that match its text."""
        self.rows = rows
        self.has_text = has_text
        self.conditions = conditions
        self.flag_options = flag_options
        self.query = query
        self.slugs = taxonomy.slugs_by_id()
        self.statement = Statement()
        self.flags = {}  # label -> the (facet, value) each flag count is for

    def within(self, names):
        return self.rows.filter(*(self.conditions[name] for name in names)) if names else self.rows

    def count(self):
        """(total, {facet: {option: count}})."""
        groups = {}
        for facet in FACETS:
            applied = tuple(n for n in self.conditions if n != facet or facet in CUMULATIVE_FACETS)
            groups.setdefault(applied, []).append(facet)
        everything = tuple(self.conditions)
        groups.setdefault(everything, [])  # the total is counted within every filter
        for i, (applied, facets) in enumerate(groups.items()):
            if "date" in facets:
                self.count_dates(self.within(applied))
            facets = [facet for facet in facets if facet != "date"]
            total = "total" if applied == everything else f"pass{i}"
            if not applied and not self.has_text:
                self.count_kept(facets, total)
            else:
                self.count_rows(self.within(applied), facets, total)
        return self.collect()

    def count_rows(self, rows, facets, label):
        """Count the options of `facets` in `rows`, and the rows under `label`."""
        options = [(facet, value, q) for facet, value, q in self.flag_options if facet in facets]
        flags = {f"o{i}": ExpressionWrapper(q, BooleanField()) for i, (_f, _v, q) in enumerate(options)}
        name = self.statement.rows(
            rows.order_by().annotate(**flags).values("activity_id", "commune_id", "neighbourhood_id", *flags)
        )
        self.flags[label] = [(facet, value) for facet, value, _q in options]
        sums = "".join(f", SUM(CASE WHEN r.o{i} THEN 1 ELSE 0 END)" for i in range(len(options)))
        self.statement.part(
            label, f"SELECT {{label}}, '', '', COUNT(*){sums}{{padding}} FROM {name} r", flags=len(options)
        )
        for facet in ("commune", "neighbourhood"):
            if facet in facets:
                self.statement.part(
                    facet,
                    f"SELECT {{label}}, '', CAST(r.{facet}_id AS TEXT), COUNT(*){{padding}} "
                    f"FROM {name} r GROUP BY r.{facet}_id",
                )
        if "category" in facets:
            table = ActivityRowCategory._meta.db_table
            self.statement.part(
                "category",
                f"SELECT {{label}}, '', CAST(c.category_id AS TEXT), COUNT(*){{padding}} FROM {name} r "
                f"JOIN {table} c ON c.activity_id = r.activity_id GROUP BY c.category_id",
            )

    def count_dates(self, rows):
        for key in PRESETS:
            sql, params = (
                rows.filter(occurs_between(*preset_range(key, self.query.now)))
                .values("pk")
                .query.sql_with_params()
            )
            self.statement.part(
                "date", f"SELECT {{label}}, '', '{key}', COUNT(*){{padding}} FROM ({escape(sql)}) d", params
            )

    def count_kept(self, facets, label):
        """Counts over the whole upcoming catalogue: the kept counts of the weeks after
        this one, plus this week's rows not over yet."""
        this_week = monday(timezone.localdate(self.query.now))
        next_week = timezone.make_aware(datetime.combine(this_week + timedelta(days=7), time.min))
        kept = (
            FacetCount.objects.filter(language=self.query.language, end_week__gt=this_week)
            .filter(Q(facet__in=facets) | Q(facet=TOTAL[0], option=TOTAL[1]))
            .values("facet", "option")
            .annotate(n=Sum("count"))
            .values_list("facet", "option", "n")
        )
        sql, params = kept.query.sql_with_params()
        # Its total is the query's only when no filter applies (see count).
        kept_label = "kept-total" if label == "total" else "kept"
        self.statement.part(
            kept_label, f"SELECT {{label}}, k.facet, k.option, k.n{{padding}} FROM ({escape(sql)}) k", params
        )
        self.count_rows(self.rows.filter(last_end__lt=next_week), facets, label)

    def collect(self):
        counts = {facet: {} for facet in FACETS}
        total = 0

        def add(facet, option, n):
            if facet in self.slugs:
                option = self.slugs[facet].get(option)
                if option is None:  # a category or place no longer in the taxonomy
                    return
            counts[facet][option] = counts[facet].get(option, 0) + n

        for label, facet, option, n, *flag_counts in self.statement.execute():
            n = int(n or 0)
            if label in ("kept", "kept-total"):
                if (facet, option) != TOTAL:
                    add(facet, option, n)
                elif label == "kept-total":
                    total += n
            elif label in self.flags:
                if label == "total":
                    total += n
                for (flag_facet, value), count in zip(self.flags[label], flag_counts, strict=False):
                    add(flag_facet, value, int(count or 0))
            else:
                add(label, option, n)
        return total, counts
