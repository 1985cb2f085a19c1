"""Disjunctive facet counts for the database backend: for each option, how many results
it would give with the other filters unchanged.

Counting every upcoming row of the catalogue for every request is what costs, so:
- a facet whose count is taken over the whole catalogue (no text, no other filter)
  reads the counts kept by the index (FacetCount: the days still to come, plus the
  rows of today not over yet, the only ones counted here);
- otherwise the rows within the text and the other filters are counted, which are
  fewer; facets counted within the same filters share one pass;
- date presets are counted from the calendar-day index, which holds only the days
  each preset spans."""

from datetime import datetime, time, timedelta

from django.db.models import Count, Q, Sum
from django.utils import timezone

from activities.dates import PRESETS, preset_range
from activities.facets import CUMULATIVE_FACETS, FACETS

from ..models import ActivityRowCategory, FacetCount
from .rows import TOTAL
from .sql_filters import occurs_between

TAXONOMY_FACETS = ("category", "commune", "neighbourhood")


class FacetCounter:
    def __init__(self, rows, has_text, conditions, flag_options, query, taxonomy):
        """`rows`: the upcoming rows of the query's language that match its text."""
        self.rows = rows
        self.has_text = has_text
        self.conditions = conditions
        self.flag_options = flag_options
        self.query = query
        self.slugs = {
            "category": {str(c.pk): slug for slug, c in taxonomy.categories.items()},
            "commune": {str(c.pk): slug for slug, c in taxonomy.communes.items()},
            "neighbourhood": {str(n.pk): slug for slug, n in taxonomy.neighbourhoods.items()},
        }
        self.counts = {facet: {} for facet in FACETS}

    def within(self, names):
        if not names:
            return self.rows
        return self.rows.filter(*(self.conditions[name] for name in names))

    def count(self):
        """(total, {facet: {option: count}})."""
        groups = {}
        for facet in FACETS:
            applied = tuple(n for n in self.conditions if n != facet or facet in CUMULATIVE_FACETS)
            groups.setdefault(applied, []).append(facet)
        everything = tuple(self.conditions)
        total = None
        for applied, facets in groups.items():
            if "date" in facets:
                self.count_dates(self.within(applied))
            facets = [facet for facet in facets if facet != "date"]
            counted = self.count_kept(facets) if not applied and not self.has_text else None
            if counted is None:
                counted = self.count_rows(self.within(applied), facets)
            if applied == everything:
                total = counted
        if total is None:
            total = self.count_kept([]) if not everything and not self.has_text else None
        if total is None:
            total = self.within(everything).count()
        return total, self.counts

    # Counting rows -----------------------------------------------------------

    def count_rows(self, rows, facets):
        """Count the options of `facets` in `rows`; returns how many rows there are."""
        flags = [(facet, value, q) for facet, value, q in self.flag_options if facet in facets]
        totals = rows.aggregate(
            total=Count("pk"), **{f"o{i}": Count("pk", filter=q) for i, (_f, _v, q) in enumerate(flags)}
        )
        for i, (facet, value, _q) in enumerate(flags):
            self.add(facet, value, totals[f"o{i}"])
        for facet in ("commune", "neighbourhood"):
            if facet in facets:
                grouped = rows.order_by().values_list(f"{facet}_id").annotate(n=Count("pk"))
                for option, n in grouped:
                    self.add(facet, str(option), n)
        if "category" in facets:
            grouped = (
                ActivityRowCategory.objects.filter(activity_id__in=rows.order_by().values("activity_id"))
                .values_list("category_id")
                .annotate(n=Count("pk"))
            )
            for option, n in grouped:
                self.add("category", str(option), n)
        return totals["total"]

    def count_dates(self, rows):
        for key in PRESETS:
            self.add("date", key, rows.filter(occurs_between(*preset_range(key, self.query.now))).count())

    # Counting from the kept counts --------------------------------------------

    def count_kept(self, facets):
        """Counts over the whole upcoming catalogue: the kept counts of the days after
        today, plus today's rows not over yet. Returns the total."""
        now = timezone.localtime(self.query.now)
        tomorrow = timezone.make_aware(datetime.combine(now.date() + timedelta(days=1), time.min))
        kept = (
            FacetCount.objects.filter(language=self.query.language, end_day__gt=now.date())
            .filter(Q(facet__in=facets) | Q(facet=TOTAL[0], option=TOTAL[1]))
            .values_list("facet", "option")
            .annotate(n=Sum("count"))
        )
        total = 0
        for facet, option, n in kept:
            if (facet, option) == TOTAL:
                total = n
            else:
                self.add(facet, option, n)
        ending_today = self.rows.filter(last_end__lt=tomorrow)
        return total + self.count_rows(ending_today, facets)

    def add(self, facet, option, n):
        if facet in self.slugs:
            option = self.slugs[facet].get(option)
            if option is None:  # a category or place no longer in the taxonomy
                return
        counts = self.counts[facet]
        counts[option] = counts.get(option, 0) + n
